//! `region_required`, `region_format`, `title`, `postal_code`, `charset`, `html` (per the
//! address's country) and the field formats `person_name`, `email`, `phone`. No message
//! quotes the value checked.

use super::{object, text, Members};
use crate::data::{iso3166, postal_codes, regions, titles};
use crate::error::Problem;
use crate::path::Path;
use crate::report::Report;

pub(crate) fn check(root: Members<'_, '_>, report: &mut Report) {
    let purchase_country = text(root, "purchase_country").and_then(iso3166::country);
    for key in ["billing_address", "shipping_address"] {
        let Some(address) = object(root, key) else {
            continue;
        };
        let path = Path::ROOT.key(key);
        // An address without a country is in the purchase country.
        let country = match text(address, "country") {
            Some(c) => iso3166::country(c),
            None => purchase_country,
        };
        let Some(country) = country else { continue };
        check_region(address, country, &path, report);
        check_text(address, country, &path, report);
        if let (Some(allowed), Some(title)) = (titles::titles(country), text(address, "title")) {
            if !title.trim().is_empty() && !titles::is_allowed(allowed, title) {
                report.push(&path.key("title"), Problem::Title { country, allowed });
            }
        }
        if let (Some(format), Some(code)) = (
            postal_codes::postal_format(country),
            text(address, "postal_code"),
        ) {
            if !code.trim().is_empty() && !format.matches(code) {
                report.push(
                    &path.key("postal_code"),
                    Problem::PostalCode {
                        country,
                        example: format.example,
                    },
                );
            }
        }
    }
}

fn check_region(
    address: Members<'_, '_>,
    country: &'static str,
    path: &Path<'_>,
    report: &mut Report,
) {
    let Some(known) = regions::required_regions(country) else {
        return;
    };
    match text(address, "region").map(str::trim) {
        None | Some("") => report.push(&path.key("region"), Problem::RegionRequired { country }),
        Some(region) if !regions::is_region(known, region) => report.push(
            &path.key("region"),
            Problem::RegionFormat {
                country,
                example: if country == "US" { "CA" } else { "NSW" },
            },
        ),
        Some(_) => {}
    }
}

/// The free-text fields of an address, checked for characters and markup.
const TEXT_FIELDS: &[&str] = &[
    "attention",
    "city",
    "family_name",
    "given_name",
    "organization_name",
    "region",
    "street_address",
    "street_address2",
    "title",
];

/// Klarna: "letters from Basic Latin, Latin-1, Latin Extended-A (Greek also for GR)"; no HTML.
fn check_text(
    address: Members<'_, '_>,
    country: &'static str,
    path: &Path<'_>,
    report: &mut Report,
) {
    let greek = country == "GR";
    for &field in TEXT_FIELDS {
        let Some(value) = text(address, field) else {
            continue;
        };
        // Fast path: plain ASCII without '<' is always fine.
        if value
            .bytes()
            .all(|b| (0x20..0x7f).contains(&b) && b != b'<')
        {
            continue;
        }
        let allowed = |c: char| {
            matches!(c, ' '..='~' | '\u{a0}'..='\u{17f}')
                || (greek && ('\u{370}'..='\u{3ff}').contains(&c))
        };
        if !value.chars().all(allowed) {
            report.push(&path.key(field), Problem::Charset { greek });
        }
        if looks_like_html(value) {
            report.push(&path.key(field), Problem::Html);
        }
    }
}

/// `<b>`, `</p>`, `<!--`: a `<` that opens a tag.
fn looks_like_html(s: &str) -> bool {
    s.match_indices('<').any(|(i, _)| {
        s[i + 1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!')
    })
}

/// given_name / family_name: "Cannot be only numbers, must be more than 1 character."
/// An empty string is left alone (it is an absent name, not a short one).
pub(crate) fn check_person_name(s: &str, path: &Path<'_>, report: &mut Report) {
    let name = s.trim();
    if name.is_empty() {
        return;
    }
    let too_short = name.chars().nth(1).is_none();
    let digits_only = name
        .chars()
        .all(|c| c.is_ascii_digit() || c.is_whitespace());
    if too_short || digits_only {
        report.push(path, Problem::PersonName);
    }
}

/// A plausible address: `local@domain.tld`, no spaces. Deliberately loose: an unusual but
/// valid address must never block a checkout.
pub(crate) fn check_email(s: &str, path: &Path<'_>, report: &mut Report) {
    if !s.is_empty() && !plausible_email(s) {
        report.push(path, Problem::Email);
    }
}

fn plausible_email(s: &str) -> bool {
    let Some((local, domain)) = s.rsplit_once('@') else {
        return false;
    };
    let label_ok = |label: &str| {
        !label.is_empty()
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| c.is_alphanumeric() || c == '-')
    };
    !local.is_empty()
        && !s.chars().any(char::is_whitespace)
        && domain.contains('.')
        && domain.split('.').all(label_ok)
}

/// 5 to 15 digits (E.164 allows 15), a leading `+`, and the usual separators.
pub(crate) fn check_phone(s: &str, path: &Path<'_>, report: &mut Report) {
    if s.is_empty() {
        return;
    }
    let body = s.trim().strip_prefix('+').unwrap_or(s.trim());
    let allowed = body
        .chars()
        .all(|c| c.is_ascii_digit() || " -().//".contains(c));
    let digits = body.chars().filter(char::is_ascii_digit).count();
    if !allowed || !(5..=15).contains(&digits) {
        report.push(path, Problem::Phone);
    }
}
