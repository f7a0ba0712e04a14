//! `region_required`, `region_format`, `title`, `postal_code`, `charset`, `html`: what an
//! address needs in its country (the address's own, else the purchase country). No message
//! quotes the value checked. The field formats `person_name`, `email` and `phone` are in
//! `src/keywords/format/`.

use super::{object, text, Cart, Members};
use crate::data::{iso3166, postal_codes, regions, titles};
use crate::error::Problem;
use crate::path::Path;
use crate::report::Report;

pub(crate) fn check(cart: &Cart<'_, '_>, report: &mut Report) {
    let root = cart.root;
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
