//! Shared by the integration tests: a payload's exact text from a case or corpus file.

use klarna_precheck::json::{self, Value};

/// The payload text of a file: `payload_text` as is, or the `payload` member's text
/// re-written by the crate's own reader, so member order and number spelling are the file's.
#[allow(dead_code)] // not every test that shares this module reads case files
pub fn payload_text(file_text: &str) -> String {
    let file: serde_json::Value = serde_json::from_str(file_text).unwrap();
    if let Some(text) = file["payload_text"].as_str() {
        return text.to_string();
    }
    let parsed = json::parse(file_text).unwrap();
    render(
        parsed
            .get("payload")
            .expect("a file has payload or payload_text"),
    )
}

/// Minimal JSON writer for a parsed value (numbers keep their original text). A member
/// `body_json` is written as `body` holding its value's JSON text: case files write extra
/// merchant data as JSON, where the request carries it as a string (`tests/js/support.mjs`
/// does the same, with `JSON.stringify`).
#[allow(dead_code)]
pub fn render(value: &Value<'_>) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.as_str().to_string(),
        Value::String(s) => serde_json::to_string(s.as_ref()).unwrap(),
        Value::Array(items) => format!(
            "[{}]",
            items.iter().map(render).collect::<Vec<_>>().join(",")
        ),
        Value::Object(members) => format!(
            "{{{}}}",
            members
                .iter()
                .map(|(k, v)| match k.as_ref() {
                    "body_json" =>
                        format!("\"body\":{}", serde_json::to_string(&render(v)).unwrap()),
                    k => format!("{}:{}", serde_json::to_string(k).unwrap(), render(v)),
                })
                .collect::<Vec<_>>()
                .join(",")
        ),
    }
}

#[allow(dead_code)] // used by tests/cases.rs, not by every test that shares this module
/// A case file's options: `{"segment": ["travel", …]}`.
pub fn options_of(file_text: &str) -> klarna_precheck::Options {
    let file: serde_json::Value = serde_json::from_str(file_text).unwrap();
    let segments: Vec<&str> = file["options"]["segment"]
        .as_array()
        .map(|names| names.iter().map(|n| n.as_str().unwrap()).collect())
        .unwrap_or_default();
    klarna_precheck::Options {
        segments: segments.join(",").parse().unwrap(),
        ..Default::default()
    }
}

/// Rules a case file cannot show, each with the test that does: a JS value with no JSON form,
/// the list cut at 1000, and the rules that need the order Klarna holds or a second call.
#[allow(dead_code)]
pub const NOT_FROM_CASE_FILES: &[(&str, &str)] = &[
    ("json_value", "tests/js/node.test.mjs"),
    ("too_many_violations", "tests/cases.rs"),
    ("idempotency_key_reused", "tests/order_state.rs"),
    ("capture_exceeds_authorization", "tests/order_state.rs"),
    ("capture_expired", "tests/order_state.rs"),
    ("capture_closed", "tests/order_state.rs"),
    ("capture_pending", "tests/order_state.rs"),
    ("refund_no_capture", "tests/order_state.rs"),
    ("refund_exceeds_captured", "tests/order_state.rs"),
    ("return_fee_not_allowed", "tests/order_state.rs"),
    ("authorization_below_captured", "tests/order_state.rs"),
    ("authorization_not_allowed", "tests/order_state.rs"),
    ("authorization_increase", "tests/order_state.rs"),
    ("cancel_captured", "tests/order_state.rs"),
    ("cancel_closed", "tests/order_state.rs"),
    ("release_fully_captured", "tests/order_state.rs"),
    ("release_not_allowed", "tests/order_state.rs"),
    ("extend_expired", "tests/order_state.rs"),
    ("extend_not_allowed", "tests/order_state.rs"),
    ("update_cancelled", "tests/order_state.rs"),
    ("no_such_capture", "tests/order_state.rs"),
    ("shipping_info_no_captures", "tests/order_state.rs"),
    ("due_date_pay_later", "tests/order_state.rs"),
];
