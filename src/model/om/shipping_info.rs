//! `UpdateShippingInfo`: POST /ordermanagement/v1/orders/{order_id}/shipping-info and
//! …/captures/{capture_id}/shipping-info, and the `shipping_info` items of a capture. Klarna
//! enforces the lengths (422 "The size of the `shipping_info/shipping_company` value must be
//! between 0 and 100") but validates no content ("the call won't fail if the tracking number we
//! receive is invalid").

use crate::schema::{ArrayRules, Field, ObjectSchema, StringRules, Type};

/// The spec's unanchored pattern `(PickUpStore|Home|…|PalletDelivery)`, as the closed list it means.
pub static SHIPPING_METHODS: &[&str] = &[
    "PickUpStore",
    "Home",
    "BoxReg",
    "BoxUnreg",
    "PickUpPoint",
    "Own",
    "Postal",
    "DHLPackstation",
    "Digital",
    "Undefined",
    "PickUpWarehouse",
    "ClickCollect",
    "PalletDelivery",
];

pub static SHIPPING_INFO: ObjectSchema = ObjectSchema {
    name: "shipping_info",
    fields: &[
        Field::optional(
            "return_shipping_company",
            Type::String(StringRules::max(100)),
        ),
        Field::optional(
            "return_tracking_number",
            Type::String(StringRules::max(100)),
        ),
        Field::optional("return_tracking_uri", Type::String(StringRules::max(1024))),
        Field::optional("shipping_company", Type::String(StringRules::max(100))),
        Field::optional(
            "shipping_method",
            Type::String(StringRules::one_of(SHIPPING_METHODS)),
        ),
        Field::optional(
            "tracking_number",
            Type::String(StringRules::max(100).or_number()),
        ),
        Field::optional(
            "tracking_uri",
            Type::String(StringRules::max(1024).or_number()),
        ),
    ],
    ..ObjectSchema::DEFAULT
};

pub(crate) static SHIPPING_INFO_ITEM: Type = Type::Object(&SHIPPING_INFO);

pub static UPDATE_SHIPPING_INFO: ObjectSchema = ObjectSchema {
    name: "UpdateShippingInfo",
    fields: &[Field::required(
        "shipping_info",
        Type::Array(ArrayRules {
            items: &SHIPPING_INFO_ITEM,
            min_items: 1,
            max_items: Some(500),
            unique: false,
        }),
    )],
    ..ObjectSchema::DEFAULT
};
