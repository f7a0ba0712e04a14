//! Rules beyond the spec: what Klarna's backend checks that the OpenAPI schema cannot say.
//! One module per family. Field-level rules (a real country code, an email) are attached to
//! fields in `src/model/` through [`Format`](crate::keywords::format::Format); the cross-field
//! rules here run once the schema walk is done, and look only at values of the right type
//! (a wrong type has already been reported at its path).

pub mod address;
pub mod codes;
pub mod line_types;
pub mod market;
pub mod subscription;
pub mod tax;
pub mod totals;
pub mod urls;

use crate::error::MAX_SAFE_INTEGER;
use crate::json::{member, Number, Value};
use crate::model::order_line::ORDER_LINE_TYPES;
use crate::report::Report;
use crate::PayloadKind;
use std::borrow::Cow;

/// An object's members, as the JSON reader keeps them.
pub(crate) type Members<'v, 'a> = &'v [(Cow<'a, str>, Value<'a>)];

/// Runs every cross-field rule that applies to `kind`, in a fixed order.
pub(crate) fn check(kind: PayloadKind, root: Members<'_, '_>, report: &mut Report) {
    let lines = lines(root);
    totals::check(root, &lines, report);
    tax::check(&lines, report);
    line_types::check(&lines, report);
    if matches!(
        kind,
        PayloadKind::Session | PayloadKind::Order | PayloadKind::CustomerToken
    ) {
        market::check(root, report);
    }
    address::check(root, report);
    subscription::check(kind, &lines, report);
}

/// Whether the member exists at all (whatever its type).
pub(crate) fn present(members: Members<'_, '_>, key: &str) -> bool {
    member(members, key).is_some()
}

/// An integer member within JavaScript's safe range. A value outside it was reported by
/// `safe_integer` and is kept out of sums, so one wrong number is one error.
pub(crate) fn int(members: Members<'_, '_>, key: &str) -> Option<i64> {
    safe_int(member(members, key)?)
}

fn safe_int(value: &Value<'_>) -> Option<i64> {
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
    /// The line's type as one of [`ORDER_LINE_TYPES`]; absent means `physical`.
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
                        Value::String(t) => ORDER_LINE_TYPES.iter().find(|&&k| k == t).copied(),
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

/// Whether `lines` is the whole cart: every item of `order_lines` is an object, at most 1000.
pub(crate) fn whole_cart(root: Members<'_, '_>, lines: &[Line<'_, '_>]) -> bool {
    matches!(member(root, "order_lines"), Some(Value::Array(items)) if items.len() == lines.len())
}

/// Whether every line has the field (so a sum over them is meaningful).
pub(crate) fn all_present(
    lines: &[Line<'_, '_>],
    field: impl Fn(&Line<'_, '_>) -> Option<i64>,
) -> Option<i128> {
    lines.iter().map(|l| field(l).map(i128::from)).sum()
}
