//! The shape of a payload schema, and the walk that checks a JSON value against it.
//!
//! Schemas are `static` data in `src/model/`, one file per Klarna schema, transcribed from the
//! OpenAPI specs. Each keyword's check lives in `src/keywords/`; this walk only dispatches.

use crate::error::{ExpectedType, Problem};
use crate::json::Value;
use crate::keywords::{
    enumeration, format::Format, items, length, pattern::Pattern, range, required, unknown,
};
use crate::path::Path;
use crate::report::Report;
use std::borrow::Cow;

/// An object schema: its name (as in the spec) and its fields.
#[derive(Debug)]
pub struct ObjectSchema {
    pub name: &'static str,
    pub fields: &'static [Field],
    /// An update schema: the same fields, none of them required (the spec's `session` beside
    /// `session_create`). Applies to this object only, not to the objects inside it.
    pub partial: bool,
    /// Fields Klarna used to read here and no longer does, each with where it belongs now:
    /// reported as `ignored_field` instead of `unknown_field`.
    pub ignored: &'static [IgnoredField],
}

/// A field that is not in the schema any more, and why sending it does nothing.
#[derive(Debug)]
pub struct IgnoredField {
    pub name: &'static str,
    pub why: &'static str,
}

impl ObjectSchema {
    /// The defaults of the optional parts, for `..ObjectSchema::DEFAULT` in `src/model/`.
    pub const DEFAULT: ObjectSchema = ObjectSchema {
        name: "",
        fields: &[],
        partial: false,
        ignored: &[],
    };

    /// The same fields with none required: the update form of a create schema.
    pub const fn partial(&'static self, name: &'static str) -> ObjectSchema {
        ObjectSchema {
            name,
            fields: self.fields,
            partial: true,
            ignored: self.ignored,
        }
    }

    /// Position of the field named `key`. Schemas have at most 64 fields (checked by a test),
    /// so the walk can track which were seen in one `u64`.
    pub fn field_index(&self, key: &str) -> Option<usize> {
        self.fields
            .iter()
            .position(|f| crate::json::same_key(f.name, key))
    }
}

#[derive(Debug)]
pub struct Field {
    pub name: &'static str,
    pub ty: Type,
    pub presence: Presence,
}

/// Whether a field must be sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    Optional,
    /// Klarna rejects the payload without it (`required`, an error).
    Required,
    /// The spec lists it as required, but Klarna accepts its absence (`required_by_spec`, a
    /// warning): customer-token `locale`, `purchase_country`, `purchase_currency`.
    RequiredBySpec,
    /// Set by Klarna, ignored in requests (`readOnly` in the spec).
    ReadOnly,
}

impl Presence {
    /// Whether the spec's `required` list names the field.
    pub fn spec_required(self) -> bool {
        matches!(self, Presence::Required | Presence::RequiredBySpec)
    }
}

impl Field {
    pub const fn optional(name: &'static str, ty: Type) -> Field {
        Field {
            name,
            ty,
            presence: Presence::Optional,
        }
    }

    pub const fn required(name: &'static str, ty: Type) -> Field {
        Field {
            name,
            ty,
            presence: Presence::Required,
        }
    }

    pub const fn required_by_spec(name: &'static str, ty: Type) -> Field {
        Field {
            name,
            ty,
            presence: Presence::RequiredBySpec,
        }
    }

    pub const fn read_only(name: &'static str, ty: Type) -> Field {
        Field {
            name,
            ty,
            presence: Presence::ReadOnly,
        }
    }
}

#[derive(Debug)]
pub enum Type {
    String(StringRules),
    Integer(IntegerRules),
    Boolean,
    Object(&'static ObjectSchema),
    Array(ArrayRules),
}

impl Type {
    pub fn expected(&self) -> ExpectedType {
        match self {
            Type::String(_) => ExpectedType::String,
            Type::Integer(_) => ExpectedType::Integer,
            Type::Boolean => ExpectedType::Boolean,
            Type::Object(_) => ExpectedType::Object,
            Type::Array(_) => ExpectedType::Array,
        }
    }
}

/// `minLength`, `maxLength`, `pattern` and `enum` of a string, and the `format` rule that
/// checks what the spec only describes (a real country code, an email address, a URL…).
#[derive(Debug)]
pub struct StringRules {
    pub min_length: u32,
    pub max_length: Option<u32>,
    pub pattern: Option<Pattern>,
    pub allowed: &'static [&'static str],
    pub format: Option<Format>,
}

impl StringRules {
    pub const ANY: StringRules = StringRules {
        min_length: 0,
        max_length: None,
        pattern: None,
        allowed: &[],
        format: None,
    };

    /// The same rules plus a format check, run once the pattern (if any) matched.
    pub const fn format(self, format: Format) -> Self {
        StringRules {
            format: Some(format),
            ..self
        }
    }

    pub const fn length(min_length: u32, max_length: u32) -> Self {
        StringRules {
            min_length,
            max_length: Some(max_length),
            ..Self::ANY
        }
    }

    pub const fn max(max_length: u32) -> Self {
        Self::length(0, max_length)
    }

    pub const fn pattern(pattern: Pattern) -> Self {
        StringRules {
            pattern: Some(pattern),
            ..Self::ANY
        }
    }

    pub const fn one_of(allowed: &'static [&'static str]) -> Self {
        StringRules {
            allowed,
            ..Self::ANY
        }
    }
}

/// `minimum` and `maximum` of an integer; every integer is also bounded to int64 and to
/// JavaScript's safe range. `amount` marks money in minor units (for the `49.99` hint).
#[derive(Debug)]
pub struct IntegerRules {
    pub minimum: Option<i64>,
    pub maximum: Option<i64>,
    pub amount: bool,
}

impl IntegerRules {
    pub const ANY: IntegerRules = IntegerRules {
        minimum: None,
        maximum: None,
        amount: false,
    };

    pub const fn at_least(minimum: i64) -> Self {
        IntegerRules {
            minimum: Some(minimum),
            ..Self::ANY
        }
    }

    pub const fn at_most(maximum: i64) -> Self {
        IntegerRules {
            maximum: Some(maximum),
            ..Self::ANY
        }
    }

    pub const fn between(minimum: i64, maximum: i64) -> Self {
        IntegerRules {
            minimum: Some(minimum),
            maximum: Some(maximum),
            ..Self::ANY
        }
    }

    /// The same bounds, for an amount in minor units.
    pub const fn amount(self) -> Self {
        IntegerRules {
            amount: true,
            ..self
        }
    }
}

/// `items`, `minItems`, `maxItems` and `uniqueItems` of an array.
#[derive(Debug)]
pub struct ArrayRules {
    pub items: &'static Type,
    pub min_items: u32,
    pub max_items: Option<u32>,
    pub unique: bool,
}

impl ArrayRules {
    pub const fn of(items: &'static Type) -> Self {
        ArrayRules {
            items,
            min_items: 0,
            max_items: None,
            unique: false,
        }
    }
}

/// Checks an object's members against its schema, then its required fields.
pub(crate) fn check_object(
    schema: &'static ObjectSchema,
    members: &[(Cow<'_, str>, Value<'_>)],
    path: &Path<'_>,
    report: &mut Report,
) {
    // `seen`: keys met (for duplicates); `given`: fields with a value (null is no value).
    let (mut seen, mut given): (u64, u64) = (0, 0);
    for (key, value) in members {
        let member_path = path.key(key);
        let Some(i) = schema.field_index(key) else {
            unknown::check(schema, key, &member_path, report);
            continue;
        };
        if seen & (1 << i) != 0 {
            report.push(&member_path, Problem::DuplicateKey);
        }
        seen |= 1 << i;
        let field = &schema.fields[i];
        // Klarna's JSON reader takes null for an absent field: a required one is then missing
        // (reported below), an optional one is only worth a warning.
        if matches!(value, Value::Null) {
            if schema.partial || !field.presence.spec_required() {
                report.push(&member_path, Problem::NullValue);
            }
            continue;
        }
        given |= 1 << i;
        if field.presence == Presence::ReadOnly {
            report.push(&member_path, Problem::ReadOnly);
        }
        check_value(&field.ty, value, &member_path, report);
    }
    if !schema.partial {
        required::check(schema, given, path, report);
    }
}

/// Checks one value against a type: a type mismatch is reported once, and nothing below a
/// mismatched value is walked.
pub(crate) fn check_value(
    ty: &'static Type,
    value: &Value<'_>,
    path: &Path<'_>,
    report: &mut Report,
) {
    match (ty, value) {
        (Type::String(rules), Value::String(s)) => {
            length::check(s, rules, path, report);
            let shaped = rules.pattern.is_none_or(|p| p.check(s, path, report));
            enumeration::check(s, rules.allowed, path, report);
            if let (true, Some(format)) = (shaped, rules.format) {
                format.check(s, path, report);
            }
        }
        (Type::Integer(rules), Value::Number(n)) => range::check(*n, rules, path, report),
        (Type::Boolean, Value::Bool(_)) => {}
        (Type::Object(schema), Value::Object(members)) => {
            check_object(schema, members, path, report)
        }
        (Type::Array(rules), Value::Array(values)) => items::check(rules, values, path, report),
        (ty, value) => report.push(
            path,
            Problem::Type {
                expected: ty.expected(),
                actual: value.json_type(),
            },
        ),
    }
}
