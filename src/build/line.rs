//! `order_line`: one cart line with its totals computed.
//!
//! total_amount = quantity × unit_price − total_discount_amount;
//! total_tax_amount = Klarna's formula, rounded half away from zero ([`klarna_tax`]).
//! Reductions (discount, gift_card, store_credit) are always sent negative, whatever sign the
//! input price has; every other line type refuses a negative price.

use super::money::percent_to_rate;
use super::BuildError;
use crate::model::order_line::ORDER_LINE_TYPES;
use crate::rules::tax::klarna_tax;
use serde::{Deserialize, Serialize};

/// What a merchant knows about a line. Amounts in minor units; `tax_rate` in hundredths of a
/// percent (2500 = 25%) or `tax_percent` as decimal text ("6.625", rounded to 663).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LineInput {
    pub name: String,
    #[serde(default = "one", with = "super::whole")]
    pub quantity: i64,
    #[serde(with = "super::whole")]
    pub unit_price: i64,
    #[serde(default, with = "super::whole::option")]
    pub tax_rate: Option<i64>,
    #[serde(default)]
    pub tax_percent: Option<String>,
    #[serde(default, with = "super::whole::option")]
    pub total_discount_amount: Option<i64>,
    #[serde(default, rename = "type")]
    pub line_type: Option<String>,
    #[serde(default)]
    pub reference: Option<String>,
    #[serde(default)]
    pub quantity_unit: Option<String>,
    #[serde(default)]
    pub merchant_data: Option<String>,
    #[serde(default)]
    pub product_url: Option<String>,
    #[serde(default)]
    pub image_url: Option<String>,
    #[serde(default)]
    pub product_identifiers: Option<serde_json::Value>,
    #[serde(default)]
    pub subscription: Option<Subscription>,
}

fn one() -> i64 {
    1
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Subscription {
    pub name: String,
    pub interval: String,
    #[serde(deserialize_with = "super::whole::deserialize")]
    pub interval_count: i64,
}

/// A line as Klarna takes it, with every amount computed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrderLine {
    #[serde(rename = "type")]
    pub line_type: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    pub name: String,
    pub quantity: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity_unit: Option<String>,
    pub unit_price: i64,
    pub tax_rate: i64,
    pub total_amount: i64,
    pub total_discount_amount: i64,
    pub total_tax_amount: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merchant_data: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product_identifiers: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscription: Option<Subscription>,
}

impl OrderLine {
    pub fn is_reduction(&self) -> bool {
        crate::model::order_line::is_reduction(self.line_type)
    }
}

/// The largest |unit_price| and |total_amount| any Klarna API takes.
const MAX_AMOUNT: i64 = crate::model::order_line::MAX_AMOUNT;

/// Builds one line. `path` names the line in errors (e.g. `lines[2]`).
pub fn order_line(input: LineInput) -> Result<OrderLine, BuildError> {
    line_at("", input)
}

pub(crate) fn line_at(path: &str, input: LineInput) -> Result<OrderLine, BuildError> {
    let at = |field: &str| {
        if path.is_empty() {
            field.to_string()
        } else {
            format!("{path}.{field}")
        }
    };
    let line_type = match input.line_type.as_deref() {
        None => "physical",
        Some(t) => ORDER_LINE_TYPES
            .iter()
            .find(|&&known| known == t)
            .copied()
            .ok_or_else(|| {
                BuildError::input(
                    at("type"),
                    format!("must be one of {}", ORDER_LINE_TYPES.join(", ")),
                )
            })?,
    };
    let tax_rate = match (input.tax_rate, input.tax_percent.as_deref()) {
        (Some(_), Some(_)) => {
            return Err(BuildError::input(
                at("tax_percent"),
                "give tax_rate or tax_percent, not both",
            ))
        }
        (Some(rate), None) => rate,
        (None, Some(percent)) => percent_to_rate(percent)
            .map_err(|e| BuildError::input(at("tax_percent"), e.to_string()))?,
        (None, None) => 0,
    };
    if !(0..=10_000).contains(&tax_rate) {
        return Err(BuildError::input(
            at("tax_rate"),
            "must be between 0 and 10000 (hundredths of a percent: 2500 = 25%)",
        ));
    }
    if input.quantity < 0 {
        return Err(BuildError::input(at("quantity"), "must not be negative"));
    }
    let reduction = crate::model::order_line::is_reduction(line_type);
    if reduction && tax_rate != 0 && line_type != "discount" {
        return Err(BuildError::input(
            at("tax_rate"),
            format!("must be 0: {line_type} lines carry no tax"),
        ));
    }
    if !reduction && input.unit_price < 0 {
        return Err(BuildError::input(
            at("unit_price"),
            format!("must not be negative on a {line_type} line; reductions use type discount"),
        ));
    }
    if input.unit_price.unsigned_abs() > MAX_AMOUNT as u64 {
        return Err(BuildError::input(
            at("unit_price"),
            format!("must be at most {MAX_AMOUNT} in absolute value"),
        ));
    }
    let unit_price = if reduction {
        -input.unit_price.abs()
    } else {
        input.unit_price
    };
    let discount = input.total_discount_amount.unwrap_or(0);
    let gross = i128::from(input.quantity) * i128::from(unit_price);
    if discount < 0 || i128::from(discount) > gross.abs() {
        return Err(BuildError::input(
            at("total_discount_amount"),
            "must be between 0 and quantity × unit_price",
        ));
    }
    let total = gross - i128::from(discount);
    let total_amount = i64::try_from(total)
        .ok()
        .filter(|t| t.unsigned_abs() <= MAX_AMOUNT as u64)
        .ok_or_else(|| {
            BuildError::input(
                at("quantity"),
                format!("quantity × unit_price is beyond {MAX_AMOUNT}"),
            )
        })?;
    Ok(OrderLine {
        line_type,
        reference: input.reference,
        name: input.name,
        quantity: input.quantity,
        quantity_unit: input.quantity_unit,
        unit_price,
        tax_rate,
        total_amount,
        total_discount_amount: discount,
        total_tax_amount: klarna_tax(total_amount, tax_rate),
        merchant_data: input.merchant_data,
        product_url: input.product_url,
        image_url: input.image_url,
        product_identifiers: input.product_identifiers,
        subscription: input.subscription,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(quantity: i64, unit_price: i64, tax_rate: i64) -> LineInput {
        LineInput {
            name: "Item".into(),
            quantity,
            unit_price,
            tax_rate: Some(tax_rate),
            ..Default::default()
        }
    }

    #[test]
    fn computes_totals_with_klarnas_formula() {
        let l = order_line(line(1, 5000, 1000)).unwrap();
        assert_eq!((l.total_amount, l.total_tax_amount), (5000, 455));
        let l = order_line(LineInput {
            total_discount_amount: Some(500),
            ..line(2, 5000, 2000)
        })
        .unwrap();
        assert_eq!((l.total_amount, l.total_tax_amount), (9500, 1583));
        let l = order_line(LineInput {
            line_type: Some("discount".into()),
            ..line(1, 14950, 2500)
        })
        .unwrap();
        assert_eq!(
            (l.unit_price, l.total_amount, l.total_tax_amount),
            (-14950, -14950, -2990)
        );
        let l = order_line(LineInput {
            tax_percent: Some("6.625".into()),
            tax_rate: None,
            ..line(1, 10000, 0)
        })
        .unwrap();
        assert_eq!(l.tax_rate, 663);
    }

    #[test]
    fn refuses_impossible_lines() {
        for (input, path) in [
            (line(-1, 100, 0), "quantity"),
            (line(1, -100, 0), "unit_price"),
            (line(1, 100, 10_001), "tax_rate"),
            (line(1, 300_000_000, 0), "unit_price"),
            (line(3, 100_000_000, 0), "quantity"),
            (
                LineInput {
                    total_discount_amount: Some(101),
                    ..line(1, 100, 0)
                },
                "total_discount_amount",
            ),
            (
                LineInput {
                    line_type: Some("gift_card".into()),
                    ..line(1, 100, 2500)
                },
                "tax_rate",
            ),
            (
                LineInput {
                    line_type: Some("product".into()),
                    ..line(1, 100, 0)
                },
                "type",
            ),
        ] {
            match order_line(input) {
                Err(BuildError::Input { path: p, .. }) => assert_eq!(p, path),
                other => panic!("{path}: {other:?}"),
            }
        }
    }
}
