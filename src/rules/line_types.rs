//! `line_sign` and `gift_card_tax`: what each order line type implies.
//! Reductions (discount, gift_card, store_credit) and a refund's return_fee are negative; gift cards and store credit
//! carry no tax. Warnings: Klarna's enforcement of these is not established.

use super::Cart;
use crate::error::Problem;
use crate::path::Path;
use crate::report::Report;

pub(crate) fn check(cart: &Cart<'_, '_>, report: &mut Report) {
    let lines = &cart.lines;
    let lines_path = Path::ROOT.key("order_lines");
    for line in lines {
        let line_path = lines_path.index(line.index);
        let line_type = line.line_type.unwrap_or("physical");
        if let Some(total) = line.total_amount {
            let reduction = line.is_negative_by_type();
            if (reduction && total > 0) || (!reduction && total < 0) {
                report.push(
                    &line_path.key("total_amount"),
                    Problem::LineSign {
                        line_type,
                        negative: total < 0,
                    },
                );
            }
        }
        if line.is("gift_card") || line.is("store_credit") {
            for (field, value) in [
                ("tax_rate", line.tax_rate),
                ("total_tax_amount", line.total_tax_amount),
            ] {
                if let Some(actual) = value.filter(|&v| v != 0) {
                    report.push(
                        &line_path.key(field),
                        Problem::GiftCardTax { line_type, actual },
                    );
                }
            }
        }
    }
}
