//! The Order Management `order_line` and its `subscription`: the Payments line's fields with
//! the OM spec's own limits (`reference` up to 255, `tax_rate` without a maximum, no required
//! tax fields) and its artifacts corrected (ORDER-MANAGEMENT.md, "Spec artifacts").

use crate::model::order_line::{PRODUCT_IDENTIFIERS, SUBSCRIPTION_INTERVALS};
use crate::schema::{Field, IntegerRules, ObjectSchema, StringRules, Type};

/// The spec's `enum: ["physical|discount|…|return_fee"]` is one string with pipes: meant is
/// this closed list of nine, `return_fee` being OM's own (refunds only).
pub static OM_ORDER_LINE_TYPES: &[&str] = &[
    "physical",
    "discount",
    "shipping_fee",
    "sales_tax",
    "store_credit",
    "gift_card",
    "digital",
    "surcharge",
    "return_fee",
];

/// Largest amount in the current OM spec (it was 100000000 in Klarna's 2023 export).
pub const OM_MAX_AMOUNT: i64 = 200_000_000;

pub static OM_SUBSCRIPTION: ObjectSchema = ObjectSchema {
    name: "subscription",
    fields: &[
        // The spec's pattern `DAY|WEEK|MONTH|YEAR` is unanchored; meant is the closed list.
        Field::required(
            "interval",
            Type::String(StringRules::one_of(SUBSCRIPTION_INTERVALS)),
        ),
        Field::required("interval_count", Type::Integer(IntegerRules::at_least(1))),
        Field::required("name", Type::String(StringRules::max(255))),
    ],
    ..ObjectSchema::DEFAULT
};

pub static OM_ORDER_LINE: ObjectSchema = ObjectSchema {
    name: "order_line",
    fields: &[
        Field::optional("image_url", Type::String(StringRules::max(1024))),
        Field::optional("merchant_data", Type::String(StringRules::max(1024))),
        Field::required("name", Type::String(StringRules::max(255))),
        Field::optional("product_identifiers", Type::Object(&PRODUCT_IDENTIFIERS)),
        Field::optional("product_url", Type::String(StringRules::max(1024))),
        Field::required("quantity", Type::Integer(IntegerRules::at_least(0))),
        Field::optional("quantity_unit", Type::String(StringRules::max(10))),
        Field::optional("reference", Type::String(StringRules::max(255))),
        Field::optional("subscription", Type::Object(&OM_SUBSCRIPTION)),
        Field::optional("tax_rate", Type::Integer(IntegerRules::at_least(0))),
        Field::required(
            "total_amount",
            Type::Integer(IntegerRules::at_most(OM_MAX_AMOUNT).amount()),
        ),
        Field::optional(
            "total_discount_amount",
            Type::Integer(IntegerRules::between(0, OM_MAX_AMOUNT).amount()),
        ),
        Field::optional(
            "total_tax_amount",
            Type::Integer(IntegerRules::at_most(OM_MAX_AMOUNT).amount()),
        ),
        Field::optional(
            "type",
            Type::String(StringRules::one_of(OM_ORDER_LINE_TYPES)),
        ),
        Field::required(
            "unit_price",
            Type::Integer(IntegerRules::at_most(OM_MAX_AMOUNT).amount()),
        ),
    ],
    ..ObjectSchema::DEFAULT
};

/// `order_lines` of a capture, refund or authorization update: up to 1000.
pub(crate) const OM_ORDER_LINES: Type = Type::Array(crate::schema::ArrayRules {
    items: &OM_LINE,
    min_items: 0,
    max_items: Some(1000),
    unique: false,
});

static OM_LINE: Type = Type::Object(&OM_ORDER_LINE);

/// An amount in minor units, 0 to the OM maximum.
pub(crate) const OM_AMOUNT: Type = Type::Integer(IntegerRules::between(0, OM_MAX_AMOUNT).amount());
