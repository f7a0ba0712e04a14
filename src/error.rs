//! What can be wrong with a payload: every problem declared once, in `problems!` below.
//!
//! One declaration gives a problem its stable rule id, its severity, the evidence behind that
//! severity, Klarna's error class, its message and the values it may show; the [`Rule`] enum,
//! [`Rule::ALL`], [`RULES`] and every `match` over problems are generated from it, so nothing
//! defaults silently. A [`Problem`] never carries the path (that is the report's job) and never
//! carries free text from the payload: string values appear only when they are codes (see
//! `keywords::pattern::echo_code`).
//!
//! The rule of severities: an **error** needs evidence that Klarna rejects the value
//! ([`Evidence::Klarna`]: documented, or a recorded answer shows it; or [`Evidence::Spec`]: the
//! published schema says so and nothing Klarna does contradicts it). Where Klarna's examples or
//! recorded answers contradict the spec, the finding is a warning that says so. A test
//! (`tests/generated.rs`) holds every declaration to this.

use crate::json::{JsonType, SyntaxError};
use crate::keywords::pattern::Pattern;
use serde::Serialize;
use std::fmt;

/// Klarna's error class, as in ErrorV2's `error_code`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ErrorCode {
    BadValue,
    BadRequest,
    /// Order Management's refusals, each answered 403 (404 for a capture it cannot find), with
    /// a sentence of Klarna's as the message: "… Capture not possible."
    CaptureNotAllowed,
    RefundNotAllowed,
    CancelNotAllowed,
    NotAllowed,
    NoSuchCapture,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::BadValue => "BAD_VALUE",
            ErrorCode::BadRequest => "BAD_REQUEST",
            ErrorCode::CaptureNotAllowed => "CAPTURE_NOT_ALLOWED",
            ErrorCode::RefundNotAllowed => "REFUND_NOT_ALLOWED",
            ErrorCode::CancelNotAllowed => "CANCEL_NOT_ALLOWED",
            ErrorCode::NotAllowed => "NOT_ALLOWED",
            ErrorCode::NoSuchCapture => "NO_SUCH_CAPTURE",
        }
    }

    /// Whether Klarna's message for it is a sentence of its own, not `Bad value: <path> …`:
    /// the violation's message is then the problem's text alone.
    pub fn is_sentence(self) -> bool {
        !matches!(self, ErrorCode::BadValue | ErrorCode::BadRequest)
    }

    /// The HTTP status Klarna answers with.
    pub fn http_status(self) -> u16 {
        match self {
            ErrorCode::BadValue | ErrorCode::BadRequest => 400,
            ErrorCode::NoSuchCapture => 404,
            _ => 403,
        }
    }
}

/// Errors make a payload invalid; warnings never do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
    /// Only `too_many_violations`: it closes whichever list overflowed.
    Either,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Either => "either",
        }
    }
}

/// What backs a rule's severity, with its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Evidence {
    /// Klarna documents the rejection (or the tolerance), or a recorded answer shows it.
    Klarna(&'static str),
    /// The published OpenAPI schema says so, and nothing Klarna does contradicts it.
    Spec(&'static str),
    /// Best practice, or Klarna's enforcement is not established: never an error.
    Advice(&'static str),
}

impl Evidence {
    /// `klarna`, `spec` or `advice`.
    pub fn kind(self) -> &'static str {
        match self {
            Evidence::Klarna(_) => "klarna",
            Evidence::Spec(_) => "spec",
            Evidence::Advice(_) => "advice",
        }
    }

    pub fn source(self) -> &'static str {
        match self {
            Evidence::Klarna(s) | Evidence::Spec(s) | Evidence::Advice(s) => s,
        }
    }
}

/// Everything declared about one rule, apart from its message and shown values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Declaration {
    pub rule: Rule,
    /// The stable id in `Violation.rule` (`tax_formula`).
    pub id: &'static str,
    pub severity: Severity,
    pub evidence: Evidence,
    pub error_code: ErrorCode,
    /// What the rule checks, in one line (README, TypeScript docs).
    pub summary: &'static str,
}

/// Declares every problem. Per entry: the one-line summary, the message (thiserror's
/// `#[error]`, the text after the path), the variant and its fields, then
/// `=> "rule_id", Severity, Evidence("source")`, and optionally Klarna's error class
/// (`code:`, default `BadValue`) and what the violation shows (`expected:` and `actual:`,
/// `Option<Scalar>` expressions over the fields; default none).
macro_rules! problems {
    ($(
        #[summary = $summary:literal]
        $(#[$attr:meta])*
        $variant:ident $({ $($(#[$field_attr:meta])* $field:ident : $field_ty:ty),* $(,)? })?
            => $id:literal, $severity:ident, $evidence:ident($source:expr)
            $(, code: $code:ident)?
            $(, expected: $expected:expr)?
            $(, actual: $actual:expr)?
        ;
    )*) => {
        /// One thing wrong with a payload, without its location. `Display` gives the detail
        /// that follows the path in the message: "Bad value: order_amount must be at least 0, got -5".
        #[derive(Debug, Clone, PartialEq, thiserror::Error)]
        pub enum Problem {
            $(
                #[doc = $summary]
                $(#[$attr])*
                $variant $({ $($(#[$field_attr])* $field: $field_ty),* })?,
            )*
        }

        /// Stable machine ids of the rules, as they appear in `Violation.rule`: one per problem.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Rule {
            $(#[doc = $summary] $variant,)*
        }

        /// Every rule's declaration, in [`Rule`] order.
        pub static RULES: &[Declaration] = &[$(
            Declaration {
                rule: Rule::$variant,
                id: $id,
                severity: Severity::$severity,
                evidence: Evidence::$evidence($source),
                error_code: problems!(@code $($code)?),
                summary: $summary,
            },
        )*];

        // The hot path reads id, severity and class from these matches, not from `RULES`, so
        // the evidence and summaries (docs and tests only) stay out of the .wasm.
        impl Rule {
            /// Every rule, in declaration order, for docs and tests that must cover them all.
            pub const ALL: &'static [Rule] = &[$(Rule::$variant,)*];

            /// The stable id in `Violation.rule` (`tax_formula`).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Rule::$variant => $id,)*
                }
            }

            pub fn severity(self) -> Severity {
                match self {
                    $(Rule::$variant => Severity::$severity,)*
                }
            }

            pub fn error_code(self) -> ErrorCode {
                match self {
                    $(Rule::$variant => problems!(@code $($code)?),)*
                }
            }
        }

        impl Problem {
            pub fn rule(&self) -> Rule {
                match self {
                    $(Problem::$variant { .. } => Rule::$variant,)*
                }
            }

            /// The limit or value the payload should have had.
            #[allow(unused_variables)]
            pub fn expected(&self) -> Option<Scalar> {
                match self {
                    $(Problem::$variant $({ $($field,)* })? => problems!(@shown $($expected)?),)*
                }
            }

            /// What the payload had: numbers, lengths, JSON types and codes, never free text.
            #[allow(unused_variables)]
            pub fn actual(&self) -> Option<Scalar> {
                match self {
                    $(Problem::$variant $({ $($field,)* })? => problems!(@shown $($actual)?),)*
                }
            }
        }
    };
    (@code) => { ErrorCode::BadValue };
    (@code $code:ident) => { ErrorCode::$code };
    (@shown) => { None };
    (@shown $value:expr) => { $value };
}

impl Rule {
    pub fn declaration(self) -> &'static Declaration {
        // `RULES` is generated in `Rule` order, so a rule's position is its index (tested).
        &RULES[self as usize]
    }

    pub fn evidence(self) -> Evidence {
        self.declaration().evidence
    }
}

impl Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Problem {
    pub fn error_code(&self) -> ErrorCode {
        self.rule().error_code()
    }

    /// Errors make a payload invalid; warnings are what Klarna tolerates or may tolerate.
    pub fn severity(&self) -> Severity {
        self.rule().severity()
    }
}

problems! {
    // ---- The text itself ---------------------------------------------------------------------
    #[summary = "The text is strict JSON (RFC 8259); the message gives line and column."]
    #[error("is not valid JSON: {error}")]
    Syntax { error: SyntaxError }
        => "json_syntax", Error, Spec("request bodies are application/json"), code: BadRequest;

    #[summary = "A JS value has a JSON form (`undefined`, functions, symbols, cycles and BigInts do not)."]
    #[error("cannot be sent as JSON: {what}")]
    Unserializable { what: Unserializable }
        => "json_value", Error, Spec("request bodies are application/json"), code: BadRequest;

    // ---- Schema keywords (src/keywords/) -------------------------------------------------------
    #[summary = "Each value has the schema's type; the payload itself is an object."]
    #[error("must be {expected}, got {actual}")]
    Type { expected: ExpectedType, actual: JsonType }
        => "type", Error, Spec("`type` of every field in the spec; inside attachment.body, of Klarna's EMD schema (EMD.md §4)"),
        expected: Some(expected.code().into()),
        actual: Some(json_type_code(*actual).into());

    #[summary = "`null` on an optional field: Klarna reads it as absent (on a required field it is `required`)."]
    #[error("is null: Klarna reads null as an absent field (the spec has no null values); omit the field instead")]
    NullValue
        => "null_value", Warning, Klarna("a public integration reports order lines with null product_url, image_url and merchant_data accepted (krokedil/klarna-payments-for-woocommerce issue 9)");

    #[summary = "Fields Klarna requires are present (reported at the missing field's path)."]
    #[error("is required")]
    Required
        => "required", Error, Klarna("recorded answers name the missing fields: `Bad value: purchase_country, purchase_currency` (session, recorded 043), `Bad value: description, intended_use` (customer token, recorded 047), create-order 049, token order 051");

    #[summary = "A field the spec lists as required but Klarna accepts without (customer token: `locale`, `purchase_country`, `purchase_currency`)."]
    #[error("is missing: the spec lists it as required, but Klarna accepts its absence here")]
    RequiredBySpec
        => "required_by_spec", Warning, Klarna("Klarna's customer-token docs examples omit purchase_currency and show 200 OK; an empty body is answered `Bad value: description, intended_use` (recorded 047: Klarna names its first failing group, so this is the lenient reading)");

    #[summary = "Amounts, quantities and rates are whole numbers: `49.99` is reported with the likely intended `4999`."]
    #[error("must be a whole number{}, got {actual}{}", if *amount { " in minor units" } else { "" }, hint.map(|h| format!(" (did you mean {h}?)")).unwrap_or_default())]
    NotInteger {
        /// The number as it was sent (JSON number text), shown verbatim.
        actual: NumberText,
        /// Amounts are in minor units: the value × 100 when that is whole (49.99 → 4999).
        hint: Option<i64>,
        amount: bool,
    } => "integer", Error, Klarna("amounts are integers in minor units; Klarna rejects decimals and fractional quantities (KLARNA-RULES.md, Money); inside attachment.body, the fields Klarna's EMD schema types integer (EMD.md §2.2, §4)"),
        expected: hint.map(Scalar::Int),
        actual: actual.as_str().map(|_| Scalar::Number(actual.clone()));

    #[summary = "A number where the spec has a string, in a field Klarna was recorded reading it as text (`shipping_info[].tracking_number`)."]
    #[error("is a number where the spec has a string: Klarna accepted one here and reads it as text, but send the text")]
    NumberAsText
        => "number_as_text", Warning, Klarna("a capture whose shipping_info[0].tracking_number was the number 1245 was answered 201 Created, twice (nebulab/klarna_proxy VCR, collected 138)");

    #[summary = "Integers fit in 64 bits (`format: int64`)."]
    #[error("is outside the 64-bit integer range")]
    Int64Range {
        /// The number as it was sent (JSON number text).
        actual: NumberText,
    } => "int64_range", Error, Spec("`format: int64` on every integer"),
        actual: actual.as_str().map(|_| Scalar::Number(actual.clone()));

    #[summary = "Integers fit JavaScript's safe range (±2^53−1): past it a JS shop cannot have meant the value it sent."]
    #[error("is {actual}, beyond JavaScript's safe integer range (±{MAX_SAFE_INTEGER}): a JS number cannot hold it exactly")]
    SafeInteger { actual: i64 }
        => "safe_integer", Warning, Advice("Klarna reads int64; a value past 2^53 is a sign of float math in a JS shop, not a known rejection"),
        expected: Some(Scalar::Int(MAX_SAFE_INTEGER)),
        actual: Some(Scalar::Int(*actual));

    #[summary = "Integer lower bounds: `order_amount ≥ 0`, `tax_rate ≥ 0`…"]
    #[error("must be at least {minimum}, got {actual}")]
    Minimum { minimum: i64, actual: i64 }
        => "minimum", Error, Spec("`minimum` in the spec"),
        expected: Some(Scalar::Int(*minimum)),
        actual: Some(Scalar::Int(*actual));

    #[summary = "Integer upper bounds: `tax_rate ≤ 10000`, `unit_price ≤ 200000000` (100000000 on token orders)…"]
    #[error("must be at most {maximum}, got {actual}")]
    Maximum { maximum: i64, actual: i64 }
        => "maximum", Error, Spec("`maximum` in the spec of each endpoint"),
        expected: Some(Scalar::Int(*maximum)),
        actual: Some(Scalar::Int(*actual));

    #[summary = "String lengths in Unicode code points (`\"Åsa\"` is 3)."]
    #[error("must be at least {} long, got {actual}", plural(*minimum, "character"))]
    MinLength { minimum: u32, actual: usize }
        => "min_length", Error, Spec("`minLength` in the spec; IATA codes of Klarna's EMD air schema (min 3 / 2)"),
        expected: Some(Scalar::Int(i64::from(*minimum))),
        actual: Some(Scalar::Int(*actual as i64));

    #[summary = "String lengths in Unicode code points; `order_lines[].reference` ≤ 64, the backend's limit, not the spec's 255."]
    #[error("must be at most {} long, got {actual}", plural(*maximum, "character"))]
    MaxLength { maximum: u32, actual: usize }
        => "max_length", Error, Spec("`maxLength` in the spec; reference ≤ 64 is Klarna's own answer `size must be between 0 and 64` (KLARNA-RULES.md); IATA codes of Klarna's EMD air schema (max 3 / 2)"),
        expected: Some(Scalar::Int(i64::from(*maximum))),
        actual: Some(Scalar::Int(*actual as i64));

    #[summary = "Country (`GB`, `gb`), currency (`GBP`), locale (`en-GB`), `#RRGGBB` colours, SSN digits, customer type."]
    #[error("must be {}", pattern.description())]
    /// A value of the wrong shape may be anything (a name in the wrong field): never shown.
    Pattern { pattern: Pattern }
        => "pattern", Error, Spec("`pattern` in the spec"),
        expected: Some(pattern.source().into());

    #[summary = "Closed lists (order line `type`, `intent`, token `status`…): a value that matches no allowed value in any case."]
    #[error("must be {}", one_of(allowed))]
    Enum { allowed: &'static [&'static str] }
        => "enum", Error, Spec("`enum` in the spec; no recorded answer accepts a value outside the list. Inside attachment.body, the lists of Klarna's EMD schema and SDKs (EMD.md §4)"),
        expected: Some(Scalar::List(allowed));

    #[summary = "An enum value in another case (`subscription`, `ecommerce`): Klarna accepts it; the warning names the spec's form."]
    #[error("should be {canonical}: Klarna accepts it in any case, but the spec's value is {canonical}")]
    EnumCase { canonical: &'static str, actual: Option<String> }
        => "enum_case", Warning, Klarna("`intended_use: \"subscription\"` answered 200 with a token (recorded 046); KLARNA-RULES.md's corrections from recorded traffic: enums are not case-sensitive"),
        expected: Some((*canonical).into()),
        actual: actual.clone().map(Scalar::Text);

    #[summary = "`order_lines` has 1–1000 lines."]
    #[error("must have at least {}, got {actual}", plural(*minimum, "item"))]
    MinItems { minimum: u32, actual: usize }
        => "min_items", Error, Spec("`minItems` in the spec"),
        expected: Some(Scalar::Int(i64::from(*minimum))),
        actual: Some(Scalar::Int(*actual as i64));

    #[summary = "At most 1000 order lines: over that is one violation and only the first 1000 lines are walked."]
    #[error("must have at most {}, got {actual}", plural(*maximum, "item"))]
    MaxItems { maximum: u32, actual: usize }
        => "max_items", Error, Spec("`maxItems` in the spec"),
        expected: Some(Scalar::Int(i64::from(*maximum))),
        actual: Some(Scalar::Int(*actual as i64));

    #[summary = "`payment_method_categories` repeats no item."]
    #[error("must not repeat an item: item [{duplicate}] equals item [{first}]")]
    UniqueItems { first: usize, duplicate: usize }
        => "unique_items", Warning, Spec("`uniqueItems` in the spec; the only such array is the read-only payment_method_categories, which Klarna ignores in requests (recorded 048 sent one): so a warning");

    #[summary = "A field Klarna sets and ignores in requests (`status`, `authorization_token`, `client_token`, …)."]
    #[error("is read-only: Klarna sets it and ignores a value sent in a request")]
    ReadOnly
        => "read_only", Warning, Klarna("`readOnly` in the spec; a create-order carrying status, authorization_token and payment_method_categories was answered 200 (recorded 048)");

    #[summary = "A field the schema does not define, with \"did you mean …?\" for a likely typo (`purchase_countyr`)."]
    #[error("is not a field of {schema}{}", suggestion.map(|s| format!("; did you mean {s}?")).unwrap_or_default())]
    UnknownField { schema: &'static str, suggestion: Option<&'static str> }
        => "unknown_field", Warning, Klarna("Klarna ignores fields it does not know: a create-order with fields outside create_order_request was answered 200 (recorded 048)"),
        expected: suggestion.map(Scalar::from);

    #[summary = "A field Klarna no longer reads in this request (`attachment` on create-order), with where it belongs."]
    #[error("{why}")]
    IgnoredField { why: &'static str }
        => "ignored_field", Warning, Klarna("attachment was removed from create_order_request in 2022 and Klarna's EMD page says EMD is not validated at create-order; a create-order carrying one was answered 200 (recorded 048)");

    #[summary = "The same key twice in one object (the last one counts, as in `JSON.parse`)."]
    #[error("appears more than once in the same object; Klarna reads only one of them")]
    DuplicateKey
        => "duplicate_key", Warning, Advice("RFC 8259: names within an object should be unique; which one Klarna keeps is not documented");

    #[summary = "More than 1000 errors (or warnings): the list is cut and this entry says so."]
    #[error("has more violations than the {limit} reported")]
    TooManyViolations { limit: usize }
        => "too_many_violations", Either, Advice("a limit of this package, so a hostile payload still gets a small report");

    // ---- Field formats (src/keywords/format/) --------------------------------------------------
    #[summary = "An assigned ISO 3166-1 alpha-2 code, any case (`UK` is not; the message says GB)."]
    #[error("is not an ISO 3166-1 country code{}", if *united_kingdom { " (the United Kingdom is GB)" } else { "" })]
    CountryCode {
        /// The value was `UK`, a common mistake for `GB`.
        united_kingdom: bool,
    } => "country_code", Error, Spec("the spec describes every country as ISO 3166 alpha-2; Klarna's examples send real codes in any case");

    #[summary = "An active ISO 4217 code, any case."]
    #[error("is not an ISO 4217 currency code")]
    CurrencyCode
        => "currency_code", Error, Spec("the spec describes purchase_currency as ISO 4217");

    #[summary = "`language-REGION` with an ISO 639-1 language and an ISO 3166-1 region; Klarna's own docs send `us-US` (\"did you mean en-US?\")."]
    #[error("{issue}{}", suggestion.map(|s| format!("; did you mean {s}?")).unwrap_or_default())]
    Locale { issue: LocaleIssue, suggestion: Option<&'static str> }
        => "locale", Warning, Klarna("Klarna's own customer-token docs send `locale: \"us-US\"`; no recorded answer rejects a well-formed tag (the spec's pattern, checked by `pattern`, is the error)"),
        expected: suggestion.map(Scalar::from);

    #[summary = "`customer.date_of_birth` is `yyyy-mm-dd`, a real calendar date, not in the future."]
    #[error("{issue}")]
    Date { issue: DateIssue }
        => "date", Error, Spec("customer.date_of_birth: \"The format is yyyy-mm-dd\""),
        expected: Some("yyyy-mm-dd".into());

    #[summary = "`given_name` / `family_name` are more than one character and not only digits."]
    #[error("must be more than one character and not only digits")]
    PersonName
        => "person_name", Error, Spec("address.given_name / family_name: \"Cannot be only numbers, must be more than 1 character\"");

    #[summary = "`local@domain.tld`, no spaces (deliberately loose)."]
    #[error("is not an email address")]
    Email
        => "email", Error, Spec("address.email: \"Customers email address\"; the check is looser than any address Klarna could accept");

    #[summary = "5–15 digits with `+ - ( ) . /` and spaces."]
    #[error("does not look like a phone number (5 to 15 digits, with + - ( ) . / and spaces)")]
    Phone
        => "phone", Warning, Advice("the spec gives no format; Klarna's customer-data requirements ask for a reachable number");

    #[summary = "merchant_urls, `product_url` and `image_url` are absolute http(s) URLs."]
    #[error("must be an absolute http or https URL")]
    Url
        => "url", Error, Spec("the spec describes each as a URL (merchant_urls: \"URL of the merchant … page\"); Klarna's own examples (`https://...`) pass");

    #[summary = "Merchant URLs use only the placeholders Klarna fills: `{session.id}`, `{order.id}`."]
    #[error("contains a placeholder Klarna does not fill: only {{session.id}} and {{order.id}} are replaced")]
    UrlPlaceholder
        => "url_placeholder", Warning, Advice("the spec: \"Insert {session.id} and/or {order.id} as placeholder\"; what Klarna does with another placeholder is not recorded");

    #[summary = "`attachment.body` is the JSON text of an object (the extra merchant data, serialized); a syntax error is located inside the body."]
    #[error("must be the JSON text of an object (extra merchant data serialized to a string): {}", syntax.as_ref().map_or_else(|| "it is JSON, but not an object".to_string(), |e| format!("it is not valid JSON: {e} of the body")))]
    AttachmentBody {
        /// Where the body's text stops being JSON (positions within the body); `None` when it
        /// is JSON but not an object.
        syntax: Option<SyntaxError>,
    } => "attachment_body", Error, Spec("attachment.body: \"The body should be an object … serialized to JSON\"; Klarna's schema page: the APIs expect a serialised JSON object (EMD.md §1.1). No recorded rejection (EMD.md §1.3)");

    #[summary = "`attachment.content_type` is `application/vnd.klarna.internal.emd-v2+json`, the only one Klarna documents."]
    #[error("is not {EMD_CONTENT_TYPE}, the only content type Klarna documents for extra merchant data")]
    AttachmentContentType
        => "attachment_content_type", Warning, Advice("the specs say the content type is \"usually\" application/vnd.klarna.internal.emd-v2+json and no source documents another (EMD.md §1.1); Klarna's answer to another is not recorded"),
        expected: Some(EMD_CONTENT_TYPE.into());

    // ---- Extra merchant data: inside attachment.body (src/rules/emd/, src/model/emd/) -------
    #[summary = "EMD date-times are `yyyy-mm-ddThh:mm[:ss][Z]` with real values: no milliseconds, no UTC offset, no date alone."]
    #[error("{issue}")]
    EmdDateTime { issue: DateTimeIssue }
        => "emd_date_time", Error, Spec("Klarna's EMD schema: `format: date-time` with the pattern ^[0-9]{4}-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9](:[0-5][0-9]){0,1}Z{0,1}$ and \"only Z is supported\" (EMD.md §2.1: the acquirer EMD page, OXID quoting the schema)"),
        expected: Some("yyyy-mm-ddThh:mm[:ss][Z]".into());

    #[summary = "An EMD enum value in another case (`PICK_UP`): Klarna lists the lowercase values only."]
    #[error("should be {canonical}: extra merchant data lists its values in lowercase")]
    EmdEnumCase { canonical: &'static str }
        => "emd_enum_case", Warning, Spec("Klarna's EMD schema: \"the following lowercase values are accepted\" (EMD.md §2.3); whether Klarna reads another case is not recorded, and Klarna's .NET SDK comments write `SMS`, so a warning"),
        expected: Some((*canonical).into());

    #[summary = "EMD prices an older schema typed `number` (`hotel_price`, `car_price`, `total_amount_paid_purchases`, `volume_of_trades`) are whole minor units."]
    #[error("is {actual}: extra merchant data amounts are whole numbers in minor units{}", hint.map(|h| format!(" (did you mean {h}?)")).unwrap_or_default())]
    EmdMinorUnits { actual: NumberText, hint: Option<i64> }
        => "emd_minor_units", Warning, Spec("Klarna's current EMD schema (segment and insurance prices: integer minor units) and every example use integers; the 2021 schema typed these fields `number`, so a warning (EMD.md §2.2, §7)"),
        expected: hint.map(Scalar::Int),
        actual: actual.as_str().map(|_| Scalar::Number(actual.clone()));

    #[summary = "EMD counts and prices are not negative."]
    #[error("is negative: no count or price of extra merchant data is")]
    EmdNegative
        => "emd_negative", Warning, Advice("no EMD schema bounds its numbers; EMD.md §5.1 lists this as a sensible check, not a Klarna rule");

    #[summary = "`unique_account_identifier` is 1–24 characters (the 2021 schema's limit; Klarna's current examples send 25)."]
    #[error("{issue}")]
    EmdAccountIdentifier { issue: IdentifierIssue }
        => "emd_account_identifier", Warning, Spec("the 2021 EMD schema: max 24 characters (OXID quotes `maxLength: 24`); Klarna's current examples send a 25-character identifier, so a warning (EMD.md §7). An empty identifier for guests is a mistake seen in the wild (§8)"),
        expected: Some(Scalar::Int(24)),
        actual: match issue { IdentifierIssue::TooLong(n) => Some(Scalar::Int(*n as i64)), IdentifierIssue::Empty => Some(Scalar::Int(0)) };

    #[summary = "EMD address countries are ISO 3166-1 alpha-2 codes (Klarna's own KCO example sends `Sweden`)."]
    #[error("is not an ISO 3166-1 alpha-2 country code, which Klarna's current examples send (GB, NL, FR)")]
    EmdCountry
        => "emd_country", Warning, Klarna("Klarna's current examples send alpha-2 codes; its own KCO spec example sends `Sweden` and its trip example `France`, so a warning (EMD.md §2.3, §7)");

    #[summary = "An air itinerary's `passenger_id` names a `passengers[].id` of the same reservation."]
    #[error("is {id}, which no passengers[].id of this reservation has")]
    EmdPassengerId { id: i64 }
        => "emd_passenger_id", Error, Spec("Klarna's EMD schema for air_reservation_details: passenger_id holds indexes from passengers[].id (EMD.md §2.3, §5.1, the acquirer EMD page)"),
        actual: Some(Scalar::Int(*id));

    #[summary = "Other EMD references hold (`passenger_id` of bus, train, ferry, hotel; `drivers_id`), and every air passenger and car driver is named by an itinerary."]
    #[error("{issue}")]
    EmdReference { issue: ReferenceIssue }
        => "emd_reference", Warning, Spec("Klarna's air schema states both directions (EMD.md §5.1); the other packages pair ids by name only (the 2021 schema, Klarna's .NET SDK), so a warning (§5.3)"),
        actual: match issue { ReferenceIssue::Unknown { id, .. } => Some(Scalar::Int(*id)), ReferenceIssue::Unused { .. } => None };

    #[summary = "An EMD `end_time` is not before its `start_time` (and the last paid purchase not before the first)."]
    #[error("is before {start}")]
    EmdTimeOrder { start: &'static str }
        => "emd_time_order", Warning, Advice("no Klarna source states it (EMD.md §5.1: a sensible warning)");

    #[summary = "`ticket_delivery_recipient` fits `ticket_delivery_method`: an e-mail address for email, a phone number for phone, a name for pick_up and post."]
    #[error("does not look like {expected}, which ticket_delivery_method {method} asks for")]
    EmdTicketRecipient { method: &'static str, expected: &'static str }
        => "emd_ticket_recipient", Warning, Spec("Klarna's EMD schema: email → the e-mail address, phone → the phone number, pick_up and post → \"First Last\" (EMD.md §4.1, §5.1); Klarna validates none of it synchronously");

    #[summary = "A value of a type other than Klarna's example shows, in a package with no published field table (`trip_reservation_details`, `in_store_payment`, `customer_tokens`)."]
    #[error("{problem} (as Klarna's example has it; Klarna publishes no field table for this package)")]
    EmdUndocumented { problem: Box<Problem> }
        => "emd_undocumented", Warning, Advice("Klarna publishes only example bodies for these packages (EMD.md §4.5, §4.15, §4.16, §9): what its schema accepts is not known"),
        expected: problem.expected(),
        actual: problem.actual();

    #[summary = "An EMD package nested inside another (`customer_account_info` inside `subscription`): packages are top-level arrays of the body."]
    #[error("is a package of extra merchant data: it belongs at the top level of the body, as an array, where Klarna reads it")]
    EmdNestedPackage
        => "emd_nested_package", Warning, Spec("every package is an array at the top level of the body (EMD.md §1.1, §3: V2, the 2021 schema, Klarna's examples); woocommerce-gateway-klarna nested customer_account_info in subscription (§8). Klarna ignores members it does not know");

    #[summary = "With `segment` set, the body carries the packages Klarna asks that segment to send (travel → a reservation, marketplace → `marketplace_seller_info`, …)."]
    #[error("lacks extra merchant data that {segment} merchants must send: {}", one_of(packages))]
    EmdSegmentPackage { segment: &'static str, packages: &'static [&'static str] }
        => "emd_segment_package", Warning, Klarna("Klarna's EMD page: the packages each segment must send (EMD.md §5.2); Klarna accepts the request without them, and its risk assessment suffers"),
        expected: Some(Scalar::List(packages));

    #[summary = "An address in `other_delivery_address` agrees with `shipping_address`."]
    #[error("differs from shipping_address.{field}: an address repeated in extra merchant data must not differ from shipping_address")]
    EmdDeliveryAddress { field: &'static str }
        => "emd_delivery_address", Warning, Klarna("Klarna's EMD page on other_delivery_address (EMD.md §4.14)");

    #[summary = "A fallback package sent beside the one it stands in for (`trip_reservation_details` beside a specific reservation; `payment_history_simple` beside `payment_history_full`)."]
    #[error("is sent beside {instead}: Klarna asks for it only when {instead} cannot be filled")]
    EmdFallbackPackage { instead: &'static str }
        => "emd_fallback_package", Warning, Klarna("Klarna's EMD page: trip_reservation_details only when the specific travel packages cannot be filled; payment_history_simple when payment_history_full cannot (EMD.md §5.1)");

    // ---- Money (src/rules/totals.rs, tax.rs, line_types.rs) -------------------------------------
    #[summary = "`total_amount = quantity × unit_price − total_discount_amount`; `expected` is the computed value."]
    #[error("differs from quantity × unit_price − total_discount_amount [{expected}]")]
    LineTotal { expected: i64, actual: i64 }
        => "line_total", Error, Klarna("Klarna recomputes each line's total_amount (KLARNA-RULES.md, Money)"),
        expected: Some(Scalar::Int(*expected)),
        actual: Some(Scalar::Int(*actual));

    #[summary = "`total_tax_amount` within ±1 of `total_amount − total_amount × 10000 / (10000 + tax_rate)` (negative on discount lines)."]
    #[error("differs from the calculated value [{expected}] by more than [1]{}", if *gross_percentage { " (it is tax_rate applied to the gross amount; Klarna takes the tax out of the gross: total_amount − total_amount × 10000 / (10000 + tax_rate))" } else { "" })]
    TaxFormula { expected: i64, actual: i64, gross_percentage: bool }
        => "tax_formula", Error, Klarna("Klarna's answer: `Bad value: order_lines[2].total_tax_amount differs from the calculated value [-2990] by more than [1]`"),
        expected: Some(Scalar::Int(*expected)),
        actual: Some(Scalar::Int(*actual));

    #[summary = "`order_amount` = Σ lines' `total_amount`."]
    #[error("differs from the sum of the order lines' total_amount [{expected}]")]
    OrderTotal { expected: i64, actual: i64 }
        => "order_total", Error, Klarna("Klarna's docs: order_amount is the sum of the lines' total_amount (KLARNA-RULES.md, Money)"),
        expected: Some(Scalar::Int(*expected)),
        actual: Some(Scalar::Int(*actual));

    #[summary = "`order_tax_amount` = Σ lines' `total_tax_amount`; under the US convention, the sales_tax lines' `total_amount`."]
    #[error("differs from {} [{expected}]", if *sales_tax { "the sales_tax lines' total_amount (US sales-tax convention)" } else { "the sum of the order lines' total_tax_amount" })]
    OrderTaxTotal { expected: i64, actual: i64, sales_tax: bool }
        => "order_tax_total", Error, Klarna("Klarna's docs: order_tax_amount is the sum of the lines' total_tax_amount, or the sales_tax line under the US convention (KLARNA-RULES.md, Money)"),
        expected: Some(Scalar::Int(*expected)),
        actual: Some(Scalar::Int(*actual));

    #[summary = "US convention: once a `sales_tax` line is present, every line has `tax_rate` 0 and `total_tax_amount` 0."]
    #[error("must be 0 when the order carries a sales_tax line (US convention: every line at tax rate 0, the tax in one sales_tax line)")]
    SalesTax { actual: i64 }
        => "sales_tax", Error, Klarna("Klarna's US sales-tax convention (KLARNA-RULES.md, Money)"),
        expected: Some(Scalar::Int(0)),
        actual: Some(Scalar::Int(*actual));

    #[summary = "discount / gift_card / store_credit lines are negative; other lines are not."]
    #[error("is {}, unusual for a {line_type} line{}", if *negative { "negative" } else { "positive" }, if *negative { " (reductions use type discount)" } else { ", which reduces the order and is sent negative" })]
    LineSign { line_type: &'static str, negative: bool }
        => "line_sign", Warning, Advice("Klarna's docs send reductions negative; no rejection of the other sign is recorded");

    #[summary = "gift_card and store_credit lines carry no tax."]
    #[error("should be 0: {line_type} lines carry no tax")]
    GiftCardTax { line_type: &'static str, actual: i64 }
        => "gift_card_tax", Warning, Advice("Klarna's docs: gift cards carry tax 0; no rejection is recorded"),
        expected: Some(Scalar::Int(0)),
        actual: Some(Scalar::Int(*actual));

    #[summary = "A discount line carries the tax rate of the goods it discounts."]
    #[error("is {actual}, which no other line has: a discount line carries the tax rate of the goods it discounts")]
    DiscountTaxRate { actual: i64 }
        => "discount_tax_rate", Warning, Advice("Klarna's docs: a discount line carries the goods' tax rate; no rejection is recorded"),
        actual: Some(Scalar::Int(*actual));

    // ---- Market (src/rules/market.rs) ----------------------------------------------------------
    #[summary = "The purchase country is in the market table (`src/data/markets.rs`, versioned; it changes over time)."]
    #[error("is not in klarna-precheck's market table (version {version}); Klarna may not offer payments there")]
    MarketCountry { actual: Option<String>, version: &'static str }
        => "market_country", Warning, Advice("the market list changes over time; Klarna's answer for other countries is not recorded"),
        actual: actual.clone().map(Scalar::Text);

    #[summary = "The currency is the local currency of the effective country (`billing_address.country` when sent, else `purchase_country`) or of the purchase country."]
    #[error("must be {expected}, the local currency of {country}{}: Klarna accepts only the local currency", purchase_currency.map(|c| format!(" (or {c}, that of purchase_country)")).unwrap_or_default())]
    MarketCurrency {
        expected: &'static str,
        /// The effective country.
        country: &'static str,
        /// The purchase country's currency, when the billing country differs.
        purchase_currency: Option<&'static str>,
        actual: Option<String>,
    } => "market_currency", Error, Klarna("Klarna's docs: \"only the local currency of each country\"; a GB purchase in USD with a US billing address was answered 200 (recorded 048), so the billing country counts"),
        expected: Some((*expected).into()),
        actual: actual.clone().map(Scalar::Text);

    #[summary = "The locale is one Klarna offers in that country."]
    #[error("is not offered in {country}; use {}", offered.join(" or "))]
    MarketLocale { country: &'static str, offered: &'static [&'static str], actual: Option<String> }
        => "market_locale", Warning, Advice("Klarna's market table (KLARNA-RULES.md); another locale's answer is not recorded"),
        expected: Some(Scalar::List(offered)),
        actual: actual.clone().map(Scalar::Text);

    #[summary = "Customer token: `billing_address.country` equals `purchase_country` (reported at `purchase_country`, as Klarna does)."]
    #[error("does not match billing_address.country ({billing})")]
    BillingCountry { billing: String, actual: String }
        => "billing_country", Error, Klarna("Klarna's create-customer-token error table: `Bad value: purchase_country` when the billing country differs"),
        expected: Some(Scalar::Text(billing.clone())),
        actual: Some(Scalar::Text(actual.clone()));

    #[summary = "Session and order: a billing country other than `purchase_country`, which Klarna accepts (the billing country overrides)."]
    #[error("differs from billing_address.country ({billing}): the spec says the billing country overrides the purchase country, and Klarna accepts this on orders")]
    BillingCountryOverride { billing: String, actual: String }
        => "billing_country_override", Warning, Klarna("a GB purchase with a US billing address was answered 200 ACCEPTED (recorded 048); the spec: the billing country overrides purchase_country"),
        expected: Some(Scalar::Text(billing.clone())),
        actual: Some(Scalar::Text(actual.clone()));

    // ---- Addresses and people (src/rules/address.rs) -------------------------------------------
    #[summary = "US and AU addresses have a `region`."]
    #[error("is required for addresses in {country}")]
    RegionRequired { country: &'static str }
        => "region_required", Error, Klarna("Klarna's customer-data requirements: region is mandatory for US and AU");

    #[summary = "The region is a state code without the country prefix (`CA`, not `US-CA`; `NSW`)."]
    #[error("is not a {country} region code such as {example} (ISO 3166-2 without the {country}- prefix)")]
    RegionFormat { country: &'static str, example: &'static str }
        => "region_format", Warning, Advice("ISO 3166-2 subdivisions as Klarna's docs show them; other spellings' answers are not recorded"),
        expected: Some((*example).into());

    #[summary = "The title is one Klarna lists for the country (GB Mr/Ms, DE/AT Herr/Frau, CH, BE/NL Dhr./Mevr.), any case, trailing dot optional."]
    #[error("is not a title Klarna accepts in {country}: {}", allowed.join(", "))]
    Title { country: &'static str, allowed: &'static [&'static str] }
        => "title", Warning, Advice("Klarna's customer-data requirements list titles per country; no rejection is recorded"),
        expected: Some(Scalar::List(allowed));

    #[summary = "The postal code has the country's shape (SE `123 45` or `12345`, GB `W1G 0PW`, NL `1011 AB`, US `90210` or ZIP+4…)."]
    #[error("does not look like a {country} postal code (e.g. {example})")]
    PostalCode { country: &'static str, example: &'static str }
        => "postal_code", Warning, Advice("national postal formats; Klarna's answer to others is not recorded"),
        expected: Some((*example).into());

    #[summary = "Address text uses Basic Latin, Latin-1 and Latin Extended-A letters (Greek too in GR)."]
    #[error("contains characters outside Latin-1 and Latin Extended-A{}, which Klarna may not accept in addresses", if *greek { " and Greek" } else { "" })]
    Charset { greek: bool }
        => "charset", Warning, Advice("Klarna's customer-data requirements name these letters; no rejection is recorded");

    #[summary = "Address text contains no HTML markup (`<b>`, `</p>`)."]
    #[error("looks like HTML markup, which Klarna does not accept in text fields")]
    Html
        => "html", Warning, Advice("Klarna's customer-data requirements: no HTML; no rejection is recorded");

    // ---- After the purchase: Order Management and HPP bodies (src/rules/om.rs, hpp.rs) ------
    #[summary = "A capture's, refund's or authorization update's order lines sum to its amount."]
    #[error("is {actual}, but its order_lines sum to {expected}: the lines are what the customer's invoice shows")]
    OmLinesTotal { expected: i64, actual: i64 }
        => "om_lines_total", Warning, Klarna("a capture of {captured_amount: 500} without lines was answered 201 (workarea's VCR cassette); no Klarna statement rejects lines that do not sum to the amount (ORDER-MANAGEMENT.md §3.1, §4)"),
        expected: Some(Scalar::Int(*expected)),
        actual: Some(Scalar::Int(*actual));

    #[summary = "A refund with a `return_fee` line: its lines sum to `refunded_amount` exactly."]
    #[error("must equal the sum of the order lines ({expected}) when a return_fee line is sent, got {actual}")]
    ReturnFeeTotal { expected: i64, actual: i64 }
        => "return_fee_total", Error, Klarna("Klarna's refund docs: a return fee only if \"the sum of the order lines is exactly equal to the refunded amount\" (ORDER-MANAGEMENT.md §3.2)"),
        expected: Some(Scalar::Int(*expected)),
        actual: Some(Scalar::Int(*actual));

    #[summary = "An authorization update sends its order lines: without them Klarna deletes the order's."]
    #[error("is missing: Klarna deletes the order's lines when an authorization update sends none")]
    OmLinesReplaced
        => "om_lines_replaced", Warning, Klarna("\"The original order lines will be deleted if you don't send order lines in this call.\" (ORDER-MANAGEMENT.md §3.3)");

    #[summary = "A field Klarna refuses in this request (`billing_address` on a customer-details update)."]
    #[error("{why}")]
    RefusedField { why: &'static str }
        => "refused_field", Error, Klarna("UpdateConsumer: Klarna answers 403 NOT_ALLOWED \"Billing address cannot be updated for user account order. Customer details cannot be updated.\" (ORDER-MANAGEMENT.md §3.4)"), code: NotAllowed;

    #[summary = "An HPP distribution carries the contact its method needs (email; phone and phone_country for sms; access_id for token)."]
    #[error("is required when the distribution method is {method}")]
    HppContact { method: &'static str }
        => "hpp_contact", Error, Spec("DistributionContactV1: each field \"Only required if distribution method is …\"");

    #[summary = "HPP merchant_urls use `back` or `cancel`, not both."]
    #[error("is sent with back: Klarna's HPP docs say the two cannot be used together (on e-commerce cancel is taken as back)")]
    HppBackAndCancel
        => "hpp_back_and_cancel", Warning, Klarna("HPP docs: \"It is not possible to use both back and cancel options simultaneously\"; krokedil's KP plugin sends both (ORDER-MANAGEMENT.md §3.11)");

    #[summary = "An HPP session for a KP session puts `{{authorization_token}}` in the success URL (unless place_order_mode places the order)."]
    #[error("has no {{{{authorization_token}}}} placeholder: without it the page cannot learn the token to create the order (or set options.place_order_mode)")]
    HppSuccessPlaceholder
        => "hpp_success_placeholder", Warning, Klarna("HPP docs: \"a place holder will be required to get the KP Authorization Token to place the order\" unless place_order_mode is used (ORDER-MANAGEMENT.md §3.11)");

    #[summary = "`payment_session_url` is the API URL of a KP session or a KCO order."]
    #[error("is not the API URL of a Klarna Payments session (…/payments/v1/sessions/{{id}}) or a Checkout order (…/checkout/v3/orders/{{id}})")]
    HppPaymentSessionUrl
        => "hpp_payment_session_url", Warning, Klarna("HPP docs: \"simply use the URL that you are using to access them via API\" (ORDER-MANAGEMENT.md §3.11); the answer to another URL is not recorded");

    // ---- Against the order Klarna holds (src/state/): Klarna's sentences, its codes ----------
    #[summary = "A capture is at most the remaining authorized amount."]
    #[error("Captured amount is higher than the remaining authorized amount. Capture not possible.")]
    CaptureExceedsAuthorization { remaining: i64, actual: i64 }
        => "capture_exceeds_authorization", Error, Klarna("a real answer: 403 CAPTURE_NOT_ALLOWED \"Captured amount is higher than the remaining authorized amount. Capture not possible.\" (krokedil/klarna-checkout-for-woocommerce issue 585; ORDER-MANAGEMENT.md §3.1)"), code: CaptureNotAllowed,
        expected: Some(Scalar::Int(*remaining)),
        actual: Some(Scalar::Int(*actual));

    #[summary = "No capture on an expired order (past `expires_at`, or status EXPIRED)."]
    #[error("Order {}is expired. Capture not possible.", order_id.as_deref().map(|id| format!("{id} ")).unwrap_or_default())]
    CaptureExpired { order_id: Option<String> }
        => "capture_expired", Error, Klarna("real answers: \"CAPTURE_NOT_ALLOWED: Order 6c820ebf-… is expired. Capture not possible.\" (Acendy and Mystore support pages; ORDER-MANAGEMENT.md §3.1)"), code: CaptureNotAllowed;

    #[summary = "No capture on a cancelled or closed order."]
    #[error("Order is {status}. Capture not possible.")]
    CaptureClosed { status: &'static str }
        => "capture_closed", Error, Klarna("Klarna's OM error page: CAPTURE_NOT_ALLOWED, \"the order might be cancelled or expired\" (ORDER-MANAGEMENT.md §3.1; the sentence's wording is this package's)"), code: CaptureNotAllowed;

    #[summary = "No capture while Klarna's fraud review is pending (`fraud_status` PENDING)."]
    #[error("The order is pending Klarna's fraud review: do not capture or ship it until fraud_status is ACCEPTED.")]
    CapturePending
        => "capture_pending", Warning, Klarna("Klarna: \"We put it on hold and ask you not to ship it until we finish the order review\"; integrators refuse the capture (ORDER-MANAGEMENT.md §2); Klarna's answer to one is not recorded"), code: CaptureNotAllowed;

    #[summary = "A refund needs a capture to refund."]
    #[error("Order has no captures. Refund not possible")]
    RefundNoCapture
        => "refund_no_capture", Error, Klarna("Klarna's OM docs: 403 REFUND_NOT_ALLOWED \"[Order has no captures. Refund not possible]\" (ORDER-MANAGEMENT.md §3.2)"), code: RefundNotAllowed;

    #[summary = "Refunds add up to at most what was captured."]
    #[error("Over refund is not allowed. Refund not possible.")]
    RefundExceedsCaptured { refundable: i64, actual: i64 }
        => "refund_exceeds_captured", Error, Klarna("Klarna's refund docs: refunded_amount \"must be less or equal to the captured_amount\", and 403 REFUND_NOT_ALLOWED \"Over refund is not allowed. Refund not possible.\" (ORDER-MANAGEMENT.md §3.2)"), code: RefundNotAllowed,
        expected: Some(Scalar::Int(*refundable)),
        actual: Some(Scalar::Int(*actual));

    #[summary = "A return fee only on an order fully captured in one capture, in a market that has them."]
    #[error("{issue}")]
    ReturnFeeNotAllowed { issue: ReturnFeeIssue }
        => "return_fee_not_allowed", Error, Klarna("Klarna's refund docs: a return fee only if \"the order is fully captured in one single capture\", in AT, DE, DK, FI, FR, NL, NO, SE, IT, ES, IE, PT, CZ, AU, GR (ORDER-MANAGEMENT.md §3.2; the code is implied)"), code: RefundNotAllowed;

    #[summary = "An authorization update does not go below what was captured."]
    #[error("Resulting authorization amount {actual} cannot be less than the captured amount {captured} for order. Order authorization cannot be updated")]
    AuthorizationBelowCaptured { captured: i64, actual: i64 }
        => "authorization_below_captured", Error, Klarna("Klarna's OM docs: 403 NOT_ALLOWED \"Resulting authorization amount 7000 cannot be less than the captured amount 8000 for order. Order authorization cannot be updated\" (ORDER-MANAGEMENT.md §3.3)"), code: NotAllowed,
        expected: Some(Scalar::Int(*captured)),
        actual: Some(Scalar::Int(*actual));

    #[summary = "No authorization update on a fully captured, cancelled, closed or expired order."]
    #[error("Update authorization not allowed. Decision is based on order state and outcome of risk assessment.")]
    AuthorizationNotAllowed { status: &'static str }
        => "authorization_not_allowed", Error, Klarna("Klarna's OM docs: only while not fully captured, cancelled or expired; the spec's 403 message (ORDER-MANAGEMENT.md §3.3)"), code: NotAllowed,
        actual: Some((*status).into());

    #[summary = "An authorization increase: Klarna reassesses it, and allows it only for some payment methods."]
    #[error("raises the authorization from {before} to {actual}: Klarna runs a new risk assessment and may refuse it, and allows increases only for invoice, account, direct debit and fixed-amount plans{}", payment_method.as_ref().map(|m| format!(" (this order: {m})")).unwrap_or_default())]
    AuthorizationIncrease { before: i64, actual: i64, payment_method: Option<String> }
        => "authorization_increase", Warning, Klarna("Klarna's OM docs: \"we run a second risk assessment\"; increases only for INVOICE, B2B_INVOICE, BASE_ACCOUNT, DIRECT_DEBIT, FIXED_AMOUNT (ORDER-MANAGEMENT.md §3.3; the lists drift)"), code: NotAllowed,
        expected: Some(Scalar::Int(*before)),
        actual: Some(Scalar::Int(*actual));

    #[summary = "No cancel once something was captured (refund instead)."]
    #[error("Order has previous captures. Cancel not possible.")]
    CancelCaptured
        => "cancel_captured", Error, Klarna("Klarna's OM docs: 403 CANCEL_NOT_ALLOWED \"Order has previous captures. Cancel not possible.\" (ORDER-MANAGEMENT.md §3.9)"), code: CancelNotAllowed;

    #[summary = "No cancel of an order already cancelled or closed."]
    #[error("Cancel not allowed: the order is {status}.")]
    CancelClosed { status: &'static str }
        => "cancel_closed", Error, Klarna("the OM spec's 403: \"Cancel not allowed (e.g. order has captures or is closed)\" (ORDER-MANAGEMENT.md §3.9)"), code: CancelNotAllowed;

    #[summary = "No release of the remaining authorization on a fully captured order."]
    #[error("Order is fully captured. Remaining authorization cannot be released.")]
    ReleaseFullyCaptured
        => "release_fully_captured", Error, Klarna("Klarna's OM docs: 403 NOT_ALLOWED \"Order is fully captured. Remaining authorization cannot be released.\" (ORDER-MANAGEMENT.md §3.8)"), code: NotAllowed;

    #[summary = "No release on a cancelled order or one without captures (cancel it instead)."]
    #[error("Can not release when order is cancelled or has no captures.")]
    ReleaseNotAllowed
        => "release_not_allowed", Error, Klarna("the OM spec's 403: \"Can not release when order is cancelled or has no captures.\" (ORDER-MANAGEMENT.md §3.8)"), code: NotAllowed;

    #[summary = "No extension of an expired authorization."]
    #[error("Order is expired. Authorization time cannot be extended.")]
    ExtendExpired
        => "extend_expired", Error, Klarna("Klarna's docs: 403 NOT_ALLOWED \"Order is expired. Authorization time cannot be extended.\" (ORDER-MANAGEMENT.md §3.7)"), code: NotAllowed;

    #[summary = "An authorization is extended only within 180 days of the order's creation, and not for Pay Now by card."]
    #[error("{issue}")]
    ExtendNotAllowed { issue: ExtendIssue }
        => "extend_not_allowed", Error, Klarna("Klarna's docs: \"You can only extend an order within 180 days of its creation.\"; \"Orders placed using the Pay Now by Card method cannot be extended.\"; US Financing (Slice it 2.0 / Fixed Sum Credit) is not eligible (ORDER-MANAGEMENT.md §3.7)"), code: NotAllowed;

    #[summary = "A capture's due date is extended only for an order paid later (invoice), not one paid now."]
    #[error("The order was paid with {method}: Klarna extends due dates only for orders on a pay-later method.")]
    DueDatePayLater { method: String }
        => "due_date_pay_later", Warning, Klarna("Klarna's docs: extending the due date is \"only possible for orders associated with a pay-later method\" (ORDER-MANAGEMENT.md §3.10); which method types count is this package's reading, so a warning"), code: NotAllowed,
        actual: Some(Scalar::Text(method.clone()));

    #[summary = "No customer-details or merchant-references update on a cancelled order."]
    #[error("Can not update a cancelled order.")]
    UpdateCancelled
        => "update_cancelled", Error, Klarna("the OM spec's 403 for merchant references: \"Can not update a cancelled order.\"; after cancel \"you can't make further updates to the order\" (ORDER-MANAGEMENT.md §3.5, §3.9)"), code: NotAllowed;

    #[summary = "A capture-level call names a capture the order has."]
    #[error("Capture could not be found. {what}{}", capture_id.as_deref().map(|id| format!(" {id}")).unwrap_or_default())]
    NoSuchCapture { what: &'static str, capture_id: Option<String> }
        => "no_such_capture", Error, Klarna("Klarna's OM docs: 404 NO_SUCH_CAPTURE \"Capture could not be found. Shipping info cannot be added to capture d25fb1a0-…\" (ORDER-MANAGEMENT.md §3.6)"), code: NoSuchCapture;

    #[summary = "Shipping info on a capture needs the order to have captures."]
    #[error("Order has no captures.")]
    ShippingInfoNoCaptures
        => "shipping_info_no_captures", Error, Klarna("the OM spec's 403 on capture-level shipping info: \"Order has no captures.\" (ORDER-MANAGEMENT.md §3.6)"), code: NotAllowed;

    #[summary = "A `Klarna-Idempotency-Key` reused within 24 hours with a different body: Klarna answers with the first call's result."]
    #[error("was used {ago} with another body: within 24 hours Klarna returns the first call's result and does not run this one")]
    IdempotencyKeyReused { ago: String }
        => "idempotency_key_reused", Warning, Klarna("the OM spec: \"Input values of the operation are disregarded when evaluating the idempotency of the operation, only the key matters\"; the retry policy: once per key within 24 hours (ORDER-MANAGEMENT.md §2)");

    // ---- Flow (src/rules/subscription.rs) ------------------------------------------------------
    #[summary = "A token order carries the subscription object on its lines."]
    #[error("has no line with a subscription object: {context} should carry the subscription details the session declared")]
    SubscriptionDetails { context: &'static str }
        => "subscription_details", Warning, Advice("Klarna's recurring-payments page: \"include subscription details in the subscription object\"; not every token is a subscription");
}

/// The JSON type a schema expects, as named in messages and in `expected`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExpectedType {
    String,
    Integer,
    Number,
    Boolean,
    Object,
    Array,
}

impl ExpectedType {
    pub fn code(self) -> &'static str {
        match self {
            ExpectedType::String => "string",
            ExpectedType::Integer => "integer",
            ExpectedType::Number => "number",
            ExpectedType::Boolean => "boolean",
            ExpectedType::Object => "object",
            ExpectedType::Array => "array",
        }
    }
}

impl fmt::Display for ExpectedType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ExpectedType::String => "a string",
            ExpectedType::Integer => "an integer",
            ExpectedType::Number => "a number",
            ExpectedType::Boolean => "a boolean",
            ExpectedType::Object => "an object",
            ExpectedType::Array => "an array",
        })
    }
}

fn json_type_code(t: JsonType) -> &'static str {
    match t {
        JsonType::Null => "null",
        JsonType::Boolean => "boolean",
        JsonType::Number => "number",
        JsonType::String => "string",
        JsonType::Array => "array",
        JsonType::Object => "object",
    }
}

/// A value a violation may show: amounts, counts and codes only.
#[derive(Debug, Clone, PartialEq)]
pub enum Scalar {
    Int(i64),
    /// A JSON number that is not a safe integer, as the exact text that was sent (`49.99`,
    /// `1e400`): shown back verbatim, never reformatted.
    Number(NumberText),
    Text(String),
    /// The allowed values, as a list (`["Mr", "Ms"]`), not one joined string.
    List(&'static [&'static str]),
}

/// A JSON number as it was sent, for showing back. It can only be made from the JSON reader's
/// grammar-checked number text, so writing it into JSON verbatim is always valid JSON. Text
/// longer than [`NumberText::MAX_SHOWN`] is not kept (a 2 MB number must not make a 4 MB
/// report): messages then give its length instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberText {
    text: Option<String>,
    len: usize,
}

impl NumberText {
    /// Longest number text shown back, in bytes (all ASCII): more than any real amount needs.
    pub const MAX_SHOWN: usize = 40;

    pub(crate) fn new(number: crate::json::Number<'_>) -> Self {
        let raw = number.as_str();
        NumberText {
            text: (raw.len() <= Self::MAX_SHOWN).then(|| raw.to_string()),
            len: raw.len(),
        }
    }

    /// The exact text, unless it was too long to keep.
    pub fn as_str(&self) -> Option<&str> {
        self.text.as_deref()
    }
}

impl fmt::Display for NumberText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.text {
            Some(text) => f.write_str(text),
            None => write!(f, "a number {} characters long", self.len),
        }
    }
}

/// The content type of extra merchant data in `attachment`.
pub const EMD_CONTENT_TYPE: &str = "application/vnd.klarna.internal.emd-v2+json";

/// JavaScript's `Number.MAX_SAFE_INTEGER`.
pub const MAX_SAFE_INTEGER: i64 = (1 << 53) - 1;

impl Serialize for Scalar {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            // Beyond 2^53 a JS number cannot hold the integer exactly; send the nearest one
            // rather than fail.
            Scalar::Int(i) if (-MAX_SAFE_INTEGER..=MAX_SAFE_INTEGER).contains(i) => {
                s.serialize_i64(*i)
            }
            Scalar::Int(i) => s.serialize_f64(*i as f64),
            // The nearest f64, as `JSON.parse` reads it (`1e400` is infinite: serde_json writes null).
            Scalar::Number(n) => match n.as_str() {
                Some(text) => s.serialize_f64(text.parse().unwrap_or(f64::NAN)),
                None => s.serialize_none(),
            },
            Scalar::Text(t) => s.serialize_str(t),
            Scalar::List(items) => s.collect_seq(items.iter()),
        }
    }
}

impl Scalar {
    /// The value as JSON text. A number is written as it was sent: it is JSON number text
    /// already, and `JSON.parse` reads it as the `Serialize` impl above gives it (`1e400` is
    /// `Infinity` in JS, where serde_json writes `null`). No float formatting is involved.
    pub(crate) fn write_json(&self, out: &mut String) {
        match self {
            Scalar::Int(i) => crate::report::write_json_int(out, *i),
            Scalar::Number(n) => out.push_str(n.as_str().unwrap_or("null")),
            Scalar::Text(t) => crate::report::write_json_str(out, t),
            Scalar::List(items) => crate::report::write_json_array(out, items, |out, item| {
                crate::report::write_json_str(out, item)
            }),
        }
    }
}

impl From<&'static str> for Scalar {
    fn from(s: &'static str) -> Self {
        Scalar::Text(s.to_string())
    }
}

fn one_of(allowed: &[&str]) -> String {
    // An allowed empty string (a child passenger's blank title) is shown as "".
    let shown: Vec<&str> = allowed
        .iter()
        .map(|a| if a.is_empty() { "\"\"" } else { a })
        .collect();
    match shown.as_slice() {
        [only] => (*only).to_string(),
        _ => format!("one of {}", shown.join(", ")),
    }
}

fn plural(n: u32, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Why a JS value has no JSON text to check. The JS skin finds out (it runs `JSON.stringify`)
/// and passes the reason's code ([`Unserializable::from_code`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Unserializable {
    #[error("it is undefined")]
    Undefined,
    #[error("it is a function")]
    Function,
    #[error("it is a symbol")]
    Symbol,
    #[error("JSON.stringify throws on it (a cycle, a BigInt, or a getter or toJSON that throws)")]
    Throws,
}

impl Unserializable {
    /// The reason from its code at the JS boundary: 1 undefined, 2 a function, 3 a symbol,
    /// 4 `JSON.stringify` throws; 0 (there is JSON text) and anything else are `None`.
    pub fn from_code(code: u32) -> Option<Self> {
        match code {
            1 => Some(Unserializable::Undefined),
            2 => Some(Unserializable::Function),
            3 => Some(Unserializable::Symbol),
            4 => Some(Unserializable::Throws),
            _ => None,
        }
    }
}

/// What is wrong with a well-formed but unreal locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LocaleIssue {
    #[error("must be a language-REGION locale such as en-GB")]
    Shape,
    #[error("does not start with an ISO 639-1 language code")]
    Language,
    #[error("does not end with an ISO 3166-1 country code")]
    Region,
}

/// What is wrong with a date that should be `yyyy-mm-dd`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DateIssue {
    #[error("must be a date in the form yyyy-mm-dd")]
    Shape,
    #[error("is not a real calendar date (yyyy-mm-dd)")]
    NotADate,
    #[error("is in the future")]
    Future,
}

/// What is wrong with an extra merchant data date-time (`yyyy-mm-ddThh:mm[:ss][Z]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DateTimeIssue {
    #[error("has fractional seconds, which Klarna's pattern does not take: yyyy-mm-ddThh:mm[:ss][Z] (Date.toISOString() adds milliseconds: drop them)")]
    FractionalSeconds,
    #[error("has a UTC offset: Klarna takes only Z (convert the time to UTC)")]
    Offset,
    #[error("is a date without a time: Klarna takes yyyy-mm-ddThh:mm[:ss][Z]")]
    DateOnly,
    #[error("must be a date-time in the form yyyy-mm-ddThh:mm[:ss][Z]")]
    Shape,
    #[error("is not a real date and time (a month, day, hour, minute or second out of range)")]
    NotReal,
}

/// What is wrong with a `unique_account_identifier`. Its length only: it may be an e-mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum IdentifierIssue {
    #[error(
        "is {0} characters long; Klarna's 2021 schema allows 24 (its current examples send 25)"
    )]
    TooLong(usize),
    #[error("is empty: leave the package out for a guest instead")]
    Empty,
}

/// A broken reference between EMD items (ids are indexes: integers, shown).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ReferenceIssue {
    #[error("is {id}, which no {list} of this reservation has")]
    Unknown { id: i64, list: &'static str },
    #[error("is named by no {by} of this reservation")]
    Unused { by: &'static str },
}

/// Why a refund cannot carry a return fee.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ReturnFeeIssue {
    #[error(
        "A return fee is possible only when the order was fully captured in one single capture."
    )]
    NotOneFullCapture,
    #[error("A return fee is possible only in AT, DE, DK, FI, FR, NL, NO, SE, IT, ES, IE, PT, CZ, AU and GR.")]
    Market,
}

/// Why an authorization cannot be extended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ExtendIssue {
    #[error("You can only extend an order within 180 days of its creation.")]
    TooOld,
    #[error("Orders placed using the \"Pay Now by Card\" method cannot be extended.")]
    PayNowByCard,
    #[error("US financing orders (Fixed Sum Credit) cannot be extended.")]
    UsFinancing,
}
