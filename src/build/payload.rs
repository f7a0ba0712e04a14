//! Whole payloads: the cart math shared by every kind that has a cart, the market defaults,
//! and the final `validate`.
//!
//! What is derived when omitted: `purchase_currency` (the market's local currency) and
//! `locale` (the market's first locale), from `src/data/markets.rs`; `order_amount` and
//! `order_tax_amount` always. Order-level `discounts` are split across the goods' tax rates in
//! proportion to their totals (largest remainder, so the parts add up exactly), so every
//! discount line carries the rate of the goods it discounts.

use super::attachment::build_attachment;
use super::line::{line_at, LineInput, OrderLine, Subscription};
use super::money::percent_to_rate;
use super::{checked, BuildError};
use crate::data::markets::market;
use crate::PayloadKind;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A reduction of the whole order: a discount (split per tax rate) or a gift card.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReductionInput {
    pub name: String,
    /// Positive, in minor units: how much the customer pays less.
    #[serde(with = "super::whole")]
    pub amount: i64,
    #[serde(default)]
    pub reference: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShippingInput {
    #[serde(default = "shipping_name")]
    pub name: String,
    #[serde(with = "super::whole")]
    pub amount: i64,
    #[serde(default, with = "super::whole::option")]
    pub tax_rate: Option<i64>,
    #[serde(default)]
    pub tax_percent: Option<String>,
    #[serde(default)]
    pub reference: Option<String>,
}

fn shipping_name() -> String {
    "Shipping".into()
}

/// The US convention: every line at rate 0, the tax as one sales_tax line. Give the tax as an
/// `amount`, or as a rate (`tax_rate` in hundredths or `tax_percent`) of the taxable total
/// (goods, shipping and discounts; not gift cards).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SalesTaxInput {
    #[serde(default = "sales_tax_name")]
    pub name: String,
    #[serde(default, with = "super::whole::option")]
    pub amount: Option<i64>,
    #[serde(default, with = "super::whole::option")]
    pub tax_rate: Option<i64>,
    #[serde(default)]
    pub tax_percent: Option<String>,
}

fn sales_tax_name() -> String {
    "Sales Tax".into()
}

/// The cart part of an order, session or token order.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CartInput {
    pub lines: Vec<LineInput>,
    #[serde(default)]
    pub shipping: Option<ShippingInput>,
    #[serde(default)]
    pub discounts: Vec<ReductionInput>,
    #[serde(default)]
    pub gift_cards: Vec<ReductionInput>,
    #[serde(default)]
    pub us_sales_tax: Option<SalesTaxInput>,
    /// Put on every goods line that has none.
    #[serde(default)]
    pub subscription: Option<Subscription>,
}

/// Input of [`build_order`] and [`build_session`]. Addresses, customer, merchant_urls and the
/// session's options and attachment pass through as given; `validate` checks them.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrderInput {
    pub purchase_country: String,
    #[serde(default)]
    pub purchase_currency: Option<String>,
    #[serde(default)]
    pub locale: Option<String>,
    pub lines: Vec<LineInput>,
    #[serde(default)]
    pub shipping: Option<ShippingInput>,
    #[serde(default)]
    pub discounts: Vec<ReductionInput>,
    #[serde(default)]
    pub gift_cards: Vec<ReductionInput>,
    #[serde(default)]
    pub us_sales_tax: Option<SalesTaxInput>,
    #[serde(default)]
    pub subscription: Option<Subscription>,
    #[serde(default)]
    pub billing_address: Option<Value>,
    #[serde(default)]
    pub shipping_address: Option<Value>,
    #[serde(default)]
    pub customer: Option<Value>,
    #[serde(default)]
    pub merchant_urls: Option<Value>,
    #[serde(default)]
    pub merchant_reference1: Option<String>,
    #[serde(default)]
    pub merchant_reference2: Option<String>,
    #[serde(default)]
    pub merchant_data: Option<String>,
    #[serde(default)]
    pub auto_capture: Option<bool>,
    /// Session only.
    #[serde(default)]
    pub intent: Option<String>,
    /// Session only.
    #[serde(default)]
    pub acquiring_channel: Option<String>,
    /// Session only.
    #[serde(default)]
    pub options: Option<Value>,
    /// Session only.
    #[serde(default)]
    pub attachment: Option<Value>,
    /// Session only: extra merchant data, built into `attachment` by [`build_attachment`].
    #[serde(default)]
    pub emd: Option<Value>,
}

/// An order or session payload, amounts computed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrderPayload {
    pub purchase_country: String,
    pub purchase_currency: String,
    pub locale: String,
    pub order_amount: i64,
    pub order_tax_amount: i64,
    pub order_lines: Vec<OrderLine>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub billing_address: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shipping_address: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merchant_urls: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merchant_reference1: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merchant_reference2: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merchant_data: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_capture: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub intent: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acquiring_channel: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachment: Option<Value>,
}

/// Splits a discount across tax rates in proportion to `weights` (rate, goods total), by the
/// largest-remainder method: the parts always add up to `amount` exactly. A negative amount is
/// split as its opposite and negated; a negative weight is refused (`weights[i]`). No weight
/// above zero: no parts.
pub fn split_discount(amount: i64, weights: &[(i64, i64)]) -> Result<Vec<(i64, i64)>, BuildError> {
    if let Some(i) = weights.iter().position(|&(_, w)| w < 0) {
        return Err(BuildError::input(
            format!("weights[{i}].amount"),
            "must not be negative: a weight is a share of the goods",
        ));
    }
    if let Some(i) = weights
        .iter()
        .position(|&(r, _)| !(0..=10_000).contains(&r))
    {
        return Err(BuildError::input(
            format!("weights[{i}].tax_rate"),
            "must be 0 to 10000 (hundredths of a percent)",
        ));
    }
    if amount < 0 {
        let parts = split_discount(amount.checked_neg().unwrap_or(i64::MAX), weights)?;
        return Ok(parts
            .into_iter()
            .map(|(rate, part)| (rate, -part))
            .collect());
    }
    let total: i128 = weights.iter().map(|&(_, w)| i128::from(w)).sum();
    if total <= 0 {
        return Ok(Vec::new());
    }
    let mut parts: Vec<(i64, i128, i128)> = weights
        .iter()
        .map(|&(rate, w)| {
            let exact = i128::from(amount) * i128::from(w);
            (rate, exact / total, exact % total)
        })
        .collect();
    let mut left = i128::from(amount) - parts.iter().map(|p| p.1).sum::<i128>();
    let mut order: Vec<usize> = (0..parts.len()).collect();
    order.sort_by(|&a, &b| parts[b].2.cmp(&parts[a].2).then(a.cmp(&b)));
    for i in order {
        if left == 0 {
            break;
        }
        parts[i].1 += 1;
        left -= 1;
    }
    Ok(parts
        .into_iter()
        .map(|(rate, part, _)| (rate, part as i64))
        .filter(|p| p.1 != 0)
        .collect())
}

/// The goods' totals per tax rate, in order of first appearance.
fn rate_weights(lines: &[OrderLine]) -> Vec<(i64, i64)> {
    let mut weights: Vec<(i64, i64)> = Vec::new();
    for l in lines
        .iter()
        .filter(|l| !l.is_reduction() && l.line_type != "shipping_fee")
    {
        match weights.iter_mut().find(|w| w.0 == l.tax_rate) {
            Some(w) => w.1 += l.total_amount,
            None => weights.push((l.tax_rate, l.total_amount)),
        }
    }
    weights
}

fn rate_of(rate: Option<i64>, percent: Option<&str>, at: &str) -> Result<Option<i64>, BuildError> {
    match (rate, percent) {
        (Some(_), Some(_)) => Err(BuildError::input(
            at,
            "give tax_rate or tax_percent, not both",
        )),
        (Some(r), None) => Ok(Some(r)),
        (None, Some(p)) => percent_to_rate(p)
            .map(Some)
            .map_err(|e| BuildError::input(at, e.to_string())),
        (None, None) => Ok(None),
    }
}

/// Lines and totals of a cart: (lines, order_amount, order_tax_amount).
pub(crate) fn cart(input: CartInput) -> Result<(Vec<OrderLine>, i64, i64), BuildError> {
    let us = input.us_sales_tax.is_some();
    if input.lines.is_empty() {
        return Err(BuildError::input("lines", "must have at least one line"));
    }
    // Every input line, the shipping, each discount and gift card and the sales tax give at
    // least one line each: refuse a cart past the limit before making any (linear cost).
    let at_least = input.lines.len()
        + usize::from(input.shipping.is_some())
        + input.discounts.len()
        + input.gift_cards.len()
        + usize::from(us);
    if at_least > MAX_LINES {
        return Err(too_many_lines(at_least));
    }
    let mut lines = Vec::new();
    for (i, mut line) in input.lines.into_iter().enumerate() {
        let at = format!("lines[{i}]");
        if us && (line.tax_rate.unwrap_or(0) != 0 || line.tax_percent.is_some()) {
            return Err(BuildError::input(
                format!("{at}.tax_rate"),
                "must be 0 with us_sales_tax: the tax is one sales_tax line",
            ));
        }
        if line.subscription.is_none()
            && !line
                .line_type
                .as_deref()
                .is_some_and(crate::model::order_line::is_reduction)
        {
            line.subscription = input.subscription.clone();
        }
        lines.push(line_at(&at, line)?);
    }
    if let Some(s) = input.shipping {
        if us && (s.tax_rate.unwrap_or(0) != 0 || s.tax_percent.is_some()) {
            return Err(BuildError::input(
                "shipping.tax_rate",
                "must be 0 with us_sales_tax",
            ));
        }
        let line = LineInput {
            name: s.name,
            unit_price: s.amount,
            tax_rate: s.tax_rate,
            tax_percent: s.tax_percent,
            line_type: Some("shipping_fee".into()),
            reference: s.reference,
            ..LineInput::default()
        };
        lines.push(line_at(
            "shipping",
            LineInput {
                quantity: 1,
                ..line
            },
        )?);
    }
    let mut payable: i128 = lines.iter().map(|l| i128::from(l.total_amount)).sum();
    // Discount lines are reductions, which carry no weight: the goods' rates are fixed here.
    let weights = rate_weights(&lines);
    let goods: i64 = weights.iter().map(|w| w.1).sum();
    // Lines still to come after the current discount or gift card, one each at least.
    let mut to_come = input.discounts.len() + input.gift_cards.len() + usize::from(us);
    for (k, d) in input.discounts.into_iter().enumerate() {
        to_come -= 1;
        let at = format!("discounts[{k}]");
        if d.amount <= 0 {
            return Err(BuildError::input(
                format!("{at}.amount"),
                "must be positive (how much less the customer pays)",
            ));
        }
        if i128::from(d.amount) > payable || d.amount > goods {
            return Err(BuildError::input(
                format!("{at}.amount"),
                "is more than the goods it discounts",
            ));
        }
        let parts = split_discount(d.amount, &weights)?;
        let named = parts.len() > 1;
        for (rate, part) in parts {
            let name = if named {
                format!("{} ({}% VAT)", d.name, rate_label(rate))
            } else {
                d.name.clone()
            };
            // One line holds at most MAX_AMOUNT: a larger part becomes several lines.
            for chunk in chunks(part) {
                let line = LineInput {
                    name: name.clone(),
                    quantity: 1,
                    unit_price: chunk,
                    tax_rate: Some(rate),
                    line_type: Some("discount".into()),
                    reference: d.reference.clone(),
                    ..LineInput::default()
                };
                lines.push(line_at(&at, line)?);
                if lines.len() + to_come > MAX_LINES {
                    return Err(too_many_lines(lines.len() + to_come));
                }
            }
        }
        payable -= i128::from(d.amount);
    }
    for (k, g) in input.gift_cards.into_iter().enumerate() {
        to_come -= 1;
        let at = format!("gift_cards[{k}]");
        if g.amount <= 0 || i128::from(g.amount) > payable {
            return Err(BuildError::input(
                format!("{at}.amount"),
                "must be positive and at most what is left to pay",
            ));
        }
        for chunk in chunks(g.amount) {
            let line = LineInput {
                name: g.name.clone(),
                quantity: 1,
                unit_price: chunk,
                line_type: Some("gift_card".into()),
                reference: g.reference.clone(),
                ..LineInput::default()
            };
            lines.push(line_at(&at, line)?);
            if lines.len() + to_come > MAX_LINES {
                return Err(too_many_lines(lines.len() + to_come));
            }
        }
        payable -= i128::from(g.amount);
    }
    let order_tax_amount = match input.us_sales_tax {
        None => lines.iter().map(|l| l.total_tax_amount).sum(),
        Some(s) => {
            let rate = rate_of(
                s.tax_rate,
                s.tax_percent.as_deref(),
                "us_sales_tax.tax_rate",
            )?;
            let taxable: i64 = lines
                .iter()
                .filter(|l| l.line_type != "gift_card" && l.line_type != "store_credit")
                .map(|l| l.total_amount)
                .sum();
            let amount = match (s.amount, rate) {
                (Some(a), None) => a,
                // Sales tax is added on top of a net price: rate × taxable, rounded half away.
                (None, Some(r)) => sales_tax_of(taxable, r),
                _ => {
                    return Err(BuildError::input(
                        "us_sales_tax",
                        "give exactly one of amount, tax_rate, tax_percent",
                    ))
                }
            };
            if amount < 0 {
                return Err(BuildError::input(
                    "us_sales_tax.amount",
                    "must not be negative",
                ));
            }
            let line = LineInput {
                name: s.name,
                quantity: 1,
                unit_price: amount,
                tax_rate: Some(0),
                line_type: Some("sales_tax".into()),
                ..LineInput::default()
            };
            lines.push(line_at("us_sales_tax", line)?);
            amount
        }
    };
    let order_amount = lines.iter().map(|l| l.total_amount).sum();
    Ok((lines, order_amount, order_tax_amount))
}

/// US sales tax is added on top of a net price: `net × rate / 10000`, rounded half away
/// from zero (unlike VAT, which Klarna's formula takes out of a gross price).
fn sales_tax_of(net: i64, rate: i64) -> i64 {
    let num = i128::from(net) * i128::from(rate);
    ((2 * num + num.signum() * 10_000) / 20_000) as i64
}

/// Klarna's limit on `order_lines`.
const MAX_LINES: usize = 1000;

fn too_many_lines(at_least: usize) -> BuildError {
    BuildError::input(
        "lines",
        format!(
            "the cart would have at least {at_least} lines with shipping, discounts per tax rate, gift cards and sales tax; Klarna takes at most {MAX_LINES}"
        ),
    )
}

/// `amount` in parts of at most one line's limit.
fn chunks(amount: i64) -> impl Iterator<Item = i64> {
    let max = crate::model::order_line::MAX_AMOUNT;
    let full = amount / max;
    (0..full)
        .map(move |_| max)
        .chain(Some(amount % max).filter(|&r| r != 0))
}

/// 2500 → "25", 663 → "6.63".
fn rate_label(rate: i64) -> String {
    let (whole, frac) = (rate / 100, rate % 100);
    if frac == 0 {
        whole.to_string()
    } else {
        format!("{whole}.{frac:02}")
            .trim_end_matches('0')
            .to_string()
    }
}

/// The market's currency and default locale where the input leaves them out.
fn market_defaults(
    country: &str,
    currency: Option<String>,
    locale: Option<String>,
) -> Result<(String, String), BuildError> {
    let m = market(country);
    let currency = match (currency, m) {
        (Some(c), _) => c,
        (None, Some(m)) => m.currency.to_string(),
        (None, None) => {
            return Err(BuildError::input(
                "purchase_currency",
                "is required: the purchase country is not in the market table",
            ))
        }
    };
    let locale = match (locale, m) {
        (Some(l), _) => l,
        (None, Some(m)) => m.locales[0].to_string(),
        (None, None) => {
            return Err(BuildError::input(
                "locale",
                "is required: the purchase country is not in the market table",
            ))
        }
    };
    Ok((currency, locale))
}

fn order_payload(input: OrderInput) -> Result<OrderPayload, BuildError> {
    let (purchase_currency, locale) = market_defaults(
        &input.purchase_country,
        input.purchase_currency,
        input.locale,
    )?;
    let (order_lines, order_amount, order_tax_amount) = cart(CartInput {
        lines: input.lines,
        shipping: input.shipping,
        discounts: input.discounts,
        gift_cards: input.gift_cards,
        us_sales_tax: input.us_sales_tax,
        subscription: input.subscription,
    })?;
    Ok(OrderPayload {
        purchase_country: input.purchase_country,
        purchase_currency,
        locale,
        order_amount,
        order_tax_amount,
        order_lines,
        billing_address: input.billing_address,
        shipping_address: input.shipping_address,
        customer: input.customer,
        merchant_urls: input.merchant_urls,
        merchant_reference1: input.merchant_reference1,
        merchant_reference2: input.merchant_reference2,
        merchant_data: input.merchant_data,
        auto_capture: input.auto_capture,
        intent: input.intent,
        acquiring_channel: input.acquiring_channel,
        options: input.options,
        attachment: attachment_of(input.attachment, input.emd)?,
    })
}

/// The request's `attachment`: as given, or built from `emd` (not both). A builder error
/// inside the extra merchant data names its path from `emd`.
fn attachment_of(
    attachment: Option<Value>,
    emd: Option<Value>,
) -> Result<Option<Value>, BuildError> {
    match (attachment, emd) {
        (Some(_), Some(_)) => Err(BuildError::input(
            "emd",
            "is built into attachment: give emd or attachment, not both",
        )),
        (attachment, None) => Ok(attachment),
        (None, Some(emd)) => match build_attachment(emd) {
            Ok(built) => Ok(serde_json::to_value(built).ok()),
            Err(BuildError::Input { path, message }) => Err(BuildError::input(
                if path.is_empty() {
                    "emd".to_string()
                } else {
                    format!("emd.{path}")
                },
                message,
            )),
            Err(other) => Err(other),
        },
    }
}

/// A create-order payload (`order` kind).
pub fn build_order(input: OrderInput) -> Result<OrderPayload, BuildError> {
    for (field, given) in [
        ("intent", input.intent.is_some()),
        ("acquiring_channel", input.acquiring_channel.is_some()),
        ("options", input.options.is_some()),
        ("attachment", input.attachment.is_some()),
        ("emd", input.emd.is_some()),
    ] {
        if given {
            return Err(BuildError::input(
                field,
                "belongs to a session, not to create-order",
            ));
        }
    }
    checked(PayloadKind::Order, order_payload(input)?)
}

/// A create/update-session payload (`session` kind).
pub fn build_session(input: OrderInput) -> Result<OrderPayload, BuildError> {
    if input.auto_capture.is_some() {
        return Err(BuildError::input(
            "auto_capture",
            "belongs to create-order, not to a session",
        ));
    }
    checked(PayloadKind::Session, order_payload(input)?)
}

/// A session update (`session_update` kind), or what `Klarna.Payments.authorize()` is given:
/// the same input and money math as [`build_session`], checked as an update.
pub fn build_session_update(input: OrderInput) -> Result<OrderPayload, BuildError> {
    if input.auto_capture.is_some() {
        return Err(BuildError::input(
            "auto_capture",
            "belongs to create-order, not to a session",
        ));
    }
    checked(PayloadKind::SessionUpdate, order_payload(input)?)
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomerTokenInput {
    pub purchase_country: String,
    #[serde(default)]
    pub purchase_currency: Option<String>,
    #[serde(default)]
    pub locale: Option<String>,
    pub description: String,
    #[serde(default)]
    pub billing_address: Option<Value>,
    #[serde(default)]
    pub customer: Option<Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CustomerTokenPayload {
    pub purchase_country: String,
    pub purchase_currency: String,
    pub locale: String,
    pub description: String,
    /// Always `SUBSCRIPTION`, the only value Klarna takes.
    pub intended_use: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub billing_address: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer: Option<Value>,
}

/// A create-customer-token payload (`customer_token` kind).
pub fn build_customer_token(input: CustomerTokenInput) -> Result<CustomerTokenPayload, BuildError> {
    let (purchase_currency, locale) = market_defaults(
        &input.purchase_country,
        input.purchase_currency,
        input.locale,
    )?;
    checked(
        PayloadKind::CustomerToken,
        CustomerTokenPayload {
            purchase_country: input.purchase_country,
            purchase_currency,
            locale,
            description: input.description,
            intended_use: "SUBSCRIPTION",
            billing_address: input.billing_address,
            customer: input.customer,
        },
    )
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenOrderInput {
    pub purchase_currency: String,
    pub lines: Vec<LineInput>,
    #[serde(default)]
    pub shipping: Option<ShippingInput>,
    #[serde(default)]
    pub discounts: Vec<ReductionInput>,
    #[serde(default)]
    pub gift_cards: Vec<ReductionInput>,
    #[serde(default)]
    pub us_sales_tax: Option<SalesTaxInput>,
    #[serde(default)]
    pub subscription: Option<Subscription>,
    #[serde(default)]
    pub merchant_urls: Option<Value>,
    #[serde(default)]
    pub shipping_address: Option<Value>,
    #[serde(default)]
    pub merchant_reference1: Option<String>,
    #[serde(default)]
    pub merchant_reference2: Option<String>,
    #[serde(default)]
    pub merchant_data: Option<String>,
    #[serde(default)]
    pub auto_capture: Option<bool>,
    #[serde(default)]
    pub attachment: Option<Value>,
    /// Extra merchant data, built into `attachment` by [`build_attachment`].
    #[serde(default)]
    pub emd: Option<Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TokenOrderPayload {
    pub purchase_currency: String,
    pub order_amount: i64,
    pub order_tax_amount: i64,
    pub order_lines: Vec<OrderLine>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merchant_urls: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shipping_address: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merchant_reference1: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merchant_reference2: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merchant_data: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_capture: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachment: Option<Value>,
}

/// An order-with-customer-token payload (`token_order` kind). Send it with a fresh
/// `Klarna-Idempotency-Key` header.
pub fn build_token_order(input: TokenOrderInput) -> Result<TokenOrderPayload, BuildError> {
    let (order_lines, order_amount, order_tax_amount) = cart(CartInput {
        lines: input.lines,
        shipping: input.shipping,
        discounts: input.discounts,
        gift_cards: input.gift_cards,
        us_sales_tax: input.us_sales_tax,
        subscription: input.subscription,
    })?;
    checked(
        PayloadKind::TokenOrder,
        TokenOrderPayload {
            purchase_currency: input.purchase_currency,
            order_amount,
            order_tax_amount,
            order_lines,
            merchant_urls: input.merchant_urls,
            shipping_address: input.shipping_address,
            merchant_reference1: input.merchant_reference1,
            merchant_reference2: input.merchant_reference2,
            merchant_data: input.merchant_data,
            auto_capture: input.auto_capture,
            attachment: attachment_of(input.attachment, input.emd)?,
        },
    )
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TokenStatusPayload {
    pub status: &'static str,
}

/// The token status update: `CANCELLED` is the only status a merchant may set.
pub fn build_token_status() -> TokenStatusPayload {
    TokenStatusPayload {
        status: "CANCELLED",
    }
}
