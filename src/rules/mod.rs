//! Rules beyond the spec: what Klarna's backend checks across fields, which the OpenAPI schema
//! cannot say. One module per family, each with one entry point of the same signature
//! ([`Check`]), registered once in [`CROSS_FIELD_RULES`] with the kinds it applies to. Field
//! formats (a real country code, an email, a date) are keywords: `src/keywords/format/`.
//! These run once the schema walk is done and look only at values of the right type (a wrong
//! type has already been reported at its path); `null` counts as absent, as Klarna reads it.

pub mod address;
pub mod emd;
pub mod hpp;
pub mod line_types;
pub mod market;
pub mod om;
pub mod subscription;
pub mod tax;
pub mod totals;

use crate::error::MAX_SAFE_INTEGER;
use crate::json::{member, Number, Value};
use crate::keywords::enumeration::canonical;
use crate::model::om::order_line::OM_ORDER_LINE_TYPES;
use crate::report::Report;
use crate::PayloadKind;
use std::borrow::Cow;

/// What of a value the pass over the text keeps for the rules (`schema::check_text`).
#[derive(Debug)]
pub enum Keep {
    /// Nothing: the value is checked and dropped.
    Nothing,
    /// A scalar as it is; a container as an empty one of its type (it is there, of that type).
    Value,
    /// An object with only these members kept.
    Members(&'static [(&'static str, Keep)]),
    /// An array with its walked items kept as this (then one `null` if there are more).
    Items(&'static Keep),
}

/// The text fields of an address the rules read, and its codes.
const ADDRESS: Keep = Keep::Members(&[
    ("country", Keep::Value),
    ("region", Keep::Value),
    ("title", Keep::Value),
    ("postal_code", Keep::Value),
    ("attention", Keep::Value),
    ("city", Keep::Value),
    ("family_name", Keep::Value),
    ("given_name", Keep::Value),
    ("organization_name", Keep::Value),
    ("street_address", Keep::Value),
    ("street_address2", Keep::Value),
]);

/// An order line's amounts and type, and whether it carries a subscription.
const LINE: Keep = Keep::Members(&[
    ("type", Keep::Value),
    ("quantity", Keep::Value),
    ("unit_price", Keep::Value),
    ("total_amount", Keep::Value),
    ("total_discount_amount", Keep::Value),
    ("tax_rate", Keep::Value),
    ("total_tax_amount", Keep::Value),
    ("subscription", Keep::Value),
]);

/// Everything every cross-field rule reads: a payload's record, a small part of its text.
pub static KEPT: Keep = Keep::Members(&[
    ("purchase_country", Keep::Value),
    ("purchase_currency", Keep::Value),
    ("locale", Keep::Value),
    ("order_amount", Keep::Value),
    ("order_tax_amount", Keep::Value),
    ("order_lines", Keep::Items(&LINE)),
    ("billing_address", ADDRESS),
    ("shipping_address", ADDRESS),
    ("attachment", Keep::Members(&[("body", Keep::Value)])),
    // Order Management and HPP bodies.
    ("captured_amount", Keep::Value),
    ("refunded_amount", Keep::Value),
    ("payment_session_url", Keep::Value),
    (
        "merchant_urls",
        Keep::Members(&[
            ("back", Keep::Value),
            ("cancel", Keep::Value),
            ("success", Keep::Value),
        ]),
    ),
    (
        "options",
        Keep::Members(&[("place_order_mode", Keep::Value)]),
    ),
    ("method", Keep::Value),
    (
        "contact_information",
        Keep::Members(&[
            ("email", Keep::Value),
            ("phone", Keep::Value),
            ("phone_country", Keep::Value),
            ("access_id", Keep::Value),
        ]),
    ),
]);

/// An object's members, as the JSON reader keeps them.
pub(crate) type Members<'v, 'a> = &'v [(Cow<'a, str>, Value<'a>)];

/// What every cross-field rule is given: the payload's kind, its root object and its order
/// lines, read once for all of them.
pub struct Cart<'v, 'a> {
    pub kind: PayloadKind,
    pub(crate) root: Members<'v, 'a>,
    pub(crate) lines: Vec<Line<'v, 'a>>,
    /// Whether `lines` is the whole cart (every item an object, at most 1000), so that sums
    /// over it mean something.
    pub whole: bool,
    /// How the validation runs: the merchant's segments, today's date (for a nested report).
    pub options: &'v crate::Options,
}

/// The one signature of a cross-field rule.
pub type Check = fn(&Cart<'_, '_>, &mut Report);

/// A family of cross-field rules (its module's doc names the rule ids) and where it applies.
pub struct CrossFieldRule {
    /// The module under `src/rules/`.
    pub module: &'static str,
    pub kinds: &'static [PayloadKind],
    pub check: Check,
}

use PayloadKind::{
    Capture, CustomerToken, HppDistribution, HppSession, Order, Refund, Session, SessionUpdate,
    TokenOrder, UpdateAuthorization, UpdateCustomerDetails,
};

/// The kinds that carry order lines and amounts: a cart, or the lines of a capture, a refund
/// or an authorization update (the line rules apply to them all; the order sums only to carts).
const LINES: &[PayloadKind] = &[
    Session,
    SessionUpdate,
    Order,
    TokenOrder,
    Capture,
    Refund,
    UpdateAuthorization,
];

/// Every cross-field rule, in the order they run.
pub static CROSS_FIELD_RULES: &[CrossFieldRule] = &[
    CrossFieldRule {
        module: "totals",
        kinds: LINES,
        check: totals::check,
    },
    CrossFieldRule {
        module: "tax",
        kinds: LINES,
        check: tax::check,
    },
    CrossFieldRule {
        module: "line_types",
        kinds: LINES,
        check: line_types::check,
    },
    CrossFieldRule {
        module: "market",
        kinds: &[Session, SessionUpdate, Order, CustomerToken],
        check: market::check,
    },
    CrossFieldRule {
        module: "address",
        kinds: &[
            Session,
            SessionUpdate,
            Order,
            CustomerToken,
            TokenOrder,
            UpdateCustomerDetails,
        ],
        check: address::check,
    },
    CrossFieldRule {
        module: "subscription",
        kinds: &[TokenOrder],
        check: subscription::check,
    },
    // Create-order has no attachment any more (`ignored_field`): Klarna does not read it there.
    CrossFieldRule {
        module: "emd",
        kinds: &[Session, SessionUpdate, TokenOrder],
        check: emd::check,
    },
    CrossFieldRule {
        module: "om",
        kinds: &[Capture, Refund, UpdateAuthorization],
        check: om::check,
    },
    CrossFieldRule {
        module: "hpp",
        kinds: &[HppSession, HppDistribution],
        check: hpp::check,
    },
];

/// Runs every cross-field rule that applies to `kind`, in table order.
pub(crate) fn check(
    kind: PayloadKind,
    root: Members<'_, '_>,
    options: &crate::Options,
    report: &mut Report,
) {
    let lines = lines(root);
    let whole = matches!(
        member(root, "order_lines"),
        Some(Value::Array(items)) if items.len() == lines.len()
    );
    let cart = Cart {
        kind,
        root,
        lines,
        whole,
        options,
    };
    for rule in CROSS_FIELD_RULES {
        if rule.kinds.contains(&kind) {
            (rule.check)(&cart, report);
        }
    }
}

/// Whether the member has a value, whatever its type (`null` is no value, as Klarna reads it).
pub(crate) fn present(members: Members<'_, '_>, key: &str) -> bool {
    member(members, key).is_some_and(|v| !matches!(v, Value::Null))
}

/// An integer member within JavaScript's safe range. A value outside it was reported by
/// `safe_integer` and is kept out of sums, so one wrong number is one error.
pub(crate) fn int(members: Members<'_, '_>, key: &str) -> Option<i64> {
    safe_int(member(members, key)?)
}

pub(crate) fn safe_int(value: &Value<'_>) -> Option<i64> {
    match value {
        Value::Number(n) => {
            Number::as_i64(n).filter(|v| v.unsigned_abs() <= MAX_SAFE_INTEGER as u64)
        }
        _ => None,
    }
}

pub(crate) fn text<'v>(members: Members<'v, '_>, key: &str) -> Option<&'v str> {
    match member(members, key)? {
        Value::String(s) => Some(s),
        _ => None,
    }
}

pub(crate) fn object<'v, 'a>(members: Members<'v, 'a>, key: &str) -> Option<Members<'v, 'a>> {
    match member(members, key)? {
        Value::Object(m) => Some(m),
        _ => None,
    }
}

/// The integer fields of one order line; `None` where a field is absent or not an integer.
pub(crate) struct Line<'v, 'a> {
    pub index: usize,
    pub members: Members<'v, 'a>,
    /// The line's type as one of [`OM_ORDER_LINE_TYPES`] (the Payments types and OM's
    /// `return_fee`; a Payments body with `return_fee` is already an `enum` error); absent
    /// means `physical`.
    pub line_type: Option<&'static str>,
    pub quantity: Option<i64>,
    pub unit_price: Option<i64>,
    pub total_amount: Option<i64>,
    pub total_discount_amount: Option<i64>,
    pub tax_rate: Option<i64>,
    pub total_tax_amount: Option<i64>,
}

impl Line<'_, '_> {
    pub fn is(&self, line_type: &str) -> bool {
        self.line_type == Some(line_type)
    }

    /// Lines that reduce what the customer pays and carry negative amounts.
    pub fn is_reduction(&self) -> bool {
        self.line_type
            .is_some_and(crate::model::order_line::is_reduction)
    }

    /// Lines sent with negative amounts: the reductions, and a refund's return fee (it is kept
    /// from what is refunded).
    pub fn is_negative_by_type(&self) -> bool {
        self.is_reduction() || self.is("return_fee")
    }
}

/// The order lines that are objects, at most the 1000 the schema walk looked at.
fn lines<'v, 'a>(root: Members<'v, 'a>) -> Vec<Line<'v, 'a>> {
    let Some(Value::Array(items)) = member(root, "order_lines") else {
        return Vec::new();
    };
    items
        .iter()
        .take(1000)
        .enumerate()
        .filter_map(|(index, item)| match item {
            Value::Object(members) => Some(Line::read(index, members)),
            _ => None,
        })
        .collect()
}

impl<'v, 'a> Line<'v, 'a> {
    /// One pass over the line's members (a later duplicate wins, as in [`member`]), rather
    /// than a lookup per field: this runs for every line of every cart.
    fn read(index: usize, members: Members<'v, 'a>) -> Self {
        let mut line = Line {
            index,
            members,
            line_type: None,
            quantity: None,
            unit_price: None,
            total_amount: None,
            total_discount_amount: None,
            tax_rate: None,
            total_tax_amount: None,
        };
        for (key, value) in members {
            let slot = match key.as_ref() {
                "type" => {
                    line.line_type = match value {
                        // In any case, as Klarna reads enums (`enum_case` warns).
                        Value::String(t) => canonical(OM_ORDER_LINE_TYPES, t),
                        _ => None,
                    };
                    continue;
                }
                "quantity" => &mut line.quantity,
                "unit_price" => &mut line.unit_price,
                "total_amount" => &mut line.total_amount,
                "total_discount_amount" => &mut line.total_discount_amount,
                "tax_rate" => &mut line.tax_rate,
                "total_tax_amount" => &mut line.total_tax_amount,
                _ => continue,
            };
            *slot = safe_int(value);
        }
        line
    }
}

/// Whether every line has the field (so a sum over them is meaningful).
pub(crate) fn all_present(
    lines: &[Line<'_, '_>],
    field: impl Fn(&Line<'_, '_>) -> Option<i64>,
) -> Option<i128> {
    lines.iter().map(|l| field(l).map(i128::from)).sum()
}
