//! One module per JSON Schema keyword. Each check has a cheap fast path for the valid case and
//! builds a [`Problem`](crate::error::Problem) only when something is wrong.

pub mod enumeration;
pub mod format;
pub mod items;
pub mod length;
pub mod pattern;
pub mod range;
pub mod required;
pub mod unknown;
