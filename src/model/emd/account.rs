//! The shopper's account with the merchant: registration, purchase history and, for
//! tokenised customers, order values (EMD.md §4.9–4.11, §4.16).

use super::{ACCOUNT_ID, COUNT, DATE_TIME, EXTRA_MERCHANT_DATA, PRICE, PRICE_NUMBER, TEXT};
use crate::schema::{ArrayRules, Field, ObjectSchema, StringRules, Type};

pub static CUSTOMER_ACCOUNT_INFO: Type = Type::Object(&CUSTOMER_ACCOUNT_INFO_SCHEMA);

pub static CUSTOMER_ACCOUNT_INFO_SCHEMA: ObjectSchema = ObjectSchema {
    name: "customer_account_info",
    fields: &[
        Field::optional("unique_account_identifier", ACCOUNT_ID),
        Field::optional("account_registration_date", DATE_TIME),
        Field::optional("account_last_modified", DATE_TIME),
    ],
    root: Some(&EXTRA_MERCHANT_DATA),
    ..ObjectSchema::DEFAULT
};

pub static PAYMENT_HISTORY_FULL: Type = Type::Object(&PAYMENT_HISTORY_FULL_SCHEMA);

/// One object per payment option the customer used. The options are Klarna's strings, with
/// spaces (`non klarna credit`).
pub static PAYMENT_HISTORY_FULL_SCHEMA: ObjectSchema = ObjectSchema {
    name: "payment_history_full",
    fields: &[
        Field::optional("unique_account_identifier", ACCOUNT_ID),
        Field::optional(
            "payment_option",
            Type::String(StringRules::exactly(&[
                "card",
                "direct banking",
                "non klarna credit",
                "sms",
                "other",
            ])),
        ),
        Field::optional("number_paid_purchases", COUNT),
        Field::optional("total_amount_paid_purchases", PRICE_NUMBER),
        Field::optional("date_of_last_paid_purchase", DATE_TIME),
        Field::optional("date_of_first_paid_purchase", DATE_TIME),
    ],
    root: Some(&EXTRA_MERCHANT_DATA),
    ..ObjectSchema::DEFAULT
};

pub static PAYMENT_HISTORY_SIMPLE: Type = Type::Object(&PAYMENT_HISTORY_SIMPLE_SCHEMA);

pub static PAYMENT_HISTORY_SIMPLE_SCHEMA: ObjectSchema = ObjectSchema {
    name: "payment_history_simple",
    fields: &[
        Field::optional("unique_account_identifier", ACCOUNT_ID),
        Field::optional("paid_before", Type::Boolean),
    ],
    root: Some(&EXTRA_MERCHANT_DATA),
    ..ObjectSchema::DEFAULT
};

/// `customer_tokens`: Klarna publishes only an example (EMD.md §4.16); the interval's values
/// are not documented, so any string.
/// Checked as [`Type::Undocumented`] (see the body schema).
pub(crate) static CUSTOMER_TOKENS: Type = Type::Array(ArrayRules::of(&CUSTOMER_TOKEN));
static CUSTOMER_TOKEN: Type = Type::Object(&CUSTOMER_TOKENS_SCHEMA);

pub static CUSTOMER_TOKENS_SCHEMA: ObjectSchema = ObjectSchema {
    name: "customer_tokens",
    fields: &[
        Field::optional("avg_order_value", PRICE),
        Field::optional("avg_purchase_frequency_count", COUNT),
        Field::optional("avg_purchase_frequency_interval", TEXT),
        Field::optional("min_order_value", PRICE),
        Field::optional("max_order_value", PRICE),
    ],
    root: Some(&EXTRA_MERCHANT_DATA),
    ..ObjectSchema::DEFAULT
};
