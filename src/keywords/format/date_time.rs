//! `emd_date_time`: extra merchant data's date-times are `yyyy-mm-ddThh:mm`, optionally with
//! `:ss` and a `Z`, nothing else: Klarna's EMD schema gives the pattern
//! `^[0-9]{4}-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9](:[0-5][0-9]){0,1}Z{0,1}$`, says only
//! `Z` is supported, and asks for real values. The common mistakes get their own message:
//! milliseconds (`Date.toISOString()`), an offset, a date alone.

use crate::error::{DateTimeIssue, Problem};
use crate::keywords::format::date::Date;
use crate::path::Path;
use crate::report::Report;

/// A date and a time of day (UTC, or local when the text has no `Z`: Klarna assumes UTC).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct DateTime {
    pub date: Date,
    /// Seconds since midnight.
    pub seconds: u32,
}

impl DateTime {
    /// Klarna's form, exactly; the issue names the likely mistake.
    pub fn parse(s: &str) -> Result<DateTime, DateTimeIssue> {
        let b = s.as_bytes();
        if b.len() == 10 && Date::parse(s).is_ok() {
            return Err(DateTimeIssue::DateOnly);
        }
        if b.len() < 16 || b[10] != b'T' || b[13] != b':' {
            return Err(DateTimeIssue::Shape);
        }
        let date = Date::parse(&s[..10]).map_err(|issue| match issue {
            crate::error::DateIssue::NotADate => DateTimeIssue::NotReal,
            _ => DateTimeIssue::Shape,
        });
        let two = |at: usize| {
            let (h, l) = (*b.get(at)?, *b.get(at + 1)?);
            (h.is_ascii_digit() && l.is_ascii_digit())
                .then(|| u32::from(h - b'0') * 10 + u32::from(l - b'0'))
        };
        let (Some(hour), Some(minute)) = (two(11), two(14)) else {
            return Err(DateTimeIssue::Shape);
        };
        let mut rest = &s[16..];
        let mut second = 0;
        if let Some(after) = rest.strip_prefix(':') {
            second = two(17).ok_or(DateTimeIssue::Shape)?;
            rest = &after[2..];
        }
        match rest {
            "" | "Z" => {}
            _ if rest.starts_with(['.', ',']) => return Err(DateTimeIssue::FractionalSeconds),
            _ if rest.starts_with(['+', '-']) => return Err(DateTimeIssue::Offset),
            _ => return Err(DateTimeIssue::Shape),
        }
        let date = date?;
        if hour > 23 || minute > 59 || second > 59 {
            return Err(DateTimeIssue::NotReal);
        }
        Ok(DateTime {
            date,
            seconds: hour * 3600 + minute * 60 + second,
        })
    }
}

/// Milliseconds since 1970-01-01 UTC of an ISO 8601 date-time in the forms Klarna and JS write
/// (`2024-05-01T10:00`, `…:00Z`, `…:00.925Z`, `…+02:00`, `…-0530`; no zone is UTC, as Klarna
/// assumes): the order's `expires_at` and `created_at`, and what `buildAttachment` rewrites.
/// `None` for anything else.
pub fn unix_millis(text: &str) -> Option<i64> {
    // The part Klarna's pattern takes, then the fraction and the zone it does not.
    let zone_at = text
        .find(['Z', '+'])
        .or_else(|| text.rfind('-').filter(|&i| i > 10));
    let (head, zone) = text.split_at(zone_at.unwrap_or(text.len()));
    let (head, millis) = match head.split_once(['.', ',']) {
        Some((whole, fraction))
            if !fraction.is_empty() && fraction.bytes().all(|b| b.is_ascii_digit()) =>
        {
            let digits = fraction.as_bytes();
            let ms = (0..3).fold(0i64, |ms, i| {
                ms * 10 + digits.get(i).map_or(0, |d| i64::from(d - b'0'))
            });
            (whole, ms)
        }
        Some(_) => return None,
        None => (head, 0),
    };
    let local = DateTime::parse(head).ok()?;
    let offset_minutes: i64 = match zone.as_bytes() {
        [] | [b'Z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] | [sign @ (b'+' | b'-'), h1, h2, m1, m2] => {
            let digits = [*h1, *h2, *m1, *m2];
            if !digits.iter().all(u8::is_ascii_digit) {
                return None;
            }
            let d = |b: u8| i64::from(b - b'0');
            let minutes =
                (d(digits[0]) * 10 + d(digits[1])) * 60 + d(digits[2]) * 10 + d(digits[3]);
            if *sign == b'+' {
                minutes
            } else {
                -minutes
            }
        }
        _ => return None,
    };
    let seconds = local.date.days() * 86_400 + i64::from(local.seconds) - offset_minutes * 60;
    Some(seconds * 1000 + millis)
}

pub(crate) fn check(s: &str, path: &Path<'_>, report: &mut Report) {
    if let Err(issue) = DateTime::parse(s) {
        report.push(path, Problem::EmdDateTime { issue });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn klarna_forms_only() {
        for ok in [
            "2022-08-06T19:50:00Z",
            "2020-11-24T15:00",
            "2020-11-24T15:00Z",
            "2021-06-10T12:10:43",
            "2024-02-29T23:59:59Z",
        ] {
            assert!(DateTime::parse(ok).is_ok(), "{ok}");
        }
        let cases = [
            ("2024-01-01T10:00:00.000Z", DateTimeIssue::FractionalSeconds),
            ("2024-01-01T10:00:00+01:00", DateTimeIssue::Offset),
            ("2024-01-01T10:00-05:00", DateTimeIssue::Offset),
            ("2024-01-01", DateTimeIssue::DateOnly),
            ("2024-01-01 10:00", DateTimeIssue::Shape),
            ("2024-01-01T10", DateTimeIssue::Shape),
            ("2024-01-01T10:00:0", DateTimeIssue::Shape),
            ("2024-01-01T10:00z", DateTimeIssue::Shape),
            ("2024-01-01T10:00ZZ", DateTimeIssue::Shape),
            ("2019-13-39T29:59", DateTimeIssue::NotReal),
            ("2023-02-29T10:00", DateTimeIssue::NotReal),
            ("2023-01-01T24:00", DateTimeIssue::NotReal),
            ("2023-01-01T23:60", DateTimeIssue::NotReal),
            ("", DateTimeIssue::Shape),
            ("２０２３-01-01T10:00", DateTimeIssue::Shape),
        ];
        for (text, issue) in cases {
            assert_eq!(DateTime::parse(text), Err(issue), "{text}");
        }
    }

    #[test]
    fn iso_date_times_to_unix_millis() {
        assert_eq!(unix_millis("1970-01-01T00:00Z"), Some(0));
        assert_eq!(
            unix_millis("2015-12-04T14:07:02.925Z"),
            Some(1_449_238_022_925)
        );
        assert_eq!(unix_millis("1970-01-01T02:00:00+02:00"), Some(0));
        assert_eq!(unix_millis("1969-12-31T23:59:59.5-0000"), Some(-500));
        assert_eq!(unix_millis("2024-05-01"), None);
        assert_eq!(unix_millis("2024-05-01T10:00:00.Z"), None);
        assert_eq!(unix_millis("soon"), None);
    }

    #[test]
    fn orders_by_date_then_time() {
        let a = DateTime::parse("2024-01-01T23:00").unwrap();
        let b = DateTime::parse("2024-01-02T01:00Z").unwrap();
        assert!(a < b);
    }
}
