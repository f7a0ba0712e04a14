//! `Update merchant references`: PATCH /ordermanagement/v1/orders/{order_id}/merchant-references.
//! A reference sent replaces the old one; `""` clears it.

use crate::schema::{Field, ObjectSchema, StringRules, Type};

pub static UPDATE_MERCHANT_REFERENCES: ObjectSchema = ObjectSchema {
    name: "Update merchant references",
    fields: &[
        Field::optional("merchant_reference1", Type::String(StringRules::max(255))),
        Field::optional("merchant_reference2", Type::String(StringRules::max(255))),
    ],
    ..ObjectSchema::DEFAULT
};
