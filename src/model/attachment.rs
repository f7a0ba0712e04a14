//! `attachment`: extra merchant data (EMD), a JSON document sent as a string.

use crate::keywords::format::Format;
use crate::schema::{Field, ObjectSchema, StringRules, Type};

pub static ATTACHMENT: ObjectSchema = ObjectSchema {
    name: "attachment",
    fields: &[
        Field::required(
            "body",
            Type::String(StringRules::ANY.format(Format::AttachmentBody)),
        ),
        Field::required(
            "content_type",
            Type::String(StringRules::ANY.format(Format::AttachmentContentType)),
        ),
    ],
    ..ObjectSchema::DEFAULT
};
