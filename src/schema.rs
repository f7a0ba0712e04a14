//! The shape of a payload schema, and the one pass that checks a JSON text against it.
//!
//! Schemas are `static` data in `src/model/`, one file per Klarna schema, transcribed from the
//! OpenAPI specs. Each keyword's check lives in `src/keywords/`; the pass only dispatches.
//!
//! The pass checks each value as the reader meets it and builds no tree of the payload: it
//! keeps only what the cross-field rules read (`rules::KEPT`: the amounts, codes and line
//! fields, borrowed from the text), so its memory is that small record, not the payload.

use crate::error::{ExpectedType, Problem};
use crate::json::{same_key, JsonType, Parser, SyntaxError, SyntaxReason, Value};
use crate::keywords::{
    enumeration, format::Format, items, length, pattern::Pattern, range, required, unknown,
};
use crate::path::Path;
use crate::report::Report;
use crate::rules::Keep;

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
    /// Fields Klarna refuses here (an error, `refused_field`), each with Klarna's answer.
    pub refused: &'static [IgnoredField],
    /// The root schema of the document this object sits in, when the root's fields are often
    /// misplaced inside it (an extra merchant data package nested in another): such a member is
    /// reported as `emd_nested_package`, not `unknown_field`.
    pub root: Option<&'static ObjectSchema>,
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
        refused: &[],
        root: None,
    };

    /// The same fields with none required: the update form of a create schema.
    pub const fn partial(&'static self, name: &'static str) -> ObjectSchema {
        ObjectSchema {
            name,
            fields: self.fields,
            partial: true,
            ignored: self.ignored,
            refused: self.refused,
            root: self.root,
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
    /// Any JSON number (extra merchant data's `seller_rating`, and prices older schemas typed
    /// `number`).
    Number(NumberRules),
    Boolean,
    Object(&'static ObjectSchema),
    Array(ArrayRules),
    /// A value whose type is known only from Klarna's example (the extra merchant data packages
    /// with no published field table): checked as the inner type, every error reported as an
    /// `emd_undocumented` warning.
    Undocumented(&'static Type),
}

impl Type {
    pub fn expected(&self) -> ExpectedType {
        match self {
            Type::String(_) => ExpectedType::String,
            Type::Integer(_) => ExpectedType::Integer,
            Type::Number(_) => ExpectedType::Number,
            Type::Boolean => ExpectedType::Boolean,
            Type::Object(_) => ExpectedType::Object,
            Type::Array(_) => ExpectedType::Array,
            Type::Undocumented(inner) => inner.expected(),
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
    /// `allowed` is compared exactly: another case is `emd_enum_case`, not `enum_case`
    /// (extra merchant data lists lowercase values; the payment APIs compare without case).
    pub exact: bool,
    /// A JSON number is read as its text (Klarna answered 201 to a capture whose
    /// `shipping_info[].tracking_number` was a number): `number_as_text`, a warning, not `type`.
    pub numbers: bool,
    pub format: Option<Format>,
}

impl StringRules {
    pub const ANY: StringRules = StringRules {
        min_length: 0,
        max_length: None,
        pattern: None,
        allowed: &[],
        exact: false,
        numbers: false,
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

    /// The same rules, a JSON number taken as its text (with a warning).
    pub const fn or_number(self) -> Self {
        StringRules {
            numbers: true,
            ..self
        }
    }

    /// One of `allowed`, in exactly that case.
    pub const fn exactly(allowed: &'static [&'static str]) -> Self {
        StringRules {
            allowed,
            exact: true,
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
    /// A negative value is `emd_negative`, a warning: no schema bounds it, but a count or a
    /// price below zero is a mistake.
    pub non_negative: bool,
}

impl IntegerRules {
    pub const ANY: IntegerRules = IntegerRules {
        minimum: None,
        maximum: None,
        amount: false,
        non_negative: false,
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

    /// A count or a price of extra merchant data: whole and, by advice, not negative.
    pub const COUNT: IntegerRules = IntegerRules {
        non_negative: true,
        ..Self::ANY
    };
}

/// Any JSON number. `whole`: the current schema wants integer minor units where an older one
/// allowed a decimal, so a decimal is `emd_minor_units`, a warning.
#[derive(Debug)]
pub struct NumberRules {
    pub whole: bool,
    pub non_negative: bool,
}

impl NumberRules {
    pub const ANY: NumberRules = NumberRules {
        whole: false,
        non_negative: false,
    };

    /// A price older schemas typed `number`: integer minor units advised, not negative.
    pub const PRICE: NumberRules = NumberRules {
        whole: true,
        non_negative: true,
    };
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

/// Checks a whole JSON text against `schema` (the payload must be an object), reporting as it
/// reads, and returns what `keep` asks for. A syntax error anywhere is returned instead: the
/// caller reports only that (violations found before it are about a text that is not JSON).
pub(crate) fn check_text<'a>(
    schema: &'static ObjectSchema,
    text: &'a str,
    keep: &'static Keep,
    report: &mut Report,
) -> Result<Value<'a>, SyntaxError> {
    check_text_at(&Type::Object(schema), text, keep, &Path::ROOT, report)
}

/// [`check_text`] for a JSON text that sits at `path` of another (extra merchant data in
/// `attachment.body`): violations carry the whole path.
pub(crate) fn check_text_at<'a>(
    ty: &Type,
    text: &'a str,
    keep: &'static Keep,
    path: &Path<'_>,
    report: &mut Report,
) -> Result<Value<'a>, SyntaxError> {
    let mut pass = Pass {
        reader: Parser::new(text),
        report,
    };
    let kept = pass.value(Some(ty), keep, path, 0)?;
    pass.reader.skip_ws();
    if pass.reader.pos != pass.reader.bytes.len() {
        return Err(pass.reader.error(SyntaxReason::TrailingCharacters));
    }
    Ok(kept)
}

/// The reader and the report of one pass.
struct Pass<'a, 'r> {
    reader: Parser<'a>,
    report: &'r mut Report,
}

impl<'a> Pass<'a, '_> {
    /// Reads the value at the reader's position, checks it against `ty` (`None`: no schema,
    /// only the syntax) and returns what `keep` asks for (`Value::Null` for nothing).
    fn value(
        &mut self,
        ty: Option<&Type>,
        keep: &'static Keep,
        path: &Path<'_>,
        depth: usize,
    ) -> Result<Value<'a>, SyntaxError> {
        if let Some(Type::Undocumented(inner)) = ty {
            // A syntax error ends the pass and its report with it: no need to restore.
            self.report.undocumented += 1;
            let value = self.value(Some(inner), keep, path, depth)?;
            self.report.undocumented -= 1;
            return Ok(value);
        }
        self.reader.skip_ws();
        let scalar = match self.reader.peek() {
            None => return Err(self.reader.error(SyntaxReason::Eof)),
            Some(b'{') => return self.object(ty, keep, path, depth + 1),
            Some(b'[') => return self.array(ty, keep, path, depth + 1),
            Some(b'"') => Value::String(self.reader.string()?),
            Some(b't') => self
                .reader
                .eat_literal(b"true")
                .map(|_| Value::Bool(true))?,
            Some(b'f') => self
                .reader
                .eat_literal(b"false")
                .map(|_| Value::Bool(false))?,
            Some(b'n') => self.reader.eat_literal(b"null").map(|_| Value::Null)?,
            Some(b'-' | b'0'..=b'9') => Value::Number(self.reader.number()?),
            Some(_) => return Err(self.reader.error(SyntaxReason::ExpectedValue)),
        };
        if let Some(ty) = ty {
            self.check_scalar(ty, &scalar, path);
        }
        Ok(if matches!(keep, Keep::Nothing) {
            Value::Null
        } else {
            scalar
        })
    }

    /// One scalar against its type: a mismatch is reported once.
    fn check_scalar(&mut self, ty: &Type, value: &Value<'_>, path: &Path<'_>) {
        let report = &mut *self.report;
        match (ty, value) {
            (Type::String(rules), Value::String(s)) => {
                length::check(s, rules, path, report);
                let shaped = rules.pattern.is_none_or(|p| p.check(s, path, report));
                enumeration::check(s, rules, path, report);
                if let (true, Some(format)) = (shaped, rules.format) {
                    format.check(s, path, report);
                }
            }
            (Type::Integer(rules), Value::Number(n)) => range::check(*n, rules, path, report),
            (Type::Number(rules), Value::Number(n)) => range::check_number(*n, rules, path, report),
            (Type::Boolean, Value::Bool(_)) => {}
            (Type::String(StringRules { numbers: true, .. }), Value::Number(_)) => {
                report.push(path, Problem::NumberAsText);
            }
            (ty, value) => self.mismatch(ty, value.json_type(), path),
        }
    }

    fn mismatch(&mut self, ty: &Type, actual: JsonType, path: &Path<'_>) {
        self.report.push(
            path,
            Problem::Type {
                expected: ty.expected(),
                actual,
            },
        );
    }

    /// An object: each member checked against its field (unknown ones reported and read for
    /// syntax only), then the required fields. Keeps the members `keep` names.
    fn object(
        &mut self,
        ty: Option<&Type>,
        keep: &'static Keep,
        path: &Path<'_>,
        depth: usize,
    ) -> Result<Value<'a>, SyntaxError> {
        let schema = match ty {
            Some(Type::Object(schema)) => Some(*schema),
            Some(other) => {
                self.mismatch(other, JsonType::Object, path);
                None
            }
            None => None,
        };
        let kept_members = match keep {
            Keep::Members(members) => Some(*members),
            _ => None,
        };
        // One allocation: at most one of each kept member, bar duplicate keys.
        let mut kept = Vec::with_capacity(kept_members.map_or(0, <[_]>::len));
        // `seen`: keys met (for duplicates); `given`: fields with a value (null is no value).
        let (mut seen, mut given): (u64, u64) = (0, 0);
        // Nesting past MAX_DEPTH is a syntax error (the report it replaces does not matter).
        if !self.reader.open(depth, b'}')? {
            loop {
                let key = self.reader.member_name()?;
                let field = schema.and_then(|s| s.field_index(&key));
                // Only fields of the schema are kept: Klarna ignores the others, so the rules
                // must not read them (a purchase_country on a token order is not a country).
                let member_keep = kept_members
                    .filter(|_| schema.is_none() || field.is_some())
                    .and_then(|m| m.iter().find(|(name, _)| same_key(name, &key)))
                    .map_or(&Keep::Nothing, |(_, k)| k);
                let member_path = path.key(&key);
                let value = match schema {
                    None => self.value(None, member_keep, &member_path, depth)?,
                    Some(schema) => match field {
                        None => {
                            unknown::check(schema, &key, &member_path, self.report);
                            self.value(None, &Keep::Nothing, &member_path, depth)?
                        }
                        Some(i) => {
                            if seen & (1 << i) != 0 {
                                self.report.push(&member_path, Problem::DuplicateKey);
                            }
                            seen |= 1 << i;
                            let field = &schema.fields[i];
                            self.reader.skip_ws();
                            if self.reader.peek() == Some(b'n') {
                                // Klarna's JSON reader takes null for an absent field: a
                                // required one is then missing (reported below), an optional
                                // one is only worth a warning.
                                self.reader.eat_literal(b"null")?;
                                // The last copy of a repeated key counts, as for the rules.
                                given &= !(1 << i);
                                if schema.partial || !field.presence.spec_required() {
                                    self.report.push(&member_path, Problem::NullValue);
                                }
                                Value::Null
                            } else {
                                given |= 1 << i;
                                if field.presence == Presence::ReadOnly {
                                    self.report.push(&member_path, Problem::ReadOnly);
                                }
                                self.value(Some(&field.ty), member_keep, &member_path, depth)?
                            }
                        }
                    },
                };
                if !matches!(member_keep, Keep::Nothing) {
                    kept.push((key, value));
                }
                if self
                    .reader
                    .next_or_close(b'}', SyntaxReason::ExpectedObjectEnd)?
                {
                    break;
                }
            }
        }
        if let Some(schema) = schema {
            if !schema.partial {
                required::check(schema, given, path, self.report);
            }
        }
        Ok(match keep {
            Keep::Nothing => Value::Null,
            // Only that an object is there (kept for `present`-style checks).
            _ => Value::Object(kept),
        })
    }

    /// An array: items checked against the item type up to `maxItems` (the rest read for syntax
    /// only), then its size and uniqueness. Keeps its walked items as `keep` asks, and one
    /// `null` after them when there are more, so the rules know they do not see them all.
    fn array(
        &mut self,
        ty: Option<&Type>,
        keep: &'static Keep,
        path: &Path<'_>,
        depth: usize,
    ) -> Result<Value<'a>, SyntaxError> {
        let rules = match ty {
            Some(Type::Array(rules)) => Some(rules),
            Some(other) => {
                self.mismatch(other, JsonType::Array, path);
                None
            }
            None => None,
        };
        let walked_items = rules
            .and_then(|r| r.max_items)
            .map_or(usize::MAX, |m| m as usize);
        let item_keep = match keep {
            Keep::Items(item) => Some(*item),
            _ => None,
        };
        // Violations of the array's size go before its items' (as reports list them).
        let mark = self.report.errors.len();
        let mut kept = Vec::new();
        // Where each walked item's text is, for uniqueness (rare: one read-only field).
        let mut spans = Vec::new();
        let mut len = 0;
        // Nesting past MAX_DEPTH is a syntax error (the report it replaces does not matter).
        if !self.reader.open(depth, b']')? {
            loop {
                let walked = len < walked_items;
                let item_ty = if walked { rules.map(|r| r.items) } else { None };
                let this_keep = match item_keep {
                    Some(k) if walked => k,
                    // Past what is walked, an item is only counted.
                    Some(_) => &Keep::Nothing,
                    None => &Keep::Nothing,
                };
                self.reader.skip_ws();
                let start = self.reader.pos;
                let item = self.value(item_ty, this_keep, &path.index(len), depth)?;
                if rules.is_some_and(|r| r.unique) && walked {
                    spans.push(start..self.reader.pos);
                }
                // Past the walked items, one `null` is enough to tell the rules the array is
                // longer than what they see; the rest is not kept at all.
                if item_keep.is_some() && len <= walked_items {
                    kept.push(if walked { item } else { Value::Null });
                }
                len += 1;
                if self
                    .reader
                    .next_or_close(b']', SyntaxReason::ExpectedArrayEnd)?
                {
                    break;
                }
            }
        }
        if let Some(rules) = rules {
            items::check_count(rules, len, path, self.report, mark);
            if !spans.is_empty() {
                items::check_unique(self.reader.src, &spans, path, self.report);
            }
        }
        Ok(match keep {
            Keep::Nothing => Value::Null,
            _ => Value::Array(kept),
        })
    }
}
