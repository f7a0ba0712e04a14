//! The Customer Token API: a token created from an authorization whose intent allows it,
//! read, charged with token orders, and cancelled (after which its orders are refused).

use super::payments::{intent_of, invalid_token, live_authorization, not_matching, with_kind};
use super::{Ctx, Response};
use crate::flow::intent::{check_intent, Call};
use crate::PayloadKind;
use serde_json::json;

pub(crate) fn create_token(ctx: &mut Ctx<'_>, token: &str, body: &str) -> Response {
    let Some(auth) = live_authorization(ctx, token) else {
        return invalid_token(ctx);
    };
    if let Err(e) = check_intent(intent_of(&auth), Call::CreateCustomerToken) {
        return ctx.error(403, e.error_code, vec![e.message]);
    }
    let (payload, findings) = match ctx.checked(PayloadKind::CustomerToken, body) {
        Ok(ok) => ok,
        Err(refused) => return with_kind(refused, PayloadKind::CustomerToken),
    };
    if let Some(answer) = not_matching(ctx, &auth, body, true) {
        return with_kind(answer, PayloadKind::CustomerToken);
    }
    let id = ctx.uuid();
    let now = ctx.now;
    ctx.table("tokens").insert(
        id.clone(),
        json!({ "status": "ACTIVE", "created_at": now, "purchase_currency": payload["purchase_currency"], "description": payload["description"] }),
    );
    let mut answer = ctx.answer(
        200,
        Some(json!({ "token_id": id, "redirect_url": format!("https://payments.klarna.com/redirect/{id}") })),
    );
    answer.findings = Some(findings);
    with_kind(answer, PayloadKind::CustomerToken)
}

pub(crate) fn read_token(ctx: &mut Ctx<'_>, token: &str) -> Response {
    let Some(t) = ctx.state["tokens"].get(token).cloned() else {
        return not_found(ctx);
    };
    ctx.answer(
        200,
        Some(json!({ "status": t["status"], "payment_method_type": "INVOICE", "description": t["description"] })),
    )
}

fn not_found(ctx: &mut Ctx<'_>) -> Response {
    ctx.error(
        404,
        "TOKEN_NOT_FOUND",
        vec!["Customer token not found".into()],
    )
}

pub(crate) fn token_order(ctx: &mut Ctx<'_>, token: &str, body: &str) -> Response {
    let Some(t) = ctx.state["tokens"].get(token).cloned() else {
        return not_found(ctx);
    };
    if t["status"] == "CANCELLED" {
        return ctx.error(
            403,
            "TOKEN_CANCELED",
            vec!["The customer token has been cancelled".into()],
        );
    }
    let (payload, findings) = match ctx.checked(PayloadKind::TokenOrder, body) {
        Ok(ok) => ok,
        Err(refused) => return with_kind(refused, PayloadKind::TokenOrder),
    };
    let order_id = super::om::open_order(ctx, &payload, "ACCEPTED");
    let mut answer = ctx.answer(
        200,
        Some(json!({ "order_id": order_id, "fraud_status": "ACCEPTED", "authorized_payment_method": "INVOICE" })),
    );
    answer.findings = Some(findings);
    with_kind(answer, PayloadKind::TokenOrder)
}

pub(crate) fn token_status(ctx: &mut Ctx<'_>, token: &str, body: &str) -> Response {
    if ctx.state["tokens"].get(token).is_none() {
        return not_found(ctx);
    }
    let (_, findings) = match ctx.checked(PayloadKind::TokenStatus, body) {
        Ok(ok) => ok,
        Err(refused) => return with_kind(refused, PayloadKind::TokenStatus),
    };
    if let Some(t) = ctx.state["tokens"].get_mut(token) {
        t["status"] = json!("CANCELLED");
    }
    let mut answer = ctx.answer(202, None);
    answer.findings = Some(findings);
    with_kind(answer, PayloadKind::TokenStatus)
}
