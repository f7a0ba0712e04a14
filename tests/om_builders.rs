//! The Order Management builders' guarantee, over random orders (built by the crate's own cart
//! builder, so they are valid) and random partial shipments: every capture and refund the
//! builders return passes `validate` and `check_against_order` with no error, none goes past
//! what the order allows (those are refused, never built), and once everything is captured
//! (refunded) the parts add up exactly: the captures to `order_amount`, each line's parts to
//! its `total_amount` and `total_tax_amount`, the refunds to `captured_amount`. Klarna's side
//! is simulated here (`apply_capture`, `apply_refund`), as its GET order would show the calls.
//! PROPTEST_CASES raises the number of orders for a deeper run (default 48).

use klarna_precheck::build::{
    self, build_capture, build_refund, build_update_authorization, BuildError, CaptureBody,
    CaptureInput, LineInput, OmLine, OrderInput, RefundBody, RefundInput, UpdateAuthorizationInput,
};
use klarna_precheck::state::{check_against_order, CallContext};
use klarna_precheck::{validate, Options, PayloadKind};
use proptest::prelude::*;
use serde_json::{json, Value};

const MARKETS: &[&str] = &["SE", "DE", "GB", "NO", "US"];
const RATES: &[i64] = &[0, 600, 1200, 2500];

#[derive(Debug, Clone)]
struct Spec {
    market: usize,
    lines: Vec<(i64, i64, usize, u8, bool)>, // quantity, unit price, rate index, discount %, reference
    discounts: Vec<u8>,                      // percent of the goods
    gift_card: Option<u8>,                   // percent of what is left
    shipping: Option<(i64, usize)>,
}

fn spec(market: usize) -> impl Strategy<Value = Spec> {
    (
        prop::collection::vec(
            (
                1i64..=10,
                0i64..=100_000,
                0..RATES.len(),
                0u8..=40,
                any::<bool>(),
            ),
            1..=20,
        ),
        prop::collection::vec(1u8..=30, 0..=2),
        prop::option::of(1u8..=50),
        prop::option::of((0i64..=10_000, 0..RATES.len())),
    )
        .prop_map(move |(lines, discounts, gift_card, shipping)| Spec {
            market,
            lines,
            discounts,
            gift_card,
            shipping,
        })
}

/// The cart of a spec, as the cart builder takes it.
fn order_input(s: &Spec) -> OrderInput {
    let country = MARKETS[s.market];
    let us = country == "US";
    let lines: Vec<LineInput> = s
        .lines
        .iter()
        .enumerate()
        .map(
            |(i, &(quantity, unit_price, rate, off, reference))| LineInput {
                name: format!("Item {i}"),
                quantity,
                unit_price,
                tax_rate: Some(if us { 0 } else { RATES[rate] }),
                total_discount_amount: Some(quantity * unit_price * i64::from(off) / 100),
                reference: reference.then(|| format!("SKU-{i}")),
                ..Default::default()
            },
        )
        .collect();
    let goods: i64 = lines
        .iter()
        .map(|l| l.quantity * l.unit_price - l.total_discount_amount.unwrap())
        .sum();
    let discounts: Vec<build::payload::ReductionInput> = s
        .discounts
        .iter()
        .map(|&pct| goods * i64::from(pct) / 100)
        .filter(|&a| a > 0)
        .enumerate()
        .map(|(i, amount)| {
            serde_json::from_value(json!({"name": format!("Campaign {i}"), "amount": amount}))
                .unwrap()
        })
        .collect();
    let left = goods - discounts.iter().map(|d| d.amount).sum::<i64>();
    let gift_cards = s
        .gift_card
        .map(|pct| left * i64::from(pct) / 100)
        .filter(|&a| a > 0)
        .map(|amount| {
            serde_json::from_value(json!({"name": "Gift card", "amount": amount})).unwrap()
        })
        .into_iter()
        .collect();
    OrderInput {
        purchase_country: country.to_string(),
        lines,
        discounts,
        gift_cards,
        shipping: s.shipping.map(|(amount, rate)| {
            serde_json::from_value(
                json!({"amount": amount, "tax_rate": if us { 0 } else { RATES[rate] }}),
            )
            .unwrap()
        }),
        us_sales_tax: us.then(|| serde_json::from_value(json!({"tax_percent": "8.875"})).unwrap()),
        billing_address: Some(match country {
            "US" => json!({"country": "US", "region": "NY"}),
            c => json!({ "country": c }),
        }),
        ..Default::default()
    }
}

/// The order as `GET /ordermanagement/v1/orders/{order_id}` returns it right after purchase.
fn klarna_order(s: &Spec) -> Value {
    let p = build::build_order(order_input(s)).expect("the cart builder builds every spec");
    json!({
        "order_id": "f3392f8b-6116-4073-ab96-e330819e2c07",
        "status": "AUTHORIZED",
        "fraud_status": "ACCEPTED",
        "order_amount": p.order_amount,
        "original_order_amount": p.order_amount,
        "captured_amount": 0,
        "refunded_amount": 0,
        "remaining_authorized_amount": p.order_amount,
        "created_at": "2025-01-01T10:00:00Z",
        "expires_at": "2099-12-31T10:00:00Z",
        "purchase_country": p.purchase_country,
        "purchase_currency": p.purchase_currency,
        "order_lines": p.order_lines,
        "captures": [],
        "refunds": [],
    })
}

fn amount(order: &Value, key: &str) -> i64 {
    order[key].as_i64().unwrap()
}

/// What Klarna does with a capture: amounts, the capture listed, the status.
fn apply_capture(order: &mut Value, body: &CaptureBody) {
    let n = order["captures"].as_array().unwrap().len();
    let captured = amount(order, "captured_amount") + body.captured_amount;
    let remaining = amount(order, "remaining_authorized_amount") - body.captured_amount;
    order["captured_amount"] = json!(captured);
    order["remaining_authorized_amount"] = json!(remaining);
    order["status"] = json!(if remaining == 0 {
        "CAPTURED"
    } else {
        "PART_CAPTURED"
    });
    order["captures"].as_array_mut().unwrap().push(json!({
        "capture_id": format!("4ba29b50-be7b-44f5-a492-{n:012x}"),
        "captured_amount": body.captured_amount,
        "refunded_amount": 0,
        "order_lines": body.order_lines,
    }));
}

/// What Klarna does with a refund.
fn apply_refund(order: &mut Value, body: &RefundBody) {
    let n = order["refunds"].as_array().unwrap().len();
    order["refunded_amount"] = json!(amount(order, "refunded_amount") + body.refunded_amount);
    order["refunds"].as_array_mut().unwrap().push(json!({
        "refund_id": format!("b2cb4f2e-2781-4359-80ad-{n:012x}"),
        "refunded_amount": body.refunded_amount,
        "order_lines": body.order_lines,
    }));
}

/// The body passes both checks: no error, and no `om_lines_total` (the lines are the amount).
fn assert_passes(kind: PayloadKind, body: &str, order: &Value) -> Result<(), TestCaseError> {
    let report = validate(kind, body, &Options::default());
    prop_assert!(report.errors.is_empty(), "{kind}: {:?}", report.errors);
    prop_assert!(
        report
            .warnings
            .iter()
            .all(|w| w.rule.as_str() != "om_lines_total"),
        "{:?}",
        report.warnings
    );
    let state =
        check_against_order(kind, body, &order.to_string(), &CallContext::default()).unwrap();
    prop_assert!(state.errors.is_empty(), "{kind}: {:?}", state.errors);
    Ok(())
}

/// A small deterministic generator for the shipments (its seed comes from proptest).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // splitmix64
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: i64) -> i64 {
        (self.next() % n as u64) as i64
    }
}

/// One order line's amounts.
#[derive(Debug, Clone, Copy, Default)]
struct Held {
    quantity: i64,
    unit_price: i64,
    discount: i64,
    total: i64,
    tax: i64,
}

fn held(order: &Value) -> Vec<Held> {
    order["order_lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| Held {
            quantity: l["quantity"].as_i64().unwrap(),
            unit_price: l["unit_price"].as_i64().unwrap(),
            discount: l["total_discount_amount"].as_i64().unwrap(),
            total: l["total_amount"].as_i64().unwrap(),
            tax: l["total_tax_amount"].as_i64().unwrap(),
        })
        .collect()
}

/// The documented running total: `q` more units after `before` send
/// q × unit_price − (⌊D × (before + q) / Q⌋ − ⌊D × before / Q⌋).
fn expected_total(h: &Held, before: i64, q: i64) -> i64 {
    let cum = |k: i64| h.discount * k / h.quantity;
    q * h.unit_price - (cum(before + q) - cum(before))
}

/// `(order line index, quantity)` as the `lines` input: the order's line, quantity replaced.
fn lines_input(order: &Value, picks: &[(usize, i64)]) -> Vec<Value> {
    picks
        .iter()
        .map(|&(j, q)| {
            let mut line = order["order_lines"][j].clone();
            line["quantity"] = json!(q);
            line
        })
        .collect()
}

/// A random sub-multiset of what is available per line (each line with probability ½).
fn pick(rng: &mut Rng, available: &[i64]) -> Vec<(usize, i64)> {
    let mut picks = Vec::new();
    for (j, &a) in available.iter().enumerate() {
        if a > 0 && rng.below(2) == 0 {
            picks.push((j, 1 + rng.below(a)));
        }
    }
    // In any order: the builder must not depend on the order's.
    for i in (1..picks.len()).rev() {
        picks.swap(i, rng.below(i as i64 + 1) as usize);
    }
    picks
}

fn input_error(r: Result<impl std::fmt::Debug, BuildError>) -> Result<String, TestCaseError> {
    match r {
        Err(BuildError::Input { path, .. }) => Ok(path),
        other => Err(TestCaseError::fail(format!(
            "expected an input refusal, got {other:?}"
        ))),
    }
}

/// Per order line, what the parts built of it add up to.
fn sums(n: usize, parts: &[Vec<(usize, OmLine)>]) -> Vec<Held> {
    let mut s = vec![Held::default(); n];
    for (j, l) in parts.iter().flatten() {
        s[*j].quantity += l.quantity;
        s[*j].discount += l.total_discount_amount;
        s[*j].total += l.total_amount;
        s[*j].tax += l.total_tax_amount.unwrap();
    }
    s
}

enum Step {
    Capture,
    Refund,
}

/// One capture or refund of a random sub-multiset, checked against the documented amounts:
/// built when it fits the order, refused otherwise. Returns the picks that were built.
fn step(
    order: &mut Value,
    rng: &mut Rng,
    what: Step,
    all: bool,
    captured_q: &mut [i64],
    refunded_q: &mut [i64],
    parts: &mut Vec<Vec<(usize, OmLine)>>,
) -> Result<bool, TestCaseError> {
    let h = held(order);
    let available: Vec<i64> = match what {
        Step::Capture => h
            .iter()
            .zip(captured_q.iter())
            .map(|(h, c)| h.quantity - c)
            .collect(),
        Step::Refund => captured_q
            .iter()
            .zip(refunded_q.iter())
            .map(|(c, r)| c - r)
            .collect(),
    };
    let picks: Vec<(usize, i64)> = if all {
        available
            .iter()
            .enumerate()
            .filter(|&(_, &a)| a > 0)
            .map(|(j, &a)| (j, a))
            .collect()
    } else {
        pick(rng, &available)
    };
    if picks.is_empty() {
        return Ok(false);
    }
    let done = match what {
        Step::Capture => &*captured_q,
        Step::Refund => &*refunded_q,
    };
    let expected: Vec<i64> = picks
        .iter()
        .map(|&(j, q)| expected_total(&h[j], done[j], q))
        .collect();
    let sum: i64 = expected.iter().sum();
    let lines = lines_input(order, &picks);
    let (limit, built) = match what {
        Step::Capture => {
            let limit = amount(order, "remaining_authorized_amount");
            let r = build_capture(
                order.clone(),
                CaptureInput {
                    lines: Some(lines),
                    ..Default::default()
                },
            );
            (
                limit,
                r.map(|b| {
                    (
                        build::to_json(&b),
                        b.captured_amount,
                        b.order_lines.clone().unwrap(),
                        Some(b),
                        None,
                    )
                }),
            )
        }
        Step::Refund => {
            let limit = amount(order, "captured_amount") - amount(order, "refunded_amount");
            if amount(order, "captured_amount") == 0 {
                // Nothing to refund yet: Klarna's "Order has no captures".
                let r = build_refund(
                    order.clone(),
                    RefundInput {
                        lines: Some(lines),
                        ..Default::default()
                    },
                );
                match r {
                    Err(BuildError::Invalid { report }) => {
                        prop_assert_eq!(report.errors[0].rule.as_str(), "refund_no_capture");
                        return Ok(false);
                    }
                    other => {
                        return Err(TestCaseError::fail(format!("refund of nothing: {other:?}")))
                    }
                }
            }
            let r = build_refund(
                order.clone(),
                RefundInput {
                    lines: Some(lines),
                    ..Default::default()
                },
            );
            (
                limit,
                r.map(|b| {
                    (
                        build::to_json(&b),
                        b.refunded_amount,
                        b.order_lines.clone().unwrap(),
                        None,
                        Some(b),
                    )
                }),
            )
        }
    };
    if sum < 0 || sum > limit {
        prop_assert!(!all || sum >= 0, "everything left comes to {sum}");
        prop_assert_eq!(input_error(built)?, "lines");
        return Ok(false);
    }
    let (json, total, lines, capture, refund) = match built {
        Ok(b) => b,
        Err(e) => {
            return Err(TestCaseError::fail(format!(
                "refused {sum} within {limit}: {e:?}"
            )))
        }
    };
    prop_assert_eq!(total, sum);
    prop_assert_eq!(lines.len(), picks.len());
    for ((&(j, q), l), e) in picks.iter().zip(&lines).zip(&expected) {
        prop_assert_eq!(l.quantity, q);
        prop_assert_eq!(l.total_amount, *e);
        prop_assert_eq!(
            l.name.as_str(),
            order["order_lines"][j]["name"].as_str().unwrap()
        );
        // Within 1 of Klarna's exact tax of the part: |tax − total × r / (10000 + r)| ≤ 1.
        let (r, t) = (
            i128::from(l.tax_rate.unwrap()),
            i128::from(l.total_tax_amount.unwrap()),
        );
        prop_assert!(
            (t * (10_000 + r) - i128::from(l.total_amount) * r).abs() <= 10_000 + r,
            "{:?}",
            l
        );
    }
    let kind = match what {
        Step::Capture => PayloadKind::Capture,
        Step::Refund => PayloadKind::Refund,
    };
    assert_passes(kind, &json, order)?;
    match (capture, refund) {
        (Some(c), _) => apply_capture(order, &c),
        (_, Some(r)) => apply_refund(order, &r),
        _ => unreachable!(),
    }
    let done = match what {
        Step::Capture => captured_q,
        Step::Refund => refunded_q,
    };
    for &(j, q) in &picks {
        done[j] += q;
    }
    parts.push(picks.iter().map(|&(j, _)| j).zip(lines).collect());
    prop_assert!(amount(order, "captured_amount") <= amount(order, "order_amount"));
    prop_assert!(amount(order, "refunded_amount") <= amount(order, "captured_amount"));
    Ok(true)
}

/// Past the limits: one more unit of a line than is available, one more minor unit than
/// remains. Refused, never built.
fn over(
    order: &Value,
    rng: &mut Rng,
    captured_q: &[i64],
    refunded_q: &[i64],
) -> Result<(), TestCaseError> {
    let h = held(order);
    let j = rng.below(h.len() as i64) as usize;
    let uncaptured = h[j].quantity - captured_q[j];
    let lines = lines_input(order, &[(j, uncaptured + 1)]);
    let r = build_capture(
        order.clone(),
        CaptureInput {
            lines: Some(lines),
            ..Default::default()
        },
    );
    prop_assert_eq!(input_error(r)?, "lines[0].quantity");
    let remaining = amount(order, "remaining_authorized_amount");
    let r = build_capture(
        order.clone(),
        CaptureInput {
            amount: Some(remaining + 1),
            ..Default::default()
        },
    );
    prop_assert_eq!(input_error(r)?, "amount");
    if amount(order, "captured_amount") > 0 {
        let refundable = captured_q[j] - refunded_q[j];
        let lines = lines_input(order, &[(j, refundable + 1)]);
        let r = build_refund(
            order.clone(),
            RefundInput {
                lines: Some(lines),
                ..Default::default()
            },
        );
        prop_assert_eq!(input_error(r)?, "lines[0].quantity");
        let left = amount(order, "captured_amount") - amount(order, "refunded_amount");
        let r = build_refund(
            order.clone(),
            RefundInput {
                amount: Some(left + 1),
                ..Default::default()
            },
        );
        prop_assert_eq!(input_error(r)?, "amount");
    }
    Ok(())
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(48)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn partial_shipments_and_refunds_add_up_and_never_pass_the_limits(
        s in (0..MARKETS.len()).prop_flat_map(spec),
        seed in any::<u64>(),
        partial in 0usize..=6,
        partial_refunds in 0usize..=4,
    ) {
        let mut order = klarna_order(&s);
        let n = order["order_lines"].as_array().unwrap().len();
        let (mut captured_q, mut refunded_q) = (vec![0i64; n], vec![0i64; n]);
        let (mut captures, mut refunds) = (Vec::new(), Vec::new());
        let mut rng = Rng(seed);
        // Shipments, with returns of what was shipped in between.
        for _ in 0..partial {
            if rng.below(3) == 0 {
                step(&mut order, &mut rng, Step::Refund, false, &mut captured_q, &mut refunded_q, &mut refunds)?;
            } else {
                step(&mut order, &mut rng, Step::Capture, false, &mut captured_q, &mut refunded_q, &mut captures)?;
            }
            over(&order, &mut rng, &captured_q, &refunded_q)?;
        }
        // The last shipment: everything left, which always fits.
        let before = captures.len();
        step(&mut order, &mut rng, Step::Capture, true, &mut captured_q, &mut refunded_q, &mut captures)?;
        prop_assert!(captures.len() == before + 1 || captured_q.iter().zip(held(&order)).all(|(c, h)| *c == h.quantity));
        prop_assert_eq!(amount(&order, "captured_amount"), amount(&order, "order_amount"));
        prop_assert_eq!(amount(&order, "remaining_authorized_amount"), 0);
        let total: i64 = order["captures"].as_array().unwrap().iter().map(|c| c["captured_amount"].as_i64().unwrap()).sum();
        prop_assert_eq!(total, amount(&order, "order_amount"));
        let h = held(&order);
        for (j, (got, want)) in sums(n, &captures).iter().zip(&h).enumerate() {
            prop_assert_eq!(
                (got.quantity, got.discount, got.total, got.tax),
                (want.quantity, want.discount, want.total, want.tax),
                "line {}", j
            );
        }
        over(&order, &mut rng, &captured_q, &refunded_q)?;

        // Returns in parts, then the rest.
        for _ in 0..partial_refunds {
            step(&mut order, &mut rng, Step::Refund, false, &mut captured_q, &mut refunded_q, &mut refunds)?;
            over(&order, &mut rng, &captured_q, &refunded_q)?;
        }
        step(&mut order, &mut rng, Step::Refund, true, &mut captured_q, &mut refunded_q, &mut refunds)?;
        prop_assert_eq!(amount(&order, "refunded_amount"), amount(&order, "captured_amount"));
        for (j, (got, want)) in sums(n, &refunds).iter().zip(&h).enumerate() {
            prop_assert_eq!(
                (got.quantity, got.discount, got.total, got.tax),
                (want.quantity, want.discount, want.total, want.tax),
                "line {}", j
            );
        }
        over(&order, &mut rng, &captured_q, &refunded_q)?;
    }

    #[test]
    fn authorization_updates_never_go_below_what_was_captured(
        (s, cart) in (0..MARKETS.len()).prop_flat_map(|m| (spec(m), spec(m))),
        seed in any::<u64>(),
        shipments in 0usize..=2,
        everything in prop::bool::weighted(0.2),
        description in prop::option::of("[a-z ]{0,40}"),
    ) {
        let mut order = klarna_order(&s);
        let n = order["order_lines"].as_array().unwrap().len();
        let (mut captured_q, mut refunded_q) = (vec![0i64; n], vec![0i64; n]);
        let mut rng = Rng(seed);
        for _ in 0..shipments {
            step(&mut order, &mut rng, Step::Capture, false, &mut captured_q, &mut refunded_q, &mut Vec::new())?;
        }
        if everything {
            step(&mut order, &mut rng, Step::Capture, true, &mut captured_q, &mut refunded_q, &mut Vec::new())?;
        }
        let i = order_input(&cart);
        let new_amount = build::build_order(i.clone()).unwrap().order_amount;
        let input = UpdateAuthorizationInput {
            lines: i.lines,
            shipping: i.shipping,
            discounts: i.discounts,
            gift_cards: i.gift_cards,
            us_sales_tax: i.us_sales_tax,
            subscription: None,
            description: description.clone(),
        };
        let r = build_update_authorization(order.clone(), input);
        let captured = amount(&order, "captured_amount");
        if order["status"] == "CAPTURED" {
            match r {
                Err(BuildError::Invalid { report }) => prop_assert_eq!(report.errors[0].rule.as_str(), "authorization_not_allowed"),
                other => return Err(TestCaseError::fail(format!("update of a captured order: {other:?}"))),
            }
        } else if new_amount < captured {
            prop_assert_eq!(input_error(r)?, "lines");
        } else {
            let body = r.map_err(|e| TestCaseError::fail(format!("refused {new_amount} ≥ {captured}: {e:?}")))?;
            prop_assert_eq!(body.order_amount, new_amount);
            prop_assert_eq!(body.order_amount, body.order_lines.iter().map(|l| l.total_amount).sum::<i64>());
            prop_assert_eq!(&body.description, &description);
            assert_passes(PayloadKind::UpdateAuthorization, &build::to_json(&body), &order)?;
        }
    }
}

#[test]
fn lines_are_found_by_reference_or_name_and_refused_when_ambiguous() {
    let mut order = klarna_order(&Spec {
        market: 0,
        lines: vec![(2, 1000, 3, 0, true), (1, 500, 3, 0, false)],
        discounts: vec![],
        gift_card: None,
        shipping: None,
    });
    let capture = |order: &Value, lines: Vec<Value>| {
        build_capture(
            order.clone(),
            CaptureInput {
                lines: Some(lines),
                ..Default::default()
            },
        )
    };
    // By reference alone, by name alone, and as the order holds the line.
    let b = capture(&order, vec![json!({"reference": "SKU-0", "quantity": 1})]).unwrap();
    assert_eq!(b.captured_amount, 1000);
    let b = capture(&order, vec![json!({"name": "Item 1", "quantity": 1})]).unwrap();
    assert_eq!(b.captured_amount, 500);
    let as_held = lines_input(&order, &[(0, 2), (1, 1)]);
    assert_eq!(capture(&order, as_held).unwrap().captured_amount, 2500);
    // A field that differs from the order's line: no such line.
    let r = capture(
        &order,
        vec![json!({"reference": "SKU-0", "unit_price": 999, "quantity": 1})],
    );
    assert_eq!(input_error(r).unwrap(), "lines[0]");
    // Twice the same line.
    let r = capture(
        &order,
        vec![
            json!({"reference": "SKU-0", "quantity": 1}),
            json!({"name": "Item 0", "quantity": 1}),
        ],
    );
    assert_eq!(input_error(r).unwrap(), "lines[1]");
    // Two lines the fields given cannot tell apart.
    order["order_lines"][1]["reference"] = json!("SKU-0");
    let r = capture(&order, vec![json!({"reference": "SKU-0", "quantity": 1})]);
    assert_eq!(input_error(r).unwrap(), "lines[0]");
    // Lines and amount, or neither.
    let r = build_capture(
        order.clone(),
        CaptureInput {
            lines: Some(vec![json!({"name": "Item 1", "quantity": 1})]),
            amount: Some(500),
            ..Default::default()
        },
    );
    assert_eq!(input_error(r).unwrap(), "lines");
    assert_eq!(
        input_error(build_capture(order.clone(), CaptureInput::default())).unwrap(),
        "lines"
    );
}

#[test]
fn inputs_are_read_strictly_and_errors_quote_nothing_of_them() {
    let e = build::from_json::<CaptureInput>(r#"{"amount": 100, "shopper@example.org": 1}"#)
        .unwrap_err();
    assert!(!e.to_string().contains("shopper"), "{e}");
    let e = build::from_json::<RefundInput>(r#"{"amount": 1.5}"#).unwrap_err();
    assert!(
        matches!(e, BuildError::Input { ref path, .. } if path == "amount"),
        "{e:?}"
    );
    let order = klarna_order(&Spec {
        market: 1,
        lines: vec![(1, 1000, 3, 0, false)],
        discounts: vec![],
        gift_card: None,
        shipping: None,
    });
    let secret = "Jane Doe, Main Street 1";
    let r = build_capture(
        order,
        CaptureInput {
            lines: Some(vec![json!({"name": secret, "quantity": 1})]),
            ..Default::default()
        },
    );
    let e = r.unwrap_err();
    assert!(!e.to_string().contains("Jane"), "{e}");
}

#[test]
fn an_update_below_the_captured_amount_quotes_klarna() {
    let mut order = klarna_order(&Spec {
        market: 1,
        lines: vec![(1, 10_000, 3, 0, true)],
        discounts: vec![],
        gift_card: None,
        shipping: None,
    });
    order["captured_amount"] = json!(8000);
    order["remaining_authorized_amount"] = json!(2000);
    order["status"] = json!("PART_CAPTURED");
    let cart: UpdateAuthorizationInput =
        build::from_json(r#"{"lines": [{"name": "Mug", "unit_price": 7000, "tax_rate": 1900}]}"#)
            .unwrap();
    match build_update_authorization(order, cart) {
        Err(BuildError::Input { path, message }) => {
            assert_eq!(path, "lines");
            assert!(message.contains("Resulting authorization amount 7000 cannot be less than the captured amount 8000 for order. Order authorization cannot be updated"), "{message}");
        }
        other => panic!("{other:?}"),
    }
}
