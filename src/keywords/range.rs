//! `type: integer` with `minimum` / `maximum` (and the int64 bound of `format: int64`).
//!
//! Amounts are integers in minor units: a decimal such as `49.99` is its own violation
//! (`integer`), reported instead of the range check it cannot meaningfully take.

use crate::error::Problem;
use crate::json::Number;
use crate::path::Path;
use crate::report::Report;
use crate::schema::IntegerRules;

pub(crate) fn check(n: Number<'_>, rules: &IntegerRules, path: &Path<'_>, report: &mut Report) {
    let Some(value) = n.as_i64() else {
        let problem = if n.is_integer() {
            Problem::Int64Range { actual: n.as_f64() }
        } else {
            Problem::NotInteger { actual: n.as_f64() }
        };
        report.push(path, problem);
        return;
    };
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
