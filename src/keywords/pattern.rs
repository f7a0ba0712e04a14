//! `pattern`: the spec's regular expressions, each matched by a few lines of plain code.
//!
//! Why no regex engine: the `regex` crate would add about 250 KB to the `.wasm` for six short
//! patterns (see TOOLCHAIN.md). `source()` keeps each spec regex next to its matcher, and a
//! test runs both over generated strings to prove they agree.

use crate::error::Problem;
use crate::path::Path;
use crate::report::Report;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pattern {
    /// ISO 3166-1 alpha-2 shape, any case (`GB`, `gb`).
    CountryCode,
    /// ISO 4217 shape, any case (`GBP`, `gbp`).
    CurrencyCode,
    /// `language-REGION` shape, any case (`en-GB`, `en-gb`); the spec also allows `en`.
    Locale,
    /// `#RRGGBB` colour of the widget options.
    HexColor,
    /// US SSN digits: 4 or 9 of them.
    LastFourSsn,
    /// `person` or `organization`.
    CustomerType,
}

impl Pattern {
    pub const ALL: &'static [Pattern] = &[
        Pattern::CountryCode,
        Pattern::CurrencyCode,
        Pattern::Locale,
        Pattern::HexColor,
        Pattern::LastFourSsn,
        Pattern::CustomerType,
    ];

    /// The regular expression exactly as written in the spec.
    pub const fn source(self) -> &'static str {
        match self {
            Pattern::CountryCode => "^[A-Za-z]{2,2}$",
            Pattern::CurrencyCode => "^[A-Za-z]{3,3}$",
            Pattern::Locale => "^[A-Za-z]{2,2}(?:-[A-Za-z]{2,2})*$",
            Pattern::HexColor => "^#[A-Fa-f0-9]{6}$",
            Pattern::LastFourSsn => "^([0-9]{4}|[0-9]{9})$",
            Pattern::CustomerType => "^(person|organization)$",
        }
    }

    /// What the pattern means, for messages: "must be a two-letter country code".
    pub const fn description(self) -> &'static str {
        match self {
            Pattern::CountryCode => "a two-letter country code (ISO 3166-1 alpha-2, e.g. GB)",
            Pattern::CurrencyCode => "a three-letter currency code (ISO 4217, e.g. GBP)",
            Pattern::Locale => "a locale of two-letter parts joined by '-' (e.g. en-GB)",
            Pattern::HexColor => "a colour in the form #RRGGBB",
            Pattern::LastFourSsn => "4 or 9 digits",
            Pattern::CustomerType => "person or organization",
        }
    }

    pub fn matches(self, s: &str) -> bool {
        let b = s.as_bytes();
        let letters =
            |part: &[u8], n: usize| part.len() == n && part.iter().all(u8::is_ascii_alphabetic);
        match self {
            Pattern::CountryCode => letters(b, 2),
            Pattern::CurrencyCode => letters(b, 3),
            Pattern::Locale => b.split(|&c| c == b'-').all(|part| letters(part, 2)),
            Pattern::HexColor => {
                b.len() == 7 && b[0] == b'#' && b[1..].iter().all(u8::is_ascii_hexdigit)
            }
            Pattern::LastFourSsn => {
                (b.len() == 4 || b.len() == 9) && b.iter().all(u8::is_ascii_digit)
            }
            Pattern::CustomerType => s == "person" || s == "organization",
        }
    }

    /// Reports a mismatch; returns whether the value matched.
    pub(crate) fn check(self, s: &str, path: &Path<'_>, report: &mut Report) -> bool {
        if self.matches(s) {
            return true;
        }
        report.push(path, Problem::Pattern { pattern: self });
        false
    }
}

/// A code that already has its pattern's shape (`XX`, `EUX`, `us-US`), fit to be shown in a
/// report: short, and only letters, `-` and `_`. Callers pass only pattern-valid values.
pub(crate) fn echo_code(s: &str) -> Option<String> {
    let looks_like_code = !s.is_empty()
        && s.len() <= 32
        && s.bytes()
            .all(|b| b.is_ascii_alphabetic() || b == b'-' || b == b'_');
    looks_like_code.then(|| s.to_string())
}
