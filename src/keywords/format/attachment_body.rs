//! `attachment_body`: `attachment.body` is extra merchant data serialized to a string, so the
//! string must be the JSON text of an object (the spec: "The body should be an object …
//! serialized to JSON"). It is read for syntax only, building nothing: what is inside the object
//! is a later check; here only its envelope.

use crate::error::Problem;
use crate::json::{Parser, SyntaxReason};
use crate::path::Path;
use crate::report::Report;

pub(crate) fn check(s: &str, path: &Path<'_>, report: &mut Report) {
    let mut reader = Parser::new(s);
    reader.skip_ws();
    let object = reader.peek() == Some(b'{');
    let syntax = reader.skip(0).and_then(|()| {
        reader.skip_ws();
        if reader.pos == reader.bytes.len() {
            Ok(())
        } else {
            Err(reader.error(SyntaxReason::TrailingCharacters))
        }
    });
    match (syntax, object) {
        (Ok(()), true) => {}
        (Ok(()), false) => report.push(path, Problem::AttachmentBody { syntax: false }),
        (Err(_), _) => report.push(path, Problem::AttachmentBody { syntax: true }),
    }
}
