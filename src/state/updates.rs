//! `update_cancelled`: no customer-details or merchant-references update on a cancelled order.
//! `no_such_capture`, `shipping_info_no_captures`: a capture-level call (shipping info on a
//! capture, extending its due date) names a capture the order has. `due_date_pay_later`: a due
//! date is extended only for an order on a pay-later method.

use super::{at, shown_id, Call};
use crate::error::Problem;
use crate::report::Report;
use crate::rules::text;
use crate::PayloadKind;

pub(crate) fn cancelled(call: &Call<'_, '_>, report: &mut Report) {
    if call.order.status() == Some("CANCELLED") {
        at("", report, Problem::UpdateCancelled);
    }
}

pub(crate) fn capture_level(call: &Call<'_, '_>, report: &mut Report) {
    let Some(capture_id) = call.capture_id else {
        return; // shipping info on the order itself
    };
    let order = &call.order;
    if order.has_captures() == Some(false) {
        at("", report, Problem::ShippingInfoNoCaptures);
        return;
    }
    let captures = order.captures();
    let known = captures
        .iter()
        .any(|c| text(c, "capture_id") == Some(capture_id));
    if !captures.is_empty() && !known {
        let what = match call.kind {
            PayloadKind::ShippingInfo => "Shipping info cannot be added to capture",
            _ => "Due date cannot be extended for capture",
        };
        let problem = Problem::NoSuchCapture {
            what,
            capture_id: shown_id(capture_id),
        };
        at("", report, problem);
    }
}

/// Methods paid at once or by instalment plans, which have no invoice due date to extend.
const PAID_NOW: &[&str] = &[
    "CARD",
    "PAY_BY_CARD",
    "DIRECT_DEBIT",
    "BANK_TRANSFER",
    "SWISH",
    "MOBILEPAY",
];

pub(crate) fn due_date(call: &Call<'_, '_>, report: &mut Report) {
    let Some(method) = call.order.payment_method_type() else {
        return;
    };
    if PAID_NOW.iter().any(|m| m.eq_ignore_ascii_case(method)) {
        let method = method.to_ascii_uppercase();
        at("", report, Problem::DueDatePayLater { method });
    }
}
