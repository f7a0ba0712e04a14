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

/// What the rules read of the body: per package item, the people, the segments and their
/// times, delivery and account fields. Strings stay borrowed from the body's text.
pub(crate) static BODY_KEPT: Keep = Keep::AnyMember(&Keep::Items(&ITEM));

static ITEM: Keep = Keep::Members(&[
    ("itinerary", Keep::Items(&SEGMENT)),
    ("hotel_itinerary", Keep::Items(&SEGMENT)),
    ("car_rental_itinerary", Keep::Items(&SEGMENT)),
    ("trip_itinerary", SEGMENT),
    ("passengers", Keep::Items(&PERSON)),
    ("drivers", Keep::Items(&PERSON)),
    ("start_time", Keep::Value),
    ("end_time", Keep::Value),
    ("ticket_delivery_method", Keep::Value),
    ("ticket_delivery_recipient", Keep::Value),
    ("date_of_first_paid_purchase", Keep::Value),
    ("date_of_last_paid_purchase", Keep::Value),
    ("first_name", Keep::Value),
    ("last_name", Keep::Value),
    ("street_address", Keep::Value),
    ("street_number", Keep::Value),
    ("postal_code", Keep::Value),
    ("city", Keep::Value),
    ("country", Keep::Value),
]);

const SEGMENT: Keep = Keep::Members(&[
    ("passenger_id", Keep::Items(&Keep::Value)),
    ("drivers_id", Keep::Items(&Keep::Value)),
    ("start_time", Keep::Value),
    ("end_time", Keep::Value),
    ("ticket_delivery_method", Keep::Value),
    ("ticket_delivery_recipient", Keep::Value),
]);

static PERSON: Keep = Keep::Members(&[("id", Keep::Value)]);

/// A body read without a syntax error: its packages (as [`BODY_KEPT`] keeps them), the
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
