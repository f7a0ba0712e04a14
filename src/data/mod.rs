//! Reference data the rules consult: ISO code lists and Klarna's market table. Plain sorted
//! tables, looked up case-insensitively without allocating. Update them here and nowhere else.

pub mod emd_segments;
pub mod iso3166;
pub mod iso4217;
pub mod iso639;
pub mod markets;
pub mod postal_codes;
pub mod regions;
pub mod titles;

/// A table of two-letter codes (packed as in [`find_packed`]) with a bitmap of the 26 × 26
/// possible codes, built at compile time: a lookup is one bit test and a count of the bits
/// before it, not a search. Country and language codes are looked up several times a payload.
pub(crate) struct TwoLetterCodes {
    table: &'static str,
    bits: [u64; 11],
}

impl TwoLetterCodes {
    /// `table`: upper-case two-letter codes, sorted, concatenated (checked at compile time).
    pub(crate) const fn new(table: &'static str) -> Self {
        let bytes = table.as_bytes();
        assert!(bytes.len() % 2 == 0);
        let mut bits = [0u64; 11];
        let mut i = 0;
        let mut last = -1i32;
        while i < bytes.len() {
            let (a, b) = (bytes[i], bytes[i + 1]);
            assert!(a.is_ascii_uppercase() && b.is_ascii_uppercase());
            let n = (a - b'A') as i32 * 26 + (b - b'A') as i32;
            assert!(n > last, "codes must be sorted and unique");
            last = n;
            bits[(n / 64) as usize] |= 1 << (n % 64);
            i += 2;
        }
        TwoLetterCodes { table, bits }
    }

    /// Position of `code` (any case) in the table.
    #[inline]
    pub(crate) fn find(&self, code: &str) -> Option<usize> {
        let &[a, b] = code.as_bytes() else {
            return None;
        };
        let (a, b) = (a.to_ascii_uppercase(), b.to_ascii_uppercase());
        if !a.is_ascii_uppercase() || !b.is_ascii_uppercase() {
            return None;
        }
        let n = usize::from(a - b'A') * 26 + usize::from(b - b'A');
        let (word, bit) = (n / 64, n % 64);
        if self.bits[word] & (1 << bit) == 0 {
            return None;
        }
        let before: u32 = self.bits[..word].iter().map(|w| w.count_ones()).sum();
        Some((before + (self.bits[word] & ((1 << bit) - 1)).count_ones()) as usize)
    }

    /// The canonical (upper-case, static) form of `code`, if it is in the table.
    #[inline]
    pub(crate) fn canonical(&self, code: &str) -> Option<&'static str> {
        self.find(code).map(|i| &self.table[i * 2..i * 2 + 2])
    }
}

/// Finds `code` (any case) in a table of upper-case ASCII codes sorted ascending.
pub(crate) fn find_upper<T>(
    table: &'static [T],
    key: impl Fn(&T) -> &'static str,
    code: &str,
) -> Option<&'static T> {
    search(table.len(), code, |i| key(&table[i]).as_bytes()).map(|i| &table[i])
}

/// Position of `code` (any case) in `table`: upper-case ASCII codes of `width` bytes each,
/// concatenated in ascending order.
pub(crate) fn find_packed(table: &'static str, width: usize, code: &str) -> Option<usize> {
    if code.len() != width {
        return None;
    }
    let table = table.as_bytes();
    search(table.len() / width, code, |i| {
        &table[i * width..(i + 1) * width]
    })
}

/// Binary search for `code`, upper-cased, among `count` sorted codes, the `i`th given by `code_at`.
/// Codes are ASCII and at most 8 bytes long, so the key is upper-cased on the stack.
fn search(count: usize, code: &str, code_at: impl Fn(usize) -> &'static [u8]) -> Option<usize> {
    if code.len() > 8 || !code.is_ascii() {
        return None;
    }
    let mut buf = [0u8; 8];
    let upper = &mut buf[..code.len()];
    upper.copy_from_slice(code.as_bytes());
    upper.make_ascii_uppercase();
    let (mut low, mut high) = (0, count);
    while low < high {
        let mid = (low + high) / 2;
        match compare_short(code_at(mid), upper) {
            std::cmp::Ordering::Less => low = mid + 1,
            std::cmp::Ordering::Greater => high = mid,
            std::cmp::Ordering::Equal => return Some(mid),
        }
    }
    None
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

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(table: &'static str, width: usize) -> Vec<&'static str> {
        assert_eq!(table.len() % width, 0, "a packed table holds whole codes");
        (0..table.len() / width)
            .map(|i| &table[i * width..(i + 1) * width])
            .collect()
    }

    #[test]
    fn packed_tables_are_sorted_upper_case_and_complete() {
        let tables = [
            (iso3166::COUNTRIES, 2, 249),
            (iso639::LANGUAGES, 2, 183),
            (iso4217::CODES, 3, 179),
        ];
        for (table, width, count) in tables {
            let codes = codes(table, width);
            assert_eq!(codes.len(), count);
            assert!(codes.windows(2).all(|w| w[0] < w[1]), "sorted, no repeats");
            for (i, code) in codes.iter().enumerate() {
                assert!(code.bytes().all(|b| b.is_ascii_uppercase()), "{code}");
                assert_eq!(find_packed(table, width, code), Some(i));
                assert_eq!(find_packed(table, width, &code.to_lowercase()), Some(i));
            }
            assert_eq!(find_packed(table, width, "Z9"), None);
            assert_eq!(find_packed(table, width, ""), None);
            assert_eq!(find_packed(table, width, "ÅÅ"), None);
        }
        assert_eq!(
            iso4217::currency("sek").map(|c| (c.code, c.exponent)),
            Some(("SEK", Some(2)))
        );
        assert_eq!(iso4217::currency("JPY").and_then(|c| c.exponent), Some(0));
        assert_eq!(iso4217::currency("XAU").map(|c| c.exponent), Some(None));
        assert_eq!(iso3166::country("gb"), Some("GB"));
        assert!(!iso3166::is_country("UK"));
    }
}
