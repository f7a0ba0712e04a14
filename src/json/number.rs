//! JSON number text: kept exactly as sent, and read exactly (no float rounding).

/// A JSON number, kept as the exact text that was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Number<'a> {
    raw: &'a str,
}

impl<'a> Number<'a> {
    /// Wraps text already known to match the JSON number grammar.
    pub(crate) fn from_valid(raw: &'a str) -> Self {
        Number { raw }
    }

    /// The number as it was written.
    pub fn as_str(&self) -> &'a str {
        self.raw
    }

    /// True when the value is a whole number (`3`, `3.0`, `3e2`, `-0`), whatever its size.
    /// This is JSON Schema's notion of `integer`, which Klarna's spec uses.
    pub fn is_integer(&self) -> bool {
        self.decompose().is_integer()
    }

    /// The exact value when it is a whole number within i64; `None` otherwise.
    pub fn as_i64(&self) -> Option<i64> {
        // Fast path: plain integer text of at most 18 digits cannot overflow. One pass: the
        // number grammar was checked by the reader, so a non-digit means a fraction or exponent.
        let bytes = self.raw.as_bytes();
        let (negative, digits) = match bytes.split_first() {
            Some((b'-', rest)) => (true, rest),
            _ => (false, bytes),
        };
        if digits.len() <= 18 {
            let mut magnitude = 0i64;
            let mut plain = true;
            for &d in digits {
                plain &= d.is_ascii_digit();
                magnitude = magnitude * 10 + i64::from(d.wrapping_sub(b'0'));
            }
            if plain {
                return Some(if negative { -magnitude } else { magnitude });
            }
        }
        self.decompose().to_i64()
    }

    /// The nearest f64 (for hints and display only; never for the checks themselves).
    pub fn as_f64(&self) -> f64 {
        self.raw.parse().unwrap_or(f64::NAN)
    }

    fn decompose(&self) -> Decimal<'a> {
        let s = self.raw;
        let (negative, s) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (mantissa, exponent) = match s.find(['e', 'E']) {
            Some(i) => (&s[..i], parse_exponent(&s[i + 1..])),
            None => (s, 0),
        };
        let (int_part, frac_part) = match mantissa.find('.') {
            Some(i) => (&mantissa[..i], &mantissa[i + 1..]),
            None => (mantissa, ""),
        };
        Decimal {
            negative,
            int_part,
            frac_part,
            exponent,
        }
    }
}

/// Saturating parse of an exponent (`+12`, `-3`, `999999999999999999999`).
fn parse_exponent(s: &str) -> i64 {
    let (negative, digits) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let magnitude = digits.bytes().fold(0i64, |acc, d| {
        acc.saturating_mul(10).saturating_add(i64::from(d - b'0'))
    });
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

/// `±int_part.frac_part × 10^exponent`, with the digits still as text.
struct Decimal<'a> {
    negative: bool,
    int_part: &'a str,
    frac_part: &'a str,
    exponent: i64,
}

impl Decimal<'_> {
    /// The significant digits (leading and trailing zeros removed) and the power of ten that
    /// scales them to the value: value = digits × 10^scale. Zero gives ("", 0).
    fn significand(&self) -> (String, i64) {
        let mut digits: String = self
            .int_part
            .chars()
            .chain(self.frac_part.chars())
            .collect();
        let mut scale = self.exponent.saturating_sub(self.frac_part.len() as i64);
        while digits.ends_with('0') {
            digits.pop();
            scale = scale.saturating_add(1);
        }
        let digits = digits.trim_start_matches('0').to_string();
        if digits.is_empty() {
            (digits, 0)
        } else {
            (digits, scale)
        }
    }

    fn is_integer(&self) -> bool {
        // Fast path: plain integer text such as "2500".
        if self.frac_part.is_empty() && self.exponent == 0 {
            return true;
        }
        let (digits, scale) = self.significand();
        digits.is_empty() || scale >= 0
    }

    fn to_i64(&self) -> Option<i64> {
        let (digits, scale) = self.significand();
        if digits.is_empty() {
            return Some(0);
        }
        if scale < 0 || (digits.len() as i64).saturating_add(scale) > 19 {
            return None;
        }
        // Accumulate negatively so that i64::MIN is reachable.
        let mut acc: i64 = 0;
        for d in digits.bytes() {
            acc = acc.checked_mul(10)?.checked_sub(i64::from(d - b'0'))?;
        }
        for _ in 0..scale {
            acc = acc.checked_mul(10)?;
        }
        if self.negative {
            Some(acc)
        } else {
            acc.checked_neg()
        }
    }
}
