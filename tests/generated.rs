//! Files generated from the Rust declarations, kept in the repository so that they can be read
//! and reviewed: the `RuleId`, `PayloadKind` and request body types in `pkg/index.d.ts` and the
//! rules table in `README.md`, each between `generated` markers. `make build` writes them
//! (`UPDATE_GENERATED=1 cargo test --test generated`); without the variable this test fails
//! when one is out of date, and CI fails when the build changed a committed copy.

use klarna_precheck::data::emd_segments::SEGMENTS;
use klarna_precheck::keywords::format::Format;
use klarna_precheck::model::emd::EXTRA_MERCHANT_DATA;
use klarna_precheck::schema::{ObjectSchema, Presence, Type};
use klarna_precheck::{Api, PayloadKind, Rule, Severity, RULES};
use std::collections::BTreeMap;

fn typescript() -> String {
    let mut out = String::from(
        "/** The request payloads, one per Klarna endpoint. */\nexport type PayloadKind =\n",
    );
    for (i, kind) in PayloadKind::ALL.iter().enumerate() {
        let end = if i + 1 == PayloadKind::ALL.len() {
            ";"
        } else {
            ""
        };
        out += &format!(
            "  /** {} */\n  | '{}'{end}\n",
            kind.endpoint(),
            kind.as_str()
        );
    }
    out += "\n/** Every rule id a report can carry (`Violation.rule`), with its severity and evidence. */\nexport type RuleId =\n";
    for (i, d) in RULES.iter().enumerate() {
        let end = if i + 1 == RULES.len() { ";" } else { "" };
        out += &format!(
            "  /** {} ({}; evidence: {}) */\n  | '{}'{end}\n",
            d.summary.replace("*/", "*\\/"),
            d.severity.as_str(),
            d.evidence.kind(),
            d.id
        );
    }
    out += "\n/** A merchant segment (`ValidateOptions.segment`), with the extra merchant data packages Klarna asks it to send. */\nexport type EmdSegment =\n";
    for (i, seg) in SEGMENTS.iter().enumerate() {
        let end = if i + 1 == SEGMENTS.len() { ";" } else { "" };
        let needs: Vec<String> = seg.requires.iter().map(|any| any.join(" or ")).collect();
        out += &format!(
            "  /** {} */\n  | '{}'{end}\n",
            needs.join("; and "),
            seg.name
        );
    }
    out
}

/// `order_line` → `OrderLine`.
fn pascal(name: &str) -> String {
    name.split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// Request body types, from the schemas in `src/model/`: what Klarna accepts. Fields Klarna
/// requires are required; the rest optional and nullable (Klarna reads `null` as absent);
/// enums in any usual case (Klarna compares without case); arrays readonly (inputs).
struct Types {
    /// Interface name → its body, in the order first met.
    named: Vec<(String, String)>,
    /// Schema address → interface name.
    names: BTreeMap<usize, String>,
    /// Naming extra merchant data's interfaces (`EmdPassenger`), not request bodies'.
    emd: bool,
    /// Put before the nested interfaces' names of the API being generated (`OmOrderLineBody`
    /// for Order Management's own order_line; none for the checkout APIs).
    prefix: &'static str,
}

impl Types {
    fn interface(&mut self, schema: &'static ObjectSchema, name: String) -> String {
        let at = schema as *const ObjectSchema as usize;
        if let Some(n) = self.names.get(&at) {
            return n.clone();
        }
        let mut body = String::new();
        for field in schema.fields {
            let ty = self.ty(&field.ty);
            let required = !schema.partial && field.presence == Presence::Required;
            body += &if required {
                format!("  {}: {ty};\n", field.name)
            } else {
                format!("  {}?: {ty} | null;\n", field.name)
            };
        }
        // The same name for a different shape (the Customer Token API's own order_line…):
        // the later one takes its payload's name as a prefix.
        let mut name = name;
        while self.named.iter().any(|(n, b)| *n == name && *b != body) {
            name = format!("Token{name}");
        }
        if !self.named.iter().any(|(n, _)| *n == name) {
            self.named.push((name.clone(), body));
        }
        self.names.insert(at, name.clone());
        name
    }

    fn ty(&mut self, ty: &'static Type) -> String {
        match ty {
            Type::String(rules) if !rules.allowed.is_empty() => rules
                .allowed
                .iter()
                .map(|v| {
                    if rules.exact {
                        format!("'{v}'")
                    } else {
                        format!("AnyCase<'{v}'>")
                    }
                })
                .collect::<Vec<_>>()
                .join(" | "),
            // What the builder takes: a `Date` is written in Klarna's form.
            Type::String(rules) if rules.format == Some(Format::EmdDateTime) => {
                "EmdDateTime".into()
            }
            Type::String(rules) if rules.numbers => "string | number".into(),
            Type::String(_) => "string".into(),
            Type::Integer(_) | Type::Number(_) => "number".into(),
            Type::Undocumented(inner) => self.ty(inner),
            Type::Boolean => "boolean".into(),
            // `AddressBody`: apart from the builders' own `Address`, `OrderLine`, ….
            Type::Object(schema) => {
                let name = if self.emd {
                    format!("Emd{}", pascal(schema.name))
                } else {
                    format!(
                        "{}{}Body",
                        self.prefix,
                        pascal(schema.name).replace(' ', "")
                    )
                };
                self.interface(schema, name)
            }
            Type::Array(rules) => {
                let item = self.ty(rules.items);
                if item.contains(' ') {
                    format!("readonly ({item})[]")
                } else {
                    format!("readonly {item}[]")
                }
            }
        }
    }
}

/// `SessionRequest`, … for each kind.
fn request_name(kind: PayloadKind) -> String {
    format!("{}Request", pascal(kind.as_str()))
}

fn request_types() -> String {
    let mut types = Types {
        named: Vec::new(),
        names: BTreeMap::new(),
        emd: false,
        prefix: "",
    };
    // Kinds that share a schema (the three calls without a body) share its interface.
    let mut aliases = Vec::new();
    for kind in PayloadKind::ALL {
        types.prefix = match kind.api() {
            Api::Payments | Api::CustomerToken => "",
            Api::OrderManagement => "Om",
            Api::HostedPaymentPage => "Hpp",
        };
        let name = types.interface(kind.schema(), request_name(kind));
        if name != request_name(kind) {
            aliases.push(format!(
                "\n/** {} */\nexport type {} = {name};\n",
                kind.endpoint(),
                request_name(kind)
            ));
        }
    }
    types.emd = true;
    types.interface(&EXTRA_MERCHANT_DATA, "ExtraMerchantData".into());
    let mut out = String::from(
        "\n/** A string Klarna compares without regard to case: the spec's value, or it in another usual case. */\nexport type AnyCase<T extends string> = T | Lowercase<T> | Uppercase<T> | Capitalize<Lowercase<T>>;\n\n/** An extra merchant data date-time: `yyyy-mm-ddThh:mm[:ss][Z]`, or a `Date` (buildAttachment writes it so, in UTC). */\nexport type EmdDateTime = string | Date;\n",
    );
    for (name, body) in &types.named {
        out += &format!("\nexport interface {name} {{\n{body}}}\n");
    }
    out += &aliases.concat();
    out +=
        "\n/** The request body type of each payload kind. */\nexport interface PayloadTypes {\n";
    for kind in PayloadKind::ALL {
        out += &format!("  {}: {};\n", kind.as_str(), request_name(kind));
    }
    out += "}\n\n/** The request body of kind `K`: `PayloadOf<'order'>` is `OrderRequest`. */\nexport type PayloadOf<K extends PayloadKind> = PayloadTypes[K];\n";
    out
}

/// The JS skin's kind list: the kind crosses the boundary as its index in it.
fn payload_kinds_js() -> String {
    let names: Vec<String> = PayloadKind::ALL
        .iter()
        .map(|k| format!("  '{}',\n", k.as_str()))
        .collect();
    format!(
        "const PAYLOAD_KINDS = Object.freeze([\n{}]);\n",
        names.concat()
    )
}

/// The README's table of kinds: name, API, the spec schema, the endpoint.
fn kinds_table() -> String {
    let mut out = String::from("| kind | API | schema | endpoint |\n|---|---|---|---|\n");
    for kind in PayloadKind::ALL {
        let api = match kind.api() {
            Api::Payments => "Payments",
            Api::CustomerToken => "Customer Token",
            Api::OrderManagement => "Order Management",
            Api::HostedPaymentPage => "HPP",
        };
        let schema = if kind.takes_body() {
            format!("`{}`", kind.schema().name)
        } else {
            "none (`{}`)".to_string()
        };
        out += &format!(
            "| `{}` | {api} | {schema} | {} |\n",
            kind.as_str(),
            kind.endpoint()
        );
    }
    out
}

fn readme_table() -> String {
    let mut out =
        String::from("| rule | severity | evidence | what it checks |\n|---|---|---|---|\n");
    for d in RULES {
        out += &format!(
            "| `{}` | {} | **{}**: {} | {} |\n",
            d.id,
            d.severity.as_str(),
            d.evidence.kind(),
            d.evidence.source().replace('|', "\\|"),
            d.summary.replace('|', "\\|"),
        );
    }
    out
}

/// Replaces (or checks) what stands between `<start>` and `<end>` in `file`.
fn region(file: &str, start: &str, end: &str, content: &str) -> Option<String> {
    let text = std::fs::read_to_string(file).unwrap();
    let (Some(a), Some(b)) = (text.find(start), text.find(end)) else {
        panic!("{file}: no `{start}` … `{end}` markers");
    };
    let a = a + start.len() + 1;
    if &text[a..b] == content {
        return None;
    }
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::write(file, format!("{}{content}{}", &text[..a], &text[b..])).unwrap();
        return None;
    }
    Some(format!(
        "{file} is out of date: run `UPDATE_GENERATED=1 cargo test --test generated`"
    ))
}

#[test]
fn generated_files_are_up_to_date() {
    let stale: Vec<String> = [
        region(
            "pkg/index.d.ts",
            "// <generated from src/error.rs and src/lib.rs by tests/generated.rs>",
            "// </generated>",
            &(typescript() + &request_types()),
        ),
        region(
            "pkg/lib/api.mjs",
            "// <generated from src/lib.rs by tests/generated.rs>",
            "// </generated>",
            &payload_kinds_js(),
        ),
        region(
            "README.md",
            "<!-- generated kinds from src/lib.rs by tests/generated.rs -->",
            "<!-- /generated kinds -->",
            &kinds_table(),
        ),
        region(
            "README.md",
            "<!-- generated from src/error.rs by tests/generated.rs -->",
            "<!-- /generated -->",
            &readme_table(),
        ),
    ]
    .into_iter()
    .flatten()
    .collect();
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}

/// The rule of severities: an error needs Klarna's word or an uncontradicted spec.
#[test]
fn every_rule_declares_evidence_that_fits_its_severity() {
    for d in RULES {
        assert!(
            !d.evidence.source().trim().is_empty(),
            "{}: no source",
            d.id
        );
        assert!(!d.summary.trim().is_empty(), "{}: no summary", d.id);
        if d.severity == Severity::Error {
            assert_ne!(
                d.evidence.kind(),
                "advice",
                "{}: an error on advice alone",
                d.id
            );
        }
    }
}

#[test]
fn rules_are_declared_once_in_rule_order() {
    assert_eq!(RULES.len(), Rule::ALL.len());
    let mut ids = std::collections::BTreeSet::new();
    for (i, (d, rule)) in RULES.iter().zip(Rule::ALL).enumerate() {
        assert_eq!(d.rule, *rule);
        assert_eq!(*rule as usize, i);
        assert_eq!(rule.declaration().id, d.id);
        assert_eq!(rule.as_str(), d.id);
        assert_eq!(rule.severity(), d.severity);
        assert_eq!(rule.error_code(), d.error_code);
        assert!(ids.insert(d.id), "{} declared twice", d.id);
        assert!(
            d.id.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
            "{}: ids are snake_case",
            d.id
        );
    }
}
