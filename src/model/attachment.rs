//! `attachment`: extra merchant data (EMD), a JSON document sent as a string.

use crate::schema::{Field, ObjectSchema, StringRules, Type};

pub static ATTACHMENT: ObjectSchema = ObjectSchema {
    name: "attachment",
    fields: &[
        Field::required("body", Type::String(StringRules::ANY)),
        Field::required("content_type", Type::String(StringRules::ANY)),
    ],
};
