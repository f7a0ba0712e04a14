//! `required`: fields that must be present, reported at the object's path + the field name,
//! in schema order, after the members that are present.

use crate::error::Problem;
use crate::path::Path;
use crate::report::Report;
use crate::schema::ObjectSchema;

pub(crate) fn check(schema: &ObjectSchema, seen: u64, path: &Path<'_>, report: &mut Report) {
    for (i, field) in schema.fields.iter().enumerate() {
        if field.required && seen & (1 << i) == 0 {
            report.push(&path.key(field.name), Problem::Required);
        }
    }
}
