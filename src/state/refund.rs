//! `refund_no_capture`, `refund_exceeds_captured`, `return_fee_not_allowed`: a refund needs a
//! capture, all refunds together stay within what was captured, and a return fee needs one
//! full capture in a market that has return fees.

use super::{at, Call};
use crate::error::{Problem, ReturnFeeIssue};
use crate::json::{member, Value};
use crate::report::Report;
use crate::rules::text;

/// Where Klarna takes return fees (its refund docs).
pub(crate) const RETURN_FEE_MARKETS: &[&str] = &[
    "AT", "DE", "DK", "FI", "FR", "NL", "NO", "SE", "IT", "ES", "IE", "PT", "CZ", "AU", "GR",
];

pub(crate) fn check(call: &Call<'_, '_>, report: &mut Report) {
    let order = &call.order;
    if order.has_captures() == Some(false) {
        at("", report, Problem::RefundNoCapture);
        return;
    }
    if let (Some(actual), Some(captured)) = (
        call.body_amount("refunded_amount"),
        order.amount("captured_amount"),
    ) {
        let refundable = captured - order.amount("refunded_amount").unwrap_or(0);
        if actual > refundable {
            let problem = Problem::RefundExceedsCaptured { refundable, actual };
            at("refunded_amount", report, problem);
        }
    }
    if return_fee(call) {
        let fully_captured = order.status() == Some("CAPTURED")
            || order.amount("remaining_authorized_amount") == Some(0);
        let one_full_capture = order.captures().len() == 1 && fully_captured;
        let issue = if !one_full_capture {
            Some(ReturnFeeIssue::NotOneFullCapture)
        } else if !text(order.members, "purchase_country")
            .is_some_and(|c| RETURN_FEE_MARKETS.iter().any(|m| m.eq_ignore_ascii_case(c)))
        {
            Some(ReturnFeeIssue::Market)
        } else {
            None
        };
        if let Some(issue) = issue {
            at(
                "order_lines",
                report,
                Problem::ReturnFeeNotAllowed { issue },
            );
        }
    }
}

/// Whether the refund carries a `return_fee` line.
fn return_fee(call: &Call<'_, '_>) -> bool {
    match member(call.body, "order_lines") {
        Some(Value::Array(lines)) => lines.iter().any(|l| {
            matches!(l.get("type"), Some(Value::String(t)) if t.eq_ignore_ascii_case("return_fee"))
        }),
        _ => false,
    }
}
