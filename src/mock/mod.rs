//! A local Klarna for test suites: the Payments, Customer Token and Order Management endpoints
//! answered from an in-memory state, with the package's own rules. Every body is checked with
//! `validate` (400 `BAD_VALUE`, messages as Klarna groups them), every Order Management call
//! with `check_against_order` (Klarna's 403/404 codes and sentences), create-order against
//! what was authorized (`Not matching fields: [...]`), and the lifetimes of `src/flow/window.rs`.
//!
//! The state is a JSON document the caller keeps (the JS skin holds it between calls), so the
//! engine is one pure function: [`handle`] takes the state, a request and the time and returns
//! the response and the new state. Nothing here knows HTTP servers, `fetch` or MSW; that is the
//! skin's (`pkg/lib/mock.mjs`).

mod hpp;
mod om;
mod payments;
mod tokens;

use crate::report::Report;
use crate::{Options, PayloadKind};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

/// How the mock answers.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Config {
    /// `username:password` Basic auth must carry; `None`: any credentials (but some).
    #[serde(default)]
    pub credentials: Option<String>,
    /// Warnings refuse a body too (400), so a test fails on them.
    #[serde(default)]
    pub strict: bool,
    /// Days an order's authorization lives (Klarna's default 28).
    #[serde(default)]
    pub authorization_days: Option<i64>,
}

/// One HTTP request, as the skin reads it.
#[derive(Debug, Clone, Deserialize)]
pub struct Request {
    pub method: String,
    /// The path after the host (`/payments/v1/sessions`), without the query.
    pub path: String,
    /// `https://api.klarna.com`: the host the request went to, for absolute `Location`s.
    #[serde(default)]
    pub origin: Option<String>,
    /// `Authorization` header.
    #[serde(default)]
    pub authorization: Option<String>,
    /// `Klarna-Idempotency-Key` header.
    #[serde(default)]
    pub idempotency_key: Option<String>,
    #[serde(default)]
    pub body: Option<String>,
}

/// The answer: status, headers, body (JSON text), and the findings on the body it checked.
#[derive(Debug, Clone, Serialize)]
pub struct Response {
    pub status: u16,
    pub headers: Map<String, Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<Value>,
    /// What `validate` (and the order checks) found in the request body.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub findings: Option<Value>,
    /// The kind of request it was, when it is one the package checks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<&'static str>,
}

/// An empty state: no sessions, orders or tokens; ids from `seed`.
pub fn new_state(seed: u64) -> Value {
    json!({ "seed": seed, "sequence": 0, "sessions": {}, "authorizations": {}, "orders": {}, "tokens": {}, "idempotency": {} })
}

/// What a handler has to work with.
pub(crate) struct Ctx<'s> {
    pub state: &'s mut Value,
    pub config: &'s Config,
    pub now: i64,
    /// Where the request went (`https://api.klarna.com`), for `Location` headers.
    pub origin: String,
    /// The request went to `/credit/v1`, which answered as it did in 2017 (collected 107, 108).
    pub legacy: bool,
}

impl Ctx<'_> {
    /// A fresh UUID v4, from the state's seed and sequence: the same seed gives the same ids.
    pub fn uuid(&mut self) -> String {
        let seq = self.state["sequence"].as_u64().unwrap_or(0) + 1;
        self.state["sequence"] = json!(seq);
        let seed = self.state["seed"].as_u64().unwrap_or(0);
        let (a, b) = (
            splitmix(seed ^ seq.wrapping_mul(0x9E37_79B9)),
            splitmix(seed.wrapping_add(seq) ^ 0xA5A5),
        );
        let bytes: Vec<u8> = a.to_be_bytes().into_iter().chain(b.to_be_bytes()).collect();
        let hex: String = bytes
            .iter()
            .enumerate()
            .map(|(i, &x)| match i {
                6 => format!("{:02x}", (x & 0x0f) | 0x40),
                8 => format!("{:02x}", (x & 0x3f) | 0x80),
                _ => format!("{x:02x}"),
            })
            .collect();
        format!(
            "{}-{}-{}-{}-{}",
            &hex[..8],
            &hex[8..12],
            &hex[12..16],
            &hex[16..20],
            &hex[20..]
        )
    }

    pub fn table(&mut self, name: &str) -> &mut Map<String, Value> {
        if !self.state[name].is_object() {
            self.state[name] = json!({});
        }
        self.state[name].as_object_mut().expect("an object")
    }

    pub fn options(&self) -> Options {
        Options {
            warnings_as_errors: self.config.strict,
            today: crate::Date::from_unix_millis(self.now as f64),
            ..Options::default()
        }
    }

    /// The body checked as `kind`: `Err` is the 400 answer.
    pub fn checked(&mut self, kind: PayloadKind, body: &str) -> Result<(Value, Value), Response> {
        let report = crate::validate(kind, body, &self.options());
        let findings = report_value(&report);
        if !report.valid {
            // Order Management validates with Bean Validation: 422 and its own wording.
            let (status, code, messages) = if kind.api() == crate::Api::OrderManagement {
                (422, "UNPROCESSABLE_ENTITY", om_messages(&report))
            } else {
                (
                    400,
                    report.errors[0].error_code.as_str(),
                    klarna_messages(kind, &report, self.legacy),
                )
            };
            let mut answer = self.error(status, code, messages);
            answer.findings = Some(findings);
            return Err(answer);
        }
        let value: Value = serde_json::from_str(body).unwrap_or(json!({}));
        Ok((value, findings))
    }

    /// ErrorV2 with a fresh correlation id, in the body and the `Klarna-Correlation-Id` header.
    pub fn error(&mut self, status: u16, code: &str, messages: Vec<String>) -> Response {
        let correlation_id = self.uuid();
        let mut answer = self.answer(
            status,
            Some(json!({
                "error_code": code,
                "error_messages": messages,
                "correlation_id": correlation_id,
            })),
        );
        answer
            .headers
            .insert("Klarna-Correlation-Id".into(), json!(correlation_id));
        answer
    }

    pub fn answer(&mut self, status: u16, body: Option<Value>) -> Response {
        let mut headers = Map::new();
        headers.insert("Klarna-Correlation-Id".into(), json!(self.uuid()));
        if body.is_some() {
            headers.insert("Content-Type".into(), json!("application/json"));
        }
        Response {
            status,
            headers,
            body,
            findings: None,
            kind: None,
        }
    }
}

/// Klarna's messages for a refused body: one `Bad value: a, b` naming the fields of the
/// `BAD_VALUE` errors, as Klarna groups them; other classes keep their own messages. On
/// create-session Klarna names only the missing purchase country and currency when those are
/// missing (recorded 037, 043); its `/credit/v1` predecessor named every field (collected 107,
/// 108: `legacy`).
fn klarna_messages(kind: PayloadKind, report: &Report, legacy: bool) -> Vec<String> {
    let code = report.errors[0].error_code;
    if code != crate::ErrorCode::BadValue {
        return report.errors.iter().map(|v| v.message.clone()).collect();
    }
    let mut paths: Vec<&str> = Vec::new();
    for v in report.errors.iter().filter(|v| v.error_code == code) {
        let path = if v.path.is_empty() {
            "body"
        } else {
            v.path.as_str()
        };
        if !paths.contains(&path) {
            paths.push(path);
        }
    }
    let first_group = ["purchase_country", "purchase_currency"];
    if kind == PayloadKind::Session && !legacy && paths.iter().any(|p| first_group.contains(p)) {
        paths.retain(|p| first_group.contains(p));
    }
    vec![format!("Bad value: {}", paths.join(", "))]
}

/// Order Management's messages: `'captured_amount' must not be null` for a missing field
/// (recorded 422s, collected 139, 142, 144), `The size of the `shipping_info/shipping_company`
/// value must be between 0 and 100` for a length (Klarna's OM docs), the violation's own text
/// otherwise.
fn om_messages(report: &Report) -> Vec<String> {
    use crate::Rule;
    report
        .errors
        .iter()
        .map(|v| {
            let field = v
                .path
                .split('.')
                .map(|p| p.split('[').next().unwrap_or(p))
                .collect::<Vec<_>>()
                .join("/");
            match (v.rule, &v.expected) {
                (Rule::Required, _) => format!("'{}' must not be null", v.path),
                (Rule::MaxLength, Some(crate::Scalar::Int(max))) => {
                    format!("The size of the `{field}` value must be between 0 and {max}")
                }
                _ => v.message.clone(),
            }
        })
        .collect()
}

fn report_value(report: &Report) -> Value {
    serde_json::from_str(&report.to_json()).unwrap_or(Value::Null)
}

fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// Answers one request, updating `state`.
pub fn handle(state: &mut Value, config: &Config, request: &Request, now: i64) -> Response {
    let origin = request
        .origin
        .clone()
        .unwrap_or_else(|| "https://api.klarna.com".into());
    let mut ctx = Ctx {
        state,
        config,
        now,
        origin,
        legacy: false,
    };
    if !authorized(config, request.authorization.as_deref()) {
        return ctx.error(
            401,
            "UNAUTHORIZED",
            vec!["Missing or invalid credentials".into()],
        );
    }
    let segments: Vec<&str> = request.path.trim_matches('/').split('/').collect();
    let body = request.body.as_deref().unwrap_or("");
    let method = request.method.to_ascii_uppercase();
    // Order Management calls and token orders replay their first answer for 24 hours.
    let idempotent = matches!(segments.first(), Some(&"ordermanagement"))
        || matches!(
            segments.as_slice(),
            ["customer-token", "v1", "tokens", _, "order"]
        );
    if let (true, Some(key), false) = (
        idempotent,
        request.idempotency_key.as_deref(),
        method == "GET",
    ) {
        if let Some(first) = ctx.state["idempotency"].get(key).cloned() {
            let at = first["at"].as_i64().unwrap_or(0);
            if now - at < crate::state::idempotency::KEY_LIFETIME {
                if let Ok(replayed) = serde_json::from_value::<Stored>(first["response"].clone()) {
                    return replayed.into_response();
                }
            }
        }
        let response = route(&mut ctx, &method, &segments, body);
        let stored = Stored::of(&response);
        ctx.table("idempotency")
            .insert(key.to_string(), json!({ "at": now, "response": stored }));
        return response;
    }
    route(&mut ctx, &method, &segments, body)
}

/// A stored answer, replayed for a repeated idempotency key.
#[derive(Serialize, Deserialize)]
struct Stored {
    status: u16,
    headers: Map<String, Value>,
    body: Option<Value>,
}

impl Stored {
    fn of(r: &Response) -> Self {
        Stored {
            status: r.status,
            headers: r.headers.clone(),
            body: r.body.clone(),
        }
    }

    fn into_response(self) -> Response {
        Response {
            status: self.status,
            headers: self.headers,
            body: self.body,
            findings: None,
            kind: None,
        }
    }
}

fn route(ctx: &mut Ctx<'_>, method: &str, s: &[&str], body: &str) -> Response {
    match (method, s) {
        ("POST", ["payments", "v1", "sessions"]) => payments::create_session(ctx, body),
        // The pre-2018 name of the same endpoint, which named every missing field at once.
        ("POST", ["credit", "v1", "sessions"]) => {
            ctx.legacy = true;
            payments::create_session(ctx, body)
        }
        ("POST", ["hpp", "v1", "sessions"]) => hpp::create_session(ctx, body),
        ("POST", ["hpp", "v1", "sessions", id, "distribution"]) => hpp::distribute(ctx, id, body),
        ("GET", ["payments", "v1", "sessions", id]) => payments::read_session(ctx, id),
        ("POST", ["payments", "v1", "sessions", id]) => payments::update_session(ctx, id, body),
        ("DELETE", ["payments", "v1", "authorizations", token]) => {
            payments::cancel_authorization(ctx, token)
        }
        ("POST", ["payments", "v1", "authorizations", token, "order"]) => {
            payments::create_order(ctx, token, body)
        }
        ("POST", ["payments", "v1", "authorizations", token, "customer-token"]) => {
            tokens::create_token(ctx, token, body)
        }
        ("GET", ["customer-token", "v1", "tokens", token]) => tokens::read_token(ctx, token),
        ("POST", ["customer-token", "v1", "tokens", token, "order"]) => {
            tokens::token_order(ctx, token, body)
        }
        ("PATCH", ["customer-token", "v1", "tokens", token, "status"]) => {
            tokens::token_status(ctx, token, body)
        }
        ("GET", ["ordermanagement", "v1", "orders", id]) => om::read_order(ctx, id),
        (_, ["ordermanagement", "v1", "orders", id, rest @ ..]) => {
            om::call(ctx, method, id, rest, body)
        }
        _ => ctx.error(404, "NOT_FOUND", vec!["Not found".into()]),
    }
}

fn authorized(config: &Config, header: Option<&str>) -> bool {
    let Some(encoded) = header.and_then(|h| h.strip_prefix("Basic ")) else {
        return false;
    };
    let Some(decoded) = base64_decode(encoded.trim()) else {
        return false;
    };
    match &config.credentials {
        Some(expected) => decoded == *expected,
        None => decoded.contains(':') && decoded.len() > 1,
    }
}

fn base64_decode(s: &str) -> Option<String> {
    let value = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => u32::from(c - b'A'),
            b'a'..=b'z' => u32::from(c - b'a') + 26,
            b'0'..=b'9' => u32::from(c - b'0') + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        })
    };
    let bytes = s.trim_end_matches('=').as_bytes();
    let mut out = Vec::new();
    for chunk in bytes.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= value(c)? << (18 - 6 * i);
        }
        let take = match chunk.len() {
            4 => 3,
            3 => 2,
            2 => 1,
            _ => return None,
        };
        out.extend_from_slice(&n.to_be_bytes()[1..1 + take]);
    }
    String::from_utf8(out).ok()
}

/// The browser step: what `Klarna.Payments.authorize()` would do for the session, with the
/// shopper approving, declining or Klarna putting the order on review (`pending`). `data` is
/// what the page passed to authorize() (merged over the session, as Klarna does). The
/// authorized data is recorded: create-order must match it.
pub fn authorize(
    state: &mut Value,
    session_id: &str,
    outcome: &str,
    data: Option<&Value>,
    now: i64,
) -> Result<Value, String> {
    let config = Config::default();
    let mut ctx = Ctx {
        state,
        config: &config,
        now,
        origin: String::new(),
        legacy: false,
    };
    payments::authorize(&mut ctx, session_id, outcome, data)
}

/// `merge(a, b)`: `b`'s members over `a`'s, recursively for objects (authorize() data over a
/// session).
pub(crate) fn merge(base: &mut Value, over: &Value) {
    match (base, over) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in b {
                match a.get_mut(k) {
                    Some(slot) if slot.is_object() && v.is_object() => merge(slot, v),
                    _ => {
                        a.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        (slot, v) => *slot = v.clone(),
    }
}

/// ms since 1970 as Klarna writes times: `2026-12-01T12:00:00.000Z`.
pub(crate) fn iso(ms: i64) -> String {
    let date = crate::Date::from_days(ms.div_euclid(86_400_000));
    let t = ms.rem_euclid(86_400_000);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
        date.year,
        date.month,
        date.day,
        t / 3_600_000,
        t / 60_000 % 60,
        t / 1000 % 60,
        t % 1000
    )
}
