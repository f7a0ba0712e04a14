//! Titles Klarna accepts per country (Klarna's `customer.title` description). Matching ignores
//! case and one trailing dot, so "Mr." is "Mr" and "dhr" is "Dhr.".

pub static TITLES: &[(&str, &[&str])] = &[
    ("AT", &["Herr", "Frau"]),
    ("BE", &["Dhr.", "Mevr."]),
    ("CH", &["Herr", "Frau", "Sig.", "Sig.ra", "M", "Mme"]),
    ("DE", &["Herr", "Frau"]),
    ("GB", &["Mr", "Ms"]),
    ("NL", &["Dhr.", "Mevr."]),
];

/// The accepted titles of a country, if Klarna restricts them there.
pub fn titles(country: &str) -> Option<&'static [&'static str]> {
    super::find_upper(TITLES, |t| t.0, country).map(|t| t.1)
}

/// Whether `title` is one of `allowed` (case and a trailing dot ignored).
pub fn is_allowed(allowed: &[&str], title: &str) -> bool {
    let norm = |t: &str| {
        let t = t.trim();
        t.strip_suffix('.').unwrap_or(t).to_ascii_lowercase()
    };
    let title = norm(title);
    allowed.iter().any(|a| norm(a) == title)
}
