//! The shared case files in `tests/cases/`: each names a kind, a payload and the exact
//! `(path, rule)` lists expected. The same files run against the built npm package in Node
//! and Chromium (tests/js/), which must produce these very reports.

mod support;

use klarna_precheck::{validate, Options, PayloadKind, Report};
use std::fs;
use std::path::Path;
use support::{options_of, payload_text};

fn pairs(list: &[klarna_precheck::Violation]) -> Vec<(String, String)> {
    list.iter()
        .map(|v| (v.path.clone(), v.rule.as_str().to_string()))
        .collect()
}

fn expected_pairs(case: &serde_json::Value, key: &str) -> Vec<(String, String)> {
    case[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p[0].as_str().unwrap().into(), p[1].as_str().unwrap().into()))
        .collect()
}

fn run(file: &Path) -> Report {
    let text = fs::read_to_string(file).unwrap();
    let case: serde_json::Value = serde_json::from_str(&text).unwrap();
    let kind: PayloadKind = case["kind"].as_str().unwrap().parse().unwrap();
    validate(kind, &payload_text(&text), &options_of(&text))
}

/// Every case's mismatches, all at once, so one run shows everything that changed.
#[test]
fn every_case_reports_exactly_the_expected_paths_and_rules() {
    let mut mismatches = Vec::new();
    insta::glob!("cases/*.json", |file| {
        let report = run(file);
        let text = fs::read_to_string(file).unwrap();
        let case: serde_json::Value = serde_json::from_str(&text).unwrap();
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        for (list, got) in [("errors", &report.errors), ("warnings", &report.warnings)] {
            let (got, want) = (pairs(got), expected_pairs(&case, list));
            if got != want {
                mismatches.push(format!("{name} {list}:\n  got:  {got:?}\n  want: {want:?}"));
            }
        }
        assert_eq!(report.valid, report.errors.is_empty());
        insta::assert_json_snapshot!(report);
    });
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn reports_are_deterministic() {
    for entry in fs::read_dir("tests/cases").unwrap() {
        let file = entry.unwrap().path();
        assert_eq!(run(&file), run(&file), "{}", file.display());
    }
}

#[test]
fn there_is_a_valid_and_an_invalid_case_for_every_kind() {
    for kind in PayloadKind::ALL {
        let mut valid = 0;
        let mut invalid = 0;
        for entry in fs::read_dir("tests/cases").unwrap() {
            let text = fs::read_to_string(entry.unwrap().path()).unwrap();
            let case: serde_json::Value = serde_json::from_str(&text).unwrap();
            if case["kind"] == kind.as_str() {
                if case["errors"].as_array().unwrap().is_empty() {
                    valid += 1;
                } else {
                    invalid += 1;
                }
            }
        }
        assert!(
            valid > 0 && invalid > 0,
            "{kind}: {valid} valid, {invalid} invalid cases"
        );
    }
}

/// Every rule id is the expected outcome of at least one case, except those a case file cannot
/// show (`support::NOT_FROM_CASE_FILES`, each with the test that does).
#[test]
fn every_rule_has_an_invalid_case() {
    let mut seen = std::collections::BTreeSet::new();
    for entry in fs::read_dir("tests/cases").unwrap() {
        let case: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(entry.unwrap().path()).unwrap()).unwrap();
        for list in ["errors", "warnings"] {
            for (_, rule) in expected_pairs(&case, list) {
                seen.insert(rule);
            }
        }
    }
    let missing: Vec<&str> = klarna_precheck::Rule::ALL
        .iter()
        .map(|r| r.as_str())
        .filter(|r| !seen.contains(*r) && !support::NOT_FROM_CASE_FILES.iter().any(|(n, _)| n == r))
        .collect();
    assert!(
        missing.is_empty(),
        "rules without an invalid case: {missing:?}"
    );
}

#[test]
fn a_flood_of_violations_is_cut_at_1000() {
    let members: Vec<String> = (0..1500).map(|i| format!("\"x{i}\":1")).collect();
    let report = validate(
        PayloadKind::TokenStatus,
        &format!("{{\"status\":\"CANCELLED\",{}}}", members.join(",")),
        &Options::default(),
    );
    assert!(report.valid);
    assert_eq!(report.warnings.len(), 1001);
    assert_eq!(report.warnings[1000].rule.as_str(), "too_many_violations");
    assert!(report.warnings[..1000]
        .iter()
        .all(|w| w.rule.as_str() == "unknown_field"));
}

/// The JSON text the wasm boundary hands to JS (`Report::to_json`) is the serialized report,
/// as JS reads it: the same members and values, numbers compared as the f64 `JSON.parse` makes
/// (an integer past 2^53 is written exactly, serde writes its nearest f64: the same JS number).
#[test]
fn report_json_text_is_the_serialized_report() {
    for entry in fs::read_dir("tests/cases").unwrap() {
        let file = entry.unwrap().path();
        let text = fs::read_to_string(&file).unwrap();
        let case: serde_json::Value = serde_json::from_str(&text).unwrap();
        let kind: PayloadKind = case["kind"].as_str().unwrap().parse().unwrap();
        for warnings_as_errors in [false, true] {
            let options = Options {
                warnings_as_errors,
                ..options_of(&text)
            };
            let report = validate(kind, &payload_text(&text), &options);
            let json = report.to_json();
            let parsed: serde_json::Value = serde_json::from_str(&json)
                .unwrap_or_else(|e| panic!("{}: {e}\n{json}", file.display()));
            assert_eq!(
                as_js_numbers(parsed),
                as_js_numbers(serde_json::to_value(&report).unwrap()),
                "{}",
                file.display()
            );
        }
    }
}

fn as_js_numbers(v: serde_json::Value) -> serde_json::Value {
    use serde_json::Value as J;
    match v {
        J::Number(n) => J::from(n.as_f64().unwrap()),
        J::Array(items) => J::Array(items.into_iter().map(as_js_numbers).collect()),
        J::Object(m) => J::Object(m.into_iter().map(|(k, v)| (k, as_js_numbers(v))).collect()),
        other => other,
    }
}
