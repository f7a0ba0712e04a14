//! `address`: billing and shipping addresses.

use crate::keywords::format::Format;
use crate::keywords::pattern::Pattern;
use crate::schema::{Field, ObjectSchema, StringRules, Type};

pub static ADDRESS: ObjectSchema = ObjectSchema {
    name: "address",
    fields: &[
        Field::optional("attention", Type::String(StringRules::max(99))),
        Field::optional("city", Type::String(StringRules::max(99))),
        Field::optional(
            "country",
            Type::String(StringRules::pattern(Pattern::CountryCode).format(Format::Country)),
        ),
        Field::optional(
            "email",
            Type::String(StringRules::max(99).format(Format::Email)),
        ),
        Field::optional(
            "family_name",
            Type::String(StringRules::max(99).format(Format::PersonName)),
        ),
        Field::optional(
            "given_name",
            Type::String(StringRules::max(99).format(Format::PersonName)),
        ),
        Field::optional("organization_name", Type::String(StringRules::max(99))),
        Field::optional(
            "phone",
            Type::String(StringRules::max(99).format(Format::Phone)),
        ),
        Field::optional("postal_code", Type::String(StringRules::max(10))),
        Field::optional("region", Type::String(StringRules::max(99))),
        Field::optional("street_address", Type::String(StringRules::max(99))),
        Field::optional("street_address2", Type::String(StringRules::max(99))),
        Field::optional("title", Type::String(StringRules::max(20))),
    ],
    ..ObjectSchema::DEFAULT
};
