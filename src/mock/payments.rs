//! Klarna Payments: sessions (48 hours), the browser's authorize() (a token for 60 minutes,
//! one order per token), create-order checked against what was authorized.

use super::{iso, merge, Ctx, Response};
use crate::flow::compare::compare_with_authorization;
use crate::flow::intent::{check_intent, Call, Intent};
use crate::flow::window::{authorization_window, session_window};
use crate::PayloadKind;
use serde_json::{json, Value};

pub(crate) fn create_session(ctx: &mut Ctx<'_>, body: &str) -> Response {
    let (payload, findings) = match ctx.checked(PayloadKind::Session, body) {
        Ok(ok) => ok,
        Err(refused) => return with_kind(refused, PayloadKind::Session),
    };
    let id = ctx.uuid();
    let client_token = format!("eyJhbGciOiJub25lIn0.{}", id.replace('-', ""));
    let now = ctx.now;
    ctx.table("sessions").insert(
        id.clone(),
        json!({ "created_at": now, "payload": payload, "status": "incomplete", "client_token": client_token }),
    );
    let mut answer = ctx.answer(
        200,
        Some(json!({
            "session_id": id,
            "client_token": client_token,
            "payment_method_categories": [{ "identifier": "klarna", "name": "Pay with Klarna" }],
        })),
    );
    answer.findings = Some(findings);
    with_kind(answer, PayloadKind::Session)
}

/// The session, if it exists and is within its 48 hours.
fn live_session(ctx: &mut Ctx<'_>, id: &str) -> Option<Value> {
    let session = ctx.state["sessions"].get(id)?.clone();
    let created = session["created_at"].as_i64()?;
    session_window(created, ctx.now).open.then_some(session)
}

pub(crate) fn read_session(ctx: &mut Ctx<'_>, id: &str) -> Response {
    let Some(session) = live_session(ctx, id) else {
        return ctx.error(404, "NOT_FOUND", vec!["Session not found".into()]);
    };
    let created = session["created_at"].as_i64().unwrap_or(0);
    let mut body = session["payload"].clone();
    body["status"] = session["status"].clone();
    body["client_token"] = session["client_token"].clone();
    body["expires_at"] = json!(iso(session_window(created, ctx.now).expires_at_ms));
    ctx.answer(200, Some(body))
}

pub(crate) fn update_session(ctx: &mut Ctx<'_>, id: &str, body: &str) -> Response {
    if live_session(ctx, id).is_none() {
        return ctx.error(404, "NOT_FOUND", vec!["Session not found".into()]);
    }
    let (payload, findings) = match ctx.checked(PayloadKind::SessionUpdate, body) {
        Ok(ok) => ok,
        Err(refused) => return with_kind(refused, PayloadKind::SessionUpdate),
    };
    if let Some(session) = ctx.state["sessions"].get_mut(id) {
        merge(&mut session["payload"], &payload);
    }
    let mut answer = ctx.answer(204, None);
    answer.findings = Some(findings);
    with_kind(answer, PayloadKind::SessionUpdate)
}

pub(crate) fn authorize(
    ctx: &mut Ctx<'_>,
    session_id: &str,
    outcome: &str,
    data: Option<&Value>,
) -> Result<Value, String> {
    let Some(session) = live_session(ctx, session_id) else {
        return Err("no such session, or it expired (48 hours)".into());
    };
    if outcome == "decline" {
        return Ok(json!({ "approved": false, "show_form": false }));
    }
    let mut authorized = session["payload"].clone();
    // authorize(payload) passes an object of fields over the session's; nothing else merges.
    if let Some(data) = data.filter(|d| d.is_object()) {
        merge(&mut authorized, data);
    }
    let token = ctx.uuid();
    let now = ctx.now;
    let fraud_status = if outcome == "pending" {
        "PENDING"
    } else {
        "ACCEPTED"
    };
    ctx.table("authorizations").insert(
        token.clone(),
        json!({ "session_id": session_id, "authorized": authorized, "at": now, "fraud_status": fraud_status, "used": false }),
    );
    if let Some(s) = ctx.state["sessions"].get_mut(session_id) {
        s["status"] = json!("complete");
    }
    Ok(
        json!({ "approved": true, "show_form": true, "authorization_token": token, "finalize_required": false }),
    )
}

/// The authorization, if its token exists and is within its 60 minutes. A token an order was
/// placed with still creates a customer token (`buy_and_tokenize` takes both calls).
pub(crate) fn live_authorization(ctx: &mut Ctx<'_>, token: &str) -> Option<Value> {
    let auth = ctx.state["authorizations"].get(token)?.clone();
    let at = auth["at"].as_i64()?;
    authorization_window(at, ctx.now).open.then_some(auth)
}

pub(crate) fn invalid_token(ctx: &mut Ctx<'_>) -> Response {
    ctx.error(404, "NOT_FOUND", vec!["Invalid authorization token".into()])
}

pub(crate) fn cancel_authorization(ctx: &mut Ctx<'_>, token: &str) -> Response {
    // Once an order was placed with it, the authorization is the order's.
    if live_authorization(ctx, token).is_none_or(|a| a.get("order_answer").is_some()) {
        return invalid_token(ctx);
    }
    ctx.table("authorizations").remove(token);
    ctx.answer(204, None)
}

/// The session's intent (`buy` when absent), for which calls the token allows.
pub(crate) fn intent_of(auth: &Value) -> Intent {
    auth["authorized"]["intent"]
        .as_str()
        .and_then(|i| i.to_ascii_lowercase().parse().ok())
        .unwrap_or(Intent::Buy)
}

pub(crate) fn create_order(ctx: &mut Ctx<'_>, token: &str, body: &str) -> Response {
    let Some(auth) = live_authorization(ctx, token) else {
        return invalid_token(ctx);
    };
    // create-order is idempotent per authorization token (KLARNA-RULES.md): once an order was
    // placed, the same answer again, whatever the body.
    if let Some(first) = auth.get("order_answer") {
        let mut answer = ctx.answer(200, Some(first.clone()));
        answer.kind = Some(PayloadKind::Order.as_str());
        return answer;
    }
    if let Err(e) = check_intent(intent_of(&auth), Call::CreateOrder) {
        return ctx.error(403, e.error_code, vec![e.message]);
    }
    let (payload, findings) = match ctx.checked(PayloadKind::Order, body) {
        Ok(ok) => ok,
        Err(refused) => return with_kind(refused, PayloadKind::Order),
    };
    if let Some(answer) = not_matching(ctx, &auth, body, false) {
        return with_kind(answer, PayloadKind::Order);
    }
    let fraud_status = auth["fraud_status"]
        .as_str()
        .unwrap_or("ACCEPTED")
        .to_string();
    let order_id = super::om::open_order(ctx, &payload, &fraud_status);
    let placed = json!({
        "order_id": order_id,
        "redirect_url": format!("https://payments.klarna.com/redirect/{order_id}"),
        "fraud_status": fraud_status,
        "authorized_payment_method": { "type": "invoice" },
    });
    if let Some(a) = ctx.state["authorizations"].get_mut(token) {
        a["order_answer"] = placed.clone();
    }
    let mut answer = ctx.answer(200, Some(placed));
    answer.findings = Some(findings);
    with_kind(answer, PayloadKind::Order)
}

/// `Not matching fields: [...]` when the body differs from what was authorized. `sent_only`:
/// only the fields the body carries are compared (a customer-token body has no cart).
pub(crate) fn not_matching(
    ctx: &mut Ctx<'_>,
    auth: &Value,
    body: &str,
    sent_only: bool,
) -> Option<Response> {
    let mut authorized = auth["authorized"].clone();
    if sent_only {
        let sent: Value = serde_json::from_str(body).ok()?;
        if let (Value::Object(a), Value::Object(b)) = (&mut authorized, &sent) {
            a.retain(|k, _| b.contains_key(k));
        }
    }
    let comparison = compare_with_authorization(&authorized.to_string(), body).ok()?;
    let message = comparison.klarna_message?;
    Some(ctx.error(400, "BAD_VALUE", vec![message]))
}

pub(crate) fn with_kind(mut r: Response, kind: PayloadKind) -> Response {
    r.kind = Some(kind.as_str());
    r
}
