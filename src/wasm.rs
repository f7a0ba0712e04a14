//! The JS boundary, and the only file that knows about JavaScript. Everything here converts
//! and delegates: no rule lives in this file.
//!
//! Validation results cross as JSON text written by Rust (`Report::to_json`) and read with one
//! `JSON.parse` in JS, or as nothing at all for a clean report: cheaper per call than building
//! the object through serde-wasm-bindgen, and it keeps serde's serializers out of the
//! validate-only .wasm (built without the `builders` feature).

use crate::json::{self, Value};
use crate::report::klarna_error;
use crate::{validate as validate_text, Options, PayloadKind, Report, Unserializable};
use wasm_bindgen::prelude::*;

/// Single-threaded wasm: talc instead of dlmalloc, for size (see Cargo.toml).
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// The kind crosses as its position in `PayloadKind::ALL` (the JS skin's `PAYLOAD_KINDS`, same
/// order; a number is cheaper to pass than a string). Anything else, e.g. the `-1` of an unknown
/// name (`2^32 - 1` here), is a `TypeError` naming the valid kinds.
fn kind_of(index: u32) -> Result<PayloadKind, JsValue> {
    PayloadKind::ALL
        .get(index as usize)
        .copied()
        .ok_or_else(|| JsValue::from(js_sys::TypeError::new(&crate::UnknownKind.to_string())))
}

/// Options as JS asked for them, with today's date from the JS clock (wasm32 has no other).
fn options(warnings_as_errors: bool) -> Options {
    Options {
        warnings_as_errors,
        today: crate::Date::from_unix_millis(js_sys::Date::now()),
    }
}

/// `None` for a valid report without warnings (the JS skin makes a fresh
/// `{ valid: true, errors: [], warnings: [] }`), else the report as JSON text.
fn answer(report: &Report) -> Option<String> {
    if report.valid && report.warnings.is_empty() {
        None
    } else {
        Some(report.to_json())
    }
}

/// `validate(kindIndex, jsonText, warningsAsErrors)`: throws a `TypeError` only for an unknown kind.
#[wasm_bindgen]
pub fn validate(
    kind: u32,
    payload: &str,
    warnings_as_errors: bool,
) -> Result<Option<String>, JsValue> {
    let kind = kind_of(kind)?;
    Ok(answer(&validate_text(
        kind,
        payload,
        &options(warnings_as_errors),
    )))
}

/// `validateValue(kindIndex, value, warningsAsErrors)`: for a JS value that is not a string and that
/// `JSON.stringify` gave no text for in JS (undefined, a function, a cycle, a BigInt…). Rust
/// says what is wrong with it; any value still gets a report.
#[wasm_bindgen(js_name = validateValue)]
pub fn validate_value(
    kind: u32,
    payload: JsValue,
    warnings_as_errors: bool,
) -> Result<Option<String>, JsValue> {
    let kind = kind_of(kind)?;
    let options = options(warnings_as_errors);
    let report = match payload_text(&payload) {
        Ok(text) => validate_text(kind, &text, &options),
        Err(what) => Report::unserializable(what, &options),
    };
    Ok(answer(&report))
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

/// `klarnaError(reportJson, correlationId)`: the ErrorV2 body for a report (as JSON text, the
/// JS skin stringifies it), as JSON text, or `None` when it has no errors. Reads only what it
/// needs: `errors[].error_code` and `errors[].message`, strings both.
#[wasm_bindgen(js_name = klarnaError)]
pub fn klarna_error_js(report: &str, correlation_id: &str) -> Result<Option<String>, JsValue> {
    let not_a_report = || {
        JsValue::from(js_sys::TypeError::new(
            "toKlarnaError expects a report returned by validate()",
        ))
    };
    let report = json::parse(report).map_err(|_| not_a_report())?;
    let Value::Object(members) = &report else {
        return Err(not_a_report());
    };
    let items: &[Value<'_>] = match json::member(members, "errors") {
        None => &[],
        Some(Value::Array(items)) => items,
        Some(_) => return Err(not_a_report()),
    };
    let mut errors = Vec::with_capacity(items.len());
    for item in items {
        match (item.get("error_code"), item.get("message")) {
            (Some(Value::String(code)), Some(Value::String(message))) => {
                errors.push((code.as_ref(), message.as_ref()))
            }
            _ => return Err(not_a_report()),
        }
    }
    Ok(klarna_error(errors, correlation_id).map(|body| body.to_json()))
}

/// `locatePath(jsonText, path)`: `[start, end]` of the value at `path`, in UTF-16 code units
/// (what a textarea's selection counts), or `[]`.
#[wasm_bindgen(js_name = locatePath)]
pub fn locate_path(text: &str, path: &str) -> Vec<u32> {
    let utf16 = |byte: usize| text[..byte].encode_utf16().count() as u32;
    match json::locate(text, path) {
        Some((start, end)) => vec![utf16(start), utf16(end)],
        None => Vec::new(),
    }
}

/// The market table the rules use, for pickers and docs, as JSON text:
/// `[{"country":…,"currency":…,"locales":[…]}, …]`.
#[wasm_bindgen]
pub fn markets() -> String {
    use crate::report::{write_json_array, write_json_str};
    let mut out = String::new();
    write_json_array(&mut out, crate::data::markets::MARKETS, |out, m| {
        out.push_str("{\"country\":");
        write_json_str(out, m.country);
        out.push_str(",\"currency\":");
        write_json_str(out, m.currency);
        out.push_str(",\"locales\":");
        write_json_array(out, m.locales, |out, l| write_json_str(out, l));
        out.push('}');
    });
    out
}

/// Bytes of wasm linear memory, for the robustness tests' growth checks. Not part of the
/// public API (the entries do not re-export it).
#[wasm_bindgen(js_name = __memoryBytes)]
pub fn memory_bytes() -> f64 {
    (core::arch::wasm32::memory_size(0) * 65536) as f64
}

// ---- builders and flow helpers (the full package only) -------------------------------------

#[cfg(feature = "builders")]
mod builders {
    use super::payload_text;
    use crate::build::{self, BuildError};
    use crate::flow;
    use crate::Report;
    use serde::de::DeserializeOwned;
    use serde::{Deserialize, Serialize};
    use wasm_bindgen::prelude::*;

    fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
        value
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            // Only numbers past 2^53 fail to convert: a RangeError, like every other out-of-range input.
            .map_err(|e| js_sys::RangeError::new(&e.to_string()).into())
    }

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
            return Err(
                js_sys::RangeError::new("amount must be a safe integer in minor units").into(),
            );
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
    pub fn compare_with_authorization(
        authorized: JsValue,
        later: JsValue,
    ) -> Result<JsValue, JsValue> {
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
}
