//! A strict RFC 8259 JSON reader that borrows from its input.
//!
//! Why not serde_json: validation needs the exact text of every number (to tell `49.99` from
//! `4999`, and `9007199254740993` from its rounded f64), member order as sent, and a hard bound
//! on nesting so that no input can exhaust the wasm stack. Strings without escapes are borrowed,
//! so a valid payload is read with one allocation per array and object.

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

/// A JSON number, kept as the exact text that was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Number<'a> {
    raw: &'a str,
}

impl<'a> Number<'a> {
    /// Wraps text already known to match the JSON number grammar.
    fn from_valid(raw: &'a str) -> Self {
        Number { raw }
    }

    /// The number as it was written.
    pub fn as_str(&self) -> &'a str {
        self.raw
    }

    /// True when the value is a whole number (`3`, `3.0`, `3e2`, `-0`), whatever its size.
    /// This is JSON Schema's notion of `integer`, which Klarna's spec uses.
    pub fn is_integer(&self) -> bool {
        self.decompose().is_integer()
    }

    /// The exact value when it is a whole number within i64; `None` otherwise.
    pub fn as_i64(&self) -> Option<i64> {
        // Fast path: plain integer text of at most 18 digits cannot overflow. One pass: the
        // number grammar was checked by the reader, so a non-digit means a fraction or exponent.
        let bytes = self.raw.as_bytes();
        let (negative, digits) = match bytes.split_first() {
            Some((b'-', rest)) => (true, rest),
            _ => (false, bytes),
        };
        if digits.len() <= 18 {
            let mut magnitude = 0i64;
            let mut plain = true;
            for &d in digits {
                plain &= d.is_ascii_digit();
                magnitude = magnitude * 10 + i64::from(d.wrapping_sub(b'0'));
            }
            if plain {
                return Some(if negative { -magnitude } else { magnitude });
            }
        }
        self.decompose().to_i64()
    }

    /// The nearest f64 (for hints and display only; never for the checks themselves).
    pub fn as_f64(&self) -> f64 {
        self.raw.parse().unwrap_or(f64::NAN)
    }

    fn decompose(&self) -> Decimal<'a> {
        let s = self.raw;
        let (negative, s) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (mantissa, exponent) = match s.find(['e', 'E']) {
            Some(i) => (&s[..i], parse_exponent(&s[i + 1..])),
            None => (s, 0),
        };
        let (int_part, frac_part) = match mantissa.find('.') {
            Some(i) => (&mantissa[..i], &mantissa[i + 1..]),
            None => (mantissa, ""),
        };
        Decimal {
            negative,
            int_part,
            frac_part,
            exponent,
        }
    }
}

/// Saturating parse of an exponent (`+12`, `-3`, `999999999999999999999`).
fn parse_exponent(s: &str) -> i64 {
    let (negative, digits) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let magnitude = digits.bytes().fold(0i64, |acc, d| {
        acc.saturating_mul(10).saturating_add(i64::from(d - b'0'))
    });
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

/// `±int_part.frac_part × 10^exponent`, with the digits still as text.
struct Decimal<'a> {
    negative: bool,
    int_part: &'a str,
    frac_part: &'a str,
    exponent: i64,
}

impl Decimal<'_> {
    /// The significant digits (leading and trailing zeros removed) and the power of ten that
    /// scales them to the value: value = digits × 10^scale. Zero gives ("", 0).
    fn significand(&self) -> (String, i64) {
        let mut digits: String = self
            .int_part
            .chars()
            .chain(self.frac_part.chars())
            .collect();
        let mut scale = self.exponent.saturating_sub(self.frac_part.len() as i64);
        while digits.ends_with('0') {
            digits.pop();
            scale = scale.saturating_add(1);
        }
        let digits = digits.trim_start_matches('0').to_string();
        if digits.is_empty() {
            (digits, 0)
        } else {
            (digits, scale)
        }
    }

    fn is_integer(&self) -> bool {
        // Fast path: plain integer text such as "2500".
        if self.frac_part.is_empty() && self.exponent == 0 {
            return true;
        }
        let (digits, scale) = self.significand();
        digits.is_empty() || scale >= 0
    }

    fn to_i64(&self) -> Option<i64> {
        let (digits, scale) = self.significand();
        if digits.is_empty() {
            return Some(0);
        }
        if scale < 0 || (digits.len() as i64).saturating_add(scale) > 19 {
            return None;
        }
        // Accumulate negatively so that i64::MIN is reachable.
        let mut acc: i64 = 0;
        for d in digits.bytes() {
            acc = acc.checked_mul(10)?.checked_sub(i64::from(d - b'0'))?;
        }
        for _ in 0..scale {
            acc = acc.checked_mul(10)?;
        }
        if self.negative {
            Some(acc)
        } else {
            acc.checked_neg()
        }
    }
}

/// Why a text is not JSON. Positions are 1-based; nothing of the input is echoed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{reason} at line {line}, column {column}{}", if matches!(reason, SyntaxReason::InvalidUtf8) { format!(" (byte {offset})") } else { String::new() })]
pub struct SyntaxError {
    pub reason: SyntaxReason,
    pub line: usize,
    pub column: usize,
    /// Byte offset of the error in the input.
    pub offset: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SyntaxReason {
    #[error("unexpected end of input")]
    Eof,
    #[error("expected a value")]
    ExpectedValue,
    #[error("expected ',' or ']'")]
    ExpectedArrayEnd,
    #[error("expected ',' or '}}'")]
    ExpectedObjectEnd,
    #[error("expected a quoted member name")]
    ExpectedKey,
    #[error("expected ':'")]
    ExpectedColon,
    #[error("invalid number")]
    InvalidNumber,
    #[error("invalid escape in a string")]
    InvalidEscape,
    #[error("unescaped control character in a string")]
    ControlCharacter,
    #[error("unexpected text after the JSON value")]
    TrailingCharacters,
    #[error("nesting deeper than {MAX_DEPTH} levels")]
    TooDeep,
    /// RFC 8259: JSON text exchanged between systems is UTF-8.
    #[error("invalid UTF-8")]
    InvalidUtf8,
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

/// One step of a Klarna-style path.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step<'p> {
    Key(&'p str),
    Index(usize),
}

/// `order_lines[2].total_tax_amount` → [Key(order_lines), Index(2), Key(total_tax_amount)].
fn steps(path: &str) -> Option<Vec<Step<'_>>> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (key, mut rest) = part.split_at(part.find('[').unwrap_or(part.len()));
        if !key.is_empty() {
            out.push(Step::Key(key));
        }
        while let Some(inner) = rest.strip_prefix('[') {
            let close = inner.find(']')?;
            out.push(Step::Index(inner[..close].parse().ok()?));
            rest = &inner[close + 1..];
        }
        if !rest.is_empty() {
            return None;
        }
    }
    Some(out)
}

/// The byte span of the value at `path` in a JSON text, for editors that highlight a
/// violation. A path that does not exist (a missing required field) gives the span of its
/// deepest existing ancestor; malformed text before the path gives `None`.
pub fn locate(input: &str, path: &str) -> Option<(usize, usize)> {
    let steps = steps(path)?;
    let mut parser = Parser::new(input);
    let mut found = None;
    parser.locate(&steps, 0, &mut found).ok()?;
    found
}

/// Length of the leading run of bytes that need no attention inside a string: anything but
/// `"`, `\\` and control characters. Eight bytes per step (SWAR), since strings are most of a
/// payload's bytes; only the last few bytes of the input go one by one.
fn plain_run(bytes: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut i = 0;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        // The high bit of a byte is set for a byte below 0x20 (`control`) or equal to zero
        // (`quote`, `backslash` after the xor). Borrows can only mark bytes *after* a true
        // hit, so the lowest marked byte is exactly the first special one.
        let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGH;
        let quote = below(word ^ (ONES * u64::from(b'"')), 1);
        let backslash = below(word ^ (ONES * u64::from(b'\\')), 1);
        let control = below(word, 0x20);
        let hits = quote | backslash | control;
        if hits != 0 {
            return i + (hits.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    let special = |b: &u8| *b == b'"' || *b == b'\\' || *b < 0x20;
    i + bytes[i..]
        .iter()
        .position(special)
        .unwrap_or(bytes.len() - i)
}

struct Parser<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
    /// Items and members of the arrays and objects being read, innermost last. Each one is
    /// moved out into an exact-size Vec when it closes: one allocation per container instead
    /// of a growing Vec per container.
    items: Vec<Value<'a>>,
    members: Vec<(Cow<'a, str>, Value<'a>)>,
}

impl<'a> Parser<'a> {
    fn new(src: &'a str) -> Self {
        Parser {
            src,
            bytes: src.as_bytes(),
            pos: 0,
            // Room for a typical payload's deepest path, so the stacks rarely grow.
            items: Vec::with_capacity(16),
            members: Vec::with_capacity(32),
        }
    }
}

impl<'a> Parser<'a> {
    fn error(&self, reason: SyntaxReason) -> SyntaxError {
        self.error_at(self.pos, reason)
    }

    fn error_at(&self, pos: usize, reason: SyntaxReason) -> SyntaxError {
        let offset = pos.min(self.bytes.len());
        let before = &self.bytes[..offset];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        // Columns count characters, not bytes, so editors can point at them.
        let column = self.src[line_start..offset].chars().count() + 1;
        SyntaxError {
            reason,
            line,
            column,
            offset,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    fn eat_literal(&mut self, literal: &[u8]) -> Result<(), SyntaxError> {
        if self.bytes[self.pos..].starts_with(literal) {
            self.pos += literal.len();
            Ok(())
        } else {
            Err(self.error(SyntaxReason::ExpectedValue))
        }
    }

    /// Walks down `steps`, recording in `found` the span of the deepest value reached.
    fn locate(
        &mut self,
        steps: &[Step<'_>],
        depth: usize,
        found: &mut Option<(usize, usize)>,
    ) -> Result<(), SyntaxError> {
        self.skip_ws();
        let start = self.pos;
        match (steps.first(), self.peek()) {
            (Some(Step::Key(key)), Some(b'{')) if depth < MAX_DEPTH => {
                self.pos += 1;
                loop {
                    self.skip_ws();
                    if self.peek() == Some(b'}') {
                        break;
                    }
                    if self.peek() != Some(b'"') {
                        return Err(self.error(SyntaxReason::ExpectedKey));
                    }
                    let name = self.string()?;
                    self.skip_ws();
                    if self.peek() != Some(b':') {
                        return Err(self.error(SyntaxReason::ExpectedColon));
                    }
                    self.pos += 1;
                    if name == *key {
                        return self.locate(&steps[1..], depth + 1, found);
                    }
                    self.value(depth + 1)?;
                    self.skip_ws();
                    match self.peek() {
                        Some(b',') => self.pos += 1,
                        Some(b'}') => break,
                        _ => return Err(self.error(SyntaxReason::ExpectedObjectEnd)),
                    }
                }
                self.pos += 1;
            }
            (Some(Step::Index(index)), Some(b'[')) if depth < MAX_DEPTH => {
                self.pos += 1;
                let mut i = 0;
                loop {
                    self.skip_ws();
                    if self.peek() == Some(b']') {
                        break;
                    }
                    if i == *index {
                        return self.locate(&steps[1..], depth + 1, found);
                    }
                    self.value(depth + 1)?;
                    i += 1;
                    self.skip_ws();
                    match self.peek() {
                        Some(b',') => self.pos += 1,
                        Some(b']') => break,
                        _ => return Err(self.error(SyntaxReason::ExpectedArrayEnd)),
                    }
                }
                self.pos += 1;
            }
            _ => {
                self.value(depth)?;
            }
        }
        *found = Some((start, self.pos));
        Ok(())
    }

    fn value(&mut self, depth: usize) -> Result<Value<'a>, SyntaxError> {
        self.skip_ws();
        match self.peek() {
            None => Err(self.error(SyntaxReason::Eof)),
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.eat_literal(b"true").map(|_| Value::Bool(true)),
            Some(b'f') => self.eat_literal(b"false").map(|_| Value::Bool(false)),
            Some(b'n') => self.eat_literal(b"null").map(|_| Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number().map(Value::Number),
            Some(_) => Err(self.error(SyntaxReason::ExpectedValue)),
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value<'a>, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error(SyntaxReason::TooDeep));
        }
        self.pos += 1; // '['
        let first = self.items.len();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Value::Array(Vec::new()));
        }
        loop {
            let item = self.value(depth)?;
            self.items.push(item);
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Value::Array(self.items.split_off(first)));
                }
                None => return Err(self.error(SyntaxReason::Eof)),
                Some(_) => return Err(self.error(SyntaxReason::ExpectedArrayEnd)),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value<'a>, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error(SyntaxReason::TooDeep));
        }
        self.pos += 1; // '{'
        let first = self.members.len();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Value::Object(Vec::new()));
        }
        loop {
            self.skip_ws();
            match self.peek() {
                Some(b'"') => {}
                None => return Err(self.error(SyntaxReason::Eof)),
                Some(_) => return Err(self.error(SyntaxReason::ExpectedKey)),
            }
            let key = self.string()?;
            self.skip_ws();
            match self.peek() {
                Some(b':') => self.pos += 1,
                None => return Err(self.error(SyntaxReason::Eof)),
                Some(_) => return Err(self.error(SyntaxReason::ExpectedColon)),
            }
            let value = self.value(depth)?;
            self.members.push((key, value));
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Value::Object(self.members.split_off(first)));
                }
                None => return Err(self.error(SyntaxReason::Eof)),
                Some(_) => return Err(self.error(SyntaxReason::ExpectedObjectEnd)),
            }
        }
    }

    fn number(&mut self) -> Result<Number<'a>, SyntaxError> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.error(SyntaxReason::InvalidNumber)),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error(SyntaxReason::InvalidNumber));
            }
            self.digits();
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error(SyntaxReason::InvalidNumber));
            }
            self.digits();
        }
        // A digit straight after a leading zero ("012") is not JSON.
        if let Some(b'0'..=b'9') = self.peek() {
            return Err(self.error(SyntaxReason::InvalidNumber));
        }
        Ok(Number::from_valid(&self.src[start..self.pos]))
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
    }

    /// Reads a string starting at its opening quote.
    #[inline]
    fn string(&mut self) -> Result<Cow<'a, str>, SyntaxError> {
        // Fast path: one scan to the first quote, backslash or control character; without
        // escapes the text is borrowed as is.
        let start = self.pos + 1; // after the opening quote
        let end = start + plain_run(&self.bytes[start..]);
        if self.bytes.get(end) == Some(&b'"') {
            if let Some(s) = self.src.get(start..end) {
                self.pos = end + 1;
                return Ok(Cow::Borrowed(s));
            }
        }
        self.pos = end;
        self.escaped_string(start)
    }

    /// The rest of a string that holds an escape (or ends badly), copied from `start`.
    #[cold]
    #[inline(never)]
    fn escaped_string(&mut self, start: usize) -> Result<Cow<'a, str>, SyntaxError> {
        let mut out = String::with_capacity(self.pos - start + 16);
        out.push_str(&self.src[start..self.pos]);
        loop {
            match self.peek() {
                None => return Err(self.error(SyntaxReason::Eof)),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(Cow::Owned(out));
                }
                Some(b'\\') => {
                    self.pos += 1;
                    self.escape(&mut out)?;
                }
                Some(0x00..=0x1f) => return Err(self.error(SyntaxReason::ControlCharacter)),
                Some(_) => {
                    // Copy one whole UTF-8 character.
                    let ch_start = self.pos;
                    self.pos += 1;
                    while self.peek().is_some_and(|b| (b & 0xC0) == 0x80) {
                        self.pos += 1;
                    }
                    out.push_str(&self.src[ch_start..self.pos]);
                }
            }
        }
    }

    fn escape(&mut self, out: &mut String) -> Result<(), SyntaxError> {
        let Some(c) = self.peek() else {
            return Err(self.error(SyntaxReason::Eof));
        };
        self.pos += 1;
        let ch = match c {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => self.unicode_escape()?,
            _ => {
                self.pos -= 1;
                return Err(self.error(SyntaxReason::InvalidEscape));
            }
        };
        out.push(ch);
        Ok(())
    }

    /// `\uXXXX`, joining surrogate pairs. A lone surrogate becomes U+FFFD, as it does when a
    /// JS string crosses into UTF-8; it is not worth failing a whole payload over.
    fn unicode_escape(&mut self) -> Result<char, SyntaxError> {
        let first = self.hex4()?;
        if (0xD800..0xDC00).contains(&first) && self.bytes[self.pos..].starts_with(b"\\u") {
            let save = self.pos;
            self.pos += 2;
            let second = self.hex4()?;
            if (0xDC00..0xE000).contains(&second) {
                let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                return Ok(char::from_u32(code).unwrap_or('\u{FFFD}'));
            }
            self.pos = save;
        }
        Ok(char::from_u32(first).unwrap_or('\u{FFFD}'))
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut code = 0u32;
        for _ in 0..4 {
            let digit = match self.peek() {
                Some(b @ b'0'..=b'9') => b - b'0',
                Some(b @ b'a'..=b'f') => b - b'a' + 10,
                Some(b @ b'A'..=b'F') => b - b'A' + 10,
                None => return Err(self.error(SyntaxReason::Eof)),
                Some(_) => return Err(self.error(SyntaxReason::InvalidEscape)),
            };
            code = code * 16 + u32::from(digit);
            self.pos += 1;
        }
        Ok(code)
    }
}

#[cfg(test)]
mod tests {
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
