//! Klarna's ErrorV2 bodies, read into what a shop needs: the code, the field paths the
//! messages name, whether retrying can help, and the action that fixes it. The code table is
//! data (CODES), taken from Klarna's error tables in the seeds.

use crate::path::shown_path;
use serde::{Deserialize, Serialize};

/// What fixes an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Correct the request body (the paths say where).
    FixPayload,
    /// The authorization is gone or no longer matches: call authorize() again.
    Reauthorize,
    /// The customer token cannot be used any more: have the customer create a new one.
    CreateNewToken,
    /// The token in the URL is wrong or not yours.
    CheckToken,
    /// The session's intent does not allow the call.
    ChangeIntent,
    /// A temporary failure: try again later (token orders and Order Management calls: with
    /// the same idempotency key).
    RetryLater,
    /// The order's state does not allow the call: read the order (GET …/orders/{order_id})
    /// and act on what it says; `checkAgainstOrder` names the refusal before sending.
    CheckOrderState,
    /// The order (or capture) id in the URL is wrong, or not of this merchant or region.
    CheckOrderId,
    /// Something was captured: refund it (or release what remains) instead of cancelling.
    RefundInstead,
}

/// (code, HTTP status, retryable, action, explanation).
const CODES: &[(&str, u16, bool, Action, &str)] = &[
    ("BAD_VALUE", 400, false, Action::FixPayload, "A field has a value Klarna rejects."),
    ("BAD_REQUEST", 400, false, Action::FixPayload, "The request is malformed or not allowed for this market."),
    ("NOT_FOUND", 404, false, Action::Reauthorize, "The authorization token expired (60 minutes after authorize()) or does not exist."),
    ("REJECTED", 400, false, Action::Reauthorize, "The updated cart needed a new authorization, which was refused."),
    ("INVALID_OPERATION", 403, false, Action::ChangeIntent, "Customer tokens need a session with intent tokenize or buy_and_tokenize."),
    ("TOKEN_NOT_FOUND", 404, false, Action::CheckToken, "No such customer token: check the token in the URL."),
    ("TOKEN_SUSPENDED", 403, false, Action::CreateNewToken, "Klarna suspended the customer token."),
    ("TOKEN_CANCELED", 403, false, Action::CreateNewToken, "The customer token was cancelled."),
    ("TOKEN_FORBIDDEN", 403, false, Action::CheckToken, "The customer token is not linked to your merchant ID."),
    ("UNAVAILABLE_PAYMENT_METHOD", 403, false, Action::CreateNewToken, "The token's payment method is no longer available (e.g. the card failed)."),
    ("PAYMENT_METHOD_CURRENCY_MISMATCH", 403, false, Action::FixPayload, "The token's payment method cannot pay in this currency."),
    ("PAYMENT_METHOD_FAILED", 403, true, Action::RetryLater, "The purchase failed (for credit, likely the customer was rejected); Klarna suggests resending."),
    // Order Management (ORDER-MANAGEMENT.md §2, §3).
    ("CAPTURE_NOT_ALLOWED", 403, false, Action::CheckOrderState, "The order is cancelled or expired, or the capture is above the remaining authorized amount."),
    ("REFUND_NOT_ALLOWED", 403, false, Action::CheckOrderState, "The order has no captures, or the refund is above what was captured and not yet refunded."),
    ("CANCEL_NOT_ALLOWED", 403, false, Action::RefundInstead, "The order has captures (refund them, or release the remaining authorization) or is closed."),
    ("NOT_ALLOWED", 403, false, Action::CheckOrderState, "The order's state (or Klarna's risk assessment) does not allow this update."),
    ("NO_SUCH_ORDER", 404, false, Action::CheckOrderId, "No such order: check the order id, the region's base URL and the credentials."),
    ("NO_SUCH_CAPTURE", 404, false, Action::CheckOrderId, "No such capture on this order: check the capture id."),
    ("INVALID_ORDER_ID", 400, false, Action::CheckOrderId, "Order ID must be a valid UUID."),
    ("UNPROCESSABLE_ENTITY", 422, false, Action::FixPayload, "A field's value breaks a limit (e.g. shipping_info/shipping_company over 100 characters)."),
    ("INVALID_ADDRESS", 422, false, Action::FixPayload, "The shipping and/or billing address is invalid."),
    ("REQUEST_TOO_LARGE", 413, false, Action::FixPayload, "The request body is too large."),
    ("CONFLICT", 409, true, Action::RetryLater, "Another change to the order is in progress; retry with the same idempotency key."),
    ("TOO_MANY_REQUESTS", 429, true, Action::RetryLater, "Rate limited: retry later, with the same idempotency key."),
    ("UNEXPECTED_ERROR", 500, true, Action::RetryLater, "An unexpected error at Klarna; retry with the same idempotency key."),
    ("TEMPORARILY_UNAVAILABLE", 503, true, Action::RetryLater, "Klarna is temporarily unavailable; retry with the same idempotency key."),
    ("INTERNAL_SERVER_ERROR", 500, true, Action::RetryLater, "An internal error at Klarna."),
    ("SERVICE_UNAVAILABLE", 503, true, Action::RetryLater, "A temporary error at Klarna."),
];

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KlarnaError {
    pub error_code: String,
    pub error_messages: Vec<String>,
    pub correlation_id: Option<String>,
    pub http_status: Option<u16>,
    /// The payload paths the messages name: `order_lines[2].total_tax_amount`, the fields of
    /// `Not matching fields: [...]` (a cart-size mismatch names `order_lines`).
    pub paths: Vec<String>,
    pub retryable: bool,
    pub action: Action,
    pub explanation: String,
}

#[derive(Deserialize)]
struct Body {
    #[serde(default)]
    error_code: Option<String>,
    #[serde(default)]
    error_messages: Vec<String>,
    #[serde(default)]
    correlation_id: Option<String>,
}

/// Reads an ErrorV2 body. A body that is not ErrorV2 (an HTML error page from a proxy, say)
/// still gives a value, classified by the HTTP status alone.
pub fn parse_klarna_error(body: &str, http_status: Option<u16>) -> KlarnaError {
    let body: Body = serde_json::from_str(body).unwrap_or(Body {
        error_code: None,
        error_messages: Vec::new(),
        correlation_id: None,
    });
    let code = body.error_code.unwrap_or_default();
    let known = CODES.iter().find(|c| c.0 == code);
    let status = http_status.or(known.map(|c| c.1));
    let not_matching = body
        .error_messages
        .iter()
        .any(|m| m.starts_with("Not matching fields"));
    let (retryable, action, explanation) = match known {
        // "Not matching fields": the cart or addresses changed after authorize().
        Some(_) if code == "BAD_VALUE" && not_matching => (
            false,
            Action::Reauthorize,
            "The data changed after authorize(): send exactly what was authorized, or authorize again.".to_string(),
        ),
        Some(&(_, _, retryable, action, explanation)) => (retryable, action, explanation.to_string()),
        None if status.is_some_and(|s| s >= 500) => (true, Action::RetryLater, "A server error.".to_string()),
        None => (false, Action::FixPayload, "An error Klarna does not document here.".to_string()),
    };
    KlarnaError {
        paths: body
            .error_messages
            .iter()
            .flat_map(|m| paths_in(m))
            .collect(),
        error_code: code,
        error_messages: body.error_messages,
        correlation_id: body.correlation_id,
        http_status: status,
        retryable,
        action,
        explanation,
    }
}

/// Paths named by one message: `Bad value: <path> …` or `Not matching fields: [a, b]`.
fn paths_in(message: &str) -> Vec<String> {
    if let Some(rest) = message.strip_prefix("Bad value: ") {
        // `Bad value: purchase_country, purchase_currency` names several; a detail follows
        // the last (`… total_tax_amount differs from …`).
        let mut paths = Vec::new();
        for word in rest.split_whitespace() {
            let (path, more) = match word.strip_suffix(',') {
                Some(path) => (path, true),
                None => (word, false),
            };
            paths.push(shown_path(path));
            if !more {
                break;
            }
        }
        return paths;
    }
    if let Some(rest) = message.strip_prefix("Not matching fields: [") {
        let fields = rest.trim_end_matches(']');
        // The cart-size phrase has a ", " of its own: name it order_lines before splitting.
        let fields = match fields.find("Incorrect number of items") {
            Some(start) => {
                let tail = &fields[start..];
                let end = tail.find("Actual: ").map_or(tail.len(), |a| {
                    let digits = tail[a + 8..].bytes().take_while(u8::is_ascii_digit).count();
                    a + 8 + digits
                });
                format!("{}order_lines{}", &fields[..start], &tail[end..])
            }
            None => fields.to_string(),
        };
        return fields
            .split(", ")
            .filter(|f| !f.is_empty())
            .map(shown_path)
            .collect();
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_path_a_bad_value_message_names_and_only_paths() {
        let paths = |m: &str| paths_in(m);
        assert_eq!(
            paths("Bad value: purchase_country, purchase_currency"),
            ["purchase_country", "purchase_currency"]
        );
        assert_eq!(
            paths("Bad value: order_lines[2].total_tax_amount differs from the calculated value [-2990] by more than [1]"),
            ["order_lines[2].total_tax_amount"]
        );
        // Whatever a message names that is not a plain path is not shown back.
        assert_eq!(
            paths("Bad value: zelda.quixote@example.org"),
            ["<path of 25 characters>"]
        );
        assert_eq!(
            paths("Not matching fields: [billing_address.postal_code, Zelda Quixote]"),
            ["billing_address.postal_code", "<path of 13 characters>"]
        );
    }

    #[test]
    fn reads_the_documented_errors() {
        let e = parse_klarna_error(
            r#"{"error_code":"BAD_VALUE","error_messages":["Bad value: order_lines[2].total_tax_amount differs from the calculated value [-2990] by more than [1]"],"correlation_id":"6a9b"}"#,
            Some(400),
        );
        assert_eq!(e.paths, ["order_lines[2].total_tax_amount"]);
        assert_eq!((e.action, e.retryable), (Action::FixPayload, false));
        let e = parse_klarna_error(
            r#"{"error_code":"BAD_VALUE","error_messages":["Not matching fields: [Incorrect number of items in the cart. Expected: 2, Actual: 3]"]}"#,
            None,
        );
        assert_eq!(
            (e.paths.as_slice(), e.action),
            (&["order_lines".to_string()][..], Action::Reauthorize)
        );
        let e = parse_klarna_error(
            r#"{"error_code":"NOT_FOUND","error_messages":["Invalid authorization token"]}"#,
            None,
        );
        assert_eq!((e.action, e.http_status), (Action::Reauthorize, Some(404)));
        let e = parse_klarna_error("<html>Bad gateway</html>", Some(502));
        assert_eq!((e.retryable, e.action), (true, Action::RetryLater));
        for code in CODES {
            let e = parse_klarna_error(&format!(r#"{{"error_code":"{}"}}"#, code.0), None);
            assert_eq!(e.http_status, Some(code.1));
        }
    }

    #[test]
    fn cart_size_phrase_among_fields() {
        let e = parse_klarna_error(
            r#"{"error_code":"BAD_VALUE","error_messages":["Not matching fields: [billing_address.postal_code, Incorrect number of items in the cart. Expected: 2, Actual: 3, shipping_address.city]"]}"#,
            None,
        );
        assert_eq!(
            e.paths,
            [
                "billing_address.postal_code",
                "order_lines",
                "shipping_address.city"
            ]
        );
    }
}
