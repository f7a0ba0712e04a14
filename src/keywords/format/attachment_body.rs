//! `attachment_body`: `attachment.body` is extra merchant data serialized to a string, so the
//! string must be the JSON text of an object (the spec: "an object … serialized to JSON").
//! What is inside the object is a later check; here only its envelope.

use crate::error::Problem;
use crate::json::{self, Value};
use crate::path::Path;
use crate::report::Report;

pub(crate) fn check(s: &str, path: &Path<'_>, report: &mut Report) {
    let syntax = match json::parse(s) {
        Ok(Value::Object(_)) => return,
        Ok(_) => false,
        Err(_) => true,
    };
    report.push(path, Problem::AttachmentBody { syntax });
}
