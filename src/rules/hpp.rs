//! `hpp_contact`, `hpp_back_and_cancel`, `hpp_success_placeholder`, `hpp_payment_session_url`:
//! what Klarna's Hosted Payment Page docs ask of a session and a distribution beyond the spec's
//! few constraints (ORDER-MANAGEMENT.md §3.11).

use super::{object, present, text, Cart};
use crate::error::Problem;
use crate::path::Path;
use crate::report::Report;
use crate::PayloadKind;

pub(crate) fn check(cart: &Cart<'_, '_>, report: &mut Report) {
    match cart.kind {
        PayloadKind::HppDistribution => distribution(cart, report),
        _ => session(cart, report),
    }
}

/// Each method needs its contact: an e-mail address, a phone and its country, an access id.
fn distribution(cart: &Cart<'_, '_>, report: &mut Report) {
    let needs: (&'static str, &[&str]) = match text(cart.root, "method") {
        Some(m) if m.eq_ignore_ascii_case("email") => ("email", &["email"]),
        Some(m) if m.eq_ignore_ascii_case("sms") => ("sms", &["phone", "phone_country"]),
        Some(m) if m.eq_ignore_ascii_case("token") => ("token", &["access_id"]),
        _ => return,
    };
    let Some(contact) = object(cart.root, "contact_information") else {
        return;
    };
    let at = Path::ROOT.key("contact_information");
    for &field in needs.1 {
        if !present(contact, field) {
            report.push(&at.key(field), Problem::HppContact { method: needs.0 });
        }
    }
}

fn session(cart: &Cart<'_, '_>, report: &mut Report) {
    let url = text(cart.root, "payment_session_url");
    if let Some(url) = url {
        if payment_session(url).is_none() {
            report.push(
                &Path::ROOT.key("payment_session_url"),
                Problem::HppPaymentSessionUrl,
            );
        }
    }
    let Some(urls) = object(cart.root, "merchant_urls") else {
        return;
    };
    let at = Path::ROOT.key("merchant_urls");
    if present(urls, "back") && present(urls, "cancel") {
        report.push(&at.key("cancel"), Problem::HppBackAndCancel);
    }
    // A KP session's success page needs the token, unless the HPP places the order itself.
    let places_order = object(cart.root, "options")
        .and_then(|o| text(o, "place_order_mode"))
        .is_some_and(|m| !m.eq_ignore_ascii_case("NONE"));
    if let (Some(Target::PaymentsSession), Some(success)) =
        (url.and_then(payment_session), text(urls, "success"))
    {
        if !places_order && !success.contains("{{authorization_token}}") {
            report.push(&at.key("success"), Problem::HppSuccessPlaceholder);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    PaymentsSession,
    CheckoutOrder,
}

/// What an HPP `payment_session_url` points at: an https URL whose path ends in
/// `/payments/v1/sessions/<id>` or `/checkout/v3/orders/<id>`.
fn payment_session(url: &str) -> Option<Target> {
    let rest = url.strip_prefix("https://")?;
    let (_host, path) = rest.split_once('/')?;
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let (base, id) = path.trim_end_matches('/').rsplit_once('/')?;
    if id.is_empty() {
        return None;
    }
    if base.ends_with("payments/v1/sessions") {
        Some(Target::PaymentsSession)
    } else if base.ends_with("checkout/v3/orders") {
        Some(Target::CheckoutOrder)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payment_session_urls() {
        assert_eq!(
            payment_session("https://api.klarna.com/payments/v1/sessions/0b1d9815-165e"),
            Some(Target::PaymentsSession)
        );
        assert_eq!(
            payment_session("https://api-na.playground.klarna.com/checkout/v3/orders/abc/"),
            Some(Target::CheckoutOrder)
        );
        for bad in [
            "http://api.klarna.com/payments/v1/sessions/x",
            "https://api.klarna.com/payments/v1/sessions/",
            "0b1d9815-165e",
            "https://shop.example/checkout",
        ] {
            assert_eq!(payment_session(bad), None, "{bad}");
        }
    }
}
