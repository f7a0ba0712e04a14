//! `check_against_order`: every state rule of ORDER-MANAGEMENT.md, each refused with Klarna's
//! code and sentence, and the same calls allowed on an order in the right state.

mod support;

use klarna_precheck::state::{check_against_order, CallContext, StateError};
use klarna_precheck::PayloadKind::{self, *};
use serde_json::{json, Value};

/// Now: 2026-12-01T12:00:00Z.
const NOW: i64 = 1_796_126_400_000;

/// An authorized order of 10000, nothing captured, expiring in a week.
fn order() -> Value {
    json!({
        "order_id": "0b1d9815-165e-42e2-8867-35bc03789e00",
        "status": "AUTHORIZED",
        "fraud_status": "ACCEPTED",
        "purchase_country": "SE",
        "order_amount": 10000,
        "original_order_amount": 10000,
        "captured_amount": 0,
        "refunded_amount": 0,
        "remaining_authorized_amount": 10000,
        "created_at": "2026-11-20T10:00:00.000Z",
        "expires_at": "2026-12-08T10:00:00.000Z",
        "initial_payment_method": { "type": "INVOICE" },
        "captures": [],
        "order_lines": [{ "name": "Kaffe", "quantity": 2, "unit_price": 5000, "total_amount": 10000 }]
    })
}

/// The same order with `captured` captured in one capture.
fn captured(captured: i64) -> Value {
    let mut o = order();
    o["captured_amount"] = json!(captured);
    o["remaining_authorized_amount"] = json!(10000 - captured);
    o["status"] = json!(if captured == 10000 {
        "CAPTURED"
    } else {
        "PART_CAPTURED"
    });
    o["captures"] = json!([{ "capture_id": "4ba29b50-be7b-44f5-a492-113e6a865e22", "captured_amount": captured }]);
    o
}

fn with(mut o: Value, changes: Value) -> Value {
    for (k, v) in changes.as_object().unwrap() {
        o[k] = v.clone();
    }
    o
}

fn run(
    kind: PayloadKind,
    body: Value,
    order: &Value,
    capture_id: Option<&str>,
) -> Vec<(String, String, String, String)> {
    let context = CallContext {
        now: Some(NOW),
        capture_id: capture_id.map(str::to_string),
    };
    let report =
        check_against_order(kind, &body.to_string(), &order.to_string(), &context).unwrap();
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

/// (what, kind, body, order, capture id, rule, code, path, Klarna's message)
type Refusal = (
    &'static str,
    PayloadKind,
    Value,
    Value,
    Option<&'static str>,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

fn refusals() -> Vec<Refusal> {
    let capture = "4ba29b50-be7b-44f5-a492-113e6a865e22";
    vec![
        ("capture above the remaining authorization", Capture, json!({"captured_amount": 6000}), captured(5000), None,
         "capture_exceeds_authorization", "CAPTURE_NOT_ALLOWED", "captured_amount",
         "Captured amount is higher than the remaining authorized amount. Capture not possible."),
        ("capture on an order past expires_at", Capture, json!({"captured_amount": 100}), with(order(), json!({"expires_at": "2026-11-30T10:00:00.000Z"})), None,
         "capture_expired", "CAPTURE_NOT_ALLOWED", "",
         "Order 0b1d9815-165e-42e2-8867-35bc03789e00 is expired. Capture not possible."),
        ("capture on an EXPIRED order", Capture, json!({"captured_amount": 100}), with(order(), json!({"status": "EXPIRED", "order_id": "Jane Doe"})), None,
         "capture_expired", "CAPTURE_NOT_ALLOWED", "", "Order is expired. Capture not possible."),
        ("capture on a cancelled order", Capture, json!({"captured_amount": 100}), with(order(), json!({"status": "CANCELLED"})), None,
         "capture_closed", "CAPTURE_NOT_ALLOWED", "", "Order is cancelled. Capture not possible."),
        ("capture while the fraud review is pending", Capture, json!({"captured_amount": 100}), with(order(), json!({"fraud_status": "PENDING"})), None,
         "capture_pending", "CAPTURE_NOT_ALLOWED", "",
         "The order is pending Klarna's fraud review: do not capture or ship it until fraud_status is ACCEPTED."),
        ("refund with no capture", Refund, json!({"refunded_amount": 100}), order(), None,
         "refund_no_capture", "REFUND_NOT_ALLOWED", "", "Order has no captures. Refund not possible"),
        ("refund above what was captured, less what was refunded", Refund, json!({"refunded_amount": 4000}), with(captured(5000), json!({"refunded_amount": 2000})), None,
         "refund_exceeds_captured", "REFUND_NOT_ALLOWED", "refunded_amount", "Over refund is not allowed. Refund not possible."),
        ("a return fee after a partial capture", Refund,
         json!({"refunded_amount": 4500, "order_lines": [{"name": "Kaffe", "quantity": 1, "unit_price": 5000, "total_amount": 5000}, {"type": "return_fee", "name": "Return fee", "quantity": 1, "unit_price": -500, "total_amount": -500}]}),
         captured(5000), None,
         "return_fee_not_allowed", "REFUND_NOT_ALLOWED", "order_lines",
         "A return fee is possible only when the order was fully captured in one single capture."),
        ("a return fee in a market without them", Refund,
         json!({"refunded_amount": 9500, "order_lines": [{"name": "Kaffe", "quantity": 2, "unit_price": 5000, "total_amount": 10000}, {"type": "return_fee", "name": "Return fee", "quantity": 1, "unit_price": -500, "total_amount": -500}]}),
         with(captured(10000), json!({"purchase_country": "GB"})), None,
         "return_fee_not_allowed", "REFUND_NOT_ALLOWED", "order_lines",
         "A return fee is possible only in AT, DE, DK, FI, FR, NL, NO, SE, IT, ES, IE, PT, CZ, AU and GR."),
        ("an authorization below what was captured", UpdateAuthorization, json!({"order_amount": 7000, "order_lines": []}), with(captured(8000), json!({})), None,
         "authorization_below_captured", "NOT_ALLOWED", "order_amount",
         "Resulting authorization amount 7000 cannot be less than the captured amount 8000 for order. Order authorization cannot be updated"),
        ("an authorization update on a fully captured order", UpdateAuthorization, json!({"order_amount": 12000, "order_lines": []}), captured(10000), None,
         "authorization_not_allowed", "NOT_ALLOWED", "",
         "Update authorization not allowed. Decision is based on order state and outcome of risk assessment."),
        ("an authorization increase on a card order", UpdateAuthorization, json!({"order_amount": 12000, "order_lines": []}), with(order(), json!({"initial_payment_method": {"type": "PAY_LATER_BY_CARD"}})), None,
         "authorization_increase", "NOT_ALLOWED", "order_amount",
         "raises the authorization from 10000 to 12000: Klarna runs a new risk assessment and may refuse it, and allows increases only for invoice, account, direct debit and fixed-amount plans (this order: PAY_LATER_BY_CARD)"),
        ("cancel after a capture", Cancel, json!({}), captured(5000), None,
         "cancel_captured", "CANCEL_NOT_ALLOWED", "", "Order has previous captures. Cancel not possible."),
        ("cancel twice", Cancel, json!({}), with(order(), json!({"status": "CANCELLED"})), None,
         "cancel_closed", "CANCEL_NOT_ALLOWED", "", "Cancel not allowed: the order is cancelled."),
        ("release on a fully captured order", ReleaseRemainingAuthorization, json!({}), captured(10000), None,
         "release_fully_captured", "NOT_ALLOWED", "", "Order is fully captured. Remaining authorization cannot be released."),
        ("release with no capture", ReleaseRemainingAuthorization, json!({}), order(), None,
         "release_not_allowed", "NOT_ALLOWED", "", "Can not release when order is cancelled or has no captures."),
        ("extend an expired order", ExtendAuthorizationTime, json!({}), with(order(), json!({"status": "EXPIRED"})), None,
         "extend_expired", "NOT_ALLOWED", "", "Order is expired. Authorization time cannot be extended."),
        ("extend an order older than 180 days", ExtendAuthorizationTime, json!({}), with(order(), json!({"created_at": "2026-05-01T10:00:00.000Z"})), None,
         "extend_not_allowed", "NOT_ALLOWED", "", "You can only extend an order within 180 days of its creation."),
        ("extend a Pay Now by card order", ExtendAuthorizationTime, json!({}), with(order(), json!({"initial_payment_method": {"type": "CARD"}})), None,
         "extend_not_allowed", "NOT_ALLOWED", "", "Orders placed using the \"Pay Now by Card\" method cannot be extended."),
        ("merchant references on a cancelled order", UpdateMerchantReferences, json!({"merchant_reference1": "A-1"}), with(order(), json!({"status": "CANCELLED"})), None,
         "update_cancelled", "NOT_ALLOWED", "", "Can not update a cancelled order."),
        ("customer details on a cancelled order", UpdateCustomerDetails, json!({"shipping_address": {"city": "Lund"}}), with(order(), json!({"status": "CANCELLED"})), None,
         "update_cancelled", "NOT_ALLOWED", "", "Can not update a cancelled order."),
        ("shipping info on a capture the order does not have", ShippingInfo, json!({"shipping_info": [{"tracking_number": "1Z"}]}), captured(5000), Some("d25fb1a0-a6d9-4a65-8dac-cd7fb3a8dd24"),
         "no_such_capture", "NO_SUCH_CAPTURE", "",
         "Capture could not be found. Shipping info cannot be added to capture d25fb1a0-a6d9-4a65-8dac-cd7fb3a8dd24"),
        ("shipping info on a capture of an order with none", ShippingInfo, json!({"shipping_info": [{"tracking_number": "1Z"}]}), order(), Some(capture),
         "shipping_info_no_captures", "NOT_ALLOWED", "", "Order has no captures."),
        ("extend the due date of an unknown capture", ExtendDueDate, json!({"number_of_days": 14}), captured(5000), Some("not a capture id"),
         "no_such_capture", "NO_SUCH_CAPTURE", "", "Capture could not be found. Due date cannot be extended for capture"),
    ]
}

#[test]
fn every_state_rule_refuses_with_klarnas_code_and_sentence() {
    let mut seen = std::collections::BTreeSet::new();
    for (what, kind, body, order, capture_id, rule, code, path, message) in refusals() {
        let found = run(kind, body, &order, capture_id);
        let want = (
            rule.to_string(),
            code.to_string(),
            path.to_string(),
            message.to_string(),
        );
        assert_eq!(found, vec![want], "{what}");
        seen.insert(rule);
    }
    // Every rule the case files leave to this test has a refusal above.
    for (rule, test) in support::NOT_FROM_CASE_FILES {
        if *test == "tests/order_state.rs" && *rule != "idempotency_key_reused" {
            assert!(seen.contains(rule), "{rule} has no refusal");
        }
    }
}

#[test]
fn the_same_calls_are_allowed_in_the_right_state() {
    let allowed: Vec<(&str, PayloadKind, Value, Value, Option<&str>)> = vec![
        (
            "capture of the rest",
            Capture,
            json!({"captured_amount": 5000}),
            captured(5000),
            None,
        ),
        (
            "capture of everything",
            Capture,
            json!({"captured_amount": 10000}),
            order(),
            None,
        ),
        (
            "refund of what is left to refund",
            Refund,
            json!({"refunded_amount": 3000}),
            with(captured(5000), json!({"refunded_amount": 2000})),
            None,
        ),
        (
            "a return fee after one full capture, in SE",
            Refund,
            json!({"refunded_amount": 9500, "order_lines": [{"name": "Kaffe", "quantity": 2, "unit_price": 5000, "total_amount": 10000}, {"type": "return_fee", "name": "Return fee", "quantity": 1, "unit_price": -500, "total_amount": -500}]}),
            captured(10000),
            None,
        ),
        (
            "an authorization down to what was captured",
            UpdateAuthorization,
            json!({"order_amount": 8000, "order_lines": []}),
            captured(8000),
            None,
        ),
        (
            "an authorization increase on an invoice order",
            UpdateAuthorization,
            json!({"order_amount": 12000, "order_lines": []}),
            order(),
            None,
        ),
        (
            "cancel an uncaptured order",
            Cancel,
            json!({}),
            order(),
            None,
        ),
        (
            "release after a part capture",
            ReleaseRemainingAuthorization,
            json!({}),
            captured(5000),
            None,
        ),
        (
            "extend a young order",
            ExtendAuthorizationTime,
            json!({}),
            order(),
            None,
        ),
        (
            "shipping info on its capture",
            ShippingInfo,
            json!({"shipping_info": []}),
            captured(5000),
            Some("4ba29b50-be7b-44f5-a492-113e6a865e22"),
        ),
        (
            "shipping info on the order",
            ShippingInfo,
            json!({"shipping_info": []}),
            order(),
            None,
        ),
        (
            "references on an authorized order",
            UpdateMerchantReferences,
            json!({"merchant_reference1": ""}),
            order(),
            None,
        ),
        (
            "an order that says little",
            Capture,
            json!({"captured_amount": 100}),
            json!({}),
            None,
        ),
    ];
    for (what, kind, body, order, capture_id) in allowed {
        assert_eq!(run(kind, body, &order, capture_id), vec![], "{what}");
    }
}

#[test]
fn what_is_not_an_order_is_refused_and_bodies_that_are_not_json_are_reported() {
    let context = CallContext {
        now: Some(NOW),
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
