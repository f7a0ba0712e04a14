//! `type: integer` with `minimum` / `maximum` (and the int64 bound of `format: int64`).
//!
//! Amounts are integers in minor units: a decimal such as `49.99` is its own violation
//! (`integer`, with the hint `4999`), reported instead of the range check it cannot take.

use crate::error::{NumberText, Problem, MAX_SAFE_INTEGER};
use crate::json::Number;
use crate::path::Path;
use crate::report::Report;
use crate::schema::{IntegerRules, NumberRules};

pub(crate) fn check(n: Number<'_>, rules: &IntegerRules, path: &Path<'_>, report: &mut Report) {
    let Some(value) = n.as_i64() else {
        let problem = if n.is_integer() {
            Problem::Int64Range {
                actual: NumberText::new(n),
            }
        } else {
            Problem::NotInteger {
                actual: NumberText::new(n),
                hint: rules.amount.then(|| minor_units_hint(n)).flatten(),
                amount: rules.amount,
            }
        };
        report.push(path, problem);
        return;
    };
    // Past 2^53 the value sent is not the value a JS shop meant: say so, not "too large".
    if !(-MAX_SAFE_INTEGER..=MAX_SAFE_INTEGER).contains(&value) {
        report.push(path, Problem::SafeInteger { actual: value });
        return;
    }
    if rules.non_negative && value < 0 {
        report.push(path, Problem::EmdNegative);
    }
    if let Some(minimum) = rules.minimum {
        if value < minimum {
            report.push(
                path,
                Problem::Minimum {
                    minimum,
                    actual: value,
                },
            );
        }
    }
    if let Some(maximum) = rules.maximum {
        if value > maximum {
            report.push(
                path,
                Problem::Maximum {
                    maximum,
                    actual: value,
                },
            );
        }
    }
}

/// `type: number` (extra merchant data only): a decimal where integer minor units are advised,
/// and a negative value where none makes sense, are warnings.
pub(crate) fn check_number(
    n: Number<'_>,
    rules: &NumberRules,
    path: &Path<'_>,
    report: &mut Report,
) {
    if rules.whole && !n.is_integer() {
        report.push(
            path,
            Problem::EmdMinorUnits {
                actual: NumberText::new(n),
                hint: minor_units_hint(n),
            },
        );
    }
    // Negative: a minus sign and a digit other than 0 before any exponent (`-0.0` is not).
    let text = n.as_str();
    let mantissa = text.split(['e', 'E']).next().unwrap_or(text);
    if rules.non_negative
        && mantissa.starts_with('-')
        && mantissa.bytes().any(|b| (b'1'..=b'9').contains(&b))
    {
        report.push(path, Problem::EmdNegative);
    }
}

/// `49.99` → `4999`: the likely intended minor-unit value of a decimal amount with at most
/// two decimals (every currency in Klarna's markets has two), or one that is within 10⁻⁶ of
/// such a value after × 100 (`0.30000000000000004` → `30`, JS float noise).
///
/// Computed on the number's exact decimal text, with no float parsing: `str::parse::<f64>`
/// alone added ~14 KB brotli (its power-of-five tables) to the validate-only .wasm. Agrees with
/// the f64 version it replaces (`(v × 100).round()` when within 1e-6) on every ordinary input;
/// see the test below.
fn minor_units_hint(n: Number<'_>) -> Option<i64> {
    const LIMIT: u64 = 9_000_000_000_000_000; // |hint| < 9e15
    let text = n.as_str();
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        // An exponent past i64 saturates: the value is 0 or huge either way.
        Some(i) => {
            let e = &text[i + 1..];
            let saturated = if e.starts_with('-') {
                -(1 << 40)
            } else {
                1 << 40
            };
            (
                &text[..i],
                e.trim_start_matches('+')
                    .parse::<i64>()
                    .unwrap_or(saturated)
                    .clamp(-(1 << 40), 1 << 40),
            )
        }
        None => (text, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let (int_part, frac_part) = (int_part.as_bytes(), frac_part.as_bytes());
    // value × 100 = (all the mantissa's digits) × 10^shift; `point` is the index of its first
    // fractional digit in that digit sequence (negative or past the end: implied zeros).
    let len = (int_part.len() + frac_part.len()) as i64;
    let point = len + exponent + 2 - frac_part.len() as i64;
    let digit = |i: i64| -> u64 {
        let d = match usize::try_from(i) {
            Ok(i) if i < int_part.len() => int_part[i],
            Ok(i) if i < int_part.len() + frac_part.len() => frac_part[i - int_part.len()],
            _ => b'0',
        };
        u64::from(d - b'0')
    };
    let mut whole: u64 = 0;
    for i in 0..point.max(0) {
        whole = whole * 10 + digit(i);
        if whole >= LIMIT {
            return None;
        }
    }
    // Within 1e-6 of whole: the first six fractional digits all 0, or all 9 with more after.
    let first_six: [u64; 6] = std::array::from_fn(|j| digit(point + j as i64));
    let more = (point.saturating_add(6).max(0)..len).any(|i| digit(i) != 0);
    let rounded = if first_six == [0; 6] {
        whole
    } else if first_six == [9; 6] && more {
        Some(whole + 1).filter(|w| *w < LIMIT)?
    } else {
        return None;
    };
    let rounded = rounded as i64;
    Some(if negative { -rounded } else { rounded })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The f64 version this replaces.
    fn float_hint(value: f64) -> Option<i64> {
        let scaled = value * 100.0;
        let rounded = scaled.round();
        ((scaled - rounded).abs() < 1e-6 && rounded.abs() < 9e15).then_some(rounded as i64)
    }

    fn hint(text: &str) -> Option<i64> {
        let value = crate::json::parse(text).unwrap();
        let crate::json::Value::Number(n) = value else {
            panic!("{text}")
        };
        minor_units_hint(n)
    }

    #[test]
    fn hints_from_the_exact_text() {
        for (text, want) in [
            ("49.99", Some(4999)),
            ("-49.99", Some(-4999)),
            ("10.5", Some(1050)),
            ("0.01", Some(1)),
            ("0.001", None),
            ("0.30000000000000004", Some(30)),
            ("0.29999999999999999", Some(30)),
            ("4.99e1", Some(4990)),
            ("4999.5E-2", None),
            ("1.5e-7", None),
            ("1e-300", Some(0)),
            ("49.9900001", None),
            ("49.99000000001", Some(4999)),
            ("49.989999999", Some(4999)),
            ("49.9899999", None),
            ("89999999999999.99", Some(8_999_999_999_999_999)),
            ("90000000000000.01", None),
            ("1.5e400", None),
            ("12.345e+1", Some(12345)),
            ("1.5e-99999999999999999999", Some(0)),
            ("0.00000001", None),
            ("0.000000001", Some(0)),
            ("-0.0099999999", Some(-1)),
            ("0.0099999", None),
        ] {
            assert_eq!(hint(text), want, "{text}");
            if !text.starts_with("8999") {
                assert_eq!(float_hint(text.parse().unwrap()), want, "{text} as f64");
            }
        }
    }

    #[test]
    fn agrees_with_the_float_version_on_ordinary_amounts() {
        // Every amount with up to 4 decimals in a range of magnitudes, JS float sums, exponents.
        let mut texts = Vec::new();
        for whole in [0u64, 1, 7, 49, 100, 12_345, 9_999_999, 123_456_789] {
            for frac in [
                "", "5", "05", "99", "995", "0001", "1234", "5e0", "25e-1", "1e2",
            ] {
                for sign in ["", "-"] {
                    let frac = if frac.is_empty() { "0" } else { frac };
                    texts.push(format!("{sign}{whole}.{frac}"));
                }
            }
        }
        for a in 1..200u32 {
            for b in [0.1f64, 0.2, 0.7, 1.1, 3.3] {
                let v = f64::from(a) * b;
                texts.push(format!("{v:?}"));
                texts.push(format!("{:e}", v));
            }
        }
        for t in &texts {
            let want = float_hint(t.parse().unwrap());
            assert_eq!(hint(t), want, "{t}");
        }
    }

    #[test]
    fn agrees_with_the_float_version_on_random_decimals() {
        // A seeded LCG: amounts below 10^7 with 1 to 12 decimals, runs of 0s and 9s favoured.
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |n: u64| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) % n
        };
        for _ in 0..200_000 {
            let whole = next(10_000_000);
            let decimals = 1 + next(12) as usize;
            let frac: String = (0..decimals)
                .map(|_| match next(4) {
                    0 => '0',
                    1 => '9',
                    _ => char::from(b'0' + next(10) as u8),
                })
                .collect();
            let sign = if next(2) == 0 { "" } else { "-" };
            let text = format!("{sign}{whole}.{frac}");
            // Within 5e-8 of the 1e-6 bound after × 100, f64 rounding (an ulp of 10^8 is
            // 1.5e-8) decides either way, and the exact digits are the better judge: the only
            // inputs where the two may differ.
            let beyond: f64 = format!("0.{}", frac.get(2..).unwrap_or(""))
                .parse()
                .unwrap();
            let distance = beyond.min(1.0 - beyond);
            if (distance - 1e-6).abs() < 5e-8 {
                continue;
            }
            assert_eq!(hint(&text), float_hint(text.parse().unwrap()), "{text}");
        }
    }
}
