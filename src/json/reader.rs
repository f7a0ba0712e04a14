//! The reader: strict RFC 8259, borrowing from its input, with a hard bound on nesting.

use super::{Number, Value, MAX_DEPTH};
use std::borrow::Cow;

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

/// Length of the leading run of bytes that need no attention inside a string: anything but
/// `"`, `\\` and control characters. Eight bytes per step (SWAR), since strings are most of a
/// payload's bytes; only the last few bytes of the input go one by one.
pub(crate) fn plain_run(bytes: &[u8]) -> usize {
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

pub(crate) struct Parser<'a> {
    pub(crate) src: &'a str,
    pub(crate) bytes: &'a [u8],
    pub(crate) pos: usize,
    /// Items and members of the arrays and objects being read, innermost last. Each one is
    /// moved out into an exact-size Vec when it closes: one allocation per container instead
    /// of a growing Vec per container.
    pub(crate) items: Vec<Value<'a>>,
    pub(crate) members: Vec<(Cow<'a, str>, Value<'a>)>,
}

impl<'a> Parser<'a> {
    pub(crate) fn new(src: &'a str) -> Self {
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
    pub(crate) fn error(&self, reason: SyntaxReason) -> SyntaxError {
        self.error_at(self.pos, reason)
    }

    pub(crate) fn error_at(&self, pos: usize, reason: SyntaxReason) -> SyntaxError {
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

    /// Enters the array or object at the reader's position, `depth` levels deep: `true` when it
    /// is empty (and already closed by `close`). Nesting past [`MAX_DEPTH`] is an error.
    pub(crate) fn open(&mut self, depth: usize, close: u8) -> Result<bool, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error(SyntaxReason::TooDeep));
        }
        self.pos += 1; // '[' or '{'
        self.skip_ws();
        let empty = self.peek() == Some(close);
        if empty {
            self.pos += 1;
        }
        Ok(empty)
    }

    /// A member's name and the `:` after it, inside an object.
    pub(crate) fn member_name(&mut self) -> Result<Cow<'a, str>, SyntaxError> {
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
        Ok(key)
    }

    /// After a member or an item: `true` at the container's `close` (consumed), `false` after
    /// a `,` (consumed), else the syntax error `expected`.
    pub(crate) fn next_or_close(
        &mut self,
        close: u8,
        expected: SyntaxReason,
    ) -> Result<bool, SyntaxError> {
        self.skip_ws();
        match self.peek() {
            Some(b',') => {
                self.pos += 1;
                Ok(false)
            }
            Some(b) if b == close => {
                self.pos += 1;
                Ok(true)
            }
            None => Err(self.error(SyntaxReason::Eof)),
            Some(_) => Err(self.error(expected)),
        }
    }

    pub(crate) fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    pub(crate) fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    pub(crate) fn eat_literal(&mut self, literal: &[u8]) -> Result<(), SyntaxError> {
        if self.bytes[self.pos..].starts_with(literal) {
            self.pos += literal.len();
            Ok(())
        } else {
            Err(self.error(SyntaxReason::ExpectedValue))
        }
    }

    /// Reads past one value, checking its syntax, and keeps nothing of it.
    pub(crate) fn skip(&mut self, depth: usize) -> Result<(), SyntaxError> {
        self.skip_ws();
        let (open, close, reason) = match self.peek() {
            Some(b'{') => (b'{', b'}', SyntaxReason::ExpectedObjectEnd),
            Some(b'[') => (b'[', b']', SyntaxReason::ExpectedArrayEnd),
            // A scalar holds nothing to drop but a string with escapes.
            _ => return self.value(depth).map(drop),
        };
        if self.open(depth + 1, close)? {
            return Ok(());
        }
        loop {
            if open == b'{' {
                drop(self.member_name()?);
            }
            self.skip(depth + 1)?;
            if self.next_or_close(close, reason)? {
                return Ok(());
            }
        }
    }

    pub(crate) fn value(&mut self, depth: usize) -> Result<Value<'a>, SyntaxError> {
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

    pub(crate) fn array(&mut self, depth: usize) -> Result<Value<'a>, SyntaxError> {
        let first = self.items.len();
        if self.open(depth, b']')? {
            return Ok(Value::Array(Vec::new()));
        }
        loop {
            let item = self.value(depth)?;
            self.items.push(item);
            if self.next_or_close(b']', SyntaxReason::ExpectedArrayEnd)? {
                return Ok(Value::Array(self.items.split_off(first)));
            }
        }
    }

    pub(crate) fn object(&mut self, depth: usize) -> Result<Value<'a>, SyntaxError> {
        let first = self.members.len();
        if self.open(depth, b'}')? {
            return Ok(Value::Object(Vec::new()));
        }
        loop {
            let key = self.member_name()?;
            let value = self.value(depth)?;
            self.members.push((key, value));
            if self.next_or_close(b'}', SyntaxReason::ExpectedObjectEnd)? {
                return Ok(Value::Object(self.members.split_off(first)));
            }
        }
    }

    pub(crate) fn number(&mut self) -> Result<Number<'a>, SyntaxError> {
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

    pub(crate) fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
    }

    /// Reads a string starting at its opening quote.
    #[inline]
    pub(crate) fn string(&mut self) -> Result<Cow<'a, str>, SyntaxError> {
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

    pub(super) fn escape(&mut self, out: &mut String) -> Result<(), SyntaxError> {
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
