//! `person_name`: given_name / family_name as Klarna describes them.

use crate::error::Problem;
use crate::path::Path;
use crate::report::Report;

/// given_name / family_name: "Cannot be only numbers, must be more than 1 character."
/// An empty string is left alone (it is an absent name, not a short one).
pub(crate) fn check(s: &str, path: &Path<'_>, report: &mut Report) {
    let name = s.trim();
    if name.is_empty() {
        return;
    }
    let too_short = name.chars().nth(1).is_none();
    let digits_only = name
        .chars()
        .all(|c| c.is_ascii_digit() || c.is_whitespace());
    if too_short || digits_only {
        report.push(path, Problem::PersonName);
    }
}
