//! `format`: what a field's description says but its JSON Schema cannot (a real country code,
//! an email address, a URL). The model names the format; the rule itself lives in `src/rules/`.

use crate::path::Path;
use crate::report::Report;
use crate::rules::{address, codes, urls};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// An assigned ISO 3166-1 alpha-2 code (`country_code`).
    Country,
    /// An active ISO 4217 code (`currency_code`).
    Currency,
    /// language-REGION with a real language and region (`locale`).
    Locale,
    /// given_name / family_name (`person_name`).
    PersonName,
    /// `email`.
    Email,
    /// `phone`.
    Phone,
    /// An absolute http(s) URL (`url`).
    Url,
    /// A merchant URL: absolute http(s), with Klarna's placeholders (`url`, `url_placeholder`).
    MerchantUrl,
}

impl Format {
    pub(crate) fn check(self, s: &str, path: &Path<'_>, report: &mut Report) {
        match self {
            Format::Country => codes::check_country(s, path, report),
            Format::Currency => codes::check_currency(s, path, report),
            Format::Locale => codes::check_locale(s, path, report),
            Format::PersonName => address::check_person_name(s, path, report),
            Format::Email => address::check_email(s, path, report),
            Format::Phone => address::check_phone(s, path, report),
            Format::Url => urls::check_url(s, false, path, report),
            Format::MerchantUrl => urls::check_url(s, true, path, report),
        }
    }
}
