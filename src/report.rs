//! The result of a validation: ordered errors and warnings, each with a Klarna-style path.

use crate::error::{ErrorCode, Problem, Rule, Scalar, Severity, Unserializable};
use crate::path::Path;
use crate::Options;
use serde::Serialize;

/// At most this many errors (and, separately, warnings) are listed, so that a hostile payload
/// (a million unknown keys) still gets a small report. One extra `too_many_violations` entry
/// says the list was cut.
pub const MAX_VIOLATIONS: usize = 1000;

/// One violation, as exposed to JS: `{ error_code, path, rule, message, expected?, actual? }`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Violation {
    pub error_code: ErrorCode,
    /// Klarna style: `order_lines[2].total_tax_amount`; `""` for the payload itself.
    pub path: String,
    pub rule: Rule,
    /// Human text in Klarna's wording: `Bad value: <path> <detail>` (warnings: `<path> <detail>`).
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected: Option<Scalar>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actual: Option<Scalar>,
}

impl Violation {
    /// Errors read as Klarna's do ("Bad value: order_amount …"); warnings have no prefix,
    /// since Klarna itself would not report them.
    pub fn new(path: String, problem: &Problem) -> Self {
        let subject = if path.is_empty() {
            "the payload"
        } else {
            path.as_str()
        };
        let prefix = match (problem.severity(), problem.error_code()) {
            (Severity::Warning, _) => "",
            (Severity::Error, ErrorCode::BadValue) => "Bad value: ",
            (Severity::Error, ErrorCode::BadRequest) => "Bad request: ",
        };
        Violation {
            error_code: problem.error_code(),
            message: format!("{prefix}{subject} {problem}"),
            rule: problem.rule(),
            expected: problem.expected(),
            actual: problem.actual(),
            path,
        }
    }
}

/// Errors make a payload invalid, warnings never do. Both lists are in the order the payload
/// was walked (document order, then missing required fields), so a report is deterministic.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Report {
    pub valid: bool,
    pub errors: Vec<Violation>,
    pub warnings: Vec<Violation>,
}

impl Report {
    pub(crate) fn new() -> Self {
        Report {
            valid: true,
            errors: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// Records a problem at a path. The path is rendered only here, on the slow path.
    pub(crate) fn push(&mut self, path: &Path<'_>, problem: Problem) {
        let list = match problem.severity() {
            Severity::Error => &mut self.errors,
            Severity::Warning => &mut self.warnings,
        };
        match list.len() {
            n if n < MAX_VIOLATIONS => list.push(Violation::new(path.to_string(), &problem)),
            MAX_VIOLATIONS => list.push(Violation::new(
                String::new(),
                &Problem::TooManyViolations {
                    limit: MAX_VIOLATIONS,
                },
            )),
            _ => {}
        }
        self.valid = self.errors.is_empty();
    }

    /// A report for a JS value that has no JSON form (`undefined`, a cycle, a BigInt…).
    pub fn unserializable(what: Unserializable, options: &Options) -> Self {
        let mut report = Report::new();
        report.push(&Path::ROOT, Problem::Unserializable(what));
        report.finish(options);
        report
    }

    /// Applies the options once the walk is over.
    pub(crate) fn finish(&mut self, options: &Options) {
        if options.warnings_as_errors {
            self.promote_warnings();
        }
    }

    /// Moves every warning into the errors (the `warningsAsErrors` option).
    fn promote_warnings(&mut self) {
        self.errors.append(&mut self.warnings);
        self.valid = self.errors.is_empty();
    }

    /// The ErrorV2 body Klarna would have answered, or `None` for a valid payload.
    pub fn to_klarna_error(&self, correlation_id: &str) -> Option<ErrorV2> {
        klarna_error(
            self.errors
                .iter()
                .map(|v| (v.error_code.as_str(), v.message.as_str())),
            correlation_id,
        )
    }
}

/// Builds ErrorV2 from `(error_code, message)` pairs. Klarna answers one `error_code` per
/// response: the first error's. No errors, no body.
pub fn klarna_error<'a>(
    errors: impl IntoIterator<Item = (&'a str, &'a str)>,
    correlation_id: &str,
) -> Option<ErrorV2> {
    let mut errors = errors.into_iter().peekable();
    let error_code = errors.peek()?.0.to_string();
    Some(ErrorV2 {
        error_code,
        error_messages: errors.map(|(_, message)| message.to_string()).collect(),
        correlation_id: correlation_id.to_string(),
    })
}

/// Klarna's error body (`ErrorV2` in the spec).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErrorV2 {
    pub error_code: String,
    pub error_messages: Vec<String>,
    pub correlation_id: String,
}
