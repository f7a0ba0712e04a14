//! `enum` and `enum_case`: the value must be one of a fixed list. Klarna compares without
//! regard to case (`intended_use: "subscription"` and `acquiring_channel: "ecommerce"` were
//! answered 200), so another case is a warning naming the spec's form, and only a value that
//! matches nothing is an error. The value is shown back only in the first case; anything else
//! may be free text in the wrong field. Extra merchant data lists its values in lowercase
//! and says nothing of case, so there (`StringRules::exact`) another case is `emd_enum_case`.

use crate::error::Problem;
use crate::keywords::pattern::echo_code;
use crate::path::Path;
use crate::report::Report;
use crate::schema::StringRules;

pub(crate) fn check(s: &str, rules: &StringRules, path: &Path<'_>, report: &mut Report) {
    let allowed = rules.allowed;
    if allowed.is_empty() || allowed.contains(&s) {
        return;
    }
    let problem = match (canonical(allowed, s), rules.exact) {
        (Some(canonical), false) => Problem::EnumCase {
            canonical,
            actual: echo_code(s),
        },
        (Some(canonical), true) => Problem::EmdEnumCase { canonical },
        (None, _) => Problem::Enum { allowed },
    };
    report.push(path, problem);
}

/// The allowed value `s` names, in any case: how the rules read an enum, as Klarna does.
pub fn canonical(allowed: &'static [&'static str], s: &str) -> Option<&'static str> {
    allowed.iter().find(|a| a.eq_ignore_ascii_case(s)).copied()
}
