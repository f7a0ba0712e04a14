//! Every payload schema, as static data transcribed from Klarna's OpenAPI specs
//! (`tests/spec/*.openapi.yml`). One file per spec schema; the names match the spec's.
//!
//! Where the backend is stricter than the spec (KLARNA-RULES.md), the backend wins and the
//! field says so in a comment.

pub mod address;
pub mod attachment;
pub mod customer;
pub mod customer_token;
pub mod emd;
pub mod hpp;
pub mod merchant_urls;
pub mod om;
pub mod order;
pub mod order_line;
pub mod payment_method_category;
pub mod session;
pub mod token_order;
pub mod token_status;

use crate::schema::{StringRules, Type};

/// A string with no constraints: shared by every such field.
pub(crate) static ANY_STRING: Type = Type::String(StringRules::ANY);
