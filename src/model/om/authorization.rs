//! `Update authorization`: PATCH /ordermanagement/v1/orders/{order_id}/authorization, the new
//! order amount and, replacing the old ones, the order lines ("The original order lines will be
//! deleted if you don't send order lines in this call": `om_lines_replaced`).

use super::order_line::{OM_AMOUNT, OM_ORDER_LINES};
use crate::schema::{Field, ObjectSchema, StringRules, Type};

pub static UPDATE_AUTHORIZATION: ObjectSchema = ObjectSchema {
    name: "Update authorization",
    fields: &[
        Field::optional("description", Type::String(StringRules::max(255))),
        Field::required("order_amount", OM_AMOUNT),
        Field::optional("order_lines", OM_ORDER_LINES),
    ],
    ..ObjectSchema::DEFAULT
};
