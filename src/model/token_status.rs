//! `customer_token_status_update_request`: PATCH /customer-token/v1/tokens/{customerToken}/status.
//! The only status a merchant may set is `CANCELLED`.

use crate::schema::{Field, ObjectSchema, StringRules, Type};

pub static TOKEN_STATUSES: &[&str] = &["CANCELLED"];

pub static CUSTOMER_TOKEN_STATUS_UPDATE_REQUEST: ObjectSchema = ObjectSchema {
    name: "customer_token_status_update_request",
    fields: &[Field::required(
        "status",
        Type::String(StringRules::one_of(TOKEN_STATUSES)),
    )],
    ..ObjectSchema::DEFAULT
};
