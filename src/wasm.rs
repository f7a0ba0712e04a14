//! The JS boundary, and the only file that knows about JavaScript. Everything here converts
//! and delegates: no rule lives in this file.

use crate::report::klarna_error;
use crate::{validate as validate_text, Options, PayloadKind, Report, Unserializable};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::new())
        .map_err(|e| js_sys::Error::new(&e.to_string()).into())
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
