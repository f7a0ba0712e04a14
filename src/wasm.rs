//! The JS boundary, and the only file that knows about JavaScript. Everything here converts
//! and delegates: no rule lives in this file.

use crate::report::klarna_error;
use crate::{validate as validate_text, Options, PayloadKind, Report, Unserializable};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        // Only numbers past 2^53 fail to convert: a RangeError, like every other out-of-range input.
        .map_err(|e| js_sys::RangeError::new(&e.to_string()).into())
}

/// `validate(kind, payload, warningsAsErrors)`: throws a `TypeError` only for an unknown kind;
/// any payload, JSON text or JS value, gets a report.
#[wasm_bindgen]
pub fn validate(
    kind: &str,
    payload: JsValue,
    warnings_as_errors: bool,
) -> Result<JsValue, JsValue> {
    let kind: PayloadKind = kind
        .parse()
        .map_err(|e: crate::UnknownKind| JsValue::from(js_sys::TypeError::new(&e.to_string())))?;
    let options = Options { warnings_as_errors };
    let report = match payload_text(&payload) {
        Ok(text) => validate_text(kind, &text, &options),
        Err(what) => Report::unserializable(what, &options),
    };
    to_js(&report)
}

/// The JSON text of a payload: a string is taken as JSON text, anything else is serialized
/// the way `fetch(..., { body: JSON.stringify(payload) })` would send it.
fn payload_text(payload: &JsValue) -> Result<String, Unserializable> {
    if let Some(text) = payload.as_string() {
        return Ok(text);
    }
    if payload.is_undefined() {
        return Err(Unserializable::Undefined);
    }
    if payload.is_function() {
        return Err(Unserializable::Function);
    }
    if payload.is_symbol() {
        return Err(Unserializable::Symbol);
    }
    match js_sys::JSON::stringify(payload) {
        Ok(text) => text.as_string().ok_or(Unserializable::Undefined),
        // A cycle, a BigInt, or a getter / toJSON that throws.
        Err(_) => Err(Unserializable::Throws),
    }
}

#[derive(Deserialize)]
struct ReportErrors {
    #[serde(default)]
    errors: Vec<ErrorEntry>,
}

#[derive(Deserialize)]
struct ErrorEntry {
    error_code: String,
    message: String,
}

/// `klarnaError(report, correlationId)`: the ErrorV2 body for a report, or `null` when valid.
#[wasm_bindgen(js_name = klarnaError)]
pub fn klarna_error_js(report: JsValue, correlation_id: &str) -> Result<JsValue, JsValue> {
    let report: ReportErrors = serde_wasm_bindgen::from_value(report).map_err(|_| {
        JsValue::from(js_sys::TypeError::new(
            "toKlarnaError expects a report returned by validate()",
        ))
    })?;
    let errors = report
        .errors
        .iter()
        .map(|e| (e.error_code.as_str(), e.message.as_str()));
    match klarna_error(errors, correlation_id) {
        Some(body) => to_js(&body),
        None => Ok(JsValue::NULL),
    }
}

// ---- builders and flow helpers ------------------------------------------------------------

use crate::build::{self, BuildError};
use crate::flow;
use serde::de::DeserializeOwned;

/// A builder's refusal, as the JS skin turns it into `KlarnaBuildError`.
#[derive(Serialize)]
struct BuildErrorJs<'a> {
    kind: &'static str,
    path: &'a str,
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    report: Option<&'a Report>,
}

fn build_error(e: &BuildError) -> JsValue {
    let js = match e {
        BuildError::Input { path, .. } => BuildErrorJs {
            kind: "input",
            path,
            message: e.to_string(),
            report: None,
        },
        BuildError::Invalid { report } => BuildErrorJs {
            kind: "invalid",
            path: "",
            message: e.to_string(),
            report: Some(report),
        },
    };
    to_js(&js).unwrap_or_else(|e| e)
}

/// Reads JS input (an object or JSON text) into a builder's input type.
fn input<T: DeserializeOwned>(value: &JsValue) -> Result<T, JsValue> {
    let text = payload_text(value).map_err(|what| {
        build_error(&BuildError::input(
            "",
            format!("input cannot be read as JSON: {what}"),
        ))
    })?;
    build::from_json(&text).map_err(|e| build_error(&e))
}

fn built<T: Serialize>(result: Result<T, BuildError>) -> Result<JsValue, JsValue> {
    result.map_err(|e| build_error(&e)).and_then(|v| to_js(&v))
}

#[wasm_bindgen(js_name = orderLine)]
pub fn order_line(value: JsValue) -> Result<JsValue, JsValue> {
    built(build::order_line(input(&value)?))
}

#[wasm_bindgen(js_name = buildOrder)]
pub fn build_order(value: JsValue) -> Result<JsValue, JsValue> {
    built(build::build_order(input(&value)?))
}

#[wasm_bindgen(js_name = buildSession)]
pub fn build_session(value: JsValue) -> Result<JsValue, JsValue> {
    built(build::build_session(input(&value)?))
}

#[wasm_bindgen(js_name = buildCustomerToken)]
pub fn build_customer_token(value: JsValue) -> Result<JsValue, JsValue> {
    built(build::build_customer_token(input(&value)?))
}

#[wasm_bindgen(js_name = buildTokenOrder)]
pub fn build_token_order(value: JsValue) -> Result<JsValue, JsValue> {
    built(build::build_token_order(input(&value)?))
}

#[wasm_bindgen(js_name = buildTokenStatus)]
pub fn build_token_status() -> Result<JsValue, JsValue> {
    to_js(&build::build_token_status())
}

#[derive(Deserialize, Serialize)]
struct RatePart {
    tax_rate: i64,
    amount: i64,
}

#[wasm_bindgen(js_name = splitDiscount)]
pub fn split_discount(amount: f64, weights: JsValue) -> Result<JsValue, JsValue> {
    if amount.fract() != 0.0 || amount.abs() > crate::error::MAX_SAFE_INTEGER as f64 {
        return Err(js_sys::RangeError::new("amount must be a safe integer in minor units").into());
    }
    let weights: Vec<RatePart> = input(&weights)?;
    let pairs: Vec<(i64, i64)> = weights.iter().map(|w| (w.tax_rate, w.amount)).collect();
    let parts: Vec<RatePart> = build::split_discount(amount as i64, &pairs)
        .into_iter()
        .map(|(tax_rate, amount)| RatePart { tax_rate, amount })
        .collect();
    to_js(&parts)
}

fn money_error(e: build::money::MoneyError) -> JsValue {
    js_sys::RangeError::new(&format!("amount {e}")).into()
}

#[wasm_bindgen(js_name = toMinorUnits)]
pub fn to_minor_units(amount: &str, currency: &str) -> Result<f64, JsValue> {
    build::money::to_minor_units(amount, currency)
        .map(|v| v as f64)
        .map_err(money_error)
}

#[wasm_bindgen(js_name = fromMinorUnits)]
pub fn from_minor_units(minor: f64, currency: &str) -> Result<String, JsValue> {
    if minor.fract() != 0.0 || minor.abs() > crate::error::MAX_SAFE_INTEGER as f64 {
        return Err(js_sys::RangeError::new("minor units must be a safe integer").into());
    }
    build::money::from_minor_units(minor as i64, currency).map_err(money_error)
}

#[wasm_bindgen(js_name = compareWithAuthorization)]
pub fn compare_with_authorization(authorized: JsValue, later: JsValue) -> Result<JsValue, JsValue> {
    let text = |v: &JsValue| {
        payload_text(v).map_err(|w| {
            JsValue::from(js_sys::TypeError::new(&format!(
                "payload cannot be read as JSON: {w}"
            )))
        })
    };
    let (a, b) = (text(&authorized)?, text(&later)?);
    let comparison = flow::compare_with_authorization(&a, &b).map_err(|e| {
        JsValue::from(js_sys::TypeError::new(&format!(
            "payload is not valid JSON: {e}"
        )))
    })?;
    to_js(&comparison)
}

/// A time from JS (ms since the epoch), within the range a JS `Date` can hold.
fn time(ms: f64, name: &str) -> Result<i64, JsValue> {
    const MAX_DATE_MS: f64 = 8.64e15;
    if ms.is_finite() && ms.abs() <= MAX_DATE_MS {
        Ok(ms as i64)
    } else {
        Err(js_sys::RangeError::new(&format!("{name} must be a valid time")).into())
    }
}

/// A window as JS numbers (differences of two dates can pass 2^53).
fn window_js(w: flow::Window) -> Result<JsValue, JsValue> {
    #[derive(Serialize)]
    struct WindowJs {
        open: bool,
        remaining_ms: f64,
        expires_at_ms: f64,
    }
    to_js(&WindowJs {
        open: w.open,
        remaining_ms: w.remaining_ms as f64,
        expires_at_ms: w.expires_at_ms as f64,
    })
}

#[wasm_bindgen(js_name = authorizationWindow)]
pub fn authorization_window(authorized_at_ms: f64, now_ms: f64) -> Result<JsValue, JsValue> {
    window_js(flow::authorization_window(
        time(authorized_at_ms, "authorizedAt")?,
        time(now_ms, "now")?,
    ))
}

#[wasm_bindgen(js_name = sessionWindow)]
pub fn session_window(created_at_ms: f64, now_ms: f64) -> Result<JsValue, JsValue> {
    window_js(flow::session_window(
        time(created_at_ms, "createdAt")?,
        time(now_ms, "now")?,
    ))
}

fn parsed<T: std::str::FromStr<Err = flow::IntentError>>(s: &str) -> Result<T, JsValue> {
    s.parse()
        .map_err(|e: flow::IntentError| JsValue::from(js_sys::TypeError::new(&e.message)))
}

#[wasm_bindgen(js_name = allowedCalls)]
pub fn allowed_calls(intent: &str) -> Result<JsValue, JsValue> {
    to_js(&flow::allowed_calls(parsed(intent)?))
}

/// `null` when the intent allows the call, else Klarna's `{ error_code, message }`.
#[wasm_bindgen(js_name = checkIntent)]
pub fn check_intent(intent: &str, call: &str) -> Result<JsValue, JsValue> {
    match flow::check_intent(parsed(intent)?, parsed(call)?) {
        Ok(()) => Ok(JsValue::NULL),
        Err(e) => to_js(&e),
    }
}

fn response<T: Serialize>(
    body: &JsValue,
    parse: fn(&str) -> Result<T, BuildError>,
) -> Result<JsValue, JsValue> {
    let text = payload_text(body).map_err(|w| {
        build_error(&BuildError::input(
            "",
            format!("response cannot be read as JSON: {w}"),
        ))
    })?;
    built(parse(&text))
}

#[wasm_bindgen(js_name = parseOrderResponse)]
pub fn parse_order_response(body: JsValue) -> Result<JsValue, JsValue> {
    response(&body, flow::parse_order_response)
}

#[wasm_bindgen(js_name = parseTokenCreationResponse)]
pub fn parse_token_creation_response(body: JsValue) -> Result<JsValue, JsValue> {
    response(&body, flow::parse_token_creation)
}

#[wasm_bindgen(js_name = parseCustomerTokenResponse)]
pub fn parse_customer_token_response(body: JsValue) -> Result<JsValue, JsValue> {
    response(&body, flow::parse_customer_token)
}

/// Never throws: any body gives a classified error.
#[wasm_bindgen(js_name = parseKlarnaError)]
pub fn parse_klarna_error(body: JsValue, http_status: Option<u16>) -> Result<JsValue, JsValue> {
    let text = payload_text(&body).unwrap_or_default();
    to_js(&flow::parse_klarna_error(&text, http_status))
}

#[derive(Serialize)]
struct Span {
    start: usize,
    end: usize,
}

/// `locatePath(jsonText, path)`: where the value at `path` is, in UTF-16 code units (what a
/// textarea's selection counts), or `null`.
#[wasm_bindgen(js_name = locatePath)]
pub fn locate_path(text: &str, path: &str) -> Result<JsValue, JsValue> {
    let utf16 = |byte: usize| text[..byte].encode_utf16().count();
    match crate::json::locate(text, path) {
        Some((start, end)) => to_js(&Span {
            start: utf16(start),
            end: utf16(end),
        }),
        None => Ok(JsValue::NULL),
    }
}

#[derive(Serialize)]
struct MarketJs {
    country: &'static str,
    currency: &'static str,
    locales: &'static [&'static str],
}

/// The market table the rules use, for pickers and docs.
#[wasm_bindgen]
pub fn markets() -> Result<JsValue, JsValue> {
    let table: Vec<MarketJs> = crate::data::markets::MARKETS
        .iter()
        .map(|m| MarketJs {
            country: m.country,
            currency: m.currency,
            locales: m.locales,
        })
        .collect();
    to_js(&table)
}

/// Bytes of wasm linear memory, for the robustness tests' growth checks. Not part of the
/// public API (the entries do not re-export it).
#[wasm_bindgen(js_name = __memoryBytes)]
pub fn memory_bytes() -> f64 {
    (core::arch::wasm32::memory_size(0) * 65536) as f64
}
