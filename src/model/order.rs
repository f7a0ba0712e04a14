//! `create_order_request`: POST /payments/v1/authorizations/{authorizationToken}/order.

use crate::keywords::format::Format;
use crate::keywords::pattern::Pattern;
use crate::model::address::ADDRESS;
use crate::model::customer::CUSTOMER;
use crate::model::merchant_urls::MERCHANT_URLS;
use crate::model::order_line::ORDER_LINE_TYPE;
use crate::model::payment_method_category::PAYMENT_METHOD_CATEGORY_TYPE;
use crate::model::ANY_STRING;
use crate::schema::{
    ArrayRules, Field, IgnoredField, IntegerRules, ObjectSchema, StringRules, Type,
};

/// `order_lines` of the Payments API: 1 to 1000 lines.
pub(crate) const CART_LINES: Type = Type::Array(ArrayRules {
    min_items: 1,
    max_items: Some(1000),
    ..ArrayRules::of(&ORDER_LINE_TYPE)
});

/// Read-only `payment_method_categories`, unique items.
pub(crate) const PAYMENT_METHOD_CATEGORIES: Type = Type::Array(ArrayRules {
    unique: true,
    ..ArrayRules::of(&PAYMENT_METHOD_CATEGORY_TYPE)
});

pub static SESSION_STATUSES: &[&str] = &["complete", "incomplete"];

pub static CREATE_ORDER_REQUEST: ObjectSchema = ObjectSchema {
    name: "create_order_request",
    fields: &[
        Field::read_only("authorization_token", Type::String(StringRules::ANY)),
        Field::optional("auto_capture", Type::Boolean),
        Field::optional("billing_address", Type::Object(&ADDRESS)),
        Field::optional(
            "custom_payment_method_ids",
            Type::Array(ArrayRules::of(&ANY_STRING)),
        ),
        Field::optional("customer", Type::Object(&CUSTOMER)),
        Field::optional(
            "locale",
            Type::String(StringRules::pattern(Pattern::Locale).format(Format::Locale)),
        ),
        Field::optional("merchant_data", Type::String(StringRules::max(6000))),
        Field::optional("merchant_reference1", Type::String(StringRules::max(255))),
        Field::optional("merchant_reference2", Type::String(StringRules::max(255))),
        Field::optional("merchant_urls", Type::Object(&MERCHANT_URLS)),
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
    ],
    ignored: &[IgnoredField {
        name: "attachment",
        why: "is not read at create-order: Klarna removed attachment from create_order_request in 2022 and does not validate extra merchant data here; send it in authorize() or a session update",
    }],
    ..ObjectSchema::DEFAULT
};
