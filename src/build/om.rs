//! Order Management bodies built against the order Klarna holds (the object
//! `GET /ordermanagement/v1/orders/{order_id}` returns): a capture, a refund, an authorization
//! update. Each computes its amounts, caps them by the order's state, and ends by running both
//! `validate` and [`check_against_order`]: it returns a body with no error in either, or a
//! [`BuildError`].
//!
//! # Lines
//!
//! A capture or refund given `lines` names order lines as the order holds them (a line of
//! `order.order_lines`, copied as it is), with `quantity` set to how many to capture or refund.
//! Each is matched to one order line by its identity fields, `reference`, `name`, `type`,
//! `unit_price` and `tax_rate`: every one of them the given line carries must equal the order
//! line's (an absent `type` is `physical`), and it must carry a `reference` or a `name`. A line
//! that matches no order line, or several, is refused at `lines[i]`. Only the quantity is read
//! from the given line: the line sent is the order line's (its name, reference, type, urls,
//! product identifiers, subscription), with its amounts computed for that quantity, so totals
//! the given line still carries from the order are ignored.
//!
//! What was already captured (refunded) of a line is the sum of the matching lines in
//! `captures[].order_lines` (`refunds[].order_lines`), matched the same way. A capture made by
//! amount, without lines, counts toward the amount cap but toward no line; a refund of a fully
//! captured order (status `CAPTURED`) may take every line, whatever its captures list.
//!
//! # Rounding: the parts of a line add up to the line
//!
//! A line of quantity `Q`, discount `D`, total `L` and tax `T` is captured (or refunded) in parts
//! as a running total: after `k` units, `⌊D × k / Q⌋` of the discount and Klarna's tax
//! ([`klarna_tax`]) of the total so far have been sent, and each part sends the difference
//! between that and what the line's earlier parts sent (read from the order). The part that
//! reaches `k = Q` takes exactly what is left, `D` and `T` less the earlier parts. So:
//!
//! - every part satisfies `total_amount = quantity × unit_price − total_discount_amount`;
//! - the parts of a line sum exactly to its `total_discount_amount`, `total_amount` and
//!   `total_tax_amount`, in however many parts it is shipped;
//! - every part's tax is within 1 of Klarna's formula for the part (the `tax_formula` rule's
//!   tolerance): it is the difference of two values each rounded from the exact running tax, so
//!   it is off the part's exact tax by at most ½ + ½. (When the order line's own tax is not
//!   Klarna's rounding of its total, the last part inherits the difference; past the tolerance,
//!   `validate` refuses it as [`BuildError::Invalid`].)
//!
//! Klarna's formula is used, rather than a share of the line's tax in proportion to the amount,
//! because a proportional share of a tax that is itself rounded drifts from the formula on large
//! parts, and Klarna checks each line of a capture against the formula. An order line without a
//! `tax_rate` but with a `total_tax_amount` is shared in proportion (running total, rounded half
//! away from zero): there is no formula to follow.
//!
//! Refunds run the same running totals over the refunded units, so refunding `k` units of a line
//! sends what capturing its first `k` units did: once everything captured is refunded, each
//! line's refunds sum to its captures, and `refunded_amount` to `captured_amount`.

use super::line::OrderLine;
use super::payload::{cart, CartInput, ReductionInput, SalesTaxInput, ShippingInput};
use super::{checked, BuildError, LineInput};
use crate::error::Problem;
use crate::rules::tax::klarna_tax;
use crate::state::{check_against_order, CallContext, StateError};
use crate::PayloadKind;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Input of [`build_capture`]: `lines` (what is shipped) or `amount`, not both.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaptureInput {
    /// Order lines as the order holds them, `quantity` = how many to capture.
    #[serde(default)]
    pub lines: Option<Vec<Value>>,
    /// A capture of an amount, without lines (minor units, positive).
    #[serde(default, with = "super::whole::option")]
    pub amount: Option<i64>,
    /// Passed through (`validate` checks it): carrier, tracking number, method.
    #[serde(default)]
    pub shipping_info: Option<Vec<Value>>,
    #[serde(default)]
    pub reference: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
}

/// Input of [`build_refund`]: `lines` (what is returned) or `amount`, not both.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RefundInput {
    /// Order lines as the order holds them, `quantity` = how many to refund.
    #[serde(default)]
    pub lines: Option<Vec<Value>>,
    /// A refund of an amount, without lines (minor units, positive).
    #[serde(default, with = "super::whole::option")]
    pub amount: Option<i64>,
    #[serde(default)]
    pub reference: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
}

/// Input of [`build_update_authorization`]: the new cart, as the cart builder takes it
/// (`lines`, `shipping`, `discounts`, `gift_cards`, `us_sales_tax`, `subscription`), and a
/// `description`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UpdateAuthorizationInput {
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
    pub subscription: Option<super::line::Subscription>,
    #[serde(default)]
    pub description: Option<String>,
}

/// An order line of a capture or refund: the order line's own fields, its amounts for the
/// quantity sent.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OmLine {
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub line_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    pub name: String,
    pub quantity: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity_unit: Option<String>,
    pub unit_price: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tax_rate: Option<i64>,
    pub total_amount: i64,
    pub total_discount_amount: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total_tax_amount: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merchant_data: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product_identifiers: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscription: Option<Value>,
}

/// POST /ordermanagement/v1/orders/{order_id}/captures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CaptureBody {
    pub captured_amount: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_lines: Option<Vec<OmLine>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shipping_info: Option<Vec<Value>>,
}

/// POST /ordermanagement/v1/orders/{order_id}/refunds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RefundBody {
    pub refunded_amount: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_lines: Option<Vec<OmLine>>,
}

/// PATCH /ordermanagement/v1/orders/{order_id}/authorization: the new amount and the lines
/// that replace the order's.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UpdateAuthorizationBody {
    pub order_amount: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub order_lines: Vec<OrderLine>,
}

/// A capture of `input.lines` (computed as the module doc says) or of `input.amount`, at most
/// the order's `remaining_authorized_amount`. Refused: a line the order does not have or
/// quantities past what is still uncaptured (`lines[i]`), more than remains authorized
/// (`lines` or `amount`, quoting Klarna's answer), an order Klarna would not capture
/// (cancelled, closed, expired: [`BuildError::Invalid`] with `check_against_order`'s report).
/// Expiry is judged against the system clock natively; see [`build_capture_with`].
pub fn build_capture(order: Value, input: CaptureInput) -> Result<CaptureBody, BuildError> {
    build_capture_with(order, input, &CallContext::default())
}

/// [`build_capture`], with the call's context (`now`, in ms since 1970, for the expiry).
pub fn build_capture_with(
    order: Value,
    input: CaptureInput,
    context: &CallContext,
) -> Result<CaptureBody, BuildError> {
    let kind = PayloadKind::Capture;
    let order = OrderView::new(&order)?;
    order.precheck(kind, context)?;
    let (order_lines, captured_amount, at) =
        order.amount_of(input.lines, input.amount, Op::Capture)?;
    if let Some(remaining) = order.remaining_authorized() {
        let klarna = Problem::CaptureExceedsAuthorization {
            remaining,
            actual: captured_amount,
        };
        within(
            at,
            captured_amount,
            remaining,
            "that remains authorized",
            klarna,
        )?;
    }
    let body = CaptureBody {
        captured_amount,
        description: input.description,
        reference: input.reference,
        order_lines,
        shipping_info: input.shipping_info,
    };
    order.finish(kind, checked(kind, body)?, context)
}

/// A refund of `input.lines` (from what was captured of each line and not yet refunded) or of
/// `input.amount`, at most `captured_amount − refunded_amount`. Refused like [`build_capture`];
/// an order with nothing captured is [`BuildError::Invalid`] (Klarna's "Order has no captures").
pub fn build_refund(order: Value, input: RefundInput) -> Result<RefundBody, BuildError> {
    build_refund_with(order, input, &CallContext::default())
}

/// [`build_refund`], with the call's context.
pub fn build_refund_with(
    order: Value,
    input: RefundInput,
    context: &CallContext,
) -> Result<RefundBody, BuildError> {
    let kind = PayloadKind::Refund;
    let order = OrderView::new(&order)?;
    order.precheck(kind, context)?;
    let (order_lines, refunded_amount, at) =
        order.amount_of(input.lines, input.amount, Op::Refund)?;
    if let Some(refundable) = order.refundable() {
        let klarna = Problem::RefundExceedsCaptured {
            refundable,
            actual: refunded_amount,
        };
        within(
            at,
            refunded_amount,
            refundable,
            "captured and not yet refunded",
            klarna,
        )?;
    }
    let body = RefundBody {
        refunded_amount,
        description: input.description,
        reference: input.reference,
        order_lines,
    };
    order.finish(kind, checked(kind, body)?, context)
}

/// Past `limit`: refused at `at` (`lines` or `amount`), quoting Klarna's answer.
fn within(
    at: &'static str,
    amount: i64,
    limit: i64,
    what: &str,
    klarna: Problem,
) -> Result<(), BuildError> {
    if amount <= limit {
        return Ok(());
    }
    Err(BuildError::input(
        at,
        format!(
            "{} {amount}, more than the {limit} {what}; Klarna answers \"{klarna}\"",
            verb(at)
        ),
    ))
}

/// An authorization update to the cart `input` (built by the cart builder: line totals,
/// Klarna's tax, discounts per rate, …), whose lines replace the order's. Refused below the
/// order's `captured_amount` (`lines`, quoting Klarna's answer), and on an order Klarna would
/// not update (fully captured, cancelled, closed, expired: [`BuildError::Invalid`]).
///
/// An increase over the order's `order_amount` is built: `check_against_order` warns of it
/// (`authorization_increase`), as it is Klarna's new risk assessment that decides, and only some
/// payment methods allow it, which no arithmetic of the builder can satisfy.
pub fn build_update_authorization(
    order: Value,
    input: UpdateAuthorizationInput,
) -> Result<UpdateAuthorizationBody, BuildError> {
    build_update_authorization_with(order, input, &CallContext::default())
}

/// [`build_update_authorization`], with the call's context.
pub fn build_update_authorization_with(
    order: Value,
    input: UpdateAuthorizationInput,
    context: &CallContext,
) -> Result<UpdateAuthorizationBody, BuildError> {
    let kind = PayloadKind::UpdateAuthorization;
    let order = OrderView::new(&order)?;
    order.precheck(kind, context)?;
    let (order_lines, order_amount, _) = cart(CartInput {
        lines: input.lines,
        shipping: input.shipping,
        discounts: input.discounts,
        gift_cards: input.gift_cards,
        us_sales_tax: input.us_sales_tax,
        subscription: input.subscription,
    })?;
    if let Some(captured) = order.captured() {
        if order_amount < captured {
            let klarna = Problem::AuthorizationBelowCaptured {
                captured,
                actual: order_amount,
            };
            return Err(BuildError::input(
                "lines",
                format!("come to {order_amount}, less than the {captured} already captured; Klarna answers \"{klarna}\""),
            ));
        }
    }
    let body = UpdateAuthorizationBody {
        order_amount,
        description: input.description,
        order_lines,
    };
    order.finish(kind, checked(kind, body)?, context)
}

/// `lines: come to 100, …`, `amount: is 100, …`.
fn verb(at: &str) -> &'static str {
    if at == "amount" {
        "is"
    } else {
        "come to"
    }
}

fn lines_or_amount(what: &str, problem: &str) -> BuildError {
    BuildError::input(
        "lines",
        format!("give lines (what to {what}) or amount: {problem}"),
    )
}

fn positive(amount: i64) -> Result<i64, BuildError> {
    if amount > 0 {
        Ok(amount)
    } else {
        Err(BuildError::input(
            "amount",
            "must be positive (in minor units)",
        ))
    }
}

/// Σ total_amount of the lines: a capture or refund of lines that come to less than 0 (a
/// discount without the goods it reduces) is refused, Klarna's amounts start at 0.
fn sum_of(lines: &[OmLine]) -> Result<i64, BuildError> {
    let sum: i128 = lines.iter().map(|l| i128::from(l.total_amount)).sum();
    if sum < 0 {
        return Err(BuildError::input(
            "lines",
            format!("come to {sum}, below 0: send the reductions (discounts, gift cards) with the goods they reduce"),
        ));
    }
    i64::try_from(sum)
        .map_err(|_| BuildError::input("lines", "come to more than any amount Klarna takes"))
}

#[derive(Clone, Copy, PartialEq)]
enum Op {
    Capture,
    Refund,
}

/// What earlier captures or refunds sent of one order line.
#[derive(Debug, Clone, Copy, Default)]
struct Tally {
    quantity: i64,
    discount: i64,
    total: i64,
    tax: i64,
}

/// The order, read leniently: what it lacks is unknown (and then not capped), as in
/// `check_against_order`.
struct OrderView<'o> {
    json: String,
    order: &'o Map<String, Value>,
    /// `order_lines`, by index (`None`: not an object).
    lines: Vec<Option<&'o Map<String, Value>>>,
}

/// The fields that tell an order line from another.
const IDENTITY: [&str; 5] = ["reference", "name", "type", "unit_price", "tax_rate"];

impl<'o> OrderView<'o> {
    fn new(order: &'o Value) -> Result<Self, BuildError> {
        let Value::Object(map) = order else {
            return Err(BuildError::input(
                "order",
                StateError::NotAnOrder.to_string(),
            ));
        };
        let lines = match map.get("order_lines") {
            Some(Value::Array(items)) => items.iter().map(Value::as_object).collect(),
            _ => Vec::new(),
        };
        Ok(OrderView {
            json: order.to_string(),
            order: map,
            lines,
        })
    }

    fn amount(&self, key: &str) -> Option<i64> {
        self.order.get(key).and_then(int)
    }

    /// The order's captures or refunds, as objects.
    fn entries(&self, key: &str) -> impl Iterator<Item = &'o Map<String, Value>> {
        let order: &'o Map<String, Value> = self.order;
        order
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_object)
    }

    /// `captured_amount`, else the sum of the captures.
    fn captured(&self) -> Option<i64> {
        self.amount("captured_amount").or_else(|| {
            let amounts: Option<i64> = self
                .entries("captures")
                .map(|c| c.get("captured_amount").and_then(int))
                .sum();
            amounts.filter(|_| self.order.get("captures").is_some_and(Value::is_array))
        })
    }

    fn refunded(&self) -> Option<i64> {
        self.amount("refunded_amount").or_else(|| {
            self.entries("refunds")
                .map(|r| r.get("refunded_amount").and_then(int))
                .sum()
        })
    }

    /// `remaining_authorized_amount`, else `order_amount − captured_amount`.
    fn remaining_authorized(&self) -> Option<i64> {
        self.amount("remaining_authorized_amount").or_else(|| {
            let order_amount = self.amount("order_amount")?;
            Some(order_amount - self.captured().unwrap_or(0))
        })
    }

    fn refundable(&self) -> Option<i64> {
        Some(self.captured()? - self.refunded().unwrap_or(0))
    }

    fn fully_captured(&self) -> bool {
        let status = self.order.get("status").and_then(Value::as_str);
        status.is_some_and(|s| s.eq_ignore_ascii_case("CAPTURED"))
            || (self.amount("remaining_authorized_amount") == Some(0)
                && self.captured().is_some_and(|c| c > 0))
    }

    /// The order lines `given` names (the given line's identity fields all equal).
    fn candidates(&self, given: &Map<String, Value>) -> Vec<usize> {
        self.lines
            .iter()
            .enumerate()
            .filter(|(_, line)| {
                line.is_some_and(|line| {
                    IDENTITY.iter().all(|&key| match given.get(key) {
                        None | Some(Value::Null) => true,
                        Some(g) => same(key, g, line.get(key)),
                    })
                })
            })
            .map(|(j, _)| j)
            .collect()
    }

    /// What the order's captures or refunds sent of each order line (lines that match none,
    /// or several, of the order's count toward none).
    fn tallies(&self, key: &str) -> Vec<Tally> {
        let mut tallies = vec![Tally::default(); self.lines.len()];
        for entry in self.entries(key) {
            let lines = entry.get("order_lines").and_then(Value::as_array);
            for line in lines.into_iter().flatten().filter_map(Value::as_object) {
                if !has_identity(line) {
                    continue;
                }
                if let [j] = self.candidates(line)[..] {
                    let get = |k: &str| line.get(k).and_then(int).unwrap_or(0);
                    let t = &mut tallies[j];
                    t.quantity += get("quantity");
                    t.discount += get("total_discount_amount");
                    t.total += get("total_amount");
                    t.tax += get("total_tax_amount");
                }
            }
        }
        tallies
    }

    /// A capture's or refund's lines and amount, from exactly one of `lines` and `amount`, and
    /// the input path a refusal names.
    #[allow(clippy::type_complexity)]
    fn amount_of(
        &self,
        lines: Option<Vec<Value>>,
        amount: Option<i64>,
        op: Op,
    ) -> Result<(Option<Vec<OmLine>>, i64, &'static str), BuildError> {
        let what = match op {
            Op::Capture => "capture",
            Op::Refund => "refund",
        };
        match (lines, amount) {
            (Some(lines), None) => {
                let lines = self.lines_of(&lines, op)?;
                let sum = sum_of(&lines)?;
                Ok((Some(lines), sum, "lines"))
            }
            (None, Some(amount)) => Ok((None, positive(amount)?, "amount")),
            (Some(_), Some(_)) => Err(lines_or_amount(what, "not both")),
            (None, None) => Err(lines_or_amount(what, "one is required")),
        }
    }

    /// The lines of a capture or refund of `given`.
    fn lines_of(&self, given: &[Value], op: Op) -> Result<Vec<OmLine>, BuildError> {
        if given.is_empty() {
            return Err(BuildError::input(
                "lines",
                "must have at least one line (or give amount)",
            ));
        }
        let captured = self.tallies("captures");
        let refunded = self.tallies("refunds");
        let fully_captured = self.fully_captured();
        let mut used: Vec<Option<usize>> = vec![None; self.lines.len()];
        let mut out = Vec::with_capacity(given.len());
        for (i, g) in given.iter().enumerate() {
            let at = format!("lines[{i}]");
            let Some(g) = g.as_object() else {
                return Err(BuildError::input(
                    at,
                    "must be an order line object, as the order holds it",
                ));
            };
            if !has_identity(g) {
                return Err(BuildError::input(
                    at,
                    "needs the reference or name of the order line it is",
                ));
            }
            let j = match self.candidates(g)[..] {
                [j] => j,
                [] => {
                    return Err(BuildError::input(
                        at,
                        "is no line of the order (compared by reference, name, type, unit_price and tax_rate)",
                    ))
                }
                ref several => {
                    return Err(BuildError::input(
                        at,
                        format!("matches {} lines of the order: give the fields that tell them apart (reference, name, type, unit_price, tax_rate)", several.len()),
                    ))
                }
            };
            if let Some(first) = used[j] {
                return Err(BuildError::input(
                    at,
                    format!("is the same order line as lines[{first}]: give it once, with the whole quantity"),
                ));
            }
            used[j] = Some(i);
            let quantity = match g.get("quantity").map(|q| (q, int(q))) {
                Some((_, Some(q))) if q >= 1 => q,
                Some((_, Some(_))) => {
                    return Err(BuildError::input(
                        format!("{at}.quantity"),
                        "must be at least 1",
                    ))
                }
                Some((_, None)) => {
                    return Err(BuildError::input(
                        format!("{at}.quantity"),
                        "must be a whole number",
                    ))
                }
                None => {
                    return Err(BuildError::input(
                        format!("{at}.quantity"),
                        format!(
                            "is required: how many of the line to {}",
                            match op {
                                Op::Capture => "capture",
                                Op::Refund => "refund",
                            }
                        ),
                    ))
                }
            };
            let line = Known::read(j, self.lines[j].expect("a candidate is an object"))?;
            let (before, available, what) = match op {
                Op::Capture => (
                    captured[j],
                    line.quantity - captured[j].quantity,
                    "not yet captured",
                ),
                Op::Refund => {
                    // Never more than the order line has, whatever the captures list.
                    let taken = if fully_captured {
                        line.quantity
                    } else {
                        captured[j].quantity.min(line.quantity)
                    };
                    (
                        refunded[j],
                        taken - refunded[j].quantity,
                        "captured and not yet refunded",
                    )
                }
            };
            if quantity > available {
                let available = available.max(0);
                return Err(BuildError::input(
                    format!("{at}.quantity"),
                    format!("is {quantity}, more than the {available} of this line {what}"),
                ));
            }
            out.push(line.part(&before, quantity)?);
        }
        Ok(out)
    }

    /// Order-level refusals (status, expiry, nothing to refund), before any line is read.
    fn precheck(&self, kind: PayloadKind, context: &CallContext) -> Result<(), BuildError> {
        let report = self.state(kind, "{}", context)?;
        if report.valid {
            Ok(())
        } else {
            Err(BuildError::Invalid { report })
        }
    }

    /// The body against the order, as `check_against_order` judges it: no error.
    fn finish<T: Serialize>(
        &self,
        kind: PayloadKind,
        body: T,
        context: &CallContext,
    ) -> Result<T, BuildError> {
        let report = self.state(kind, &super::to_json(&body), context)?;
        if report.valid {
            Ok(body)
        } else {
            Err(BuildError::Invalid { report })
        }
    }

    fn state(
        &self,
        kind: PayloadKind,
        body: &str,
        context: &CallContext,
    ) -> Result<crate::Report, BuildError> {
        check_against_order(kind, body, &self.json, context)
            .map_err(|e| BuildError::input("order", e.to_string()))
    }
}

/// Whether a line carries a reference or a name to be found by.
fn has_identity(line: &Map<String, Value>) -> bool {
    ["reference", "name"]
        .iter()
        .any(|k| line.get(*k).is_some_and(|v| !v.is_null()))
}

/// One identity field of a given line against the order line's.
fn same(key: &str, given: &Value, held: Option<&Value>) -> bool {
    match key {
        "type" => given.as_str() == Some(held.and_then(Value::as_str).unwrap_or("physical")),
        "unit_price" | "tax_rate" => {
            let g = int(given);
            g.is_some() && g == held.and_then(int)
        }
        _ => held == Some(given),
    }
}

/// A whole number, as JSON or JS writes it (`3`, `3.0`).
fn int(v: &Value) -> Option<i64> {
    v.as_i64().or_else(|| {
        v.as_f64()
            .filter(|f| f.fract() == 0.0 && f.abs() < 9.007_199_254_740_992e15)
            .map(|f| f as i64)
    })
}

/// The order line a part is taken from, with the amounts it needs.
struct Known<'o> {
    line: &'o Map<String, Value>,
    name: String,
    quantity: i64,
    unit_price: i64,
    discount: i64,
    total: i64,
    tax_rate: Option<i64>,
    tax: Option<i64>,
}

impl<'o> Known<'o> {
    fn read(j: usize, line: &'o Map<String, Value>) -> Result<Self, BuildError> {
        let at = |k: &str| format!("order.order_lines[{j}].{k}");
        let whole = |k: &str| -> Result<Option<i64>, BuildError> {
            match line.get(k) {
                None | Some(Value::Null) => Ok(None),
                Some(v) => int(v).map(Some).ok_or_else(|| {
                    BuildError::input(at(k), "must be a whole number (in the order)")
                }),
            }
        };
        let required = |k: &str| -> Result<i64, BuildError> {
            whole(k)?.ok_or_else(|| BuildError::input(at(k), "is missing from the order's line"))
        };
        let name = match line.get("name") {
            Some(Value::String(s)) => s.clone(),
            _ => {
                return Err(BuildError::input(
                    at("name"),
                    "is missing from the order's line",
                ))
            }
        };
        let quantity = required("quantity")?;
        let unit_price = required("unit_price")?;
        let discount = whole("total_discount_amount")?.unwrap_or(0);
        if quantity < 0 {
            return Err(BuildError::input(at("quantity"), "must not be negative"));
        }
        if discount < 0 {
            return Err(BuildError::input(
                at("total_discount_amount"),
                "must not be negative",
            ));
        }
        let gross = i128::from(quantity) * i128::from(unit_price);
        let total = match whole("total_amount")? {
            Some(t) => t,
            None => i64::try_from(gross - i128::from(discount))
                .map_err(|_| BuildError::input(at("unit_price"), "is beyond any amount"))?,
        };
        Ok(Known {
            line,
            name,
            quantity,
            unit_price,
            discount,
            total,
            tax_rate: whole("tax_rate")?,
            tax: whole("total_tax_amount")?,
        })
    }

    /// `quantity` more units of the line, after the earlier parts `before` (module doc).
    fn part(&self, before: &Tally, quantity: i64) -> Result<OmLine, BuildError> {
        let k = before.quantity + quantity;
        // The quantity checks keep k ≤ Q; past it (an order whose lists disagree) the part
        // takes what is left, as the last one does.
        let last = k >= self.quantity || self.quantity <= 0;
        let cum_discount = if last {
            i128::from(self.discount)
        } else {
            i128::from(self.discount) * i128::from(k) / i128::from(self.quantity)
        };
        let gross = i128::from(quantity) * i128::from(self.unit_price);
        let discount = (cum_discount - i128::from(before.discount)).clamp(0, gross.abs());
        let total = gross - discount;
        let so_far = i128::from(before.total) + total;
        let tax = match (self.tax_rate, self.tax) {
            (Some(rate), tax) => {
                let cum = if last {
                    tax.unwrap_or_else(|| klarna_tax(self.total, rate))
                } else {
                    klarna_tax(fit(so_far)?, rate)
                };
                Some(i128::from(cum) - i128::from(before.tax))
            }
            (None, Some(tax)) => {
                let cum = if last {
                    i128::from(tax)
                } else if self.total == 0 {
                    0
                } else {
                    half_away(i128::from(tax) * so_far, i128::from(self.total))
                };
                Some(cum - i128::from(before.tax))
            }
            (None, None) => None,
        };
        let text = |k: &str| self.line.get(k).and_then(Value::as_str).map(str::to_string);
        let object = |k: &str| self.line.get(k).filter(|v| v.is_object()).cloned();
        Ok(OmLine {
            line_type: text("type"),
            reference: text("reference"),
            name: self.name.clone(),
            quantity,
            quantity_unit: text("quantity_unit"),
            unit_price: self.unit_price,
            tax_rate: self.tax_rate,
            total_amount: fit(total)?,
            total_discount_amount: fit(discount)?,
            total_tax_amount: tax.map(fit).transpose()?,
            merchant_data: text("merchant_data"),
            product_url: text("product_url"),
            image_url: text("image_url"),
            product_identifiers: object("product_identifiers"),
            subscription: object("subscription"),
        })
    }
}

fn fit(v: i128) -> Result<i64, BuildError> {
    i64::try_from(v)
        .map_err(|_| BuildError::input("lines", "come to more than any amount Klarna takes"))
}

/// `num / den` rounded half away from zero (`den` ≠ 0).
fn half_away(num: i128, den: i128) -> i128 {
    let (num, den) = if den < 0 { (-num, -den) } else { (num, den) };
    (2 * num + num.signum() * den) / (2 * den)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn order() -> Value {
        json!({
            "order_id": "f3392f8b-6116-4073-ab96-e330819e2c07",
            "status": "AUTHORIZED",
            "order_amount": 29_900,
            "captured_amount": 0,
            "refunded_amount": 0,
            "remaining_authorized_amount": 29_900,
            "purchase_country": "SE",
            "purchase_currency": "SEK",
            "order_lines": [
                {"type": "physical", "reference": "A-1", "name": "Mug", "quantity": 3, "unit_price": 10_000,
                 "tax_rate": 2500, "total_amount": 29_900, "total_discount_amount": 100, "total_tax_amount": 5980}
            ],
            "captures": [],
            "refunds": []
        })
    }

    #[test]
    fn a_line_captured_unit_by_unit_adds_up_to_the_line() {
        let mut order = order();
        let mut parts = Vec::new();
        for _ in 0..3 {
            let line = json!({"reference": "A-1", "quantity": 1});
            let body = build_capture(
                order.clone(),
                CaptureInput {
                    lines: Some(vec![line]),
                    ..Default::default()
                },
            )
            .unwrap();
            let l = &body.order_lines.as_ref().unwrap()[0];
            parts.push((
                l.total_discount_amount,
                l.total_amount,
                l.total_tax_amount.unwrap(),
            ));
            let captured = order["captured_amount"].as_i64().unwrap() + body.captured_amount;
            order["captured_amount"] = json!(captured);
            order["remaining_authorized_amount"] = json!(29_900 - captured);
            order["captures"].as_array_mut().unwrap().push(
                json!({"captured_amount": body.captured_amount, "order_lines": body.order_lines}),
            );
        }
        // ⌊100 × k / 3⌋: 33, 66, then the rest; the tax runs with the total (1993, 3987, 5980).
        assert_eq!(
            parts,
            [(33, 9967, 1993), (33, 9967, 1994), (34, 9966, 1993)]
        );
    }

    #[test]
    fn an_order_whose_lists_disagree_is_no_panic() {
        let mut odd = order();
        odd["order_lines"][0]["quantity"] = json!(0);
        odd["captures"] = json!([{"captured_amount": 1, "order_lines": [
            {"reference": "A-1", "quantity": -2, "total_amount": 5}
        ]}]);
        for q in 1..=3 {
            let line = json!({"reference": "A-1", "quantity": q});
            let input = CaptureInput {
                lines: Some(vec![line.clone()]),
                ..Default::default()
            };
            let _ = build_capture(odd.clone(), input);
            let input = RefundInput {
                lines: Some(vec![line]),
                ..Default::default()
            };
            let _ = build_refund(odd.clone(), input);
        }
        let r = build_capture(json!([1]), CaptureInput::default());
        assert!(matches!(r, Err(BuildError::Input { ref path, .. }) if path == "order"));
    }

    #[test]
    fn refuses_what_the_order_does_not_allow() {
        let capture = |line: Value| {
            build_capture(
                order(),
                CaptureInput {
                    lines: Some(vec![line]),
                    ..Default::default()
                },
            )
        };
        let path = |r: Result<CaptureBody, BuildError>| match r {
            Err(BuildError::Input { path, .. }) => path,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            path(capture(json!({"reference": "B-2", "quantity": 1}))),
            "lines[0]"
        );
        assert_eq!(path(capture(json!({"quantity": 1}))), "lines[0]");
        assert_eq!(
            path(capture(json!({"reference": "A-1", "quantity": 4}))),
            "lines[0].quantity"
        );
        assert_eq!(
            path(capture(json!({"reference": "A-1", "quantity": 0}))),
            "lines[0].quantity"
        );
        let over = build_capture(
            order(),
            CaptureInput {
                amount: Some(29_901),
                ..Default::default()
            },
        );
        match over {
            Err(BuildError::Input { path, message }) => {
                assert_eq!(path, "amount");
                assert!(message.contains("Captured amount is higher than the remaining authorized amount. Capture not possible."), "{message}");
            }
            other => panic!("{other:?}"),
        }
        let mut cancelled = order();
        cancelled["status"] = json!("CANCELLED");
        let r = build_capture(
            cancelled,
            CaptureInput {
                amount: Some(100),
                ..Default::default()
            },
        );
        assert!(matches!(r, Err(BuildError::Invalid { .. })), "{r:?}");
        let r = build_refund(
            order(),
            RefundInput {
                amount: Some(100),
                ..Default::default()
            },
        );
        match r {
            Err(BuildError::Invalid { report }) => {
                assert_eq!(report.errors[0].rule.as_str(), "refund_no_capture")
            }
            other => panic!("{other:?}"),
        }
    }
}
