//! The JS boundary, and the only file that knows about JavaScript. Everything here converts
//! and delegates: no rule lives in this file.
//!
//! Everything crosses as text: payloads and builder inputs come in as JSON text (the JS skin
//! runs `JSON.stringify` before the call, so no user code, getter or `toJSON`, ever runs while
//! wasm is in a call, and the instance is never re-entered), and results go out as JSON text
//! read by one `JSON.parse` (whose objects have only own properties: a `__proto__` member stays
//! a member). A value with no JSON text crosses as the reason code of [`Unserializable`].
//! Reports are written by `Report::to_json`, so the validate-only .wasm carries no serde
//! serializer; a clean report crosses as nothing at all.

use crate::json::{self, Value};
use crate::report::klarna_error;
use crate::{Options, PayloadKind, Report, Unserializable};
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
/// `segments`: the merchant's segment names, joined by commas; an unknown one is a `TypeError`
/// naming the valid ones.
fn options(warnings_as_errors: bool, segments: &str) -> Result<Options, JsValue> {
    let segments = segments
        .parse()
        .map_err(|e: crate::data::emd_segments::UnknownSegment| {
            JsValue::from(js_sys::TypeError::new(&e.to_string()))
        })?;
    Ok(Options {
        warnings_as_errors,
        today: crate::Date::from_unix_millis(js_sys::Date::now()),
        segments,
    })
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

/// A JS value's JSON text, or why it has none: `unreadable` is 0 for text, else the code of
/// an [`Unserializable`] reason found by the JS skin.
fn text_or_reason(text: &str, unreadable: u32) -> Result<&str, Unserializable> {
    match Unserializable::from_code(unreadable) {
        Some(why) => Err(why),
        None => Ok(text),
    }
}

/// `validate(kindIndex, jsonText, unreadable, warningsAsErrors, segments)`: throws a
/// `TypeError` only for an unknown kind or segment.
#[wasm_bindgen]
pub fn validate(
    kind: u32,
    payload: &str,
    unreadable: u32,
    warnings_as_errors: bool,
    segments: &str,
) -> Result<Option<String>, JsValue> {
    let (kind, options) = (kind_of(kind)?, options(warnings_as_errors, segments)?);
    Ok(answer(&match text_or_reason(payload, unreadable) {
        Ok(text) => crate::validate(kind, text, &options),
        // `undefined` is no body, which is right for the calls that take none.
        Err(Unserializable::Undefined) if !kind.takes_body() => crate::validate(kind, "", &options),
        Err(why) => Report::unserializable(why, &options),
    }))
}

/// `validateBytes(kindIndex, bytes, warningsAsErrors, segments)`: a body as bytes (a
/// `Uint8Array`, a Node `Buffer`): UTF-8 with an optional byte order mark.
#[wasm_bindgen(js_name = validateBytes)]
pub fn validate_bytes(
    kind: u32,
    payload: &[u8],
    warnings_as_errors: bool,
    segments: &str,
) -> Result<Option<String>, JsValue> {
    let (kind, options) = (kind_of(kind)?, options(warnings_as_errors, segments)?);
    Ok(answer(&crate::validate_bytes(kind, payload, &options)))
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
    use super::text_or_reason;
    use crate::build::{self, BuildError};
    use crate::flow;
    use crate::Report;
    use serde::de::DeserializeOwned;
    use serde::{Deserialize, Serialize};
    use wasm_bindgen::prelude::*;

    /// What a builder or reader answers, as JSON text: `{"ok": value}` or `{"error": refusal}`,
    /// which the JS skin turns into the value or a thrown `KlarnaBuildError`.
    #[derive(Serialize)]
    #[serde(rename_all = "lowercase")]
    enum Answer<'a, T> {
        Ok(T),
        Error(BuildErrorJs<'a>),
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

    fn refusal(e: &BuildError) -> BuildErrorJs<'_> {
        match e {
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
        }
    }

    /// Built values are plain data: serializing them cannot fail.
    fn json<T: Serialize>(value: &T) -> String {
        serde_json::to_string(value).unwrap_or_default()
    }

    fn answer<T: Serialize>(result: Result<T, BuildError>) -> String {
        match result {
            Ok(value) => json(&Answer::<T>::Ok(value)),
            Err(e) => json(&Answer::<()>::Error(refusal(&e))),
        }
    }

    /// Reads JS input (JSON text, or the reason it has none) into an input type.
    fn input<T: DeserializeOwned>(
        text: &str,
        unreadable: u32,
        what: &str,
    ) -> Result<T, BuildError> {
        let text = text_or_reason(text, unreadable).map_err(|why| {
            BuildError::input("", format!("{what} cannot be read as JSON: {why}"))
        })?;
        build::from_json(text)
    }

    #[wasm_bindgen(js_name = orderLine)]
    pub fn order_line(text: &str, unreadable: u32) -> String {
        answer(input(text, unreadable, "input").and_then(build::order_line))
    }

    #[wasm_bindgen(js_name = buildOrder)]
    pub fn build_order(text: &str, unreadable: u32) -> String {
        answer(input(text, unreadable, "input").and_then(build::build_order))
    }

    #[wasm_bindgen(js_name = buildSession)]
    pub fn build_session(text: &str, unreadable: u32) -> String {
        answer(input(text, unreadable, "input").and_then(build::build_session))
    }

    #[wasm_bindgen(js_name = buildSessionUpdate)]
    pub fn build_session_update(text: &str, unreadable: u32) -> String {
        answer(input(text, unreadable, "input").and_then(build::build_session_update))
    }

    #[wasm_bindgen(js_name = buildAttachment)]
    pub fn build_attachment(text: &str, unreadable: u32) -> String {
        answer(input(text, unreadable, "the extra merchant data").and_then(build::build_attachment))
    }

    /// `checkAgainstOrder(kindIndex, body, bodyUnreadable, order, orderUnreadable, now,
    /// captureId)`: the report of what Klarna would refuse given the order (JSON text, or
    /// nothing when clean). A TypeError for a kind outside Order Management or an order that is
    /// not a JSON object. `captureId` `""` is none.
    #[wasm_bindgen(js_name = checkAgainstOrder)]
    pub fn check_against_order(
        kind: u32,
        body: &str,
        body_unreadable: u32,
        order: &str,
        order_unreadable: u32,
        now: f64,
        capture_id: &str,
    ) -> Result<Option<String>, JsValue> {
        let kind = super::kind_of(kind)?;
        let type_error = |m: String| JsValue::from(js_sys::TypeError::new(&m));
        let options = crate::Options::default();
        let body = match text_or_reason(body, body_unreadable) {
            Ok(body) => body,
            Err(why) => return Ok(super::answer(&Report::unserializable(why, &options))),
        };
        let order = text_or_reason(order, order_unreadable)
            .map_err(|_| type_error(crate::state::StateError::NotAnOrder.to_string()))?;
        let context = crate::state::CallContext {
            now: (now.is_finite() && now.abs() < 1e15).then_some(now as i64),
            capture_id: (!capture_id.is_empty()).then(|| capture_id.to_string()),
        };
        crate::state::check_against_order(kind, body, order, &context)
            .map(|report| super::answer(&report))
            .map_err(|e| type_error(e.to_string()))
    }

    /// `checkIdempotencyKey(firstBody, firstAt, body, now)`: `{"report": …, "expired": bool}`,
    /// `expired` when the first call's key has lapsed (this call is then the key's first).
    #[wasm_bindgen(js_name = checkIdempotencyKey)]
    pub fn check_idempotency_key(first: &str, first_at: f64, body: &str, now: f64) -> String {
        use crate::state::idempotency::{check_idempotency_key, KEY_LIFETIME};
        let ms = |t: f64| if t.is_finite() { t as i64 } else { 0 };
        let report = check_idempotency_key(first, ms(first_at), body, ms(now));
        let expired = ms(now).saturating_sub(ms(first_at)) >= KEY_LIFETIME;
        format!("{{\"report\":{},\"expired\":{expired}}}", report.to_json())
    }

    /// The Order Management builders: `(order, orderUnreadable, input, inputUnreadable, now)`,
    /// answering `{"ok"}` or `{"error"}` like the other builders.
    fn om_build<I: DeserializeOwned, T: Serialize>(
        order: &str,
        order_unreadable: u32,
        text: &str,
        unreadable: u32,
        now: f64,
        build: fn(serde_json::Value, I, &crate::state::CallContext) -> Result<T, BuildError>,
    ) -> String {
        let context = crate::state::CallContext {
            now: (now.is_finite() && now.abs() < 1e15).then_some(now as i64),
            capture_id: None,
        };
        let order = text_or_reason(order, order_unreadable)
            .map_err(|_| {
                BuildError::input(
                    "order",
                    "must be the order GET /ordermanagement/v1/orders/{order_id} returns",
                )
            })
            .and_then(|o| {
                serde_json::from_str(o).map_err(|_| BuildError::input("order", "is not JSON"))
            });
        answer(order.and_then(|order| {
            let input = input(text, unreadable, "input")?;
            build(order, input, &context)
        }))
    }

    #[wasm_bindgen(js_name = buildCapture)]
    pub fn build_capture(order: &str, ou: u32, text: &str, unreadable: u32, now: f64) -> String {
        om_build(order, ou, text, unreadable, now, build::build_capture_with)
    }

    #[wasm_bindgen(js_name = buildRefund)]
    pub fn build_refund(order: &str, ou: u32, text: &str, unreadable: u32, now: f64) -> String {
        om_build(order, ou, text, unreadable, now, build::build_refund_with)
    }

    #[wasm_bindgen(js_name = buildUpdateAuthorization)]
    pub fn build_update_authorization(
        order: &str,
        ou: u32,
        text: &str,
        unreadable: u32,
        now: f64,
    ) -> String {
        om_build(
            order,
            ou,
            text,
            unreadable,
            now,
            build::build_update_authorization_with,
        )
    }

    /// `mockState(seed)`: a fresh mock state, as JSON text.
    #[wasm_bindgen(js_name = mockState)]
    pub fn mock_state(seed: f64) -> String {
        crate::mock::new_state(if seed.is_finite() {
            seed.abs() as u64
        } else {
            0
        })
        .to_string()
    }

    /// `mockHandle(state, config, request, now)`: `{"state": …, "response": …}` as JSON text.
    /// A state, config or request that is not what the skin writes is a TypeError.
    #[wasm_bindgen(js_name = mockHandle)]
    pub fn mock_handle(
        state: &str,
        config: &str,
        request: &str,
        now: f64,
    ) -> Result<String, JsValue> {
        let bad = |what: &str| {
            JsValue::from(js_sys::TypeError::new(&format!(
                "klarna-precheck mock: {what}"
            )))
        };
        let mut state: serde_json::Value =
            serde_json::from_str(state).map_err(|_| bad("the state is not JSON"))?;
        let config: crate::mock::Config =
            serde_json::from_str(config).map_err(|_| bad("bad options"))?;
        let request: crate::mock::Request =
            serde_json::from_str(request).map_err(|_| bad("bad request"))?;
        let response = crate::mock::handle(&mut state, &config, &request, now as i64);
        Ok(serde_json::json!({ "state": state, "response": response }).to_string())
    }

    /// `mockAuthorize(state, sessionId, outcome, data, now)`: `{"state", "result"}` or `{"error"}`.
    #[wasm_bindgen(js_name = mockAuthorize)]
    pub fn mock_authorize(
        state: &str,
        session_id: &str,
        outcome: &str,
        data: &str,
        now: f64,
    ) -> String {
        let Ok(mut state) = serde_json::from_str::<serde_json::Value>(state) else {
            return serde_json::json!({ "error": "the state is not JSON" }).to_string();
        };
        let data: Option<serde_json::Value> = serde_json::from_str(data).ok();
        match crate::mock::authorize(&mut state, session_id, outcome, data.as_ref(), now as i64) {
            Ok(result) => serde_json::json!({ "state": state, "result": result }).to_string(),
            Err(error) => serde_json::json!({ "error": error }).to_string(),
        }
    }

    #[wasm_bindgen(js_name = buildCustomerToken)]
    pub fn build_customer_token(text: &str, unreadable: u32) -> String {
        answer(input(text, unreadable, "input").and_then(build::build_customer_token))
    }

    #[wasm_bindgen(js_name = buildTokenOrder)]
    pub fn build_token_order(text: &str, unreadable: u32) -> String {
        answer(input(text, unreadable, "input").and_then(build::build_token_order))
    }

    #[wasm_bindgen(js_name = buildTokenStatus)]
    pub fn build_token_status() -> String {
        answer(Ok(build::build_token_status()))
    }

    #[derive(Deserialize, Serialize)]
    struct RatePart {
        tax_rate: i64,
        amount: i64,
    }

    #[wasm_bindgen(js_name = splitDiscount)]
    pub fn split_discount(amount: f64, text: &str, unreadable: u32) -> Result<String, JsValue> {
        if amount.fract() != 0.0 || amount.abs() > crate::error::MAX_SAFE_INTEGER as f64 {
            return Err(
                js_sys::RangeError::new("amount must be a safe integer in minor units").into(),
            );
        }
        let parts = input::<Vec<RatePart>>(text, unreadable, "weights").and_then(|weights| {
            let pairs: Vec<(i64, i64)> = weights.iter().map(|w| (w.tax_rate, w.amount)).collect();
            build::split_discount(amount as i64, &pairs)
        });
        Ok(answer(parts.map(|parts| {
            parts
                .into_iter()
                .map(|(tax_rate, amount)| RatePart { tax_rate, amount })
                .collect::<Vec<_>>()
        })))
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

    /// The comparison as JSON text; a payload with no JSON text, or text that is not JSON, is a
    /// `TypeError`.
    #[wasm_bindgen(js_name = compareWithAuthorization)]
    pub fn compare_with_authorization(
        authorized: &str,
        authorized_unreadable: u32,
        later: &str,
        later_unreadable: u32,
    ) -> Result<String, JsValue> {
        let type_error = |message: String| JsValue::from(js_sys::TypeError::new(&message));
        let text = |t, u| {
            text_or_reason(t, u)
                .map_err(|w| type_error(format!("payload cannot be read as JSON: {w}")))
        };
        let (a, b) = (
            text(authorized, authorized_unreadable)?,
            text(later, later_unreadable)?,
        );
        flow::compare_with_authorization(a, b)
            .map(|comparison| json(&comparison))
            .map_err(|e| type_error(format!("payload is not valid JSON: {e}")))
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

    /// A window as JSON text of JS numbers (differences of two dates can pass 2^53).
    fn window_js(w: flow::Window) -> String {
        #[derive(Serialize)]
        struct WindowJs {
            open: bool,
            remaining_ms: f64,
            expires_at_ms: f64,
        }
        json(&WindowJs {
            open: w.open,
            remaining_ms: w.remaining_ms as f64,
            expires_at_ms: w.expires_at_ms as f64,
        })
    }

    #[wasm_bindgen(js_name = authorizationWindow)]
    pub fn authorization_window(authorized_at_ms: f64, now_ms: f64) -> Result<String, JsValue> {
        Ok(window_js(flow::authorization_window(
            time(authorized_at_ms, "authorizedAt")?,
            time(now_ms, "now")?,
        )))
    }

    #[wasm_bindgen(js_name = sessionWindow)]
    pub fn session_window(created_at_ms: f64, now_ms: f64) -> Result<String, JsValue> {
        Ok(window_js(flow::session_window(
            time(created_at_ms, "createdAt")?,
            time(now_ms, "now")?,
        )))
    }

    fn parsed<T: std::str::FromStr<Err = flow::IntentError>>(s: &str) -> Result<T, JsValue> {
        s.parse()
            .map_err(|e: flow::IntentError| JsValue::from(js_sys::TypeError::new(&e.message)))
    }

    #[wasm_bindgen(js_name = allowedCalls)]
    pub fn allowed_calls(intent: &str) -> Result<String, JsValue> {
        Ok(json(&flow::allowed_calls(parsed(intent)?)))
    }

    /// `null` when the intent allows the call, else Klarna's `{ error_code, message }`.
    #[wasm_bindgen(js_name = checkIntent)]
    pub fn check_intent(intent: &str, call: &str) -> Result<String, JsValue> {
        Ok(match flow::check_intent(parsed(intent)?, parsed(call)?) {
            Ok(()) => "null".to_string(),
            Err(e) => json(&e),
        })
    }

    #[wasm_bindgen(js_name = parseOrderResponse)]
    pub fn parse_order_response(text: &str, unreadable: u32) -> String {
        answer(
            text_or_reason(text, unreadable)
                .map_err(unreadable_response)
                .and_then(flow::parse_order_response),
        )
    }

    #[wasm_bindgen(js_name = parseTokenCreationResponse)]
    pub fn parse_token_creation_response(text: &str, unreadable: u32) -> String {
        answer(
            text_or_reason(text, unreadable)
                .map_err(unreadable_response)
                .and_then(flow::parse_token_creation),
        )
    }

    #[wasm_bindgen(js_name = parseCustomerTokenResponse)]
    pub fn parse_customer_token_response(text: &str, unreadable: u32) -> String {
        answer(
            text_or_reason(text, unreadable)
                .map_err(unreadable_response)
                .and_then(flow::parse_customer_token),
        )
    }

    fn unreadable_response(why: crate::Unserializable) -> BuildError {
        BuildError::input("", format!("response cannot be read as JSON: {why}"))
    }

    /// Never throws: any body gives a classified error.
    #[wasm_bindgen(js_name = parseKlarnaError)]
    pub fn parse_klarna_error(text: &str, unreadable: u32, http_status: Option<u16>) -> String {
        let text = text_or_reason(text, unreadable).unwrap_or_default();
        json(&flow::parse_klarna_error(text, http_status))
    }
}
