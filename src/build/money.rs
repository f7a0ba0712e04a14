//! Money in minor units, from and to decimal text, without floating point.
//! `to_minor_units("49.99", "EUR") == 4999`; `from_minor_units(4999, "EUR") == "49.99"`.
//! The exponent is the currency's ISO 4217 minor unit (2 for EUR, 0 for JPY, 3 for KWD).

use crate::data::iso4217;
use crate::error::MAX_SAFE_INTEGER;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("not an ISO 4217 currency with minor units")]
    UnknownCurrency,
    #[error("not a decimal number (digits, one '.', an optional sign and exponent; no thousands separators)")]
    NotANumber,
    #[error("has more decimals than the currency's {exponent}")]
    TooManyDecimals { exponent: u8 },
    #[error("is beyond the safe integer range in minor units")]
    OutOfRange,
}

/// The currency's minor-unit exponent.
pub fn exponent(currency: &str) -> Result<u8, MoneyError> {
    iso4217::currency(currency)
        .and_then(|c| c.exponent)
        .ok_or(MoneyError::UnknownCurrency)
}

/// A decimal as (negative, digits, power of ten): -12.5e1 → (true, "125", 0).
fn parse_decimal(text: &str) -> Result<(bool, String, i64), MoneyError> {
    let t = text.trim();
    let (negative, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let (mantissa, exp) = match t.find(['e', 'E']) {
        Some(i) => {
            let e = &t[i + 1..];
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit())
            {
                return Err(MoneyError::NotANumber);
            }
            (
                &t[..i],
                e.parse::<i64>().map_err(|_| MoneyError::NotANumber)?,
            )
        }
        None => (t, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let ok = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (int.is_empty() && frac.is_empty()) || !ok(int) || !ok(frac) {
        return Err(MoneyError::NotANumber);
    }
    Ok((negative, format!("{int}{frac}"), exp - frac.len() as i64))
}

/// digits × 10^power, exactly, when that is a whole number in the safe range.
fn scale(negative: bool, digits: &str, power: i64) -> Result<Option<i64>, MoneyError> {
    let digits = digits.trim_start_matches('0');
    let (digits, power) = if power < 0 {
        let cut = (-power) as usize;
        if cut > digits.len() {
            let all_zero = digits.is_empty();
            return Ok(all_zero.then_some(0));
        }
        let (keep, dropped) = digits.split_at(digits.len() - cut);
        if dropped.bytes().any(|b| b != b'0') {
            return Ok(None);
        }
        (keep, 0)
    } else {
        (digits, power)
    };
    let mut value: i64 = 0;
    for b in digits
        .bytes()
        .chain(std::iter::repeat_n(b'0', power as usize))
    {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(i64::from(b - b'0')))
            .filter(|v| *v <= MAX_SAFE_INTEGER)
            .ok_or(MoneyError::OutOfRange)?;
    }
    Ok(Some(if negative { -value } else { value }))
}

/// Decimal text in major units → integer minor units, exactly. JS numbers go through their
/// shortest decimal text (`String(49.99)` is `"49.99"`), so no float error creeps in.
pub fn to_minor_units(amount: &str, currency: &str) -> Result<i64, MoneyError> {
    let exponent = exponent(currency)?;
    let (negative, digits, power) = parse_decimal(amount)?;
    scale(negative, &digits, power + i64::from(exponent))?
        .ok_or(MoneyError::TooManyDecimals { exponent })
}

/// Integer minor units → decimal text in major units, for display: `4999` → `"49.99"`.
pub fn from_minor_units(minor: i64, currency: &str) -> Result<String, MoneyError> {
    let exponent = usize::from(exponent(currency)?);
    let sign = if minor < 0 { "-" } else { "" };
    let digits = format!("{:0>width$}", minor.unsigned_abs(), width = exponent + 1);
    let (major, fraction) = digits.split_at(digits.len() - exponent);
    Ok(if exponent == 0 {
        format!("{sign}{major}")
    } else {
        format!("{sign}{major}.{fraction}")
    })
}

/// A tax percentage → Klarna's `tax_rate` in hundredths, rounded half away from zero:
/// "25" → 2500, "6.625" → 663 (Klarna: rates with three decimals are sent rounded).
pub fn percent_to_rate(percent: &str) -> Result<i64, MoneyError> {
    let (negative, digits, power) = parse_decimal(percent)?;
    // Three more places than needed, then round the last three away.
    let thousandths =
        scale(negative, &digits, power + 5)?.ok_or(MoneyError::TooManyDecimals { exponent: 5 })?;
    let rounded = (thousandths.abs() + 500) / 1000;
    Ok(if thousandths < 0 { -rounded } else { rounded })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn to_minor_units_is_exact() {
        assert_eq!(to_minor_units("49.99", "EUR"), Ok(4999));
        assert_eq!(to_minor_units("49.9", "eur"), Ok(4990));
        assert_eq!(to_minor_units("49", "EUR"), Ok(4900));
        assert_eq!(to_minor_units("-0.5", "SEK"), Ok(-50));
        assert_eq!(
            to_minor_units("0.30000000000000004", "EUR"),
            Err(MoneyError::TooManyDecimals { exponent: 2 })
        );
        assert_eq!(to_minor_units("1.230", "EUR"), Ok(123));
        assert_eq!(to_minor_units("1e2", "EUR"), Ok(10000));
        assert_eq!(to_minor_units("500", "JPY"), Ok(500));
        assert_eq!(
            to_minor_units("5.5", "JPY"),
            Err(MoneyError::TooManyDecimals { exponent: 0 })
        );
        assert_eq!(to_minor_units("1.234", "KWD"), Ok(1234));
        assert_eq!(to_minor_units("1,5", "EUR"), Err(MoneyError::NotANumber));
        assert_eq!(to_minor_units("", "EUR"), Err(MoneyError::NotANumber));
        assert_eq!(to_minor_units("1", "XXX"), Err(MoneyError::UnknownCurrency));
        assert_eq!(to_minor_units("1e300", "EUR"), Err(MoneyError::OutOfRange));
        assert_eq!(
            to_minor_units("1e99999", "EUR"),
            Err(MoneyError::NotANumber)
        );
        assert_eq!(
            to_minor_units("100000000000000", "EUR"),
            Err(MoneyError::OutOfRange)
        );
    }

    #[test]
    fn from_minor_units_formats() {
        assert_eq!(from_minor_units(4999, "EUR").unwrap(), "49.99");
        assert_eq!(from_minor_units(-50, "SEK").unwrap(), "-0.50");
        assert_eq!(from_minor_units(5, "EUR").unwrap(), "0.05");
        assert_eq!(from_minor_units(500, "JPY").unwrap(), "500");
        assert_eq!(from_minor_units(1234, "KWD").unwrap(), "1.234");
    }

    #[test]
    fn percent_to_rate_rounds_half_away() {
        assert_eq!(percent_to_rate("25"), Ok(2500));
        assert_eq!(percent_to_rate("6.625"), Ok(663));
        assert_eq!(percent_to_rate("7.125"), Ok(713));
        assert_eq!(percent_to_rate("8.875"), Ok(888));
        assert_eq!(percent_to_rate("0"), Ok(0));
    }
}
