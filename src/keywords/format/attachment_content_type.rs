//! `attachment_content_type`: extra merchant data is sent as
//! `application/vnd.klarna.internal.emd-v2+json`, the only content type any Klarna source
//! documents or uses (a warning: the specs say "usually").

use crate::error::{Problem, EMD_CONTENT_TYPE};
use crate::path::Path;
use crate::report::Report;

pub(crate) fn check(s: &str, path: &Path<'_>, report: &mut Report) {
    if !s.eq_ignore_ascii_case(EMD_CONTENT_TYPE) {
        report.push(path, Problem::AttachmentContentType);
    }
}
