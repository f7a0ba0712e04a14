//! `emd_time_order`: an end is not before its start. No Klarna source states it (EMD.md §5.1),
//! so a warning; compared only when both are valid `emd_date_time`s.

use super::{items, push_at, Body, Step};
use crate::error::Problem;
use crate::json::{member, Value};
use crate::keywords::format::date_time::DateTime;
use crate::report::Report;
use crate::rules::Members;

/// Packages whose items have a start and an end.
const DATED: &[&str] = &["event", "voucher", "subscription"];

/// Reservations whose itineraries have them (and the trip's single itinerary object).
const RESERVATIONS: &[(&str, &str)] = &[
    ("hotel_reservation_details", "hotel_itinerary"),
    ("car_rental_reservation_details", "car_rental_itinerary"),
];

const SPANS: &[(&str, &str)] = &[
    ("start_time", "end_time"),
    ("date_of_first_paid_purchase", "date_of_last_paid_purchase"),
];

pub(crate) fn check(body: &Body<'_, '_>, report: &mut Report) {
    let packages = body.packages;
    for &package in DATED.iter().chain(&["payment_history_full"]) {
        for (i, item) in items(packages, package) {
            span(body, item, &[Step::Key(package), Step::Index(i)], report);
        }
    }
    for &(package, itinerary) in RESERVATIONS {
        for (i, reservation) in items(packages, package) {
            for (k, stay) in items(reservation, itinerary) {
                let at = [
                    Step::Key(package),
                    Step::Index(i),
                    Step::Key(itinerary),
                    Step::Index(k),
                ];
                span(body, stay, &at, report);
            }
        }
    }
    for (i, trip) in items(packages, "trip_reservation_details") {
        if let Some(Value::Object(itinerary)) = member(trip, "trip_itinerary") {
            let at = [
                Step::Key("trip_reservation_details"),
                Step::Index(i),
                Step::Key("trip_itinerary"),
            ];
            span(body, itinerary, &at, report);
        }
    }
}

fn span(body: &Body<'_, '_>, item: Members<'_, '_>, at: &[Step<'_>], report: &mut Report) {
    let time = |key| match member(item, key) {
        Some(Value::String(s)) => DateTime::parse(s).ok(),
        _ => None,
    };
    for &(start, end) in SPANS {
        if let (Some(a), Some(b)) = (time(start), time(end)) {
            if b < a {
                let mut steps = at.to_vec();
                steps.push(Step::Key(end));
                push_at(report, body.path, &steps, Problem::EmdTimeOrder { start });
            }
        }
    }
}
