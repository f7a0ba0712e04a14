//! `buildAttachment`: extra merchant data in, the `attachment` envelope out, its body a JSON
//! text that the `emd` rules find nothing in: no error and no warning, or a [`BuildError`] with
//! the path in the input's terms. The builder only normalizes what has one right form: absent
//! is better than `null` (Klarna's SDK drops nulls), and a date-time is written as
//! `yyyy-mm-ddThh:mm:ssZ` in UTC (a `Date` crosses from JS as `toISOString()`, with
//! milliseconds, which Klarna's pattern refuses). Everything else is the rules' to judge.

use super::{to_json, BuildError};
use crate::error::EMD_CONTENT_TYPE;
use crate::keywords::format::date::Date;
use crate::keywords::format::date_time::{unix_millis, DateTime};
use crate::keywords::format::Format;
use crate::model::emd::EXTRA_MERCHANT_DATA;
use crate::schema::Type;
use crate::{Options, PayloadKind};
use serde::Serialize;
use serde_json::Value;

/// `attachment`, ready to send.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Attachment {
    pub content_type: &'static str,
    /// The extra merchant data as JSON text.
    pub body: String,
}

/// Where the body sits in the request the builder checks it in.
const BODY_PATH: &str = "attachment.body";

pub fn build_attachment(mut emd: Value) -> Result<Attachment, BuildError> {
    if !emd.is_object() {
        return Err(BuildError::input(
            "",
            "must be an object whose members are extra merchant data packages",
        ));
    }
    normalize(&mut emd, &Type::Object(&EXTRA_MERCHANT_DATA));
    let attachment = Attachment {
        content_type: EMD_CONTENT_TYPE,
        body: to_json(&emd),
    };
    // The body's own check, in the request that carries it (the rules read it there).
    let request = to_json(&serde_json::json!({ "attachment": &attachment }));
    let report = crate::validate(PayloadKind::SessionUpdate, &request, &Options::default());
    match report.errors.first().or(report.warnings.first()) {
        None => Ok(attachment),
        Some(found) => {
            let path = found.path.strip_prefix(BODY_PATH).unwrap_or(&found.path);
            let detail = found
                .message
                .split_once(&format!("{} ", found.path))
                .map_or(found.message.as_str(), |(_, rest)| rest);
            Err(BuildError::input(path.trim_start_matches('.'), detail))
        }
    }
}

/// Drops `null` members and writes date-times in Klarna's form, walking the input with the
/// model; what the model does not know is left for the rules to report.
fn normalize(value: &mut Value, ty: &Type) {
    match (ty, value) {
        (Type::Undocumented(inner), value) => normalize(value, inner),
        (Type::Object(schema), Value::Object(members)) => {
            members.retain(|_, v| !v.is_null());
            for (key, member) in members.iter_mut() {
                if let Some(i) = schema.field_index(key) {
                    normalize(member, &schema.fields[i].ty);
                }
            }
        }
        (Type::Array(rules), Value::Array(items)) => {
            for item in items {
                normalize(item, rules.items);
            }
        }
        (Type::String(rules), Value::String(text)) if rules.format == Some(Format::EmdDateTime) => {
            if let Some(written) = klarna_date_time(text) {
                *text = written;
            }
        }
        _ => {}
    }
}

/// An ISO 8601 date-time with seconds' fractions or a UTC offset (`2024-05-01T10:00:00.000Z`,
/// `…T12:00+02:00`) in Klarna's form, in UTC (fractions dropped). `None` for text that is
/// already in Klarna's form, or that is no date-time at all (left for the rules to report).
pub fn klarna_date_time(text: &str) -> Option<String> {
    if DateTime::parse(text).is_ok() {
        return None;
    }
    let seconds = unix_millis(text)?.div_euclid(1000);
    let date = Date::from_days(seconds.div_euclid(86_400));
    let time = seconds.rem_euclid(86_400);
    Some(format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        date.year,
        date.month,
        date.day,
        time / 3600,
        time / 60 % 60,
        time % 60
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_times_are_written_in_klarnas_form() {
        let cases = [
            ("2024-05-01T10:00:00.000Z", Some("2024-05-01T10:00:00Z")),
            ("2024-05-01T10:00:00.5Z", Some("2024-05-01T10:00:00Z")),
            ("2024-05-01T00:30+02:00", Some("2024-04-30T22:30:00Z")),
            ("2024-12-31T23:30:00-01:00", Some("2025-01-01T00:30:00Z")),
            (
                "2024-05-01T10:00:00.123456+0530",
                Some("2024-05-01T04:30:00Z"),
            ),
            ("2024-05-01T10:00:00Z", None),
            ("2020-11-24T15:00", None),
            ("2024-05-01", None),
            ("2024-05-01T10:00:00+2:00", None),
            ("yesterday", None),
            ("2024-05-01T10:00:00.Z", None),
        ];
        for (text, written) in cases {
            assert_eq!(klarna_date_time(text).as_deref(), written, "{text}");
        }
    }
}
