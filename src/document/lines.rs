//! Splitting the text into lines and finding each line's *content*: the text without leading
//! whitespace, Markdown marks and conversion residue around it. Residue found on the way is
//! recorded, so the text rules can report it and every other part can ignore it.

use super::Span;

/// One line of the text: a physical line, or one cell of a row whose table columns a
/// conversion wrote on one line separated by tabs ("ỦY BAN NHÂN DÂN⇥CỘNG HÒA XÃ HỘI …" in the
/// header, "Nơi nhận:⇥TM. ỦY BAN NHÂN DÂN" in the closing, a row of a table in an annex).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// The line without its line ending (for a cell, the cell).
    pub span: Span,
    /// The 0-based physical line it is on (the paragraph, for a .docx).
    pub row: u32,
    /// For a cell, its column: 0 for the first piece of the row, 1 for the second …; the
    /// column counts the tabs before it, so an empty first cell ("⇥Nguyễn Văn A") puts the
    /// name in column 1.
    pub col: u8,
    /// How many non-blank cells the row has (1 for an ordinary line).
    pub cells: u8,
    /// The meaningful text: trimmed, with leading Markdown (`##`, `**…**`, `*…*`) and a leading
    /// `[bookmark: …]` removed. Empty for blank lines.
    pub content: Span,
    /// Which characters the content holds ([`Line::QUOTES`] …), found in the one pass that
    /// reads the line, so that rules skip lines that cannot concern them.
    pub marks: u8,
}

impl Line {
    /// `"` or a character starting with byte E2 (“ ” – …).
    pub const QUOTES: u8 = 1;
    /// `(` or `)`.
    pub const BRACKETS: u8 = 2;
    /// Two spaces, or a space before `, ; : . )`.
    pub const SPACING: u8 = 4;
    /// `$`, `[` or `*` (where conversion residue starts).
    pub const RESIDUE: u8 = 8;

    /// Whether the content holds any of `marks`.
    pub fn has(&self, marks: u8) -> bool {
        self.marks & marks != 0
    }

    pub fn is_blank(&self) -> bool {
        self.content.is_empty()
    }
}

/// What kind of leftover from a Word/PDF conversion a [`Residue`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResidueKind {
    /// `[bookmark: _GoBack]` from a Word → text conversion.
    Bookmark,
    /// LaTeX from a PDF conversion: `$\frac{1}{2}$`.
    Latex,
    /// Markdown marks (`##`, `**`, `*`, `---`, `[text](url)`) in a plain-text document.
    Markdown,
}

/// A piece of conversion residue, with the text that should replace it when certain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Residue {
    pub span: Span,
    pub kind: ResidueKind,
    pub replacement: Option<String>,
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200b}' | '\u{feff}')
}

/// Splits `text` into lines (and rows into their cells) and finds contents and residue.
pub fn scan(text: &str, markdown_input: bool) -> (Vec<Line>, Vec<Residue>) {
    // sized once (a count of line breaks is one vectorised pass): a text of short lines must
    // not pay for a table twice its size while it grows
    let breaks = memchr::memchr2_iter(b'\n', b'\r', text.as_bytes()).count();
    let mut lines = Vec::with_capacity(breaks + 1);
    let mut residue = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut row = 0;
    while start <= text.len() {
        let end = memchr::memchr2(b'\n', b'\r', &bytes[start.min(bytes.len())..])
            .map_or(bytes.len(), |i| start + i);
        let span = Span::new(start, end);
        let cells = row_cells(text, span);
        let count = cells.len().max(1) as u8;
        let pieces = if cells.is_empty() {
            vec![(0, span)]
        } else {
            cells
        };
        for (col, cell) in pieces {
            let content = clean_line(text, cell, markdown_input, &mut residue);
            let marks = marks_of(&bytes[content.start..content.end]);
            if marks & Line::RESIDUE != 0 {
                inline_residue(text, content, markdown_input, &mut residue);
            }
            lines.push(Line {
                span: cell,
                row: row as u32,
                col,
                cells: count,
                content,
                marks,
            });
        }
        row += 1;
        if end >= bytes.len() {
            break;
        }
        start = if bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') {
            end + 2
        } else {
            end + 1
        };
    }
    crate::sort::by_key(&mut residue, |r| r.span.start as u64);
    (lines, residue)
}

/// The [`Line`] mark flags of a line's bytes. Every line of every document goes through here:
/// written as comparisons OR-ed over the whole line, with no early exit, so that the compiler
/// vectorises both loops.
fn marks_of(b: &[u8]) -> u8 {
    let (mut quotes, mut brackets, mut residue) = (false, false, false);
    for &x in b {
        // 0xE2 is the lead byte of “ ” ‘ ’
        quotes |= (x == b'"') | (x == 0xE2);
        brackets |= (x == b'(') | (x == b')');
        residue |= (x == b'$') | (x == b'[') | (x == b'*');
    }
    // a space before a space or a punctuation mark
    let mut spacing = false;
    for (&x, &y) in b.iter().zip(b.iter().skip(1)) {
        spacing |= (x == b' ')
            & ((y == b' ') | (y == b',') | (y == b';') | (y == b':') | (y == b'.') | (y == b')'));
    }
    let flag = |on: bool, f: u8| if on { f } else { 0 };
    flag(quotes, Line::QUOTES)
        | flag(brackets, Line::BRACKETS)
        | flag(residue, Line::RESIDUE)
        | flag(spacing, Line::SPACING)
}

/// The cells of a row whose table columns were written on one line, separated by tabs: each
/// non-blank piece with its column. A run of tabs between two pieces is one column break
/// (tabs also align text); tabs before the first piece are one empty first column ("⇥Nguyễn
/// Văn A" is the right-hand column's line). Empty for an ordinary line, and for a line whose
/// only piece is in column 0.
fn row_cells(text: &str, line: Span) -> Vec<(u8, Span)> {
    let row = &text.as_bytes()[line.start..line.end];
    if memchr::memchr(b'\t', row).is_none() {
        return space_aligned_cells(row, line.start);
    }
    let mut cells = Vec::new();
    let mut from = 0;
    let mut leading = 0u8;
    for (k, piece) in row.split(|&b| b == b'\t').enumerate() {
        let to = from + piece.len();
        if piece.iter().any(|b| !b.is_ascii_whitespace()) {
            if cells.is_empty() && k > 0 {
                leading = 1;
            }
            let col = (cells.len() as u8).saturating_add(leading);
            cells.push((col, Span::new(line.start + from, line.start + to)));
        }
        from = to + 1;
    }
    match cells.as_slice() {
        [(0, _)] | [] => Vec::new(),
        _ => cells,
    }
}

/// Columns aligned with spaces instead of tabs, as a web page's export writes a two-column
/// header ("BAN CHẤP HÀNH TRUNG ƯƠNG" + 70 spaces + "ĐOÀN TNCS HỒ CHÍ MINH"): a run of five
/// spaces or more after some text breaks the row into cells; indentation does not. (Five: a
/// real Phòng GD-ĐT's notice set "UBND TX. ĐỒNG XOÀI" seven spaces before "CỘNG HÒA …".)
fn space_aligned_cells(row: &[u8], offset: usize) -> Vec<(u8, Span)> {
    const GAP: usize = 5;
    let lead = row.iter().take_while(|&&b| b == b' ').count();
    let mut spaces = 0;
    let gapped = row[lead..].iter().any(|&b| {
        spaces = if b == b' ' { spaces + 1 } else { 0 };
        spaces >= GAP
    });
    if !gapped {
        return Vec::new();
    }
    let mut cells = Vec::new();
    let mut i = lead;
    let mut start = lead;
    while i < row.len() {
        if row[i] == b' ' {
            let run = row[i..].iter().take_while(|&&b| b == b' ').count();
            // a column starts with a capital; "Số:      /KH-UBND" and "ngày      tháng" are
            // blanks left to fill in, not columns
            let right = std::str::from_utf8(&row[i + run..]).unwrap_or("");
            let left = std::str::from_utf8(&row[start..i]).unwrap_or("");
            let blank_before = left.ends_with(':')
                || ["ngày", "tháng", "năm", "Số", "số"]
                    .iter()
                    .any(|w| left.ends_with(w));
            let column =
                right.starts_with(crate::vietnamese::case::is_upper_letter) && !blank_before;
            if run >= GAP && i + run < row.len() && column {
                cells.push(((cells.len() as u8), Span::new(offset + start, offset + i)));
                start = i + run;
            }
            i += run;
        } else {
            i += 1;
        }
    }
    cells.push((
        cells.len() as u8,
        Span::new(offset + start, offset + row.len()),
    ));
    if cells.len() < 2 {
        return Vec::new();
    }
    cells
}

/// Trims a line to its content, recording the residue stripped from its edges.
fn clean_line(text: &str, line: Span, markdown_input: bool, residue: &mut Vec<Residue>) -> Span {
    let mut s = line.start;
    let mut e = line.end;
    let skip_ws = |s: &mut usize, e: usize| {
        while *s < e {
            let c = text[*s..].chars().next().unwrap();
            if !is_space(c) {
                break;
            }
            *s += c.len_utf8();
        }
    };
    let trim_end = |s: usize, e: &mut usize| {
        while *e > s {
            let c = text[..*e].chars().next_back().unwrap();
            if !is_space(c) {
                break;
            }
            *e -= c.len_utf8();
        }
    };
    skip_ws(&mut s, e);
    trim_end(s, &mut e);
    // leading Word bookmark(s)
    while text[s..e].starts_with("[bookmark:") {
        match text[s..e].find(']') {
            Some(close) => {
                residue.push(Residue {
                    span: Span::new(s, s + close + 1),
                    kind: ResidueKind::Bookmark,
                    replacement: Some(String::new()),
                });
                s += close + 1;
                skip_ws(&mut s, e);
            }
            None => break,
        }
    }
    // a table's cell border alone on a line ("|"), as a web page's copy of a Word table writes
    // between the header's columns and between Nơi nhận and the signature: no content, and
    // nothing the clerk typed (it is not in their Word file), so no residue to report either
    let t = &text[s..e];
    if !t.is_empty() && t.bytes().all(|b| b == b'|' || b == b' ' || b == b'\t') {
        return Span::new(e, e);
    }
    // a Markdown horizontal rule alone on a line
    if t.len() >= 3 && (t.chars().all(|c| c == '-') || t.chars().all(|c| c == '_')) {
        if !markdown_input {
            residue.push(Residue {
                span: Span::new(s, e),
                kind: ResidueKind::Markdown,
                replacement: Some(String::new()),
            });
        }
        return Span::new(e, e);
    }
    // Markdown marks around the content: reported as one residue per line, from the first
    // mark to the last, to be replaced by the content alone
    let (marked_start, marked_end) = (s, e);
    // heading marks
    let hashes = t.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes) && t[hashes..].starts_with(' ') {
        let mut ns = s + hashes;
        skip_ws(&mut ns, e);
        s = ns;
    }
    // emphasis wrapping the whole content: **…**, *…*, __…__
    for mark in ["**", "__", "*", "_"] {
        let t = &text[s..e];
        if t.len() > 2 * mark.len()
            && t.starts_with(mark)
            && t.ends_with(mark)
            && !t[mark.len()..].starts_with(' ')
            && !t[mark.len()..].starts_with(mark.chars().next().unwrap())
            // (an underline around a letter or a digit: "__/__/____" is a form's blank)
            && (mark.starts_with('*')
                || t[mark.len()..].starts_with(crate::vietnamese::case::is_letter_or_number))
        {
            s += mark.len();
            e -= mark.len();
            skip_ws(&mut s, e);
            trim_end(s, &mut e);
        }
    }
    // emphasis around a line's first words, closed on the line: "**Điều 1.** Công nhận …",
    // "*a) *Triển khai …" (a web page's copy, real set 9): the opener is no part of the
    // content, so that the article, the item or the heading is read; the closer, inside it,
    // is dropped by the residue's replacement
    // (and the underline's "__5.3. Huy động …: __Từ …")
    let mut closer = None;
    for mark in ["**", "__", "*"] {
        let t = &text[s..e];
        let Some(after) = t.strip_prefix(mark) else {
            continue;
        };
        // (an underline's opener before a letter or a digit: "__/__/____" is a form's blank)
        if after.starts_with([' ', '*', '_'])
            || mark == "__" && !after.starts_with(crate::vietnamese::case::is_letter_or_number)
        {
            break;
        }
        // (a single star's partner is a lone star, not half of a "**"; an underline's is no
        // part of a form's blank "______")
        let partner = after.match_indices(mark).find(|&(j, _)| {
            let c = if mark == "__" { '_' } else { '*' };
            mark == "**"
                || !after[j + mark.len()..].starts_with(c) && !after[..j].ends_with([c, '/'])
        });
        if let Some((j, _)) = partner {
            let at = s + mark.len() + j;
            closer = Some(Span::new(at, at + mark.len()));
            s += mark.len();
        }
        break;
    }
    // and around its last words: "- Bộ trưởng *(để báo cáo);*" (real set 9): the closer is no
    // part of the content (so the entry ends with its ";"), the opener is dropped likewise
    let mut opener = None;
    for mark in ["**", "*"] {
        let t = &text[s..e];
        let Some(before) = t.strip_suffix(mark) else {
            continue;
        };
        if before.is_empty() || before.ends_with([' ', '*']) {
            break;
        }
        // (an opener starts a word; a single star's is a lone star, not half of a "**")
        let partner = before.rmatch_indices(mark).find(|&(j, _)| {
            (j == 0 || before[..j].ends_with(' '))
                && !before[j + mark.len()..].starts_with([' ', '*'])
                && (mark == "**" || !before[..j].ends_with('*'))
        });
        if let Some((j, _)) = partner {
            let at = s + j;
            if closer.is_none_or(|c: Span| c.start != at) {
                opener = Some(Span::new(at, at + mark.len()));
                e -= mark.len();
            }
        }
        break;
    }
    // an underline opened on this line and closed on another ("__5.3. Huy động các nguồn" /
    // "lực …: __Từ các phòng …", real set 9)
    if let Some(after) = text[s..e].strip_prefix("__") {
        if after.starts_with(crate::vietnamese::case::is_letter_or_number) && !after.contains("__")
        {
            s += 2;
        }
    }
    // emphasis opened on this line and closed on another, or the other way: a web page's
    // copy of a bold title wrapped over two lines ("**CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT
    // NAM**", "**TM. ỦY BAN NHÂN" / "DÂN **", "*Hà Nội, ngày 03" / "tháng 12 năm 2025*", real
    // set 9): a mark at an edge that has no partner on its line (not the Party's lone "*",
    // nor a bullet's "* ")
    for mark in ["**", "*"] {
        let t = &text[s..e];
        // (a line of stars alone is the Party's "*" or "* * *", review of this session)
        if !t.contains('*') || t.bytes().all(|b| b == b'*' || b == b' ') {
            break;
        }
        // the runs of stars: a run of two or three holds one "**", a run of one or three one "*"
        let (mut doubles, mut singles, mut run) = (0, 0, 0);
        for b in t.bytes().chain(std::iter::once(b' ')) {
            if b == b'*' {
                run += 1;
            } else {
                doubles += run / 2;
                singles += run % 2;
                run = 0;
            }
        }
        let unpaired = if mark == "**" {
            doubles % 2 == 1
        } else {
            singles % 2 == 1
        };
        if !unpaired || t.len() <= mark.len() {
            continue;
        }
        if t.strip_prefix(mark)
            .is_some_and(|after| !after.starts_with([' ', '*']))
        {
            s += mark.len();
            skip_ws(&mut s, e);
        } else if t
            .strip_suffix(mark)
            .is_some_and(|before| !before.ends_with('*'))
        {
            e -= mark.len();
            trim_end(s, &mut e);
        }
    }
    if !markdown_input && (s, e) != (marked_start, marked_end) {
        residue.push(Residue {
            span: Span::new(marked_start, marked_end),
            kind: ResidueKind::Markdown,
            replacement: Some({
                // the content less the partners of the marks taken off its edges
                let mut kept = String::with_capacity(e - s);
                let mut at = s;
                for drop in [closer, opener].into_iter().flatten() {
                    if at <= drop.start && drop.end <= e {
                        kept.push_str(&text[at..drop.start]);
                        at = drop.end;
                    }
                }
                kept.push_str(&text[at..e]);
                kept
            }),
        });
    }
    Span::new(s, e)
}

/// Residue inside a line's content: LaTeX, bookmarks, inline Markdown emphasis and links.
///
/// Linear in the line's length: every search starts where the previous one ended, so a line of
/// a million `[` or `*` costs one pass, not one pass per mark.
fn inline_residue(text: &str, content: Span, markdown_input: bool, residue: &mut Vec<Residue>) {
    let t = &text[content.start..content.end];
    let base = content.start;
    // residue of this line found so far (the edges, cleaned before)
    let line_first = residue
        .iter()
        .rposition(|r| r.span.end <= content.start)
        .map_or(0, |i| i + 1);
    let edges = line_first..residue.len();
    // `$\…$` LaTeX
    let mut from = 0;
    while let Some(i) = t[from..].find("$\\") {
        let open = from + i;
        match t[open + 1..].find('$') {
            Some(j) => {
                let close = open + 1 + j;
                let inner = &t[open + 1..close];
                residue.push(Residue {
                    span: Span::new(base + open, base + close + 1),
                    kind: ResidueKind::Latex,
                    replacement: latex_plain(inner),
                });
                from = close + 1;
            }
            None => break,
        }
    }
    // bookmarks not at the start
    let mut from = 0;
    while let Some(i) = t[from..].find("[bookmark:") {
        let open = from + i;
        let Some(j) = t[open..].find(']') else { break };
        let sp = Span::new(base + open, base + open + j + 1);
        if !residue[edges.clone()].iter().any(|r| r.span == sp) {
            residue.push(Residue {
                span: sp,
                kind: ResidueKind::Bookmark,
                replacement: Some(String::new()),
            });
        }
        from = open + j + 1;
    }
    if markdown_input {
        return;
    }
    let first_link = residue.len();
    markdown_links(t, base, residue);
    // emphasis is not looked for inside a link
    let links: Vec<(usize, usize)> = residue[first_link..]
        .iter()
        .map(|r| (r.span.start - base, r.span.end - base))
        .collect();
    markdown_emphasis(t, base, &links, residue);
}

/// `[text](url)` links: for each `](`, the last `[` before it (after the previous link) opens
/// the label, and the first `)` after it closes the address.
fn markdown_links(t: &str, base: usize, residue: &mut Vec<Residue>) {
    let mut done = 0; // nothing before this offset can start a link
    let mut next_paren: Option<usize> = None; // the first `)` at or after a `](`, cached
    for (close, _) in t.match_indices("](") {
        if close < done {
            continue;
        }
        let Some(open) = t[done..close].rfind('[').map(|i| done + i) else {
            continue;
        };
        if next_paren.is_none_or(|p| p < close + 2) {
            next_paren = t[close + 2..].find(')').map(|p| close + 2 + p);
        }
        let Some(paren) = next_paren else { break };
        let label = &t[open + 1..close];
        if label.is_empty() || label.starts_with("bookmark:") {
            continue;
        }
        let end = paren + 1;
        residue.push(Residue {
            span: Span::new(base + open, base + end),
            kind: ResidueKind::Markdown,
            replacement: Some(label.to_string()),
        });
        done = end;
    }
}

/// `*x*` or `**x**` directly around words, outside the `links` (sorted offsets in `t`).
fn markdown_emphasis(t: &str, base: usize, links: &[(usize, usize)], residue: &mut Vec<Residue>) {
    let b = t.as_bytes();
    let mut i = 0;
    let mut link = 0;
    // where the next `*` (and `**`) at or after an offset is, cached so that a run of openers
    // without a closer is scanned once
    let mut next_single: Option<usize> = None;
    let mut next_double: Option<usize> = None;
    while let Some(star) = memchr::memchr(b'*', &b[i..]).map(|j| i + j) {
        i = star;
        while links.get(link).is_some_and(|&(_, end)| end <= i) {
            link += 1;
        }
        if let Some(&(start, end)) = links.get(link).filter(|&&(start, _)| start <= i) {
            debug_assert!(start <= i && i < end);
            i = end;
            continue;
        }
        let n = if b.get(i + 1) == Some(&b'*') { 2 } else { 1 };
        let after = t[i + n..].chars().next();
        let before = t[..i].chars().next_back();
        let opens = after.is_some_and(|c| !c.is_whitespace() && c != '*')
            && before.is_none_or(|c| c.is_whitespace() || "(“\"'".contains(c));
        if opens {
            let from = i + n;
            let cache = if n == 2 {
                &mut next_double
            } else {
                &mut next_single
            };
            if cache.is_none_or(|p| p < from) {
                let marker = if n == 2 { "**" } else { "*" };
                *cache = t[from..].find(marker).map(|j| from + j);
            }
            if let Some(close) = *cache {
                let inner = &t[from..close];
                if !inner.ends_with(' ') && !inner.is_empty() {
                    residue.push(Residue {
                        span: Span::new(base + i, base + close + n),
                        kind: ResidueKind::Markdown,
                        replacement: Some(inner.to_string()),
                    });
                    i = close + n;
                    continue;
                }
            }
        }
        i += n;
    }
}

/// Plain text for the simple LaTeX that PDF converters leave: `\frac{1}{2}` → `1/2`.
fn latex_plain(inner: &str) -> Option<String> {
    let inner = inner.trim();
    if let Some(rest) = inner.strip_prefix("\\frac{") {
        let (num, rest) = rest.split_once('}')?;
        let den = rest.strip_prefix('{')?.strip_suffix('}')?;
        let simple = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric());
        if simple(num) && simple(den) {
            return Some(format!("{num}/{den}"));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contents(text: &str) -> Vec<&str> {
        let (lines, _) = scan(text, false);
        lines
            .iter()
            .map(|l| &text[l.content.start..l.content.end])
            .collect()
    }

    #[test]
    fn columns_aligned_with_spaces_but_not_blanks_to_fill() {
        assert_eq!(
            contents("BAN CHẤP HÀNH TRUNG ƯƠNG          ĐOÀN TNCS HỒ CHÍ MINH"),
            ["BAN CHẤP HÀNH TRUNG ƯƠNG", "ĐOÀN TNCS HỒ CHÍ MINH"]
        );
        assert_eq!(
            contents("Số:         /HD-MTTQ-BTT"),
            ["Số:         /HD-MTTQ-BTT"]
        );
        assert_eq!(
            contents("Lương Minh, ngày          tháng 12 năm 2025"),
            ["Lương Minh, ngày          tháng 12 năm 2025"]
        );
        assert_eq!(contents("        Kính gửi: Sở Y tế"), ["Kính gửi: Sở Y tế"]);
        // a real Phòng GD-ĐT's notice: seven spaces between its columns
        assert_eq!(
            contents("UBND TX. ĐỒNG XOÀI       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ["UBND TX. ĐỒNG XOÀI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
        );
        // a sentence with a doubled space is one cell
        assert_eq!(
            contents("Ủy ban nhân dân xã  Đề nghị các thôn"),
            ["Ủy ban nhân dân xã  Đề nghị các thôn"]
        );
    }

    /// A web page's copy of a Word table writes a cell border "|" alone on a line (between
    /// the header's columns, between Nơi nhận and the signature): a blank line, not residue.
    #[test]
    fn a_cell_border_alone_is_a_blank_line() {
        let text = "Số: 70/KH-UBND\n|\n | \nNơi nhận:\n|a|\n";
        assert_eq!(
            contents(text),
            vec!["Số: 70/KH-UBND", "", "", "Nơi nhận:", "|a|", ""]
        );
        assert!(scan(text, false).1.is_empty());
    }

    #[test]
    fn strips_marks_and_residue_from_edges() {
        let text = "\t[bookmark: _GoBack]ỦY BAN\r\n## **2. Công tác**\n*Nơi nhận :*\n---\n*\n";
        assert_eq!(
            contents(text),
            vec!["ỦY BAN", "2. Công tác", "Nơi nhận :", "", "*", ""]
        );
    }

    #[test]
    fn finds_latex_and_inline_markdown() {
        let text = "Thời gian: $\\frac{1}{2}$ ngày (*trước ngày 10/6*) [a@b.vn](mailto:a@b.vn)";
        let (_, residue) = scan(text, false);
        let latex = residue
            .iter()
            .find(|r| r.kind == ResidueKind::Latex)
            .unwrap();
        assert_eq!(&text[latex.span.start..latex.span.end], "$\\frac{1}{2}$");
        assert_eq!(latex.replacement.as_deref(), Some("1/2"));
        // one residue per emphasised fragment (replaced by its text) and one per link
        let md: Vec<_> = residue
            .iter()
            .filter(|r| r.kind == ResidueKind::Markdown)
            .collect();
        assert_eq!(md.len(), 2);
        assert_eq!(&text[md[0].span.start..md[0].span.end], "*trước ngày 10/6*");
        assert_eq!(md[0].replacement.as_deref(), Some("trước ngày 10/6"));
        assert_eq!(md[1].replacement.as_deref(), Some("a@b.vn"));
    }

    #[test]
    fn markdown_input_keeps_marks() {
        let (_, residue) = scan("## KẾ HOẠCH\n**x**", true);
        assert!(residue.is_empty());
    }

    /// Real set 9 (a web page's copy, 24 false alarms): an article, an item or a heading whose
    /// first words are emphasised ("**Điều 1.** Công nhận …", "*a) *Triển khai …") is read
    /// as one; a star with no partner on the line is an edge's (the test above), even beside a
    /// double one.
    #[test]
    fn emphasised_first_words() {
        let text =
            "**Điều 1.** Công nhận các xã\n*a) *Triển khai thực hiện\n*Nội dung một\n*x **y** z\n- Bộ trưởng *(để báo cáo);*\n__5.3. Huy động: __Từ các phòng\n__Họ và tên: ______ (ghi rõ)\n__5.4. Có các biện pháp\n__/__/____\n";
        let (lines, residue) = scan(text, false);
        let contents: Vec<&str> = lines
            .iter()
            .map(|l| &text[l.content.start..l.content.end])
            .collect();
        assert_eq!(
            contents[..9],
            [
                "Điều 1.** Công nhận các xã",
                "a) *Triển khai thực hiện",
                "Nội dung một",
                "x **y** z",
                "- Bộ trưởng *(để báo cáo);",
                "5.3. Huy động: __Từ các phòng",
                "__Họ và tên: ______ (ghi rõ)",
                "5.4. Có các biện pháp",
                "__/__/____"
            ]
        );
        let replaced: Vec<&str> = residue
            .iter()
            .filter_map(|r| r.replacement.as_deref())
            .collect();
        assert!(
            replaced.contains(&"- Bộ trưởng (để báo cáo);"),
            "{replaced:?}"
        );
        assert!(
            replaced.contains(&"Điều 1. Công nhận các xã"),
            "{replaced:?}"
        );
        assert!(
            replaced.contains(&"a) Triển khai thực hiện"),
            "{replaced:?}"
        );
        let (_, residue) = scan(text, true);
        assert!(residue
            .iter()
            .all(|r| r.span.start > text.find('\n').unwrap()));
    }

    /// Real set 9: emphasis opened on one line and closed on the next (a web page's copy of a
    /// wrapped bold title) is taken off each edge; the Party's lone star and a bullet's "* "
    /// are not touched; a line's first words emphasised lose their opener.
    #[test]
    fn emphasis_over_two_lines() {
        let text = "**TM. ỦY BAN NHÂN\nDÂN **\n*Hà Nội, ngày 03\ntháng 12 năm 2025*\n*\n* mục một\n**Điều 1.** Ban hành\n* * *\n";
        let (lines, residue) = scan(text, false);
        let contents: Vec<&str> = lines
            .iter()
            .map(|l| &text[l.content.start..l.content.end])
            .collect();
        assert_eq!(contents[7], "* * *");
        assert_eq!(
            contents[..7],
            [
                "TM. ỦY BAN NHÂN",
                "DÂN",
                "Hà Nội, ngày 03",
                "tháng 12 năm 2025",
                "*",
                "* mục một",
                "Điều 1.** Ban hành"
            ]
        );
        // (reported as residue in a .txt, where the marks are the web page's)
        assert!(residue
            .iter()
            .any(|r| r.replacement.as_deref() == Some("Điều 1. Ban hành")));
        assert!(
            residue
                .iter()
                .filter(|r| r.kind == ResidueKind::Markdown)
                .count()
                >= 4
        );
    }
}
