//! Klarna's markets: purchase country → local currency → locales offered.
//!
//! "Only the local currency of each country" (Klarna's docs). The list changes over time:
//! update MARKETS and MARKETS_VERSION together, and nothing else.

/// When the table was last checked against Klarna's documentation (KLARNA-RULES.md).
pub const MARKETS_VERSION: &str = "2026-11";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Market {
    pub country: &'static str,
    pub currency: &'static str,
    /// The first one is the market's default locale.
    pub locales: &'static [&'static str],
}

/// Sorted by country code.
pub static MARKETS: &[Market] = &[
    Market {
        country: "AT",
        currency: "EUR",
        locales: &["de-AT", "en-AT"],
    },
    Market {
        country: "AU",
        currency: "AUD",
        locales: &["en-AU"],
    },
    Market {
        country: "BE",
        currency: "EUR",
        locales: &["nl-BE", "fr-BE", "en-BE"],
    },
    Market {
        country: "CA",
        currency: "CAD",
        locales: &["en-CA", "fr-CA"],
    },
    Market {
        country: "CH",
        currency: "CHF",
        locales: &["de-CH", "fr-CH", "it-CH", "en-CH"],
    },
    Market {
        country: "CZ",
        currency: "CZK",
        locales: &["cs-CZ", "en-CZ"],
    },
    Market {
        country: "DE",
        currency: "EUR",
        locales: &["de-DE", "en-DE"],
    },
    Market {
        country: "DK",
        currency: "DKK",
        locales: &["da-DK", "en-DK"],
    },
    Market {
        country: "ES",
        currency: "EUR",
        locales: &["es-ES", "en-ES"],
    },
    Market {
        country: "FI",
        currency: "EUR",
        locales: &["fi-FI", "sv-FI", "en-FI"],
    },
    Market {
        country: "FR",
        currency: "EUR",
        locales: &["fr-FR", "en-FR"],
    },
    Market {
        country: "GB",
        currency: "GBP",
        locales: &["en-GB"],
    },
    Market {
        country: "GR",
        currency: "EUR",
        locales: &["el-GR", "en-GR"],
    },
    Market {
        country: "HU",
        currency: "HUF",
        locales: &["hu-HU", "en-HU"],
    },
    Market {
        country: "IE",
        currency: "EUR",
        locales: &["en-IE"],
    },
    Market {
        country: "IT",
        currency: "EUR",
        locales: &["it-IT", "en-IT"],
    },
    Market {
        country: "MX",
        currency: "MXN",
        locales: &["es-MX", "en-MX"],
    },
    Market {
        country: "NL",
        currency: "EUR",
        locales: &["nl-NL", "en-NL"],
    },
    Market {
        country: "NO",
        currency: "NOK",
        locales: &["nb-NO", "en-NO"],
    },
    Market {
        country: "NZ",
        currency: "NZD",
        locales: &["en-NZ"],
    },
    Market {
        country: "PL",
        currency: "PLN",
        locales: &["pl-PL", "en-PL"],
    },
    Market {
        country: "PT",
        currency: "EUR",
        locales: &["pt-PT", "en-PT"],
    },
    Market {
        country: "RO",
        currency: "RON",
        locales: &["ro-RO", "en-RO"],
    },
    Market {
        country: "SE",
        currency: "SEK",
        locales: &["sv-SE", "en-SE"],
    },
    Market {
        country: "SK",
        currency: "EUR",
        locales: &["sk-SK", "en-SK"],
    },
    Market {
        country: "US",
        currency: "USD",
        locales: &["en-US", "es-US"],
    },
];

/// The market of a purchase country (any case).
pub fn market(country: &str) -> Option<&'static Market> {
    super::find_upper(MARKETS, |m| m.country, country)
}

impl Market {
    /// Whether `locale` (any case) is offered in this market.
    pub fn offers_locale(&self, locale: &str) -> bool {
        self.locales.iter().any(|l| l.eq_ignore_ascii_case(locale))
    }
}
