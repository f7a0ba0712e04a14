//! `email`: a plausible address, deliberately loose.

use crate::error::Problem;
use crate::path::Path;
use crate::report::Report;

/// A plausible address: `local@domain.tld`, no spaces. Deliberately loose: an unusual but
/// valid address must never block a checkout.
pub(crate) fn check(s: &str, path: &Path<'_>, report: &mut Report) {
    if !s.is_empty() && !plausible_email(s) {
        report.push(path, Problem::Email);
    }
}

pub(crate) fn plausible_email(s: &str) -> bool {
    let Some((local, domain)) = s.rsplit_once('@') else {
        return false;
    };
    let label_ok = |label: &str| {
        !label.is_empty()
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| c.is_alphanumeric() || c == '-')
    };
    !local.is_empty()
        && !s.chars().any(char::is_whitespace)
        && domain.contains('.')
        && domain.split('.').all(label_ok)
}
