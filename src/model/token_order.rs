//! `customer_token_order`: POST /customer-token/v1/tokens/{customerToken}/order, with the
//! Customer Token API's own copies of `order_line`, `address`, `merchant_urls` and
//! `subscription`, whose limits differ from the Payments API's (KLARNA-RULES.md, "Limits").

use crate::keywords::format::Format;
use crate::keywords::pattern::Pattern;
use crate::model::attachment::ATTACHMENT;
use crate::model::order_line::{ORDER_LINE_TYPES, PRODUCT_IDENTIFIERS, SUBSCRIPTION_INTERVALS};
use crate::schema::{ArrayRules, Field, IntegerRules, ObjectSchema, StringRules, Type};

/// Largest `unit_price` / `total_amount` in the Customer Token API spec.
pub const TOKEN_MAX_AMOUNT: i64 = 100_000_000;

pub static TOKEN_SUBSCRIPTION: ObjectSchema = ObjectSchema {
    name: "subscription",
    fields: &[
        Field::required("name", Type::String(StringRules::ANY)),
        Field::required(
            "interval",
            Type::String(StringRules::one_of(SUBSCRIPTION_INTERVALS)),
        ),
        Field::required("interval_count", Type::Integer(IntegerRules::at_least(1))),
    ],
    ..ObjectSchema::DEFAULT
};

pub static TOKEN_ORDER_LINE: ObjectSchema = ObjectSchema {
    name: "order_line",
    fields: &[
        Field::optional(
            "image_url",
            Type::String(StringRules::max(1024).format(Format::Url)),
        ),
        Field::optional("merchant_data", Type::String(StringRules::max(255))),
        Field::required("name", Type::String(StringRules::length(1, 255))),
        Field::optional("product_identifiers", Type::Object(&PRODUCT_IDENTIFIERS)),
        Field::optional(
            "product_url",
            Type::String(StringRules::max(1024).format(Format::Url)),
        ),
        Field::required("quantity", Type::Integer(IntegerRules::at_least(0))),
        Field::optional("quantity_unit", Type::String(StringRules::ANY)),
        // The spec says 256; the backend answers "size must be between 0 and 64".
        Field::optional("reference", Type::String(StringRules::max(64))),
        Field::optional("tax_rate", Type::Integer(IntegerRules::ANY)),
        Field::required(
            "total_amount",
            Type::Integer(IntegerRules::at_most(TOKEN_MAX_AMOUNT).amount()),
        ),
        Field::optional(
            "total_discount_amount",
            Type::Integer(IntegerRules::at_least(0).amount()),
        ),
        Field::optional(
            "total_tax_amount",
            Type::Integer(IntegerRules::ANY.amount()),
        ),
        Field::optional("type", Type::String(StringRules::one_of(ORDER_LINE_TYPES))),
        Field::required(
            "unit_price",
            Type::Integer(IntegerRules::at_most(TOKEN_MAX_AMOUNT).amount()),
        ),
        Field::optional("subscription", Type::Object(&TOKEN_SUBSCRIPTION)),
    ],
    ..ObjectSchema::DEFAULT
};

pub static TOKEN_ADDRESS: ObjectSchema = ObjectSchema {
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
        // The Customer Token API keeps the older minimum of 5 characters.
        Field::optional(
            "phone",
            Type::String(StringRules::length(5, 99).format(Format::Phone)),
        ),
        Field::optional("postal_code", Type::String(StringRules::max(10))),
        Field::optional("region", Type::String(StringRules::max(99))),
        Field::optional("street_address", Type::String(StringRules::max(99))),
        Field::optional("street_address2", Type::String(StringRules::max(99))),
        Field::optional("title", Type::String(StringRules::max(20))),
    ],
    ..ObjectSchema::DEFAULT
};

pub static TOKEN_MERCHANT_URLS: ObjectSchema = ObjectSchema {
    name: "merchant_urls",
    fields: &[
        Field::required(
            "confirmation",
            Type::String(StringRules::max(2000).format(Format::MerchantUrl)),
        ),
        Field::optional(
            "push",
            Type::String(StringRules::max(2000).format(Format::MerchantUrl)),
        ),
    ],
    ..ObjectSchema::DEFAULT
};

static TOKEN_ORDER_LINE_TYPE: Type = Type::Object(&TOKEN_ORDER_LINE);

pub static CUSTOMER_TOKEN_ORDER: ObjectSchema = ObjectSchema {
    name: "customer_token_order",
    fields: &[
        Field::optional("attachment", Type::Object(&ATTACHMENT)),
        Field::optional("auto_capture", Type::Boolean),
        Field::optional("merchant_data", Type::String(StringRules::max(6000))),
        Field::optional("merchant_reference1", Type::String(StringRules::max(255))),
        Field::optional("merchant_reference2", Type::String(StringRules::max(255))),
        Field::optional("merchant_urls", Type::Object(&TOKEN_MERCHANT_URLS)),
        Field::required(
            "order_amount",
            Type::Integer(IntegerRules::at_least(1).amount()),
        ),
        Field::required(
            "order_lines",
            Type::Array(ArrayRules {
                min_items: 1,
                max_items: Some(1000),
                ..ArrayRules::of(&TOKEN_ORDER_LINE_TYPE)
            }),
        ),
        Field::required(
            "order_tax_amount",
            Type::Integer(IntegerRules::at_least(0).amount()),
        ),
        Field::required(
            "purchase_currency",
            Type::String(StringRules::pattern(Pattern::CurrencyCode).format(Format::Currency)),
        ),
        Field::optional("shipping_address", Type::Object(&TOKEN_ADDRESS)),
        Field::read_only("usage", Type::String(StringRules::ANY)),
    ],
    ..ObjectSchema::DEFAULT
};
