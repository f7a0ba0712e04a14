//! Extra merchant data: the JSON document inside `attachment.body`, checked against
//! [`EXTRA_MERCHANT_DATA`] with the same pass as a payload, its paths continuing the request's
//! (`attachment.body.air_reservation_details[0].itinerary[1].departure`). Then the rules
//! across its fields, each a file here with one signature ([`BodyCheck`]), and the segment
//! presets ([`segments`]).
//!
//! Rule ids: `attachment_body` (the text is not a JSON object), the schema keywords and
//! formats (`type`, `enum`, `emd_date_time`, …), and `emd_passenger_id`, `emd_reference`,
//! `emd_time_order`, `emd_ticket_recipient`, `emd_delivery_address`, `emd_fallback_package`,
//! `emd_segment_package`.

pub mod delivery;
pub mod fallback;
pub mod recipient;
pub mod references;
pub mod segments;
pub mod times;

use super::{Cart, Keep, Members};
use crate::error::Problem;
use crate::json::{member, Parser, SyntaxError, SyntaxReason, Value};
use crate::model::emd::EXTRA_MERCHANT_DATA;
use crate::path::Path;
use crate::report::Report;
use crate::schema::{check_text_at, Type};

/// What the rules read of the body, package by package: the people, the itineraries and their
/// times and delivery, the delivery address; of the other packages only that they are there
/// (fallbacks, segments). Strings stay borrowed from the body's text; each kept object holds
/// only its kept members, so the record stays a fraction of the body.
pub(crate) static BODY_KEPT: Keep = Keep::Members(&[
    ("air_reservation_details", Keep::Items(&TRAVEL)),
    ("bus_reservation_details", Keep::Items(&TRAVEL)),
    ("train_reservation_details", Keep::Items(&TRAVEL)),
    ("ferry_reservation_details", Keep::Items(&TRAVEL)),
    ("hotel_reservation_details", Keep::Items(&HOTEL)),
    ("car_rental_reservation_details", Keep::Items(&CAR_RENTAL)),
    ("trip_reservation_details", Keep::Items(&TRIP)),
    ("event", Keep::Items(&EVENT)),
    ("voucher", Keep::Items(&SPAN)),
    ("subscription", Keep::Items(&SPAN)),
    ("customer_account_info", THERE),
    ("payment_history_full", Keep::Items(&PURCHASES)),
    ("payment_history_simple", THERE),
    ("marketplace_seller_info", THERE),
    ("marketplace_winner_info", THERE),
    ("other_delivery_address", Keep::Items(&DELIVERY)),
    ("in_store_payment", THERE),
    ("customer_tokens", THERE),
]);

/// Only that the package has items.
const THERE: Keep = Keep::Items(&Keep::Nothing);

static TRAVEL: Keep = Keep::Members(&[
    ("itinerary", Keep::Items(&SEGMENT)),
    ("passengers", Keep::Items(&PERSON)),
]);
static HOTEL: Keep = Keep::Members(&[
    ("hotel_itinerary", Keep::Items(&SEGMENT)),
    ("passengers", Keep::Items(&PERSON)),
]);
static CAR_RENTAL: Keep = Keep::Members(&[
    ("car_rental_itinerary", Keep::Items(&SEGMENT)),
    ("drivers", Keep::Items(&PERSON)),
]);
static TRIP: Keep = Keep::Members(&[("trip_itinerary", SPAN)]);

/// A segment, a stay or a rental: whom it names, when, and how tickets reach whom.
static SEGMENT: Keep = Keep::Members(&[
    ("passenger_id", Keep::Items(&Keep::Value)),
    ("drivers_id", Keep::Items(&Keep::Value)),
    ("start_time", Keep::Value),
    ("end_time", Keep::Value),
    ("ticket_delivery_method", Keep::Value),
    ("ticket_delivery_recipient", Keep::Value),
]);
static EVENT: Keep = Keep::Members(&[
    ("start_time", Keep::Value),
    ("end_time", Keep::Value),
    ("ticket_delivery_method", Keep::Value),
    ("ticket_delivery_recipient", Keep::Value),
]);
const SPAN: Keep = Keep::Members(&[("start_time", Keep::Value), ("end_time", Keep::Value)]);
static PURCHASES: Keep = Keep::Members(&[
    ("date_of_first_paid_purchase", Keep::Value),
    ("date_of_last_paid_purchase", Keep::Value),
]);
static PERSON: Keep = Keep::Members(&[("id", Keep::Value)]);
static DELIVERY: Keep = Keep::Members(&[
    ("first_name", Keep::Value),
    ("last_name", Keep::Value),
    ("street_address", Keep::Value),
    ("street_number", Keep::Value),
    ("postal_code", Keep::Value),
    ("city", Keep::Value),
    ("country", Keep::Value),
]);

/// A body read without a syntax error: its packages (as `BODY_KEPT` keeps them), the
/// request it came in, and where it sits.
pub struct Body<'v, 'a> {
    pub(crate) packages: Members<'v, 'a>,
    pub cart: &'v Cart<'v, 'a>,
    pub path: &'v Path<'v>,
}

/// The one signature of a rule across the body's fields.
pub type BodyCheck = fn(&Body<'_, '_>, &mut Report);

/// Every rule across the body's fields, in the order they run.
pub static BODY_RULES: &[BodyCheck] = &[
    references::check,
    times::check,
    recipient::check,
    delivery::check,
    fallback::check,
];

pub(crate) fn check(cart: &Cart<'_, '_>, report: &mut Report) {
    let attachment = Path::ROOT.key("attachment");
    let Some(Value::String(text)) =
        super::object(cart.root, "attachment").and_then(|a| member(a, "body"))
    else {
        // No body to read: only what the merchant's segments ask is missing.
        segments::check(None, cart, &attachment, report);
        return;
    };
    let path = attachment.key("body");
    // Checked into a report of its own: a syntax error replaces what was found before it.
    let mut found = Report::new(cart.options);
    match read(text, &path, &mut found) {
        Ok(packages) => {
            let body = Body {
                packages: &packages,
                cart,
                path: &path,
            };
            for rule in BODY_RULES {
                rule(&body, &mut found);
            }
            report.append(found);
            segments::check(Some(&packages), cart, &path, report);
        }
        Err(syntax) => report.push(&path, Problem::AttachmentBody { syntax }),
    }
}

/// The body's packages, or why it is not the JSON text of an object (`None`: it is JSON, but
/// not an object).
fn read<'a>(
    text: &'a str,
    path: &Path<'_>,
    report: &mut Report,
) -> Result<Vec<(std::borrow::Cow<'a, str>, Value<'a>)>, Option<SyntaxError>> {
    let mut reader = Parser::new(text);
    reader.skip_ws();
    if reader.peek() != Some(b'{') {
        // Any other JSON value (an array, a number, a doubly serialized string) is not a body.
        reader.skip(0).map_err(Some)?;
        reader.skip_ws();
        if reader.pos != reader.bytes.len() {
            return Err(Some(reader.error(SyntaxReason::TrailingCharacters)));
        }
        return Err(None);
    }
    match check_text_at(&BODY, text, &BODY_KEPT, path, report) {
        Ok(Value::Object(packages)) => Ok(packages),
        Ok(_) => Err(None),
        Err(syntax) => Err(Some(syntax)),
    }
}

static BODY: Type = Type::Object(&EXTRA_MERCHANT_DATA);

/// One step below a kept value, for reporting deep inside the body.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Step<'k> {
    Key(&'k str),
    Index(usize),
}

/// Reports `problem` at `base` followed by `steps`.
pub(crate) fn push_at(report: &mut Report, base: &Path<'_>, steps: &[Step<'_>], problem: Problem) {
    match steps.split_first() {
        None => report.push(base, problem),
        Some((Step::Key(key), rest)) => push_at(report, &base.key(key), rest, problem),
        Some((Step::Index(i), rest)) => push_at(report, &base.index(*i), rest, problem),
    }
}

/// The items of package `name` that are objects, with their index.
pub(crate) fn items<'v, 'a>(
    members: Members<'v, 'a>,
    name: &str,
) -> impl Iterator<Item = (usize, Members<'v, 'a>)> {
    let items: &'v [Value<'a>] = match member(members, name) {
        Some(Value::Array(items)) => items,
        _ => &[],
    };
    items.iter().enumerate().filter_map(|(i, item)| match item {
        Value::Object(m) => Some((i, m.as_slice())),
        _ => None,
    })
}

/// Whether package `name` is sent with at least one item.
pub(crate) fn sent(packages: Members<'_, '_>, name: &str) -> bool {
    matches!(member(packages, name), Some(Value::Array(items)) if !items.is_empty())
}
