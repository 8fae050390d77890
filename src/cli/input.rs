//! Finding, reading and decoding the files to check, and the configuration that applies.

use super::tr;
use std::io::Read;
use std::path::{Path, PathBuf};
use vanban::Lang;

/// An input: a file (or a pipe named on the command line), or standard input (`path` = None).
#[derive(Debug, Clone)]
pub struct Source {
    pub path: Option<PathBuf>,
    /// The name shown in reports (as given, or as walked).
    pub display: String,
    /// Named on the command line (never dropped by `exclude`), as opposed to found in a walk.
    pub explicit: bool,
}

/// How the bytes of an input were decoded, so that `--fix` writes them back the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8 {
        bom: bool,
    },
    Utf16 {
        little_endian: bool,
        bom: bool,
    },
    /// Notepad's "ANSI" on a Vietnamese Windows: read, never rewritten.
    Windows1258,
    /// A Word document: read, never rewritten.
    Docx,
}

impl Encoding {
    /// What `--fix` does not write, named for the message.
    pub fn read_only(self) -> Option<&'static str> {
        match self {
            Encoding::Windows1258 => Some("Windows-1258"),
            Encoding::Docx => Some(".docx"),
            _ => None,
        }
    }

    /// `text` as bytes in this encoding (with its byte-order mark when it had one).
    pub fn encode(self, text: &str) -> Vec<u8> {
        match self {
            Encoding::Utf8 { bom } => {
                let mut b = Vec::with_capacity(text.len() + 3);
                if bom {
                    b.extend_from_slice(&[0xEF, 0xBB, 0xBF]);
                }
                b.extend_from_slice(text.as_bytes());
                b
            }
            Encoding::Utf16 { little_endian, bom } => {
                let mut b = Vec::with_capacity(text.len() * 2 + 2);
                let mut push = |u: u16| {
                    b.extend_from_slice(&if little_endian {
                        u.to_le_bytes()
                    } else {
                        u.to_be_bytes()
                    })
                };
                if bom {
                    push(0xFEFF);
                }
                text.encode_utf16().for_each(&mut push);
                b
            }
            Encoding::Windows1258 | Encoding::Docx => unreachable!("read-only encodings"),
        }
    }
}

/// A decoded input, with its bytes as read (to tell, before writing, whether the file changed).
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub encoding: Encoding,
    /// Page setup and formatting of a .docx, for the layout rules.
    pub layout: Option<vanban::docx::Layout>,
    pub bytes: Vec<u8>,
}

/// The extensions checked in a walk, in any case (`.TXT`, `.Docx`).
pub fn checked_ext(p: &Path) -> bool {
    p.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        ["txt", "md", "docx"]
            .iter()
            .any(|x| e.eq_ignore_ascii_case(x))
    })
}

/// Whether a path is a Word document (read-only: `--fix` does not write it).
pub fn is_docx(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("docx"))
}

/// Whether a path is Markdown (its marks are markup, not residue).
pub fn is_markdown(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("md"))
}

/// What expanding the command-line arguments found: inputs, and problems to report (each makes
/// the run end with exit 2, after the other files are checked).
#[derive(Default)]
pub struct Collected {
    pub inputs: Vec<Source>,
    pub problems: Vec<String>,
}

/// Expands one command-line argument into inputs: `-`, a file (or a pipe), or a folder walked
/// as ripgrep walks it (`.gitignore`, `.ignore`, hidden files skipped; links not followed).
pub fn collect(arg: &str, lang: Lang, out: &mut Collected) {
    if arg == "-" {
        out.inputs.push(Source {
            path: None,
            display: "-".into(),
            explicit: true,
        });
        return;
    }
    let p = Path::new(arg);
    let meta = match std::fs::metadata(p) {
        Ok(m) => m,
        Err(e) => {
            out.problems
                .push(format!("{arg}: {}", io_message(&e, lang)));
            return;
        }
    };
    if !meta.is_dir() {
        // a file, a link to one, or a pipe (`<(…)`): read as named
        out.inputs.push(Source {
            path: Some(p.to_path_buf()),
            display: arg.to_string(),
            explicit: true,
        });
        return;
    }
    let mut found = Vec::new();
    let walker = ignore::WalkBuilder::new(p)
        .follow_links(false)
        .sort_by_file_name(|a, b| a.cmp(b))
        .build();
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                out.problems.push(walk_error(&e, lang));
                continue;
            }
        };
        let Some(ft) = entry.file_type() else {
            continue;
        };
        let path = entry.path();
        if ft.is_symlink() {
            // a link to a document or a folder is reported, never silently passed over
            let target = std::fs::metadata(path);
            if target.as_ref().is_ok_and(|m| m.is_dir())
                || (checked_ext(path) && target.as_ref().is_ok_and(|m| m.is_file()))
            {
                out.problems.push(tr(
                    lang,
                    format!(
                        "{}: bỏ qua liên kết tượng trưng (không đi theo liên kết khi duyệt thư mục; ghi tên tệp đích để kiểm tra)",
                        path.display()
                    ),
                    format!(
                        "{}: symbolic link skipped (links are not followed in a walk; name its target to check it)",
                        path.display()
                    ),
                ));
            }
            continue;
        }
        if ft.is_file() && checked_ext(path) {
            found.push(Source {
                display: path.display().to_string(),
                path: Some(entry.into_path()),
                explicit: false,
            });
        }
    }
    found.sort_by(|a, b| a.path.cmp(&b.path));
    out.inputs.extend(found);
}

/// A walk error as a message: the path and what went wrong.
fn walk_error(e: &ignore::Error, lang: Lang) -> String {
    fn parts(e: &ignore::Error) -> (Option<&Path>, Option<&std::io::Error>, String) {
        match e {
            ignore::Error::WithPath { path, err } => {
                let (_, io, s) = parts(err);
                (Some(path.as_path()), io, s)
            }
            ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
                parts(err)
            }
            ignore::Error::Io(io) => (None, Some(io), io.to_string()),
            ignore::Error::Loop { child, .. } => (
                Some(child.as_path()),
                None,
                "symbolic link loop".to_string(),
            ),
            other => (None, None, other.to_string()),
        }
    }
    let (path, io, text) = parts(e);
    let what = io.map_or(text, |io| io_message(io, lang));
    match path {
        Some(p) => format!("{}: {what}", p.display()),
        None => what,
    }
}

/// An I/O error in words a clerk reads.
pub fn io_message(e: &std::io::Error, lang: Lang) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => tr(
            lang,
            "không có tệp hoặc thư mục này",
            "no such file or folder",
        ),
        K::PermissionDenied => tr(lang, "không có quyền đọc", "permission denied"),
        K::InvalidFilename => tr(
            lang,
            "tên hoặc đường dẫn quá dài",
            "file name or path too long",
        ),
        _ if e.raw_os_error() == Some(36) => tr(
            lang,
            "tên hoặc đường dẫn quá dài",
            "file name or path too long",
        ),
        _ => e.to_string(),
    }
}

/// Reads an input's bytes, at most `max_input` of them (a larger input is an error). A named
/// pipe is read like standard input; sockets and devices are refused.
pub fn read_bytes(s: &Source, max_input: u64, lang: Lang) -> Result<Vec<u8>, String> {
    let name = &s.display;
    let too_large = |n: Option<u64>| match n {
        Some(n) => tr(
            lang,
            format!("{name}: tệp có {n} byte, vượt giới hạn {max_input} byte (--max-size)"),
            format!("{name}: the file is {n} bytes; the limit is {max_input} bytes (--max-size)"),
        ),
        None => tr(
            lang,
            format!("{name}: dữ liệu vào vượt giới hạn {max_input} byte (--max-size)"),
            format!("{name}: the input is larger than the limit of {max_input} bytes (--max-size)"),
        ),
    };
    let mut bytes = Vec::new();
    match &s.path {
        Some(p) => {
            let file =
                std::fs::File::open(p).map_err(|e| format!("{name}: {}", io_message(&e, lang)))?;
            let meta = file
                .metadata()
                .map_err(|e| format!("{name}: {}", io_message(&e, lang)))?;
            let ft = meta.file_type();
            if ft.is_dir() {
                return Err(tr(
                    lang,
                    format!("{name}: là thư mục"),
                    format!("{name}: is a folder"),
                ));
            }
            if !ft.is_file() && !is_fifo(&ft) {
                return Err(tr(
                    lang,
                    format!("{name}: không phải tệp thông thường (thiết bị hoặc socket)"),
                    format!("{name}: not a regular file (a device or a socket)"),
                ));
            }
            if ft.is_file() && meta.len() > max_input {
                return Err(too_large(Some(meta.len())));
            }
            file.take(max_input.saturating_add(1))
                .read_to_end(&mut bytes)
                .map_err(|e| format!("{name}: {}", io_message(&e, lang)))?;
        }
        None => {
            std::io::stdin()
                .take(max_input.saturating_add(1))
                .read_to_end(&mut bytes)
                .map_err(|e| format!("{name}: {}", io_message(&e, lang)))?;
        }
    }
    if bytes.len() as u64 > max_input {
        return Err(too_large(None));
    }
    Ok(bytes)
}

#[cfg(unix)]
fn is_fifo(ft: &std::fs::FileType) -> bool {
    use std::os::unix::fs::FileTypeExt;
    ft.is_fifo()
}

#[cfg(not(unix))]
fn is_fifo(_: &std::fs::FileType) -> bool {
    false
}

/// Reads and decodes an input (see [`decode`]); a `.docx` is unpacked, every part counted
/// against `max_input`.
pub fn read(s: &Source, max_input: u64, lang: Lang) -> Result<Decoded, String> {
    let name = &s.display;
    let bytes = read_bytes(s, max_input, lang)?;
    if s.path.as_deref().is_some_and(is_docx) {
        let limits = vanban::docx::Limits {
            max_total_bytes: max_input,
            ..vanban::docx::Limits::default()
        };
        let docx = vanban::docx::extract(&bytes, limits).map_err(|e| format!("{name}: {e}"))?;
        return Ok(Decoded {
            text: docx.text,
            encoding: Encoding::Docx,
            layout: Some(docx.layout),
            bytes,
        });
    }
    decode(bytes, lang).map_err(|e| format!("{name}: {e}"))
}

/// Whether `bytes` look like UTF-16 without a byte-order mark (as some Windows programs write
/// it): most ASCII letters carry a zero byte on one side. `Some(little_endian)`.
fn utf16_without_bom(bytes: &[u8]) -> Option<bool> {
    if bytes.len() < 4 || bytes.len() % 2 != 0 {
        return None;
    }
    let sample = &bytes[..bytes.len().min(4096)];
    let pairs = sample.len() / 2;
    let (mut even_zero, mut odd_zero) = (0, 0);
    for pair in sample.chunks_exact(2) {
        even_zero += usize::from(pair[0] == 0);
        odd_zero += usize::from(pair[1] == 0);
    }
    if odd_zero * 10 >= pairs * 3 && even_zero * 20 < pairs {
        Some(true)
    } else if even_zero * 10 >= pairs * 3 && odd_zero * 20 < pairs {
        Some(false)
    } else {
        None
    }
}

fn utf16(body: &[u8], little_endian: bool, lang: Lang) -> Result<String, String> {
    if body.len() % 2 != 0 {
        return Err(tr(
            lang,
            "văn bản UTF-16 bị cắt cụt (số byte lẻ)",
            "truncated UTF-16 text (odd number of bytes)",
        ));
    }
    let units = body.chunks_exact(2).map(|c| {
        if little_endian {
            u16::from_le_bytes([c[0], c[1]])
        } else {
            u16::from_be_bytes([c[0], c[1]])
        }
    });
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map_err(|_| tr(lang, "văn bản UTF-16 không hợp lệ", "invalid UTF-16 text"))
}

/// Decodes bytes: UTF-8 (with or without BOM), UTF-16 (with a BOM, or recognised without
/// one), or Windows-1258 when it reads as Vietnamese.
pub fn decode(bytes: Vec<u8>, lang: Lang) -> Result<Decoded, String> {
    let (text, encoding) = if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        let text = std::str::from_utf8(&bytes[3..]).map_err(|e| {
            tr(
                lang,
                format!("không phải UTF-8 hợp lệ (byte {})", e.valid_up_to() + 3),
                format!("invalid UTF-8 at byte {}", e.valid_up_to() + 3),
            )
        })?;
        (text.to_string(), Encoding::Utf8 { bom: true })
    } else if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let little_endian = bytes[0] == 0xFF;
        let text = utf16(&bytes[2..], little_endian, lang)?;
        (
            text,
            Encoding::Utf16 {
                little_endian,
                bom: true,
            },
        )
    } else if let Ok(text) = std::str::from_utf8(&bytes) {
        (text.to_string(), Encoding::Utf8 { bom: false })
    } else if let Some(little_endian) = utf16_without_bom(&bytes) {
        let text = utf16(&bytes, little_endian, lang)?;
        (
            text,
            Encoding::Utf16 {
                little_endian,
                bom: false,
            },
        )
    } else {
        // Notepad's "ANSI" on a Vietnamese Windows is Windows-1258
        if let Some(text) = vanban::encoding::decode_windows_1258(&bytes)
            .filter(|t| vanban::encoding::looks_vietnamese(t))
        {
            return Ok(Decoded {
                text,
                encoding: Encoding::Windows1258,
                layout: None,
                bytes,
            });
        }
        let at = std::str::from_utf8(&bytes)
            .err()
            .map_or(0, |e| e.valid_up_to());
        return Err(tr(
            lang,
            format!("không phải văn bản UTF-8 (byte không hợp lệ ở vị trí {at}); nếu tệp lưu bằng Windows-1258, TCVN3 hoặc VNI, hãy chuyển sang Unicode (UTF-8) trước (vanban convert)"),
            format!("not UTF-8 text (invalid byte at offset {at}); if it was saved in Windows-1258, TCVN3 or VNI, convert it to Unicode (UTF-8) first (vanban convert)"),
        ));
    };
    if text.contains('\0') {
        return Err(tr(
            lang,
            "dữ liệu nhị phân (có byte NUL), không phải văn bản",
            "binary data (NUL bytes), not a text document",
        ));
    }
    Ok(Decoded {
        text,
        encoding,
        layout: None,
        bytes,
    })
}

/// Where the configuration search stops going up: the repository root (a folder holding
/// `.git`), else the filesystem root. Outside a repository, a `vanban.toml` above the current
/// folder counts only if it says `root = true` (see [`ConfigFinder`]).
fn is_repository_root(dir: &Path) -> bool {
    dir.join(".git").exists()
}

/// Finds the `vanban.toml` that applies to a file, caching what each folder gives.
#[derive(Default)]
pub struct ConfigFinder {
    by_dir: std::collections::HashMap<PathBuf, Option<PathBuf>>,
    cwd: Option<PathBuf>,
}

impl ConfigFinder {
    pub fn new() -> Self {
        ConfigFinder {
            by_dir: Default::default(),
            cwd: std::env::current_dir()
                .ok()
                .and_then(|d| std::fs::canonicalize(d).ok()),
        }
    }

    /// The nearest `vanban.toml` for `file` (a file, or `None` for standard input: the current
    /// folder), looked up through its folder's parents up to the repository root.
    pub fn find(&mut self, file: Option<&Path>) -> Option<PathBuf> {
        let start = match file {
            Some(f) => f.parent().map(Path::to_path_buf).unwrap_or_default(),
            None => PathBuf::new(),
        };
        let start = if start.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            start
        };
        let dir = std::fs::canonicalize(&start).ok()?;
        if let Some(found) = self.by_dir.get(&dir) {
            return found.clone();
        }
        let found = self.search(&dir);
        self.by_dir.insert(dir, found.clone());
        found
    }

    fn search(&self, start: &Path) -> Option<PathBuf> {
        let mut dir = start.to_path_buf();
        loop {
            let candidate = dir.join("vanban.toml");
            if candidate.is_file() {
                // outside a repository, a config far above (in /tmp, in /) must not decide
                // silently what is checked: it counts in the file's own folder, in the current
                // folder or below, or when it says `root = true`
                let inside_cwd = self.cwd.as_deref().is_none_or(|c| dir.starts_with(c));
                if dir == start || inside_cwd || in_repository(&dir) || declares_root(&candidate) {
                    return Some(candidate);
                }
            }
            if is_repository_root(&dir) || !dir.pop() {
                return None;
            }
        }
    }
}

/// Whether `dir` is inside a repository (it or a parent holds `.git`).
fn in_repository(dir: &Path) -> bool {
    dir.ancestors().any(is_repository_root)
}

/// Whether a config file says `root = true` (read without failing: a broken file is reported
/// when it is loaded).
fn declares_root(path: &Path) -> bool {
    std::fs::read_to_string(path)
        .ok()
        .and_then(|t| vanban::Config::from_toml(&t).ok())
        .is_some_and(|c| c.root)
}

/// A config's `exclude` globs, compiled once, matched against paths relative to the config's
/// folder.
pub struct Exclude {
    base: PathBuf,
    set: globset::GlobSet,
}

impl Exclude {
    /// `None` when there is nothing to exclude.
    pub fn new(config_path: &Path, globs: &[String]) -> Result<Option<Exclude>, String> {
        if globs.is_empty() {
            return Ok(None);
        }
        let mut builder = globset::GlobSetBuilder::new();
        for g in globs {
            let glob = globset::GlobBuilder::new(g)
                .literal_separator(true)
                .build()
                .map_err(|e| format!("exclude `{g}`: {e}"))?;
            builder.add(glob);
        }
        let set = builder.build().map_err(|e| e.to_string())?;
        let base = config_path
            .parent()
            .and_then(|p| std::fs::canonicalize(p).ok())
            .unwrap_or_default();
        Ok(Some(Exclude { base, set }))
    }

    /// Whether `file` matches an exclude glob.
    pub fn matches(&self, file: &Path) -> bool {
        let Ok(full) = std::fs::canonicalize(file) else {
            return false;
        };
        full.strip_prefix(&self.base)
            .is_ok_and(|rel| self.set.is_match(rel))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn excluded(globs: &[&str], rel: &str) -> bool {
        let mut b = globset::GlobSetBuilder::new();
        for g in globs {
            b.add(
                globset::GlobBuilder::new(g)
                    .literal_separator(true)
                    .build()
                    .unwrap(),
            );
        }
        b.build().unwrap().is_match(rel)
    }

    #[test]
    fn globs() {
        assert!(excluded(&["drafts/**"], "drafts/a/b.txt"));
        assert!(excluded(&["**/*.md"], "x/y/z.md"));
        assert!(excluded(&["*.txt"], "a.txt"));
        assert!(!excluded(&["*.txt"], "d/a.txt"));
    }

    #[test]
    fn decodes_utf16_and_rejects_binary() {
        let mut b = vec![0xFF, 0xFE];
        for u in "Số: 05".encode_utf16() {
            b.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode(b.clone(), Lang::En).unwrap();
        assert_eq!(d.text, "Số: 05");
        assert_eq!(d.encoding.encode(&d.text), b);
        assert!(decode(vec![0x66, 0x00, 0x67], Lang::En).is_err());
        assert!(decode(vec![0xC3, 0x28], Lang::En)
            .unwrap_err()
            .contains("UTF-8"));
    }

    #[test]
    fn utf16_without_a_bom_is_recognised_and_kept() {
        for le in [true, false] {
            let mut b = Vec::new();
            for u in "KẾ HOẠCH\nSố: 05/KH-UBND\n".encode_utf16() {
                b.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
            }
            let d = decode(b.clone(), Lang::En).unwrap();
            assert_eq!(d.text, "KẾ HOẠCH\nSố: 05/KH-UBND\n");
            assert_eq!(
                d.encoding,
                Encoding::Utf16 {
                    little_endian: le,
                    bom: false
                }
            );
            assert_eq!(d.encoding.encode(&d.text), b);
        }
    }

    #[test]
    fn extensions_in_any_case() {
        for name in ["a.TXT", "b.Md", "c.DOCX", "d.txt"] {
            assert!(checked_ext(Path::new(name)), "{name}");
        }
        assert!(!checked_ext(Path::new("e.pdf")));
    }
}
