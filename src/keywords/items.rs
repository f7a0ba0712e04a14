//! `items`, `minItems`, `maxItems` and `uniqueItems` of an array.
//!
//! An array over `maxItems` is reported and only its first `maxItems` items are walked, so a
//! 100 000-line cart costs one violation, not 100 000 reports.

use crate::error::Problem;
use crate::json::Value;
use crate::path::Path;
use crate::report::Report;
use crate::schema::{check_value, ArrayRules};

pub(crate) fn check(
    rules: &'static ArrayRules,
    values: &[Value<'_>],
    path: &Path<'_>,
    report: &mut Report,
) {
    let len = values.len();
    if len < rules.min_items as usize {
        report.push(
            path,
            Problem::MinItems {
                minimum: rules.min_items,
                actual: len,
            },
        );
    }
    let walked = match rules.max_items {
        Some(max) if len > max as usize => {
            report.push(
                path,
                Problem::MaxItems {
                    maximum: max,
                    actual: len,
                },
            );
            &values[..max as usize]
        }
        _ => values,
    };
    for (i, value) in walked.iter().enumerate() {
        check_value(rules.items, value, &path.index(i), report);
    }
    if rules.unique {
        check_unique(walked, path, report);
    }
}

/// Quadratic, but only ever run on short arrays (`uniqueItems` arrays are bounded by
/// `maxItems` in the walk above, and none in Klarna's request schemas is long).
fn check_unique(values: &[Value<'_>], path: &Path<'_>, report: &mut Report) {
    for (duplicate, value) in values.iter().enumerate() {
        if let Some(first) = values[..duplicate].iter().position(|v| v == value) {
            report.push(path, Problem::UniqueItems { first, duplicate });
            return;
        }
    }
}
