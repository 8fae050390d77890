//! References to other documents: "Chỉ thị số 04-CT/TW ngày 06/7/2011 của Ban Bí thư khóa XI".
//! A citation may be split over lines by a page break; its attributes (date, issuer, term) may
//! come in any order.

use super::date::Date;
use super::number::NumberStyle;
use super::Span;
use crate::vietnamese::fold;

/// Type words that introduce a citation, longest first.
const CITED_TYPES: crate::packed::Words = crate::packed::words![
    "Chương trình hành động",
    "Thông tư liên tịch",
    "Nghị quyết liên tịch",
    "Nghị quyết",
    "Nghị định",
    "Chỉ thị",
    "Kết luận",
    "Quyết định",
    "Kế hoạch",
    "Hướng dẫn",
    "Chương trình",
    "Thông tư",
    "Thông tri",
    "Thông báo",
    "Quy định",
    "Quy chế",
    "Công văn",
    "Văn bản",
    "Giấy mời",
    "Đề án",
    "Báo cáo",
    "Tờ trình",
    "Biên bản",
    "Phương án",
    "Công điện",
    "Luật",
    "Pháp lệnh",
];

/// A cited issuer, with a canonical name for the well-known central bodies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issuer {
    pub span: Span,
    /// Canonical name ("Bộ Chính trị", "Ban Bí thư", "Chính phủ" …) when recognised.
    pub canonical: Option<&'static str>,
    /// Whether the issuer is a Party body (numbers like `27-NQ/TW`) or a state/MTTQ body
    /// (numbers like `27/NQ-CP`). `None` when unknown.
    pub party: Option<bool>,
    /// What kind of issuer it is, when the name says ("Chính phủ", "một Bộ", "Tỉnh ủy" …).
    pub class: Option<super::issuer::IssuerClass>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    /// From the type word to the end of the last attribute.
    pub span: Span,
    /// The type word as written ("Chỉ thị").
    pub kind: Span,
    /// Folded type word, for identity ("chi thi").
    pub kind_folded: String,
    /// The number and symbol (`04-CT/TW`).
    pub number: Span,
    /// The number written without spaces (`46-CT/TW` for "46 - CT/TW").
    pub number_text: String,
    /// Spaces were written inside the number.
    pub spaced: bool,
    pub style: Option<NumberStyle>,
    pub date: Option<(Date, Span)>,
    pub issuers: Vec<Issuer>,
    /// "khóa XI".
    pub term: Option<Span>,
    /// Index (in the document's citations) of the first citation of the same document: same
    /// type and number in any case. Rules group citations by it instead of comparing pairs.
    pub first_of_document: usize,
}

impl Citation {
    /// Identity of the cited document: type and number, case-folded.
    /// Whether `other` cites the same document: same type, same number and symbol in any
    /// case (compared without building strings: rules compare every pair of citations).
    pub fn same_document(&self, other: &Citation) -> bool {
        self.kind_folded == other.kind_folded
            && self
                .number_text
                .chars()
                .map(crate::vietnamese::case::upper)
                .eq(other
                    .number_text
                    .chars()
                    .map(crate::vietnamese::case::upper))
    }

    /// Whether two citations of the same number can be the same document as far as their
    /// dates tell: the Party numbers its documents afresh in each term of the issuing
    /// committee, so "Chỉ thị 45-CT/TW" of 2015 and of 2025 are two documents.
    pub fn same_term(&self, other: &Citation) -> bool {
        match (self.date, other.date) {
            (Some((a, _)), Some((b, _))) if self.style == Some(NumberStyle::Party) => {
                party_term(&self.number_text, a) == party_term(&self.number_text, b)
            }
            _ => true,
        }
    }

    pub fn issuer(&self) -> Option<&Issuer> {
        self.issuers.first()
    }

    /// The groups of the number and symbol: `15/2025/NĐ-CP` → `15`, `2025`, `NĐ`, `CP`.
    pub fn groups(&self) -> Vec<&str> {
        self.number_text
            .split(['/', '-'])
            .filter(|g| !g.is_empty())
            .collect()
    }

    /// The year in a legal document's number (`72/2025/QH15`), if written.
    pub fn number_year(&self) -> Option<i32> {
        let g = self.groups();
        let y = g.get(1)?;
        (y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
            .then(|| y.parse().ok())
            .flatten()
    }

    /// The type code and the issuer codes after it: `12/KH-UBND` → (`KH`, \[`UBND`\]);
    /// `72/2025/QH15` → (`QH15`… no type code: `None`, \[`QH15`\]).
    pub fn codes(&self) -> (Option<&str>, Vec<&str>) {
        let g = self.groups();
        let mut rest: Vec<&str> = g
            .into_iter()
            .skip(1)
            .skip_while(|x| x.bytes().all(|b| b.is_ascii_digit()))
            .collect();
        let type_code = match rest.first() {
            Some(c) if is_type_code(c) => Some(rest.remove(0)),
            _ => None,
        };
        (type_code, rest)
    }
}

/// Whether a part of a number is a type's code: the table's state and Party codes, the
/// normative types' (`NĐ`, `TT`, `TTLT`, `NQLT`), `CV`, and the old laws' and ordinances' `L`
/// and `PL`.
pub fn is_type_code(c: &str) -> bool {
    super::types::TYPES
        .iter()
        .any(|t| t.state_code == Some(c) || t.party_code == Some(c))
        || matches!(c, "NĐ" | "TT" | "TTLT" | "NQLT" | "CV" | "L" | "PL")
}

/// The largest char boundary of `s` at or below `max`.
fn floor(s: &str, max: usize) -> usize {
    floor_at(s, max.min(s.len()))
}

/// The largest char boundary of `s` at or below `i`.
pub(crate) fn floor_at(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Known issuers: (folded prefix, canonical name, is Party).
const ISSUERS: &[(&str, &str, bool)] = &[
    ("bo chinh tri", "Bộ Chính trị", true),
    ("ban bi thu", "Ban Bí thư", true),
    ("ban chap hanh trung uong", "Ban Chấp hành Trung ương", true),
    ("trung uong dang", "Ban Chấp hành Trung ương", true),
    ("thu tuong chinh phu", "Thủ tướng Chính phủ", false),
    ("chinh phu", "Chính phủ", false),
    ("quoc hoi", "Quốc hội", false),
    (
        "uy ban thuong vu quoc hoi",
        "Ủy ban Thường vụ Quốc hội",
        false,
    ),
];

/// Issuers whose numbers follow the Party style (`Some(true)`: `45-KH/TU`; Hội Nông dân and
/// Đoàn number that way too) or the state style (`Some(false)`: `15/KH-UBND`; the Front and
/// Công đoàn, Hội LHPN, Hội CCB too), recognised by their words; `None` when unknown. A
/// standing organ (Ban Thường vụ, Ban Chấp hành, Thường trực) numbers as its organisation does.
fn party_by_shape(folded: &str) -> Option<bool> {
    const PARTY_LIKE: crate::packed::Words = crate::packed::words![
        "tinh uy",
        "thanh uy",
        "huyen uy",
        "dang uy",
        "dang bo",
        "dang doan",
        "ban can su dang",
        "chi bo",
        "ban tuyen giao",
        "ban dan van",
        "ban to chuc",
        "ban noi chinh",
        "uy ban kiem tra",
        "van phong trung uong",
        "van phong tinh uy",
        "van phong thanh uy",
        "van phong dang uy",
        "van phong huyen uy",
        "tinh doan",
        "thanh doan",
        "trung uong doan",
        "doan thanh nien",
        "doan tncs",
        "hoi nong dan",
    ];
    const STATE_LIKE: crate::packed::Words = crate::packed::words![
        "uy ban nhan dan",
        "ubnd",
        "bo ",
        "so ",
        "uy ban mttq",
        "uy ban mat tran",
        "mat tran to quoc",
        "hoi dong nhan dan",
        "hdnd",
        // (the Hội Liên hiệp Phụ nữ and the Hội Cựu chiến binh number either way, state or
        // Party: they are neither here nor there, and a cited number of theirs is not judged)
        "lien doan lao dong",
        "ldld",
        "cong doan",
    ];
    const ORGANS: crate::packed::Words = crate::packed::words![
        "ban thuong vu ",
        "ban chap hanh ",
        "ban thuong truc ",
        "thuong truc ",
        "bch ",
        "btv ",
        "btt ",
    ];
    let organ = ORGANS
        .iter()
        .find_map(|o| folded.strip_prefix(o))
        .map(|rest| rest.trim_start());
    let named = organ.unwrap_or(folded);
    // the body the name starts with decides ("Ban Chấp hành Đảng bộ xã" is the Party's, for
    // all the "bộ" in it), then one named inside it after an organ
    // a list names the body at the start of the name, or (after an organ) inside it
    let names = |list: crate::packed::Words, at_start: bool| {
        list.iter().any(|p| {
            if at_start {
                named.starts_with(p)
            } else {
                organ.is_some() && named.contains(p)
            }
        })
    };
    let state = |at_start: bool| names(STATE_LIKE, at_start) && !named.starts_with("bo chinh tri");
    let party = |at_start: bool| names(PARTY_LIKE, at_start);
    [true, false].into_iter().find_map(|at_start| {
        if state(at_start) {
            Some(false)
        } else if party(at_start) {
            Some(true)
        } else {
            None
        }
    })
}

fn skip_spaces(text: &str, mut p: usize, end: usize, allow_newline: bool) -> usize {
    while p < end {
        let ch = text[p..].chars().next().unwrap();
        if ch == '\n' || ch == '\r' {
            if !allow_newline {
                break;
            }
        } else if !ch.is_whitespace() {
            break;
        }
        p += ch.len_utf8();
    }
    p
}

/// The byte length of the prefix of `s` that folds to `folded`, if one does.
fn folded_prefix_end(s: &str, folded: &str) -> Option<usize> {
    let mut acc = String::new();
    for (i, ch) in s.char_indices() {
        if acc == folded {
            return Some(i);
        }
        if !folded.starts_with(acc.as_str()) {
            return None;
        }
        acc.push_str(&fold(ch.encode_utf8(&mut [0; 4])));
    }
    (acc == folded).then_some(s.len())
}

fn word_end(text: &str, mut p: usize, end: usize) -> usize {
    while p < end {
        let ch = text[p..].chars().next().unwrap();
        if !(crate::vietnamese::case::is_letter_or_number(ch)) {
            break;
        }
        p += ch.len_utf8();
    }
    p
}

/// Reads a number-and-symbol token: digits, then `/` or `-`, then symbol characters. Spaces
/// around a separator are read too when what follows is symbol-like ("46 - CT/TW",
/// "21/2025/TT - BNV"): such a number is a mistake to report, not two words. Returns the end,
/// the style and whether spaces were read inside.
fn number_token(text: &str, p: usize, end: usize) -> Option<(usize, Option<NumberStyle>, bool)> {
    let b = text.as_bytes();
    let mut q = p;
    while q < end && b[q].is_ascii_digit() {
        q += 1;
    }
    if q == p || q >= end {
        return None;
    }
    // spaces before the first separator
    let mut spaced = false;
    let mut s = q;
    while s < end && b[s] == b' ' && s - q < 2 {
        s += 1;
    }
    let style = match b.get(s) {
        Some(b'/') => Some(NumberStyle::State),
        Some(b'-') => Some(NumberStyle::Party),
        _ => return None,
    };
    if s > q {
        spaced = true;
    }
    let mut e = s;
    let mut last_good = s;
    while e < end {
        let ch = text[e..].chars().next().unwrap();
        if crate::vietnamese::case::is_letter_or_number(ch) || ch == '/' || ch == '-' || ch == '&' {
            e += ch.len_utf8();
            if crate::vietnamese::case::is_letter_or_number(ch) {
                last_good = e;
            }
            continue;
        }
        // " - " or " / " between symbol groups: read on only to an upper-case group
        if ch == ' ' {
            // ... or the Assembly's term split from its code: "79/2006/QH 11" (held-out batch 47)
            let term = &b[e + 1..end];
            if text[q..e].ends_with("/QH")
                && term.len() >= 2
                && term[..2].iter().all(u8::is_ascii_digit)
                && term.get(2).is_none_or(|c| !c.is_ascii_alphanumeric())
            {
                spaced = true;
                e += 3;
                last_good = e;
                continue;
            }
            let rest = &text[e..end];
            let gap = rest.len() - rest.trim_start_matches(' ').len();
            let after = &rest[gap..];
            let sep_before = matches!(b[e - 1], b'/' | b'-');
            let (sep_after, skip) = match after.as_bytes().first() {
                Some(b'/' | b'-') if !sep_before => {
                    let a2 = &after[1..];
                    (
                        true,
                        gap + 1 + (a2.len() - a2.trim_start_matches(' ').len()),
                    )
                }
                _ => (false, gap),
            };
            if gap <= 2 && (sep_before || sep_after) {
                let next = &text[e + skip..end];
                let group: String = next
                    .chars()
                    .take_while(|c| crate::vietnamese::case::is_letter_or_number(*c) || *c == '&')
                    .collect();
                let symbol_like = !group.is_empty()
                    && group.chars().any(crate::vietnamese::case::is_letter)
                    && group.chars().all(|c| {
                        !crate::vietnamese::case::is_letter(c)
                            || crate::vietnamese::case::is_upper_letter(c)
                            || c == 'g'
                            || c == 'r'
                    });
                if symbol_like {
                    spaced = true;
                    e += skip;
                    continue;
                }
            }
        }
        break;
    }
    let e = last_good.max(q);
    // a symbol needs a letter: "2020-2025" is not a number
    if !text[q..e].chars().any(crate::vietnamese::case::is_letter) {
        return None;
    }
    Some((e, style, spaced))
}

/// Reads a date after "ngày": `12/8/2021` or `26 tháng 3 năm 2004`.
fn date_at(text: &str, p: usize, end: usize) -> Option<(Date, Span)> {
    let b = text.as_bytes();
    let num = |i: usize, max: usize| -> Option<(u32, usize)> {
        let mut j = i;
        while j < end && b[j].is_ascii_digit() && j - i < max {
            j += 1;
        }
        if j == i || (j < end && b[j].is_ascii_digit()) {
            return None;
        }
        Some((text[i..j].parse().ok()?, j))
    };
    let (d, e) = num(p, 2)?;
    if e < end && b[e] == b'/' {
        let (m, e2) = num(e + 1, 2)?;
        if e2 < end && b[e2] == b'/' {
            let (y, e3) = num(e2 + 1, 4)?;
            if e3 - (e2 + 1) == 4 {
                return Some((Date::new(d, m, y as i32), Span::new(p, e3)));
            }
        }
        return None;
    }
    let rest = &text[e..floor_at(text, end.min(e + 12))];
    let r = rest.strip_prefix(" tháng ")?;
    let p2 = e + rest.len() - r.len();
    let (m, e2) = num(p2, 2)?;
    let rest = &text[e2..floor_at(text, end.min(e2 + 10))];
    let r = rest.strip_prefix(" năm ")?;
    let p3 = e2 + rest.len() - r.len();
    let (y, e3) = num(p3, 4)?;
    Some((Date::new(d, m, y as i32), Span::new(p, e3)))
}

/// Words that end an issuer's name.
const ISSUER_STOP: crate::packed::Words = crate::packed::words![
    "ve", "ngay", "khoa", "so", "va", "voi", "de", "doi", "trong", "thuc", "tai", "nham", "gan",
    "cho", "theo", "tiep", "dong", "nay", "da", "duoc", "nam", "thong", "nhu", "trien",
];

/// Reads an issuer name after "của": capitalised words, with lower-case words allowed right
/// after a capitalised one ("Bộ Chính trị", "Ban Thường vụ Tỉnh ủy").
fn issuer_at(text: &str, p: usize, end: usize) -> Option<Issuer> {
    let mut q = p;
    let mut last_end = p;
    let mut words = 0;
    let mut prev_cap = false;
    let mut ordinal_left = 0;
    while q < end && words < 16 {
        let we = word_end(text, q, end);
        if we == q {
            break;
        }
        let w = &text[q..we];
        let cap = w
            .chars()
            .next()
            .is_some_and(crate::vietnamese::case::is_upper_letter);
        let fw = fold(w);
        if words == 0 && !cap {
            return None;
        }
        // a plenum's ordinal: "Hội nghị lần thứ tư Ban Chấp hành Trung ương"
        if words == 2 && fw == "lan" && fold(&text[p..q]).trim_end() == "hoi nghi" {
            ordinal_left = 2;
        } else if ordinal_left > 0 {
            ordinal_left -= 1;
        } else if !cap && (!prev_cap || ISSUER_STOP.contains(fw.as_str())) {
            break;
        }
        words += 1;
        prev_cap = cap;
        last_end = we;
        // continue over one space (not a newline)
        if we < end && text.as_bytes()[we] == b' ' {
            q = we + 1;
        } else {
            break;
        }
    }
    if words == 0 {
        return None;
    }
    Some(issuer_of_span(text, Span::new(p, last_end)))
}

/// The issuer named by `span`: canonical name, system and class.
fn issuer_of_span(text: &str, span: Span) -> Issuer {
    let folded = fold(&text[span.start..span.end]);
    // "Ban Bí thư Trung ương Đoàn" is the Youth Union's secretariat, not the Party's
    let youth = folded.contains("trung uong doan") && !folded.contains("trung uong doan ket");
    let known = ISSUERS
        .iter()
        .find(|(k, _, _)| folded.starts_with(k))
        .filter(|_| !youth);
    Issuer {
        span,
        canonical: known.map(|k| k.1),
        party: known.map(|k| k.2).or_else(|| party_by_shape(&folded)),
        class: super::issuer::class_of_name(&folded),
    }
}

/// The type word that ends right before `at` (allowing a lower-case first letter: "kế hoạch
/// số 18-KH/TU"), as its start.
fn type_word_before(text: &str, lo: usize, at: usize) -> Option<usize> {
    let before = &text[lo..at];
    // a title in capitals cites in capitals: "… THEO QUYẾT ĐỊNH SỐ 04/2022/QĐ-TTG NGÀY …"
    // (a type's name ends in a small letter otherwise)
    let capitals = before.ends_with(crate::vietnamese::case::is_upper_letter);
    for t in CITED_TYPES {
        let start = if capitals {
            let upper = crate::vietnamese::case::to_upper(t);
            let Some(head) = before.strip_suffix(upper.as_str()) else {
                continue;
            };
            lo + head.len()
        } else {
            let mut chars = t.chars();
            let first = chars.next()?;
            let tail = chars.as_str();
            let Some(head) = before.strip_suffix(tail) else {
                continue;
            };
            let Some(c) = head.chars().next_back() else {
                continue;
            };
            if c != first && crate::vietnamese::case::lower(first) != c {
                continue;
            }
            lo + head.len() - c.len_utf8()
        };
        let word_start = text[lo..start]
            .chars()
            .next_back()
            .is_none_or(|p| !crate::vietnamese::case::is_letter_or_number(p));
        if word_start {
            return Some(start);
        }
    }
    None
}

/// Whether the text before `at` ends with the capitalised name of a cited type other than a
/// law ("… tại Kế hoạch"): inside a law's name, the number after it is that document's.
pub(crate) fn other_type_ends_at(text: &str, lo: usize, at: usize) -> bool {
    let before = &text[lo..at];
    CITED_TYPES.iter().any(|t| {
        t != "Luật"
            && before
                .strip_suffix(t)
                .is_some_and(|head| head.ends_with(' '))
    })
}

/// A type word with the cited document's title between it and "số", the number's type code
/// naming that type: "Biên bản Hội nghị hiệp thương lần thứ nhất số 01/BB-MTTQ-BTT" (`so`:
/// where "số" starts). Returns the type word's start and length. Laws are read by
/// [`super::laws`].
fn titled_type_before(text: &str, lo: usize, so: usize, number: &str) -> Option<(usize, usize)> {
    let mut from = so.saturating_sub(120).max(lo);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    // within the clause: the title has no punctuation but commas ("Quy chế thi đua, khen
    // thưởng số 05/QC-HPN", held-out batch 71: the number's code names the type)
    let clause = &text[from..so];
    let clause_start = clause
        .rfind(['.', ';', ':', '(', '\n', '"', '“'])
        .map_or(from, |i| {
            from + i + clause[i..].chars().next().map_or(1, char::len_utf8)
        });
    let clause = &text[clause_start..so];
    // the number's type code: its first run of letters ("BB" in "01/BB-MTTQ-BTT"), after the
    // figure and its separator ("-" for the Party)
    let figure = number.bytes().take_while(u8::is_ascii_digit).count();
    let party = number[figure..].starts_with('-');
    let rest = number.get(figure + 1..)?;
    let code = &rest[..rest.find(['-', '/']).unwrap_or(rest.len())];
    let named = super::types::by_code(code, party)?;
    let t = CITED_TYPES
        .iter()
        .find(|t| *t == named.name && !matches!(*t, "Luật" | "Pháp lệnh"))?;
    // the last place the type word starts a capitalised title, at most ten words before "số"
    let at = clause.match_indices(t).map(|(i, _)| i).filter(|&i| {
        let word_start = clause[..i]
            .chars()
            .next_back()
            .is_none_or(|p| !crate::vietnamese::case::is_letter_or_number(p));
        let title = &clause[i + t.len()..];
        // a title in lower case is a short description the number's code confirms ("Biên
        // bản vi phạm hành chính số 07/BB-VPHC")
        word_start
            && title.starts_with(' ')
            && (crate::vietnamese::starts_upper(title.trim_start())
                || super::types::WORK_KINDS.contains(title.trim())
                || title.matches(' ').count() <= 5)
            && title.matches(' ').count() <= 10
    });
    let at = at.last()?;
    Some((clause_start + at, t.len()))
}

/// Finds every citation in `range`: a number-and-symbol token preceded by a type word
/// (and optionally "số").
pub fn scan(text: &str, range: Span, words: &[crate::vietnamese::words::Word]) -> Vec<Citation> {
    let reader = super::bodies::Reader::new(text, words);
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut p = range.start;
    while p < range.end {
        // a number opens a line when the line above ends with "… Thông tư số" (a line broken
        // by hand or by a PDF's copy)
        let opens_line = p > range.start && b[p - 1] == b'\n';
        if !b[p].is_ascii_digit() || (p > range.start && b[p - 1] != b' ' && !opens_line) {
            p += 1;
            continue;
        }
        let q = p;
        let end = range.end;
        let Some((num_end, style, spaced)) = number_token(text, q, end) else {
            while p < range.end && b[p].is_ascii_digit() {
                p += 1;
            }
            continue;
        };
        // back over " số " and spaces to the type word
        let mut k = q;
        while k > range.start && matches!(b[k - 1], b' ' | b'\n' | b'\r') {
            k -= 1;
        }
        let with_so = text[range.start..k].ends_with("số") || text[range.start..k].ends_with("SỐ");
        if opens_line && !with_so {
            p = num_end;
            continue;
        }
        if with_so {
            k -= "số".len();
            while k > range.start && b[k - 1] == b' ' {
                k -= 1;
            }
        }
        let titled = || {
            with_so
                .then(|| titled_type_before(text, range.start, k, &text[q..num_end]))
                .flatten()
        };
        let Some((abs, len)) = type_word_before(text, range.start, k)
            .map(|abs| (abs, k - abs))
            .or_else(titled)
        else {
            p = num_end;
            continue;
        };
        let kind = Span::new(abs, abs + len);
        let mut c = Citation {
            span: Span::new(abs, num_end),
            kind,
            kind_folded: fold(&text[kind.start..kind.end]),
            number: Span::new(q, num_end),
            number_text: text[q..num_end].chars().filter(|c| *c != ' ').collect(),
            spaced,
            style,
            date: None,
            issuers: Vec::new(),
            term: None,
            first_of_document: 0,
        };
        // attributes, in any order, possibly across line breaks after a comma
        let mut r = num_end;
        for _ in 0..5 {
            let mut s = r;
            if text[s..end].starts_with(',') {
                s += 1;
            }
            // a page break may separate the parts of a citation
            let s = skip_spaces(text, s, end, true);
            let rest = &text[s..end];
            // a record is "lập ngày …", a document "ký ngày …" / "ban hành ngày …"
            let (s, rest) = match ["lập ", "ký ", "ban hành "].iter().find(|v| {
                rest.strip_prefix(**v)
                    .is_some_and(|a| a.starts_with("ngày "))
            }) {
                Some(v) => (s + v.len(), &rest[v.len()..]),
                None => (s, rest),
            };
            if let Some(after) = rest
                .strip_prefix("ngày ")
                .or_else(|| rest.strip_prefix("NGÀY "))
            {
                let dp = s + rest.len() - after.len();
                if let Some((d, sp)) = date_at(text, dp, end) {
                    if c.date.is_none() {
                        c.date = Some((d, sp));
                    }
                    r = sp.end;
                    continue;
                }
                break;
            }
            if let Some(after) = rest.strip_prefix("của ") {
                let ip = s + rest.len() - after.len();
                // a body's name as the grammar reads it ("Ủy ban nhân dân tỉnh"), else the run
                // of capitalised words ("Hội nghị Trung ương")
                // a head of the body signs for it: "của Chủ tịch Ủy ban nhân dân xã …"
                let title = ["Chủ tịch ", "Giám đốc ", "Bộ trưởng "]
                    .iter()
                    .find(|t| text[ip..end].starts_with(*t))
                    .map_or(0, |t| t.len());
                let named = reader
                    .body_at(reader.word_at(ip + title))
                    .filter(|b| b.span.start == ip + title && b.span.end <= end)
                    .map(|b| {
                        // "Ban Bí thư Trung ương" + "Đoàn" (the Youth Union's) or "Đảng"
                        let mut span = Span::new(ip, b.span.end);
                        for tail in [" Đoàn", " Đảng"] {
                            if text[span.end..end].starts_with(tail) {
                                span.end += tail.len();
                            }
                        }
                        issuer_of_span(text, span)
                    });
                if let Some(iss) = named.or_else(|| issuer_at(text, ip, end)) {
                    r = iss.span.end;
                    c.issuers.push(iss);
                    continue;
                }
                break;
            }
            // "khóa XII", or in brackets after the issuer: "(khóa XII)"
            let bracket = rest.starts_with('(');
            let (s, rest) = if bracket {
                (s + 1, &rest[1..])
            } else {
                (s, rest)
            };
            let f = fold(&rest[..floor(rest, 12)]);
            // the term's numeral starts after the original "khóa " (or "khoa ", "KHOÁ " …),
            // whose byte length the folded form does not give
            if let Some(kp) = f
                .starts_with("khoa ")
                .then(|| folded_prefix_end(rest, "khoa "))
                .flatten()
                .map(|n| s + n)
            {
                let ke = word_end(text, kp, end);
                let closed = !bracket || text[ke..end].starts_with(')');
                if ke > kp && closed && text[kp..ke].chars().all(|ch| "IVXL".contains(ch)) {
                    c.term = Some(Span::new(s, ke));
                    r = ke + usize::from(bracket);
                    continue;
                }
            }
            break;
        }
        c.span.end = r;
        p = r;
        out.push(c);
    }
    link_same_documents(&mut out);
    out
}

/// Sets [`Citation::first_of_document`], in one pass with a map.
fn link_same_documents(citations: &mut [Citation]) {
    // one string key (type, unit separator, number): a map type the lexicon already has
    let mut first: crate::hash::FastMap<String, u32> = Default::default();
    for (i, c) in citations.iter_mut().enumerate() {
        let key = format!(
            "{}\u{1f}{}",
            c.kind_folded,
            crate::vietnamese::case::to_upper(&c.number_text)
        );
        c.first_of_document = *first.entry(key).or_insert(i as u32) as usize;
    }
}

/// The term of the committee that issued a Party document numbered `number` on `date`, as an
/// ordinal (only compared for equality). The Central Committee's terms (`…/TW`) run from one
/// national congress to the next; other committees' are taken as the five-year windows of
/// their congresses (autumn 2010, 2015, 2020, 2025 …).
pub fn party_term(number: &str, date: Date) -> i32 {
    let key = (date.year, date.month, date.day);
    if crate::vietnamese::case::to_upper(number).ends_with("/TW") {
        // the closing days of the IX–XIV national congresses
        const CONGRESSES: [(i32, u32, u32); 6] = [
            (2001, 4, 22),
            (2006, 4, 25),
            (2011, 1, 19),
            (2016, 1, 28),
            (2021, 2, 1),
            (2026, 1, 23),
        ];
        return CONGRESSES.iter().filter(|c| **c <= key).count() as i32;
    }
    // a term starts on 1 October of a year divisible by five
    let start_year = if date.month >= 10 {
        date.year
    } else {
        date.year - 1
    };
    start_year.div_euclid(5)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> Citation {
        let v = scan(
            s,
            Span::new(0, s.len()),
            &crate::vietnamese::words::words(s),
        );
        assert_eq!(v.len(), 1, "{v:?}");
        v.into_iter().next().unwrap()
    }

    #[test]
    fn full_citation() {
        let s = "thực hiện Chỉ thị số 04-CT/TW ngày 06/7/2011 của Ban Bí thư khóa XI “Về tiếp tục”";
        let c = one(s);
        assert_eq!(c.number_text, "04-CT/TW");
        assert_eq!(c.date.unwrap().0, Date::new(6, 7, 2011));
        assert_eq!(c.issuer().unwrap().canonical, Some("Ban Bí thư"));
        assert!(c.term.is_some());
    }

    #[test]
    fn issuer_before_date_and_repeated() {
        let s = "Kết luận số 12-KL/TW của Bộ Chính trị ngày 12/8/2021 của Bộ Chính trị về công tác";
        let c = one(s);
        assert_eq!(c.issuers.len(), 2);
        assert!(c.date.is_some());
    }

    #[test]
    fn split_by_page_break() {
        let s = "Kết luận số 12-KL/TW,\n\n\n\nngày 12/8/2021 của Bộ Chính trị về";
        let c = one(s);
        assert_eq!(c.date.unwrap().0, Date::new(12, 8, 2021));
        assert_eq!(c.issuer().unwrap().canonical, Some("Bộ Chính trị"));
    }

    #[test]
    fn government_issuer_and_styles() {
        let s = "Nghị quyết số 27-NQ/TW của Chính phủ về";
        let c = one(s);
        assert_eq!(c.style, Some(NumberStyle::Party));
        assert_eq!(c.issuer().unwrap().party, Some(false));
        let s = "Ban Thường vụ Tỉnh ủy và giai đoạn 2021-2025";
        assert!(scan(
            s,
            Span::new(0, s.len()),
            &crate::vietnamese::words::words(s)
        )
        .is_empty());
    }

    #[test]
    fn worded_date_and_lowercase_type() {
        let s = "kế hoạch số 18-KH/TU ngày 14 tháng 7 năm 2015 của Ban Thường vụ Tỉnh ủy gắn với";
        let c = one(s);
        assert_eq!(c.date.unwrap().0, Date::new(14, 7, 2015));
        assert_eq!(c.issuer().unwrap().party, Some(true));
        assert_eq!(
            &s[c.issuer().unwrap().span.start..c.issuer().unwrap().span.end],
            "Ban Thường vụ Tỉnh ủy"
        );
    }

    /// A miss met on a real guide of the Bộ Công an with a date planted: its title in capitals
    /// cites "QUYẾT ĐỊNH SỐ 04/2022/QĐ-TTG NGÀY 18/2/2022", the same document as the body's
    /// "Quyết định số 04/2022/QĐ-TTg ngày 18/3/2022".
    #[test]
    fn a_citation_in_capitals() {
        let s = "THỰC HIỆN TIÊU CHÍ SỐ 4 THEO QUYẾT ĐỊNH SỐ 04/2022/QĐ-TTG NGÀY 18/2/2022 CỦA THỦ TƯỚNG";
        let c = one(s);
        assert_eq!(c.kind_folded, "quyet dinh");
        assert_eq!(c.date.unwrap().0, Date::new(18, 2, 2022));
        let lower = one("theo Quyết định số 04/2022/QĐ-TTg ngày 18/3/2022 của Thủ tướng");
        assert!(c.same_document(&lower));
        // a number after capitals that name no type is no citation
        let s = "ĐỢT 2 SỐ 04/2022/QĐ-TTG";
        assert!(scan(
            s,
            Span::new(0, s.len()),
            &crate::vietnamese::words::words(s)
        )
        .is_empty());
    }

    /// A miss met on a provincial plan copied from a PDF: "Căn cứ Thông tư số" ends a line and
    /// the number opens the next. A number opening a line after anything else is no citation.
    #[test]
    fn a_number_on_the_line_after_so() {
        for nl in ["\n", "\r\n", " \n"] {
            let s = format!("Căn cứ Thông tư số{nl}07/2021/TT-BLĐTBXH ngày 18/7/2021 của Bộ Lao động - Thương binh và Xã hội hướng");
            let c = one(&s);
            assert_eq!(c.number_text, "07/2021/TT-BLĐTBXH");
            assert_eq!(c.kind_folded, "thong tu");
            assert_eq!(c.date.unwrap().0, Date::new(18, 7, 2021));
        }
        let s = "theo Thông tư\n07/2021/TT-BLĐTBXH ngày 18/7/2021";
        let line_start = scan(
            s,
            Span::new(0, s.len()),
            &crate::vietnamese::words::words(s),
        );
        assert!(line_start.is_empty(), "{line_start:?}");
    }

    /// A miss met on an inspectorate's conclusion: "Quyết định thanh tra số 18/QĐ-TTr" cites
    /// a Quyết định (its code says so) with the kind of work between the type and "số".
    #[test]
    fn a_type_with_its_kind_of_work() {
        let s =
            "Căn cứ Quyết định thanh tra số 18/QĐ-TTr ngày 02/6/2026 của Chánh Thanh tra tỉnh về";
        let c = one(s);
        assert_eq!(&s[c.kind.start..c.kind.end], "Quyết định");
        assert_eq!(c.date.unwrap().0, Date::new(2, 6, 2026));
    }

    /// A false alarm met when "Ban Chấp hành Đảng bộ xã" became a body's name: the "bộ" in
    /// it is not a ministry's.
    #[test]
    fn a_party_organisation_named_with_bo() {
        for s in [
            "Nghị quyết số 05-NQ/ĐU, ngày 26/12/2025 của Ban Chấp hành Đảng bộ xã về",
            "Kế hoạch số 12-KH/ĐU ngày 02/3/2026 của Ban Thường vụ Đảng ủy Bộ Công an về",
        ] {
            assert_eq!(one(s).issuer().unwrap().party, Some(true), "{s}");
        }
        let s = "Kế hoạch số 12/KH-BCA ngày 02/3/2026 của Bộ Công an về";
        assert_eq!(one(s).issuer().unwrap().party, Some(false));
    }

    /// A record is dated "lập ngày …" (held-out batch 7, a fine decision's legal basis): the
    /// date is the citation's, so a record made after the decision is found.
    #[test]
    fn a_record_made_on_a_date() {
        let s = "Căn cứ Biên bản vi phạm hành chính số 07/BB-VPHC lập ngày 10/3/2026 tại thôn Đồng Xuân;";
        let c = scan(
            s,
            Span::new(0, s.len()),
            &crate::vietnamese::words::words(s),
        );
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(
            c[0].date.map(|(d, _)| d),
            Some(crate::document::Date::new(10, 3, 2026))
        );
    }
}
