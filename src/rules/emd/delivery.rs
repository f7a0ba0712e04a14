//! `emd_delivery_address`: an address repeated in `other_delivery_address` must not differ
//! from the request's `shipping_address` (Klarna's EMD page, EMD.md §4.14). Compared field by
//! field where both are sent, ignoring case, spaces and punctuation; the street matches when
//! the shipping street contains the EMD street name and number. Values are never shown.

use super::{items, push_at, Body, Step};
use crate::error::Problem;
use crate::report::Report;
use crate::rules::{object, text};

/// EMD field → `shipping_address` field.
const PAIRS: &[(&str, &str)] = &[
    ("first_name", "given_name"),
    ("last_name", "family_name"),
    ("postal_code", "postal_code"),
    ("city", "city"),
    ("country", "country"),
];

pub(crate) fn check(body: &Body<'_, '_>, report: &mut Report) {
    let Some(shipping) = object(body.cart.root, "shipping_address") else {
        return;
    };
    for (i, address) in items(body.packages, "other_delivery_address") {
        let at = |field| {
            [
                Step::Key("other_delivery_address"),
                Step::Index(i),
                Step::Key(field),
            ]
        };
        for &(emd, klarna) in PAIRS {
            if let (Some(a), Some(b)) = (text(address, emd), text(shipping, klarna)) {
                if !a.trim().is_empty() && folded(a) != folded(b) {
                    let problem = Problem::EmdDeliveryAddress { field: klarna };
                    push_at(report, body.path, &at(emd), problem);
                }
            }
        }
        if let Some(street) = text(shipping, "street_address").map(folded) {
            for part in ["street_address", "street_number"] {
                if let Some(value) = text(address, part).map(folded) {
                    if !value.is_empty() && !street.contains(&value) {
                        let problem = Problem::EmdDeliveryAddress {
                            field: "street_address",
                        };
                        push_at(report, body.path, &at(part), problem);
                    }
                }
            }
        }
    }
}

/// Letters and digits only, lowercased: `W1B 1JA` and `w1b1ja` agree.
fn folded(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}
