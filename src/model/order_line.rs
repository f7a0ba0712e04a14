//! `order_line`, `product_identifiers` and `subscription` (Payments API limits).

use crate::keywords::format::Format;
use crate::schema::{Field, IntegerRules, ObjectSchema, StringRules, Type};

/// The line types Klarna accepts. The spec lists them in the field's description only; the
/// backend rejects anything else.
pub static ORDER_LINE_TYPES: &[&str] = &[
    "physical",
    "discount",
    "shipping_fee",
    "sales_tax",
    "digital",
    "gift_card",
    "store_credit",
    "surcharge",
];

/// Line types that reduce what the customer pays; they are sent with negative amounts.
pub fn is_reduction(line_type: &str) -> bool {
    matches!(line_type, "discount" | "gift_card" | "store_credit")
}

pub static PRODUCT_IDENTIFIERS: ObjectSchema = ObjectSchema {
    name: "product_identifiers",
    fields: &[
        Field::optional("brand", Type::String(StringRules::max(70))),
        Field::optional("category_path", Type::String(StringRules::max(750))),
        Field::optional(
            "global_trade_item_number",
            Type::String(StringRules::max(50)),
        ),
        Field::optional(
            "manufacturer_part_number",
            Type::String(StringRules::max(70)),
        ),
        Field::optional("color", Type::String(StringRules::max(64))),
        Field::optional("size", Type::String(StringRules::max(64))),
    ],
    ..ObjectSchema::DEFAULT
};

pub static SUBSCRIPTION_INTERVALS: &[&str] = &["DAY", "WEEK", "MONTH", "YEAR"];

pub static SUBSCRIPTION: ObjectSchema = ObjectSchema {
    name: "subscription",
    fields: &[
        Field::required("name", Type::String(StringRules::length(1, 255))),
        Field::required(
            "interval",
            Type::String(StringRules::one_of(SUBSCRIPTION_INTERVALS)),
        ),
        Field::required("interval_count", Type::Integer(IntegerRules::at_least(1))),
    ],
    ..ObjectSchema::DEFAULT
};

/// Largest `unit_price` / `total_amount` in the current Payments spec.
pub const MAX_AMOUNT: i64 = 200_000_000;

pub static ORDER_LINE: ObjectSchema = ObjectSchema {
    name: "order_line",
    fields: &[
        Field::optional(
            "image_url",
            Type::String(StringRules::max(1024).format(Format::Url)),
        ),
        Field::optional("merchant_data", Type::String(StringRules::max(1024))),
        Field::required("name", Type::String(StringRules::length(1, 255))),
        Field::optional("product_identifiers", Type::Object(&PRODUCT_IDENTIFIERS)),
        Field::optional(
            "product_url",
            Type::String(StringRules::max(1024).format(Format::Url)),
        ),
        Field::required("quantity", Type::Integer(IntegerRules::at_least(0))),
        Field::optional("quantity_unit", Type::String(StringRules::length(1, 8))),
        // The spec says 255; the backend answers "size must be between 0 and 64".
        Field::optional("reference", Type::String(StringRules::max(64))),
        Field::optional("tax_rate", Type::Integer(IntegerRules::between(0, 10_000))),
        Field::required(
            "total_amount",
            Type::Integer(IntegerRules::at_most(MAX_AMOUNT).amount()),
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
            Type::Integer(IntegerRules::at_most(MAX_AMOUNT).amount()),
        ),
        Field::optional("subscription", Type::Object(&SUBSCRIPTION)),
    ],
    ..ObjectSchema::DEFAULT
};

/// `order_lines` items, shared by every payload that carries a cart.
pub(crate) static ORDER_LINE_TYPE: Type = Type::Object(&ORDER_LINE);
