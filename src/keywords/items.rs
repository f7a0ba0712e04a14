//! `items`, `minItems`, `maxItems` and `uniqueItems` of an array.
//!
//! An array over `maxItems` is reported and only its first `maxItems` items are walked (the
//! pass in `src/schema.rs` reads the rest for syntax only), so a 100 000-line cart costs one
//! violation, not 100 000 reports.

use crate::error::Problem;
use crate::path::Path;
use crate::report::Report;
use crate::schema::ArrayRules;

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

/// `uniqueItems` over the walked items, given as spans of the (already checked) text. Items
/// are compared by their text without insignificant whitespace, sorted, so equal items are
/// neighbours: O(n log n), memory one copy of the items' text, no trees. (Two items that differ
/// only in how a string is escaped count as different: the check is a warning, and may miss
/// those.)
pub(crate) fn check_unique(
    text: &str,
    spans: &[std::ops::Range<usize>],
    path: &Path<'_>,
    report: &mut Report,
) {
    let items: Vec<String> = spans.iter().map(|s| compact(&text[s.clone()])).collect();
    let mut order: Vec<usize> = (0..items.len()).collect();
    // Stable: equal items stay in index order, so each run starts with its first item.
    order.sort_by(|&a, &b| items[a].cmp(&items[b]));
    // (duplicate, first) of each run of equal items; the run's first item is the earliest.
    let mut found: Option<(usize, usize)> = None;
    let mut run_start = 0;
    for k in 1..order.len() {
        if items[order[k - 1]] == items[order[k]] {
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

/// JSON text without the whitespace between tokens (strings kept as written).
fn compact(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => in_string = false,
                _ => escaped = false,
            }
        } else if !c.is_ascii_whitespace() {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::path::Path;
    use crate::report::Report;

    fn duplicate(text: &str) -> Option<String> {
        let mut report = Report::new(&crate::Options::default());
        // The items' spans, as the pass records them: here, one item per line.
        let mut spans = Vec::new();
        let mut at = 0;
        for line in text.split('\n') {
            spans.push(at..at + line.len());
            at += line.len() + 1;
        }
        super::check_unique(text, &spans, &Path::ROOT, &mut report);
        report.warnings.first().map(|e| e.message.clone())
    }

    #[test]
    fn the_first_repeated_item_and_the_item_it_repeats() {
        assert_eq!(duplicate("1\n2\n3"), None);
        let says = |d: usize, f: usize| {
            Some(format!(
                "the payload must not repeat an item: item [{d}] equals item [{f}]"
            ))
        };
        assert_eq!(duplicate("\"a\"\n\"b\"\n\"a\"\n\"b\""), says(2, 0));
        assert_eq!(duplicate("\"a\"\n\"b\"\n\"b\"\n\"a\""), says(2, 1));
        assert_eq!(duplicate("{\"x\":1}\n[1]\n{ \"x\" : 1 }\n[1]"), says(2, 0));
        assert_eq!(duplicate("null\nfalse\n0\n\"\"\n[]\n{}"), None);
        // Numbers by their text, members in order, strings as written.
        assert_eq!(
            duplicate("1\n1.0\n{\"a\":1,\"b\":2}\n{\"b\":2,\"a\":1}\n\"a b\"\n\"ab\""),
            None
        );
    }
}
