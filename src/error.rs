//! What can be wrong with a payload: one enum, one variant per kind of violation.
//!
//! A [`Problem`] knows its stable rule id, Klarna's error class, whether it is an error or a
//! warning, and the values it may show. It never carries the path (that is the report's job)
//! and never carries free text from the payload: string values appear only when they are
//! codes (see [`crate::keywords::pattern::echo_code`]).

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
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::BadValue => "BAD_VALUE",
            ErrorCode::BadRequest => "BAD_REQUEST",
        }
    }
}

/// Errors make a payload invalid; warnings never do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// Stable machine ids of the rules, as they appear in `Violation.rule`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    JsonSyntax,
    JsonValue,
    Type,
    Required,
    Integer,
    Int64Range,
    Minimum,
    Maximum,
    MinLength,
    MaxLength,
    Pattern,
    Enum,
    MinItems,
    MaxItems,
    UniqueItems,
    ReadOnly,
    UnknownField,
    DuplicateKey,
    TooManyViolations,
    SafeInteger,
    LineTotal,
    TaxFormula,
    OrderTotal,
    OrderTaxTotal,
    SalesTax,
    LineSign,
    GiftCardTax,
    DiscountTaxRate,
    CountryCode,
    CurrencyCode,
    Locale,
    MarketCountry,
    MarketCurrency,
    MarketLocale,
    BillingCountry,
    RegionRequired,
    RegionFormat,
    Title,
    PersonName,
    PostalCode,
    Email,
    Phone,
    Url,
    UrlPlaceholder,
    SubscriptionDetails,
    Charset,
    Html,
}

impl Rule {
    /// Every rule, for docs and tests that must cover them all.
    pub const ALL: &'static [Rule] = &[
        Rule::JsonSyntax,
        Rule::JsonValue,
        Rule::Type,
        Rule::Required,
        Rule::Integer,
        Rule::Int64Range,
        Rule::Minimum,
        Rule::Maximum,
        Rule::MinLength,
        Rule::MaxLength,
        Rule::Pattern,
        Rule::Enum,
        Rule::MinItems,
        Rule::MaxItems,
        Rule::UniqueItems,
        Rule::ReadOnly,
        Rule::UnknownField,
        Rule::DuplicateKey,
        Rule::TooManyViolations,
        Rule::SafeInteger,
        Rule::LineTotal,
        Rule::TaxFormula,
        Rule::OrderTotal,
        Rule::OrderTaxTotal,
        Rule::SalesTax,
        Rule::LineSign,
        Rule::GiftCardTax,
        Rule::DiscountTaxRate,
        Rule::CountryCode,
        Rule::CurrencyCode,
        Rule::Locale,
        Rule::MarketCountry,
        Rule::MarketCurrency,
        Rule::MarketLocale,
        Rule::BillingCountry,
        Rule::RegionRequired,
        Rule::RegionFormat,
        Rule::Title,
        Rule::PersonName,
        Rule::PostalCode,
        Rule::Email,
        Rule::Phone,
        Rule::Url,
        Rule::UrlPlaceholder,
        Rule::SubscriptionDetails,
        Rule::Charset,
        Rule::Html,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Rule::JsonSyntax => "json_syntax",
            Rule::JsonValue => "json_value",
            Rule::Type => "type",
            Rule::Required => "required",
            Rule::Integer => "integer",
            Rule::Int64Range => "int64_range",
            Rule::Minimum => "minimum",
            Rule::Maximum => "maximum",
            Rule::MinLength => "min_length",
            Rule::MaxLength => "max_length",
            Rule::Pattern => "pattern",
            Rule::Enum => "enum",
            Rule::MinItems => "min_items",
            Rule::MaxItems => "max_items",
            Rule::UniqueItems => "unique_items",
            Rule::ReadOnly => "read_only",
            Rule::UnknownField => "unknown_field",
            Rule::DuplicateKey => "duplicate_key",
            Rule::TooManyViolations => "too_many_violations",
            Rule::SafeInteger => "safe_integer",
            Rule::LineTotal => "line_total",
            Rule::TaxFormula => "tax_formula",
            Rule::OrderTotal => "order_total",
            Rule::OrderTaxTotal => "order_tax_total",
            Rule::SalesTax => "sales_tax",
            Rule::LineSign => "line_sign",
            Rule::GiftCardTax => "gift_card_tax",
            Rule::DiscountTaxRate => "discount_tax_rate",
            Rule::CountryCode => "country_code",
            Rule::CurrencyCode => "currency_code",
            Rule::Locale => "locale",
            Rule::MarketCountry => "market_country",
            Rule::MarketCurrency => "market_currency",
            Rule::MarketLocale => "market_locale",
            Rule::BillingCountry => "billing_country",
            Rule::RegionRequired => "region_required",
            Rule::RegionFormat => "region_format",
            Rule::Title => "title",
            Rule::PersonName => "person_name",
            Rule::PostalCode => "postal_code",
            Rule::Email => "email",
            Rule::Phone => "phone",
            Rule::Url => "url",
            Rule::UrlPlaceholder => "url_placeholder",
            Rule::SubscriptionDetails => "subscription_details",
            Rule::Charset => "charset",
            Rule::Html => "html",
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The JSON type a schema expects, as named in messages and in `expected`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExpectedType {
    String,
    Integer,
    Boolean,
    Object,
    Array,
}

impl ExpectedType {
    pub fn code(self) -> &'static str {
        match self {
            ExpectedType::String => "string",
            ExpectedType::Integer => "integer",
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

/// JavaScript's `Number.MAX_SAFE_INTEGER`.
pub const MAX_SAFE_INTEGER: i64 = (1 << 53) - 1;

impl Serialize for Scalar {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            // Beyond 2^53 a JS number cannot hold the integer exactly; send the nearest one
            // rather than fail (serde-wasm-bindgen refuses unsafe i64 by default).
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
        }
    }
}

impl From<&'static str> for Scalar {
    fn from(s: &'static str) -> Self {
        Scalar::Text(s.to_string())
    }
}

fn one_of(allowed: &[&str]) -> String {
    match allowed {
        [only] => (*only).to_string(),
        _ => format!("one of {}", allowed.join(", ")),
    }
}

fn plural(n: u32, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Why a JS value has no JSON text to check.
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

/// One thing wrong with a payload, without its location. `Display` gives the detail that
/// follows the path in the message: "Bad value: order_amount must be at least 0, got -5".
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Problem {
    #[error("is not valid JSON: {0}")]
    Syntax(SyntaxError),
    #[error("cannot be sent as JSON: {0}")]
    Unserializable(Unserializable),
    #[error("must be {expected}, got {actual}")]
    Type {
        expected: ExpectedType,
        actual: JsonType,
    },
    #[error("is required")]
    Required,
    #[error("must be a whole number{}, got {actual}{}", if *amount { " in minor units" } else { "" }, hint.map(|h| format!(" (did you mean {h}?)")).unwrap_or_default())]
    NotInteger {
        /// The number as it was sent (JSON number text), shown verbatim.
        actual: NumberText,
        /// Amounts are in minor units: the value × 100 when that is whole (49.99 → 4999).
        hint: Option<i64>,
        amount: bool,
    },
    #[error("is {actual}, beyond JavaScript's safe integer range (±{MAX_SAFE_INTEGER}): a JS number cannot hold it exactly")]
    SafeInteger { actual: i64 },
    #[error("is outside the 64-bit integer range")]
    Int64Range {
        /// The number as it was sent (JSON number text).
        actual: NumberText,
    },
    #[error("must be at least {minimum}, got {actual}")]
    Minimum { minimum: i64, actual: i64 },
    #[error("must be at most {maximum}, got {actual}")]
    Maximum { maximum: i64, actual: i64 },
    #[error("must be at least {} long, got {actual}", plural(*minimum, "character"))]
    MinLength { minimum: u32, actual: usize },
    #[error("must be at most {} long, got {actual}", plural(*maximum, "character"))]
    MaxLength { maximum: u32, actual: usize },
    #[error("must be {}", pattern.description())]
    /// A value of the wrong shape may be anything (a name in the wrong field): never shown.
    Pattern { pattern: Pattern },
    #[error("must be {}", one_of(allowed))]
    Enum {
        allowed: &'static [&'static str],
        actual: Option<String>,
    },
    #[error("must have at least {}, got {actual}", plural(*minimum, "item"))]
    MinItems { minimum: u32, actual: usize },
    #[error("must have at most {}, got {actual}", plural(*maximum, "item"))]
    MaxItems { maximum: u32, actual: usize },
    #[error("must not repeat an item: item [{duplicate}] equals item [{first}]")]
    UniqueItems { first: usize, duplicate: usize },
    #[error("is read-only: Klarna sets it and ignores a value sent in a request")]
    ReadOnly,
    #[error("is not a field of {schema}{}", suggestion.map(|s| format!("; did you mean {s}?")).unwrap_or_default())]
    UnknownField {
        schema: &'static str,
        suggestion: Option<&'static str>,
    },
    #[error("appears more than once in the same object; Klarna reads only one of them")]
    DuplicateKey,
    #[error("has more violations than the {limit} reported")]
    TooManyViolations { limit: usize },

    // Money (src/rules/totals.rs, src/rules/tax.rs, src/rules/line_types.rs)
    #[error("differs from quantity × unit_price − total_discount_amount [{expected}]")]
    LineTotal { expected: i64, actual: i64 },
    #[error("differs from the calculated value [{expected}] by more than [1]{}", if *gross_percentage { " (it is tax_rate applied to the gross amount; Klarna takes the tax out of the gross: total_amount − total_amount × 10000 / (10000 + tax_rate))" } else { "" })]
    TaxFormula {
        expected: i64,
        actual: i64,
        gross_percentage: bool,
    },
    #[error("differs from the sum of the order lines' total_amount [{expected}]")]
    OrderTotal { expected: i64, actual: i64 },
    #[error("differs from {} [{expected}]", if *sales_tax { "the sales_tax lines' total_amount (US sales-tax convention)" } else { "the sum of the order lines' total_tax_amount" })]
    OrderTaxTotal {
        expected: i64,
        actual: i64,
        sales_tax: bool,
    },
    #[error("must be 0 when the order carries a sales_tax line (US convention: every line at tax rate 0, the tax in one sales_tax line)")]
    SalesTax { actual: i64 },
    #[error("is {}, unusual for a {line_type} line{}", if *negative { "negative" } else { "positive" }, if *negative { " (reductions use type discount)" } else { ", which reduces the order and is sent negative" })]
    LineSign {
        line_type: &'static str,
        negative: bool,
    },
    #[error("should be 0: {line_type} lines carry no tax")]
    GiftCardTax {
        line_type: &'static str,
        actual: i64,
    },
    #[error("is {actual}, which no other line has: a discount line carries the tax rate of the goods it discounts")]
    DiscountTaxRate { actual: i64 },

    // Codes (src/rules/codes.rs)
    #[error("is not an ISO 3166-1 country code{}", if *united_kingdom { " (the United Kingdom is GB)" } else { "" })]
    CountryCode {
        /// The value was `UK`, a common mistake for `GB`.
        united_kingdom: bool,
    },
    #[error("is not an ISO 4217 currency code")]
    CurrencyCode,
    #[error("{issue}{}", suggestion.map(|s| format!("; did you mean {s}?")).unwrap_or_default())]
    Locale {
        issue: LocaleIssue,
        suggestion: Option<&'static str>,
    },

    // Market (src/rules/market.rs)
    #[error("is not in klarna-precheck's market table (version {version}); Klarna may not offer payments there")]
    MarketCountry {
        actual: Option<String>,
        version: &'static str,
    },
    #[error("must be {expected}, the local currency of {country}: Klarna accepts only the local currency")]
    MarketCurrency {
        expected: &'static str,
        country: &'static str,
        actual: Option<String>,
    },
    #[error("is not offered in {country}; use {}", offered.join(" or "))]
    MarketLocale {
        country: &'static str,
        offered: &'static [&'static str],
        actual: Option<String>,
    },
    #[error("does not match billing_address.country ({billing})")]
    BillingCountry { billing: String, actual: String },

    // Addresses and people (src/rules/address.rs)
    #[error("is required for addresses in {country}")]
    RegionRequired { country: &'static str },
    #[error("is not a {country} region code such as {example} (ISO 3166-2 without the {country}- prefix)")]
    RegionFormat {
        country: &'static str,
        example: &'static str,
    },
    #[error("is not a title Klarna accepts in {country}: {}", allowed.join(", "))]
    Title {
        country: &'static str,
        allowed: &'static [&'static str],
    },
    #[error("must be more than one character and not only digits")]
    PersonName,
    #[error("does not look like a {country} postal code (e.g. {example})")]
    PostalCode {
        country: &'static str,
        example: &'static str,
    },
    #[error("is not an email address")]
    Email,
    #[error("does not look like a phone number (5 to 15 digits, with + - ( ) . / and spaces)")]
    Phone,
    #[error("contains characters outside Latin-1 and Latin Extended-A{}, which Klarna may not accept in addresses", if *greek { " and Greek" } else { "" })]
    Charset { greek: bool },
    #[error("looks like HTML markup, which Klarna does not accept in text fields")]
    Html,

    // URLs (src/rules/urls.rs)
    #[error("must be an absolute http or https URL")]
    Url,
    #[error("contains a placeholder Klarna does not fill: only {{session.id}} and {{order.id}} are replaced")]
    UrlPlaceholder,

    // Flow (src/rules/subscription.rs)
    #[error("has no line with a subscription object: {context} should carry the subscription details the session declared")]
    SubscriptionDetails { context: &'static str },
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

impl Problem {
    pub fn rule(&self) -> Rule {
        match self {
            Problem::Syntax(_) => Rule::JsonSyntax,
            Problem::Unserializable(_) => Rule::JsonValue,
            Problem::Type { .. } => Rule::Type,
            Problem::Required => Rule::Required,
            Problem::NotInteger { .. } => Rule::Integer,
            Problem::Int64Range { .. } => Rule::Int64Range,
            Problem::Minimum { .. } => Rule::Minimum,
            Problem::Maximum { .. } => Rule::Maximum,
            Problem::MinLength { .. } => Rule::MinLength,
            Problem::MaxLength { .. } => Rule::MaxLength,
            Problem::Pattern { .. } => Rule::Pattern,
            Problem::Enum { .. } => Rule::Enum,
            Problem::MinItems { .. } => Rule::MinItems,
            Problem::MaxItems { .. } => Rule::MaxItems,
            Problem::UniqueItems { .. } => Rule::UniqueItems,
            Problem::ReadOnly => Rule::ReadOnly,
            Problem::UnknownField { .. } => Rule::UnknownField,
            Problem::DuplicateKey => Rule::DuplicateKey,
            Problem::TooManyViolations { .. } => Rule::TooManyViolations,
            Problem::SafeInteger { .. } => Rule::SafeInteger,
            Problem::LineTotal { .. } => Rule::LineTotal,
            Problem::TaxFormula { .. } => Rule::TaxFormula,
            Problem::OrderTotal { .. } => Rule::OrderTotal,
            Problem::OrderTaxTotal { .. } => Rule::OrderTaxTotal,
            Problem::SalesTax { .. } => Rule::SalesTax,
            Problem::LineSign { .. } => Rule::LineSign,
            Problem::GiftCardTax { .. } => Rule::GiftCardTax,
            Problem::DiscountTaxRate { .. } => Rule::DiscountTaxRate,
            Problem::CountryCode { .. } => Rule::CountryCode,
            Problem::CurrencyCode => Rule::CurrencyCode,
            Problem::Locale { .. } => Rule::Locale,
            Problem::MarketCountry { .. } => Rule::MarketCountry,
            Problem::MarketCurrency { .. } => Rule::MarketCurrency,
            Problem::MarketLocale { .. } => Rule::MarketLocale,
            Problem::BillingCountry { .. } => Rule::BillingCountry,
            Problem::RegionRequired { .. } => Rule::RegionRequired,
            Problem::RegionFormat { .. } => Rule::RegionFormat,
            Problem::Title { .. } => Rule::Title,
            Problem::PersonName => Rule::PersonName,
            Problem::PostalCode { .. } => Rule::PostalCode,
            Problem::Email => Rule::Email,
            Problem::Phone => Rule::Phone,
            Problem::Url => Rule::Url,
            Problem::UrlPlaceholder => Rule::UrlPlaceholder,
            Problem::SubscriptionDetails { .. } => Rule::SubscriptionDetails,
            Problem::Charset { .. } => Rule::Charset,
            Problem::Html => Rule::Html,
        }
    }

    pub fn error_code(&self) -> ErrorCode {
        match self {
            Problem::Syntax(_) | Problem::Unserializable(_) => ErrorCode::BadRequest,
            _ => ErrorCode::BadValue,
        }
    }

    /// Warnings are for what Klarna tolerates or may tolerate; they never invalidate a payload.
    pub fn severity(&self) -> Severity {
        match self {
            // Tolerated by Klarna, or enforcement not established: warn, never block a checkout.
            Problem::ReadOnly
            | Problem::UnknownField { .. }
            | Problem::DuplicateKey
            | Problem::LineSign { .. }
            | Problem::GiftCardTax { .. }
            | Problem::DiscountTaxRate { .. }
            | Problem::MarketCountry { .. }
            | Problem::MarketLocale { .. }
            | Problem::RegionFormat { .. }
            | Problem::Title { .. }
            | Problem::PostalCode { .. }
            | Problem::Phone
            | Problem::UrlPlaceholder
            | Problem::SubscriptionDetails { .. }
            | Problem::Charset { .. }
            | Problem::Html => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// The limit or value the payload should have had.
    pub fn expected(&self) -> Option<Scalar> {
        Some(match self {
            Problem::Type { expected, .. } => expected.code().into(),
            Problem::Minimum { minimum, .. } => Scalar::Int(*minimum),
            Problem::Maximum { maximum, .. } => Scalar::Int(*maximum),
            Problem::MinLength { minimum, .. } | Problem::MinItems { minimum, .. } => {
                Scalar::Int(i64::from(*minimum))
            }
            Problem::MaxLength { maximum, .. } | Problem::MaxItems { maximum, .. } => {
                Scalar::Int(i64::from(*maximum))
            }
            Problem::Pattern { pattern, .. } => pattern.source().into(),
            Problem::Enum { allowed, .. } => Scalar::Text(allowed.join(", ")),
            Problem::UnknownField {
                suggestion: Some(s),
                ..
            } => (*s).into(),
            Problem::NotInteger { hint: Some(h), .. } => Scalar::Int(*h),
            Problem::SafeInteger { .. } => Scalar::Int(MAX_SAFE_INTEGER),
            Problem::LineTotal { expected, .. }
            | Problem::TaxFormula { expected, .. }
            | Problem::OrderTotal { expected, .. }
            | Problem::OrderTaxTotal { expected, .. } => Scalar::Int(*expected),
            Problem::SalesTax { .. } | Problem::GiftCardTax { .. } => Scalar::Int(0),
            Problem::Locale {
                suggestion: Some(s),
                ..
            } => (*s).into(),
            Problem::MarketCurrency { expected, .. } => (*expected).into(),
            Problem::MarketLocale { offered, .. } => Scalar::Text(offered.join(", ")),
            Problem::BillingCountry { billing, .. } => Scalar::Text(billing.clone()),
            Problem::Title { allowed, .. } => Scalar::Text(allowed.join(", ")),
            Problem::RegionFormat { example, .. } | Problem::PostalCode { example, .. } => {
                (*example).into()
            }
            _ => return None,
        })
    }

    /// What the payload had: numbers, lengths, JSON types and codes, never free text.
    pub fn actual(&self) -> Option<Scalar> {
        Some(match self {
            Problem::Type { actual, .. } => json_type_code(*actual).into(),
            Problem::NotInteger { actual, .. } | Problem::Int64Range { actual } => {
                actual.as_str()?;
                Scalar::Number(actual.clone())
            }
            Problem::SafeInteger { actual }
            | Problem::LineTotal { actual, .. }
            | Problem::TaxFormula { actual, .. }
            | Problem::OrderTotal { actual, .. }
            | Problem::OrderTaxTotal { actual, .. }
            | Problem::SalesTax { actual }
            | Problem::GiftCardTax { actual, .. }
            | Problem::DiscountTaxRate { actual } => Scalar::Int(*actual),
            Problem::MarketCountry {
                actual: Some(code), ..
            }
            | Problem::MarketCurrency {
                actual: Some(code), ..
            }
            | Problem::MarketLocale {
                actual: Some(code), ..
            } => Scalar::Text(code.clone()),
            Problem::BillingCountry { actual, .. } => Scalar::Text(actual.clone()),
            Problem::Minimum { actual, .. } | Problem::Maximum { actual, .. } => {
                Scalar::Int(*actual)
            }
            Problem::MinLength { actual, .. }
            | Problem::MaxLength { actual, .. }
            | Problem::MinItems { actual, .. }
            | Problem::MaxItems { actual, .. } => Scalar::Int(*actual as i64),
            Problem::Enum {
                actual: Some(code), ..
            } => Scalar::Text(code.clone()),
            _ => return None,
        })
    }
}
