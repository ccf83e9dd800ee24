//! Publishing over smart HTTP: `git http-backend` behind a minimal HTTP server written
//! here (one request per connection), with and without a password requirement.

mod publish_support;

use inkstone_core::publish::{PublishOutcome, PublishRequest};
use publish_support::*;
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// Serves the repositories under `root` through `git http-backend` until dropped.
struct HttpServer {
    port: u16,
    stop: Arc<AtomicBool>,
}

impl HttpServer {
    fn serve(root: &Path, require_password: bool) -> HttpServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("address").port();
        let stop = Arc::new(AtomicBool::new(false));
        let (root, stopping) = (root.to_path_buf(), stop.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stopping.load(Ordering::SeqCst) {
                    break;
                }
                if let Ok(stream) = stream {
                    let _ = answer(stream, &root, require_password);
                }
            }
        });
        HttpServer { port, stop }
    }

    fn url(&self, repo: &str) -> String {
        format!("http://127.0.0.1:{}/{repo}", self.port)
    }
}

impl Drop for HttpServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag and ends.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

/// Reads one request, runs it through `git http-backend` (CGI) and writes the response.
fn answer(stream: TcpStream, root: &Path, require_password: bool) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut parts = request_line.split_whitespace();
    let (method, target) = (
        parts.next().unwrap_or("GET").to_string(),
        parts.next().unwrap_or("/").to_string(),
    );
    let mut headers = HashMap::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            headers.insert(name.trim().to_ascii_lowercase(), value.trim().to_string());
        }
    }
    let mut out = stream;
    if require_password && !headers.contains_key("authorization") {
        let body = "sign in first";
        return write!(
            out,
            "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"inkstone-test\"\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
    }
    let body = read_body(&mut reader, &headers)?;
    let (path, query) = target.split_once('?').unwrap_or((&target, ""));
    let mut cgi = Command::new("git");
    cgi.arg("http-backend")
        .env("GIT_PROJECT_ROOT", root)
        .env("GIT_HTTP_EXPORT_ALL", "1")
        .env("REMOTE_USER", "writer")
        .env("REMOTE_ADDR", "127.0.0.1")
        .env("REQUEST_METHOD", &method)
        .env("PATH_INFO", path)
        .env("QUERY_STRING", query)
        .env("CONTENT_LENGTH", body.len().to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    for (header, variable) in [
        ("content-type", "CONTENT_TYPE"),
        ("content-encoding", "HTTP_CONTENT_ENCODING"),
        ("git-protocol", "GIT_PROTOCOL"),
    ] {
        if let Some(value) = headers.get(header) {
            cgi.env(variable, value);
        }
    }
    let mut child = cgi.spawn()?;
    let mut stdin = child.stdin.take().expect("stdin");
    let feeder = std::thread::spawn(move || stdin.write_all(&body));
    let output = child.wait_with_output()?;
    let _ = feeder.join();
    let split = output
        .stdout
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| (i, 4));
    let split = split.or_else(|| {
        output
            .stdout
            .windows(2)
            .position(|w| w == b"\n\n")
            .map(|i| (i, 2))
    });
    let (head_len, gap) = split.unwrap_or((0, 0));
    let cgi_head = String::from_utf8_lossy(&output.stdout[..head_len]).into_owned();
    let cgi_body = &output.stdout[head_len + gap..];
    let mut status = "200 OK".to_string();
    let mut response = String::new();
    for line in cgi_head.lines().filter(|l| !l.trim().is_empty()) {
        match line.strip_prefix("Status:") {
            Some(code) => status = code.trim().to_string(),
            None => response.push_str(&format!("{}\r\n", line.trim_end())),
        }
    }
    write!(
        out,
        "HTTP/1.1 {status}\r\n{response}Content-Length: {}\r\nConnection: close\r\n\r\n",
        cgi_body.len()
    )?;
    out.write_all(cgi_body)
}

/// The request body, whether sent with a length or in chunks.
fn read_body(
    reader: &mut impl BufRead,
    headers: &HashMap<String, String>,
) -> std::io::Result<Vec<u8>> {
    let mut body = Vec::new();
    if headers
        .get("transfer-encoding")
        .is_some_and(|v| v.eq_ignore_ascii_case("chunked"))
    {
        loop {
            let mut size_line = String::new();
            reader.read_line(&mut size_line)?;
            let size = usize::from_str_radix(size_line.trim().split(';').next().unwrap_or("0"), 16)
                .unwrap_or(0);
            let mut chunk = vec![0; size + 2]; // the data and its CRLF
            reader.read_exact(&mut chunk)?;
            if size == 0 {
                break;
            }
            body.extend_from_slice(&chunk[..size]);
        }
    } else if let Some(length) = headers
        .get("content-length")
        .and_then(|v| v.parse::<usize>().ok())
    {
        body.resize(length, 0);
        reader.read_exact(&mut body)?;
    }
    Ok(body)
}

fn served_root(repos: &Repos) -> PathBuf {
    repos.tmp.path().to_path_buf()
}

#[test]
fn publishing_over_smart_http_pushes_the_commit() {
    let repos = Repos::with_site("");
    let server = HttpServer::serve(&served_root(&repos), false);
    git(
        &repos.writer,
        &["remote", "set-url", "origin", &server.url("remote.git")],
    );
    write(
        &repos.writer,
        "content/posts/20260101-tides.md",
        &post("Tides", "Over HTTP."),
    );

    let (outcome, _) = publish_all(&repos.writer, &PublishRequest::default());

    assert!(outcome.is_success(), "{outcome:?}");
    assert_eq!(repos.remote_head(), repos.writer_head());
}

#[test]
fn an_http_remote_asking_for_a_password_is_an_authentication_failure_and_commits_nothing() {
    let repos = Repos::with_site("");
    let server = HttpServer::serve(&served_root(&repos), true);
    let url = server.url("remote.git");
    git(&repos.writer, &["remote", "set-url", "origin", &url]);
    // No credential helper of this machine may answer for the test.
    git(&repos.writer, &["config", "credential.helper", ""]);
    write(
        &repos.writer,
        "content/posts/20260101-tides.md",
        &post("Tides", "Over HTTP."),
    );
    let (head, files_before) = (repos.writer_head(), snapshot_files(&repos.writer));

    let (outcome, _) = publish_all(&repos.writer, &PublishRequest::default());

    let PublishOutcome::AuthenticationFailed {
        remote,
        hint,
        commit,
    } = outcome
    else {
        panic!("authentication failed, got {outcome:?}")
    };
    assert_eq!((remote.as_str(), commit), ("origin", None));
    assert!(
        hint.starts_with(&format!("git could not sign in to {url} without asking")),
        "{hint}"
    );
    assert_eq!(repos.writer_head(), head);
    assert_eq!(snapshot_files(&repos.writer), files_before);
}
