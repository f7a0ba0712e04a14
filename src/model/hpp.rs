//! Hosted Payment Page API request bodies (`klarna-hpp-api.openapi.yml`): create an HPP session
//! for a Klarna Payments session or a KCO order, and distribute its link. The spec has almost no
//! constraints; its `access_id` enum of three example values is an artifact (ORDER-MANAGEMENT.md
//! §0, item 5), so any string. What the docs add (a KP success URL needs the
//! `{{authorization_token}}` placeholder, `back` and `cancel` not both, the contact a method
//! needs) is in `src/rules/hpp.rs`.

use crate::schema::{ArrayRules, Field, IntegerRules, ObjectSchema, StringRules, Type};

pub static PAYMENT_METHOD_CATEGORIES: &[&str] = &[
    "DIRECT_DEBIT",
    "DIRECT_BANK_TRANSFER",
    "PAY_NOW",
    "PAY_LATER",
    "PAY_OVER_TIME",
    "KLARNA",
];

pub static HPP_MERCHANT_URLS: ObjectSchema = ObjectSchema {
    name: "MerchantUrlsV1",
    fields: &[
        Field::optional("back", Type::String(StringRules::ANY)),
        Field::optional("cancel", Type::String(StringRules::ANY)),
        Field::optional("error", Type::String(StringRules::ANY)),
        Field::optional("failure", Type::String(StringRules::ANY)),
        Field::optional("status_update", Type::String(StringRules::ANY)),
        Field::optional("success", Type::String(StringRules::ANY)),
    ],
    ..ObjectSchema::DEFAULT
};

pub static BACKGROUND_IMAGE: ObjectSchema = ObjectSchema {
    name: "BackgroundImageV1",
    fields: &[
        Field::optional("url", Type::String(StringRules::ANY)),
        Field::optional("width", Type::Integer(IntegerRules::ANY)),
    ],
    ..ObjectSchema::DEFAULT
};

static BACKGROUND_IMAGE_ITEM: Type = Type::Object(&BACKGROUND_IMAGE);
static CATEGORY: Type = Type::String(StringRules::one_of(PAYMENT_METHOD_CATEGORIES));

pub static HPP_OPTIONS: ObjectSchema = ObjectSchema {
    name: "OptionsV1",
    fields: &[
        Field::optional(
            "background_images",
            Type::Array(ArrayRules::of(&BACKGROUND_IMAGE_ITEM)),
        ),
        Field::optional("logo_url", Type::String(StringRules::ANY)),
        Field::optional("page_title", Type::String(StringRules::ANY)),
        Field::optional(
            "payment_method_categories",
            Type::Array(ArrayRules::of(&CATEGORY)),
        ),
        Field::optional(
            "payment_method_category",
            Type::String(StringRules::one_of(PAYMENT_METHOD_CATEGORIES)),
        ),
        Field::optional(
            "place_order_mode",
            Type::String(StringRules::one_of(&[
                "PLACE_ORDER",
                "CAPTURE_ORDER",
                "NONE",
            ])),
        ),
        Field::optional(
            "purchase_type",
            Type::String(StringRules::one_of(&[
                "BUY",
                "RENT",
                "BOOK",
                "SUBSCRIBE",
                "DOWNLOAD",
                "ORDER",
                "CONTINUE",
            ])),
        ),
        Field::optional(
            "show_subtotal_detail",
            Type::String(StringRules::one_of(&["HIDE"])),
        ),
    ],
    ..ObjectSchema::DEFAULT
};

pub static SESSION_CREATION_REQUEST: ObjectSchema = ObjectSchema {
    name: "SessionCreationRequestV1",
    fields: &[
        Field::optional("merchant_urls", Type::Object(&HPP_MERCHANT_URLS)),
        Field::optional("options", Type::Object(&HPP_OPTIONS)),
        Field::required("payment_session_url", Type::String(StringRules::ANY)),
        Field::optional("profile_id", Type::String(StringRules::ANY)),
    ],
    ..ObjectSchema::DEFAULT
};

pub static DISTRIBUTION_CONTACT: ObjectSchema = ObjectSchema {
    name: "DistributionContactV1",
    fields: &[
        // The spec's enum lists three example ids: an artifact, not a closed list.
        Field::optional("access_id", Type::String(StringRules::ANY)),
        Field::optional("email", Type::String(StringRules::ANY)),
        Field::optional("phone", Type::String(StringRules::ANY)),
        Field::optional("phone_country", Type::String(StringRules::ANY)),
    ],
    ..ObjectSchema::DEFAULT
};

pub static DISTRIBUTION_REQUEST: ObjectSchema = ObjectSchema {
    name: "DistributionRequestV1",
    fields: &[
        Field::required("contact_information", Type::Object(&DISTRIBUTION_CONTACT)),
        Field::required(
            "method",
            Type::String(StringRules::one_of(&["sms", "email", "token"])),
        ),
        Field::optional(
            "template",
            Type::String(StringRules::one_of(&["INSTORE_PURCHASE"])),
        ),
    ],
    ..ObjectSchema::DEFAULT
};
