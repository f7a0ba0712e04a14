//! `format`: what a field's description says but its JSON Schema cannot (a real country code,
//! an email address, a URL, a date). The model names the format; each check is a file here,
//! named after its rule id.

pub mod account_identifier;
pub mod attachment_content_type;
pub mod codes;
pub mod date;
pub mod date_time;
pub mod email;
pub mod person_name;
pub mod phone;
pub mod url;

use crate::path::Path;
use crate::report::Report;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// An assigned ISO 3166-1 alpha-2 code (`country_code`).
    Country,
    /// An active ISO 4217 code (`currency_code`).
    Currency,
    /// language-REGION with a real language and region (`locale`).
    Locale,
    /// `yyyy-mm-dd`, a real date, not in the future (`date`).
    Date,
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
    /// Extra merchant data's content type (`attachment_content_type`).
    AttachmentContentType,
    /// Extra merchant data: `yyyy-mm-ddThh:mm[:ss][Z]` (`emd_date_time`).
    EmdDateTime,
    /// Extra merchant data: an alpha-2 country, advised (`emd_country`).
    EmdCountry,
    /// Extra merchant data: `unique_account_identifier`, 1–24 characters advised
    /// (`emd_account_identifier`).
    AccountIdentifier,
}

impl Format {
    pub(crate) fn check(self, s: &str, path: &Path<'_>, report: &mut Report) {
        match self {
            Format::Country => codes::check_country(s, path, report),
            Format::Currency => codes::check_currency(s, path, report),
            Format::Locale => codes::check_locale(s, path, report),
            Format::Date => date::check(s, path, report),
            Format::PersonName => person_name::check(s, path, report),
            Format::Email => email::check(s, path, report),
            Format::Phone => phone::check(s, path, report),
            Format::Url => url::check(s, false, path, report),
            Format::MerchantUrl => url::check(s, true, path, report),
            Format::AttachmentContentType => attachment_content_type::check(s, path, report),
            Format::EmdDateTime => date_time::check(s, path, report),
            Format::EmdCountry => codes::check_emd_country(s, path, report),
            Format::AccountIdentifier => account_identifier::check(s, path, report),
        }
    }
}
