//! `minLength` / `maxLength`, counted in Unicode code points as JSON Schema counts them
//! (so "Åsa" is 3 long, as Klarna's docs count it, not 4 UTF-8 bytes).

use crate::error::Problem;
use crate::path::Path;
use crate::report::Report;
use crate::schema::StringRules;

pub(crate) fn check(s: &str, rules: &StringRules, path: &Path<'_>, report: &mut Report) {
    // Fast path: the byte length bounds the code-point count from above.
    let max_ok = rules.max_length.is_none_or(|max| s.len() <= max as usize);
    // ...and a code point is at most 4 bytes, so the byte length bounds it from below.
    let min_ok = rules.min_length as usize <= s.len() / 4;
    if max_ok && min_ok {
        return;
    }
    let count = s.chars().count();
    if count < rules.min_length as usize {
        report.push(
            path,
            Problem::MinLength {
                minimum: rules.min_length,
                actual: count,
            },
        );
    }
    if let Some(max) = rules.max_length {
        if count > max as usize {
            report.push(
                path,
                Problem::MaxLength {
                    maximum: max,
                    actual: count,
                },
            );
        }
    }
}
