//! Helpers around the API calls: what create-order must repeat from authorize(), how long an
//! authorization lives, which calls an intent allows, and typed readings of Klarna's
//! responses and errors.

pub mod compare;
pub mod errors;
pub mod intent;
pub mod responses;
pub mod window;

pub use compare::{compare_with_authorization, Comparison, Mismatch};
pub use errors::{parse_klarna_error, Action, KlarnaError};
pub use intent::{allowed_calls, check_intent, Call, Intent, IntentError};
pub use responses::{
    parse_customer_token, parse_order_response, parse_token_creation, CustomerToken, OrderResponse,
    TokenCreation,
};
pub use window::{
    authorization_window, session_window, Window, AUTHORIZATION_TTL_MS, SESSION_TTL_MS,
};
