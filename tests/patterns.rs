//! The hand-written pattern matchers must agree with the spec's regular expressions.
//! Every string up to 4 characters over an alphabet that hits each character class, plus
//! longer strings around each pattern's own lengths, is tried against both.

use klarna_precheck::keywords::pattern::Pattern;
use regex::Regex;

const ALPHABET: &[char] = &['a', 'Z', 'f', 'G', '0', '9', '-', '#', ' ', 'é', '\n'];

fn strings_up_to(len: usize) -> Vec<String> {
    let mut all = vec![String::new()];
    let mut layer = vec![String::new()];
    for _ in 0..len {
        layer = layer
            .iter()
            .flat_map(|s| ALPHABET.iter().map(move |c| format!("{s}{c}")))
            .collect();
        all.extend(layer.iter().cloned());
    }
    all
}

#[test]
fn matchers_agree_with_the_spec_regexes() {
    let mut inputs = strings_up_to(4);
    inputs.extend(
        [
            "en-GB",
            "en-gb-US",
            "en-GB-",
            "-en",
            "en--GB",
            "eng-GB",
            "123456789",
            "12345678",
            "1234567890",
            "#FFaa00",
            "#ffaa0g",
            "#FFAA000",
            "person",
            "organization",
            "Person",
            "organizations",
            "gbp",
            "GBPX",
            "sv-SE\n",
            "ÅÄ",
            "GB ",
        ]
        .map(String::from),
    );
    let mut checked = 0;
    for &pattern in Pattern::ALL {
        let regex = Regex::new(pattern.source()).unwrap();
        for s in &inputs {
            assert_eq!(
                pattern.matches(s),
                regex.is_match(s),
                "{pattern:?} on {s:?}"
            );
            checked += 1;
        }
    }
    assert!(checked > 80_000);
}
