//! Where a path's value sits in a JSON text, for editors that highlight a violation.

use super::reader::{Parser, SyntaxError, SyntaxReason};
use super::MAX_DEPTH;

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
/// deepest existing ancestor; malformed text before the path gives `None`. A path that goes on
/// past a string continues inside the JSON text the string holds (extra merchant data in
/// `attachment.body`): the span is of the escaped characters in the outer text.
pub fn locate(input: &str, path: &str) -> Option<(usize, usize)> {
    let steps = steps(path)?;
    let mut parser = Parser::new(input);
    let mut found = None;
    parser.locate(&steps, 0, &mut found).ok()?;
    found
}

impl Parser<'_> {
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
                // A repeated key: the last copy is the one reports are about.
                let mut last = None;
                loop {
                    self.skip_ws();
                    if self.peek() == Some(b'}') {
                        self.pos += 1;
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
                        last = Some(self.pos);
                    }
                    self.skip(depth + 1)?;
                    if self.next_or_close(b'}', SyntaxReason::ExpectedObjectEnd)? {
                        break;
                    }
                }
                if let Some(at) = last {
                    self.pos = at;
                    return self.locate(&steps[1..], depth + 1, found);
                }
            }
            (Some(Step::Index(index)), Some(b'[')) if depth < MAX_DEPTH => {
                self.pos += 1;
                let mut i = 0;
                loop {
                    self.skip_ws();
                    if self.peek() == Some(b']') {
                        self.pos += 1;
                        break;
                    }
                    if i == *index {
                        return self.locate(&steps[1..], depth + 1, found);
                    }
                    self.skip(depth + 1)?;
                    i += 1;
                    if self.next_or_close(b']', SyntaxReason::ExpectedArrayEnd)? {
                        break;
                    }
                }
            }
            (Some(_), Some(b'"')) if depth < MAX_DEPTH => {
                let inner = self.string()?;
                let mut inner_found = None;
                // Not JSON inside (or the path leaves it): the string itself is the answer.
                if Parser::new(&inner)
                    .locate(steps, depth + 1, &mut inner_found)
                    .is_ok()
                {
                    if let Some((s, e)) = inner_found {
                        *found = Some((self.raw_position(start, s), self.raw_position(start, e)));
                        return Ok(());
                    }
                }
            }
            _ => {
                self.skip(depth)?;
            }
        }
        *found = Some((start, self.pos));
        Ok(())
    }

    /// Where, in this text, the string opening at `quote` has decoded `decoded` bytes: the
    /// same escapes read the same way, one at a time.
    fn raw_position(&self, quote: usize, decoded: usize) -> usize {
        let mut reader = Parser::new(self.src);
        reader.pos = quote + 1;
        let mut out = String::new();
        while out.len() < decoded {
            match reader.peek() {
                Some(b'\\') => {
                    reader.pos += 1;
                    if reader.escape(&mut out).is_err() {
                        break;
                    }
                }
                Some(b'"') | None => break,
                Some(_) => {
                    let ch_start = reader.pos;
                    reader.pos += 1;
                    while reader.peek().is_some_and(|b| (b & 0xC0) == 0x80) {
                        reader.pos += 1;
                    }
                    out.push_str(&self.src[ch_start..reader.pos]);
                }
            }
        }
        reader.pos
    }
}
