//! `enum`: the value must be one of a fixed list, compared exactly (Klarna's enums are
//! case-sensitive: `intent: "BUY"` is rejected). The value is shown back only when it is an
//! allowed value in the wrong case; anything else may be free text in the wrong field.

use crate::error::Problem;
use crate::keywords::pattern::echo_code;
use crate::path::Path;
use crate::report::Report;

pub(crate) fn check(
    s: &str,
    allowed: &'static [&'static str],
    path: &Path<'_>,
    report: &mut Report,
) {
    if allowed.is_empty() || allowed.contains(&s) {
        return;
    }
    report.push(
        path,
        Problem::Enum {
            allowed,
            actual: allowed
                .iter()
                .any(|a| a.eq_ignore_ascii_case(s))
                .then(|| echo_code(s))
                .flatten(),
        },
    );
}
