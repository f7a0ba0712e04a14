//! A strict RFC 8259 JSON reader that borrows from its input.
//!
//! Why not serde_json: validation needs the exact text of every number (to tell `49.99` from
//! `4999`, and `9007199254740993` from its rounded f64), member order as sent, and a hard bound
//! on nesting so that no input can exhaust the wasm stack. Strings without escapes are borrowed,
//! so a valid payload is read with one allocation per array and object.

mod locate;
mod number;
mod reader;

pub use locate::locate;
pub use number::Number;
pub(crate) use reader::Parser;
pub use reader::{SyntaxError, SyntaxReason};

use std::borrow::Cow;
use std::fmt;

/// Nesting deeper than this is reported instead of walked: Klarna payloads are at most five
/// levels deep, and the bound keeps recursion far from the wasm stack limit.
pub const MAX_DEPTH: usize = 128;

/// A parsed JSON value. Objects keep their members in document order, duplicates included.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    Number(Number<'a>),
    String(Cow<'a, str>),
    Array(Vec<Value<'a>>),
    Object(Vec<(Cow<'a, str>, Value<'a>)>),
}

/// The JSON type of a value, as named in messages ("must be an integer, got a string").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonType {
    Null,
    Boolean,
    Number,
    String,
    Array,
    Object,
}

impl fmt::Display for JsonType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            JsonType::Null => "null",
            JsonType::Boolean => "a boolean",
            JsonType::Number => "a number",
            JsonType::String => "a string",
            JsonType::Array => "an array",
            JsonType::Object => "an object",
        })
    }
}

impl Value<'_> {
    pub fn json_type(&self) -> JsonType {
        match self {
            Value::Null => JsonType::Null,
            Value::Bool(_) => JsonType::Boolean,
            Value::Number(_) => JsonType::Number,
            Value::String(_) => JsonType::String,
            Value::Array(_) => JsonType::Array,
            Value::Object(_) => JsonType::Object,
        }
    }

    /// The member named `key`, if this is an object. With duplicate keys the last one wins,
    /// as in `JSON.parse` and Klarna's JSON reader.
    pub fn get(&self, key: &str) -> Option<&Value<'_>> {
        match self {
            Value::Object(members) => member(members, key),
            _ => None,
        }
    }
}

/// The member named `key` of an object's members (the last one, if it repeats).
pub fn member<'v, 'a>(
    members: &'v [(Cow<'a, str>, Value<'a>)],
    key: &str,
) -> Option<&'v Value<'a>> {
    members
        .iter()
        .rev()
        .find(|(k, _)| same_key(k, key))
        .map(|(_, v)| v)
}

/// `a == b`, with the length and first byte compared inline first: most member names differ
/// there, which spares a call to `memcmp` per candidate on the hot path of every lookup.
#[inline]
pub fn same_key(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.as_bytes().first() == b.as_bytes().first() && a == b
}

/// A JSON text given as bytes (a request body, a file): UTF-8, as RFC 8259 requires, with an
/// optional byte order mark, which is skipped as common JSON readers do (RFC 8259 allows a
/// reader to ignore it). Invalid UTF-8 is a [`SyntaxError`] at the first bad byte; offsets
/// count from the start of `bytes`, the mark included.
pub fn text_of(bytes: &[u8]) -> Result<&str, SyntaxError> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let skipped = bytes.len() - body.len();
    std::str::from_utf8(body).map_err(|e| {
        let valid = &body[..e.valid_up_to()];
        // The valid prefix is UTF-8: positions in it are counted like any syntax error's.
        let valid = std::str::from_utf8(valid).unwrap_or_default();
        let mut error = Parser::new(valid).error_at(valid.len(), SyntaxReason::InvalidUtf8);
        error.offset += skipped;
        error
    })
}

/// Parses one JSON text. Leading and trailing whitespace is allowed; anything else is an error.
pub fn parse(input: &str) -> Result<Value<'_>, SyntaxError> {
    let mut parser = Parser::new(input);
    let value = parser.value(0)?;
    parser.skip_ws();
    if parser.pos != parser.bytes.len() {
        return Err(parser.error(SyntaxReason::TrailingCharacters));
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::reader::plain_run;
    use super::*;

    fn num(text: &str) -> Number<'_> {
        match parse(text).unwrap() {
            Value::Number(n) => n,
            other => panic!("not a number: {other:?}"),
        }
    }

    #[test]
    fn integers_are_exact() {
        assert_eq!(num("2500").as_i64(), Some(2500));
        assert_eq!(num("-0").as_i64(), Some(0));
        assert_eq!(num("2.5e3").as_i64(), Some(2500));
        assert_eq!(num("25000e-1").as_i64(), Some(2500));
        assert_eq!(num("9223372036854775807").as_i64(), Some(i64::MAX));
        assert_eq!(num("-9223372036854775808").as_i64(), Some(i64::MIN));
        assert_eq!(num("9223372036854775808").as_i64(), None);
        assert_eq!(num("1e400").as_i64(), None);
        // A saturated exponent must not overflow (it used to, in debug builds).
        assert_eq!(num("15e9223372036854775807").as_i64(), None);
        assert_eq!(num("1e99999999999999999999").as_i64(), None);
        assert!(num("1e400").is_integer());
        assert!(num("3.0").is_integer());
    }

    #[test]
    fn decimals_are_not_integers() {
        for text in ["49.99", "0.5", "1e-1", "-2.0001", "1e-99999999999999999999"] {
            assert!(!num(text).is_integer(), "{text}");
            assert_eq!(num(text).as_i64(), None, "{text}");
        }
        assert!(num("0.0e-5").is_integer());
    }

    #[test]
    fn strings_borrow_when_unescaped_and_decode_escapes() {
        let v = parse(r#"["Åsa", "a\"b\u00e9\ud83d\ude00", "\ud800x"]"#).unwrap();
        let Value::Array(items) = v else { panic!() };
        assert!(matches!(&items[0], Value::String(Cow::Borrowed("Åsa"))));
        assert_eq!(items[1], Value::String("a\"bé😀".into()));
        assert_eq!(items[2], Value::String("\u{FFFD}x".into()));
    }

    #[test]
    fn rejects_what_json_rejects() {
        let cases = [
            ("", SyntaxReason::Eof),
            ("{", SyntaxReason::Eof),
            ("[1,]", SyntaxReason::ExpectedValue),
            ("{\"a\":1,}", SyntaxReason::ExpectedKey),
            ("{'a':1}", SyntaxReason::ExpectedKey),
            ("012", SyntaxReason::InvalidNumber),
            ("1.", SyntaxReason::InvalidNumber),
            ("-", SyntaxReason::InvalidNumber),
            ("NaN", SyntaxReason::ExpectedValue),
            ("\"a\tb\"", SyntaxReason::ControlCharacter),
            ("\"\\x\"", SyntaxReason::InvalidEscape),
            ("{} {}", SyntaxReason::TrailingCharacters),
            ("tru", SyntaxReason::ExpectedValue),
        ];
        for (text, reason) in cases {
            assert_eq!(parse(text).unwrap_err().reason, reason, "{text:?}");
        }
    }

    #[test]
    fn positions_are_line_and_character_column() {
        let err = parse("{\n  \"å\": ,\n}").unwrap_err();
        assert_eq!((err.line, err.column), (2, 8));
        assert_eq!(err.to_string(), "expected a value at line 2, column 8");
    }

    #[test]
    fn locates_the_last_copy_of_a_repeated_key() {
        let text = r#"{"a": 1, "a": [22, 333]}"#;
        assert_eq!(locate(text, "a"), Some((14, 23)));
        assert_eq!(locate(text, "a[1]").map(|(s, e)| &text[s..e]), Some("333"));
    }

    #[test]
    fn locates_paths_and_falls_back_to_the_nearest_ancestor() {
        let text =
            r#"{"a": 1, "order_lines": [ {"name": "x"}, {"total_tax_amount": -2990 } ], "b": {}}"#;
        let at = |path| locate(text, path).map(|(s, e)| &text[s..e]);
        assert_eq!(at("order_lines[1].total_tax_amount"), Some("-2990"));
        assert_eq!(at("order_lines[0]"), Some(r#"{"name": "x"}"#));
        assert_eq!(at("order_lines[0].quantity"), Some(r#"{"name": "x"}"#));
        assert_eq!(
            at("order_lines[7]"),
            Some(r#"[ {"name": "x"}, {"total_tax_amount": -2990 } ]"#)
        );
        assert_eq!(at("b.c"), Some("{}"));
        assert_eq!(at("a.b"), Some("1"));
        assert_eq!(at(""), Some(text));
        assert_eq!(locate("{\"a\": [1,", "a[5]"), None);
        assert_eq!(locate(text, "a[x]"), None);
    }

    #[test]
    fn locates_inside_a_string_that_holds_json() {
        // The body as the request carries it: escaped quotes, an escaped non-ASCII name
        // (`\u00e9` is 6 bytes here, 2 decoded) and a surrogate pair before the target.
        let text =
            r#"{"attachment": {"body": "{\"a\":\"\u00e9\ud83d\ude00\",\"b\":[1, \"AMST\"]}"}}"#;
        let at = |path| locate(text, path).map(|(s, e)| &text[s..e]);
        assert_eq!(at("attachment.body.b[1]"), Some(r#"\"AMST\""#));
        assert_eq!(at("attachment.body.b"), Some(r#"[1, \"AMST\"]"#));
        assert_eq!(at("attachment.body.a"), Some(r#"\"\u00e9\ud83d\ude00\""#));
        // A missing member: its deepest ancestor, the body's object.
        assert_eq!(
            at("attachment.body.c").map(str::len),
            at("attachment.body").map(|s| s.len() - 2)
        );
        // Not JSON inside: the string itself.
        let broken = r#"{"body": "{nope"}"#;
        assert_eq!(
            locate(broken, "body.x").map(|(s, e)| &broken[s..e]),
            Some(r#""{nope""#)
        );
    }

    #[test]
    fn depth_is_bounded_without_recursing_past_the_limit() {
        let deep = "[".repeat(100_000);
        assert_eq!(parse(&deep).unwrap_err().reason, SyntaxReason::TooDeep);
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
    }

    #[test]
    fn plain_run_agrees_with_a_byte_by_byte_scan() {
        // Every stop byte at every offset of a 20-byte run, amid ASCII and multi-byte text.
        let fillers: [&[u8]; 3] = [
            b"abcdefghijklmnopqrst",
            "åäöÅÄÖéü€ab".as_bytes(),
            &[0x7f; 20],
        ];
        for filler in fillers {
            for stop in [b'"', b'\\', 0x00, 0x1f, 0x0a] {
                for at in 0..=filler.len() {
                    let mut bytes = filler.to_vec();
                    if at < bytes.len() {
                        bytes[at] = stop;
                    }
                    let naive = bytes
                        .iter()
                        .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                        .unwrap_or(bytes.len());
                    assert_eq!(plain_run(&bytes), naive, "{bytes:?}");
                }
            }
        }
    }
}
