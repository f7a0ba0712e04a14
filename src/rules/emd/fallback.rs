//! `emd_fallback_package`: two packages stand in for others when those cannot be filled
//! (Klarna's EMD page): `trip_reservation_details` for the specific travel packages, and
//! `payment_history_simple` for `payment_history_full`. Sent beside them, they are a warning.

use super::{push_at, sent, Body, Step};
use crate::error::Problem;
use crate::report::Report;

/// (fallback, the packages it stands in for, how the message names them).
const FALLBACKS: &[(&str, &[&str], &str)] = &[
    (
        "trip_reservation_details",
        &[
            "air_reservation_details",
            "bus_reservation_details",
            "train_reservation_details",
            "ferry_reservation_details",
            "hotel_reservation_details",
            "car_rental_reservation_details",
        ],
        "the specific travel packages",
    ),
    (
        "payment_history_simple",
        &["payment_history_full"],
        "payment_history_full",
    ),
];

pub(crate) fn check(body: &Body<'_, '_>, report: &mut Report) {
    for &(fallback, specific, instead) in FALLBACKS {
        if sent(body.packages, fallback) && specific.iter().any(|p| sent(body.packages, p)) {
            let problem = Problem::EmdFallbackPackage { instead };
            push_at(report, body.path, &[Step::Key(fallback)], problem);
        }
    }
}
