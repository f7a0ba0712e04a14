//! `customer_token_creation_request`:
//! POST /payments/v1/authorizations/{authorizationToken}/customer-token.

use crate::keywords::format::Format;
use crate::keywords::pattern::Pattern;
use crate::model::address::ADDRESS;
use crate::model::customer::CUSTOMER;
use crate::schema::{Field, ObjectSchema, StringRules, Type};

pub static INTENDED_USES: &[&str] = &["SUBSCRIPTION"];

pub static CUSTOMER_TOKEN_CREATION_REQUEST: ObjectSchema = ObjectSchema {
    name: "customer_token_creation_request",
    fields: &[
        Field::optional("billing_address", Type::Object(&ADDRESS)),
        Field::optional("customer", Type::Object(&CUSTOMER)),
        Field::required("description", Type::String(StringRules::length(1, 255))),
        Field::required(
            "intended_use",
            Type::String(StringRules::one_of(INTENDED_USES)),
        ),
        Field::required(
            "locale",
            Type::String(StringRules::pattern(Pattern::Locale).format(Format::Locale)),
        ),
        Field::required(
            "purchase_country",
            Type::String(StringRules::pattern(Pattern::CountryCode).format(Format::Country)),
        ),
        Field::required(
            "purchase_currency",
            Type::String(StringRules::pattern(Pattern::CurrencyCode).format(Format::Currency)),
        ),
    ],
};
