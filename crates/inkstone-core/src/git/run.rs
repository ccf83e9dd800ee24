//! Running one git command: no prompts, no editor, a timeout, and errors a writer can read.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long one git command may run before Inkstone gives up on it.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(120);

#[derive(Debug, thiserror::Error)]
pub enum GitError {
    #[error("git is not installed or not on PATH: install git (https://git-scm.com) and restart Inkstone")]
    NotInstalled,
    #[error("`git {args}` in {dir} failed: {stderr}")]
    Failed {
        dir: PathBuf,
        args: String,
        stderr: String,
        code: Option<i32>,
    },
    #[error("`git {args}` in {dir} did not finish within {secs} s: check your network and remote, then try again")]
    TimedOut {
        dir: PathBuf,
        args: String,
        secs: u64,
    },
    #[error("could not run git in {dir}: {source}")]
    Io {
        dir: PathBuf,
        source: std::io::Error,
    },
    #[error("`git {args}` in {dir} was cancelled: nothing after it ran; start again when ready")]
    Cancelled { dir: PathBuf, args: String },
}

/// What a successful git command printed.
#[derive(Debug, Clone)]
pub struct GitOutput {
    pub stdout: String,
    pub stderr: String,
    /// The exit code: 0, or one the caller said it expects (`run_accepting`).
    pub code: Option<i32>,
}

/// git, run in one folder.
#[derive(Debug, Clone)]
pub struct Git {
    dir: PathBuf,
    timeout: Duration,
    /// When set to true by another thread, the running command is killed.
    cancel: Option<Arc<AtomicBool>>,
}

impl Git {
    pub fn at(dir: impl AsRef<Path>) -> Git {
        Git {
            dir: dir.as_ref().to_path_buf(),
            timeout: DEFAULT_TIMEOUT,
            cancel: None,
        }
    }

    /// Kills the running command (and refuses to start new ones) once `flag` is true.
    pub fn with_cancel(mut self, flag: Arc<AtomicBool>) -> Git {
        self.cancel = Some(flag);
        self
    }

    fn is_cancelled(&self) -> bool {
        self.cancel
            .as_ref()
            .is_some_and(|flag| flag.load(Ordering::SeqCst))
    }

    pub fn with_timeout(mut self, timeout: Duration) -> Git {
        self.timeout = timeout;
        self
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Runs `git ARGS` and returns its output, or the error git gave.
    pub fn run(&self, args: &[&str]) -> Result<GitOutput, GitError> {
        self.run_with_env(args, &[])
    }

    /// Runs `git ARGS` with extra environment variables (an author date, an index file).
    pub fn run_with_env(&self, args: &[&str], env: &[(&str, &str)]) -> Result<GitOutput, GitError> {
        self.run_accepting(args, env, &[])
    }

    /// Runs `git ARGS`, treating the exit codes in `accepted` as answers rather than
    /// failures (`merge-tree` exits 1 on a conflict, `push` exits 1 when refused).
    pub fn run_accepting(
        &self,
        args: &[&str],
        env: &[(&str, &str)],
        accepted: &[i32],
    ) -> Result<GitOutput, GitError> {
        if self.is_cancelled() {
            return Err(GitError::Cancelled {
                dir: self.dir.clone(),
                args: args.join(" "),
            });
        }
        let mut child = Command::new("git")
            .args(args)
            .envs(env.iter().copied())
            .current_dir(&self.dir)
            // Never wait for a password or an editor that nobody will see.
            .env("GIT_TERMINAL_PROMPT", "0")
            .env("GIT_EDITOR", "true")
            .env("GIT_SEQUENCE_EDITOR", "true")
            .env("GIT_ASKPASS", "")
            .env("SSH_ASKPASS", "")
            .env("LC_ALL", "C")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::NotFound => GitError::NotInstalled,
                _ => GitError::Io {
                    dir: self.dir.clone(),
                    source: e,
                },
            })?;

        // Read both pipes on threads so a chatty command cannot fill one and deadlock.
        let stdout = child.stdout.take().map(read_all_in_thread);
        let stderr = child.stderr.take().map(read_all_in_thread);
        let started = Instant::now();
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) if self.is_cancelled() => {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(GitError::Cancelled {
                        dir: self.dir.clone(),
                        args: args.join(" "),
                    });
                }
                Ok(None) if started.elapsed() > self.timeout => {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(GitError::TimedOut {
                        dir: self.dir.clone(),
                        args: args.join(" "),
                        secs: self.timeout.as_secs(),
                    });
                }
                Ok(None) => std::thread::sleep(Duration::from_millis(5)),
                Err(e) => {
                    return Err(GitError::Io {
                        dir: self.dir.clone(),
                        source: e,
                    })
                }
            }
        };
        let stdout = stdout
            .map(|h| h.join().unwrap_or_default())
            .unwrap_or_default();
        let stderr = stderr
            .map(|h| h.join().unwrap_or_default())
            .unwrap_or_default();
        let accepted = status.code().is_some_and(|code| accepted.contains(&code));
        if status.success() || accepted {
            Ok(GitOutput {
                stdout,
                stderr,
                code: status.code(),
            })
        } else {
            Err(GitError::Failed {
                dir: self.dir.clone(),
                args: args.join(" "),
                stderr: stderr.trim().to_string(),
                code: status.code(),
            })
        }
    }
}

fn read_all_in_thread<R: Read + Send + 'static>(mut pipe: R) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        String::from_utf8_lossy(&bytes).into_owned()
    })
}
