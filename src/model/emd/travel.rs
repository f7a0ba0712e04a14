//! Travel packages: air, bus, train, ferry, hotel, car rental and package trips. Fields and
//! limits from Klarna's acquirer EMD page (air, current), the 2021 schema and Klarna's
//! examples (EMD.md §4.1–4.5).

use super::{
    COUNT, COUNTRY, DATE_TIME, DELIVERY_METHOD, EMD_ADDRESS, EXTRA_MERCHANT_DATA, IDS, PRICE,
    PRICE_NUMBER, TEXT,
};
use crate::keywords::format::Format;
use crate::schema::{ArrayRules, Field, ObjectSchema, StringRules, Type};

pub static AIR_RESERVATION: Type = Type::Object(&AIR_RESERVATION_DETAILS);

pub static AIR_RESERVATION_DETAILS: ObjectSchema = ObjectSchema {
    name: "air_reservation_details",
    fields: &[
        Field::optional("pnr", TEXT),
        Field::optional("itinerary", Type::Array(ArrayRules::of(&AIR_SEGMENT))),
        Field::optional("insurance", Type::Array(ArrayRules::of(&INSURANCE))),
        Field::optional("passengers", Type::Array(ArrayRules::of(&PASSENGER))),
        Field::optional("affiliate_name", TEXT),
    ],
    root: Some(&EXTRA_MERCHANT_DATA),
    ..ObjectSchema::DEFAULT
};

static AIR_SEGMENT: Type = Type::Object(&AIR_ITINERARY);

/// One flight segment. IATA codes by length only (the page gives min = max = 3 and 2).
pub static AIR_ITINERARY: ObjectSchema = ObjectSchema {
    name: "air_itinerary",
    fields: &[
        Field::optional("departure", Type::String(StringRules::length(3, 3))),
        Field::optional("departure_city", TEXT),
        Field::optional("arrival", Type::String(StringRules::length(3, 3))),
        Field::optional("arrival_city", TEXT),
        Field::optional("carrier", Type::String(StringRules::length(2, 2))),
        Field::optional("segment_price", PRICE),
        Field::optional("departure_date", DATE_TIME),
        Field::optional("ticket_delivery_method", DELIVERY_METHOD),
        Field::optional("ticket_delivery_recipient", TEXT),
        Field::optional("passenger_id", IDS),
        Field::optional("class", TEXT),
    ],
    root: Some(&EXTRA_MERCHANT_DATA),
    ..ObjectSchema::DEFAULT
};

/// Bus, train and ferry share one reservation and one itinerary shape (the 2021 schema
/// reuses the bus type for both): `departure` / `arrival` are a city code or name.
static GROUND_RESERVATION_FIELDS: &[Field] = &[
    Field::optional("pnr", TEXT),
    Field::optional("itinerary", Type::Array(ArrayRules::of(&GROUND_SEGMENT))),
    Field::optional("insurance", Type::Array(ArrayRules::of(&INSURANCE))),
    Field::optional("passengers", Type::Array(ArrayRules::of(&PASSENGER))),
    Field::optional("affiliate_name", TEXT),
];

pub static BUS_RESERVATION: Type = Type::Object(&BUS_RESERVATION_DETAILS);
pub static TRAIN_RESERVATION: Type = Type::Object(&TRAIN_RESERVATION_DETAILS);
pub static FERRY_RESERVATION: Type = Type::Object(&FERRY_RESERVATION_DETAILS);

pub static BUS_RESERVATION_DETAILS: ObjectSchema = ObjectSchema {
    name: "bus_reservation_details",
    fields: GROUND_RESERVATION_FIELDS,
    root: Some(&EXTRA_MERCHANT_DATA),
    ..ObjectSchema::DEFAULT
};

pub static TRAIN_RESERVATION_DETAILS: ObjectSchema = ObjectSchema {
    name: "train_reservation_details",
    fields: GROUND_RESERVATION_FIELDS,
    root: Some(&EXTRA_MERCHANT_DATA),
    ..ObjectSchema::DEFAULT
};

pub static FERRY_RESERVATION_DETAILS: ObjectSchema = ObjectSchema {
    name: "ferry_reservation_details",
    fields: GROUND_RESERVATION_FIELDS,
    root: Some(&EXTRA_MERCHANT_DATA),
    ..ObjectSchema::DEFAULT
};

static GROUND_SEGMENT: Type = Type::Object(&GROUND_ITINERARY);

pub static GROUND_ITINERARY: ObjectSchema = ObjectSchema {
    name: "ground_itinerary",
    fields: &[
        Field::optional("departure", TEXT),
        Field::optional("departure_city", TEXT),
        Field::optional("arrival", TEXT),
        Field::optional("arrival_city", TEXT),
        Field::optional("carrier", TEXT),
        Field::optional("segment_price", PRICE),
        Field::optional("departure_date", DATE_TIME),
        Field::optional("ticket_delivery_method", DELIVERY_METHOD),
        Field::optional("ticket_delivery_recipient", TEXT),
        Field::optional("passenger_id", IDS),
        Field::optional("class", TEXT),
    ],
    root: Some(&EXTRA_MERCHANT_DATA),
    ..ObjectSchema::DEFAULT
};

pub(crate) static INSURANCE: Type = Type::Object(&INSURANCE_SCHEMA);

/// Shared by every travel package.
pub static INSURANCE_SCHEMA: ObjectSchema = ObjectSchema {
    name: "insurance",
    fields: &[
        Field::optional("insurance_company", TEXT),
        Field::optional(
            "insurance_type",
            Type::String(StringRules::exactly(&[
                "cancellation",
                "travel",
                "cancellation_travel",
                "bankruptcy",
            ])),
        ),
        Field::optional("insurance_price", PRICE),
    ],
    root: Some(&EXTRA_MERCHANT_DATA),
    ..ObjectSchema::DEFAULT
};

pub(crate) static PASSENGER: Type = Type::Object(&PASSENGER_SCHEMA);

/// A passenger; also a car rental's driver. `title` is blank for passengers under 12.
pub static PASSENGER_SCHEMA: ObjectSchema = ObjectSchema {
    name: "passenger",
    fields: &[
        Field::optional("id", COUNT),
        Field::optional(
            "title",
            Type::String(StringRules::exactly(&["mr", "mrs", "ms", ""])),
        ),
        Field::optional("first_name", TEXT),
        Field::optional("last_name", TEXT),
    ],
    root: Some(&EXTRA_MERCHANT_DATA),
    ..ObjectSchema::DEFAULT
};

pub static HOTEL_RESERVATION: Type = Type::Object(&HOTEL_RESERVATION_DETAILS);

pub static HOTEL_RESERVATION_DETAILS: ObjectSchema = ObjectSchema {
    name: "hotel_reservation_details",
    fields: &[
        Field::optional("pnr", TEXT),
        Field::optional("hotel_itinerary", Type::Array(ArrayRules::of(&HOTEL_STAY))),
        Field::optional("insurance", Type::Array(ArrayRules::of(&INSURANCE))),
        Field::optional("passengers", Type::Array(ArrayRules::of(&PASSENGER))),
        Field::optional("affiliate_name", TEXT),
    ],
    root: Some(&EXTRA_MERCHANT_DATA),
    ..ObjectSchema::DEFAULT
};

static HOTEL_STAY: Type = Type::Object(&HOTEL_ITINERARY);

pub static HOTEL_ITINERARY: ObjectSchema = ObjectSchema {
    name: "hotel_itinerary",
    fields: &[
        Field::optional("hotel_name", TEXT),
        Field::optional("address", Type::Object(&EMD_ADDRESS)),
        Field::optional("start_time", DATE_TIME),
        Field::optional("end_time", DATE_TIME),
        Field::optional("number_of_rooms", COUNT),
        Field::optional("passenger_id", IDS),
        Field::optional("ticket_delivery_method", DELIVERY_METHOD),
        Field::optional("ticket_delivery_recipient", TEXT),
        Field::optional("hotel_price", PRICE_NUMBER),
        Field::optional("class", TEXT),
    ],
    root: Some(&EXTRA_MERCHANT_DATA),
    ..ObjectSchema::DEFAULT
};

pub static CAR_RENTAL_RESERVATION: Type = Type::Object(&CAR_RENTAL_RESERVATION_DETAILS);

pub static CAR_RENTAL_RESERVATION_DETAILS: ObjectSchema = ObjectSchema {
    name: "car_rental_reservation_details",
    fields: &[
        Field::optional("pnr", TEXT),
        Field::optional(
            "car_rental_itinerary",
            Type::Array(ArrayRules::of(&CAR_RENTAL)),
        ),
        Field::optional("insurance", Type::Array(ArrayRules::of(&INSURANCE))),
        Field::optional("drivers", Type::Array(ArrayRules::of(&PASSENGER))),
        Field::optional("affiliate_name", TEXT),
    ],
    root: Some(&EXTRA_MERCHANT_DATA),
    ..ObjectSchema::DEFAULT
};

static CAR_RENTAL: Type = Type::Object(&CAR_RENTAL_ITINERARY);

pub static CAR_RENTAL_ITINERARY: ObjectSchema = ObjectSchema {
    name: "car_rental_itinerary",
    fields: &[
        Field::optional("rental_company", TEXT),
        Field::optional("drivers_id", IDS),
        Field::optional("pick_up_location", Type::Object(&EMD_ADDRESS)),
        Field::optional("start_time", DATE_TIME),
        Field::optional("drop_off_location", Type::Object(&EMD_ADDRESS)),
        Field::optional("end_time", DATE_TIME),
        Field::optional("car_price", PRICE_NUMBER),
        Field::optional("class", TEXT),
    ],
    root: Some(&EXTRA_MERCHANT_DATA),
    ..ObjectSchema::DEFAULT
};

/// `trip_reservation_details`: Klarna publishes only an example (EMD.md §4.5), so its types
/// are the example's and a mismatch is a warning. `trip_itinerary` and `services` are objects.
/// Checked as [`Type::Undocumented`] (see the body schema).
pub(crate) static TRIPS: Type = Type::Array(ArrayRules::of(&TRIP));
static TRIP: Type = Type::Object(&TRIP_RESERVATION_DETAILS);

pub static TRIP_RESERVATION_DETAILS: ObjectSchema = ObjectSchema {
    name: "trip_reservation_details",
    fields: &[
        Field::optional("trip_itinerary", Type::Object(&TRIP_ITINERARY)),
        Field::optional(
            "trip_passengers",
            Type::Array(ArrayRules::of(&TRIP_PASSENGER)),
        ),
        // `"21"` and `"60"` in the example: strings.
        Field::optional("min_age", TEXT),
        Field::optional("max_age", TEXT),
        Field::optional("services", Type::Object(&TRIP_SERVICES)),
        Field::optional("affiliate_name", TEXT),
    ],
    root: Some(&EXTRA_MERCHANT_DATA),
    ..ObjectSchema::DEFAULT
};

pub static TRIP_ITINERARY: ObjectSchema = ObjectSchema {
    name: "trip_itinerary",
    fields: &[
        Field::optional("initial_country", COUNTRY),
        Field::optional("initial_city", TEXT),
        Field::optional("final_country", COUNTRY),
        Field::optional("final_city", TEXT),
        Field::optional("start_time", DATE_TIME),
        Field::optional("end_time", DATE_TIME),
    ],
    root: Some(&EXTRA_MERCHANT_DATA),
    ..ObjectSchema::DEFAULT
};

static TRIP_PASSENGER: Type = Type::Object(&TRIP_PASSENGER_SCHEMA);

pub static TRIP_PASSENGER_SCHEMA: ObjectSchema = ObjectSchema {
    name: "trip_passenger",
    fields: &[
        Field::optional("id", COUNT),
        Field::optional("title", TEXT),
        Field::optional("first_name", TEXT),
        Field::optional("last_name", TEXT),
        Field::optional(
            "birth_date",
            Type::String(StringRules::ANY.format(Format::Date)),
        ),
        Field::optional(
            "email",
            Type::String(StringRules::ANY.format(Format::Email)),
        ),
        Field::optional("unique_id", TEXT),
        // The string `"true"` / `"false"` in the example.
        Field::optional("main_passenger", TEXT),
    ],
    root: Some(&EXTRA_MERCHANT_DATA),
    ..ObjectSchema::DEFAULT
};

/// The trip's services: each the string `"true"` or `"false"` in the example
/// (`cancelation_service` with one "l", as Klarna spells it).
pub static TRIP_SERVICES: ObjectSchema = ObjectSchema {
    name: "trip_services",
    fields: &[
        Field::optional("travel_insurance", TEXT),
        Field::optional("hotel", TEXT),
        Field::optional("flight", TEXT),
        Field::optional("cancelation_service", TEXT),
        Field::optional("shared_room", TEXT),
    ],
    root: Some(&EXTRA_MERCHANT_DATA),
    ..ObjectSchema::DEFAULT
};
