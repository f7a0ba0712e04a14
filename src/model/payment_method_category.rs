//! `payment_method_category` and `asset_urls`: read-only data Klarna returns; a request that
//! echoes them back is still checked for shape.

use crate::schema::{Field, ObjectSchema, StringRules, Type};

pub static ASSET_URLS: ObjectSchema = ObjectSchema {
    name: "asset_urls",
    fields: &[
        Field::optional("descriptive", Type::String(StringRules::ANY)),
        Field::optional("standard", Type::String(StringRules::ANY)),
    ],
    ..ObjectSchema::DEFAULT
};

pub static PAYMENT_METHOD_CATEGORY: ObjectSchema = ObjectSchema {
    name: "payment_method_category",
    fields: &[
        Field::optional("asset_urls", Type::Object(&ASSET_URLS)),
        Field::optional("identifier", Type::String(StringRules::ANY)),
        Field::optional("name", Type::String(StringRules::ANY)),
    ],
    ..ObjectSchema::DEFAULT
};

pub(crate) static PAYMENT_METHOD_CATEGORY_TYPE: Type = Type::Object(&PAYMENT_METHOD_CATEGORY);
