//! The content hash that names a version of a file: the same text gives the same hash
//! in every process and on every launch, so the journal can compare across a crash.

use sha2::{Digest, Sha256};

/// Hex SHA-256 of the bytes. Stable across runs, unlike `std`'s hashers.
pub fn content_hash(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut hex = String::with_capacity(digest.len() * 2);
    for byte in digest {
        hex.push(char::from_digit(u32::from(byte >> 4), 16).unwrap_or('0'));
        hex.push(char::from_digit(u32::from(byte & 0xf), 16).unwrap_or('0'));
    }
    hex
}

#[cfg(test)]
mod tests {
    use super::content_hash;

    #[test]
    fn hash_of_known_text_is_the_sha256_hex() {
        assert_eq!(
            content_hash(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
