//! `customer_token_creation_request`:
//! POST /payments/v1/authorizations/{authorizationToken}/customer-token.
//!
//! The spec requires five fields; Klarna answers an empty body with
//! `Bad value: description, intended_use` (recorded 047) and its docs examples omit
//! purchase_currency with a 200: the other three are `required_by_spec` warnings.

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
        Field::required_by_spec(
            "locale",
            Type::String(StringRules::pattern(Pattern::Locale).format(Format::Locale)),
        ),
        Field::required_by_spec(
            "purchase_country",
            Type::String(StringRules::pattern(Pattern::CountryCode).format(Format::Country)),
        ),
        Field::required_by_spec(
            "purchase_currency",
            Type::String(StringRules::pattern(Pattern::CurrencyCode).format(Format::Currency)),
        ),
    ],
    ..ObjectSchema::DEFAULT
};
