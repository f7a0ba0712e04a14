//! `items`, `minItems`, `maxItems` and `uniqueItems` of an array.
//!
//! An array over `maxItems` is reported and only its first `maxItems` items are walked (the
//! pass in `src/schema.rs` reads the rest for syntax only), so a 100 000-line cart costs one
//! violation, not 100 000 reports.

use crate::error::Problem;
use crate::json::Value;
use crate::path::Path;
use crate::report::Report;
use crate::schema::ArrayRules;
use std::cmp::Ordering;

/// `minItems` and `maxItems`, once the array's length is known. `mark` is where the errors
/// list stood when the array began: the array's own violation is listed before its items'.
pub(crate) fn check_count(
    rules: &ArrayRules,
    len: usize,
    path: &Path<'_>,
    report: &mut Report,
    mark: usize,
) {
    if len < rules.min_items as usize {
        report.insert(
            mark,
            path,
            Problem::MinItems {
                minimum: rules.min_items,
                actual: len,
            },
        );
    }
    if let Some(max) = rules.max_items.filter(|&m| len > m as usize) {
        report.insert(
            mark,
            path,
            Problem::MaxItems {
                maximum: max,
                actual: len,
            },
        );
    }
}

/// `uniqueItems` over the walked items, given as spans of the (already checked) text: they are
/// read into values here, the only place a pass needs whole values.
pub(crate) fn check_unique(
    text: &str,
    spans: &[std::ops::Range<usize>],
    path: &Path<'_>,
    report: &mut Report,
) {
    let values: Vec<Value<'_>> = spans
        .iter()
        .filter_map(|span| crate::json::parse(&text[span.clone()]).ok())
        .collect();
    first_repeat(&values, path, report);
}

/// Reports the first item that equals an earlier one (the smallest such index, and the first
/// item it equals). The items are sorted by a total order, so equal items are neighbours:
/// O(n log n) comparisons, with no hashing an attacker could aim collisions at.
fn first_repeat(values: &[Value<'_>], path: &Path<'_>, report: &mut Report) {
    let mut order: Vec<usize> = (0..values.len()).collect();
    // Stable: equal items stay in index order, so each run starts with its first item.
    order.sort_by(|&a, &b| total_order(&values[a], &values[b]));
    // (duplicate, first) of each run of equal items; the run's first item is the earliest.
    let mut found: Option<(usize, usize)> = None;
    let mut run_start = 0;
    for k in 1..order.len() {
        if total_order(&values[order[k - 1]], &values[order[k]]).is_eq() {
            let candidate = (order[k], order[run_start]);
            found = Some(found.map_or(candidate, |f| f.min(candidate)));
        } else {
            run_start = k;
        }
    }
    if let Some((duplicate, first)) = found {
        report.push(path, Problem::UniqueItems { first, duplicate });
    }
}

/// A total order on values that is consistent with `==` (type, then content; numbers by their
/// text, object members in order, as `==` compares them).
fn total_order(a: &Value<'_>, b: &Value<'_>) -> Ordering {
    let rank = |v: &Value<'_>| match v {
        Value::Null => 0,
        Value::Bool(_) => 1,
        Value::Number(_) => 2,
        Value::String(_) => 3,
        Value::Array(_) => 4,
        Value::Object(_) => 5,
    };
    match (a, b) {
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        (Value::Number(x), Value::Number(y)) => x.as_str().cmp(y.as_str()),
        (Value::String(x), Value::String(y)) => x.cmp(y),
        (Value::Array(x), Value::Array(y)) => x
            .len()
            .cmp(&y.len())
            .then_with(|| iter_order(x.iter().zip(y), |(p, q)| total_order(p, q))),
        (Value::Object(x), Value::Object(y)) => x.len().cmp(&y.len()).then_with(|| {
            iter_order(x.iter().zip(y), |((kx, vx), (ky, vy))| {
                kx.cmp(ky).then_with(|| total_order(vx, vy))
            })
        }),
        _ => rank(a).cmp(&rank(b)),
    }
}

/// The first non-equal ordering of a sequence of comparisons.
fn iter_order<T>(pairs: impl Iterator<Item = T>, cmp: impl Fn(T) -> Ordering) -> Ordering {
    pairs
        .map(cmp)
        .find(|o| o.is_ne())
        .unwrap_or(Ordering::Equal)
}

#[cfg(test)]
mod tests {
    use crate::json::parse;
    use crate::path::Path;
    use crate::report::Report;

    fn duplicate(text: &str) -> Option<String> {
        let crate::json::Value::Array(values) = parse(text).unwrap() else {
            unreachable!()
        };
        let mut report = Report::new(&crate::Options::default());
        super::first_repeat(&values, &Path::ROOT, &mut report);
        report.errors.first().map(|e| e.message.clone())
    }

    #[test]
    fn the_first_repeated_item_and_the_item_it_repeats() {
        assert_eq!(duplicate(r#"[1, 2, 3]"#), None);
        let says = |d: usize, f: usize| {
            Some(format!(
                "Bad value: the payload must not repeat an item: item [{d}] equals item [{f}]"
            ))
        };
        assert_eq!(duplicate(r#"["a", "b", "a", "b"]"#), says(2, 0));
        assert_eq!(duplicate(r#"["a", "b", "b", "a"]"#), says(2, 1));
        assert_eq!(duplicate(r#"[{"x":1}, [1], {"x":1}, [1]]"#), says(2, 0));
        assert_eq!(duplicate(r#"[null, false, 0, "", [], {}]"#), None);
        // As `==` compares them: numbers by their text, members in order.
        assert_eq!(duplicate(r#"[1, 1.0, {"a":1,"b":2}, {"b":2,"a":1}]"#), None);
    }
}
