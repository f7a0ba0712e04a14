//! `date`: `customer.date_of_birth` is `yyyy-mm-dd` ("The format is yyyy-mm-dd", the spec), a
//! real calendar date, and not in the future. "Today" comes from [`Options::today`]
//! (the wasm boundary passes the JS clock; natively the system clock), so the core reads no
//! clock of its own.
//!
//! [`Options::today`]: crate::Options::today

use crate::error::{DateIssue, Problem};
use crate::path::Path;
use crate::report::Report;

/// A calendar date (proleptic Gregorian, UTC), ordered as dates are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// The UTC date of a time in milliseconds since 1970-01-01 (JavaScript's `Date.now()`).
    /// `None` for a time no calendar here can hold (NaN, ±Infinity, beyond ±10^15 ms).
    pub fn from_unix_millis(millis: f64) -> Option<Date> {
        if !millis.is_finite() || millis.abs() > 1e15 {
            return None;
        }
        Some(Date::from_days((millis / 86_400_000.0).floor() as i64))
    }

    /// The date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Days from 1970-01-01 to this date (Howard Hinnant's `days_from_civil`), the inverse of
    /// [`Date::from_days`].
    pub fn days(self) -> i64 {
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let yoe = year.rem_euclid(400);
        let month = i64::from(self.month);
        let doy = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5
            + i64::from(self.day)
            - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Today's UTC date from the system clock; `None` where there is none (wasm32, whose
    /// boundary passes the JS clock instead).
    pub fn system_today() -> Option<Date> {
        #[cfg(not(target_arch = "wasm32"))]
        {
            let since = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .ok()?;
            Some(Date::from_days((since.as_secs() / 86_400) as i64))
        }
        #[cfg(target_arch = "wasm32")]
        None
    }

    /// `yyyy-mm-dd`, exactly: four digits, two, two.
    pub fn parse(s: &str) -> Result<Date, DateIssue> {
        let b = s.as_bytes();
        let digits = |range: std::ops::Range<usize>| {
            b[range].iter().try_fold(0u32, |n, &c| {
                c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
            })
        };
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(DateIssue::Shape);
        }
        let (Some(year), Some(month), Some(day)) = (digits(0..4), digits(5..7), digits(8..10))
        else {
            return Err(DateIssue::Shape);
        };
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return Err(DateIssue::NotADate),
        };
        if day == 0 || day > days_in_month {
            return Err(DateIssue::NotADate);
        }
        Ok(Date {
            year: year as i32,
            month: month as u8,
            day: day as u8,
        })
    }
}

/// An empty string is an absent date, as for the other formats.
pub(crate) fn check(s: &str, path: &Path<'_>, report: &mut Report) {
    if s.is_empty() {
        return;
    }
    let issue = match Date::parse(s) {
        Err(issue) => issue,
        Ok(date) if report.today.is_some_and(|today| date > today) => DateIssue::Future,
        Ok(_) => return,
    };
    report.push(path, Problem::Date { issue });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_real_dates_only() {
        assert_eq!(
            Date::parse("1978-12-31"),
            Ok(Date {
                year: 1978,
                month: 12,
                day: 31
            })
        );
        assert!(Date::parse("2000-02-29").is_ok());
        assert_eq!(Date::parse("1900-02-29"), Err(DateIssue::NotADate));
        assert_eq!(Date::parse("1990-13-01"), Err(DateIssue::NotADate));
        assert_eq!(Date::parse("1990-04-31"), Err(DateIssue::NotADate));
        for shape in [
            "31-12-1978",
            "1978/12/31",
            "1978-1-31",
            "19781231",
            "１９７８-12-31",
            "1978-12-31T00:00:00Z",
        ] {
            assert_eq!(Date::parse(shape), Err(DateIssue::Shape), "{shape}");
        }
    }

    #[test]
    fn days_and_millis_give_calendar_dates() {
        assert_eq!(
            Date::from_days(0),
            Date {
                year: 1970,
                month: 1,
                day: 1
            }
        );
        assert_eq!(
            Date::from_days(-1),
            Date {
                year: 1969,
                month: 12,
                day: 31
            }
        );
        assert_eq!(
            Date::from_unix_millis(1_796_083_200_000.0),
            Some(Date {
                year: 2026,
                month: 12,
                day: 1
            })
        );
        for days in [-800_000, -1, 0, 59, 60, 11_016, 20_000, 2_932_896] {
            assert_eq!(Date::from_days(days).days(), days);
        }
        assert_eq!(Date::from_unix_millis(f64::NAN), None);
        assert_eq!(Date::from_unix_millis(f64::INFINITY), None);
    }
}
