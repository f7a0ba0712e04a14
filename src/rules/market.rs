//! `market_country`, `market_currency`, `market_locale`, `billing_country`: the purchase
//! country decides the currency (only the local one) and the locales; the billing address
//! must be in the purchase country. The market table is `src/data/markets.rs`.

use super::{object, text, Members};
use crate::data::markets::{market, MARKETS_VERSION};
use crate::data::{iso3166, iso4217};
use crate::error::Problem;
use crate::keywords::pattern::echo_code;
use crate::path::Path;
use crate::report::Report;
use crate::rules::codes::locale_issue;

pub(crate) fn check(root: Members<'_, '_>, report: &mut Report) {
    // Invalid codes were reported by their own rules; only real codes are compared here.
    let Some(country) = text(root, "purchase_country").and_then(iso3166::country) else {
        return;
    };
    let country_path = Path::ROOT.key("purchase_country");
    match market(country) {
        None => report.push(
            &country_path,
            Problem::MarketCountry {
                actual: Some(country.to_string()),
                version: MARKETS_VERSION,
            },
        ),
        Some(m) => {
            if let Some(currency) =
                text(root, "purchase_currency").filter(|c| iso4217::currency(c).is_some())
            {
                if !currency.eq_ignore_ascii_case(m.currency) {
                    report.push(
                        &Path::ROOT.key("purchase_currency"),
                        Problem::MarketCurrency {
                            expected: m.currency,
                            country: m.country,
                            actual: echo_code(currency),
                        },
                    );
                }
            }
            if let Some(locale) = text(root, "locale").filter(|l| locale_issue(l).is_none()) {
                if !m.offers_locale(locale) {
                    report.push(
                        &Path::ROOT.key("locale"),
                        Problem::MarketLocale {
                            country: m.country,
                            offered: m.locales,
                            actual: echo_code(locale),
                        },
                    );
                }
            }
        }
    }
    // Klarna reports this one at purchase_country: "Bad value: purchase_country".
    let billing = object(root, "billing_address")
        .and_then(|a| text(a, "country"))
        .and_then(iso3166::country);
    if let Some(billing) = billing.filter(|b| *b != country) {
        report.push(
            &country_path,
            Problem::BillingCountry {
                billing: billing.to_string(),
                actual: country.to_string(),
            },
        );
    }
}
