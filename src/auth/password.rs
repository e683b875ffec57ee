//! Organiser passwords: argon2id with a random salt, as PHC strings. Hashing
//! is deliberately slow, so it runs off the async threads.

use argon2::{
    Argon2,
    password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng},
};

/// A password could not be hashed (the hasher failed or its thread died).
#[derive(Debug, thiserror::Error)]
#[error("hashing a password: {0}")]
pub struct HashError(String);

impl From<HashError> for crate::error::AppError {
    fn from(e: HashError) -> Self {
        crate::error::AppError::Internal(e.to_string())
    }
}

/// Verified against when no such organiser exists, so that an unknown name
/// takes as long to refuse as a wrong password.
const DUMMY: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$dDbzL4MwQQ8BGd0Nf0PzkFh7ZzkQeZ6h0e6PCZr0kH4";

pub async fn hash(password: String) -> Result<String, HashError> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| HashError(e.to_string()))
    })
    .await
    .map_err(|e| HashError(e.to_string()))?
}

/// True when `password` matches `stored`; with no stored hash, spends the
/// same time and answers false.
pub async fn verify(password: String, stored: Option<String>) -> bool {
    tokio::task::spawn_blocking(move || {
        let known = stored.is_some();
        let stored = stored.unwrap_or_else(|| DUMMY.to_owned());
        let Ok(parsed) = PasswordHash::new(&stored) else {
            return false;
        };
        let matches = Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok();
        known && matches
    })
    .await
    .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn a_hash_verifies_its_password_only() {
        let stored = super::hash("correct horse battery".into()).await.unwrap();
        assert!(stored.starts_with("$argon2id$"));
        assert!(super::verify("correct horse battery".into(), Some(stored.clone())).await);
        assert!(!super::verify("wrong horse battery".into(), Some(stored)).await);
        assert!(!super::verify("anything".into(), None).await);
        assert!(argon2::password_hash::PasswordHash::new(super::DUMMY).is_ok());
    }
}
