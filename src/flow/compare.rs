//! create-order and create-customer-token must carry the same addresses and cart as the
//! authorize() call; otherwise Klarna answers `BAD_VALUE Not matching fields: [...]`. This
//! compares the two payloads the way Klarna does: strings exactly (a postcode that lost its
//! space is a change), a field present on one side only is a change, and a different number
//! of lines is reported as Klarna words it. Codes compare without case, as the API reads them.

use crate::json::{self, SyntaxError, Value};
use crate::path::shown_key;
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// The fields Klarna holds create-order to, in report order.
const COMPARED: &[&str] = &[
    "purchase_country",
    "purchase_currency",
    "order_amount",
    "order_tax_amount",
    "billing_address",
    "shipping_address",
    "order_lines",
];
const CODES: &[&str] = &["purchase_country", "purchase_currency", "country"];
/// Like reports, a comparison lists at most this many mismatches.
const MAX_MISMATCHES: usize = 1000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mismatch {
    pub path: String,
    /// `changed`, `added` (only in the later payload), `removed`, or `count` (cart size).
    pub change: &'static str,
    /// Never quotes values: paths and counts only.
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Comparison {
    pub matching: bool,
    pub mismatches: Vec<Mismatch>,
    /// What Klarna would answer: `Not matching fields: [billing_address.postal_code]`.
    pub klarna_message: Option<String>,
}

/// Compares the authorize() payload with the create-order (or create-customer-token) one.
pub fn compare_with_authorization(
    authorized: &str,
    later: &str,
) -> Result<Comparison, SyntaxError> {
    let (a, b) = (json::parse(authorized)?, json::parse(later)?);
    let mut out = Vec::new();
    for &field in COMPARED {
        diff(field, field, a.get(field), b.get(field), &mut out);
    }
    let klarna_message = (!out.is_empty()).then(|| {
        let items: Vec<&str> = out
            .iter()
            .map(|m| {
                if m.change == "count" {
                    m.message.as_str()
                } else {
                    m.path.as_str()
                }
            })
            .collect();
        format!("Not matching fields: [{}]", items.join(", "))
    });
    Ok(Comparison {
        matching: out.is_empty(),
        mismatches: out,
        klarna_message,
    })
}

fn push(out: &mut Vec<Mismatch>, path: &str, change: &'static str, message: String) {
    out.push(Mismatch {
        path: path.to_string(),
        change,
        message,
    });
}

fn diff<'v, 'a>(
    path: &str,
    key: &str,
    a: Option<&'v Value<'a>>,
    b: Option<&'v Value<'a>>,
    out: &mut Vec<Mismatch>,
) {
    if out.len() >= MAX_MISMATCHES {
        return;
    }
    match (a, b) {
        (None, None) => {}
        (Some(_), None) => push(
            out,
            path,
            "removed",
            format!("{path} was sent at authorize() but not now"),
        ),
        (None, Some(_)) => push(
            out,
            path,
            "added",
            format!("{path} is new since authorize()"),
        ),
        (Some(Value::Object(x)), Some(Value::Object(y))) => {
            // Hash lookups keep this linear in the number of keys; with duplicates the last
            // one counts, as in `json::member`.
            let index = |members: &'v [(std::borrow::Cow<'a, str>, Value<'a>)]| -> HashMap<&'v str, &'v Value<'a>> {
                members.iter().map(|(k, v)| (k.as_ref(), v)).collect()
            };
            let (mx, my) = (index(x), index(y));
            let mut seen = HashSet::new();
            for (k, _) in x.iter().chain(y.iter()) {
                if seen.insert(k.as_ref()) {
                    let (va, vb) = (mx.get(k.as_ref()).copied(), my.get(k.as_ref()).copied());
                    // Keys may be anything (a pasted email): shown as reports show them.
                    diff(&format!("{path}.{}", shown_key(k)), k, va, vb, out);
                }
            }
        }
        (Some(Value::Array(x)), Some(Value::Array(y)))
            if key == "order_lines" && x.len() != y.len() =>
        {
            push(
                out,
                path,
                "count",
                format!(
                    "Incorrect number of items in the cart. Expected: {}, Actual: {}",
                    x.len(),
                    y.len()
                ),
            )
        }
        (Some(Value::Array(x)), Some(Value::Array(y))) if x.len() == y.len() => {
            for (i, (va, vb)) in x.iter().zip(y).enumerate() {
                diff(&format!("{path}[{i}]"), key, Some(va), Some(vb), out);
            }
        }
        (Some(Value::String(x)), Some(Value::String(y)))
            if CODES.contains(&key) && x.eq_ignore_ascii_case(y) => {}
        (Some(Value::Number(x)), Some(Value::Number(y)))
            if x.as_i64().is_some() && x.as_i64() == y.as_i64() => {}
        (Some(x), Some(y)) if x == y => {}
        _ => push(
            out,
            path,
            "changed",
            format!("{path} differs from what was sent at authorize()"),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn klarnas_two_documented_mismatches() {
        let authorized = r#"{"billing_address":{"postal_code":"W1G 0PW","country":"GB"},"order_lines":[{"name":"a"},{"name":"b"}]}"#;
        let stripped = r#"{"billing_address":{"postal_code":"W1G0PW","country":"gb"},"order_lines":[{"name":"a"},{"name":"b"}]}"#;
        let c = compare_with_authorization(authorized, stripped).unwrap();
        assert_eq!(
            c.klarna_message.as_deref(),
            Some("Not matching fields: [billing_address.postal_code]")
        );
        let grown = r#"{"billing_address":{"postal_code":"W1G 0PW","country":"GB"},"order_lines":[{"name":"a"},{"name":"b"},{"name":"c"}]}"#;
        let c = compare_with_authorization(authorized, grown).unwrap();
        assert_eq!(
            c.klarna_message.as_deref(),
            Some("Not matching fields: [Incorrect number of items in the cart. Expected: 2, Actual: 3]")
        );
        let company = r#"{"billing_address":{"postal_code":"W1G 0PW","country":"GB","organization_name":"Acme"},"order_lines":[{"name":"a"},{"name":"b"}]}"#;
        let c = compare_with_authorization(authorized, company).unwrap();
        assert_eq!(c.mismatches[0].path, "billing_address.organization_name");
        assert_eq!(c.mismatches[0].change, "added");
        assert!(
            compare_with_authorization(authorized, authorized)
                .unwrap()
                .matching
        );
    }

    #[test]
    fn many_keys_stay_linear_and_capped() {
        let side = |prefix: &str| {
            let members: Vec<String> = (0..40_000).map(|i| format!("\"{prefix}{i}\":1")).collect();
            format!("{{\"billing_address\":{{{}}}}}", members.join(","))
        };
        let c = compare_with_authorization(&side("a"), &side("b")).unwrap();
        assert_eq!(c.mismatches.len(), MAX_MISMATCHES);
    }
}
