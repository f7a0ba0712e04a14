//! `check_against_order`: what Klarna would refuse of an Order Management call given the order
//! as Klarna holds it (the object `GET /ordermanagement/v1/orders/{order_id}` returns: status,
//! amounts captured, refunded and remaining, expiry, fraud status, captures). Each refusal is
//! reported in Klarna's words, with its error code (ORDER-MANAGEMENT.md §3). The body's own
//! checks are `validate`'s; here only what depends on the order.
//!
//! One file per family of calls, each rule of the same signature ([`StateCheck`]), registered
//! once in [`STATE_RULES`] with the kinds it applies to. A rule reads only what the order says:
//! an amount or a date the order object lacks is no finding.

pub mod authorization;
pub mod capture;
pub mod idempotency;
pub mod lifecycle;
pub mod refund;
pub mod updates;

use crate::error::Problem;
use crate::json::{self, member, Value};
use crate::keywords::format::date_time::unix_millis;
use crate::path::Path;
use crate::report::Report;
use crate::rules::{int, object, text, Members};
use crate::{Options, PayloadKind};

/// Why there is nothing to check against.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StateError {
    #[error(
        "the order must be the JSON object GET /ordermanagement/v1/orders/{{order_id}} returns"
    )]
    NotAnOrder,
    #[error("{0} is not an Order Management call")]
    NotAnOrderManagementCall(&'static str),
}

/// When and on what the call is made.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CallContext {
    /// Now, in milliseconds since 1970-01-01 UTC (expiry is judged against it). `None`: the
    /// system clock natively; the JS boundary always passes `Date.now()`.
    pub now: Option<i64>,
    /// The capture a capture-level call is made on (shipping info on a capture, extend due date).
    pub capture_id: Option<String>,
}

/// The order as Klarna returns it, read leniently: what is absent is unknown.
pub struct Order<'v, 'a> {
    pub(crate) members: Members<'v, 'a>,
}

/// The order's status, in Klarna's spelling.
pub(crate) const STATUSES: &[&str] = &[
    "AUTHORIZED",
    "PART_CAPTURED",
    "CAPTURED",
    "CANCELLED",
    "EXPIRED",
    "CLOSED",
];

impl Order<'_, '_> {
    pub fn amount(&self, key: &str) -> Option<i64> {
        int(self.members, key)
    }

    /// `status`, one of `STATUSES` in any case.
    pub fn status(&self) -> Option<&'static str> {
        let s = text(self.members, "status")?;
        STATUSES.iter().find(|x| x.eq_ignore_ascii_case(s)).copied()
    }

    pub fn fraud_status_is(&self, wanted: &str) -> bool {
        text(self.members, "fraud_status").is_some_and(|s| s.eq_ignore_ascii_case(wanted))
    }

    /// The order's captures, as objects.
    pub fn captures(&self) -> Vec<Members<'_, '_>> {
        match member(self.members, "captures") {
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(|c| match c {
                    Value::Object(m) => Some(m.as_slice()),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Whether anything was captured: a capture listed (even one of 0, for free items), or
    /// `captured_amount` above 0.
    pub fn has_captures(&self) -> Option<bool> {
        let listed = matches!(member(self.members, "captures"), Some(Value::Array(_)));
        match (self.amount("captured_amount"), self.captures().is_empty()) {
            (_, false) => Some(true),
            (Some(captured), true) => Some(captured > 0),
            (None, true) => listed.then_some(false),
        }
    }

    pub fn time(&self, key: &str) -> Option<i64> {
        text(self.members, key).and_then(unix_millis)
    }

    /// The order id, shown in Klarna's messages when it is id-shaped (a UUID's characters):
    /// anything else could be personal data pasted in the wrong place.
    pub fn order_id(&self) -> Option<String> {
        text(self.members, "order_id").and_then(shown_id)
    }

    pub fn payment_method_type(&self) -> Option<&str> {
        object(self.members, "initial_payment_method").and_then(|m| text(m, "type"))
    }
}

/// An id as Klarna's messages show it: hex digits and dashes, up to 64.
pub(crate) fn shown_id(id: &str) -> Option<String> {
    let shaped =
        (1..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-');
    shaped.then(|| id.to_string())
}

/// One call: its kind, body, the order, and when it is made.
pub struct Call<'v, 'a> {
    pub kind: PayloadKind,
    pub(crate) body: Members<'v, 'a>,
    pub order: Order<'v, 'a>,
    /// Now, in ms since 1970 (`None`: unknown, so expiry is judged by `status` alone).
    pub now: Option<i64>,
    pub capture_id: Option<&'v str>,
}

impl Call<'_, '_> {
    /// Whether the order has expired: status EXPIRED, or `expires_at` before now.
    pub fn expired(&self) -> bool {
        self.order.status() == Some("EXPIRED")
            || matches!((self.order.time("expires_at"), self.now), (Some(at), Some(now)) if at <= now)
    }

    pub fn body_amount(&self, key: &str) -> Option<i64> {
        int(self.body, key)
    }
}

/// The one signature of a rule against the order.
pub type StateCheck = fn(&Call<'_, '_>, &mut Report);

use PayloadKind::{
    Cancel, Capture, ExtendAuthorizationTime, ExtendDueDate, Refund, ReleaseRemainingAuthorization,
    ShippingInfo, UpdateAuthorization, UpdateCustomerDetails, UpdateMerchantReferences,
};

/// Every rule against the order, with the calls it judges.
pub static STATE_RULES: &[(&[PayloadKind], StateCheck)] = &[
    (&[Capture], capture::check),
    (&[Refund], refund::check),
    (&[UpdateAuthorization], authorization::check),
    (&[Cancel], lifecycle::cancel),
    (&[ReleaseRemainingAuthorization], lifecycle::release),
    (&[ExtendAuthorizationTime], lifecycle::extend),
    (
        &[UpdateCustomerDetails, UpdateMerchantReferences],
        updates::cancelled,
    ),
    (&[ShippingInfo, ExtendDueDate], updates::capture_level),
    (&[ExtendDueDate], updates::due_date),
];

/// Checks one Order Management call against the order. A body that is not JSON gives the one
/// `json_syntax` error `validate` would; an order that is not a JSON object is refused.
pub fn check_against_order(
    kind: PayloadKind,
    body: &str,
    order: &str,
    context: &CallContext,
) -> Result<Report, StateError> {
    if kind.api() != crate::Api::OrderManagement {
        return Err(StateError::NotAnOrderManagementCall(kind.as_str()));
    }
    let options = Options::default();
    let Ok(Value::Object(order)) = json::parse(order) else {
        return Err(StateError::NotAnOrder);
    };
    let body = match json::parse(body) {
        Ok(Value::Object(members)) => members,
        // `{}` for the calls without a body; anything else is `validate`'s to report.
        Ok(_) => Vec::new(),
        Err(error) => return Ok(Report::of(Problem::Syntax { error }, &options)),
    };
    let now = context.now.or_else(system_now);
    let call = Call {
        kind,
        body: &body,
        order: Order { members: &order },
        now,
        capture_id: context.capture_id.as_deref(),
    };
    let mut report = Report::new(&options);
    for (kinds, rule) in STATE_RULES {
        if kinds.contains(&kind) {
            rule(&call, &mut report);
        }
    }
    report.finish(&options);
    Ok(report)
}

fn system_now() -> Option<i64> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let since = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?;
        i64::try_from(since.as_millis()).ok()
    }
    #[cfg(target_arch = "wasm32")]
    None
}

/// Reports at a body member (`""`: the call as a whole).
pub(crate) fn at(key: &str, report: &mut Report, problem: Problem) {
    if key.is_empty() {
        report.push(&Path::ROOT, problem);
    } else {
        report.push(&Path::ROOT.key(key), problem);
    }
}

/// The status as shown in messages, lowercase (`cancelled`).
pub(crate) fn lower(status: &'static str) -> &'static str {
    match status {
        "CANCELLED" => "cancelled",
        "CLOSED" => "closed",
        "CAPTURED" => "captured",
        "EXPIRED" => "expired",
        "PART_CAPTURED" => "part_captured",
        _ => "authorized",
    }
}
