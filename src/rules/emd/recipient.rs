//! `emd_ticket_recipient`: who receives the tickets follows how they are delivered (Klarna's
//! EMD schema: the e-mail address for `email`, the phone number for `phone`, "First Last" for
//! `pick_up` and `post`). Only the shape is judged, loosely, and nothing of it is shown.

use super::{items, push_at, Body, Step};
use crate::error::Problem;
use crate::keywords::format::{email::plausible_email, phone::plausible_phone};
use crate::report::Report;
use crate::rules::{text, Members};

/// Reservations whose itineraries deliver tickets.
const RESERVATIONS: &[(&str, &str)] = &[
    ("air_reservation_details", "itinerary"),
    ("bus_reservation_details", "itinerary"),
    ("train_reservation_details", "itinerary"),
    ("ferry_reservation_details", "itinerary"),
    ("hotel_reservation_details", "hotel_itinerary"),
];

pub(crate) fn check(body: &Body<'_, '_>, report: &mut Report) {
    for &(package, itinerary) in RESERVATIONS {
        for (i, reservation) in items(body.packages, package) {
            for (k, segment) in items(reservation, itinerary) {
                let at = [
                    Step::Key(package),
                    Step::Index(i),
                    Step::Key(itinerary),
                    Step::Index(k),
                ];
                delivery(body, segment, &at, report);
            }
        }
    }
    for (i, event) in items(body.packages, "event") {
        delivery(body, event, &[Step::Key("event"), Step::Index(i)], report);
    }
}

fn delivery(body: &Body<'_, '_>, item: Members<'_, '_>, at: &[Step<'_>], report: &mut Report) {
    let (Some(method), Some(recipient)) = (
        text(item, "ticket_delivery_method"),
        text(item, "ticket_delivery_recipient"),
    ) else {
        return;
    };
    if recipient.trim().is_empty() {
        return;
    }
    let (method, expected, fits): (&'static str, &'static str, bool) = match method {
        "email" => ("email", "an e-mail address", plausible_email(recipient)),
        "phone" => ("phone", "a phone number", plausible_phone(recipient)),
        "pick_up" => ("pick_up", "a name", is_name(recipient)),
        "post" => ("post", "a name", is_name(recipient)),
        // Another value is `enum` or `emd_enum_case`'s to report.
        _ => return,
    };
    if !fits {
        let mut steps = at.to_vec();
        steps.push(Step::Key("ticket_delivery_recipient"));
        push_at(
            report,
            body.path,
            &steps,
            Problem::EmdTicketRecipient { method, expected },
        );
    }
}

/// A name, not an e-mail address or a phone number.
fn is_name(s: &str) -> bool {
    !plausible_email(s) && !plausible_phone(s)
}
