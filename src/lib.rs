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
pub mod model;
pub mod path;
pub mod report;
pub mod rules;
pub mod schema;

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
}

impl PayloadKind {
    pub const ALL: [PayloadKind; 6] = [
        PayloadKind::Session,
        PayloadKind::SessionUpdate,
        PayloadKind::Order,
        PayloadKind::CustomerToken,
        PayloadKind::TokenOrder,
        PayloadKind::TokenStatus,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PayloadKind::Session => "session",
            PayloadKind::SessionUpdate => "session_update",
            PayloadKind::Order => "order",
            PayloadKind::CustomerToken => "customer_token",
            PayloadKind::TokenOrder => "token_order",
            PayloadKind::TokenStatus => "token_status",
        }
    }

    /// The request this kind is the body of.
    pub fn endpoint(self) -> &'static str {
        match self {
            PayloadKind::Session => "POST /payments/v1/sessions",
            PayloadKind::SessionUpdate => {
                "POST /payments/v1/sessions/{session_id}, and the data passed to Klarna.Payments.authorize() / load()"
            }
            PayloadKind::Order => "POST /payments/v1/authorizations/{authorizationToken}/order",
            PayloadKind::CustomerToken => {
                "POST /payments/v1/authorizations/{authorizationToken}/customer-token"
            }
            PayloadKind::TokenOrder => "POST /customer-token/v1/tokens/{customerToken}/order",
            PayloadKind::TokenStatus => "PATCH /customer-token/v1/tokens/{customerToken}/status",
        }
    }

    /// The spec schema this kind is checked against.
    pub fn schema(self) -> &'static ObjectSchema {
        match self {
            PayloadKind::Session => &model::session::SESSION_CREATE,
            PayloadKind::SessionUpdate => &model::session::SESSION,
            PayloadKind::Order => &model::order::CREATE_ORDER_REQUEST,
            PayloadKind::CustomerToken => &model::customer_token::CUSTOMER_TOKEN_CREATION_REQUEST,
            PayloadKind::TokenOrder => &model::token_order::CUSTOMER_TOKEN_ORDER,
            PayloadKind::TokenStatus => &model::token_status::CUSTOMER_TOKEN_STATUS_UPDATE_REQUEST,
        }
    }
}

impl fmt::Display for PayloadKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A kind name that is not one of [`PayloadKind::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown payload kind; expected one of: session, session_update, order, customer_token, token_order, token_status")]
pub struct UnknownKind;

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
