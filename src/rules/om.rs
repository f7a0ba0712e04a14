//! `om_lines_total`, `return_fee_total`, `om_lines_replaced`: the amounts of a capture, a refund
//! and an authorization update against their order lines. Klarna documents no rejection of a
//! capture or refund whose lines do not sum to its amount (ORDER-MANAGEMENT.md §4), so that is a
//! warning; a refund carrying a return fee must sum exactly (Klarna's refund docs), an error.
//! What the order allows (the remaining authorization, what was captured) is `src/state/`'s.

use super::{all_present, int, present, Cart};
use crate::error::Problem;
use crate::path::Path;
use crate::report::Report;
use crate::PayloadKind;

pub(crate) fn check(cart: &Cart<'_, '_>, report: &mut Report) {
    let amount_field = match cart.kind {
        PayloadKind::Capture => "captured_amount",
        PayloadKind::Refund => "refunded_amount",
        _ => "order_amount",
    };
    if cart.kind == PayloadKind::UpdateAuthorization && !present(cart.root, "order_lines") {
        report.push(&Path::ROOT.key("order_lines"), Problem::OmLinesReplaced);
    }
    let lines = &cart.lines;
    let (Some(actual), true, false) = (int(cart.root, amount_field), cart.whole, lines.is_empty())
    else {
        return;
    };
    let Some(Ok(expected)) = all_present(lines, |l| l.total_amount).map(i64::try_from) else {
        return;
    };
    if expected == actual {
        return;
    }
    let path = Path::ROOT.key(amount_field);
    let return_fee = cart.kind == PayloadKind::Refund && lines.iter().any(|l| l.is("return_fee"));
    let problem = if return_fee {
        Problem::ReturnFeeTotal { expected, actual }
    } else {
        Problem::OmLinesTotal { expected, actual }
    };
    report.push(&path, problem);
}
