//! `emd_account_identifier`: the shop's id for the shopper's account, at most 24 characters
//! in Klarna's 2021 schema (Klarna's current examples send 25, so a warning), and not empty
//! (guests get no account package). Only its length is ever shown: it may be an e-mail.

use crate::error::{IdentifierIssue, Problem};
use crate::path::Path;
use crate::report::Report;

pub(crate) fn check(s: &str, path: &Path<'_>, report: &mut Report) {
    let length = s.chars().count();
    let issue = match length {
        0 => IdentifierIssue::Empty,
        1..=24 => return,
        _ => IdentifierIssue::TooLong(length),
    };
    report.push(path, Problem::EmdAccountIdentifier { issue });
}
