//! `check_against_order`: every state rule of ORDER-MANAGEMENT.md, each refused with Klarna's
//! code and sentence, and the same calls allowed on an order in the right state. The calls are
//! `tests/state/calls.json`, which `tests/js/om.test.mjs` runs through the built package.

mod support;

use klarna_precheck::state::{check_against_order, CallContext, StateError};
use klarna_precheck::PayloadKind;
use klarna_precheck::PayloadKind::{Capture, Session};
use serde_json::Value;

fn calls() -> (i64, Vec<Value>) {
    let file: Value =
        serde_json::from_str(&std::fs::read_to_string("tests/state/calls.json").unwrap()).unwrap();
    (
        file["now"].as_i64().unwrap(),
        file["calls"].as_array().unwrap().clone(),
    )
}

/// (rule, code, path, message) of every finding.
fn run(call: &Value, now: i64) -> Vec<(String, String, String, String)> {
    let kind: PayloadKind = call["kind"].as_str().unwrap().parse().unwrap();
    let context = CallContext {
        now: Some(now),
        capture_id: call["capture_id"].as_str().map(str::to_string),
    };
    let report = check_against_order(
        kind,
        &call["body"].to_string(),
        &call["order"].to_string(),
        &context,
    )
    .unwrap();
    report
        .errors
        .iter()
        .chain(&report.warnings)
        .map(|v| {
            (
                v.rule.as_str().to_string(),
                v.error_code.as_str().to_string(),
                v.path.clone(),
                v.message.clone(),
            )
        })
        .collect()
}

#[test]
fn every_state_rule_refuses_with_klarnas_code_and_sentence_and_allows_the_rest() {
    let (now, calls) = calls();
    let mut seen = std::collections::BTreeSet::new();
    for call in &calls {
        let what = call["what"].as_str().unwrap();
        let want: Vec<(String, String, String, String)> = match call.get("refused") {
            Some(r) => {
                let f = |k: &str| r[k].as_str().unwrap().to_string();
                seen.insert(f("rule"));
                vec![(f("rule"), f("error_code"), f("path"), f("message"))]
            }
            None => vec![],
        };
        assert_eq!(run(call, now), want, "{what}");
    }
    // Every rule the case files leave to this test has a refusal here.
    for (rule, test) in support::NOT_FROM_CASE_FILES {
        if *test == "tests/order_state.rs" && *rule != "idempotency_key_reused" {
            assert!(seen.contains(*rule), "{rule} has no refusal");
        }
    }
}

#[test]
fn what_is_not_an_order_is_refused_and_bodies_that_are_not_json_are_reported() {
    let context = CallContext {
        now: Some(calls().0),
        capture_id: None,
    };
    for not_an_order in ["", "[]", "null", "{", "\"order\""] {
        assert_eq!(
            check_against_order(Capture, "{}", not_an_order, &context),
            Err(StateError::NotAnOrder)
        );
    }
    assert!(matches!(
        check_against_order(Session, "{}", "{}", &context),
        Err(StateError::NotAnOrderManagementCall(_))
    ));
    let report = check_against_order(Capture, "{\"captured_amount\": ", "{}", &context).unwrap();
    assert_eq!(report.errors[0].rule.as_str(), "json_syntax");
}

#[test]
fn a_key_reused_with_another_body_within_24_hours_is_a_warning() {
    use klarna_precheck::state::idempotency::check_idempotency_key;
    let first = r#"{"captured_amount": 5000, "reference": "SHIP-1"}"#;
    let minute = 60_000;
    // The same body, in another member order and number spelling: Klarna's one call.
    assert!(check_idempotency_key(
        first,
        0,
        r#"{"reference":"SHIP-1","captured_amount":5000.0}"#,
        3 * minute
    )
    .warnings
    .is_empty());
    let report = check_idempotency_key(
        first,
        0,
        r#"{"captured_amount": 4000, "reference": "SHIP-1"}"#,
        3 * minute,
    );
    assert!(report.valid);
    let w = &report.warnings[0];
    assert_eq!(
        (w.rule.as_str(), w.path.as_str()),
        ("idempotency_key_reused", "Klarna-Idempotency-Key")
    );
    assert_eq!(w.message, "Klarna-Idempotency-Key was used 3 minutes ago with another body: within 24 hours Klarna returns the first call's result and does not run this one");
    // After 24 hours the key is free again.
    assert!(check_idempotency_key(first, 0, "{}", 24 * 60 * minute)
        .warnings
        .is_empty());
    assert!(!check_idempotency_key("{", 0, "{}", minute)
        .warnings
        .is_empty());
}
