//! `UpdateConsumer`: PATCH /ordermanagement/v1/orders/{order_id}/customer-details. Only the
//! shipping address: "You can't update the billing address anymore", and Klarna answers
//! NOT_ALLOWED "Billing address cannot be updated" (`om_billing_address`). The OM address
//! has its own limits (city up to 200, street up to 100; no country pattern).

use crate::schema::{Field, IgnoredField, ObjectSchema, StringRules, Type};

pub static OM_ADDRESS: ObjectSchema = ObjectSchema {
    name: "address",
    fields: &[
        Field::optional("attention", Type::String(StringRules::max(255))),
        Field::optional("city", Type::String(StringRules::max(200))),
        Field::optional("country", Type::String(StringRules::ANY)),
        Field::optional("email", Type::String(StringRules::max(100))),
        Field::optional("family_name", Type::String(StringRules::max(100))),
        Field::optional("given_name", Type::String(StringRules::max(100))),
        Field::optional("organization_name", Type::String(StringRules::max(255))),
        Field::optional("phone", Type::String(StringRules::max(100))),
        Field::optional("postal_code", Type::String(StringRules::max(10))),
        Field::optional("region", Type::String(StringRules::max(200))),
        Field::optional("street_address", Type::String(StringRules::max(100))),
        Field::optional("street_address2", Type::String(StringRules::max(100))),
        Field::optional("title", Type::String(StringRules::max(20))),
    ],
    ..ObjectSchema::DEFAULT
};

pub static UPDATE_CONSUMER: ObjectSchema = ObjectSchema {
    name: "UpdateConsumer",
    fields: &[Field::optional("shipping_address", Type::Object(&OM_ADDRESS))],
    refused: &[IgnoredField {
        name: "billing_address",
        why: "Billing address cannot be updated for user account order. Customer details cannot be updated.",
    }],
    ..ObjectSchema::DEFAULT
};
