//! Order Management API request bodies (`klarna-order-management-api.openapi.yml`): what a
//! merchant sends after the purchase. The spec's artifacts are corrected as ORDER-MANAGEMENT.md
//! says, each named in `tests/spec_fidelity.rs`'s deviations: the order-line `type` enum
//! written as one pipe-joined string, and the unanchored `shipping_method` and `interval`
//! patterns, are anchored closed lists here.
//!
//! Three calls take no body (`cancel`, `release_remaining_authorization`,
//! `extend_authorization_time`): [`NO_BODY`], where any member is a warning.

pub mod authorization;
pub mod capture;
pub mod customer_details;
pub mod due_date;
pub mod merchant_references;
pub mod order_line;
pub mod refund;
pub mod shipping_info;

use crate::schema::ObjectSchema;

/// The body of a call that takes none: Klarna documents `{}` ("You don't need a request
/// body"); what it does with members is not recorded, so they are `unknown_field` warnings.
pub static NO_BODY: ObjectSchema = ObjectSchema {
    name: "no request body",
    ..ObjectSchema::DEFAULT
};
