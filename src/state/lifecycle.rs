//! The calls without a body. `cancel_captured`, `cancel_closed`: cancel only an order with
//! nothing captured (refund the rest), once. `release_fully_captured`, `release_not_allowed`:
//! release what remains only after a capture, and only while something remains.
//! `extend_expired`, `extend_not_allowed`: extend an authorization before it expires, within 180
//! days of the order, and not for Pay Now by card or US financing.

use super::{at, lower, Call};
use crate::error::{ExtendIssue, Problem};
use crate::report::Report;

/// 180 days, in milliseconds.
const EXTENSION_WINDOW: i64 = 180 * 86_400_000;

pub(crate) fn cancel(call: &Call<'_, '_>, report: &mut Report) {
    let order = &call.order;
    if let Some(status @ ("CANCELLED" | "CLOSED")) = order.status() {
        at(
            "",
            report,
            Problem::CancelClosed {
                status: lower(status),
            },
        );
    } else if order.has_captures() == Some(true) {
        at("", report, Problem::CancelCaptured);
    }
}

pub(crate) fn release(call: &Call<'_, '_>, report: &mut Report) {
    let order = &call.order;
    let fully_captured = order.status() == Some("CAPTURED")
        || order.amount("remaining_authorized_amount") == Some(0)
            && order.has_captures() == Some(true);
    if order.status() == Some("CANCELLED") || order.has_captures() == Some(false) {
        at("", report, Problem::ReleaseNotAllowed);
    } else if fully_captured {
        at("", report, Problem::ReleaseFullyCaptured);
    }
}

pub(crate) fn extend(call: &Call<'_, '_>, report: &mut Report) {
    let order = &call.order;
    if call.expired() {
        at("", report, Problem::ExtendExpired);
        return;
    }
    let card = order
        .payment_method_type()
        .is_some_and(|m| m.eq_ignore_ascii_case("CARD") || m.eq_ignore_ascii_case("PAY_BY_CARD"));
    let too_old = matches!(
        (order.time("created_at"), call.now),
        (Some(created), Some(now)) if now - created > EXTENSION_WINDOW
    );
    let us_financing = order
        .payment_method_type()
        .is_some_and(|m| m.eq_ignore_ascii_case("FIXED_SUM_CREDIT"))
        && crate::rules::text(order.members, "purchase_country")
            .is_some_and(|c| c.eq_ignore_ascii_case("US"));
    let issue = if card {
        Some(ExtendIssue::PayNowByCard)
    } else if us_financing {
        Some(ExtendIssue::UsFinancing)
    } else if too_old {
        Some(ExtendIssue::TooOld)
    } else {
        None
    };
    if let Some(issue) = issue {
        at("", report, Problem::ExtendNotAllowed { issue });
    }
}
