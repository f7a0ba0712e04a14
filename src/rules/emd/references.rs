//! `emd_passenger_id` and `emd_reference`: the people of a reservation are numbered
//! (`passengers[].id`, `drivers[].id`) and its itineraries name them (`passenger_id`,
//! `drivers_id`). Klarna's air schema states both directions, so a flight naming no passenger
//! of its reservation is an error; elsewhere the pairing is by name only, a warning. Checked
//! only when the reservation lists its people: without them there is nothing to refer to.

use super::{items, push_at, Body, Step};
use crate::error::{Problem, ReferenceIssue};
use crate::json::{member, Value};
use crate::report::Report;
use crate::rules::{safe_int, Members};

/// A package whose items number their people and refer to them.
struct Reservation {
    package: &'static str,
    itinerary: &'static str,
    people: &'static str,
    ids: &'static str,
    /// Klarna's air schema: a dangling id is an error, an unnamed passenger a warning.
    documented: bool,
}

static RESERVATIONS: &[Reservation] = &[
    Reservation {
        package: "air_reservation_details",
        itinerary: "itinerary",
        people: "passengers",
        ids: "passenger_id",
        documented: true,
    },
    Reservation {
        package: "bus_reservation_details",
        itinerary: "itinerary",
        people: "passengers",
        ids: "passenger_id",
        documented: false,
    },
    Reservation {
        package: "train_reservation_details",
        itinerary: "itinerary",
        people: "passengers",
        ids: "passenger_id",
        documented: false,
    },
    Reservation {
        package: "ferry_reservation_details",
        itinerary: "itinerary",
        people: "passengers",
        ids: "passenger_id",
        documented: false,
    },
    Reservation {
        package: "hotel_reservation_details",
        itinerary: "hotel_itinerary",
        people: "passengers",
        ids: "passenger_id",
        documented: false,
    },
    Reservation {
        package: "car_rental_reservation_details",
        itinerary: "car_rental_itinerary",
        people: "drivers",
        ids: "drivers_id",
        documented: false,
    },
];

pub(crate) fn check(body: &Body<'_, '_>, report: &mut Report) {
    for r in RESERVATIONS {
        for (i, reservation) in items(body.packages, r.package) {
            check_reservation(body, r, i, reservation, report);
        }
    }
}

fn check_reservation(
    body: &Body<'_, '_>,
    r: &Reservation,
    index: usize,
    reservation: Members<'_, '_>,
    report: &mut Report,
) {
    let Some(Value::Array(_)) = member(reservation, r.people) else {
        return;
    };
    let people: Vec<(usize, i64)> = items(reservation, r.people)
        .filter_map(|(j, person)| Some((j, member(person, "id").and_then(safe_int)?)))
        .collect();
    // Sorted, so that each lookup is a binary search: a reservation may list thousands.
    let mut known: Vec<i64> = people.iter().map(|&(_, id)| id).collect();
    known.sort_unstable();
    let mut named = Vec::new();
    for (k, segment) in items(reservation, r.itinerary) {
        let Some(Value::Array(ids)) = member(segment, r.ids) else {
            continue;
        };
        for (n, id) in ids.iter().enumerate() {
            let Some(id) = safe_int(id) else { continue };
            named.push(id);
            if known.binary_search(&id).is_ok() {
                continue;
            }
            let problem = if r.documented {
                Problem::EmdPassengerId { id }
            } else {
                Problem::EmdReference {
                    issue: ReferenceIssue::Unknown {
                        id,
                        list: if r.people == "drivers" {
                            "drivers[].id"
                        } else {
                            "passengers[].id"
                        },
                    },
                }
            };
            let steps = [
                Step::Key(r.package),
                Step::Index(index),
                Step::Key(r.itinerary),
                Step::Index(k),
                Step::Key(r.ids),
                Step::Index(n),
            ];
            push_at(report, body.path, &steps, problem);
        }
    }
    // Klarna's air schema: each passenger id is one of the itineraries' passenger_id values.
    if !r.documented || named.is_empty() {
        return;
    }
    named.sort_unstable();
    for &(j, id) in &people {
        if named.binary_search(&id).is_err() {
            let steps = [
                Step::Key(r.package),
                Step::Index(index),
                Step::Key(r.people),
                Step::Index(j),
                Step::Key("id"),
            ];
            let issue = ReferenceIssue::Unused {
                by: "itinerary[].passenger_id",
            };
            push_at(report, body.path, &steps, Problem::EmdReference { issue });
        }
    }
}
