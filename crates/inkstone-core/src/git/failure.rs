//! Reading git's complaints: telling an authentication problem or an unreachable remote
//! from any other failure, so the writer gets the right advice.

/// True when git's stderr says the remote wanted credentials it did not get.
pub fn is_authentication_failure(stderr: &str) -> bool {
    let lower = stderr.to_ascii_lowercase();
    [
        "authentication failed",
        "could not read username",
        "could not read password",
        "terminal prompts disabled",
        "permission denied (publickey",
        "host key verification failed",
        "invalid username or password",
        "http basic: access denied",
        "the requested url returned error: 403",
        "the requested url returned error: 401",
    ]
    .iter()
    .any(|mark| lower.contains(mark))
}

/// True when git could not reach the remote at all (network, wrong address).
pub fn is_unreachable(stderr: &str) -> bool {
    let lower = stderr.to_ascii_lowercase();
    [
        "could not resolve host",
        "connection refused",
        "connection timed out",
        "network is unreachable",
        "unable to access",
        "does not appear to be a git repository",
        "could not read from remote repository",
        "repository not found",
    ]
    .iter()
    .any(|mark| lower.contains(mark))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ssh_key_refusal_is_an_authentication_failure() {
        assert!(is_authentication_failure("git@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository."));
    }

    #[test]
    fn https_without_credentials_is_an_authentication_failure() {
        assert!(is_authentication_failure(
            "fatal: could not read Username for 'https://example.com': terminal prompts disabled"
        ));
    }

    #[test]
    fn refused_connection_is_unreachable_not_authentication() {
        let stderr = "fatal: unable to connect to 127.0.0.1:\n127.0.0.1[0: 127.0.0.1]: errno=Connection refused";
        assert!(is_unreachable(stderr));
        assert!(!is_authentication_failure(stderr));
    }
}
