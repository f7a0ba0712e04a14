//! `country_code`, `currency_code`, `locale`: codes that are real, not just well-shaped.
//! All case-insensitive, as the API is (Klarna's own examples send `gb`, `gbp`, `en-gb`).
//! An unreal code is not shown back: two letters may as well be someone's initials.

use crate::data::{iso3166, iso4217, iso639, markets};
use crate::error::{LocaleIssue, Problem};
use crate::path::Path;
use crate::report::Report;

pub(crate) fn check_country(s: &str, path: &Path<'_>, report: &mut Report) {
    if !iso3166::is_country(s) {
        let united_kingdom = s.eq_ignore_ascii_case("UK");
        report.push(path, Problem::CountryCode { united_kingdom });
    }
}

/// Extra merchant data addresses: Klarna's current examples send alpha-2 codes, its older
/// ones country names (`Sweden`), so an unreal code is `emd_country`, a warning.
pub(crate) fn check_emd_country(s: &str, path: &Path<'_>, report: &mut Report) {
    if !s.is_empty() && !iso3166::is_country(s) {
        report.push(path, Problem::EmdCountry);
    }
}

pub(crate) fn check_currency(s: &str, path: &Path<'_>, report: &mut Report) {
    if iso4217::currency(s).is_none() {
        report.push(path, Problem::CurrencyCode);
    }
}

/// What is wrong with a locale already shaped like `xx(-yy)*`, if anything.
pub fn locale_issue(s: &str) -> Option<LocaleIssue> {
    let Some((language, region)) = s.split_once('-').filter(|(_, r)| !r.contains('-')) else {
        return Some(LocaleIssue::Shape);
    };
    if !iso639::is_language(language) {
        Some(LocaleIssue::Language)
    } else if !iso3166::is_country(region) {
        Some(LocaleIssue::Region)
    } else {
        None
    }
}

pub(crate) fn check_locale(s: &str, path: &Path<'_>, report: &mut Report) {
    let Some(issue) = locale_issue(s) else { return };
    // "us-US" → "en-US": the default locale of the market named by the region.
    let suggestion = s
        .rsplit_once('-')
        .and_then(|(_, region)| markets::market(region))
        .map(|m| m.locales[0]);
    report.push(path, Problem::Locale { issue, suggestion });
}
