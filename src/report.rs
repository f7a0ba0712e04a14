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
    /// since Klarna itself would not report them. `severity` is the list it goes into.
    pub fn new(path: String, problem: &Problem, severity: Severity) -> Self {
        let subject = if path.is_empty() {
            "the payload"
        } else {
            path.as_str()
        };
        let code = problem.error_code();
        let prefix = match (severity, code) {
            (Severity::Warning | Severity::Either, _) => "",
            (Severity::Error, ErrorCode::BadValue) => "Bad value: ",
            (Severity::Error, ErrorCode::BadRequest) => "Bad request: ",
            (Severity::Error, _) => "",
        };
        // Order Management's refusals are Klarna's own sentences, path or no path.
        let message = if code.is_sentence() {
            problem.to_string()
        } else {
            format!("{prefix}{subject} {problem}")
        };
        Violation {
            error_code: code,
            message,
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
    /// The date the checks take as today (from [`Options::today`]); not part of the output.
    #[serde(skip)]
    pub(crate) today: Option<crate::Date>,
    /// Inside a value whose type is known only from Klarna's example ([`Type::Undocumented`]):
    /// errors are recorded as `emd_undocumented` warnings.
    ///
    /// [`Type::Undocumented`]: crate::schema::Type::Undocumented
    #[serde(skip)]
    pub(crate) undocumented: u32,
}

impl Report {
    pub(crate) fn new(options: &Options) -> Self {
        Report {
            valid: true,
            errors: Vec::new(),
            warnings: Vec::new(),
            today: options.today.or_else(crate::Date::system_today),
            undocumented: 0,
        }
    }

    /// Whether a problem of this severity would still be listed (not past [`MAX_VIOLATIONS`]).
    pub(crate) fn has_room(&self, severity: Severity) -> bool {
        match severity {
            Severity::Error => self.errors.len() < MAX_VIOLATIONS,
            Severity::Warning | Severity::Either => self.warnings.len() < MAX_VIOLATIONS,
        }
    }

    /// Records an error at position `at` of the errors list: a container's own violation,
    /// found only when the container ends, is listed before its contents'. The list keeps its
    /// limit: past it, the last listed violation makes way and the closing entry says so.
    pub(crate) fn insert(&mut self, at: usize, path: &Path<'_>, problem: Problem) {
        let problem = self.as_documented(problem);
        if problem.severity() != Severity::Error || at > self.errors.len() || at >= MAX_VIOLATIONS {
            return self.push(path, problem);
        }
        let violation = Violation::new(path.to_string(), &problem, Severity::Error);
        self.errors.insert(at, violation);
        if self.errors.len() > MAX_VIOLATIONS {
            self.errors.truncate(MAX_VIOLATIONS);
            let limit = MAX_VIOLATIONS;
            let closing = Problem::TooManyViolations { limit };
            self.errors
                .push(Violation::new(String::new(), &closing, Severity::Error));
        }
        self.valid = false;
    }

    /// Records a problem at a path. The path is rendered only here, on the slow path.
    pub(crate) fn push(&mut self, path: &Path<'_>, problem: Problem) {
        let problem = self.as_documented(problem);
        let (list, severity) = match problem.severity() {
            Severity::Error => (&mut self.errors, Severity::Error),
            // `Either` is only the list-closing entry below, never pushed itself.
            Severity::Warning | Severity::Either => (&mut self.warnings, Severity::Warning),
        };
        match list.len() {
            n if n < MAX_VIOLATIONS => {
                list.push(Violation::new(path.to_string(), &problem, severity))
            }
            MAX_VIOLATIONS => list.push(Violation::new(
                String::new(),
                &Problem::TooManyViolations {
                    limit: MAX_VIOLATIONS,
                },
                severity,
            )),
            _ => {}
        }
        self.valid = self.errors.is_empty();
    }

    /// An error found where Klarna publishes no schema is only a warning.
    fn as_documented(&self, problem: Problem) -> Problem {
        if self.undocumented > 0 && problem.severity() == Severity::Error {
            Problem::EmdUndocumented {
                problem: Box::new(problem),
            }
        } else {
            problem
        }
    }

    /// Appends another report's violations (a nested document's, checked on its own), each
    /// list within its limit.
    pub(crate) fn append(&mut self, other: Report) {
        for (list, from, severity) in [
            (&mut self.errors, other.errors, Severity::Error),
            (&mut self.warnings, other.warnings, Severity::Warning),
        ] {
            let room = MAX_VIOLATIONS.saturating_sub(list.len());
            let cut = from.len() > room;
            list.extend(from.into_iter().take(room));
            let closed = list
                .last()
                .is_some_and(|v| v.rule == Rule::TooManyViolations);
            if cut && !closed {
                let closing = Problem::TooManyViolations {
                    limit: MAX_VIOLATIONS,
                };
                list.push(Violation::new(String::new(), &closing, severity));
            }
        }
        self.valid = self.errors.is_empty();
    }

    /// A report for a JS value that has no JSON form (`undefined`, a cycle, a BigInt…).
    pub fn unserializable(what: Unserializable, options: &Options) -> Self {
        Report::of(Problem::Unserializable { what }, options)
    }

    /// A report of one problem with the payload as a whole (its text is not JSON, …).
    pub(crate) fn of(problem: Problem, options: &Options) -> Self {
        let mut report = Report::new(options);
        report.push(&Path::ROOT, problem);
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

// ---- JSON text, written by hand ---------------------------------------------------------------
// The wasm boundary hands reports to JS as JSON text (one `JSON.parse` there), which keeps
// serde's serializers and serde-wasm-bindgen out of the validate-only .wasm. The output is the
// same JSON that `serde_json::to_string` gives for the `Serialize` impls above, except for a
// non-finite `actual` (see `Scalar`), which serde writes as `null`.

impl Report {
    /// `{"valid":…,"errors":[…],"warnings":[…]}`, as JSON text (RFC 8259), for JS's
    /// `JSON.parse`. A number beyond a double that was sent (`1e400`) is written back as sent:
    /// valid JSON, `Infinity` in JS, but readers that map numbers to f64 strictly
    /// (serde_json) refuse it; Rust users who want to read reports back should serialize the
    /// `Report` with serde instead, which writes `null` there.
    pub fn to_json(&self) -> String {
        let mut out = String::with_capacity(64 + 192 * (self.errors.len() + self.warnings.len()));
        out.push_str(if self.valid {
            "{\"valid\":true,\"errors\":"
        } else {
            "{\"valid\":false,\"errors\":"
        });
        write_json_array(&mut out, &self.errors, write_violation);
        out.push_str(",\"warnings\":");
        write_json_array(&mut out, &self.warnings, write_violation);
        out.push('}');
        out
    }
}

impl ErrorV2 {
    /// `{"error_code":…,"error_messages":[…],"correlation_id":…}`, as JSON text.
    pub fn to_json(&self) -> String {
        let mut out = String::from("{\"error_code\":");
        write_json_str(&mut out, &self.error_code);
        out.push_str(",\"error_messages\":");
        write_json_array(&mut out, &self.error_messages, |out, m| {
            write_json_str(out, m)
        });
        out.push_str(",\"correlation_id\":");
        write_json_str(&mut out, &self.correlation_id);
        out.push('}');
        out
    }
}

/// `[item,item,…]`, each item written by `write`.
pub(crate) fn write_json_array<T>(
    out: &mut String,
    items: &[T],
    mut write: impl FnMut(&mut String, &T),
) {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write(out, item);
    }
    out.push(']');
}

fn write_violation(out: &mut String, v: &Violation) {
    out.push_str("{\"error_code\":\"");
    out.push_str(v.error_code.as_str());
    out.push_str("\",\"path\":");
    write_json_str(out, &v.path);
    out.push_str(",\"rule\":\"");
    out.push_str(v.rule.as_str());
    out.push_str("\",\"message\":");
    write_json_str(out, &v.message);
    if let Some(expected) = &v.expected {
        out.push_str(",\"expected\":");
        expected.write_json(out);
    }
    if let Some(actual) = &v.actual {
        out.push_str(",\"actual\":");
        actual.write_json(out);
    }
    out.push('}');
}

/// A JSON string literal (RFC 8259 §7): `"` and `\` escaped, control characters as `\n`, `\t`…
/// or `\u00XX`; everything else, non-ASCII included, written as is.
pub fn write_json_str(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    let bytes = s.as_bytes();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let escape: &str = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0x00..=0x1f => "",
            _ => continue,
        };
        // Every byte escaped is ASCII, so `start..i` is always on character boundaries.
        out.push_str(&s[start..i]);
        if escape.is_empty() {
            out.push_str("\\u00");
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 0xf)] as char);
        } else {
            out.push_str(escape);
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// An integer as JSON number text, without `core::fmt`.
pub(crate) fn write_json_int(out: &mut String, value: i64) {
    let mut buf = [0u8; 20];
    let mut n = value.unsigned_abs();
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if value < 0 {
        out.push('-');
    }
    for &d in &buf[at..] {
        out.push(d as char);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_strings_escape_exactly_what_rfc_8259_requires() {
        let mut all: String = (0u8..0x80).map(char::from).collect();
        all.push_str("é€𝄞\u{2028}\u{2029}\u{7f}\u{ffff}");
        for s in [all.as_str(), "", "\"", "\\", "a\"b\\c\nd", "\u{0}\u{1f}"] {
            let mut out = String::new();
            write_json_str(&mut out, s);
            assert_eq!(serde_json::from_str::<String>(&out).unwrap(), s);
            // The same text serde_json writes.
            assert_eq!(out, serde_json::to_string(s).unwrap());
        }
    }

    #[test]
    fn json_integers_cover_the_whole_i64_range() {
        for n in [
            0,
            1,
            -1,
            9,
            10,
            -10,
            4999,
            i64::MAX,
            i64::MIN,
            (1 << 53) + 1,
        ] {
            let mut out = String::new();
            write_json_int(&mut out, n);
            assert_eq!(out, n.to_string());
        }
    }
}
