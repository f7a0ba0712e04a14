//! `merchant_urls`: where Klarna sends the customer and the notifications.

use crate::keywords::format::Format;
use crate::schema::{Field, ObjectSchema, StringRules, Type};

pub static MERCHANT_URLS: ObjectSchema = ObjectSchema {
    name: "merchant_urls",
    fields: &[
        Field::optional(
            "confirmation",
            Type::String(StringRules::max(2000).format(Format::MerchantUrl)),
        ),
        Field::optional(
            "notification",
            Type::String(StringRules::max(2000).format(Format::MerchantUrl)),
        ),
        Field::optional(
            "push",
            Type::String(StringRules::max(2000).format(Format::MerchantUrl)),
        ),
        Field::optional(
            "authorization",
            Type::String(StringRules::max(2000).format(Format::MerchantUrl)),
        ),
    ],
    ..ObjectSchema::DEFAULT
};
