//! `customer`: the person or organization paying.

use crate::keywords::format::Format;
use crate::keywords::pattern::Pattern;
use crate::schema::{Field, ObjectSchema, StringRules, Type};

pub static ORGANIZATION_ENTITY_TYPES: &[&str] = &[
    "LIMITED_COMPANY",
    "PUBLIC_LIMITED_COMPANY",
    "ENTREPRENEURIAL_COMPANY",
    "LIMITED_PARTNERSHIP_LIMITED_COMPANY",
    "LIMITED_PARTNERSHIP",
    "GENERAL_PARTNERSHIP",
    "REGISTERED_SOLE_TRADER",
    "SOLE_TRADER",
    "CIVIL_LAW_PARTNERSHIP",
    "PUBLIC_INSTITUTION",
    "OTHER",
];

pub static CUSTOMER: ObjectSchema = ObjectSchema {
    name: "customer",
    fields: &[
        Field::optional(
            "date_of_birth",
            Type::String(StringRules::ANY.format(Format::Date)),
        ),
        Field::optional("gender", Type::String(StringRules::ANY)),
        Field::optional(
            "last_four_ssn",
            Type::String(StringRules::pattern(Pattern::LastFourSsn)),
        ),
        Field::optional(
            "national_identification_number",
            Type::String(StringRules::ANY),
        ),
        Field::optional(
            "organization_entity_type",
            Type::String(StringRules::one_of(ORGANIZATION_ENTITY_TYPES)),
        ),
        Field::optional(
            "organization_registration_id",
            Type::String(StringRules::ANY),
        ),
        Field::optional("title", Type::String(StringRules::ANY)),
        Field::optional(
            "type",
            Type::String(StringRules::pattern(Pattern::CustomerType)),
        ),
        Field::optional("vat_id", Type::String(StringRules::ANY)),
    ],
    ..ObjectSchema::DEFAULT
};
