//! Subdivision codes for the markets where Klarna requires `region` (ISO 3166-2 without the
//! country prefix: `CA`, not `US-CA`).

/// US states, DC, territories and the military "states" (AA, AE, AP), sorted.
pub static US_REGIONS: &[&str] = &[
    "AA", "AE", "AK", "AL", "AP", "AR", "AS", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "GU",
    "HI", "IA", "ID", "IL", "IN", "KS", "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MP", "MS",
    "MT", "NC", "ND", "NE", "NH", "NJ", "NM", "NV", "NY", "OH", "OK", "OR", "PA", "PR", "RI", "SC",
    "SD", "TN", "TX", "UM", "UT", "VA", "VI", "VT", "WA", "WI", "WV", "WY",
];

/// Australian states and territories, sorted.
pub static AU_REGIONS: &[&str] = &["ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA"];

/// The known regions of a country that requires one, or `None` if `region` is optional there.
pub fn required_regions(country: &str) -> Option<&'static [&'static str]> {
    if country.eq_ignore_ascii_case("US") {
        Some(US_REGIONS)
    } else if country.eq_ignore_ascii_case("AU") {
        Some(AU_REGIONS)
    } else {
        None
    }
}

/// Whether `region` (any case) is one of `regions`.
pub fn is_region(regions: &'static [&'static str], region: &str) -> bool {
    super::find_upper(regions, |r| r, region).is_some()
}
