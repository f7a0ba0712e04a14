//! `type: integer` with `minimum` / `maximum` (and the int64 bound of `format: int64`).
//!
//! Amounts are integers in minor units: a decimal such as `49.99` is its own violation
//! (`integer`, with the hint `4999`), reported instead of the range check it cannot take.

use crate::error::{Problem, MAX_SAFE_INTEGER};
use crate::json::Number;
use crate::path::Path;
use crate::report::Report;
use crate::schema::IntegerRules;

pub(crate) fn check(n: Number<'_>, rules: &IntegerRules, path: &Path<'_>, report: &mut Report) {
    let Some(value) = n.as_i64() else {
        let problem = if n.is_integer() {
            Problem::Int64Range {
                actual: n.as_str().into(),
            }
        } else {
            Problem::NotInteger {
                actual: n.as_str().into(),
                hint: rules.amount.then(|| minor_units_hint(n.as_f64())).flatten(),
                amount: rules.amount,
            }
        };
        report.push(path, problem);
        return;
    };
    // Past 2^53 the value sent is not the value a JS shop meant: say so, not "too large".
    if !(-MAX_SAFE_INTEGER..=MAX_SAFE_INTEGER).contains(&value) {
        report.push(path, Problem::SafeInteger { actual: value });
        return;
    }
    if let Some(minimum) = rules.minimum {
        if value < minimum {
            report.push(
                path,
                Problem::Minimum {
                    minimum,
                    actual: value,
                },
            );
        }
    }
    if let Some(maximum) = rules.maximum {
        if value > maximum {
            report.push(
                path,
                Problem::Maximum {
                    maximum,
                    actual: value,
                },
            );
        }
    }
}

/// `49.99` → `4999`: the likely intended minor-unit value of a decimal amount with at most
/// two decimals (every currency in Klarna's markets has two).
fn minor_units_hint(value: f64) -> Option<i64> {
    let scaled = value * 100.0;
    let rounded = scaled.round();
    ((scaled - rounded).abs() < 1e-6 && rounded.abs() < 9e15).then_some(rounded as i64)
}
