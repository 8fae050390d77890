//! The body: legal bases, Roman parts, numbered items, sub-items and lettered points, and the
//! closing sentence.

use super::{Line, Span};
use crate::vietnamese::{fold, is_upper};

/// A Roman part heading: `II. NỘI DUNG`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub line: usize,
    pub number: u32,
    /// The numeral and its separator (`II.`).
    pub marker: Span,
    /// `.` or `-`.
    pub separator: char,
    /// The heading text after the marker.
    pub heading: Span,
    /// Folded heading, for matching part names.
    pub heading_folded: String,
    /// Index into `Body::divisions` of the division it sits in (Roman parts restart under each
    /// "Phần thứ …", "A.", "BƯỚC …").
    pub scope: Option<usize>,
}

/// A division above the Roman parts, or a chapter of a text with articles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DivisionKind {
    /// "Phần thứ nhất", "PHẦN I".
    Part,
    /// "Chương I".
    Chapter,
    /// "A.", "B." in capitals before a heading.
    Lettered,
    /// "BƯỚC MỘT".
    Step,
}

/// A division line with its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Division {
    pub line: usize,
    pub kind: DivisionKind,
    pub number: u32,
    /// The number as written ("thứ hai", "II", "B").
    pub marker: Span,
    /// Its heading: the words after the number on its line, or the line under it in
    /// capitals ("Phần thứ hai" / "PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM").
    pub heading: Option<Span>,
}

/// An article: "Điều 3." (or "Điều 3:").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Article {
    pub line: usize,
    pub number: u32,
    /// "Điều 3".
    pub marker: Span,
}

/// The words (folded) that ask for what is still to be done: a part headed by one proposes
/// ("IV. KIẾN NGHỊ"), a line opening with one requests ("2. Đề nghị Sở Y tế …").
pub(crate) const PROPOSALS: [&str; 3] = ["kien nghi", "de xuat", "de nghi"];

impl Part {
    /// Whether this is the implementation part of a plan: TỔ CHỨC THỰC HIỆN, or its common
    /// variants (PHÂN CÔNG NHIỆM VỤ, TRIỂN KHAI THỰC HIỆN, TRÁCH NHIỆM THỰC HIỆN …).
    pub fn is_implementation(&self) -> bool {
        is_implementation(&self.heading_folded)
    }

    /// A part on the reporting regime ("II. CHẾ ĐỘ LÀM VIỆC VÀ BÁO CÁO", "CHẾ ĐỘ THÔNG TIN, BÁO
    /// CÁO"): its items give duties, though it is no implementation part of a plan.
    pub fn sets_reporting(&self) -> bool {
        sets_reporting(&self.heading_folded)
    }

    /// A part of the tasks ahead ("II. NHIỆM VỤ TRỌNG TÂM THÁNG 12 NĂM 2025" of a notice of
    /// conclusions, "NHIỆM VỤ THỜI GIAN TỚI"), whose items are headed by the bodies that carry
    /// them out; not one that recounts ("KẾT QUẢ THỰC HIỆN NHIỆM VỤ").
    pub fn sets_tasks(&self) -> bool {
        sets_tasks(&self.heading_folded)
    }

    /// A part of proposals ("IV. KIẾN NGHỊ", "ĐỀ XUẤT, KIẾN NGHỊ"): what it asks for is still
    /// to be done, in a report too.
    pub fn proposes(&self) -> bool {
        proposes(&self.heading_folded)
    }

    /// An implementation part that organises what comes next, even in a report or a record
    /// ("II. TỔ CHỨC THỰC HIỆN" of a report's "Phần thứ hai"), not one recounting it ("KẾT QUẢ
    /// TỔ CHỨC THỰC HIỆN", "TÌNH HÌNH TRIỂN KHAI THỰC HIỆN").
    /// So is a report's part of the tasks ahead ("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2026").
    pub fn organises_what_comes(&self) -> bool {
        organises_what_comes(&self.heading_folded)
    }
}

/// The judgements on a part's heading (folded), shared by Roman parts and by divisions headed
/// on their own ("Phần thứ hai" / "PHƯƠNG HƯỚNG, NHIỆM VỤ …"): see the methods of [`Part`].
pub(crate) fn is_implementation(h: &str) -> bool {
    [
        "to chuc thuc hien",
        "phan cong",
        "trien khai thuc hien",
        "to chuc trien khai",
        "trach nhiem thuc hien",
        "trach nhiem thi hanh",
    ]
    .iter()
    .any(|p| h.contains(p))
        // the duties of each body: "III. NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ", "TRÁCH NHIỆM CỦA
        // CÁC SỞ, NGÀNH" (held-out batch 61); not "NHIỆM VỤ CỦA ĐOÀN KIỂM TRA", one body's
        || ["nhiem vu cua cac ", "trach nhiem cua cac "]
            .iter()
            .any(|p| h.starts_with(p))
}

/// A part on who reports what and when ("II. CHẾ ĐỘ LÀM VIỆC VÀ BÁO CÁO", "CHẾ ĐỘ THÔNG TIN,
/// BÁO CÁO"): its items give duties ("3. UBND các xã, phường báo cáo … hằng quý", held-out
/// batch 66), though it is no implementation part of a plan.
pub(crate) fn sets_reporting(h: &str) -> bool {
    h.starts_with("che do ") && h.contains("bao cao")
}

pub(crate) fn sets_tasks(h: &str) -> bool {
    // (and a notice's measures: "II. CÁC BIỆN PHÁP PHÒNG CHÁY, CHỮA CHÁY RỪNG", its items
    // headed "2. Ban quản lý rừng phòng hộ …", held-out batch 45)
    // (and the parties' duties in a joint programme: "III. TRÁCH NHIỆM PHỐI HỢP", its items
    // headed "6. Công an phường …", held-out batch 62)
    // (and the content to carry out, "II. NỘI DUNG THỰC HIỆN" of a guide, its items headed
    // "2. Đối với Ban Công tác Mặt trận thôn", held-out batch 73; not what is inspected or
    // supervised, whose bodies are its objects)
    let h = h.strip_prefix("cac ").unwrap_or(h);
    let content_to_do = h.starts_with("noi dung")
        && h.contains("thuc hien")
        && !["kiem tra", "giam sat", "thanh tra"]
            .iter()
            .any(|w| h.contains(w));
    (content_to_do
        || ["nhiem vu", "bien phap", "giai phap", "trach nhiem phoi hop"]
            .iter()
            .any(|w| h.starts_with(w)))
        && !recounts(h)
}

pub(crate) fn proposes(h: &str) -> bool {
    PROPOSALS.iter().any(|w| h.contains(w))
}

/// A heading of what was done: "KẾT QUẢ …", "TÌNH HÌNH …", "ĐÁNH GIÁ …".
fn recounts(h: &str) -> bool {
    ["ket qua", "tinh hinh", "danh gia", "da thuc hien"]
        .iter()
        .any(|w| h.contains(w))
}

pub(crate) fn organises_what_comes(h: &str) -> bool {
    // (a report's "CÁC GIẢI PHÁP ĐÃ TRIỂN KHAI" recounts: only its tasks ahead organise)
    (is_implementation(h) || h.starts_with("phuong huong") || h.starts_with("nhiem vu"))
        && !recounts(h)
}

/// The numbers of a sub-item (`2.3.1` → [2, 3, 1]), kept inline: a document may have
/// thousands of them.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct NumberPath {
    parts: [u8; 6],
    len: u8,
}

impl NumberPath {
    /// Builds a path from its numbers (each below 100, at most six).
    pub fn new(numbers: &[u32]) -> Option<NumberPath> {
        if numbers.len() > 6 || numbers.iter().any(|&n| n > 99) {
            return None;
        }
        let mut parts = [0u8; 6];
        for (p, &n) in parts.iter_mut().zip(numbers) {
            *p = n as u8;
        }
        Some(NumberPath {
            parts,
            len: numbers.len() as u8,
        })
    }

    pub fn as_slice(&self) -> &[u8] {
        &self.parts[..self.len as usize]
    }
}

impl std::fmt::Debug for NumberPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.as_slice()).finish()
    }
}

/// How an item is numbered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemKind {
    /// `1.` (or `1)`, or the Party's `1-`)
    Number(u32),
    /// `1.1.` or `1.1`: `trailing_dot` says which.
    Sub {
        path: NumberPath,
        trailing_dot: bool,
    },
    /// `a)`
    Letter(char),
    /// `a.`: a point written with a full stop, as some clerks do; wrong among `a)` points.
    LetterDot(char),
}

/// A numbered line inside the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub line: usize,
    pub kind: ItemKind,
    pub marker: Span,
    /// Index into `Body::parts` of the part it belongs to.
    pub part: Option<usize>,
    /// A table row's number (the first cell "4" or "2.3"): rows are counted on their own, and
    /// a table inside a list does not interrupt the list's points.
    pub table_row: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Body {
    /// First and one-past-last line of the body.
    pub start: usize,
    pub end: usize,
    /// Legal-basis lines (`Căn cứ …`) before the first part.
    pub bases: Vec<usize>,
    pub parts: Vec<Part>,
    pub items: Vec<Item>,
    /// Divisions above the parts ("Phần thứ nhất", "A.") and chapters ("Chương I").
    pub divisions: Vec<Division>,
    /// Articles ("Điều 1."), in order.
    pub articles: Vec<Article>,
    /// The closing paragraph ("Trên đây là …", or the one ending with `./.`).
    pub closing: Option<usize>,
}

impl Body {
    /// The implementation part (see [`Part::is_implementation`]) and the lines it covers.
    pub fn implementation_lines(&self) -> Option<(usize, usize)> {
        let idx = self.parts.iter().position(Part::is_implementation)?;
        let start = self.parts[idx].line;
        let end = self.parts.get(idx + 1).map(|p| p.line).unwrap_or(self.end);
        Some((start, end))
    }
}

const ROMAN: &[(&str, u32)] = &[
    ("I", 1),
    ("II", 2),
    ("III", 3),
    ("IV", 4),
    ("V", 5),
    ("VI", 6),
    ("VII", 7),
    ("VIII", 8),
    ("IX", 9),
    ("X", 10),
    ("XI", 11),
    ("XII", 12),
    ("XIII", 13),
    ("XIV", 14),
    ("XV", 15),
];

/// `II. NỘI DUNG` → (2, marker length, separator, heading offset).
pub fn roman_heading(content: &str) -> Option<(u32, usize, char, usize)> {
    let letters = content
        .bytes()
        .take_while(|b| matches!(b, b'I' | b'V' | b'X'))
        .count();
    if letters == 0 {
        return None;
    }
    let value = ROMAN.iter().find(|(r, _)| *r == &content[..letters])?.1;
    let sep = content[letters..].chars().next()?;
    if sep != '.' && sep != '-' && sep != '–' {
        return None;
    }
    let after = letters + sep.len_utf8();
    let rest = &content[after..];
    let trimmed = rest.trim_start();
    // a heading follows after a space; "V.I. Lênin" or "I.1" are not headings, but
    // "II.Thời gian" is, a word typed with no space (a real Liên đội's plan)
    let mut letters_after = trimmed.chars();
    let first = letters_after.next()?;
    let word_glued = letters_after
        .next()
        .is_some_and(crate::vietnamese::case::is_lower_letter);
    if (rest.len() == trimmed.len() && !word_glued)
        || !crate::vietnamese::case::is_upper_letter(first)
    {
        return None;
    }
    Some((value, after, sep, content.len() - trimmed.len()))
}

/// `1.`, `1.1.`, `1.1`, `a)` at the start of a line.
fn item_marker(content: &str) -> Option<(ItemKind, usize)> {
    let b = content.as_bytes();
    let d = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if d > 0 && d <= 2 {
        let n: u32 = content[..d].parse().ok()?;
        let mut path = vec![n];
        let mut p = d;
        while p < b.len() && b[p] == b'.' && p + 1 < b.len() && b[p + 1].is_ascii_digit() {
            let s = p + 1;
            let mut e = s;
            while e < b.len() && b[e].is_ascii_digit() {
                e += 1;
            }
            if e - s > 2 {
                return None;
            }
            path.push(content[s..e].parse().ok()?);
            p = e;
        }
        let trailing_dot = b.get(p) == Some(&b'.');
        // (or a dash, as the Party numbers its items under "I-": "1- Mục đích")
        let close_paren = path.len() == 1 && matches!(b.get(p), Some(&b')') | Some(&b'-'));
        let end = if trailing_dot || close_paren {
            p + 1
        } else {
            p
        };
        // must be followed by a space and text
        // a space or a no-break space (Word puts U+00A0 after list numbers), or a word typed
        // with no space, "2.Cử tri nghe báo cáo" (a commune Front's plan), as "II.Thời gian"
        let mut after = content[end..].chars();
        let glued_word = path.len() == 1
            && trailing_dot
            && after
                .next()
                .is_some_and(crate::vietnamese::case::is_upper_letter)
            && after
                .next()
                .is_some_and(crate::vietnamese::case::is_lower_letter);
        if !glued_word
            && (!content[end..].starts_with(char::is_whitespace)
                || content[end..].trim().is_empty())
        {
            return None;
        }
        if path.len() == 1 {
            if !(trailing_dot || close_paren) {
                return None;
            }
            return Some((ItemKind::Number(n), end));
        }
        return Some((
            ItemKind::Sub {
                path: NumberPath::new(&path)?,
                trailing_dot,
            },
            end,
        ));
    }
    let mut chars = content.chars();
    let c = chars.next()?;
    let sep = chars.next();
    if crate::vietnamese::case::is_lower_letter(c) && sep == Some('.') {
        let end = c.len_utf8() + 1;
        if content[end..].starts_with(' ')
            && (c.is_ascii_lowercase() || c == 'đ')
            && content[end..]
                .trim_start()
                .starts_with(crate::vietnamese::case::is_upper_letter)
        {
            return Some((ItemKind::LetterDot(c), end));
        }
    }
    if crate::vietnamese::case::is_lower_letter(c) && sep == Some(')') {
        let end = c.len_utf8() + 1;
        if content[end..].starts_with(char::is_whitespace)
            && crate::vietnamese::case::is_letter(c)
            && c.len_utf8() <= 2
            && (c.is_ascii_lowercase() || c == 'đ')
        {
            return Some((ItemKind::Letter(c), end));
        }
    }
    None
}

/// Ordinal words of "Phần thứ …" and "BƯỚC …", folded.
const ORDINALS: &[(&str, u32)] = &[
    ("nhat", 1),
    ("mot", 1),
    ("hai", 2),
    ("ba", 3),
    ("tu", 4),
    ("bon", 4),
    ("nam", 5),
    ("sau", 6),
    ("bay", 7),
    ("tam", 8),
    ("chin", 9),
    ("muoi", 10),
];

fn roman_value(s: &str) -> Option<u32> {
    ROMAN.iter().find(|(r, _)| *r == s).map(|r| r.1)
}

/// A division line: "Phần thứ nhất", "PHẦN II", "Chương III", "BƯỚC MỘT", "A. TÊN".
pub fn division(content: &str) -> Option<(DivisionKind, u32, usize, usize)> {
    let f = crate::vietnamese::fold::fold_prefix(content, 24);
    let words: Vec<&str> = f.split(' ').collect();
    let word_end = |n: usize| {
        content
            .char_indices()
            .filter(|(_, c)| *c == ' ')
            .nth(n)
            .map_or(content.len(), |(i, _)| i)
    };
    let upper_rest = |n: usize| {
        let rest = content[word_end(n - 1)..].trim_start_matches([' ', ':', '.', '-', '–']);
        rest.is_empty() || crate::vietnamese::starts_upper(rest)
    };
    match words.as_slice() {
        ["phan", "thu", n, ..] => {
            let v = ORDINALS.iter().find(|(o, _)| o == n)?.1;
            upper_rest(3).then(|| (DivisionKind::Part, v, word_end(0) + 1, word_end(2)))
        }
        ["phan", _, ..] => {
            let numeral = content[word_end(0) + 1..word_end(1)].trim_end_matches(['.', ':']);
            let v = roman_value(numeral)?;
            upper_rest(2).then(|| {
                (
                    DivisionKind::Part,
                    v,
                    word_end(0) + 1,
                    word_end(0) + 1 + numeral.len(),
                )
            })
        }
        ["chuong", _, ..] => {
            let numeral = content[word_end(0) + 1..word_end(1)].trim_end_matches(['.', ':']);
            let v = roman_value(numeral)?;
            upper_rest(2).then(|| {
                (
                    DivisionKind::Chapter,
                    v,
                    word_end(0) + 1,
                    word_end(0) + 1 + numeral.len(),
                )
            })
        }
        ["buoc", n, ..] if crate::vietnamese::is_upper(&content[..word_end(1)]) => {
            let v = ORDINALS.iter().find(|(o, _)| o == n)?.1;
            Some((DivisionKind::Step, v, word_end(0) + 1, word_end(1)))
        }
        _ => {
            // "A. TÊN PHẦN": one capital letter, a full stop, a heading in capitals
            let mut chars = content.chars();
            let c = chars.next()?;
            let rest = chars.as_str();
            let heading = rest.strip_prefix(". ")?;
            // (a note in brackets after it may be in lower case: "B. SỐ LIỆU TẠM GIỮ (từ
            // ngày 01/10/2025 đến ngày 28/02/2026)", held-out batch 45)
            let heading = match heading.trim_end().strip_suffix(')') {
                Some(noted) => noted
                    .rsplit_once('(')
                    .map_or(heading, |(h, _)| h.trim_end()),
                None => heading,
            };
            (c.is_ascii_uppercase()
                && !matches!(c, 'I' | 'V' | 'X')
                && crate::vietnamese::is_upper(heading)
                && heading
                    .chars()
                    .filter(|c| crate::vietnamese::case::is_letter(*c))
                    .count()
                    >= 4)
                .then(|| (DivisionKind::Lettered, c as u32 - 'A' as u32 + 1, 0, 1))
        }
    }
}

/// The enacting word before the articles: "QUYẾT ĐỊNH:", "BAN THƯỜNG VỤ … QUYẾT ĐỊNH:",
/// "QUYẾT NGHỊ:" (its colon may be missing).
pub fn is_enacting(content: &str) -> bool {
    let bare = content.trim_end_matches([':', '.', ' ']);
    crate::vietnamese::is_upper(bare) && {
        let f = crate::vietnamese::fold::fold(bare);
        f.ends_with("quyet dinh") || f.ends_with("quyet nghi")
    }
}

/// An article line: "Điều 3." or "Điều 3:" and its text; the number and the marker's length.
pub fn article(content: &str) -> Option<(u32, usize)> {
    let rest = content.strip_prefix("Điều ")?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let after = &rest[digits..];
    if !(after.starts_with('.') || after.starts_with(':')) {
        return None;
    }
    Some((rest[..digits].parse().ok()?, "Điều ".len() + digits))
}

pub(super) fn is_basis(content: &str) -> bool {
    let f = crate::vietnamese::fold::fold_prefix(content.trim_start_matches([':', ' ', '-']), 7);
    // "Căn" alone: "Căn cứ" broken by a web page's line wrapping ("Căn" / "cứ Luật …;"); "Căn
    // cứ" as a whole word ("Căn cước công dân …" is no basis)
    matches!(f.as_str(), "can" | "can cu" | "can cu " | "can cu:")
}

/// The rest of a capitalised heading wrapped onto the next line, folded with a leading space
/// (" thuc hien" of "III. TỔ CHỨC" / "THỰC HIỆN", as a web page's copy breaks long lines), so
/// that the heading is matched by its whole name; empty when the next line is not in capitals
/// or starts an item, a part, an article or a division of its own.
fn wrapped_heading_tail(text: &str, lines: &[Line], i: usize, end: usize, heading: Span) -> String {
    let Some(next) = lines.get(i + 1).filter(|_| i + 1 < end) else {
        return String::new();
    };
    let c = &text[next.content.start..next.content.end];
    let starts_own = c.starts_with(|ch: char| ch.is_ascii_digit() || ch == '-' || ch == '(')
        || roman_heading(c).is_some()
        || article(c).is_some()
        || division(c).is_some();
    if next.is_blank()
        || next.row == lines[i].row
        || next.cells > 1
        || starts_own
        || !is_upper(&text[heading.start..heading.end])
        || !is_upper(c)
        || !c.chars().any(crate::vietnamese::case::is_letter)
    {
        return String::new();
    }
    format!(" {}", fold(c))
}

/// Parses the lines `start..end` of the body.
pub fn parse(text: &str, lines: &[Line], start: usize, end: usize) -> Body {
    let mut body = Body {
        start,
        end,
        ..Body::default()
    };
    for (i, line) in lines.iter().enumerate().take(end).skip(start) {
        if line.is_blank() {
            continue;
        }
        let c = &text[line.content.start..line.content.end];
        let base = line.content.start;
        if let Some((kind, number, ms, me)) = division(c) {
            let rest = c[me..].trim_start_matches([' ', '.', ':', '-', '–']);
            let heading = if rest.chars().any(crate::vietnamese::case::is_letter) {
                Some(Span::new(line.content.end - rest.len(), line.content.end))
            } else {
                (i + 1..end)
                    .find(|&j| !lines[j].is_blank())
                    .map(|j| lines[j].content)
                    .filter(|s| is_upper(&text[s.start..s.end]))
            };
            body.divisions.push(Division {
                line: i,
                kind,
                number,
                marker: Span::new(base + ms, base + me),
                heading,
            });
            continue;
        }
        if let Some((number, len)) = article(c) {
            body.articles.push(Article {
                line: i,
                number,
                marker: Span::new(base, base + len),
            });
            continue;
        }
        if let Some((number, marker_len, separator, heading_off)) = roman_heading(c) {
            let heading = Span::new(base + heading_off, line.content.end);
            // Roman parts restart under a part, a lettered division or a step, not under a
            // chapter
            let scope = body
                .divisions
                .iter()
                .rposition(|d| d.kind != DivisionKind::Chapter);
            body.parts.push(Part {
                line: i,
                number,
                marker: Span::new(base, base + marker_len),
                separator,
                heading,
                heading_folded: fold(&text[heading.start..heading.end])
                    + &wrapped_heading_tail(text, lines, i, end, heading),
                scope,
            });
            continue;
        }
        if body.parts.is_empty() && is_basis(c) {
            body.bases.push(i);
            continue;
        }
        // a table row's number: the first cell holds only "4", "4." or "2.3"
        let row_number = || {
            (line.col == 0 && line.cells >= 2)
                .then(|| item_marker(&format!("{c} x")).filter(|(_, len)| *len == c.len()))
                .flatten()
                .or_else(|| {
                    let digits =
                        c.len() <= 2 && !c.is_empty() && c.bytes().all(|b| b.is_ascii_digit());
                    (line.col == 0 && line.cells >= 2 && digits)
                        .then(|| Some((ItemKind::Number(c.parse().ok()?), c.len())))
                        .flatten()
                })
        };
        let item = match item_marker(c) {
            Some(m) => Some((m, false)),
            None => row_number().map(|m| (m, true)),
        };
        if let Some(((kind, len), table_row)) = item {
            body.items.push(Item {
                line: i,
                kind,
                marker: Span::new(base, base + len),
                part: body.parts.len().checked_sub(1),
                table_row,
            });
        }
    }
    // closing: the last "Trên đây là …" paragraph, else the last one ending with "./."
    let is_content = |i: &usize| !lines[*i].is_blank();
    let closing = (start..end).filter(is_content).rev().find(|&i| {
        let c = &text[lines[i].content.start..lines[i].content.end];
        crate::vietnamese::fold::fold_prefix(c, 11) == "tren day la"
    });
    body.closing = closing.or_else(|| {
        (start..end)
            .rfind(is_content)
            .filter(|&i| text[lines[i].content.start..lines[i].content.end].ends_with("./."))
    });
    body
}

/// Whether a heading is written in capitals.
pub fn heading_is_upper(text: &str, part: &Part) -> bool {
    is_upper(&text[part.heading.start..part.heading.end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basis_lines_start_with_the_whole_word() {
        for basis in [
            "Căn cứ Luật Tổ chức chính quyền địa phương;",
            "- Căn cứ Kế hoạch số 12",
            "Căn cứ:",
            "Căn",
        ] {
            assert!(is_basis(basis), "{basis}");
        }
        for other in [
            "Căn cước công dân được cấp …",
            "Căn nhà số 5",
            "Cần cứu trợ",
        ] {
            assert!(!is_basis(other), "{other}");
        }
    }

    #[test]
    fn lettered_divisions() {
        let letter = |c: &str| division(c).map(|d| (d.0, d.1));
        assert_eq!(
            letter("B. SỐ LIỆU TẠM GIỮ"),
            Some((DivisionKind::Lettered, 2))
        );
        // a note in brackets after the heading (held-out batch 45)
        assert_eq!(
            letter("B. SỐ LIỆU TẠM GIỮ (từ ngày 01/10/2025 đến ngày 28/02/2026)"),
            Some((DivisionKind::Lettered, 2))
        );
        assert_eq!(letter("B. Số liệu tạm giữ"), None);
        assert_eq!(letter("B. SỐ (từ ngày 01/10/2025)"), None);
        assert_eq!(letter("B. (từ ngày 01/10/2025)"), None);
    }

    #[test]
    fn roman_headings() {
        assert_eq!(roman_heading("II. NỘI DUNG").map(|r| r.0), Some(2));
        assert_eq!(roman_heading("II.  CÔNG TÁC").map(|r| r.3), Some(5));
        assert_eq!(roman_heading("I- QUY ĐỊNH CHUNG").map(|r| r.2), Some('-'));
        assert!(roman_heading("V.I. Lênin").is_none());
        assert_eq!(
            roman_heading("II.Thời gian, địa điểm").map(|r| r.3),
            Some(3)
        );
        assert!(roman_heading("I.1 Mục đích").is_none());
        assert!(roman_heading("IV.").is_none());
        assert!(roman_heading("Ít nhất").is_none());
    }

    #[test]
    fn item_markers() {
        assert_eq!(
            item_marker("1. Mục đích").map(|m| m.0),
            Some(ItemKind::Number(1))
        );
        assert_eq!(
            item_marker("1.1 Tổ chức").map(|m| m.0),
            Some(ItemKind::Sub {
                path: NumberPath::new(&[1, 1]).unwrap(),
                trailing_dot: false
            })
        );
        assert_eq!(
            item_marker("2.1. Phối hợp").map(|m| m.0),
            Some(ItemKind::Sub {
                path: NumberPath::new(&[2, 1]).unwrap(),
                trailing_dot: true
            })
        );
        assert_eq!(
            item_marker("đ) Điểm").map(|m| m.0),
            Some(ItemKind::Letter('đ'))
        );
        assert!(item_marker("2020 năm").is_none());
        // regression (seed 004 line 27): a no-break space after the number
        assert_eq!(
            item_marker("3.\u{a0}Phối hợp").map(|m| m.0),
            Some(ItemKind::Number(3))
        );
        assert!(item_marker("12/8/2021 của").is_none());
        // a real commune Front's plan: "1. Dự kiến …", "2.Cử tri nghe …", "3. Nội dung …"
        assert_eq!(
            item_marker("2.Cử tri nghe báo cáo").map(|m| m.0),
            Some(ItemKind::Number(2))
        );
        assert!(item_marker("2.CÁC").is_none());
    }
}
