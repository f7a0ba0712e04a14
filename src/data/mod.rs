//! Reference data the rules consult: ISO code lists and Klarna's market table. Plain sorted
//! tables, looked up case-insensitively without allocating. Update them here and nowhere else.

pub mod iso3166;
pub mod iso4217;
pub mod iso639;
pub mod markets;
pub mod postal_codes;
pub mod regions;
pub mod titles;

/// Finds `code` (any case) in a table of upper-case ASCII codes sorted ascending.
pub(crate) fn find_upper<T>(
    table: &'static [T],
    key: impl Fn(&T) -> &'static str,
    code: &str,
) -> Option<&'static T> {
    if code.len() > 8 || !code.is_ascii() {
        return None;
    }
    let mut buf = [0u8; 8];
    let upper = &mut buf[..code.len()];
    upper.copy_from_slice(code.as_bytes());
    upper.make_ascii_uppercase();
    table
        .binary_search_by(|entry| compare_short(key(entry).as_bytes(), upper))
        .ok()
        .map(|i| &table[i])
}

/// `a.cmp(b)` for codes of a few bytes: an inline loop instead of a call to `memcmp` per
/// step of the search.
#[inline]
fn compare_short(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
}
