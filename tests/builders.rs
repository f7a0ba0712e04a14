//! The builders' guarantee: for every input they accept, the output passes `validate`; and
//! they accept every well-formed cart (random carts of 1..1000 lines, every market, random
//! rates, quantities, line and order discounts, gift cards, shipping, the US convention).
//! PROPTEST_CASES raises the number of carts for a deeper run (default 48).

use klarna_precheck::build::{
    self, order_line, BuildError, LineInput, OrderInput, TokenOrderInput,
};
use klarna_precheck::data::markets::MARKETS;
use klarna_precheck::{validate, Options, PayloadKind};
use proptest::prelude::*;
use serde_json::json;

fn assert_valid(kind: PayloadKind, payload: &impl serde::Serialize) {
    let report = validate(kind, &build::to_json(payload), &Options::default());
    assert!(report.errors.is_empty(), "{kind}: {:?}", report.errors);
}

#[derive(Debug, Clone)]
struct Cart {
    market: usize,
    lines: Vec<(i64, i64, i64, u8)>, // quantity, unit price, tax rate, line-discount percent
    discounts: Vec<u8>,              // percent of the goods
    gift_card: Option<u8>,           // percent of what is left
    shipping: Option<(i64, i64)>,
    percent: Option<String>, // a three-decimal rate, e.g. "6.625"
}

fn rate() -> impl Strategy<Value = i64> {
    prop_oneof![
        Just(0i64),
        Just(600),
        Just(1000),
        Just(1200),
        Just(1900),
        Just(2000),
        Just(2100),
        Just(2500),
        Just(2700),
        0i64..=10_000,
    ]
}

/// A cart draws its lines' rates from a palette of 1 to 4 (real carts have few VAT rates).
fn cart() -> impl Strategy<Value = Cart> {
    (
        0..MARKETS.len(),
        prop::collection::vec(rate(), 1..=4),
        prop::collection::vec(
            (
                1i64..=20,
                0i64..=500_000,
                any::<prop::sample::Index>(),
                0u8..=50,
            ),
            1..=1000,
        ),
        prop::collection::vec(1u8..=30, 0..=2),
        prop::option::of(1u8..=50),
        prop::option::of((0i64..=10_000, rate())),
        prop::option::of((0u32..=25, 0u32..=999).prop_map(|(w, f)| format!("{w}.{f:03}"))),
    )
        .prop_map(
            |(market, palette, lines, discounts, gift_card, shipping, percent)| Cart {
                market,
                lines: lines
                    .into_iter()
                    .map(|(q, p, pick, off)| (q, p, *pick.get(&palette), off))
                    .collect(),
                discounts,
                gift_card,
                shipping,
                percent,
            },
        )
}

fn input(c: &Cart) -> OrderInput {
    let m = &MARKETS[c.market];
    let us = m.country == "US";
    let lines: Vec<LineInput> = c
        .lines
        .iter()
        .enumerate()
        .map(|(i, &(quantity, unit_price, rate, off))| LineInput {
            name: format!("Item {i}"),
            quantity,
            unit_price,
            tax_rate: (!us && c.percent.is_none()).then_some(rate),
            tax_percent: (!us).then(|| c.percent.clone()).flatten(),
            total_discount_amount: Some(quantity * unit_price * i64::from(off) / 100),
            ..Default::default()
        })
        .collect();
    let goods: i64 = c
        .lines
        .iter()
        .map(|&(q, p, _, off)| q * p - q * p * i64::from(off) / 100)
        .sum();
    let discounts: Vec<_> = c
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
    let left = goods
        - discounts
            .iter()
            .map(|d: &build::payload::ReductionInput| d.amount)
            .sum::<i64>();
    let gift_cards = c
        .gift_card
        .map(|pct| left * i64::from(pct) / 100)
        .filter(|&a| a > 0)
        .map(|amount| {
            serde_json::from_value(json!({"name": "Gift card", "amount": amount})).unwrap()
        })
        .into_iter()
        .collect();
    OrderInput {
        purchase_country: m.country.to_string(),
        lines,
        discounts,
        gift_cards,
        shipping: c.shipping.map(|(amount, rate)| {
            serde_json::from_value(json!({"amount": amount, "tax_rate": if us { 0 } else { rate }}))
                .unwrap()
        }),
        us_sales_tax: us.then(|| serde_json::from_value(json!({"tax_percent": "8.875"})).unwrap()),
        billing_address: Some(match m.country {
            "US" => json!({"country": "US", "region": "NY"}),
            "AU" => json!({"country": "AU", "region": "NSW"}),
            country => json!({ "country": country }),
        }),
        ..Default::default()
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(48), ..ProptestConfig::default() })]

    #[test]
    fn every_built_cart_validates(c in cart()) {
        let order = match build::build_order(input(&c)) {
            Ok(order) => order,
            // The one refusal a well-formed cart may get: goods plus the lines the builder adds
            // (shipping, discounts per rate, gift cards, sales tax) past Klarna's 1000.
            Err(BuildError::Input { path, message }) if path == "lines" => {
                let count: usize = message.split_whitespace().find_map(|w| w.parse().ok()).unwrap_or(0);
                prop_assert!(count > 1000 && count > c.lines.len(), "{}", message);
                return Ok(());
            }
            Err(e) => return Err(TestCaseError::fail(format!("build_order refused: {e}"))),
        };
        assert_valid(PayloadKind::Order, &order);
        prop_assert_eq!(order.order_amount, order.order_lines.iter().map(|l| l.total_amount).sum::<i64>());

        let session = build::build_session(input(&c)).map_err(|e| TestCaseError::fail(format!("build_session refused: {e}")))?;
        assert_valid(PayloadKind::Session, &session);

        let i = input(&c);
        let token = build::build_token_order(TokenOrderInput {
            purchase_currency: order.purchase_currency.clone(),
            lines: i.lines,
            discounts: i.discounts,
            gift_cards: i.gift_cards,
            shipping: i.shipping,
            us_sales_tax: i.us_sales_tax,
            merchant_urls: Some(json!({"confirmation": "https://shop.example/thanks"})),
            ..Default::default()
        });
        // Token orders have a lower amount limit (100 000 000) and need a positive total:
        // a refusal must then be the validator's, with its report.
        match token {
            Ok(t) => assert_valid(PayloadKind::TokenOrder, &t),
            Err(BuildError::Invalid { report }) => prop_assert!(report.errors.iter().all(|e| matches!(e.rule.as_str(), "maximum" | "minimum"))),
            Err(e) => return Err(TestCaseError::fail(format!("build_token_order refused: {e}"))),
        }
    }
}

#[test]
fn worked_examples_come_out_to_the_documented_numbers() {
    let line = |quantity, unit_price, tax_rate, line_type: Option<&str>| {
        order_line(LineInput {
            name: "x".into(),
            quantity,
            unit_price,
            tax_rate: Some(tax_rate),
            line_type: line_type.map(Into::into),
            ..Default::default()
        })
        .unwrap()
    };
    // KLARNA-RULES.md: 10% of 5000 gross is taken as 500 in the wild; Klarna expects 455.
    assert_eq!(line(1, 5000, 1000, None).total_tax_amount, 455);
    // Klarna's message example: a discount line with calculated tax -2990 (25% of -14950 gross).
    assert_eq!(
        line(1, 14950, 2500, Some("discount")).total_tax_amount,
        -2990
    );
    // Three-decimal rates are sent rounded: 6.625% → 663.
    let l = order_line(LineInput {
        name: "x".into(),
        quantity: 1,
        unit_price: 10000,
        tax_percent: Some("6.625".into()),
        ..Default::default()
    })
    .unwrap();
    assert_eq!(l.tax_rate, 663);
    // A 10% discount on a cart at 25% and 12% splits per rate, adding up exactly.
    assert_eq!(
        build::split_discount(1000, &[(2500, 6000), (1200, 4000)]).unwrap(),
        [(2500, 600), (1200, 400)]
    );
    assert_eq!(
        build::split_discount(100, &[(2500, 1), (1200, 1), (600, 1)]).unwrap(),
        [(2500, 34), (1200, 33), (600, 33)]
    );
}

#[test]
fn us_convention_and_market_defaults() {
    let order = build::build_order(build::from_json(r#"{
        "purchase_country": "US",
        "lines": [{"name": "Shoes", "unit_price": 10000}, {"name": "Socks", "quantity": 3, "unit_price": 500}],
        "us_sales_tax": {"tax_percent": "8.25"},
        "billing_address": {"country": "US", "region": "CA"}
    }"#).unwrap()).unwrap();
    assert_eq!(
        (order.purchase_currency.as_str(), order.locale.as_str()),
        ("USD", "en-US")
    );
    let tax = order.order_lines.last().unwrap();
    assert_eq!(
        (
            tax.line_type,
            tax.total_amount,
            order.order_tax_amount,
            order.order_amount
        ),
        ("sales_tax", 949, 949, 12449)
    );
}

#[test]
fn refusals_are_typed_with_paths_and_never_echo_input() {
    let err = build::from_json::<OrderInput>(r#"{"purchase_country":"SE","lines":[{"name":"Jane Doe","quantity":1.5,"unit_price":100}]}"#).unwrap_err();
    assert_eq!(
        err,
        BuildError::Input {
            path: "lines[0].quantity".into(),
            message: "must be a whole number, got 1.5".into()
        }
    );
    let err = build::from_json::<OrderInput>(r#"{"purchase_country":"SE","lines":[{"name":"Jane Doe","unit_price":"jane@example.com"}]}"#).unwrap_err();
    assert!(!err.to_string().contains("jane"), "{err}");
    let err = build::build_order(build::from_json(r#"{"purchase_country":"SE","purchase_currency":"EUR","lines":[{"name":"Kaffe","unit_price":100}]}"#).unwrap()).unwrap_err();
    match err {
        BuildError::Invalid { report } => {
            assert_eq!(report.errors[0].rule.as_str(), "market_currency")
        }
        other => panic!("{other:?}"),
    }
    let err = build::build_order(build::from_json(r#"{"purchase_country":"SE","lines":[{"name":"Kaffe","unit_price":100}],"discounts":[{"name":"Too much","amount":101}]}"#).unwrap()).unwrap_err();
    assert!(
        matches!(err, BuildError::Input { ref path, .. } if path == "discounts[0].amount"),
        "{err:?}"
    );
}
