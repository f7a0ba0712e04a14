//! Order Management: orders opened by create-order and token orders, read, captured, refunded,
//! updated, extended, released and cancelled. Each call is checked with `validate` and
//! `check_against_order` before it changes the order, so the refusals are the package's own.

use super::payments::with_kind;
use super::{iso, Ctx, Response};
use crate::state::{check_against_order, CallContext};
use crate::PayloadKind;
use serde_json::{json, Value};

const DAY: i64 = 86_400_000;

/// A new AUTHORIZED order from a create-order or token-order payload; its id.
pub(crate) fn open_order(ctx: &mut Ctx<'_>, payload: &Value, fraud_status: &str) -> String {
    let id = ctx.uuid();
    let amount = payload["order_amount"].as_i64().unwrap_or(0);
    let days = ctx.config.authorization_days.unwrap_or(28);
    let now = ctx.now;
    let order = json!({
        "order_id": id,
        "status": "AUTHORIZED",
        "fraud_status": fraud_status,
        "purchase_country": payload["purchase_country"],
        "purchase_currency": payload["purchase_currency"],
        "locale": payload["locale"],
        "order_amount": amount,
        "original_order_amount": amount,
        "captured_amount": 0,
        "refunded_amount": 0,
        "remaining_authorized_amount": amount,
        "created_at": iso(now),
        "expires_at": iso(now + days * DAY),
        "initial_payment_method": { "type": "INVOICE", "description": "Pay later" },
        "order_lines": payload.get("order_lines").cloned().unwrap_or(json!([])),
        "billing_address": payload.get("billing_address").cloned().unwrap_or(Value::Null),
        "shipping_address": payload.get("shipping_address").cloned().unwrap_or(Value::Null),
        "merchant_reference1": payload.get("merchant_reference1").cloned().unwrap_or(Value::Null),
        "merchant_reference2": payload.get("merchant_reference2").cloned().unwrap_or(Value::Null),
        "captures": [],
        "refunds": [],
        "shipping_info": [],
    });
    ctx.table("orders").insert(id.clone(), order);
    id
}

/// The order as Klarna returns it now: an authorization past `expires_at` reads EXPIRED.
fn current(ctx: &Ctx<'_>, id: &str) -> Option<Value> {
    let mut order = ctx.state["orders"].get(id)?.clone();
    let expires = order["expires_at"]
        .as_str()
        .and_then(crate::keywords::format::date_time::unix_millis);
    if matches!(
        order["status"].as_str(),
        Some("AUTHORIZED" | "PART_CAPTURED")
    ) && expires.is_some_and(|at| at <= ctx.now)
        && order["captured_amount"].as_i64() == Some(0)
    {
        order["status"] = json!("EXPIRED");
    }
    Some(order)
}

fn no_such_order(ctx: &mut Ctx<'_>, id: &str, what: &str) -> Response {
    let shown = crate::state::shown_id(id).unwrap_or_else(|| "<id>".into());
    ctx.error(
        404,
        "NO_SUCH_ORDER",
        vec![format!("Order {shown} cannot be found. {what}")],
    )
}

/// Klarna's answer to an order id that is not a UUID (its OM docs).
fn invalid_id(ctx: &mut Ctx<'_>, id: &str) -> Option<Response> {
    let uuid = id.len() == 36
        && id.bytes().enumerate().all(|(i, b)| match i {
            8 | 13 | 18 | 23 => b == b'-',
            _ => b.is_ascii_hexdigit(),
        });
    (!uuid).then(|| {
        ctx.error(
            400,
            "INVALID_ORDER_ID",
            vec!["Order ID must be a valid UUID.".into()],
        )
    })
}

pub(crate) fn read_order(ctx: &mut Ctx<'_>, id: &str) -> Response {
    if let Some(refused) = invalid_id(ctx, id) {
        return refused;
    }
    match current(ctx, id) {
        Some(order) => ctx.answer(200, Some(order)),
        None => no_such_order(ctx, id, "Order cannot be read."),
    }
}

pub(crate) fn call(
    ctx: &mut Ctx<'_>,
    method: &str,
    id: &str,
    rest: &[&str],
    body: &str,
) -> Response {
    use PayloadKind::*;
    let (kind, capture_id) = match (method, rest) {
        ("POST", ["captures"]) => (Capture, None),
        ("POST", ["refunds"]) => (Refund, None),
        ("PATCH", ["authorization"]) => (UpdateAuthorization, None),
        ("PATCH", ["customer-details"]) => (UpdateCustomerDetails, None),
        ("PATCH", ["merchant-references"]) => (UpdateMerchantReferences, None),
        ("POST", ["shipping-info"]) => (ShippingInfo, None),
        ("POST", ["captures", capture, "shipping-info"]) => (ShippingInfo, Some(*capture)),
        ("PATCH", ["captures", capture, "extend-due-date"]) => (ExtendDueDate, Some(*capture)),
        ("POST", ["cancel"]) => (Cancel, None),
        ("POST", ["release-remaining-authorization"]) => (ReleaseRemainingAuthorization, None),
        ("POST", ["extend-authorization-time"]) => (ExtendAuthorizationTime, None),
        _ => return ctx.error(404, "NOT_FOUND", vec!["Not found".into()]),
    };
    if let Some(refused) = invalid_id(ctx, id) {
        return refused;
    }
    let Some(order) = current(ctx, id) else {
        return no_such_order(ctx, id, "The call is not possible.");
    };
    let body = if body.trim().is_empty() { "{}" } else { body };
    let (payload, mut findings) = match ctx.checked(kind, body) {
        Ok(ok) => ok,
        Err(refused) => return with_kind(refused, kind),
    };
    let context = CallContext {
        now: Some(ctx.now),
        capture_id: capture_id.map(str::to_string),
    };
    if let Ok(report) = check_against_order(kind, body, &order.to_string(), &context) {
        let refused = !report.valid || (ctx.config.strict && !report.warnings.is_empty());
        let listed = report.errors.iter().chain(&report.warnings);
        if refused {
            let first = listed
                .clone()
                .next()
                .map(|v| v.error_code)
                .unwrap_or(crate::ErrorCode::NotAllowed);
            let messages = listed
                .filter(|v| v.error_code == first)
                .map(|v| v.message.clone())
                .collect();
            let mut answer = ctx.error(first.http_status(), first.as_str(), messages);
            answer.findings = Some(findings);
            return with_kind(answer, kind);
        }
        if let Some(list) = findings["warnings"].as_array_mut() {
            list.extend(
                report
                    .warnings
                    .iter()
                    .map(|w| serde_json::to_value(w).unwrap_or(Value::Null)),
            );
        }
    }
    let mut answer = apply(ctx, kind, id, capture_id, &payload);
    answer.findings = Some(findings);
    with_kind(answer, kind)
}

/// What the call does to the order, and Klarna's success answer.
fn apply(
    ctx: &mut Ctx<'_>,
    kind: PayloadKind,
    id: &str,
    capture_id: Option<&str>,
    body: &Value,
) -> Response {
    use PayloadKind::*;
    let now = ctx.now;
    let new_id = match kind {
        Capture | Refund => Some(ctx.uuid()),
        _ => None,
    };
    let days = ctx.config.authorization_days.unwrap_or(28);
    let Some(order) = ctx.state["orders"].get_mut(id) else {
        return ctx.error(404, "NO_SUCH_ORDER", vec![]);
    };
    let amount = |o: &Value, k: &str| o[k].as_i64().unwrap_or(0);
    match kind {
        Capture => {
            let captured = body["captured_amount"].as_i64().unwrap_or(0);
            let total = amount(order, "captured_amount") + captured;
            order["captured_amount"] = json!(total);
            order["remaining_authorized_amount"] = json!(amount(order, "order_amount") - total);
            order["status"] = json!(if total >= amount(order, "order_amount") {
                "CAPTURED"
            } else {
                "PART_CAPTURED"
            });
            let capture_id = new_id.clone().unwrap_or_default();
            push(
                order,
                "captures",
                json!({
                    "capture_id": capture_id,
                    "captured_amount": captured,
                    "captured_at": iso(now),
                    "description": body.get("description"),
                    "reference": body.get("reference"),
                    "order_lines": body.get("order_lines").cloned().unwrap_or(json!([])),
                    "refunded_amount": 0,
                    "shipping_info": body.get("shipping_info").cloned().unwrap_or(json!([])),
                }),
            );
        }
        Refund => {
            let refunded = body["refunded_amount"].as_i64().unwrap_or(0);
            order["refunded_amount"] = json!(amount(order, "refunded_amount") + refunded);
            push(
                order,
                "refunds",
                json!({
                    "refund_id": new_id.clone().unwrap_or_default(),
                    "refunded_amount": refunded,
                    "refunded_at": iso(now),
                    "description": body.get("description"),
                    "reference": body.get("reference"),
                    "order_lines": body.get("order_lines").cloned().unwrap_or(json!([])),
                }),
            );
        }
        UpdateAuthorization => {
            let total = body["order_amount"].as_i64().unwrap_or(0);
            order["order_amount"] = json!(total);
            order["remaining_authorized_amount"] = json!(total - amount(order, "captured_amount"));
            // "The original order lines will be deleted if you don't send order lines."
            order["order_lines"] = body.get("order_lines").cloned().unwrap_or(json!([]));
        }
        UpdateCustomerDetails => {
            if let Some(address) = body.get("shipping_address") {
                order["shipping_address"] = address.clone();
            }
        }
        UpdateMerchantReferences => {
            for key in ["merchant_reference1", "merchant_reference2"] {
                if let Some(v) = body.get(key) {
                    order[key] = v.clone();
                }
            }
        }
        ShippingInfo => {
            let items = body["shipping_info"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            let target = match capture_id {
                Some(c) => order["captures"]
                    .as_array_mut()
                    .and_then(|cs| cs.iter_mut().find(|x| x["capture_id"] == c)),
                None => Some(&mut *order),
            };
            if let Some(target) = target {
                for item in items {
                    push(target, "shipping_info", item);
                }
            }
        }
        ExtendAuthorizationTime => {
            order["expires_at"] = json!(iso(now + days * DAY));
        }
        ReleaseRemainingAuthorization => {
            order["remaining_authorized_amount"] = json!(0);
            order["status"] = json!("CAPTURED");
        }
        Cancel => {
            order["remaining_authorized_amount"] = json!(0);
            order["status"] = json!("CANCELLED");
        }
        _ => {}
    }
    match (kind, new_id) {
        (Capture, Some(capture_id)) => {
            let mut answer = ctx.answer(201, None);
            answer.headers.insert(
                "Location".into(),
                json!(format!(
                    "{}/ordermanagement/v1/orders/{id}/captures/{capture_id}",
                    ctx.origin
                )),
            );
            answer
                .headers
                .insert("Capture-Id".into(), json!(capture_id));
            answer
        }
        (Refund, Some(refund_id)) => {
            let mut answer = ctx.answer(201, None);
            answer.headers.insert(
                "Location".into(),
                json!(format!(
                    "{}/ordermanagement/v1/orders/{id}/refunds/{refund_id}",
                    ctx.origin
                )),
            );
            answer.headers.insert("Refund-Id".into(), json!(refund_id));
            answer
        }
        _ => ctx.answer(204, None),
    }
}

fn push(target: &mut Value, list: &str, item: Value) {
    if !target[list].is_array() {
        target[list] = json!([]);
    }
    if let Some(items) = target[list].as_array_mut() {
        items.push(item);
    }
}
