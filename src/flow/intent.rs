//! Which calls a session's intent allows (Klarna's recurring-payments page):
//! `buy` charges at checkout (create-order); `tokenize` only creates a customer token, and
//! orders are then placed with the token; `buy_and_tokenize` does both at checkout.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intent {
    Buy,
    Tokenize,
    BuyAndTokenize,
}

impl std::str::FromStr for Intent {
    type Err = IntentError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "buy" => Ok(Intent::Buy),
            "tokenize" => Ok(Intent::Tokenize),
            "buy_and_tokenize" => Ok(Intent::BuyAndTokenize),
            _ => Err(IntentError {
                error_code: "BAD_VALUE",
                message: "Bad value: intent must be buy, tokenize or buy_and_tokenize".into(),
            }),
        }
    }
}

/// The calls that follow authorize().
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Call {
    /// POST /payments/v1/authorizations/{authorizationToken}/order
    CreateOrder,
    /// POST /payments/v1/authorizations/{authorizationToken}/customer-token
    CreateCustomerToken,
    /// POST /customer-token/v1/tokens/{customerToken}/order
    TokenOrder,
}

impl std::str::FromStr for Call {
    type Err = IntentError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "create_order" => Ok(Call::CreateOrder),
            "create_customer_token" => Ok(Call::CreateCustomerToken),
            "token_order" => Ok(Call::TokenOrder),
            _ => Err(IntentError {
                error_code: "BAD_REQUEST",
                message:
                    "unknown call; expected create_order, create_customer_token or token_order"
                        .into(),
            }),
        }
    }
}

/// Klarna's answer to a call the intent does not allow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{error_code}: {message}")]
pub struct IntentError {
    pub error_code: &'static str,
    pub message: String,
}

pub fn allowed_calls(intent: Intent) -> &'static [Call] {
    match intent {
        Intent::Buy => &[Call::CreateOrder],
        Intent::Tokenize => &[Call::CreateCustomerToken, Call::TokenOrder],
        Intent::BuyAndTokenize => &[
            Call::CreateOrder,
            Call::CreateCustomerToken,
            Call::TokenOrder,
        ],
    }
}

pub fn check_intent(intent: Intent, call: Call) -> Result<(), IntentError> {
    if allowed_calls(intent).contains(&call) {
        return Ok(());
    }
    let message = match call {
        // Klarna's own wording.
        Call::CreateCustomerToken => "Not allowed to create customer tokens for intent buy.".to_string(),
        Call::TokenOrder => "intent buy creates no customer token: there is no token to order with".to_string(),
        Call::CreateOrder => {
            "intent tokenize charges nothing at checkout: create a customer token, then an order with the token".to_string()
        }
    };
    Err(IntentError {
        error_code: "INVALID_OPERATION",
        message,
    })
}
