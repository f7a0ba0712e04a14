//! Members a schema does not define. Klarna ignores them, so they are warnings; but a typo
//! (`purchase_countyr`) silently drops a field, so the warning names the closest known field.
//! A field the schema used to have ([`ObjectSchema::ignored`]) says where it belongs now, and
//! one of the document's top-level fields nested too deep ([`ObjectSchema::root`]) says so.

use crate::error::{Problem, Severity};
use crate::path::Path;
use crate::report::Report;
use crate::schema::ObjectSchema;

pub(crate) fn check(
    schema: &'static ObjectSchema,
    key: &str,
    path: &Path<'_>,
    report: &mut Report,
) {
    if let Some(ignored) = schema.ignored.iter().find(|f| f.name == key) {
        report.push(path, Problem::IgnoredField { why: ignored.why });
        return;
    }
    if let Some(refused) = schema.refused.iter().find(|f| f.name == key) {
        report.push(path, Problem::RefusedField { why: refused.why });
        return;
    }
    if schema
        .root
        .is_some_and(|root| root.field_index(key).is_some())
    {
        report.push(path, Problem::EmdNestedPackage);
        return;
    }
    // Past the report's limit nothing more is listed: no suggestion to look for either.
    let suggestion = if report.has_room(Severity::Warning) {
        closest_field(schema, key)
    } else {
        None
    };
    report.push(
        path,
        Problem::UnknownField {
            schema: schema.name,
            suggestion,
        },
    );
}

/// The known field nearest to `key`, if it is close enough to be a typo: at most 2 edits,
/// and fewer than a third of the key's length. Case differences count as typos too.
fn closest_field(schema: &ObjectSchema, key: &str) -> Option<&'static str> {
    if key.len() > 64 {
        return None;
    }
    let key = key.to_ascii_lowercase();
    let limit = 2.min(key.chars().count().div_ceil(3));
    schema
        .fields
        .iter()
        // A length difference past the limit is already too many edits.
        .filter(|f| f.name.chars().count().abs_diff(key.chars().count()) <= limit)
        .map(|f| (edit_distance(&key, f.name), f.name))
        .filter(|&(d, _)| d <= limit)
        .min_by_key(|&(d, _)| d)
        .map(|(_, name)| name)
}

/// Optimal string alignment distance: insertions, deletions, substitutions and swaps of
/// neighbours each cost 1 (`cutomer` → `customer` is 1, `purchase_countyr` → `…country` is 1).
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let width = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * width];
    for (i, row) in d.chunks_mut(width).enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[..width].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[(i - 1) * width + j] + 1)
                .min(d[i * width + j - 1] + 1)
                .min(d[(i - 1) * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[(i - 2) * width + j - 2] + 1);
            }
            d[i * width + j] = best;
        }
    }
    d[a.len() * width + b.len()]
}

#[cfg(test)]
mod tests {
    use super::edit_distance;

    #[test]
    fn distances() {
        assert_eq!(edit_distance("cutomer_token", "customer_token"), 1);
        assert_eq!(edit_distance("purchase_countyr", "purchase_country"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("abc", "abc"), 0);
    }
}
