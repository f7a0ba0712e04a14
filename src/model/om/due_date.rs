//! `ExtendDueDateRequest`: PATCH /ordermanagement/v1/orders/{order_id}/captures/{capture_id}/extend-due-date.
//! `number_of_days` must be one of the options GET …/extend-due-date-options returned, which
//! only that call knows.

use crate::schema::{Field, IntegerRules, ObjectSchema, Type};

pub static EXTEND_DUE_DATE_REQUEST: ObjectSchema = ObjectSchema {
    name: "ExtendDueDateRequest",
    fields: &[Field::required(
        "number_of_days",
        Type::Integer(IntegerRules::ANY),
    )],
    ..ObjectSchema::DEFAULT
};
