//! Which extra merchant data packages each kind of merchant must send, from Klarna's EMD page
//! (EMD.md §5.2). `Options::segments` names the merchant's; the `emd_segment_package` rule
//! reports what is missing. Each requirement is a list of packages, any one of which will do.

use std::fmt;
use std::str::FromStr;

/// A kind of merchant Klarna asks for particular packages.
#[derive(Debug)]
pub struct Segment {
    /// The name options use (`travel`).
    pub name: &'static str,
    /// How messages name the merchants (`travel`).
    pub label: &'static str,
    /// Every requirement must be met; each by any one of its packages.
    pub requires: &'static [&'static [&'static str]],
}

/// Every segment, in the order of Klarna's table. At most 16 (a [`Segments`] is a `u16`).
pub static SEGMENTS: &[Segment] = &[
    Segment {
        name: "travel",
        label: "travel",
        requires: &[&[
            "air_reservation_details",
            "train_reservation_details",
            "bus_reservation_details",
            "ferry_reservation_details",
            "car_rental_reservation_details",
            "hotel_reservation_details",
            "trip_reservation_details",
        ]],
    },
    Segment {
        name: "marketplace",
        label: "marketplace",
        requires: &[&["marketplace_seller_info"]],
    },
    Segment {
        name: "ticketing",
        label: "ticketing",
        requires: &[&["event"]],
    },
    // The current table names customer_tokens; Klarna's KP and KCO examples still send
    // subscription (EMD.md §7), so either will do.
    Segment {
        name: "subscriptions",
        label: "subscription and on-demand",
        requires: &[&["customer_tokens", "subscription"]],
    },
    Segment {
        name: "in_store",
        label: "in-store",
        requires: &[&["in_store_payment"]],
    },
    Segment {
        name: "registered_checkout",
        label: "registered-checkout",
        requires: &[
            &["customer_account_info"],
            &["payment_history_full", "payment_history_simple"],
        ],
    },
    Segment {
        name: "pick_up_in_store",
        label: "pick-up-in-store",
        requires: &[&["other_delivery_address"]],
    },
    Segment {
        name: "vouchers",
        label: "voucher and digital-product",
        requires: &[&["voucher"]],
    },
];

/// A set of [`SEGMENTS`], by position.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Segments(u16);

impl Segments {
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn with(self, segment: &Segment) -> Self {
        let i = SEGMENTS.iter().position(|s| std::ptr::eq(s, segment));
        Segments(self.0 | i.map_or(0, |i| 1 << i))
    }

    /// The segments in the set, in table order.
    pub fn iter(self) -> impl Iterator<Item = &'static Segment> {
        SEGMENTS
            .iter()
            .enumerate()
            .filter(move |(i, _)| self.0 & (1 << i) != 0)
            .map(|(_, s)| s)
    }
}

/// A segment name that is not in [`SEGMENTS`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct UnknownSegment;

impl fmt::Display for UnknownSegment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unknown segment; expected one of: ")?;
        let names: Vec<&str> = SEGMENTS.iter().map(|s| s.name).collect();
        f.write_str(&names.join(", "))
    }
}

impl FromStr for Segments {
    type Err = UnknownSegment;

    /// Names separated by commas (`travel,marketplace`); the empty string is no segment.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        s.split(',')
            .filter(|name| !name.is_empty())
            .try_fold(Segments::default(), |set, name| {
                let segment = SEGMENTS.iter().find(|seg| seg.name == name);
                segment.map(|seg| set.with(seg)).ok_or(UnknownSegment)
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parse_into_a_set() {
        assert!(SEGMENTS.len() <= 16);
        let set: Segments = "marketplace,travel".parse().unwrap();
        let names: Vec<&str> = set.iter().map(|s| s.name).collect();
        assert_eq!(names, ["travel", "marketplace"]);
        assert!("".parse::<Segments>().unwrap().is_empty());
        assert_eq!("Travel".parse::<Segments>(), Err(UnknownSegment));
    }
}
