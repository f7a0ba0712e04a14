//! `src/model/` must say what Klarna's OpenAPI specs say, constraint by constraint. This walks
//! each request schema in `tests/spec/*.openapi.yml` (following `$ref`s) next to the crate's
//! static schema and compares every keyword. Deliberate departures are listed in DEVIATIONS,
//! each with its reason; anything else that differs fails.

use klarna_precheck::schema::{ObjectSchema, Presence, Type};
use klarna_precheck::PayloadKind;
use serde_json::Value as Json;
use std::collections::BTreeSet;

/// (schema name, field, keyword, reason): where the crate is stricter than the spec on purpose.
const DEVIATIONS: &[(&str, &str, &str, &str)] = &[
    (
        "order_line",
        "reference",
        "maxLength",
        "the backend answers 'size must be between 0 and 64' (KLARNA-RULES.md)",
    ),
    (
        "order_line",
        "type",
        "enum",
        "the Payments spec lists the line types only in the description",
    ),
];

fn load(file: &str) -> Json {
    let bytes = std::fs::read(format!("tests/spec/{file}")).unwrap();
    let yaml: serde_yaml::Value = serde_yaml::from_str(&String::from_utf8_lossy(&bytes)).unwrap();
    serde_json::to_value(yaml).unwrap()
}

fn resolve<'a>(spec: &'a Json, schema: &'a Json) -> &'a Json {
    match schema["$ref"].as_str() {
        Some(r) => &spec["components"]["schemas"][r.trim_start_matches("#/components/schemas/")],
        None => schema,
    }
}

fn deviation(object: &str, field: &str, keyword: &str) -> bool {
    DEVIATIONS
        .iter()
        .any(|&(o, f, k, _)| (o, f, k) == (object, field, keyword))
}

struct Compare<'a> {
    spec: &'a Json,
    differences: Vec<String>,
    checked: usize,
}

impl Compare<'_> {
    fn check(
        &mut self,
        at: &str,
        object: &str,
        field: &str,
        keyword: &str,
        spec: Option<String>,
        ours: Option<String>,
    ) {
        self.checked += 1;
        if spec != ours && !deviation(object, field, keyword) {
            self.differences
                .push(format!("{at} {keyword}: spec {spec:?}, model {ours:?}"));
        }
    }

    fn object(&mut self, at: &str, spec_schema: &Json, ours: &ObjectSchema) {
        let spec_schema = resolve(self.spec, spec_schema);
        let props = spec_schema["properties"].as_object().unwrap();
        let spec_names: BTreeSet<&str> = props.keys().map(String::as_str).collect();
        let our_names: BTreeSet<&str> = ours.fields.iter().map(|f| f.name).collect();
        self.check(
            at,
            ours.name,
            "",
            "properties",
            Some(format!("{spec_names:?}")),
            Some(format!("{our_names:?}")),
        );
        let required: BTreeSet<&str> = spec_schema["required"]
            .as_array()
            .map_or_else(BTreeSet::new, |r| {
                r.iter().filter_map(Json::as_str).collect()
            });
        let our_required: BTreeSet<&str> = ours
            .fields
            .iter()
            .filter(|f| !ours.partial && f.presence.spec_required())
            .map(|f| f.name)
            .collect();
        self.check(
            at,
            ours.name,
            "",
            "required",
            Some(format!("{required:?}")),
            Some(format!("{our_required:?}")),
        );
        assert!(
            ours.fields.len() <= 64,
            "{}: the walk tracks fields in a u64",
            ours.name
        );
        for field in ours.fields {
            let Some(spec_field) = props.get(field.name) else {
                continue;
            };
            let path = format!("{at}.{}", field.name);
            let read_only = spec_field["readOnly"].as_bool().unwrap_or(false);
            self.check(
                &path,
                ours.name,
                field.name,
                "readOnly",
                Some(read_only.to_string()),
                Some((field.presence == Presence::ReadOnly).to_string()),
            );
            self.value(&path, ours.name, field.name, spec_field, &field.ty);
        }
    }

    fn value(&mut self, at: &str, object: &str, field: &str, spec_field: &Json, ours: &Type) {
        let spec_field = resolve(self.spec, spec_field);
        let num = |k: &str| spec_field[k].as_i64().map(|n| n.to_string());
        let num_or = |k: &str, default: &str| Some(num(k).unwrap_or(default.into()));
        let flag = |k: &str| Some(spec_field[k].as_bool().unwrap_or(false).to_string());
        let text = |v: &str| Some(v.to_string());
        let spec_type = spec_field["type"]
            .as_str()
            .or(spec_field.get("properties").map(|_| "object"));
        // (keyword, what the spec says, what the model says)
        let mut keywords = vec![(
            "type",
            spec_type.map(Into::into),
            text(ours.expected().code()),
        )];
        match ours {
            Type::String(r) => keywords.extend([
                (
                    "minLength",
                    num_or("minLength", "0"),
                    text(&r.min_length.to_string()),
                ),
                (
                    "maxLength",
                    num("maxLength"),
                    r.max_length.map(|n| n.to_string()),
                ),
                (
                    "pattern",
                    spec_field["pattern"].as_str().map(Into::into),
                    r.pattern.map(|p| p.source().into()),
                ),
                (
                    "enum",
                    spec_field["enum"].as_array().map(|e| format!("{e:?}")),
                    (!r.allowed.is_empty()).then(|| {
                        format!(
                            "{:?}",
                            r.allowed.iter().map(|s| Json::from(*s)).collect::<Vec<_>>()
                        )
                    }),
                ),
            ]),
            Type::Integer(r) => keywords.extend([
                ("minimum", num("minimum"), r.minimum.map(|n| n.to_string())),
                ("maximum", num("maximum"), r.maximum.map(|n| n.to_string())),
            ]),
            Type::Array(r) => keywords.extend([
                (
                    "minItems",
                    num_or("minItems", "0"),
                    text(&r.min_items.to_string()),
                ),
                (
                    "maxItems",
                    num("maxItems"),
                    r.max_items.map(|n| n.to_string()),
                ),
                (
                    "uniqueItems",
                    flag("uniqueItems"),
                    text(&r.unique.to_string()),
                ),
            ]),
            // Extra merchant data's own types: no OpenAPI spec describes the body.
            Type::Boolean | Type::Object(_) | Type::Number(_) | Type::Undocumented(_) => {}
        }
        for (keyword, spec, model) in keywords {
            self.check(at, object, field, keyword, spec, model);
        }
        match ours {
            Type::Object(schema) => self.object(at, spec_field, schema),
            Type::Array(r) => self.value(
                &format!("{at}[]"),
                object,
                field,
                &spec_field["items"],
                r.items,
            ),
            _ => {}
        }
    }
}

#[test]
fn every_request_schema_matches_its_spec() {
    let payments = load("klarna-payments-api.openapi.yml");
    let tokens = load("klarna-customer-token-api.openapi.yml");
    let cases: [(PayloadKind, &Json, &str); 6] = [
        (PayloadKind::Session, &payments, "session_create"),
        (PayloadKind::SessionUpdate, &payments, "session"),
        (PayloadKind::Order, &payments, "create_order_request"),
        (
            PayloadKind::CustomerToken,
            &payments,
            "customer_token_creation_request",
        ),
        (PayloadKind::TokenOrder, &tokens, "customer_token_order"),
        (
            PayloadKind::TokenStatus,
            &tokens,
            "customer_token_status_update_request",
        ),
    ];
    let mut total = 0;
    let mut differences = Vec::new();
    for (kind, spec, name) in cases {
        assert_eq!(kind.schema().name, name);
        let mut cmp = Compare {
            spec,
            differences: Vec::new(),
            checked: 0,
        };
        cmp.object(name, &spec["components"]["schemas"][name], kind.schema());
        total += cmp.checked;
        differences.extend(cmp.differences);
    }
    assert!(
        differences.is_empty(),
        "model differs from spec:\n{}",
        differences.join("\n")
    );
    assert!(total > 500, "only {total} constraints compared");
}
