//! The cryptography the services use, all from well-kept crates: Argon2id for passwords,
//! XChaCha20-Poly1305 for secrets kept in the database (TOTP seeds), SHA-256 for API
//! tokens (random, high-entropy values: a fast hash is right for them), HKDF to derive
//! one key per purpose from the master secret, and the OS generator for every random value.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::RngCore;
use sha2::{Digest, Sha256};

/// Argon2id with OWASP's recommended minimum (19 MiB memory, 2 passes, 1 lane):
/// ~20 ms per hash on this class of machine, so a sign-in stays fast while an offline
/// guess costs the attacker the same memory per try.
fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Argon2 holds a thread for tens of milliseconds and 19 MiB of memory per hash: it runs
/// on the blocking pool, never on the async workers (two of them on this class of
/// machine: one sign-in would stall every other request), and at most this many at once,
/// so a burst of sign-ins cannot claim gigabytes.
const HASHING_SLOTS: usize = 4;
static HASHING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(HASHING_SLOTS);

async fn off_runtime<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> T {
    // The semaphore is never closed, so acquiring cannot fail; the permit is held until
    // the hash is done.
    let _slot = HASHING.acquire().await;
    match tokio::task::spawn_blocking(work).await {
        Ok(v) => v,
        Err(e) => std::panic::resume_unwind(e.into_panic()),
    }
}

/// Hashes a new password (Argon2id, a fresh salt) off the async workers.
pub(crate) async fn hash_password_off_runtime(password: &str) -> Result<String, String> {
    let password = password.to_string();
    off_runtime(move || hash_password(&password)).await
}

/// Verifies a password against a stored hash off the async workers; `None` for the hash
/// verifies against the dummy hash (same cost, always false).
pub(crate) async fn verify_password_off_runtime(password: &str, phc: Option<&str>) -> bool {
    let password = password.to_string();
    let phc = phc.map(str::to_string);
    off_runtime(move || {
        let ok = verify_password(&password, phc.as_deref().unwrap_or(dummy_hash()));
        ok && phc.is_some()
    })
    .await
}

pub(crate) fn hash_password(password: &str) -> Result<String, String> {
    let mut salt = [0u8; 16];
    rand::rng().fill_bytes(&mut salt);
    let salt = SaltString::encode_b64(&salt).map_err(|e| e.to_string())?;
    argon2()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| e.to_string())
}

/// Verifies against a stored PHC string (parameters travel with the hash, so raising
/// them later keeps old hashes valid).
pub(crate) fn verify_password(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc).is_ok_and(|h| argon2().verify_password(password.as_bytes(), &h).is_ok())
}

/// A hash to verify against when the user name is unknown, so the answer takes as long
/// as for a real account and does not reveal which names exist.
pub(crate) fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| hash_password("not a password of anybody").unwrap_or_default())
}

/// `n` random bytes as lower-case hex.
pub(crate) fn random_hex(n: usize) -> String {
    let mut b = vec![0u8; n];
    rand::rng().fill_bytes(&mut b);
    hex::encode(b)
}

pub(crate) fn random_bytes(n: usize) -> Vec<u8> {
    let mut b = vec![0u8; n];
    rand::rng().fill_bytes(&mut b);
    b
}

pub(crate) fn sha256_hex(s: &str) -> String {
    hex::encode(Sha256::digest(s.as_bytes()))
}

fn derive(master: &[u8], info: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    // 32 bytes is far below HKDF-SHA256's output limit, so expand cannot fail.
    let _ = hkdf::Hkdf::<Sha256>::new(None, master).expand(info, &mut out);
    out
}

/// Seals small secrets for the database under a key derived from the master secret;
/// the additional data binds a ciphertext to its place (`app_user.totp_secret#<id>`),
/// so a sealed value copied to another row does not open.
pub(crate) struct Sealer {
    cipher: XChaCha20Poly1305,
}

/// The key id written before every sealed value, so keys can be rotated later.
const SEAL_KEY_ID: &str = "k1";

impl Sealer {
    pub(crate) fn derive(master: &[u8]) -> Sealer {
        let key = derive(master, b"opennrm sealed secrets v1");
        Sealer {
            cipher: XChaCha20Poly1305::new((&key).into()),
        }
    }

    pub(crate) fn seal(&self, plain: &[u8], place: &str) -> Result<String, String> {
        let nonce_bytes = random_bytes(24);
        let nonce = XNonce::from_slice(&nonce_bytes);
        let ct = self
            .cipher
            .encrypt(
                nonce,
                Payload {
                    msg: plain,
                    aad: place.as_bytes(),
                },
            )
            .map_err(|_| "sealing failed".to_string())?;
        Ok(format!(
            "{SEAL_KEY_ID}:{}:{}",
            hex::encode(nonce_bytes),
            hex::encode(ct)
        ))
    }

    pub(crate) fn open(&self, sealed: &str, place: &str) -> Result<Vec<u8>, String> {
        let mut parts = sealed.splitn(3, ':');
        let (Some(kid), Some(n), Some(c)) = (parts.next(), parts.next(), parts.next()) else {
            return Err("malformed sealed value".into());
        };
        if kid != SEAL_KEY_ID {
            return Err(format!("sealed under unknown key id {kid}"));
        }
        let nonce = hex::decode(n).map_err(|_| "malformed nonce".to_string())?;
        let ct = hex::decode(c).map_err(|_| "malformed ciphertext".to_string())?;
        if nonce.len() != 24 {
            return Err("malformed nonce".into());
        }
        self.cipher
            .decrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: &ct,
                    aad: place.as_bytes(),
                },
            )
            .map_err(|_| {
                "the sealed value does not open with this key (wrong key or tampered)".into()
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_verifies_and_a_wrong_one_does_not() {
        let h = hash_password("correct horse battery staple").expect("hash");
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery staple", &h));
        assert!(!verify_password("correct horse battery stapl", &h));
    }

    #[test]
    fn a_sealed_value_opens_only_in_its_place_and_under_its_key() {
        let s = Sealer::derive(&[7u8; 32]);
        let sealed = s.seal(b"seed", "app_user.totp_secret#a").expect("seal");
        assert_eq!(
            s.open(&sealed, "app_user.totp_secret#a").expect("open"),
            b"seed"
        );
        assert!(s.open(&sealed, "app_user.totp_secret#b").is_err());
        assert!(
            Sealer::derive(&[8u8; 32])
                .open(&sealed, "app_user.totp_secret#a")
                .is_err()
        );
    }
}
