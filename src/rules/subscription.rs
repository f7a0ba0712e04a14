//! `subscription_details`: a token order should carry the subscription object on its lines
//! (Klarna's recurring-payments page: "Make sure to also
//! include subscription details in the subscription object"). A warning: not every customer
//! token is a subscription.

use super::Cart;
use crate::error::Problem;
use crate::path::Path;
use crate::report::Report;

/// Registered for token orders only (`CROSS_FIELD_RULES`).
pub(crate) fn check(cart: &Cart<'_, '_>, report: &mut Report) {
    let lines = &cart.lines;
    if !lines.is_empty()
        && !lines
            .iter()
            .any(|l| super::object(l.members, "subscription").is_some())
    {
        report.push(
            &Path::ROOT.key("order_lines"),
            Problem::SubscriptionDetails {
                context: "a token order",
            },
        );
    }
}
