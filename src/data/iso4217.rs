//! ISO 4217: active currency codes and their minor-unit exponents (as published by the
//! maintenance agency; funds, metals and test codes have no exponent).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Currency {
    pub code: &'static str,
    /// Digits after the decimal point: 2 for EUR (2500 = 25.00), 0 for JPY.
    pub exponent: Option<u8>,
}

/// Sorted ascending by code (179 codes).
pub static CURRENCIES: &[Currency] = &[
    Currency {
        code: "AED",
        exponent: Some(2),
    },
    Currency {
        code: "AFN",
        exponent: Some(2),
    },
    Currency {
        code: "ALL",
        exponent: Some(2),
    },
    Currency {
        code: "AMD",
        exponent: Some(2),
    },
    Currency {
        code: "ANG",
        exponent: Some(2),
    },
    Currency {
        code: "AOA",
        exponent: Some(2),
    },
    Currency {
        code: "ARS",
        exponent: Some(2),
    },
    Currency {
        code: "AUD",
        exponent: Some(2),
    },
    Currency {
        code: "AWG",
        exponent: Some(2),
    },
    Currency {
        code: "AZN",
        exponent: Some(2),
    },
    Currency {
        code: "BAM",
        exponent: Some(2),
    },
    Currency {
        code: "BBD",
        exponent: Some(2),
    },
    Currency {
        code: "BDT",
        exponent: Some(2),
    },
    Currency {
        code: "BGN",
        exponent: Some(2),
    },
    Currency {
        code: "BHD",
        exponent: Some(3),
    },
    Currency {
        code: "BIF",
        exponent: Some(0),
    },
    Currency {
        code: "BMD",
        exponent: Some(2),
    },
    Currency {
        code: "BND",
        exponent: Some(2),
    },
    Currency {
        code: "BOB",
        exponent: Some(2),
    },
    Currency {
        code: "BOV",
        exponent: Some(2),
    },
    Currency {
        code: "BRL",
        exponent: Some(2),
    },
    Currency {
        code: "BSD",
        exponent: Some(2),
    },
    Currency {
        code: "BTN",
        exponent: Some(2),
    },
    Currency {
        code: "BWP",
        exponent: Some(2),
    },
    Currency {
        code: "BYN",
        exponent: Some(2),
    },
    Currency {
        code: "BZD",
        exponent: Some(2),
    },
    Currency {
        code: "CAD",
        exponent: Some(2),
    },
    Currency {
        code: "CDF",
        exponent: Some(2),
    },
    Currency {
        code: "CHE",
        exponent: Some(2),
    },
    Currency {
        code: "CHF",
        exponent: Some(2),
    },
    Currency {
        code: "CHW",
        exponent: Some(2),
    },
    Currency {
        code: "CLF",
        exponent: Some(4),
    },
    Currency {
        code: "CLP",
        exponent: Some(0),
    },
    Currency {
        code: "CNY",
        exponent: Some(2),
    },
    Currency {
        code: "COP",
        exponent: Some(2),
    },
    Currency {
        code: "COU",
        exponent: Some(2),
    },
    Currency {
        code: "CRC",
        exponent: Some(2),
    },
    Currency {
        code: "CUP",
        exponent: Some(2),
    },
    Currency {
        code: "CVE",
        exponent: Some(2),
    },
    Currency {
        code: "CZK",
        exponent: Some(2),
    },
    Currency {
        code: "DJF",
        exponent: Some(0),
    },
    Currency {
        code: "DKK",
        exponent: Some(2),
    },
    Currency {
        code: "DOP",
        exponent: Some(2),
    },
    Currency {
        code: "DZD",
        exponent: Some(2),
    },
    Currency {
        code: "EGP",
        exponent: Some(2),
    },
    Currency {
        code: "ERN",
        exponent: Some(2),
    },
    Currency {
        code: "ETB",
        exponent: Some(2),
    },
    Currency {
        code: "EUR",
        exponent: Some(2),
    },
    Currency {
        code: "FJD",
        exponent: Some(2),
    },
    Currency {
        code: "FKP",
        exponent: Some(2),
    },
    Currency {
        code: "GBP",
        exponent: Some(2),
    },
    Currency {
        code: "GEL",
        exponent: Some(2),
    },
    Currency {
        code: "GHS",
        exponent: Some(2),
    },
    Currency {
        code: "GIP",
        exponent: Some(2),
    },
    Currency {
        code: "GMD",
        exponent: Some(2),
    },
    Currency {
        code: "GNF",
        exponent: Some(0),
    },
    Currency {
        code: "GTQ",
        exponent: Some(2),
    },
    Currency {
        code: "GYD",
        exponent: Some(2),
    },
    Currency {
        code: "HKD",
        exponent: Some(2),
    },
    Currency {
        code: "HNL",
        exponent: Some(2),
    },
    Currency {
        code: "HTG",
        exponent: Some(2),
    },
    Currency {
        code: "HUF",
        exponent: Some(2),
    },
    Currency {
        code: "IDR",
        exponent: Some(2),
    },
    Currency {
        code: "ILS",
        exponent: Some(2),
    },
    Currency {
        code: "INR",
        exponent: Some(2),
    },
    Currency {
        code: "IQD",
        exponent: Some(3),
    },
    Currency {
        code: "IRR",
        exponent: Some(2),
    },
    Currency {
        code: "ISK",
        exponent: Some(0),
    },
    Currency {
        code: "JMD",
        exponent: Some(2),
    },
    Currency {
        code: "JOD",
        exponent: Some(3),
    },
    Currency {
        code: "JPY",
        exponent: Some(0),
    },
    Currency {
        code: "KES",
        exponent: Some(2),
    },
    Currency {
        code: "KGS",
        exponent: Some(2),
    },
    Currency {
        code: "KHR",
        exponent: Some(2),
    },
    Currency {
        code: "KMF",
        exponent: Some(0),
    },
    Currency {
        code: "KPW",
        exponent: Some(2),
    },
    Currency {
        code: "KRW",
        exponent: Some(0),
    },
    Currency {
        code: "KWD",
        exponent: Some(3),
    },
    Currency {
        code: "KYD",
        exponent: Some(2),
    },
    Currency {
        code: "KZT",
        exponent: Some(2),
    },
    Currency {
        code: "LAK",
        exponent: Some(2),
    },
    Currency {
        code: "LBP",
        exponent: Some(2),
    },
    Currency {
        code: "LKR",
        exponent: Some(2),
    },
    Currency {
        code: "LRD",
        exponent: Some(2),
    },
    Currency {
        code: "LSL",
        exponent: Some(2),
    },
    Currency {
        code: "LYD",
        exponent: Some(3),
    },
    Currency {
        code: "MAD",
        exponent: Some(2),
    },
    Currency {
        code: "MDL",
        exponent: Some(2),
    },
    Currency {
        code: "MGA",
        exponent: Some(2),
    },
    Currency {
        code: "MKD",
        exponent: Some(2),
    },
    Currency {
        code: "MMK",
        exponent: Some(2),
    },
    Currency {
        code: "MNT",
        exponent: Some(2),
    },
    Currency {
        code: "MOP",
        exponent: Some(2),
    },
    Currency {
        code: "MRU",
        exponent: Some(2),
    },
    Currency {
        code: "MUR",
        exponent: Some(2),
    },
    Currency {
        code: "MVR",
        exponent: Some(2),
    },
    Currency {
        code: "MWK",
        exponent: Some(2),
    },
    Currency {
        code: "MXN",
        exponent: Some(2),
    },
    Currency {
        code: "MXV",
        exponent: Some(2),
    },
    Currency {
        code: "MYR",
        exponent: Some(2),
    },
    Currency {
        code: "MZN",
        exponent: Some(2),
    },
    Currency {
        code: "NAD",
        exponent: Some(2),
    },
    Currency {
        code: "NGN",
        exponent: Some(2),
    },
    Currency {
        code: "NIO",
        exponent: Some(2),
    },
    Currency {
        code: "NOK",
        exponent: Some(2),
    },
    Currency {
        code: "NPR",
        exponent: Some(2),
    },
    Currency {
        code: "NZD",
        exponent: Some(2),
    },
    Currency {
        code: "OMR",
        exponent: Some(3),
    },
    Currency {
        code: "PAB",
        exponent: Some(2),
    },
    Currency {
        code: "PEN",
        exponent: Some(2),
    },
    Currency {
        code: "PGK",
        exponent: Some(2),
    },
    Currency {
        code: "PHP",
        exponent: Some(2),
    },
    Currency {
        code: "PKR",
        exponent: Some(2),
    },
    Currency {
        code: "PLN",
        exponent: Some(2),
    },
    Currency {
        code: "PYG",
        exponent: Some(0),
    },
    Currency {
        code: "QAR",
        exponent: Some(2),
    },
    Currency {
        code: "RON",
        exponent: Some(2),
    },
    Currency {
        code: "RSD",
        exponent: Some(2),
    },
    Currency {
        code: "RUB",
        exponent: Some(2),
    },
    Currency {
        code: "RWF",
        exponent: Some(0),
    },
    Currency {
        code: "SAR",
        exponent: Some(2),
    },
    Currency {
        code: "SBD",
        exponent: Some(2),
    },
    Currency {
        code: "SCR",
        exponent: Some(2),
    },
    Currency {
        code: "SDG",
        exponent: Some(2),
    },
    Currency {
        code: "SEK",
        exponent: Some(2),
    },
    Currency {
        code: "SGD",
        exponent: Some(2),
    },
    Currency {
        code: "SHP",
        exponent: Some(2),
    },
    Currency {
        code: "SLE",
        exponent: Some(2),
    },
    Currency {
        code: "SOS",
        exponent: Some(2),
    },
    Currency {
        code: "SRD",
        exponent: Some(2),
    },
    Currency {
        code: "SSP",
        exponent: Some(2),
    },
    Currency {
        code: "STN",
        exponent: Some(2),
    },
    Currency {
        code: "SVC",
        exponent: Some(2),
    },
    Currency {
        code: "SYP",
        exponent: Some(2),
    },
    Currency {
        code: "SZL",
        exponent: Some(2),
    },
    Currency {
        code: "THB",
        exponent: Some(2),
    },
    Currency {
        code: "TJS",
        exponent: Some(2),
    },
    Currency {
        code: "TMT",
        exponent: Some(2),
    },
    Currency {
        code: "TND",
        exponent: Some(3),
    },
    Currency {
        code: "TOP",
        exponent: Some(2),
    },
    Currency {
        code: "TRY",
        exponent: Some(2),
    },
    Currency {
        code: "TTD",
        exponent: Some(2),
    },
    Currency {
        code: "TWD",
        exponent: Some(2),
    },
    Currency {
        code: "TZS",
        exponent: Some(2),
    },
    Currency {
        code: "UAH",
        exponent: Some(2),
    },
    Currency {
        code: "UGX",
        exponent: Some(0),
    },
    Currency {
        code: "USD",
        exponent: Some(2),
    },
    Currency {
        code: "USN",
        exponent: Some(2),
    },
    Currency {
        code: "UYI",
        exponent: Some(0),
    },
    Currency {
        code: "UYU",
        exponent: Some(2),
    },
    Currency {
        code: "UYW",
        exponent: Some(4),
    },
    Currency {
        code: "UZS",
        exponent: Some(2),
    },
    Currency {
        code: "VED",
        exponent: Some(2),
    },
    Currency {
        code: "VES",
        exponent: Some(2),
    },
    Currency {
        code: "VND",
        exponent: Some(0),
    },
    Currency {
        code: "VUV",
        exponent: Some(0),
    },
    Currency {
        code: "WST",
        exponent: Some(2),
    },
    Currency {
        code: "XAF",
        exponent: Some(0),
    },
    Currency {
        code: "XAG",
        exponent: None,
    },
    Currency {
        code: "XAU",
        exponent: None,
    },
    Currency {
        code: "XBA",
        exponent: None,
    },
    Currency {
        code: "XBB",
        exponent: None,
    },
    Currency {
        code: "XBC",
        exponent: None,
    },
    Currency {
        code: "XBD",
        exponent: None,
    },
    Currency {
        code: "XCD",
        exponent: Some(2),
    },
    Currency {
        code: "XCG",
        exponent: Some(2),
    },
    Currency {
        code: "XDR",
        exponent: None,
    },
    Currency {
        code: "XOF",
        exponent: Some(0),
    },
    Currency {
        code: "XPD",
        exponent: None,
    },
    Currency {
        code: "XPF",
        exponent: Some(0),
    },
    Currency {
        code: "XPT",
        exponent: None,
    },
    Currency {
        code: "XSU",
        exponent: None,
    },
    Currency {
        code: "XTS",
        exponent: None,
    },
    Currency {
        code: "XUA",
        exponent: None,
    },
    Currency {
        code: "XXX",
        exponent: None,
    },
    Currency {
        code: "YER",
        exponent: Some(2),
    },
    Currency {
        code: "ZAR",
        exponent: Some(2),
    },
    Currency {
        code: "ZMW",
        exponent: Some(2),
    },
    Currency {
        code: "ZWG",
        exponent: Some(2),
    },
];

/// The currency for `code` (any case), if it is an active ISO 4217 code.
pub fn currency(code: &str) -> Option<&'static Currency> {
    super::find_upper(CURRENCIES, |c| c.code, code)
}
