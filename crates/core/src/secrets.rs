//! Where secrets are kept: carriers' API keys and payment requests in flight go to the
//! OS keyring (macOS Keychain, Windows Credential Manager, the Secret Service on Linux)
//! and the wallet holds only the name of the keyring entry.
//!
//! Where no keyring works (a server, CI, a Linux session without a Secret Service) or
//! when `SAPAR_KEYRING=off`, the secret is kept in the wallet file itself: the only
//! place left that survives a restart. Callers say so to the person. Secrets are never
//! written to logs or error messages.

/// Set to `off` to keep secrets in the wallet even where a keyring exists.
pub const KEYRING_ENV: &str = "SAPAR_KEYRING";

/// The keyring service of carriers' API keys.
pub(crate) const CARRIER_KEYS: &str = "kz.sapar.app.carrier";

/// The keyring service of payment requests waiting for their outcome.
pub(crate) const PAYMENTS: &str = "kz.sapar.app.payment";

/// Where a secret ended up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Kept {
    /// In the OS keyring, under this entry name.
    Keyring(String),
    /// Nowhere but the wallet: the caller stores it there.
    InWallet,
}

fn keyring_allowed() -> bool {
    !std::env::var(KEYRING_ENV).is_ok_and(|v| v.eq_ignore_ascii_case("off"))
}

/// Puts `secret` into the keyring under a new entry of `service`, and checks that it can
/// be read back through a fresh handle (some keyrings accept and then forget).
pub(crate) fn keep(service: &str, secret: &str) -> Kept {
    if !keyring_allowed() {
        return Kept::InWallet;
    }
    let name = format!("entry-{}", uuid::Uuid::new_v4().simple());
    let stored = keyring::Entry::new(service, &name).and_then(|e| e.set_password(secret));
    if stored.is_err() {
        return Kept::InWallet;
    }
    match read(service, &name) {
        Some(back) if back == secret => Kept::Keyring(name),
        _ => {
            forget(service, &name);
            Kept::InWallet
        }
    }
}

/// The secret of a keyring entry, if the keyring still has it.
pub(crate) fn read(service: &str, name: &str) -> Option<String> {
    keyring::Entry::new(service, name)
        .and_then(|e| e.get_password())
        .ok()
}

/// Deletes a keyring entry (nothing happens when it is already gone).
pub(crate) fn forget(service: &str, name: &str) {
    if let Ok(e) = keyring::Entry::new(service, name) {
        let _ = e.delete_credential();
    }
}
