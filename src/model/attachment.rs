//! `attachment`: extra merchant data (EMD), a JSON document sent as a string. What the body
//! holds is checked against [`crate::model::emd`] by the `emd` rules (`src/rules/emd/`), once
//! the request is read: they also compare it with the request's `shipping_address`.

use crate::keywords::format::Format;
use crate::schema::{Field, ObjectSchema, StringRules, Type};

pub static ATTACHMENT: ObjectSchema = ObjectSchema {
    name: "attachment",
    fields: &[
        Field::required("body", Type::String(StringRules::ANY)),
        Field::required(
            "content_type",
            Type::String(StringRules::ANY.format(Format::AttachmentContentType)),
        ),
    ],
    ..ObjectSchema::DEFAULT
};
