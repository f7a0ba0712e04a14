//! `subscription_details`: a token order should carry the subscription object on its lines
//! (Klarna's recurring-payments page: "Make sure to also
//! include subscription details in the subscription object"). A warning: not every customer
//! token is a subscription.

use super::Line;
use crate::error::Problem;
use crate::path::Path;
use crate::report::Report;
use crate::PayloadKind;

pub(crate) fn check(kind: PayloadKind, lines: &[Line<'_, '_>], report: &mut Report) {
    if kind == PayloadKind::TokenOrder
        && !lines.is_empty()
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
