//! `RefundObject`: POST /ordermanagement/v1/orders/{order_id}/refunds. What the order allows
//! (a capture to refund, no more than was captured) is `check_against_order`'s.

use super::order_line::{OM_AMOUNT, OM_ORDER_LINES};
use crate::schema::{Field, ObjectSchema, StringRules, Type};

pub static REFUND_OBJECT: ObjectSchema = ObjectSchema {
    name: "RefundObject",
    fields: &[
        Field::optional("description", Type::String(StringRules::max(255))),
        Field::optional("order_lines", OM_ORDER_LINES),
        Field::optional("reference", Type::String(StringRules::max(255))),
        Field::required("refunded_amount", OM_AMOUNT),
    ],
    ..ObjectSchema::DEFAULT
};
