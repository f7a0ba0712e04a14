//! `authorization_below_captured`, `authorization_not_allowed`, `authorization_increase`: an
//! authorization update never goes below what was captured, is refused once the order is fully
//! captured, cancelled, closed or expired, and an increase is a new risk assessment that only
//! some payment methods allow.

use super::{at, Call};
use crate::error::Problem;
use crate::report::Report;

/// The payment methods Klarna lets an authorization grow for (its OM docs; the list drifts).
pub(crate) const INCREASE_METHODS: &[&str] = &[
    "INVOICE",
    "B2B_INVOICE",
    "INVOICE_BUSINESS",
    "BASE_ACCOUNT",
    "ACCOUNT",
    "DIRECT_DEBIT",
    "FIXED_AMOUNT",
];

pub(crate) fn check(call: &Call<'_, '_>, report: &mut Report) {
    let order = &call.order;
    let closed = match order.status() {
        Some(s @ ("CAPTURED" | "CANCELLED" | "CLOSED" | "EXPIRED")) => Some(s),
        _ if call.expired() => Some("EXPIRED"),
        _ => None,
    };
    if let Some(status) = closed {
        at("", report, Problem::AuthorizationNotAllowed { status });
        return;
    }
    let Some(actual) = call.body_amount("order_amount") else {
        return;
    };
    if let Some(captured) = order.amount("captured_amount") {
        if actual < captured {
            let problem = Problem::AuthorizationBelowCaptured { captured, actual };
            at("order_amount", report, problem);
            return;
        }
    }
    if let Some(before) = order.amount("order_amount") {
        let method = order.payment_method_type();
        let allowed =
            method.is_some_and(|m| INCREASE_METHODS.iter().any(|a| a.eq_ignore_ascii_case(m)));
        if actual > before && !allowed {
            let payment_method = method
                .filter(|m| m.bytes().all(|b| b.is_ascii_uppercase() || b == b'_') && m.len() <= 40)
                .map(str::to_string);
            let problem = Problem::AuthorizationIncrease {
                before,
                actual,
                payment_method,
            };
            at("order_amount", report, problem);
        }
    }
}
