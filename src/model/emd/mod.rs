//! Extra merchant data (EMD): the JSON document carried, serialized, in `attachment.body`.
//! Transcribed from `EMD.md` (Klarna's EMD schema pages, its 2021 schema, its .NET SDK and
//! examples). Klarna marks no field required at any level, so none is here; every package is
//! an array of objects at the top level of the body. One file per family of packages.
//!
//! Where the sources disagree, the current one wins and the older form is a warning:
//! `number` prices are `PRICE_NUMBER` (`emd_minor_units`); the three packages Klarna
//! publishes only examples for are [`Type::Undocumented`] (`emd_undocumented`). Every object
//! inside the body names [`EXTRA_MERCHANT_DATA`] as its `root`, so that a package nested in
//! another is recognised (`emd_nested_package`).

pub mod account;
pub mod marketplace;
pub mod purchase;
pub mod travel;

use crate::keywords::format::Format;
use crate::schema::{
    ArrayRules, Field, IntegerRules, NumberRules, ObjectSchema, StringRules, Type,
};

/// The body: one array per package.
pub static EXTRA_MERCHANT_DATA: ObjectSchema = ObjectSchema {
    name: "extra_merchant_data",
    fields: &[
        package("air_reservation_details", &travel::AIR_RESERVATION),
        package("bus_reservation_details", &travel::BUS_RESERVATION),
        package("train_reservation_details", &travel::TRAIN_RESERVATION),
        package("ferry_reservation_details", &travel::FERRY_RESERVATION),
        package("hotel_reservation_details", &travel::HOTEL_RESERVATION),
        package(
            "car_rental_reservation_details",
            &travel::CAR_RENTAL_RESERVATION,
        ),
        Field::optional(
            "trip_reservation_details",
            Type::Undocumented(&travel::TRIPS),
        ),
        package("event", &purchase::EVENT),
        package("voucher", &purchase::VOUCHER),
        package("subscription", &purchase::SUBSCRIPTION),
        package("customer_account_info", &account::CUSTOMER_ACCOUNT_INFO),
        package("payment_history_full", &account::PAYMENT_HISTORY_FULL),
        package("payment_history_simple", &account::PAYMENT_HISTORY_SIMPLE),
        package("marketplace_seller_info", &marketplace::SELLER_INFO),
        package("marketplace_winner_info", &marketplace::WINNER_INFO),
        package("other_delivery_address", &purchase::OTHER_DELIVERY_ADDRESS),
        Field::optional(
            "in_store_payment",
            Type::Undocumented(&purchase::IN_STORE_PAYMENTS),
        ),
        Field::optional(
            "customer_tokens",
            Type::Undocumented(&account::CUSTOMER_TOKENS),
        ),
    ],
    ..ObjectSchema::DEFAULT
};

/// A top-level package: an array of objects of `item`.
const fn package(name: &'static str, item: &'static Type) -> Field {
    Field::optional(name, Type::Array(ArrayRules::of(item)))
}

// The shared field types, as `const`s: a `Field` takes its `Type` by value.

/// `yyyy-mm-ddThh:mm[:ss][Z]` (`emd_date_time`).
pub(crate) const DATE_TIME: Type = Type::String(StringRules::ANY.format(Format::EmdDateTime));

/// An alpha-2 country code, advised (`emd_country`).
pub(crate) const COUNTRY: Type = Type::String(StringRules::ANY.format(Format::EmdCountry));

/// The shop's account id: at most 24 characters, advised (`emd_account_identifier`).
pub(crate) const ACCOUNT_ID: Type =
    Type::String(StringRules::ANY.format(Format::AccountIdentifier));

/// Ticket delivery, shared by travel itineraries, hotel stays and events. The recipient
/// follows it (`emd_ticket_recipient`, in `src/rules/emd/`).
pub(crate) const DELIVERY_METHOD: Type =
    Type::String(StringRules::exactly(&["pick_up", "email", "post", "phone"]));

/// Free text.
pub(crate) const TEXT: Type = Type::String(StringRules::ANY);

/// A count, or an id (passengers and drivers are numbered).
pub(crate) const COUNT: Type = Type::Integer(IntegerRules::COUNT);

/// A price Klarna's current schema types integer minor units.
pub(crate) const PRICE: Type = Type::Integer(IntegerRules::COUNT.amount());

/// A price the 2021 schema typed `number`: a decimal is `emd_minor_units`.
pub(crate) const PRICE_NUMBER: Type = Type::Number(NumberRules::PRICE);

/// `passenger_id`, `drivers_id`: ids of the reservation's people.
pub(crate) const IDS: Type = Type::Array(ArrayRules::of(&COUNT));

/// An address inside extra merchant data (`address`, `arena_location`, `pick_up_location`, …).
pub static EMD_ADDRESS: ObjectSchema = ObjectSchema {
    name: "emd_address",
    fields: &[
        Field::optional("street_address", TEXT),
        Field::optional("postal_code", TEXT),
        Field::optional("city", TEXT),
        Field::optional("country", COUNTRY),
    ],
    root: Some(&EXTRA_MERCHANT_DATA),
    ..ObjectSchema::DEFAULT
};
