//! `line_total`, `order_total`, `order_tax_total`: the sums Klarna recomputes.
//!
//! line: total_amount = quantity × unit_price − total_discount_amount
//! order: order_amount = Σ total_amount; order_tax_amount = Σ total_tax_amount, except under
//! the US convention, where it is the sales_tax line's total_amount.

use super::{all_present, int, present, Cart, Line};
use crate::error::Problem;
use crate::path::Path;
use crate::report::Report;

pub(crate) fn check(cart: &Cart<'_, '_>, report: &mut Report) {
    let (root, lines) = (cart.root, &cart.lines[..]);
    let lines_path = Path::ROOT.key("order_lines");
    for line in lines {
        let (Some(q), Some(p), Some(total)) = (line.quantity, line.unit_price, line.total_amount)
        else {
            continue;
        };
        // An absent discount is 0; a discount of the wrong type was reported already.
        let discount = match line.total_discount_amount {
            Some(d) => d,
            None if present(line.members, "total_discount_amount") => continue,
            None => 0,
        };
        let expected = i128::from(q) * i128::from(p) - i128::from(discount);
        if expected != i128::from(total) {
            // Beyond i64 the expected total is shown saturated; the error itself must stand.
            let expected = expected.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64;
            let line_path = lines_path.index(line.index);
            report.push(
                &line_path.key("total_amount"),
                Problem::LineTotal {
                    expected,
                    actual: total,
                },
            );
        }
    }
    // A sum over part of the cart (over 1000 lines, or lines of the wrong type, both already
    // reported) would only add noise. The order sums are a cart's: a capture's or refund's
    // lines against its amount are `om_lines_total` (src/rules/om.rs).
    if lines.is_empty() || !cart.whole || cart.kind.api() == crate::Api::OrderManagement {
        return;
    }
    if let (Some(actual), Some(sum)) = (
        int(root, "order_amount"),
        all_present(lines, |l| l.total_amount),
    ) {
        if let Ok(expected) = i64::try_from(sum) {
            if expected != actual {
                report.push(
                    &Path::ROOT.key("order_amount"),
                    Problem::OrderTotal { expected, actual },
                );
            }
        }
    }
    if let Some(actual) = int(root, "order_tax_amount") {
        let sales_tax: Vec<&Line<'_, '_>> = lines.iter().filter(|l| l.is("sales_tax")).collect();
        let expected = if sales_tax.is_empty() {
            lines
                .iter()
                .map(|l| match l.total_tax_amount {
                    Some(t) => Some(i128::from(t)),
                    None if present(l.members, "total_tax_amount") => None,
                    None => Some(0),
                })
                .sum::<Option<i128>>()
        } else {
            sales_tax
                .iter()
                .map(|l| l.total_amount.map(i128::from))
                .sum()
        };
        if let Some(Ok(expected)) = expected.map(i64::try_from) {
            if expected != actual {
                report.push(
                    &Path::ROOT.key("order_tax_amount"),
                    Problem::OrderTaxTotal {
                        expected,
                        actual,
                        sales_tax: !sales_tax.is_empty(),
                    },
                );
            }
        }
    }
}
