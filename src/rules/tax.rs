//! `tax_formula`, `sales_tax`, `discount_tax_rate`: the tax of each line.
//!
//! Klarna: total_tax_amount must be within ±1 of
//! total_amount − total_amount × 10000 / (10000 + tax_rate), tax_rate in hundredths of a
//! percent (2500 = 25%). Klarna compares with an integer "calculated value" whose rounding is
//! not documented, so a line is rejected only when no rounding of the exact value brings it
//! within 1: the accepted range is ⌊exact⌋ − 1 ..= ⌈exact⌉ + 1, computed in integers.

use super::Cart;
use crate::error::Problem;
use crate::path::Path;
use crate::report::Report;

/// Klarna's tax of a line, exactly: total × rate / (10000 + rate), as (numerator, denominator).
fn exact_tax(total: i64, rate: i64) -> (i128, i128) {
    (
        i128::from(total) * i128::from(rate),
        10_000 + i128::from(rate),
    )
}

/// The exact tax rounded half away from zero, as shown in `expected`.
pub fn klarna_tax(total: i64, rate: i64) -> i64 {
    let (num, den) = exact_tax(total, rate);
    let rounded = (2 * num + num.signum() * den) / (2 * den);
    rounded as i64
}

pub(crate) fn check(cart: &Cart<'_, '_>, report: &mut Report) {
    let lines = &cart.lines;
    let lines_path = Path::ROOT.key("order_lines");
    let us_convention = lines.iter().any(|l| l.is("sales_tax"));
    // Tax rates of the goods and fees, which discount lines should repeat.
    let goods_rates: Vec<i64> = lines
        .iter()
        .filter(|l| !l.is_reduction() && !l.is("sales_tax"))
        .filter_map(|l| l.tax_rate)
        .collect();

    for line in lines {
        let line_path = lines_path.index(line.index);
        if let (Some(total), Some(rate), Some(tax)) =
            (line.total_amount, line.tax_rate, line.total_tax_amount)
        {
            // Under the US convention every rate must be 0; `sales_tax` below says so, once.
            if (0..=10_000).contains(&rate) && !us_convention {
                let (num, den) = exact_tax(total, rate);
                let floor = num.div_euclid(den);
                let ceil = floor + i128::from(num.rem_euclid(den) != 0);
                let t = i128::from(tax);
                if t < floor - 1 || t > ceil + 1 {
                    let gross = (i128::from(tax) * 10_000 - i128::from(total) * i128::from(rate))
                        .abs()
                        <= 10_000;
                    report.push(
                        &line_path.key("total_tax_amount"),
                        Problem::TaxFormula {
                            expected: klarna_tax(total, rate),
                            actual: tax,
                            gross_percentage: gross && rate != 0,
                        },
                    );
                }
            }
        }
        if us_convention {
            for (field, value) in [
                ("tax_rate", line.tax_rate),
                ("total_tax_amount", line.total_tax_amount),
            ] {
                if let Some(actual) = value.filter(|&v| v != 0) {
                    report.push(&line_path.key(field), Problem::SalesTax { actual });
                }
            }
        }
        // A capture or refund may ship a discount apart from the goods it discounts.
        let whole_cart = cart.kind.api() != crate::Api::OrderManagement;
        if whole_cart && line.is("discount") && !goods_rates.is_empty() {
            if let Some(actual) = line.tax_rate.filter(|r| !goods_rates.contains(r)) {
                report.push(
                    &line_path.key("tax_rate"),
                    Problem::DiscountTaxRate { actual },
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::klarna_tax;

    #[test]
    fn worked_examples() {
        // 10% of 5000 gross is 455 (not 500).
        assert_eq!(klarna_tax(5000, 1000), 455);
        // 25% VAT on 10000 is 2000; 20% on 9500 is 1583.
        assert_eq!(klarna_tax(10_000, 2500), 2000);
        assert_eq!(klarna_tax(9500, 2000), 1583);
        // Discount lines are negative.
        assert_eq!(klarna_tax(-500, 2500), -100);
        assert_eq!(klarna_tax(-14_950, 2500), -2990);
        assert_eq!(klarna_tax(0, 2500), 0);
    }
}
