//! `merchant_urls`: where Klarna sends the customer and the notifications.

use crate::schema::{Field, ObjectSchema, StringRules, Type};

pub static MERCHANT_URLS: ObjectSchema = ObjectSchema {
    name: "merchant_urls",
    fields: &[
        Field::optional("confirmation", Type::String(StringRules::max(2000))),
        Field::optional("notification", Type::String(StringRules::max(2000))),
        Field::optional("push", Type::String(StringRules::max(2000))),
        Field::optional("authorization", Type::String(StringRules::max(2000))),
    ],
};
