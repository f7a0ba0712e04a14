//! The fidelity corpus (`tests/fidelity/`): public request bodies whose fate at Klarna is known.
//! The package agrees with Klarna when it reports no error on a body Klarna accepted, and an
//! error at (or inside) a path Klarna named on a body it rejected. Warnings never count
//! against agreement. `tests/js/fidelity.test.mjs` runs the same corpus through the built
//! package. The format is `tests/fidelity/FORMAT.md`.

mod support;

use klarna_precheck::{validate, Options, PayloadKind, Report, Violation};
use std::collections::BTreeMap;
use std::fs;

struct Body {
    file: String,
    kind: PayloadKind,
    verdict: String,
    /// The paths Klarna named, for a rejected body.
    paths: Vec<String>,
    report: Report,
}

fn corpus() -> Vec<Body> {
    let mut bodies = Vec::new();
    for dir in ["tests/fidelity/recorded", "tests/fidelity/collected"] {
        let mut files: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        for path in files {
            let text = fs::read_to_string(&path).unwrap();
            let entry: serde_json::Value = serde_json::from_str(&text).unwrap();
            let file = path.display().to_string();
            for key in ["id", "kind", "verdict", "evidence", "source", "payload"] {
                assert!(!entry[key].is_null(), "{file}: no `{key}`");
            }
            let kind: PayloadKind = entry["kind"].as_str().unwrap().parse().unwrap();
            let verdict = entry["verdict"].as_str().unwrap().to_string();
            let paths = entry["klarna_error"]["paths"]
                .as_array()
                .map(|p| p.iter().map(|p| p.as_str().unwrap().to_string()).collect())
                .unwrap_or_default();
            let report = validate(kind, &support::payload_text(&text), &Options::default());
            bodies.push(Body {
                file,
                kind,
                verdict,
                paths,
                report,
            });
        }
    }
    bodies
}

/// `path [rule]` of each violation, for messages.
fn listed(violations: &[Violation]) -> Vec<String> {
    violations
        .iter()
        .map(|v| format!("{} [{}]", v.path, v.rule))
        .collect()
}

/// `order_lines[2].total_amount` is inside `order_lines` and inside itself.
fn inside(path: &str, named: &str) -> bool {
    path == named
        || path
            .strip_prefix(named)
            .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
}

#[test]
fn the_corpus_agrees_with_klarna() {
    let mut disagreements = Vec::new();
    let verbose = std::env::var_os("FIDELITY_VERBOSE").is_some();
    for body in corpus() {
        let errors = listed(&body.report.errors);
        if verbose {
            let warnings = listed(&body.report.warnings);
            eprintln!(
                "{} {}: errors {errors:?} warnings {warnings:?}",
                body.verdict, body.file
            );
        }
        match body.verdict.as_str() {
            "accepted" if !errors.is_empty() => disagreements.push(format!(
                "{}: Klarna accepted it; reported {errors:?}",
                body.file
            )),
            "rejected" => {
                assert!(
                    !body.paths.is_empty(),
                    "{}: a rejection names its paths",
                    body.file
                );
                let flagged = body
                    .report
                    .errors
                    .iter()
                    .any(|e| body.paths.iter().any(|p| inside(&e.path, p)));
                if !flagged {
                    disagreements.push(format!(
                        "{}: Klarna rejected it at {:?}; reported {errors:?}",
                        body.file, body.paths
                    ));
                }
            }
            "accepted" | "unknown" => {}
            other => panic!("{}: verdict {other:?}", body.file),
        }
    }
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n"));
}

#[test]
fn the_corpus_covers_every_kind_with_at_least_40_bodies() {
    let bodies = corpus();
    let mut per_kind: BTreeMap<&str, usize> = BTreeMap::new();
    for body in &bodies {
        *per_kind.entry(body.kind.as_str()).or_default() += 1;
    }
    assert!(bodies.len() >= 40, "{} bodies", bodies.len());
    for kind in PayloadKind::ALL {
        assert!(
            per_kind.get(kind.as_str()).is_some_and(|&n| n > 0),
            "no body of kind {kind}: {per_kind:?}"
        );
    }
    let decided = bodies.iter().filter(|b| b.verdict != "unknown").count();
    assert!(
        decided * 10 >= bodies.len() * 9,
        "{decided} of {} decided",
        bodies.len()
    );
}
