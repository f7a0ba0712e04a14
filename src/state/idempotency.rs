//! `idempotency_key_reused`: Klarna runs an Order Management call once per
//! `Klarna-Idempotency-Key` for 24 hours and answers a repeat with the first result, whatever
//! its body ("only the key matters"). A key sent again with another body is therefore a call
//! that silently does not happen. Bodies are compared as JSON values: member order and number
//! spelling (`1.0`, `1`) do not make a body different.

use crate::error::Problem;
use crate::json::{self, member, Value};
use crate::path::Path;
use crate::report::Report;
use crate::Options;

/// How long Klarna keeps a key: 24 hours, in milliseconds.
pub const KEY_LIFETIME: i64 = 24 * 3_600_000;

/// `first`: the body first sent with the key, at `first_at` (ms since 1970); `again`: the body
/// now sent with it, at `now`. A warning when the key is still live and the bodies differ.
pub fn check_idempotency_key(first: &str, first_at: i64, again: &str, now: i64) -> Report {
    let options = Options::default();
    let mut report = Report::new(&options);
    let elapsed = now.saturating_sub(first_at);
    let differ = match (json::parse(first), json::parse(again)) {
        (Ok(a), Ok(b)) => !same(&a, &b),
        (a, b) => a.is_ok() != b.is_ok() || first.trim() != again.trim(),
    };
    if (0..KEY_LIFETIME).contains(&elapsed) && differ {
        let ago = ago(elapsed);
        report.push(
            &Path::ROOT.key("Klarna-Idempotency-Key"),
            Problem::IdempotencyKeyReused { ago },
        );
    }
    report.finish(&options);
    report
}

/// "3 minutes ago", "2 hours ago", "just now".
fn ago(ms: i64) -> String {
    let minutes = ms / 60_000;
    match minutes {
        0 => "just now".into(),
        1 => "1 minute ago".into(),
        2..=119 => format!("{minutes} minutes ago"),
        _ => format!("{} hours ago", minutes / 60),
    }
}

/// JSON equality: objects by their (last) members in any order, numbers by value.
fn same(a: &Value<'_>, b: &Value<'_>) -> bool {
    match (a, b) {
        (Value::Null, Value::Null) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::String(x), Value::String(y)) => x == y,
        (Value::Number(x), Value::Number(y)) => match (x.as_i64(), y.as_i64()) {
            (Some(i), Some(j)) => i == j,
            _ => x.as_str() == y.as_str(),
        },
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same(p, q))
        }
        (Value::Object(x), Value::Object(y)) => {
            let keys = |m: &[(std::borrow::Cow<'_, str>, Value<'_>)]| {
                let mut k: Vec<String> = m.iter().map(|(k, _)| k.to_string()).collect();
                k.sort();
                k.dedup();
                k
            };
            keys(x) == keys(y)
                && x.iter().all(|(k, _)| match (member(x, k), member(y, k)) {
                    (Some(p), Some(q)) => same(p, q),
                    _ => false,
                })
        }
        _ => false,
    }
}
