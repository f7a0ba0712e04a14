//! `url` and `url_placeholder`: merchant URLs, product and image URLs are absolute http(s)
//! URLs; in merchant URLs Klarna fills `{session.id}` and `{order.id}` and nothing else.

use crate::error::Problem;
use crate::path::Path;
use crate::report::Report;

const PLACEHOLDERS: &[&str] = &["{session.id}", "{order.id}"];

/// An empty string is left alone (an absent URL); anything else must be absolute http(s).
pub(crate) fn check(s: &str, merchant: bool, path: &Path<'_>, report: &mut Report) {
    if s.is_empty() {
        return;
    }
    if !is_absolute_http(s) {
        report.push(path, Problem::Url);
    } else if merchant && has_unknown_placeholder(s) {
        report.push(path, Problem::UrlPlaceholder);
    }
}

fn is_absolute_http(s: &str) -> bool {
    // `get`, not slicing: the prefix length can fall inside a multi-byte character.
    let has_prefix = |p: &str| {
        s.get(..p.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(p))
    };
    let rest = if has_prefix("https://") {
        &s[8..]
    } else if has_prefix("http://") {
        &s[7..]
    } else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    // ASCII text (nearly every URL) is checked byte by byte; other text by Unicode class.
    let spaced = if s.is_ascii() {
        s.bytes()
            .any(|b| b.is_ascii_whitespace() || b.is_ascii_control())
    } else {
        s.chars().any(|c| c.is_whitespace() || c.is_control())
    };
    !host.is_empty()
        && !spaced
        && host.chars().all(|c| {
            c.is_alphanumeric() || matches!(c, '-' | '.' | ':' | '[' | ']' | '_' | '@' | '{' | '}')
        })
}

fn has_unknown_placeholder(s: &str) -> bool {
    let mut rest = s;
    while let Some(start) = rest.find('{') {
        let tail = &rest[start..];
        let Some(end) = tail.find('}') else {
            return true;
        };
        if !PLACEHOLDERS.contains(&&tail[..=end]) {
            return true;
        }
        rest = &tail[end + 1..];
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        for ok in [
            "https://shop.example/thanks?sid={session.id}",
            "http://localhost:8080/x",
            "HTTPS://ÄÖ.example",
        ] {
            assert!(is_absolute_http(ok), "{ok}");
        }
        for bad in [
            "/thanks",
            "shop.example/thanks",
            "ftp://x",
            "https://",
            "https:// x.example",
            "javascript:alert(1)",
        ] {
            assert!(!is_absolute_http(bad), "{bad}");
        }
        assert!(!has_unknown_placeholder(
            "https://x/{session.id}/{order.id}"
        ));
        assert!(has_unknown_placeholder("https://x/{checkout.order.id}"));
        assert!(has_unknown_placeholder("https://x/{session.id"));
        // A multi-byte character across the scheme's length must not split (it used to panic).
        assert!(!is_absolute_http("https:/é"));
        assert!(!is_absolute_http("http:/é"));
    }
}
