//! `market_country`, `market_currency`, `market_locale`, `billing_country`,
//! `billing_country_override`: the purchase country decides the locales; the currency must be
//! the local currency of the effective country. The market table is `src/data/markets.rs`.
//!
//! The spec says the billing country overrides the purchase country, and Klarna accepted a GB
//! purchase in USD with a US billing address (recorded 048). So on sessions and orders the
//! effective country is `billing_address.country` when sent, a differing billing country is a
//! warning, and the currency is an error only when it is the local currency of neither
//! country. On customer tokens Klarna documents `Bad value: purchase_country` for the mismatch.

use super::{object, text, Cart};
use crate::data::markets::{market, Market, MARKETS_VERSION};
use crate::data::{iso3166, iso4217};
use crate::error::Problem;
use crate::keywords::format::codes::locale_issue;
use crate::keywords::pattern::echo_code;
use crate::path::Path;
use crate::report::Report;
use crate::PayloadKind;

pub(crate) fn check(cart: &Cart<'_, '_>, report: &mut Report) {
    let root = cart.root;
    // Invalid codes were reported by their own rules; only real codes are compared here.
    let Some(country) = text(root, "purchase_country").and_then(iso3166::country) else {
        return;
    };
    let country_path = Path::ROOT.key("purchase_country");
    let billing = object(root, "billing_address")
        .and_then(|a| text(a, "country"))
        .and_then(iso3166::country)
        .filter(|b| *b != country);
    // Klarna reports the mismatch at purchase_country: "Bad value: purchase_country".
    if let Some(billing) = billing {
        let (billing, actual) = (billing.to_string(), country.to_string());
        report.push(
            &country_path,
            if cart.kind == PayloadKind::CustomerToken {
                Problem::BillingCountry { billing, actual }
            } else {
                Problem::BillingCountryOverride { billing, actual }
            },
        );
    }
    let purchase_market = market(country);
    let billing_market = billing.and_then(market);
    if purchase_market.is_none() {
        report.push(
            &country_path,
            Problem::MarketCountry {
                actual: Some(country.to_string()),
                version: MARKETS_VERSION,
            },
        );
    }
    let markets: Vec<&Market> = billing_market.into_iter().chain(purchase_market).collect();
    // The effective country's market comes first.
    let Some(effective) = markets.first() else {
        return;
    };
    if let Some(currency) =
        text(root, "purchase_currency").filter(|c| iso4217::currency(c).is_some())
    {
        if !markets
            .iter()
            .any(|m| currency.eq_ignore_ascii_case(m.currency))
        {
            report.push(
                &Path::ROOT.key("purchase_currency"),
                Problem::MarketCurrency {
                    expected: effective.currency,
                    country: effective.country,
                    purchase_currency: purchase_market
                        .filter(|p| p.currency != effective.currency)
                        .map(|p| p.currency),
                    actual: echo_code(currency),
                },
            );
        }
    }
    if let (Some(m), Some(locale)) = (
        purchase_market,
        text(root, "locale").filter(|l| locale_issue(l).is_none()),
    ) {
        if !markets.iter().any(|m| m.offers_locale(locale)) {
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
