//! `emd_segment_package`: the packages Klarna asks each kind of merchant to send
//! ([`SEGMENTS`](crate::data::emd_segments::SEGMENTS)), for the segments named in
//! [`Options::segments`](crate::Options::segments). Not on create-session: Klarna prefers EMD in
//! `authorize()` or a session update, and warns that EMD in create-session may not be
//! GDPR-compliant in the EU (EMD.md §1.2), so a session is not expected to carry it.

use super::sent;
use crate::error::Problem;
use crate::path::Path;
use crate::report::Report;
use crate::rules::{Cart, Members};
use crate::PayloadKind;

/// `packages`: the body's, or `None` when the request has no readable body.
pub(crate) fn check(
    packages: Option<Members<'_, '_>>,
    cart: &Cart<'_, '_>,
    path: &Path<'_>,
    report: &mut Report,
) {
    if cart.kind == PayloadKind::Session {
        return;
    }
    for segment in cart.options.segments.iter() {
        for &requirement in segment.requires {
            let met = packages.is_some_and(|p| requirement.iter().any(|name| sent(p, name)));
            if !met {
                let problem = Problem::EmdSegmentPackage {
                    segment: segment.label,
                    packages: requirement,
                };
                report.push(path, problem);
            }
        }
    }
}
