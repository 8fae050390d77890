//! Writing the report: a write error is exit 2 with a message (a report that did not reach
//! its file must not pass), and a closed pipe (`vanban check | head`) ends the run quietly, as
//! ripgrep does.

use std::io::Write;

/// Standard output (or standard error, when standard output carries a fixed text).
pub enum Out {
    Stdout { color: bool },
    Stderr,
}

impl Out {
    pub fn stdout(color: bool) -> Out {
        Out::Stdout { color }
    }

    pub fn stderr() -> Out {
        Out::Stderr
    }

    /// Writes `s`; on failure returns the exit code the run ends with: `if_closed` when the
    /// reader closed the pipe (the run's own result, printed or not), 2 for any other error.
    pub fn write(&mut self, s: &str, if_closed: i32) -> Result<(), i32> {
        if s.is_empty() {
            return Ok(());
        }
        let result = match self {
            Out::Stdout { color } => {
                let stdout = std::io::stdout();
                let mut lock = stdout.lock();
                if *color {
                    anstream::AutoStream::always(&mut lock).write_all(s.as_bytes())
                } else {
                    anstream::AutoStream::never(&mut lock).write_all(s.as_bytes())
                }
            }
            Out::Stderr => std::io::stderr().lock().write_all(s.as_bytes()),
        };
        result.map_err(|e| failed(&e, if_closed))
    }

    /// Writes `s`, flushes, and returns `code` (or the code of a failed write).
    pub fn finish(mut self, s: &str, code: i32) -> i32 {
        if let Err(c) = self.write(s, code) {
            return c;
        }
        let flushed = match self {
            Out::Stdout { .. } => std::io::stdout().lock().flush(),
            Out::Stderr => std::io::stderr().lock().flush(),
        };
        match flushed {
            Ok(()) => code,
            Err(e) => failed(&e, code),
        }
    }
}

/// The exit code for a failed write: quiet for a closed pipe (the reader has what it wanted;
/// the run's own code stands, so `set -o pipefail` still sees findings), 2 with a message
/// otherwise (a full disk must not pass as a clean report).
fn failed(e: &std::io::Error, if_closed: i32) -> i32 {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        return if_closed;
    }
    let _ = writeln!(
        std::io::stderr(),
        "vanban: cannot write the report to standard output: {e}"
    );
    2
}
