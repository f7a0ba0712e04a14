//! `session_create` (POST /payments/v1/sessions), `session` (POST /payments/v1/sessions/{id},
//! the same fields with none required), and the `options` they carry.
//!
//! Klarna answered 204 to an update with only amounts and lines, and to an empty one
//! (recorded 044, 045): an update is checked against `session`, and its cross-field rules run
//! on what it carries.

use crate::keywords::format::Format;
use crate::keywords::pattern::Pattern;
use crate::model::address::ADDRESS;
use crate::model::attachment::ATTACHMENT;
use crate::model::customer::CUSTOMER;
use crate::model::merchant_urls::MERCHANT_URLS;
use crate::model::order::{CART_LINES, PAYMENT_METHOD_CATEGORIES, SESSION_STATUSES};
use crate::model::ANY_STRING;
use crate::schema::{ArrayRules, Field, IntegerRules, ObjectSchema, StringRules, Type};

pub static ACQUIRING_CHANNELS: &[&str] = &["ECOMMERCE", "IN_STORE", "TELESALES"];
pub static INTENTS: &[&str] = &["buy", "tokenize", "buy_and_tokenize"];

pub static OPTIONS: ObjectSchema = ObjectSchema {
    name: "options",
    fields: &[
        Field::optional(
            "color_border",
            Type::String(StringRules::pattern(Pattern::HexColor)),
        ),
        Field::optional(
            "color_border_selected",
            Type::String(StringRules::pattern(Pattern::HexColor)),
        ),
        Field::optional(
            "color_details",
            Type::String(StringRules::pattern(Pattern::HexColor)),
        ),
        Field::optional(
            "color_text",
            Type::String(StringRules::pattern(Pattern::HexColor)),
        ),
        Field::optional("radius_border", Type::String(StringRules::ANY)),
    ],
    ..ObjectSchema::DEFAULT
};

pub static SESSION_CREATE: ObjectSchema = ObjectSchema {
    name: "session_create",
    fields: &[
        Field::optional(
            "acquiring_channel",
            Type::String(StringRules::one_of(ACQUIRING_CHANNELS)),
        ),
        Field::optional("attachment", Type::Object(&ATTACHMENT)),
        Field::read_only("authorization_token", Type::String(StringRules::ANY)),
        Field::optional("billing_address", Type::Object(&ADDRESS)),
        Field::read_only("client_token", Type::String(StringRules::max(4096))),
        Field::optional(
            "custom_payment_method_ids",
            Type::Array(ArrayRules::of(&ANY_STRING)),
        ),
        Field::optional("customer", Type::Object(&CUSTOMER)),
        Field::optional("design", Type::String(StringRules::ANY)),
        Field::read_only("expires_at", Type::String(StringRules::ANY)),
        Field::optional(
            "locale",
            Type::String(StringRules::pattern(Pattern::Locale).format(Format::Locale)),
        ),
        Field::optional("merchant_data", Type::String(StringRules::max(6000))),
        Field::optional("merchant_reference1", Type::String(StringRules::max(255))),
        Field::optional("merchant_reference2", Type::String(StringRules::max(255))),
        Field::optional("merchant_urls", Type::Object(&MERCHANT_URLS)),
        Field::optional("options", Type::Object(&OPTIONS)),
        Field::required(
            "order_amount",
            Type::Integer(IntegerRules::at_least(0).amount()),
        ),
        Field::required("order_lines", CART_LINES),
        Field::optional(
            "order_tax_amount",
            Type::Integer(IntegerRules::at_least(0).amount()),
        ),
        Field::read_only("payment_method_categories", PAYMENT_METHOD_CATEGORIES),
        Field::required(
            "purchase_country",
            Type::String(StringRules::pattern(Pattern::CountryCode).format(Format::Country)),
        ),
        Field::required(
            "purchase_currency",
            Type::String(StringRules::pattern(Pattern::CurrencyCode).format(Format::Currency)),
        ),
        Field::optional("shipping_address", Type::Object(&ADDRESS)),
        Field::read_only(
            "status",
            Type::String(StringRules::one_of(SESSION_STATUSES)),
        ),
        Field::optional("intent", Type::String(StringRules::one_of(INTENTS))),
    ],
    ..ObjectSchema::DEFAULT
};

/// `session`: the update of a session (and what `authorize()` / `load()` are given).
pub static SESSION: ObjectSchema = SESSION_CREATE.partial("session");
