//! The cryptography the services use, all from well-kept crates: Argon2id for passwords,
//! XChaCha20-Poly1305 for secrets kept in the database (TOTP seeds), SHA-256 for API
//! tokens (random, high-entropy values: a fast hash is right for them), HKDF to derive
//! one key per purpose from the master secret, and the OS generator for every random value.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::RngCore;
use secrecy::ExposeSecret;
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

/// A new row id: a UUIDv7 as 32 lower-case hex digits. Its first 48 bits are the time
/// in milliseconds, so rows written together land together in every index keyed by the
/// id (a random id dirties one index page per row, which on a busy node is most of what
/// a durable commit writes); its 74 random bits keep it unguessable. Only for internal
/// ids: what stands for a case in URLs and audit rows is its random reference.
pub(crate) fn ordered_id() -> String {
    uuid::Uuid::now_v7().simple().to_string()
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

/// Seals values for the database with an AEAD (XChaCha20-Poly1305) under one of several
/// keys, each with an id written before the ciphertext (`kid:nonce:ciphertext`, hex), so
/// keys can be rotated: new values are sealed under the active key, old ones open under
/// theirs until `opennrm keys rotate` re-seals them. The additional data binds a
/// ciphertext to its place (`case_person.name_ct#<id>`), so a sealed value copied to
/// another row or column does not open. Keys come from configuration (or are derived from
/// the master secret), never from the database.
pub(crate) struct Sealer {
    active: String,
    keys: Vec<(String, XChaCha20Poly1305)>,
}

impl Sealer {
    /// TOTP seeds: one key derived from the master secret.
    pub(crate) fn derive(master: &[u8]) -> Sealer {
        Sealer::derived(master, "k1", b"opennrm sealed secrets v1", Vec::new())
    }

    /// A keyring whose first key is derived from the master secret under `id` (always
    /// there, so values sealed before any key was configured still open), followed by the
    /// `configured` keys; the last configured key is the active one, or the derived key
    /// when none is configured.
    pub(crate) fn derived(
        master: &[u8],
        id: &str,
        info: &[u8],
        configured: Vec<(String, [u8; 32])>,
    ) -> Sealer {
        let mut keys = vec![(
            id.to_string(),
            XChaCha20Poly1305::new((&derive(master, info)).into()),
        )];
        for (kid, key) in configured {
            keys.retain(|(k, _)| *k != kid);
            keys.push((kid, XChaCha20Poly1305::new((&key).into())));
        }
        let active = keys.last().map(|(k, _)| k.clone()).unwrap_or_default();
        Sealer { active, keys }
    }

    pub(crate) fn active_key(&self) -> &str {
        &self.active
    }

    /// The key id a sealed value was sealed under.
    pub(crate) fn key_of(sealed: &str) -> &str {
        sealed.split(':').next().unwrap_or_default()
    }

    pub(crate) fn seal(&self, plain: &[u8], place: &str) -> Result<String, String> {
        let cipher = self
            .keys
            .iter()
            .find(|(k, _)| *k == self.active)
            .map(|(_, c)| c)
            .ok_or("no active key")?;
        seal_under(cipher, &self.active, plain, place)
    }

    pub(crate) fn open(&self, sealed: &str, place: &str) -> Result<Vec<u8>, String> {
        let (kid, nonce, ct) = split_sealed(sealed)?;
        if kid == CASE_KEY_ID {
            return Err("sealed under its case's own key, which was not given".into());
        }
        let Some((_, cipher)) = self.keys.iter().find(|(k, _)| k == kid) else {
            // The id is ours (letters and digits), never data: safe to name.
            return Err(format!(
                "sealed under key id {kid}, which is not configured"
            ));
        };
        open_under(cipher, &nonce, &ct, place)
    }
}

/// The key id written before a value sealed under its case's own key. It holds a `-`,
/// which a configured key id cannot (letters and digits only), so the two never clash.
pub(crate) const CASE_KEY_ID: &str = "case-key";

/// The place a case's wrapped key is bound to.
fn case_key_place(case_id: &str) -> String {
    format!("case_key.wrapped#{case_id}")
}

/// A case's own data key (envelope encryption): a random 256-bit key per case seals the
/// case's personal fields, notes, messages and reasons; it is stored only wrapped
/// (sealed) under the configured key-encryption keys, in `case_key`. Retention deletes
/// the wrapped key, so every copy of the case's ciphertexts made before (a backup of the
/// case tables, a replica, a page left in a file) stops opening even with the master
/// secret; key rotation re-wraps these keys instead of re-sealing every field.
pub(crate) struct CaseKey(XChaCha20Poly1305);

impl CaseKey {
    /// A new random key for case `case_id`, and its wrapped form for the database.
    pub(crate) fn generate(kek: &Sealer, case_id: &str) -> Result<(CaseKey, String), String> {
        let bytes = secrecy::SecretBox::new(Box::new(random_key()));
        let wrapped = kek.seal(bytes.expose_secret(), &case_key_place(case_id))?;
        Ok((CaseKey::from_bytes(bytes.expose_secret()), wrapped))
    }

    /// Unwraps case `case_id`'s key (bound to that case: a wrapped key copied to another
    /// case does not open).
    pub(crate) fn unwrap(kek: &Sealer, wrapped: &str, case_id: &str) -> Result<CaseKey, String> {
        let bytes = secrecy::SecretBox::new(Box::new(kek.open(wrapped, &case_key_place(case_id))?));
        let key: &[u8; 32] = bytes
            .expose_secret()
            .as_slice()
            .try_into()
            .map_err(|_| "a wrapped case key of the wrong length".to_string())?;
        Ok(CaseKey::from_bytes(key))
    }

    fn from_bytes(key: &[u8; 32]) -> CaseKey {
        CaseKey(XChaCha20Poly1305::new(key.into()))
    }

    pub(crate) fn seal(&self, plain: &[u8], place: &str) -> Result<String, String> {
        seal_under(&self.0, CASE_KEY_ID, plain, place)
    }
}

/// Opens a case's sealed values: those under the case's own key, and those sealed
/// before cases had keys (under the keyring; `opennrm keys rotate` moves them into the
/// case's key). `case` is `None` where the case has no key: its values sealed under a
/// key that was discarded do not open, and say so.
pub(crate) fn open_case_value(
    keyring: &Sealer,
    case: Option<&CaseKey>,
    sealed: &str,
    place: &str,
) -> Result<Vec<u8>, String> {
    if Sealer::key_of(sealed) != CASE_KEY_ID {
        return keyring.open(sealed, place);
    }
    let key = case.ok_or("the case's key is gone (discarded by retention)")?;
    let (_, nonce, ct) = split_sealed(sealed)?;
    open_under(&key.0, &nonce, &ct, place)
}

fn random_key() -> [u8; 32] {
    let mut k = [0u8; 32];
    rand::rng().fill_bytes(&mut k);
    k
}

/// `kid:nonce:ciphertext`, hex, with a fresh random nonce (192 bits: safe at random).
fn seal_under(
    cipher: &XChaCha20Poly1305,
    kid: &str,
    plain: &[u8],
    place: &str,
) -> Result<String, String> {
    let nonce_bytes = random_bytes(24);
    let nonce = XNonce::from_slice(&nonce_bytes);
    let ct = cipher
        .encrypt(
            nonce,
            Payload {
                msg: plain,
                aad: place.as_bytes(),
            },
        )
        .map_err(|_| "sealing failed".to_string())?;
    Ok(format!(
        "{kid}:{}:{}",
        hex::encode(nonce_bytes),
        hex::encode(ct)
    ))
}

/// The key id, nonce and ciphertext of a sealed value.
fn split_sealed(sealed: &str) -> Result<(&str, Vec<u8>, Vec<u8>), String> {
    let mut parts = sealed.splitn(3, ':');
    let (Some(kid), Some(n), Some(c)) = (parts.next(), parts.next(), parts.next()) else {
        return Err("malformed sealed value".into());
    };
    let nonce = hex::decode(n).map_err(|_| "malformed nonce".to_string())?;
    let ct = hex::decode(c).map_err(|_| "malformed ciphertext".to_string())?;
    if nonce.len() != 24 {
        return Err("malformed nonce".into());
    }
    Ok((kid, nonce, ct))
}

fn open_under(
    cipher: &XChaCha20Poly1305,
    nonce: &[u8],
    ct: &[u8],
    place: &str,
) -> Result<Vec<u8>, String> {
    cipher
        .decrypt(
            XNonce::from_slice(nonce),
            Payload {
                msg: ct,
                aad: place.as_bytes(),
            },
        )
        .map_err(|_| "the sealed value does not open with this key (wrong key or tampered)".into())
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

    #[test]
    fn a_new_key_seals_new_values_and_old_values_still_open_until_rotated() {
        let old = Sealer::derived(&[7u8; 32], "m1", b"x", Vec::new());
        let sealed = old.seal(b"Anna", "p#1").expect("seal");
        assert!(sealed.starts_with("m1:"));
        let new = Sealer::derived(&[7u8; 32], "m1", b"x", vec![("k2".into(), [9u8; 32])]);
        assert_eq!(new.active_key(), "k2");
        assert_eq!(new.open(&sealed, "p#1").expect("old opens"), b"Anna");
        let resealed = new.seal(b"Anna", "p#1").expect("seal");
        assert_eq!(Sealer::key_of(&resealed), "k2");
        // Without k2 configured the re-sealed value cannot be opened, and says why.
        let e = old.open(&resealed, "p#1").expect_err("unknown key");
        assert!(e.contains("k2"), "{e}");
    }

    #[test]
    fn a_case_value_opens_only_with_its_own_case_key() {
        let kek = Sealer::derived(&[7u8; 32], "m1", b"x", Vec::new());
        let (key, wrapped) = CaseKey::generate(&kek, "c1").expect("generate");
        assert!(wrapped.starts_with("m1:"), "wrapped under the keyring");
        let sealed = key.seal(b"Anna", "case_person.name_ct#p1").expect("seal");
        assert_eq!(Sealer::key_of(&sealed), CASE_KEY_ID);
        // Unwrapped again (another request), the key opens it.
        let again = CaseKey::unwrap(&kek, &wrapped, "c1").expect("unwrap");
        assert_eq!(
            open_case_value(&kek, Some(&again), &sealed, "case_person.name_ct#p1").expect("open"),
            b"Anna"
        );
        // Without the case's key (discarded) the master keyring alone cannot open it.
        let e = open_case_value(&kek, None, &sealed, "case_person.name_ct#p1").expect_err("gone");
        assert!(e.contains("discarded"), "{e}");
        assert!(kek.open(&sealed, "case_person.name_ct#p1").is_err());
        // Another case's key does not open it, nor does this key's wrapping for another case.
        let (other, _) = CaseKey::generate(&kek, "c2").expect("generate");
        assert!(open_case_value(&kek, Some(&other), &sealed, "case_person.name_ct#p1").is_err());
        assert!(CaseKey::unwrap(&kek, &wrapped, "c2").is_err());
        // A value sealed before cases had keys still opens under the keyring.
        let legacy = kek.seal(b"Old", "case_note.body_ct#n1").expect("seal");
        assert_eq!(
            open_case_value(&kek, None, &legacy, "case_note.body_ct#n1").expect("legacy"),
            b"Old"
        );
    }
}
