//! klarna-precheck: checks Klarna Payments and Customer Token API request payloads before they
//! are sent, and reports every violation with the path Klarna would name
//! (`order_lines[2].total_tax_amount`).
//!
//! The core is plain Rust and knows nothing of JavaScript; `src/wasm.rs` is the only file that
//! does, and it is compiled only for `wasm32`.
//!
//! ```
//! use klarna_precheck::{validate, Options, PayloadKind};
//!
//! let report = validate(PayloadKind::Order, r#"{"purchase_country": "GB"}"#, &Options::default());
//! assert!(!report.valid);
//! let missing: Vec<&str> = report.errors.iter().map(|e| e.path.as_str()).collect();
//! assert_eq!(missing, ["order_amount", "order_lines", "purchase_currency"]);
//! assert_eq!(report.errors[0].message, "Bad value: order_amount is required");
//! ```

#[cfg(feature = "builders")]
pub mod build;
pub mod data;
pub mod error;
#[cfg(feature = "builders")]
pub mod flow;
pub mod json;
pub mod keywords;
#[cfg(feature = "builders")]
pub mod mock;
pub mod model;
pub mod path;
pub mod report;
pub mod rules;
pub mod schema;
#[cfg(feature = "builders")]
pub mod state;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use error::{
    Declaration, ErrorCode, Evidence, NumberText, Problem, Rule, Scalar, Severity, Unserializable,
    RULES,
};
pub use keywords::format::date::Date;
pub use report::{ErrorV2, Report, Violation};

use json::Value;
use schema::ObjectSchema;
use std::fmt;
use std::str::FromStr;

/// The request payloads this crate checks, one per Klarna endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PayloadKind {
    /// POST /payments/v1/sessions: create a session (`session_create`).
    Session,
    /// POST /payments/v1/sessions/{session_id}, and the data a page passes to
    /// `Klarna.Payments.authorize()` / `load()`: the spec's `session`, nothing required.
    SessionUpdate,
    /// POST /payments/v1/authorizations/{authorizationToken}/order.
    Order,
    /// POST /payments/v1/authorizations/{authorizationToken}/customer-token.
    CustomerToken,
    /// POST /customer-token/v1/tokens/{customerToken}/order.
    TokenOrder,
    /// PATCH /customer-token/v1/tokens/{customerToken}/status.
    TokenStatus,
    /// POST /ordermanagement/v1/orders/{order_id}/captures.
    Capture,
    /// POST /ordermanagement/v1/orders/{order_id}/refunds.
    Refund,
    /// PATCH /ordermanagement/v1/orders/{order_id}/authorization.
    UpdateAuthorization,
    /// PATCH /ordermanagement/v1/orders/{order_id}/customer-details.
    UpdateCustomerDetails,
    /// PATCH /ordermanagement/v1/orders/{order_id}/merchant-references.
    UpdateMerchantReferences,
    /// POST /ordermanagement/v1/orders/{order_id}/shipping-info, and the same on a capture.
    ShippingInfo,
    /// PATCH /ordermanagement/v1/orders/{order_id}/captures/{capture_id}/extend-due-date.
    ExtendDueDate,
    /// POST /ordermanagement/v1/orders/{order_id}/cancel (no body).
    Cancel,
    /// POST /ordermanagement/v1/orders/{order_id}/release-remaining-authorization (no body).
    ReleaseRemainingAuthorization,
    /// POST /ordermanagement/v1/orders/{order_id}/extend-authorization-time (no body).
    ExtendAuthorizationTime,
    /// POST /hpp/v1/sessions.
    HppSession,
    /// POST /hpp/v1/sessions/{session_id}/distribution.
    HppDistribution,
}

/// Every kind with its name, endpoint and schema: the one table the enum's methods read.
const KINDS: &[(PayloadKind, &str, &str, &ObjectSchema)] = &[
    (PayloadKind::Session, "session", "POST /payments/v1/sessions", &model::session::SESSION_CREATE),
    (
        PayloadKind::SessionUpdate,
        "session_update",
        "POST /payments/v1/sessions/{session_id}, and the data passed to Klarna.Payments.authorize() / load()",
        &model::session::SESSION,
    ),
    (
        PayloadKind::Order,
        "order",
        "POST /payments/v1/authorizations/{authorizationToken}/order",
        &model::order::CREATE_ORDER_REQUEST,
    ),
    (
        PayloadKind::CustomerToken,
        "customer_token",
        "POST /payments/v1/authorizations/{authorizationToken}/customer-token",
        &model::customer_token::CUSTOMER_TOKEN_CREATION_REQUEST,
    ),
    (
        PayloadKind::TokenOrder,
        "token_order",
        "POST /customer-token/v1/tokens/{customerToken}/order",
        &model::token_order::CUSTOMER_TOKEN_ORDER,
    ),
    (
        PayloadKind::TokenStatus,
        "token_status",
        "PATCH /customer-token/v1/tokens/{customerToken}/status",
        &model::token_status::CUSTOMER_TOKEN_STATUS_UPDATE_REQUEST,
    ),
    (
        PayloadKind::Capture,
        "capture",
        "POST /ordermanagement/v1/orders/{order_id}/captures",
        &model::om::capture::CAPTURE_OBJECT,
    ),
    (
        PayloadKind::Refund,
        "refund",
        "POST /ordermanagement/v1/orders/{order_id}/refunds",
        &model::om::refund::REFUND_OBJECT,
    ),
    (
        PayloadKind::UpdateAuthorization,
        "update_authorization",
        "PATCH /ordermanagement/v1/orders/{order_id}/authorization",
        &model::om::authorization::UPDATE_AUTHORIZATION,
    ),
    (
        PayloadKind::UpdateCustomerDetails,
        "update_customer_details",
        "PATCH /ordermanagement/v1/orders/{order_id}/customer-details",
        &model::om::customer_details::UPDATE_CONSUMER,
    ),
    (
        PayloadKind::UpdateMerchantReferences,
        "update_merchant_references",
        "PATCH /ordermanagement/v1/orders/{order_id}/merchant-references",
        &model::om::merchant_references::UPDATE_MERCHANT_REFERENCES,
    ),
    (
        PayloadKind::ShippingInfo,
        "shipping_info",
        "POST /ordermanagement/v1/orders/{order_id}/shipping-info (and …/captures/{capture_id}/shipping-info)",
        &model::om::shipping_info::UPDATE_SHIPPING_INFO,
    ),
    (
        PayloadKind::ExtendDueDate,
        "extend_due_date",
        "PATCH /ordermanagement/v1/orders/{order_id}/captures/{capture_id}/extend-due-date",
        &model::om::due_date::EXTEND_DUE_DATE_REQUEST,
    ),
    (
        PayloadKind::Cancel,
        "cancel",
        "POST /ordermanagement/v1/orders/{order_id}/cancel (no body)",
        &model::om::NO_BODY,
    ),
    (
        PayloadKind::ReleaseRemainingAuthorization,
        "release_remaining_authorization",
        "POST /ordermanagement/v1/orders/{order_id}/release-remaining-authorization (no body)",
        &model::om::NO_BODY,
    ),
    (
        PayloadKind::ExtendAuthorizationTime,
        "extend_authorization_time",
        "POST /ordermanagement/v1/orders/{order_id}/extend-authorization-time (no body)",
        &model::om::NO_BODY,
    ),
    (PayloadKind::HppSession, "hpp_session", "POST /hpp/v1/sessions", &model::hpp::SESSION_CREATION_REQUEST),
    (
        PayloadKind::HppDistribution,
        "hpp_distribution",
        "POST /hpp/v1/sessions/{session_id}/distribution",
        &model::hpp::DISTRIBUTION_REQUEST,
    ),
];

impl PayloadKind {
    /// Every kind, in the order of `KINDS` (the JS skin's `PAYLOAD_KINDS`, generated).
    pub const ALL: [PayloadKind; 18] = {
        let mut all = [PayloadKind::Session; 18];
        let mut i = 0;
        while i < KINDS.len() {
            all[i] = KINDS[i].0;
            i += 1;
        }
        all
    };

    fn entry(
        self,
    ) -> &'static (
        PayloadKind,
        &'static str,
        &'static str,
        &'static ObjectSchema,
    ) {
        // `KINDS` is in declaration order (tested), so a kind's position is its index.
        &KINDS[self as usize]
    }

    pub fn as_str(self) -> &'static str {
        self.entry().1
    }

    /// The request this kind is the body of.
    pub fn endpoint(self) -> &'static str {
        self.entry().2
    }

    /// The spec schema this kind is checked against.
    pub fn schema(self) -> &'static ObjectSchema {
        self.entry().3
    }

    /// Whether the call has a request body: `cancel`, `release_remaining_authorization` and
    /// `extend_authorization_time` take none, and an empty text is their body (Klarna answered
    /// 204 to each sent with zero bytes, collected 145–150).
    pub fn takes_body(self) -> bool {
        !std::ptr::eq(self.schema(), &model::om::NO_BODY)
    }

    /// Which Klarna API the kind belongs to.
    pub fn api(self) -> Api {
        use PayloadKind::*;
        match self {
            Session | SessionUpdate | Order | CustomerToken => Api::Payments,
            TokenOrder | TokenStatus => Api::CustomerToken,
            Capture
            | Refund
            | UpdateAuthorization
            | UpdateCustomerDetails
            | UpdateMerchantReferences
            | ShippingInfo
            | ExtendDueDate
            | Cancel
            | ReleaseRemainingAuthorization
            | ExtendAuthorizationTime => Api::OrderManagement,
            HppSession | HppDistribution => Api::HostedPaymentPage,
        }
    }
}

/// The Klarna APIs whose requests are checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Api {
    Payments,
    CustomerToken,
    OrderManagement,
    HostedPaymentPage,
}

impl fmt::Display for PayloadKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A kind name that is not one of [`PayloadKind::ALL`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownKind;

impl fmt::Display for UnknownKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unknown payload kind; expected one of: ")?;
        for (i, kind) in PayloadKind::ALL.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(kind.as_str())?;
        }
        Ok(())
    }
}

impl std::error::Error for UnknownKind {}

impl FromStr for PayloadKind {
    type Err = UnknownKind;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        PayloadKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or(UnknownKind)
    }
}

/// How a validation is run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Report warnings as errors (a strict CI gate): the way to hold a payload to the spec's
    /// letter where Klarna is more lenient. Default: false.
    pub warnings_as_errors: bool,
    /// Today's date, for "not in the future" (`customer.date_of_birth`). `None`: the system
    /// clock, natively; on wasm32 the JS boundary always passes the JS clock's date.
    pub today: Option<keywords::format::date::Date>,
    /// The merchant's segments (travel, marketplace, …): each turns "this segment must send
    /// extra merchant data package X" into `emd_segment_package` warnings on the requests that
    /// carry EMD after the shopper chose Klarna (session updates and token orders). Default: none.
    pub segments: data::emd_segments::Segments,
}

/// Checks a JSON text. Malformed JSON gives a report with one `json_syntax` error at path `""`.
/// One pass: the text is checked as it is read, and only what the cross-field rules need is
/// kept (see `schema::check_text`).
pub fn validate(kind: PayloadKind, json: &str, options: &Options) -> Report {
    // A call without a body is sent with none: no text is its empty object.
    let json = if !kind.takes_body() && json.trim().is_empty() {
        "{}"
    } else {
        json
    };
    let mut report = Report::new(options);
    match schema::check_text(kind.schema(), json, &rules::KEPT, &mut report) {
        Ok(Value::Object(record)) => rules::check(kind, &record, options, &mut report),
        // Not an object: reported as a type error; there is nothing for the rules.
        Ok(_) => {}
        Err(error) => return Report::of(Problem::Syntax { error }, options),
    }
    report.finish(options);
    report
}

/// Checks a JSON text given as bytes (a request body, a file): UTF-8 with an optional byte
/// order mark, which is skipped. Invalid UTF-8 gives one `json_syntax` error naming the byte.
pub fn validate_bytes(kind: PayloadKind, json: &[u8], options: &Options) -> Report {
    match json::text_of(json) {
        Ok(text) => validate(kind, text, options),
        Err(error) => Report::of(Problem::Syntax { error }, options),
    }
}
