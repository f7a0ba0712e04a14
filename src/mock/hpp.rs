//! The Hosted Payment Page: a session for a KP session or KCO order (201), its link
//! distributed (201). Bodies are checked with the package's `hpp_session` and
//! `hpp_distribution` rules; an HPP session lives until an hour before the payment session.

use super::payments::with_kind;
use super::{iso, Ctx, Response};
use crate::PayloadKind;
use serde_json::json;

pub(crate) fn create_session(ctx: &mut Ctx<'_>, body: &str) -> Response {
    let (_, findings) = match ctx.checked(PayloadKind::HppSession, body) {
        Ok(ok) => ok,
        Err(refused) => return with_kind(refused, PayloadKind::HppSession),
    };
    let id = ctx.uuid();
    let now = ctx.now;
    ctx.table("hpp_sessions")
        .insert(id.clone(), json!({ "created_at": now }));
    let base = format!("{}/hpp/v1/sessions/{id}", ctx.origin);
    let mut answer = ctx.answer(
        201,
        Some(json!({
            "session_id": id,
            "session_url": base,
            "distribution_url": format!("{base}/distribution"),
            "redirect_url": format!("https://pay.klarna.com/hpp/{id}"),
            "qr_code_url": format!("https://pay.klarna.com/hpp/{id}/qr"),
            "expires_at": iso(now + 47 * 3_600_000),
        })),
    );
    answer.findings = Some(findings);
    with_kind(answer, PayloadKind::HppSession)
}

pub(crate) fn distribute(ctx: &mut Ctx<'_>, id: &str, body: &str) -> Response {
    if ctx.state["hpp_sessions"].get(id).is_none() {
        return ctx.error(404, "NOT_FOUND", vec!["Session not found".into()]);
    }
    let (_, findings) = match ctx.checked(PayloadKind::HppDistribution, body) {
        Ok(ok) => ok,
        Err(refused) => return with_kind(refused, PayloadKind::HppDistribution),
    };
    let mut answer = ctx.answer(201, None);
    answer.findings = Some(findings);
    with_kind(answer, PayloadKind::HppDistribution)
}
