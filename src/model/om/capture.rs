//! `CaptureObject`: POST /ordermanagement/v1/orders/{order_id}/captures. Whether
//! `captured_amount` fits the order (the remaining authorization, its status) is
//! `check_against_order`'s; whether the lines sum to it is a warning (`om_lines_total`).

use super::order_line::{OM_AMOUNT, OM_ORDER_LINES};
use super::shipping_info::SHIPPING_INFO_ITEM;
use crate::schema::{ArrayRules, Field, IntegerRules, ObjectSchema, StringRules, Type};

pub static CAPTURE_OBJECT: ObjectSchema = ObjectSchema {
    name: "CaptureObject",
    fields: &[
        Field::required("captured_amount", OM_AMOUNT),
        Field::optional("description", Type::String(StringRules::max(255))),
        Field::optional("order_lines", OM_ORDER_LINES),
        Field::optional("reference", Type::String(StringRules::max(255))),
        // Above 0 only when enabled for the merchant account (the spec), which is not known here.
        Field::optional("shipping_delay", Type::Integer(IntegerRules::at_least(0))),
        Field::optional(
            "shipping_info",
            Type::Array(ArrayRules {
                items: &SHIPPING_INFO_ITEM,
                min_items: 0,
                max_items: Some(500),
                unique: false,
            }),
        ),
    ],
    ..ObjectSchema::DEFAULT
};
