//! Reads entries out of a .docx's zip container: the end-of-central-directory record, the
//! central directory, a local header, then the data, stored or deflated (miniz_oxide), checked
//! against its CRC-32.
//!
//! Why not the `zip` crate, which the tests still use to write archives: reading three entries
//! of a Word file needs none of its features (writing, encryption, zip64, other compressions),
//! and its CRC-32 (crc32fast, sixteen 1 KB tables) and reader add 20 KB gzipped to the
//! WebAssembly package, against a budget of 250. This reader is fuzzed with the rest of the
//! .docx path (`fuzz/fuzz_targets/docx.rs`), and every bound below is checked before it is
//! used: a damaged or hostile archive gives an error, never a panic or an allocation beyond
//! the limits.

const END_OF_DIRECTORY: u32 = 0x0605_4b50;
const DIRECTORY_ENTRY: u32 = 0x0201_4b50;
const LOCAL_HEADER: u32 = 0x0403_4b50;

/// One file of the archive, as its central directory describes it.
#[derive(Debug, Clone)]
struct Entry {
    name_start: usize,
    name_end: usize,
    method: u16,
    flags: u16,
    crc: u32,
    compressed: u64,
    size: u64,
    local_header: u64,
}

/// Why an entry could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Larger than the limit once uncompressed.
    OverLimit,
    /// Damaged, encrypted or compressed otherwise than stored or deflated.
    Damaged(String),
}

/// A zip archive in memory.
pub struct Archive<'a> {
    bytes: &'a [u8],
    entries: Vec<Entry>,
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(
        b.get(at..at.checked_add(2)?)?.try_into().ok()?,
    ))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(
        b.get(at..at.checked_add(4)?)?.try_into().ok()?,
    ))
}

impl<'a> Archive<'a> {
    /// Reads the central directory; `Err` says why the bytes are not a readable zip.
    pub fn new(bytes: &'a [u8]) -> Result<Archive<'a>, String> {
        // the end record is 22 bytes plus a comment of at most 65 535
        let lowest = bytes.len().saturating_sub(22 + 0xFFFF);
        let end = (lowest..=bytes.len().saturating_sub(22))
            .rev()
            .find(|&i| u32_at(bytes, i) == Some(END_OF_DIRECTORY))
            .ok_or("no end of central directory record")?;
        let count = u16_at(bytes, end + 10).ok_or("truncated end record")?;
        let dir_size = u32_at(bytes, end + 12).ok_or("truncated end record")?;
        let dir_start = u32_at(bytes, end + 16).ok_or("truncated end record")?;
        if count == 0xFFFF || dir_size == u32::MAX || dir_start == u32::MAX {
            return Err("zip64 archives are not supported".into());
        }
        let dir_end = (dir_start as usize)
            .checked_add(dir_size as usize)
            .filter(|&e| e <= end)
            .ok_or("central directory out of bounds")?;
        let mut entries = Vec::with_capacity(usize::from(count).min(4096));
        let mut at = dir_start as usize;
        while at < dir_end {
            if u32_at(bytes, at) != Some(DIRECTORY_ENTRY) {
                return Err(format!("bad central directory entry at byte {at}"));
            }
            let field = |off: usize| u32_at(bytes, at + off).ok_or("truncated central directory");
            let short = |off: usize| u16_at(bytes, at + off).ok_or("truncated central directory");
            let name_len = usize::from(short(28)?);
            let extra_len = usize::from(short(30)?);
            let comment_len = usize::from(short(32)?);
            let name_start = at + 46;
            let name_end = name_start + name_len;
            if name_end > dir_end {
                return Err("central directory out of bounds".into());
            }
            entries.push(Entry {
                name_start,
                name_end,
                flags: short(8)?,
                method: short(10)?,
                crc: field(16)?,
                compressed: u64::from(field(20)?),
                size: u64::from(field(24)?),
                local_header: u64::from(field(42)?),
            });
            at = name_end + extra_len + comment_len;
        }
        Ok(Archive { bytes, entries })
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    fn entry(&self, name: &str) -> Option<&Entry> {
        self.entries
            .iter()
            .find(|e| &self.bytes[e.name_start..e.name_end] == name.as_bytes())
    }

    /// How many entries carry `name` (more than one: a damaged or tampered archive, whose
    /// readers may disagree on which one is the document).
    pub fn count(&self, name: &str) -> usize {
        self.entries
            .iter()
            .filter(|e| &self.bytes[e.name_start..e.name_end] == name.as_bytes())
            .count()
    }

    /// The uncompressed size the directory gives for `name`, if the archive has it.
    pub fn size(&self, name: &str) -> Option<u64> {
        self.entry(name).map(|e| e.size)
    }

    /// The contents of `name`: `Ok(None)` when the archive has no such entry, `Err` when it is
    /// damaged, encrypted, compressed otherwise than stored or deflated, or larger than
    /// `limit` bytes once uncompressed (whatever its header claims).
    pub fn read(&self, name: &str, limit: u64) -> Result<Option<Vec<u8>>, ReadError> {
        let Some(e) = self.entry(name) else {
            return Ok(None);
        };
        let damaged = |why: &str| ReadError::Damaged(format!("{name}: {why}"));
        if e.flags & 1 != 0 {
            return Err(damaged("encrypted"));
        }
        let header = usize::try_from(e.local_header).map_err(|_| damaged("out of bounds"))?;
        if u32_at(self.bytes, header) != Some(LOCAL_HEADER) {
            return Err(damaged("bad local header"));
        }
        let name_len = u16_at(self.bytes, header + 26).ok_or_else(|| damaged("truncated"))?;
        let extra_len = u16_at(self.bytes, header + 28).ok_or_else(|| damaged("truncated"))?;
        let start = header + 30 + usize::from(name_len) + usize::from(extra_len);
        let data = usize::try_from(e.compressed)
            .ok()
            .and_then(|n| self.bytes.get(start..start.checked_add(n)?))
            .ok_or_else(|| damaged("data out of bounds"))?;
        let limit = usize::try_from(limit).unwrap_or(usize::MAX);
        let out = match e.method {
            0 if data.len() > limit => return Err(ReadError::OverLimit),
            0 => data.to_vec(),
            8 => {
                miniz_oxide::inflate::decompress_to_vec_with_limit(data, limit).map_err(|err| {
                    if err.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput {
                        ReadError::OverLimit
                    } else {
                        damaged("damaged compressed data")
                    }
                })?
            }
            m => return Err(damaged(&format!("unsupported compression method {m}"))),
        };
        if crc32(&out) != e.crc {
            return Err(damaged("checksum mismatch"));
        }
        Ok(Some(out))
    }
}

/// CRC-32 (IEEE), one byte at a time: the parts are small, and one 1 KB table is enough.
fn crc32(bytes: &[u8]) -> u32 {
    const TABLE: [u32; 256] = {
        let mut table = [0u32; 256];
        let mut i = 0;
        while i < 256 {
            let mut c = i as u32;
            let mut k = 0;
            while k < 8 {
                c = if c & 1 != 0 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
                k += 1;
            }
            table[i] = c;
            i += 1;
        }
        table
    };
    !bytes.iter().fold(!0u32, |c, &b| {
        TABLE[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn archive(files: &[(&str, &[u8], zip::CompressionMethod)]) -> Vec<u8> {
        let mut cur = std::io::Cursor::new(Vec::new());
        {
            let mut z = zip::ZipWriter::new(&mut cur);
            for (name, data, method) in files {
                let opts = zip::write::SimpleFileOptions::default().compression_method(*method);
                z.start_file(*name, opts).unwrap();
                z.write_all(data).unwrap();
            }
            z.set_comment("a comment after the directory");
            z.finish().unwrap();
        }
        cur.into_inner()
    }

    #[test]
    fn reads_stored_and_deflated_entries_as_the_zip_crate_writes_them() {
        let long = "Kế hoạch tuyên truyền ".repeat(500);
        let bytes = archive(&[
            ("a.txt", b"stored", zip::CompressionMethod::Stored),
            (
                "word/document.xml",
                long.as_bytes(),
                zip::CompressionMethod::Deflated,
            ),
        ]);
        let a = Archive::new(&bytes).unwrap();
        assert_eq!(a.len(), 2);
        assert_eq!(a.read("a.txt", 100).unwrap().unwrap(), b"stored");
        assert_eq!(a.size("word/document.xml"), Some(long.len() as u64));
        let xml = a.read("word/document.xml", 1 << 20).unwrap().unwrap();
        assert_eq!(xml, long.as_bytes());
        assert_eq!(a.read("missing", 100), Ok(None));
        // the limit holds whatever the header says
        assert_eq!(a.read("word/document.xml", 1000), Err(ReadError::OverLimit));
        assert_eq!(a.read("a.txt", 3), Err(ReadError::OverLimit));
    }

    #[test]
    fn damage_is_an_error() {
        let bytes = archive(&[(
            "word/document.xml",
            b"<w:document/>",
            zip::CompressionMethod::Deflated,
        )]);
        assert!(Archive::new(b"not a zip").is_err());
        assert!(Archive::new(&bytes[..bytes.len() / 2]).is_err());
        // a flipped byte in the compressed data: a checksum or inflate error
        let at = 30 + "word/document.xml".len() + 2;
        let mut bad = bytes.clone();
        bad[at] ^= 0x55;
        let a = Archive::new(&bad).unwrap();
        assert!(a.read("word/document.xml", 1 << 20).is_err());
        // every truncation and every single-byte change: no panic
        for cut in 0..bytes.len() {
            if let Ok(a) = Archive::new(&bytes[..cut]) {
                let _ = a.read("word/document.xml", 1 << 20);
            }
        }
        for i in 0..bytes.len() {
            let mut b = bytes.clone();
            b[i] = b[i].wrapping_add(0x80);
            if let Ok(a) = Archive::new(&b) {
                let _ = a.read("word/document.xml", 1 << 20);
            }
        }
    }

    #[test]
    fn crc32_is_the_ieee_one() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }
}
