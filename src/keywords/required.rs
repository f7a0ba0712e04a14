//! `required` and `required_by_spec`: fields that must be present, reported at the object's
//! path + the field name, in schema order, after the members that are present. A field the spec
//! requires but Klarna accepts without ([`Presence::RequiredBySpec`]) is only a warning.

use crate::error::Problem;
use crate::path::Path;
use crate::report::Report;
use crate::schema::{ObjectSchema, Presence};

pub(crate) fn check(schema: &ObjectSchema, given: u64, path: &Path<'_>, report: &mut Report) {
    for (i, field) in schema.fields.iter().enumerate() {
        if given & (1 << i) != 0 {
            continue;
        }
        match field.presence {
            Presence::Required => report.push(&path.key(field.name), Problem::Required),
            Presence::RequiredBySpec => report.push(&path.key(field.name), Problem::RequiredBySpec),
            Presence::Optional | Presence::ReadOnly => {}
        }
    }
}
