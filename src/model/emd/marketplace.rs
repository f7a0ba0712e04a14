//! Marketplaces: the seller of the goods and the buyer ("winner") on the marketplace
//! (EMD.md §4.12–4.13). `sub_merchant_name` and `sub_merchant_postal_code` appear only in
//! Klarna's current example; both forms are accepted.

use super::{COUNT, DATE_TIME, EXTRA_MERCHANT_DATA, PRICE_NUMBER, TEXT};
use crate::schema::{Field, NumberRules, ObjectSchema, Type};

pub static SELLER_INFO: Type = Type::Object(&MARKETPLACE_SELLER_INFO);

pub static MARKETPLACE_SELLER_INFO: ObjectSchema = ObjectSchema {
    name: "marketplace_seller_info",
    fields: &[
        Field::optional(
            "unique_account_identifier_seller",
            Type::Object(&ACCOUNT_IDENTIFIERS),
        ),
        Field::optional("sub_merchant_id", TEXT),
        Field::optional("sub_merchant_name", TEXT),
        Field::optional("sub_merchant_postal_code", TEXT),
        Field::optional("product_category", TEXT),
        Field::optional("product_name", TEXT),
        Field::optional("account_registration_date", DATE_TIME),
        Field::optional(
            "account_last_modified",
            Type::Object(&ACCOUNT_LAST_MODIFIED),
        ),
        // On the marketplace's own scale (`4.5`): any number.
        Field::optional("seller_rating", Type::Number(NumberRules::ANY)),
        Field::optional("number_of_trades", COUNT),
        // `integer` in the 2021 schema, described as e.g. `230.5`.
        Field::optional("volume_of_trades", PRICE_NUMBER),
    ],
    root: Some(&EXTRA_MERCHANT_DATA),
    ..ObjectSchema::DEFAULT
};

pub static WINNER_INFO: Type = Type::Object(&MARKETPLACE_WINNER_INFO);

pub static MARKETPLACE_WINNER_INFO: ObjectSchema = ObjectSchema {
    name: "marketplace_winner_info",
    fields: &[
        Field::optional(
            "unique_account_identifier_winner",
            Type::Object(&ACCOUNT_IDENTIFIERS),
        ),
        Field::optional("account_registration_date", DATE_TIME),
        Field::optional(
            "account_last_modified",
            Type::Object(&ACCOUNT_LAST_MODIFIED),
        ),
        Field::optional("number_of_trades", COUNT),
        Field::optional("volume_of_trades", PRICE_NUMBER),
    ],
    root: Some(&EXTRA_MERCHANT_DATA),
    ..ObjectSchema::DEFAULT
};

/// How the marketplace identifies a seller or winner (`pno`: a personal identity number).
pub static ACCOUNT_IDENTIFIERS: ObjectSchema = ObjectSchema {
    name: "marketplace_account_identifier",
    fields: &[
        Field::optional("email", TEXT),
        Field::optional("pno", TEXT),
        Field::optional("other", TEXT),
    ],
    root: Some(&EXTRA_MERCHANT_DATA),
    ..ObjectSchema::DEFAULT
};

/// When each part of the account last changed.
pub static ACCOUNT_LAST_MODIFIED: ObjectSchema = ObjectSchema {
    name: "account_last_modified",
    fields: &[
        Field::optional("password", DATE_TIME),
        Field::optional("email", DATE_TIME),
        Field::optional("listing", DATE_TIME),
        Field::optional("login", DATE_TIME),
        Field::optional("address", DATE_TIME),
    ],
    root: Some(&EXTRA_MERCHANT_DATA),
    ..ObjectSchema::DEFAULT
};
