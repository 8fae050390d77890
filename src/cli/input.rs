//! Finding, reading and writing the files to check.

use std::io::Read;
use std::path::{Path, PathBuf};

/// An input: a file, or standard input (`path` = None).
pub struct Source {
    pub path: Option<PathBuf>,
    pub display: String,
}

/// A decoded input and how to write it back the way it was.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub bom: bool,
    /// Read in another encoding than UTF-8 or from a .docx: reported, never rewritten.
    pub read_only: Option<&'static str>,
    /// Page setup and formatting of a .docx, for the layout rules.
    pub layout: Option<vanban::docx::Layout>,
}

fn checked_ext(p: &Path) -> bool {
    matches!(
        p.extension().and_then(|e| e.to_str()),
        Some("txt" | "md" | "docx")
    )
}

/// Whether a path is a Word document (read-only: `--fix` does not write it).
pub fn is_docx(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("docx"))
}

/// Expands one command-line argument into inputs.
pub fn collect(arg: &str) -> Result<Vec<Source>, String> {
    if arg == "-" {
        return Ok(vec![Source {
            path: None,
            display: "-".into(),
        }]);
    }
    let p = Path::new(arg);
    if p.is_dir() {
        let mut v: Vec<Source> = walkdir::WalkDir::new(p)
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file() && checked_ext(e.path()))
            .map(|e| Source {
                display: e.path().display().to_string(),
                path: Some(e.into_path()),
            })
            .collect();
        v.sort_by(|a, b| a.display.cmp(&b.display));
        return Ok(v);
    }
    if p.is_file() {
        return Ok(vec![Source {
            path: Some(p.to_path_buf()),
            display: arg.to_string(),
        }]);
    }
    Err(format!("{arg}: no such file or folder"))
}

/// Reads an input's bytes, at most `max_input` of them (a larger input is an error).
pub fn read_bytes(s: &Source, max_input: u64) -> Result<Vec<u8>, String> {
    let name = &s.display;
    let mut bytes = Vec::new();
    match &s.path {
        Some(p) => {
            let meta = std::fs::metadata(p).map_err(|e| format!("{name}: {e}"))?;
            if meta.len() > max_input {
                return Err(format!(
                    "{name}: the file is {} bytes; the limit is {max_input} bytes (--max-size)",
                    meta.len()
                ));
            }
            std::fs::File::open(p)
                .and_then(|f| f.take(max_input.saturating_add(1)).read_to_end(&mut bytes))
                .map_err(|e| format!("{name}: {e}"))?;
        }
        None => {
            std::io::stdin()
                .take(max_input.saturating_add(1))
                .read_to_end(&mut bytes)
                .map_err(|e| format!("{name}: {e}"))?;
        }
    }
    if bytes.len() as u64 > max_input {
        return Err(format!(
            "{name}: the input is larger than the limit of {max_input} bytes (--max-size)"
        ));
    }
    Ok(bytes)
}

/// Reads and decodes an input: UTF-8 (with or without BOM) or UTF-16 with a BOM.
pub fn read(s: &Source, max_input: u64) -> Result<Decoded, String> {
    let name = &s.display;
    let bytes = read_bytes(s, max_input)?;
    if s.path.as_deref().is_some_and(is_docx) {
        let docx = vanban::docx::extract(&bytes, vanban::docx::Limits::default())
            .map_err(|e| format!("{name}: {e}"))?;
        return Ok(Decoded {
            text: docx.text,
            bom: false,
            read_only: Some(".docx"),
            layout: Some(docx.layout),
        });
    }
    decode(&bytes).map_err(|e| format!("{name}: {e}"))
}

/// Decodes bytes as UTF-8 or BOM-marked UTF-16.
pub fn decode(bytes: &[u8]) -> Result<Decoded, String> {
    let utf16 = |le: bool| -> Result<String, String> {
        let body = &bytes[2..];
        if body.len() % 2 != 0 {
            return Err("truncated UTF-16 text (odd number of bytes)".into());
        }
        let units = body.chunks(2).map(|c| {
            if le {
                u16::from_le_bytes([c[0], c[1]])
            } else {
                u16::from_be_bytes([c[0], c[1]])
            }
        });
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .map_err(|_| "invalid UTF-16 text".to_string())
    };
    let (text, bom) = if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        (
            String::from_utf8(bytes[3..].to_vec()).map_err(|e| {
                format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to() + 3)
            })?,
            true,
        )
    } else if bytes.starts_with(&[0xFF, 0xFE]) {
        (utf16(true)?, false)
    } else if bytes.starts_with(&[0xFE, 0xFF]) {
        (utf16(false)?, false)
    } else {
        match String::from_utf8(bytes.to_vec()) {
            Ok(t) => (t, false),
            Err(e) => {
                // Notepad's "ANSI" on a Vietnamese Windows is Windows-1258
                if let Some(text) = vanban::encoding::decode_windows_1258(bytes)
                    .filter(|t| vanban::encoding::looks_vietnamese(t))
                {
                    return Ok(Decoded {
                        text,
                        bom: false,
                        read_only: Some("Windows-1258"),
                        layout: None,
                    });
                }
                return Err(format!(
                    "not UTF-8 text (invalid byte at offset {}); if it was saved in Windows-1258, TCVN3 or VNI, convert it to Unicode (UTF-8) first",
                    e.utf8_error().valid_up_to()
                ));
            }
        }
    };
    if text.contains('\0') {
        return Err("binary data (NUL bytes), not a text document".into());
    }

    Ok(Decoded {
        text,
        bom,
        read_only: None,
        layout: None,
    })
}

/// Writes fixed text back atomically (temporary file + rename), keeping the BOM. Line endings
/// are kept because fixes never touch them.
pub fn write_atomic(path: &Path, original: &Decoded, text: &str) -> Result<(), String> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let tmp = dir.join(format!(
        ".{}.vanban-tmp",
        path.file_name().and_then(|n| n.to_str()).unwrap_or("file")
    ));
    let mut bytes = Vec::with_capacity(text.len() + 3);
    if original.bom {
        bytes.extend_from_slice(&[0xEF, 0xBB, 0xBF]);
    }
    bytes.extend_from_slice(text.as_bytes());
    std::fs::write(&tmp, &bytes).map_err(|e| format!("{}: {e}", tmp.display()))?;
    if let Ok(meta) = std::fs::metadata(path) {
        let _ = std::fs::set_permissions(&tmp, meta.permissions());
    }
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        format!("{}: {e}", path.display())
    })
}

/// The nearest `vanban.toml` in the folder of `file` or a parent.
pub fn find_config(file: &Path) -> Option<PathBuf> {
    let start = if file.is_dir() {
        file.to_path_buf()
    } else {
        file.parent()?.to_path_buf()
    };
    let start = if start.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        start
    };
    let mut dir = std::fs::canonicalize(&start).ok()?;
    loop {
        let candidate = dir.join("vanban.toml");
        if candidate.is_file() {
            return Some(candidate);
        }
        if !dir.pop() {
            return None;
        }
    }
}

/// Whether `file` matches one of the config's exclude globs (relative to the config's folder).
pub fn excluded(config: &Path, file: &Path, globs: &[String]) -> bool {
    if globs.is_empty() {
        return false;
    }
    let base = config.parent().and_then(|p| std::fs::canonicalize(p).ok());
    let Some(base) = base else { return false };
    let Ok(full) = std::fs::canonicalize(file) else {
        return false;
    };
    let Ok(rel) = full.strip_prefix(&base) else {
        return false;
    };
    let rel = rel.to_string_lossy().replace('\\', "/");
    globs.iter().any(|g| glob_match(g, &rel))
}

/// `*` matches within a path segment, `**` across segments, `?` one character.
fn glob_match(glob: &str, path: &str) -> bool {
    let mut re = String::from("^");
    let mut chars = glob.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '*' if chars.peek() == Some(&'*') => {
                chars.next();
                if chars.peek() == Some(&'/') {
                    chars.next();
                    re.push_str("(?:.*/)?");
                } else {
                    re.push_str(".*");
                }
            }
            '*' => re.push_str("[^/]*"),
            '?' => re.push_str("[^/]"),
            c => re.push_str(&regex_lite::escape(&c.to_string())),
        }
    }
    re.push('$');
    regex_lite::Regex::new(&re)
        .map(|r| r.is_match(path))
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        assert!(glob_match("drafts/**", "drafts/a/b.txt"));
        assert!(glob_match("**/*.md", "x/y/z.md"));
        assert!(glob_match("*.txt", "a.txt"));
        assert!(!glob_match("*.txt", "d/a.txt"));
    }

    #[test]
    fn decodes_utf16_and_rejects_binary() {
        let mut b = vec![0xFF, 0xFE];
        for u in "Số: 05".encode_utf16() {
            b.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&b).unwrap().text, "Số: 05");
        assert!(decode(&[0x66, 0x00, 0x67]).is_err());
        assert!(decode(&[0xC3, 0x28]).unwrap_err().contains("UTF-8"));
    }
}
