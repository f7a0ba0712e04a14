//! `capture_exceeds_authorization`, `capture_expired`, `capture_closed`, `capture_pending`:
//! a capture takes at most what remains authorized, on an order that is neither expired,
//! cancelled nor closed, and (Klarna asks) not while its fraud review is pending.

use super::{at, lower, Call};
use crate::error::Problem;
use crate::report::Report;

pub(crate) fn check(call: &Call<'_, '_>, report: &mut Report) {
    let order = &call.order;
    if let Some(status @ ("CANCELLED" | "CLOSED")) = order.status() {
        at(
            "",
            report,
            Problem::CaptureClosed {
                status: lower(status),
            },
        );
        return;
    }
    if call.expired() {
        let order_id = order.order_id();
        at("", report, Problem::CaptureExpired { order_id });
        return;
    }
    if let (Some(actual), Some(remaining)) = (
        call.body_amount("captured_amount"),
        order.amount("remaining_authorized_amount"),
    ) {
        if actual > remaining {
            let problem = Problem::CaptureExceedsAuthorization { remaining, actual };
            at("captured_amount", report, problem);
        }
    }
    if order.fraud_status_is("PENDING") {
        at("", report, Problem::CapturePending);
    }
}
