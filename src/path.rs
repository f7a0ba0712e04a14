//! Locations in a payload, rendered the way Klarna writes them: `order_lines[2].total_tax_amount`.
//!
//! A path is a chain of stack frames, one per level of the walk, so descending costs nothing;
//! the text is built only when a violation is reported.

use std::fmt;

#[derive(Debug, Clone, Copy)]
enum Segment<'a> {
    Root,
    Key(&'a str),
    Index(usize),
}

/// Where a value sits in the payload. The root renders as the empty string.
#[derive(Debug, Clone, Copy)]
pub struct Path<'a> {
    parent: Option<&'a Path<'a>>,
    segment: Segment<'a>,
}

impl<'a> Path<'a> {
    pub const ROOT: Path<'static> = Path {
        parent: None,
        segment: Segment::Root,
    };

    /// The path of member `key` of the object at `self`.
    pub fn key(&'a self, key: &'a str) -> Path<'a> {
        Path {
            parent: Some(self),
            segment: Segment::Key(key),
        }
    }

    /// The path of item `index` of the array at `self`.
    pub fn index(&'a self, index: usize) -> Path<'a> {
        Path {
            parent: Some(self),
            segment: Segment::Index(index),
        }
    }

    fn write(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(parent) = self.parent {
            parent.write(out)?;
        }
        match self.segment {
            Segment::Root => Ok(()),
            Segment::Key(key) => {
                let at_root = matches!(
                    self.parent,
                    Some(Path {
                        segment: Segment::Root,
                        ..
                    }) | None
                );
                if !at_root {
                    out.write_str(".")?;
                }
                out.write_str(&shown_key(key))
            }
            Segment::Index(i) => write!(out, "[{i}]"),
        }
    }
}

/// A path read from elsewhere (a Klarna message), as reports would show it: itself when it is
/// made of shown keys and `[n]` indices, else `<path of N characters>`.
pub fn shown_path(path: &str) -> String {
    let plain = !path.is_empty()
        && path.len() <= 512
        && path.split('.').all(|segment| {
            is_shown_key(segment.split('[').next().unwrap_or("")) || segment.starts_with('[')
        })
        && path
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"_-.[]".contains(&b));
    if plain {
        path.to_string()
    } else {
        format!("<path of {} characters>", path.chars().count())
    }
}

/// A member name as paths and messages show it: itself when [`is_shown_key`], else
/// `<key of N characters>`.
pub fn shown_key(key: &str) -> std::borrow::Cow<'_, str> {
    if is_shown_key(key) {
        std::borrow::Cow::Borrowed(key)
    } else {
        std::borrow::Cow::Owned(format!("<key of {} characters>", key.chars().count()))
    }
}

/// Whether a member name may appear in a path. Every field Klarna defines is a short ASCII
/// identifier; a key that is not (spaces, `@`, `+`, non-ASCII…) can only be an unknown member,
/// and may be a name, an email or a phone number pasted in the wrong place, so it is shown as
/// `<key of N characters>` instead: reports never echo personal data.
pub fn is_shown_key(key: &str) -> bool {
    // Every Klarna field starts with a letter: digits first may be a phone or an ID number.
    (1..=64).contains(&key.len())
        && key.as_bytes()[0].is_ascii_alphabetic()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_klarna_style() {
        let root = Path::ROOT;
        assert_eq!(root.to_string(), "");
        let lines = root.key("order_lines");
        let line = lines.index(2);
        assert_eq!(
            line.key("total_tax_amount").to_string(),
            "order_lines[2].total_tax_amount"
        );
        let addr = root.key("billing_address");
        assert_eq!(addr.key("region").to_string(), "billing_address.region");
        assert_eq!(root.index(0).key("a").to_string(), "[0].a");
        let pasted = addr.key("Jane Doe, jane@example.com");
        assert_eq!(pasted.to_string(), "billing_address.<key of 26 characters>");
        assert_eq!(root.key("").to_string(), "<key of 0 characters>");
    }
}
