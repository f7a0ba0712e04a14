//! Quick-mode fuzzing, run by every `cargo test`: no input may panic (a panic kills the wasm
//! instance), and the same input always gives the same report. Random JSON is built from the
//! schemas' own field names, so it reaches the rules, not only the parser. The coverage-guided
//! deep mode is `make fuzz` (fuzz/). PROPTEST_CASES raises the count.

use klarna_precheck::build::{self, CustomerTokenInput, OrderInput, TokenOrderInput};
use klarna_precheck::schema::{ObjectSchema, Type};
use klarna_precheck::{flow, json, validate, Options, PayloadKind};
use proptest::prelude::*;
use std::collections::BTreeSet;

fn names(schema: &'static ObjectSchema, out: &mut BTreeSet<&'static str>) {
    for f in schema.fields {
        if out.insert(f.name) {
            let mut ty = &f.ty;
            while let Type::Array(a) = ty {
                ty = a.items;
            }
            if let Type::Object(s) = ty {
                names(s, out);
            }
        }
    }
}

fn vocabulary() -> Vec<&'static str> {
    let mut out = BTreeSet::new();
    for kind in PayloadKind::ALL {
        names(kind.schema(), &mut out);
    }
    // Builder input fields too.
    out.extend([
        "lines",
        "shipping",
        "discounts",
        "gift_cards",
        "us_sales_tax",
        "amount",
        "tax_percent",
        "__proto__",
        "constructor",
    ]);
    out.into_iter().collect()
}

fn number() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<i64>().prop_map(|n| n.to_string()),
        (-1_000_000i64..1_000_000).prop_map(|n| n.to_string()),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| format!("{f:e}")),
        Just("9007199254740993".to_string()),
        Just("-0".to_string()),
        Just("1e400".to_string()),
        Just("49.99".to_string()),
        "[0-9]{1,30}(\\.[0-9]{1,5})?([eE][+-]?[0-9]{1,4})?",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-zA-Z]{2}",
        "[a-zA-Z]{2}-[a-zA-Z]{2}",
        "https?:/{0,2}\\PC{0,6}",
        Just("https:/é".to_string()),
        Just("{session.id}".to_string()),
        "(physical|discount|sales_tax|gift_card|store_credit|SUBSCRIPTION|CANCELLED|buy|tokenize)",
        "\\PC{0,40}@\\PC{0,10}",
    ]
    .prop_map(|s| serde_json::to_string(&s).unwrap())
}

/// Random JSON text whose keys are mostly the schemas' own field names.
fn json_value() -> impl Strategy<Value = String> {
    let keys = vocabulary();
    let leaf = prop_oneof![
        number(),
        text(),
        Just("null".to_string()),
        Just("true".to_string()),
        Just("false".to_string())
    ];
    leaf.prop_recursive(6, 256, 12, move |inner| {
        let key = prop_oneof![4 => prop::sample::select(keys.clone()).prop_map(String::from), 1 => any::<String>()];
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..12).prop_map(|v| format!("[{}]", v.join(","))),
            prop::collection::vec((key, inner), 0..12).prop_map(|m| format!(
                "{{{}}}",
                m.iter().map(|(k, v)| format!("{}:{v}", serde_json::to_string(k).unwrap())).collect::<Vec<_>>().join(",")
            )),
        ]
    })
}

fn exercise(text: &str) {
    for kind in PayloadKind::ALL {
        let report = validate(kind, text, &Options::default());
        assert_eq!(report.valid, report.errors.is_empty());
        assert_eq!(
            report,
            validate(kind, text, &Options::default()),
            "not deterministic"
        );
        for v in report.errors.iter().chain(&report.warnings) {
            let _ = json::locate(text, &v.path);
        }
    }
    if let Ok(input) = build::from_json::<OrderInput>(text) {
        let _ = build::build_order(input.clone());
        let _ = build::build_session(input);
    }
    if let Ok(input) = build::from_json::<TokenOrderInput>(text) {
        let _ = build::build_token_order(input);
    }
    if let Ok(input) = build::from_json::<CustomerTokenInput>(text) {
        let _ = build::build_customer_token(input);
    }
    let _ = flow::compare_with_authorization(text, text);
    let _ = flow::parse_klarna_error(text, None);
    let _ = flow::parse_order_response(text);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(256), ..ProptestConfig::default() })]

    #[test]
    fn any_string_gets_a_report(s in any::<String>()) {
        exercise(&s);
    }

    #[test]
    fn any_json_built_from_schema_names_gets_a_report(s in json_value()) {
        exercise(&s);
    }
}

#[test]
fn large_and_deep_inputs_are_bounded() {
    let deep = format!("{}{}", "[".repeat(1000), "]".repeat(1000));
    let report = validate(PayloadKind::Order, &deep, &Options::default());
    assert_eq!(report.errors[0].rule.as_str(), "json_syntax");
    let huge = format!(
        r#"{{"status":"CANCELLED","merchant_data":"{}"}}"#,
        "x".repeat(10_000_000)
    );
    assert_eq!(
        validate(PayloadKind::TokenStatus, &huge, &Options::default()).warnings[0]
            .rule
            .as_str(),
        "unknown_field"
    );
    let lines =
        vec![r#"{"name":"P","quantity":1,"unit_price":1,"total_amount":1}"#; 100_000].join(",");
    let report = validate(
        PayloadKind::Order,
        &format!(
            r#"{{"purchase_country":"GB","purchase_currency":"GBP","order_amount":100000,"order_lines":[{lines}]}}"#
        ),
        &Options::default(),
    );
    assert_eq!(
        report
            .errors
            .iter()
            .map(|e| e.rule.as_str())
            .collect::<Vec<_>>(),
        ["max_items"]
    );
}
