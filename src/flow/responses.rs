//! Klarna's success responses, read into typed values. Unknown fields are ignored (responses
//! grow over time); missing required ones are errors with their path.

use crate::build::{from_json, BuildError};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

/// The create-order response (both create-order endpoints).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrderResponse {
    pub order_id: String,
    /// `ACCEPTED`, or `PENDING`: wait for Klarna's notification before capturing.
    pub fraud_status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_url: Option<String>,
    /// The spec has an object (`{ type, number_of_days, … }`); Klarna's docs show a string
    /// (`"invoice"`). Both are read into the object form.
    #[serde(
        default,
        deserialize_with = "payment_method",
        skip_serializing_if = "Option::is_none"
    )]
    pub authorized_payment_method: Option<AuthorizedPaymentMethod>,
    /// True only for `ACCEPTED`: a `PENDING` order must not be captured yet.
    #[serde(default, skip_deserializing)]
    pub capture_allowed: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuthorizedPaymentMethod {
    #[serde(rename = "type")]
    pub method_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number_of_days: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number_of_installments: Option<i64>,
}

fn payment_method<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<AuthorizedPaymentMethod>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Either {
        Name(String),
        Object(AuthorizedPaymentMethod),
    }
    Ok(match Option::<Either>::deserialize(d)? {
        None => None,
        Some(Either::Name(method_type)) => Some(AuthorizedPaymentMethod {
            method_type,
            number_of_days: None,
            number_of_installments: None,
        }),
        Some(Either::Object(o)) => Some(o),
    })
}

/// Reads a create-order response. `fraud_status` must be `ACCEPTED` or `PENDING`.
pub fn parse_order_response(json: &str) -> Result<OrderResponse, BuildError> {
    let mut r: OrderResponse = from_json(json)?;
    match r.fraud_status.as_str() {
        "ACCEPTED" => r.capture_allowed = true,
        "PENDING" => r.capture_allowed = false,
        _ => {
            return Err(BuildError::input(
                "fraud_status",
                "must be ACCEPTED or PENDING",
            ))
        }
    }
    Ok(r)
}

/// The customer token creation response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TokenCreation {
    pub token_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method_reference: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_address: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<Value>,
}

pub fn parse_token_creation(json: &str) -> Result<TokenCreation, BuildError> {
    from_json(json)
}

/// The customer token read response (GET /customer-token/v1/tokens/{customerToken}).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CustomerToken {
    pub payment_method_type: String,
    /// e.g. `ACTIVE`, `CANCELLED`, `SUSPENDED`.
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direct_debit: Option<Value>,
}

pub fn parse_customer_token(json: &str) -> Result<CustomerToken, BuildError> {
    from_json(json)
}
