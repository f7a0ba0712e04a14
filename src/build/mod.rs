//! Builders that do the money math, so a cart cannot come out wrong: line totals, Klarna's
//! tax formula (the same function the `tax_formula` rule uses), order sums, discounts split
//! per tax rate, the US sales-tax convention. Every builder ends by running `validate` on its
//! output: it returns a payload that passes, or a [`BuildError`] — never a rejected cart.

pub mod attachment;
pub mod line;
pub mod money;
pub mod om;
pub mod payload;

pub use attachment::{build_attachment, Attachment};
pub use line::{order_line, LineInput, OrderLine};
pub use om::{
    build_capture, build_capture_with, build_refund, build_refund_with, build_update_authorization,
    build_update_authorization_with, CaptureBody, CaptureInput, OmLine, RefundBody, RefundInput,
    UpdateAuthorizationBody, UpdateAuthorizationInput,
};
pub use payload::{
    build_customer_token, build_order, build_session, build_session_update, build_token_order,
    build_token_status, split_discount, CustomerTokenInput, OrderInput, TokenOrderInput,
};

use crate::path::shown_key;
use crate::report::Report;
use serde::de::DeserializeOwned;
use serde::Serialize;

/// Why a builder refused its input.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum BuildError {
    /// The input itself is wrong: a fractional quantity, a rate outside 0..10000, a negative
    /// price on a goods line, a field of the wrong type. `path` is in the input's terms.
    #[error("{}{message}", if path.is_empty() { String::new() } else { format!("{path}: ") })]
    Input { path: String, message: String },
    /// The payload the input describes would be rejected (e.g. a name over 255 characters,
    /// a currency the market does not use). The report says what and where.
    #[error("the built payload would be rejected: {}", report.errors.first().map_or("", |e| e.message.as_str()))]
    Invalid { report: Report },
}

impl BuildError {
    pub(crate) fn input(path: impl Into<String>, message: impl Into<String>) -> Self {
        BuildError::Input {
            path: path.into(),
            message: message.into(),
        }
    }
}

/// Reads builder input from JSON text, naming the path of any field that does not fit.
/// Input may hold personal data, so nothing of it is echoed: path segments follow the
/// reports' key policy (`path::is_shown_key`) and serde's messages lose the values they quote.
pub fn from_json<T: DeserializeOwned>(json: &str) -> Result<T, BuildError> {
    let de = &mut serde_json::Deserializer::from_str(json);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = input_path(e.path());
        let message = e.into_inner().to_string();
        // The path says where; serde_json's " at line 1 column 67" adds nothing.
        let message = message
            .rfind(" at line ")
            .map_or(message.as_str(), |i| &message[..i]);
        BuildError::input(path, redact(message))
    })
}

/// `lines[2].name`, with keys that are not plain identifiers masked as in reports.
fn input_path(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(&shown_key(key));
            }
            Segment::Unknown => {}
        }
    }
    out
}

/// serde's messages quote the value they are about: `invalid type: string "Jane", expected
/// i64`, ``invalid type: integer `447700900123`, expected a string``, ``unknown field
/// `jane@example.org`, expected one of `name`, …``. The message is read as text and quoted
/// parts (a `"…"` string with its escapes, or a `` `…` `` code); what comes after `, expected`
/// outside any quote is the builder's own vocabulary and stays. Before it, an unknown field or
/// variant keeps its name under the key policy, and any other quoted value is cut out, so a
/// value cannot smuggle itself through by containing `, expected`.
fn redact(message: &str) -> String {
    // These name a field or variant (the builder's own, or an unknown one from the input).
    let named = [
        "unknown field",
        "unknown variant",
        "missing field",
        "duplicate field",
    ]
    .iter()
    .any(|p| message.starts_with(p));
    let mut out = String::with_capacity(message.len());
    let mut ours = false; // past `, expected`: the builder's own words
    let mut rest = message;
    while let Some(start) = rest.find(['"', '`']) {
        let (before, quoted) = rest.split_at(start);
        if !ours && before.contains(", expected") {
            ours = true;
        }
        let close = quoted.as_bytes()[0];
        // The closing quote: the next one not escaped by a backslash (serde escapes `"`).
        let mut end = None;
        let mut escaped = false;
        for (i, b) in quoted.bytes().enumerate().skip(1) {
            match b {
                b'\\' if close == b'"' && !escaped => escaped = true,
                b if b == close && !escaped => {
                    end = Some(i);
                    break;
                }
                _ => escaped = false,
            }
        }
        let Some(end) = end else {
            // An unclosed quote: drop the rest rather than show it.
            out.push_str(before.trim_end());
            return out;
        };
        let value = &quoted[1..end];
        if ours {
            out.push_str(before);
            out.push_str(&quoted[..=end]);
        } else if named && !out.contains('`') {
            out.push_str(before);
            out.push_str(&format!("`{}`", shown_key(value)));
        } else {
            out.push_str(before.trim_end());
        }
        rest = &quoted[end + 1..];
    }
    out.push_str(rest);
    out
}

/// The JSON text of a built payload, for `validate` and for Rust callers who send it.
pub fn to_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("built payloads are plain data")
}

/// Serde helpers for integers that arrive as JS numbers: `3` and `3.0` are whole, `1.5` is not.
pub(crate) mod whole {
    use serde::de::{Deserializer, Error, Visitor};
    use std::fmt;

    struct Whole;

    impl Visitor<'_> for Whole {
        type Value = i64;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a whole number")
        }
        fn visit_i64<E: Error>(self, v: i64) -> Result<i64, E> {
            // JS numbers hold integers exactly only up to 2^53; larger ones were not meant.
            if v.unsigned_abs() <= crate::error::MAX_SAFE_INTEGER as u64 {
                Ok(v)
            } else {
                Err(E::custom("is beyond the safe integer range"))
            }
        }
        fn visit_u64<E: Error>(self, v: u64) -> Result<i64, E> {
            i64::try_from(v)
                .map_err(|_| E::custom("is beyond the safe integer range"))
                .and_then(|v| self.visit_i64(v))
        }
        fn visit_f64<E: Error>(self, v: f64) -> Result<i64, E> {
            if v.fract() == 0.0 && v.abs() < 9.007_199_254_740_992e15 {
                Ok(v as i64)
            } else {
                Err(E::custom(format!("must be a whole number, got {v}")))
            }
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
        d.deserialize_any(Whole)
    }

    pub mod option {
        use super::*;
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
            d.deserialize_any(Whole).map(Some)
        }
    }
}

/// Runs `validate` on a built payload; errors become [`BuildError::Invalid`].
pub(crate) fn checked<T: Serialize>(kind: crate::PayloadKind, payload: T) -> Result<T, BuildError> {
    let report = crate::validate(kind, &to_json(&payload), &crate::Options::default());
    if report.valid {
        Ok(payload)
    } else {
        Err(BuildError::Invalid { report })
    }
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn redacts_quoted_values() {
        assert_eq!(
            redact(r#"invalid type: string "Jane Doe", expected i64"#),
            "invalid type: string, expected i64"
        );
        assert_eq!(
            redact("invalid type: integer `447700900123`, expected a string"),
            "invalid type: integer, expected a string"
        );
        assert_eq!(
            redact("unknown field `nmae`, expected one of `name`"),
            "unknown field `nmae`, expected one of `name`"
        );
        assert_eq!(
            redact("unknown field `shopper@example.org`, expected one of `name`"),
            "unknown field `<key of 19 characters>`, expected one of `name`"
        );
        assert_eq!(
            redact("unknown variant `Jane Doe`, expected `buy`"),
            "unknown variant `<key of 8 characters>`, expected `buy`"
        );
        // A value that contains the words serde uses must not get through (review finding).
        assert_eq!(
            redact(r#"invalid type: string "Zelda Quixote, expected x", expected a whole number"#),
            "invalid type: string, expected a whole number"
        );
        assert_eq!(
            redact(r#"invalid type: string "a\"Jane, expected x", expected i64"#),
            "invalid type: string, expected i64"
        );
        assert_eq!(
            redact("missing field `order_id`"),
            "missing field `order_id`"
        );
    }
}
