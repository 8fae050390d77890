//! `--fix` writing a file back without ever losing or leaking one.
//!
//! The fixed text goes to a temporary file created next to the original with a random name,
//! `O_EXCL` and mode 0600 (the `tempfile` crate), so no other file, link or run can be written
//! through it; it is flushed to disk, given the original's permissions and owner, and renamed
//! over the original only if the original still holds exactly the bytes that were read; then
//! the folder is synced. Refused, with the reason: a read-only file, a symbolic link (fix its
//! target, named on the command line), a file with several hard links (unless told to break
//! them), a file changed since it was read.

use super::input::Decoded;
use super::tr;
use std::io::Write;
use std::path::Path;
use vanban::Lang;

/// Whether to write a file with several hard links (breaking them) or refuse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HardLinks {
    Refuse,
    Break,
}

/// What happened to a file `--fix` wanted to rewrite.
#[derive(Debug, PartialEq, Eq)]
pub enum Written {
    /// The fixed text is in place.
    Done,
    /// Another run wrote exactly this text first.
    AlreadyFixed,
}

/// Writes `text` over `path`, encoded as the original was read (`original`).
pub fn write_fixed(
    path: &Path,
    original: &Decoded,
    text: &str,
    hard_links: HardLinks,
    lang: Lang,
) -> Result<Written, String> {
    let name = path.display();
    let link = std::fs::symlink_metadata(path)
        .map_err(|e| format!("{name}: {}", super::input::io_message(&e, lang)))?;
    if link.file_type().is_symlink() {
        let target = std::fs::read_link(path)
            .map(|t| t.display().to_string())
            .unwrap_or_default();
        return Err(tr(
            lang,
            format!("{name}: là liên kết tượng trưng (→ {target}); --fix không ghi qua liên kết, hãy chạy --fix trên tệp đích"),
            format!("{name}: is a symbolic link (→ {target}); --fix does not write through links: run it on the target"),
        ));
    }
    if !link.file_type().is_file() {
        return Err(tr(
            lang,
            format!("{name}: không phải tệp thông thường; --fix chỉ ghi tệp thông thường"),
            format!("{name}: not a regular file; --fix only writes regular files"),
        ));
    }
    if link.permissions().readonly() {
        return Err(tr(
            lang,
            format!("{name}: tệp chỉ đọc; --fix không ghi đè (bỏ thuộc tính chỉ đọc nếu muốn sửa)"),
            format!("{name}: the file is read-only; --fix does not overwrite it (make it writable to fix it)"),
        ));
    }
    if hard_links == HardLinks::Refuse && link_count(&link) > 1 {
        return Err(tr(
            lang,
            format!("{name}: tệp có {} liên kết cứng; ghi lại sẽ tách chúng ra (dùng --fix-break-hardlinks nếu muốn)", link_count(&link)),
            format!("{name}: the file has {} hard links; rewriting it would break them (use --fix-break-hardlinks to do it anyway)", link_count(&link)),
        ));
    }
    let bytes = original.encoding.encode(text);
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let io = |e: std::io::Error| format!("{name}: {}", super::input::io_message(&e, lang));
    let mut tmp = tempfile::Builder::new()
        .prefix(".vanban-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(io)?;
    tmp.write_all(&bytes).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    tmp.as_file()
        .set_permissions(link.permissions())
        .map_err(io)?;
    keep_owner(tmp.as_file(), &link, lang).map_err(|e| format!("{name}: {e}"))?;
    // the original must still be what was read, and the same file: its content and its
    // identity come from one open handle, so a rename in between cannot mix two files
    let (now, same_file) = {
        use std::io::Read;
        let mut f = std::fs::File::open(path).map_err(io)?;
        let same = f.metadata().is_ok_and(|m| same_inode(&m, &link));
        let mut now = Vec::with_capacity(original.bytes.len());
        f.read_to_end(&mut now).map_err(io)?;
        (now, same)
    };
    if now == bytes {
        // another run wrote the same fix meanwhile
        return Ok(Written::AlreadyFixed);
    }
    if !same_file || now != original.bytes {
        return Err(tr(
            lang,
            format!("{name}: tệp đã thay đổi trong khi đang kiểm tra; không ghi (chạy lại vanban)"),
            format!("{name}: the file changed while it was being checked; not written (run vanban again)"),
        ));
    }
    tmp.persist(path).map_err(|e| io(e.error))?;
    sync_dir(dir);
    Ok(Written::Done)
}

#[cfg(unix)]
fn link_count(m: &std::fs::Metadata) -> u64 {
    std::os::unix::fs::MetadataExt::nlink(m)
}

#[cfg(not(unix))]
fn link_count(_: &std::fs::Metadata) -> u64 {
    1
}

#[cfg(unix)]
fn same_inode(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_inode(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    a.len() == b.len() && a.modified().ok() == b.modified().ok()
}

/// Gives the new file the original's owner and group; refuses when that is impossible and
/// they would change (a file of another user, fixed by someone allowed to write it).
#[cfg(unix)]
fn keep_owner(
    file: &std::fs::File,
    original: &std::fs::Metadata,
    lang: Lang,
) -> Result<(), String> {
    use std::os::unix::fs::MetadataExt;
    let new = file.metadata().map_err(|e| e.to_string())?;
    if new.uid() == original.uid() && new.gid() == original.gid() {
        return Ok(());
    }
    std::os::unix::fs::fchown(file, Some(original.uid()), Some(original.gid())).map_err(|_| {
        tr(
            lang,
            format!(
                "không giữ được chủ sở hữu của tệp (uid {}, gid {}); không ghi",
                original.uid(),
                original.gid()
            ),
            format!(
                "cannot keep the file's owner (uid {}, gid {}); not written",
                original.uid(),
                original.gid()
            ),
        )
    })
}

#[cfg(not(unix))]
fn keep_owner(_: &std::fs::File, _: &std::fs::Metadata, _: Lang) -> Result<(), String> {
    Ok(())
}

/// Makes the rename durable (best effort: not every platform can sync a folder).
fn sync_dir(dir: &Path) {
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

/// The identity of a file (device and inode), to check each file once however it is reached.
#[cfg(unix)]
pub fn identity(path: &Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}

#[cfg(not(unix))]
pub fn identity(_: &Path) -> Option<(u64, u64)> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::input::{Decoded, Encoding};

    fn decoded(bytes: &[u8]) -> Decoded {
        Decoded {
            text: String::from_utf8(bytes.to_vec()).unwrap(),
            encoding: Encoding::Utf8 { bom: false },
            layout: None,
            bytes: bytes.to_vec(),
        }
    }

    #[test]
    fn a_file_changed_since_it_was_read_is_not_written() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("f.txt");
        // read as "Số: 09 /KH", then a line was appended before the fix was written
        std::fs::write(&p, "Số: 09 /KH\nmột dòng mới\n").unwrap();
        let err = write_fixed(
            &p,
            &decoded(b"S\xe1\xbb\x91: 09 /KH\n"),
            "Số: 09/KH\n",
            HardLinks::Refuse,
            Lang::En,
        )
        .unwrap_err();
        assert!(err.contains("changed while it was being checked"), "{err}");
        assert_eq!(
            std::fs::read_to_string(&p).unwrap(),
            "Số: 09 /KH\nmột dòng mới\n"
        );
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "no temporary file is left behind");
    }

    #[test]
    fn the_fix_already_in_place_is_not_written_again() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("f.txt");
        std::fs::write(&p, "Số: 09/KH\n").unwrap();
        let got = write_fixed(
            &p,
            &decoded("Số: 09 /KH\n".as_bytes()),
            "Số: 09/KH\n",
            HardLinks::Refuse,
            Lang::En,
        );
        assert_eq!(got, Ok(Written::AlreadyFixed));
    }
}
