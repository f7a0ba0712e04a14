//! How long things live: an authorization token 60 minutes after authorize() succeeded
//! (`NOT_FOUND Invalid authorization token` after that), a session 48 hours.

use serde::Serialize;

pub const AUTHORIZATION_TTL_MS: i64 = 60 * 60 * 1000;
pub const SESSION_TTL_MS: i64 = 48 * 60 * 60 * 1000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Window {
    /// Whether the call can still be made.
    pub open: bool,
    /// Milliseconds left (0 once closed).
    pub remaining_ms: i64,
    /// When it closes, in milliseconds since the Unix epoch.
    pub expires_at_ms: i64,
}

fn window(start_ms: i64, now_ms: i64, ttl_ms: i64) -> Window {
    let expires_at_ms = start_ms.saturating_add(ttl_ms);
    let remaining_ms = expires_at_ms.saturating_sub(now_ms).max(0);
    Window {
        open: remaining_ms > 0,
        remaining_ms,
        expires_at_ms,
    }
}

/// The create-order / create-customer-token window after authorize() succeeded.
pub fn authorization_window(authorized_at_ms: i64, now_ms: i64) -> Window {
    window(authorized_at_ms, now_ms, AUTHORIZATION_TTL_MS)
}

/// The lifetime of a payment session after it was created.
pub fn session_window(created_at_ms: i64, now_ms: i64) -> Window {
    window(created_at_ms, now_ms, SESSION_TTL_MS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sixty_minutes() {
        let w = authorization_window(0, 59 * 60 * 1000);
        assert_eq!(
            (w.open, w.remaining_ms, w.expires_at_ms),
            (true, 60_000, 3_600_000)
        );
        assert!(!authorization_window(0, 3_600_000).open);
        assert_eq!(authorization_window(0, 9_000_000).remaining_ms, 0);
        assert!(session_window(0, 47 * 3_600_000).open);
    }
}
