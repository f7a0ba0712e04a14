//! What was bought and how it is delivered: events, vouchers, subscriptions, delivery to a
//! pick-up point or store, and purchases in a physical store (EMD.md §4.6–4.8, §4.14–4.15).

use super::{COUNTRY, DATE_TIME, DELIVERY_METHOD, EMD_ADDRESS, EXTRA_MERCHANT_DATA, TEXT};
use crate::schema::{ArrayRules, Field, ObjectSchema, StringRules, Type};

pub static EVENT: Type = Type::Object(&EVENT_SCHEMA);

pub static EVENT_SCHEMA: ObjectSchema = ObjectSchema {
    name: "event",
    fields: &[
        Field::optional("event_name", TEXT),
        Field::optional("event_company", TEXT),
        Field::optional("genre_of_event", TEXT),
        Field::optional("arena_name", TEXT),
        Field::optional("arena_location", Type::Object(&EMD_ADDRESS)),
        Field::optional("start_time", DATE_TIME),
        Field::optional("end_time", DATE_TIME),
        Field::optional("access_controlled_venue", Type::Boolean),
        Field::optional("ticket_delivery_method", DELIVERY_METHOD),
        Field::optional("ticket_delivery_recipient", TEXT),
        Field::optional("affiliate_name", TEXT),
    ],
    root: Some(&EXTRA_MERCHANT_DATA),
    ..ObjectSchema::DEFAULT
};

pub static VOUCHER: Type = Type::Object(&VOUCHER_SCHEMA);

pub static VOUCHER_SCHEMA: ObjectSchema = ObjectSchema {
    name: "voucher",
    fields: &[
        Field::optional("voucher_name", TEXT),
        Field::optional("voucher_company", TEXT),
        Field::optional("start_time", DATE_TIME),
        Field::optional("end_time", DATE_TIME),
        Field::optional("affiliate_name", TEXT),
    ],
    root: Some(&EXTRA_MERCHANT_DATA),
    ..ObjectSchema::DEFAULT
};

pub static SUBSCRIPTION: Type = Type::Object(&SUBSCRIPTION_SCHEMA);

/// Not the order line's `subscription` object (`name`, `interval`, `interval_count`).
pub static SUBSCRIPTION_SCHEMA: ObjectSchema = ObjectSchema {
    name: "subscription",
    fields: &[
        Field::optional("subscription_name", TEXT),
        Field::optional("start_time", DATE_TIME),
        Field::optional("end_time", DATE_TIME),
        Field::optional("auto_renewal_of_subscription", Type::Boolean),
        Field::optional("affiliate_name", TEXT),
    ],
    root: Some(&EXTRA_MERCHANT_DATA),
    ..ObjectSchema::DEFAULT
};

pub static OTHER_DELIVERY_ADDRESS: Type = Type::Object(&OTHER_DELIVERY_ADDRESS_SCHEMA);

/// Enums from Klarna's .NET SDK and SFCC cartridge (EMD.md §4.14); an address repeated here
/// must agree with `shipping_address` (`emd_delivery_address`).
pub static OTHER_DELIVERY_ADDRESS_SCHEMA: ObjectSchema = ObjectSchema {
    name: "other_delivery_address",
    fields: &[
        Field::optional(
            "shipping_method",
            Type::String(StringRules::exactly(&[
                "store pick-up",
                "pick-up point",
                "registered box",
                "unregistered box",
            ])),
        ),
        Field::optional(
            "shipping_type",
            Type::String(StringRules::exactly(&["normal", "express"])),
        ),
        Field::optional("first_name", TEXT),
        Field::optional("last_name", TEXT),
        Field::optional("street_address", TEXT),
        Field::optional("street_number", TEXT),
        Field::optional("postal_code", TEXT),
        Field::optional("city", TEXT),
        Field::optional("country", COUNTRY),
    ],
    root: Some(&EXTRA_MERCHANT_DATA),
    ..ObjectSchema::DEFAULT
};

/// `in_store_payment`: Klarna publishes only an example (EMD.md §4.15).
/// Checked as [`Type::Undocumented`] (see the body schema).
pub(crate) static IN_STORE_PAYMENTS: Type = Type::Array(ArrayRules::of(&IN_STORE_PAYMENT));
static IN_STORE_PAYMENT: Type = Type::Object(&IN_STORE_PAYMENT_SCHEMA);

pub static IN_STORE_PAYMENT_SCHEMA: ObjectSchema = ObjectSchema {
    name: "in_store_payment",
    fields: &[Field::optional("store_info", Type::Object(&STORE_INFO))],
    root: Some(&EXTRA_MERCHANT_DATA),
    ..ObjectSchema::DEFAULT
};

pub static STORE_INFO: ObjectSchema = ObjectSchema {
    name: "store_info",
    fields: &[
        Field::optional("merchant_store_id", TEXT),
        Field::optional("store_terminal_id", TEXT),
        Field::optional("store_address", Type::Object(&EMD_ADDRESS)),
    ],
    root: Some(&EXTRA_MERCHANT_DATA),
    ..ObjectSchema::DEFAULT
};
