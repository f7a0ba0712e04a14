//! Postal code shapes of Klarna's markets. In a shape, `9` is a digit, `A` a letter, `X` a
//! letter or digit, `_` an optional space; anything else stands for itself. Letters match in
//! any case.

pub struct PostalFormat {
    pub country: &'static str,
    pub shapes: &'static [&'static str],
    pub example: &'static str,
}

/// Sorted by country code.
pub static POSTAL_FORMATS: &[PostalFormat] = &[
    PostalFormat {
        country: "AT",
        shapes: &["9999"],
        example: "1010",
    },
    PostalFormat {
        country: "AU",
        shapes: &["9999"],
        example: "2000",
    },
    PostalFormat {
        country: "BE",
        shapes: &["9999"],
        example: "1000",
    },
    PostalFormat {
        country: "CA",
        shapes: &["A9A_9A9"],
        example: "K1A 0B1",
    },
    PostalFormat {
        country: "CH",
        shapes: &["9999"],
        example: "8001",
    },
    PostalFormat {
        country: "CZ",
        shapes: &["999_99"],
        example: "110 00",
    },
    PostalFormat {
        country: "DE",
        shapes: &["99999"],
        example: "10115",
    },
    PostalFormat {
        country: "DK",
        shapes: &["9999"],
        example: "1050",
    },
    PostalFormat {
        country: "ES",
        shapes: &["99999"],
        example: "28001",
    },
    PostalFormat {
        country: "FI",
        shapes: &["99999"],
        example: "00100",
    },
    PostalFormat {
        country: "FR",
        shapes: &["99999"],
        example: "75001",
    },
    PostalFormat {
        country: "GB",
        shapes: &[
            "A9_9AA", "A99_9AA", "AA9_9AA", "AA99_9AA", "A9A_9AA", "AA9A_9AA",
        ],
        example: "EC1A 1BB",
    },
    PostalFormat {
        country: "GR",
        shapes: &["999_99"],
        example: "105 57",
    },
    PostalFormat {
        country: "HU",
        shapes: &["9999"],
        example: "1051",
    },
    PostalFormat {
        country: "IE",
        shapes: &["AXX_XXXX"],
        example: "D02 X285",
    },
    PostalFormat {
        country: "IT",
        shapes: &["99999"],
        example: "00118",
    },
    PostalFormat {
        country: "MX",
        shapes: &["99999"],
        example: "06600",
    },
    PostalFormat {
        country: "NL",
        shapes: &["9999_AA"],
        example: "1011 AB",
    },
    PostalFormat {
        country: "NO",
        shapes: &["9999"],
        example: "0150",
    },
    PostalFormat {
        country: "NZ",
        shapes: &["9999"],
        example: "6011",
    },
    PostalFormat {
        country: "PL",
        shapes: &["99-999"],
        example: "00-950",
    },
    PostalFormat {
        country: "PT",
        shapes: &["9999-999"],
        example: "1000-001",
    },
    PostalFormat {
        country: "RO",
        shapes: &["999999"],
        example: "010011",
    },
    PostalFormat {
        country: "SE",
        shapes: &["999_99"],
        example: "123 45",
    },
    PostalFormat {
        country: "SK",
        shapes: &["999_99"],
        example: "811 01",
    },
    PostalFormat {
        country: "US",
        shapes: &["99999", "99999-9999"],
        example: "90210",
    },
];

pub fn postal_format(country: &str) -> Option<&'static PostalFormat> {
    super::find_upper(POSTAL_FORMATS, |f| f.country, country)
}

impl PostalFormat {
    /// Whether `code` (surrounding spaces ignored) has one of the shapes.
    pub fn matches(&self, code: &str) -> bool {
        let code = code.trim().as_bytes();
        self.shapes.iter().any(|shape| fits(shape.as_bytes(), code))
    }
}

fn fits(shape: &[u8], code: &[u8]) -> bool {
    let (mut s, mut c) = (0, 0);
    while s < shape.len() {
        let next = code.get(c).copied();
        let ok = match shape[s] {
            b'_' => {
                if next == Some(b' ') {
                    c += 1;
                }
                s += 1;
                continue;
            }
            b'9' => next.is_some_and(|b| b.is_ascii_digit()),
            b'A' => next.is_some_and(|b| b.is_ascii_alphabetic()),
            b'X' => next.is_some_and(|b| b.is_ascii_alphanumeric()),
            literal => next == Some(literal),
        };
        if !ok {
            return false;
        }
        s += 1;
        c += 1;
    }
    c == code.len()
}
