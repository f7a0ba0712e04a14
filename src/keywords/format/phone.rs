//! `phone`: digits and the usual separators (a warning).

use crate::error::Problem;
use crate::path::Path;
use crate::report::Report;

/// 5 to 15 digits (E.164 allows 15), a leading `+`, and the usual separators.
pub(crate) fn check(s: &str, path: &Path<'_>, report: &mut Report) {
    if !s.is_empty() && !plausible_phone(s) {
        report.push(path, Problem::Phone);
    }
}

pub(crate) fn plausible_phone(s: &str) -> bool {
    let body = s.trim().strip_prefix('+').unwrap_or(s.trim());
    let allowed = body
        .chars()
        .all(|c| c.is_ascii_digit() || " -().//".contains(c));
    let digits = body.chars().filter(char::is_ascii_digit).count();
    allowed && (5..=15).contains(&digits)
}
