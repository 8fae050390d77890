//! The header: issuing body, number line, national title and motto (or Party title), place and
//! date, type name and summary. A converted document flattens the two-column header table, so
//! the parts are recognised by their form, in any order, within the first lines.

use super::date::{parse_place_date, PlaceDate};
use super::number::{parse_number_line, NumberLine};
use super::types::{by_upper_name, DocType};
use super::{Line, Span};
use crate::vietnamese::{fold, is_upper, starts_lower};

/// How many non-blank lines at the top may hold header parts.
const HEADER_WINDOW: usize = 24;

/// The type-name line (`KẾ HOẠCH`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TypeName {
    pub line: usize,
    pub span: Span,
    pub doc_type: &'static DocType,
    /// Written in capitals, as it must be.
    pub upper: bool,
}

/// The parts of the header that were recognised, by line index.
#[derive(Debug, Clone, Default)]
pub struct Header {
    /// Issuing body and its parent, in capitals (left column).
    pub issuing_body: Vec<usize>,
    pub national_title: Option<usize>,
    pub motto: Option<usize>,
    pub party_title: Option<usize>,
    /// An organisation's own title in place of the national one (`ĐOÀN TNCS HỒ CHÍ MINH`,
    /// `HỘI NÔNG DÂN VIỆT NAM`).
    pub org_title: Option<(usize, OrgTitle)>,
    /// The `*` line under a Party issuing body.
    pub asterisk: Option<usize>,
    pub number: Option<NumberLine>,
    pub place_date: Option<PlaceDate>,
    pub type_name: Option<TypeName>,
    pub summary: Vec<usize>,
    /// The summary is a letter's: "V/v …" (or "V/v: …").
    pub letter_summary: bool,
    /// First non-blank line of the document.
    pub first_line: Option<usize>,
    /// First line after the header (where the body starts).
    pub end: usize,
    /// Parts present in the header's text but not on lines of their own: a two-column table
    /// flattened into one line ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") or a
    /// cell wrapped over several ("Sóc Trăng, ngày" / "27 tháng 09 năm 2022"), as text
    /// exported from a web page is. The rules that report a part missing stay silent then.
    pub unlined: Unlined,
    /// The text calls itself a draft ("DỰ THẢO BÁO CÁO", "DỰ THẢO" alone at the top): its
    /// blank number and date are expected, as in draft mode.
    pub draft: bool,
    /// The text is one promulgated by another, in a file of its own: "(Ban hành kèm theo
    /// Quyết định số …)" under its title. Its number, date and recipients are the decision's.
    pub promulgated: bool,
    /// The issuer is a village's body, named by its village in the header ("BCH CHI ĐOÀN
    /// THÔN KIM QUANG", "CHI BỘ ẤP TÂN HIỆP", "BAN CÔNG TÁC MẶT TRẬN KHU PHỐ 3"): a body with
    /// no records office of its own.
    pub village: bool,
}

/// See [`Header::unlined`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Unlined {
    pub national_title: bool,
    pub motto: bool,
    pub number: bool,
    pub place_date: bool,
    /// The date read from a place-and-date line that is not on a line of its own.
    pub date: Option<super::date::Date>,
}

impl Unlined {
    /// Reads the header's lines (before the type name or the body) as one folded text.
    fn find(text: &str, lines: &[Line], header_lines: &[usize]) -> Unlined {
        let mut joined = String::new();
        let mut folded_lines: Vec<String> = Vec::new();
        for &i in header_lines.iter().take(16) {
            let c = &text[lines[i].content.start..lines[i].content.end];
            if c.len() > TITLE_MAX_BYTES * 2 {
                break;
            }
            let f = fold(c);
            joined.push_str(&f);
            joined.push(' ');
            folded_lines.push(f);
        }
        // padded: the parts are matched as whole words ("phúcCỘNG HÒA" is not the title)
        let f = format!(" {} ", crate::vietnamese::single_spaced(&joined));
        // a line that starts with "số" (or holds "số:", as "Nghị quyết số: 653/2019/…"),
        // then a token with a digit and a slash or dash (454/UBND-NCTH), maybe on the next
        // line; not "Chỉ thị số 04-CT/TW" in a sentence
        let symbol = |t: &str| t.contains(|c: char| c.is_ascii_digit()) && t.contains(['/', '-']);
        let number = folded_lines.iter().enumerate().any(|(k, l)| {
            let l = l.trim();
            let after = if l.starts_with("so:") || l.starts_with("so ") {
                &l[2..]
            } else if let Some(at) = l.find(" so:") {
                &l[at + 3..]
            } else {
                return false;
            };
            let after = after.trim_start_matches(':').trim_start();
            match after.split(' ').next().filter(|t| !t.is_empty()) {
                Some(token) => symbol(token),
                None => folded_lines
                    .get(k + 1)
                    .and_then(|n| n.split_whitespace().next())
                    .is_some_and(symbol),
            }
        });
        let place_date = f.match_indices(", ngay ").any(|(at, _)| {
            // forty bytes on, back to a character's start (the folded text keeps non-Latin
            // letters; a fuzzer found the panic)
            let mut end = f.len().min(at + 40);
            while !f.is_char_boundary(end) {
                end -= 1;
            }
            let rest = &f[at..end];
            rest.contains(" thang ") && rest.contains(" nam ")
        });
        // ", ngay 09 thang 10 nam 2013"
        let date = f.match_indices(", ngay ").find_map(|(at, m)| {
            let words: Vec<&str> = f[at + m.len()..].split(' ').take(5).collect();
            match words.as_slice() {
                [d, "thang", m, "nam", y] => {
                    let d: u32 = d.parse().ok()?;
                    let m: u32 = m.parse().ok()?;
                    let y: i32 = y.parse().ok()?;
                    Some(super::date::Date::new(d, m, y)).filter(|d| d.valid())
                }
                _ => None,
            }
        });
        Unlined {
            national_title: f.contains(&format!(" {NATIONAL_TITLE_FOLDED} ")),
            motto: f.contains(" doc lap ") && f.contains(" tu do ") && f.contains(" hanh phuc "),
            number,
            place_date,
            date,
        }
    }
}

impl Header {
    /// Lines recognised as header parts, in text order.
    pub fn lines(&self) -> Vec<usize> {
        let mut v: Vec<usize> = self.issuing_body.clone();
        v.extend(self.national_title);
        v.extend(self.motto);
        v.extend(self.party_title);
        v.extend(self.org_title.map(|t| t.0));
        v.extend(self.asterisk);
        v.extend(self.number.as_ref().map(|n| n.line));
        v.extend(self.place_date.as_ref().map(|d| d.line));
        v.extend(self.type_name.map(|t| t.line));
        v.extend(self.summary.iter().copied());
        crate::sort::by_key(&mut v, |&line| line as u64);
        // (the Hội Sinh viên's title is also its issuer's first line)
        v.dedup();
        v
    }
}

/// The organisations that write their own title where the state writes the national one (in
/// the order of `ORG_TITLES`' rows: a title's value is its row).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrgTitle {
    /// `ĐOÀN TNCS HỒ CHÍ MINH`
    Youth,
    /// `HỘI NÔNG DÂN VIỆT NAM`
    Farmers,
    /// `ĐỘI TNTP HỒ CHÍ MINH`, of a Liên đội or a Hội đồng Đội (a real school's Liên đội
    /// plan, 2019)
    Pioneers,
    /// `HỘI SINH VIÊN VIỆT NAM`, over the Hội's own level ("BCH TỈNH THÁI NGUYÊN"): a title
    /// that also names the issuer (held-out batch 64)
    Students,
}

/// Each organisation's title as written, and spelt out (as correct).
const ORG_TITLES: [(OrgTitle, &str, &str); 4] = [
    (
        OrgTitle::Youth,
        "ĐOÀN TNCS HỒ CHÍ MINH",
        "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH",
    ),
    (
        OrgTitle::Farmers,
        "HỘI NÔNG DÂN VIỆT NAM",
        "HỘI NÔNG DÂN VIỆT NAM",
    ),
    (
        OrgTitle::Pioneers,
        "ĐỘI TNTP HỒ CHÍ MINH",
        "ĐỘI THIẾU NIÊN TIỀN PHONG HỒ CHÍ MINH",
    ),
    (
        OrgTitle::Students,
        "HỘI SINH VIÊN VIỆT NAM",
        "HỘI SINH VIÊN VIỆT NAM",
    ),
];

impl OrgTitle {
    /// The title as the organisation writes it, and spelt out.
    pub fn forms(self) -> [&'static str; 2] {
        let (_, short, long) = ORG_TITLES[self as usize];
        [short, long]
    }
}

fn org_title_folded(f: &str) -> Option<OrgTitle> {
    match f {
        "doan tncs ho chi minh" | "doan thanh nien cong san ho chi minh" => Some(OrgTitle::Youth),
        "hoi nong dan viet nam" => Some(OrgTitle::Farmers),
        "doi tntp ho chi minh" | "doi thieu nien tien phong ho chi minh" => {
            Some(OrgTitle::Pioneers)
        }
        "hoi sinh vien viet nam" => Some(OrgTitle::Students),
        _ => None,
    }
}

/// Whether a line is an organisation's own title in place of the national title ("HỘI NÔNG
/// DÂN VIỆT NAM", "ĐOÀN TNCS HỒ CHÍ MINH") or the Party's ("ĐẢNG CỘNG SẢN VIỆT NAM").
pub fn is_org_or_party_title(content: &str) -> bool {
    if content.len() > TITLE_MAX_BYTES {
        return false;
    }
    let f = squash(content);
    org_title_folded(&f).is_some() || one_word_off(&f, PARTY_TITLE_FOLDED)
}

/// `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, folded.
pub const NATIONAL_TITLE_FOLDED: &str = "cong hoa xa hoi chu nghia viet nam";
/// `ĐẢNG CỘNG SẢN VIỆT NAM`, folded.
pub const PARTY_TITLE_FOLDED: &str = "dang cong san viet nam";

fn squash(s: &str) -> String {
    crate::vietnamese::single_spaced(&fold(s))
}

/// Whether a line is (a possibly mistyped) national title.
pub fn is_national_title(content: &str) -> bool {
    is_national_title_folded(&squash(content))
}

fn is_national_title_folded(f: &str) -> bool {
    (f.starts_with("cong hoa xa hoi") && f.ends_with("viet nam"))
        || one_word_off(f, NATIONAL_TITLE_FOLDED)
}

/// A fixed title with at most one word mistyped, folded ("dang cong san viet nan"): the words
/// of `target` but one, which keeps its first letter and its length within one letter.
fn one_word_off(f: &str, target: &str) -> bool {
    let mut off = 0;
    let (mut a, mut b) = (f.split(' '), target.split(' '));
    loop {
        match (a.next(), b.next()) {
            (None, None) => return off <= 1,
            (Some(x), Some(y)) if x == y => {}
            (Some(x), Some(y))
                if x.as_bytes().first() == y.as_bytes().first()
                    && x.len().abs_diff(y.len()) <= 1 =>
            {
                off += 1
            }
            _ => return false,
        }
    }
}

/// Whether a line is (a possibly mistyped) motto: "Độc lập - Tự do - Hạnh phúc".
pub fn is_motto(content: &str) -> bool {
    content.len() <= TITLE_MAX_BYTES && is_motto_folded(&squash(content))
}

fn is_motto_folded(f: &str) -> bool {
    f.starts_with("doc lap") && f.contains("tu do") && f.contains("hanh phuc")
}

/// Titles and the motto are short lines: longer ones are not folded to test them.
const TITLE_MAX_BYTES: usize = 120;

/// Lines that start the body: a legal basis, a Roman part, an opening sentence.
fn starts_body(content: &str) -> bool {
    let f = crate::vietnamese::fold::fold_prefix(content, 10);
    super::body::is_basis(content)
        // "Theo" / "đề nghị …": the preamble's first word broken off by a web page's line
        // wrapping (as "Căn" / "cứ Luật …", which `is_basis` knows)
        || f == "theo"
        || super::body::roman_heading(content).is_some()
        || f.starts_with("thuc hien ")
        || f.starts_with("de ")
        || f.starts_with("nham ")
        || content.len() > 220
        // the enacting word and the articles of a decision typed with no blank line after its
        // summary: "QUYẾT ĐỊNH:", "Điều 1. …"
        || super::body::article(content).is_some()
        || super::body::is_enacting(content)
}

/// The type-name line: a known type name alone on its line, in any case, or in capitals with
/// more after it: the kind of work it closes ("KẾT LUẬN THANH TRA", "KẾ HOẠCH LIÊN TỊCH") or
/// the summary run onto it ("KẾ HOẠCH ĐẠI HỘI LIÊN ĐỘI", a real Liên đội's plan); a thư công
/// by its kind ("THƯ NGỎ"); with more after it only when `fused`. With the type, the byte
/// length of its name in the line.
fn type_name_of(content: &str, fused: bool) -> Option<(&'static DocType, usize)> {
    // "DỰ THẢO BÁO CÁO": the draft of one
    let content = content.strip_prefix("DỰ THẢO ").unwrap_or(content);
    let upper = crate::vietnamese::case::to_upper(content);
    // "GIẤY GIỚI THIỆU" is the longest alone
    if content.chars().count() <= 16 {
        if let Some(t) = by_upper_name(&upper) {
            return Some((t, content.len()));
        }
    }
    // two words or more after the name, or a word of how it is sent ("BÁO CÁO NHANH"), all
    // in capitals ("BÁO CÁO:" is a heading)
    if !fused || upper != content || content.ends_with(':') {
        return None;
    }
    // the name is one to three words, the longest that is one
    let mut found = None;
    let spaces = content.bytes().enumerate().filter(|&(_, b)| b == b' ');
    for (end, _) in spaces.take(3) {
        if let Some(t) = by_upper_name(&content[..end]) {
            found = Some((t, end));
        }
    }
    let (t, end) = found?;
    let rest = &content[end + 1..];
    let named = match t.upper {
        "THƯ" => super::types::LETTER_KINDS
            .iter()
            .any(|k| rest.starts_with(k)),
        // one word after it only when it says how the text is sent: "BÁO CÁO NHANH" (a
        // commune's storm report, held-out batch 62), "THÔNG BÁO KHẨN"
        _ => rest.contains(' ') || ["NHANH", "KHẨN"].contains(&rest),
    };
    named.then_some((t, end))
}

/// What a header line is, by its form.
enum HeaderPart {
    NationalTitle,
    PartyTitle,
    OrgTitle(OrgTitle),
    Motto,
    Asterisk,
    Number(NumberLine),
    PlaceDate(PlaceDate),
    /// Capitals: the issuing body or its parent.
    Body,
    /// "V/v …": the summary of a công văn, under its number (it has no type name).
    LetterSummary,
}

/// Recognises a header part by its form alone.
fn classify(text: &str, i: usize, span: Span) -> Option<HeaderPart> {
    let c = &text[span.start..span.end];
    // measured without repeated spaces, so that fixing the spacing never turns a line into a
    // title (a fix must not add a finding)
    let doubled = c.as_bytes().windows(2).filter(|w| w == b"  ").count();
    if c.len() - doubled <= TITLE_MAX_BYTES {
        let f = squash(c);
        if is_national_title_folded(&f) {
            return Some(HeaderPart::NationalTitle);
        }
        if one_word_off(&f, PARTY_TITLE_FOLDED) {
            return Some(HeaderPart::PartyTitle);
        }
        if let Some(t) = org_title_folded(&f) {
            return Some(HeaderPart::OrgTitle(t));
        }
        if is_motto_folded(&f) {
            return Some(HeaderPart::Motto);
        }
    }
    // (also "V/v: …", as a real letter of a ministry writes it)
    if matches!(
        crate::vietnamese::fold::fold_prefix(c, 4).as_str(),
        "v/v " | "v/v:"
    ) {
        return Some(HeaderPart::LetterSummary);
    }
    // ("*", "* * *", "***", and the "*****" of a web page's copy, real set 9; not its empty
    // bold "** **")
    if c == "* * *"
        || (1..=5).contains(&c.len()) && c.len() % 2 == 1 && c.bytes().all(|b| b == b'*')
    {
        return Some(HeaderPart::Asterisk);
    }
    if let Some(n) = parse_number_line(text, i, span) {
        return Some(HeaderPart::Number(n));
    }
    if let Some(d) = parse_place_date(text, i, span) {
        return Some(HeaderPart::PlaceDate(d));
    }
    // a full stop inside ends a sentence, unless it closes a place's abbreviation ("UBND TX.
    // ĐỒNG XOÀI", "UBND TP. HUẾ")
    let sentence = c.contains(". ") && !c.contains("TX. ") && !c.contains("TP. ");
    let body_like = is_upper(c)
        && c.chars().count() <= 80
        && !c.ends_with('.')
        && !sentence
        && super::closing::authority_of(text, i, span).is_none();
    body_like.then_some(HeaderPart::Body)
}

pub fn parse(text: &str, lines: &[Line]) -> Header {
    let mut h = Header::default();
    let content = |i: usize| &text[lines[i].content.start..lines[i].content.end];
    let non_blank: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].is_blank())
        .take(HEADER_WINDOW)
        .collect();
    h.first_line = non_blank.first().copied();
    h.draft = non_blank.iter().take(12).any(|&i| {
        let c = content(i).trim_start_matches('(');
        // (short: a sentence of the body may start "Dự thảo Nghị quyết …")
        c.len() < 40 && crate::vietnamese::fold::fold_prefix(c, 7) == "du thao"
    });

    // the type name ends the first half of the header. Capitals of up to three words right
    // above ("THÔNG TƯ", "NGHỊ ĐỊNH") are a type name the linter does not know: the capitals
    // under them are their summary, even when they open with a known name ("HƯỚNG DẪN CHỨC
    // NĂNG …" under a real Thông tư of the Bộ Y tế)
    let fused = |k: usize| {
        let above = if k > 0 { content(non_blank[k - 1]) } else { "" };
        !(is_upper(above)
            && above.bytes().filter(|&b| b == b' ').count() < 3
            && !above.bytes().any(|b| b.is_ascii_digit()))
    };
    let type_pos =
        (0..non_blank.len()).position(|k| type_name_of(content(non_blank[k]), fused(k)).is_some());
    let before_type: &[usize] = match type_pos {
        Some(p) => &non_blank[..p],
        None => {
            // without a type name, the header runs to its last strong part (titles, motto,
            // number, place and date) before the body starts: a line it cannot place (a
            // summary typed without "V/v") does not end it early
            let mut last_strong = None;
            // a line that would start the body ("đề cử Nông dân tiêu biểu …", a summary
            // typed without "V/v") with the place and date, the national title or the motto
            // still to come, as a web page puts the right column under the left: still header
            // (a basis "Căn cứ Luật … ngày 22 tháng 6 năm 2015;" reads like a place and date:
            // the body has started there)
            let header_follows = |k: usize| {
                for &j in non_blank[k + 1..].iter().take(3) {
                    if starts_body(content(j)) {
                        return false;
                    }
                    match classify(text, j, lines[j].content) {
                        Some(HeaderPart::PlaceDate(d)) if d.comma => return true,
                        Some(HeaderPart::NationalTitle | HeaderPart::Motto) => return true,
                        _ => {}
                    }
                }
                false
            };
            for (k, &i) in non_blank.iter().enumerate() {
                let c = content(i);
                // (the closing's "Nơi nhận:" is past any header)
                if k > 0 && starts_body(c) && !header_follows(k)
                    || c.starts_with("Kính gửi")
                    || crate::vietnamese::fold::fold_prefix(c, 8).starts_with("noi nhan")
                {
                    break;
                }
                if matches!(
                    classify(text, i, lines[i].content),
                    Some(
                        HeaderPart::NationalTitle
                            | HeaderPart::PartyTitle
                            | HeaderPart::OrgTitle(_)
                            | HeaderPart::Motto
                            | HeaderPart::Number(_)
                            | HeaderPart::PlaceDate(_)
                            | HeaderPart::LetterSummary
                            | HeaderPart::Asterisk
                    )
                ) {
                    last_strong = Some(k);
                }
            }
            let mut end = last_strong.map_or(0, |k| k + 1);
            // a công văn's "V/v …" may run on over a line in lower case
            while end < non_blank.len()
                && starts_lower(content(non_blank[end]))
                && non_blank[..end].iter().any(|&i| {
                    matches!(
                        classify(text, i, lines[i].content),
                        Some(HeaderPart::LetterSummary)
                    )
                })
            {
                end += 1;
            }
            // and the place and date wrapped over two lines below it ("Hà Nội, ngày 03" /
            // "tháng 12 năm 2025", a web page's copy, real set 9)
            if let (Some(&a), Some(&b)) = (non_blank.get(end), non_blank.get(end + 1)) {
                // (the date's own second line: "tháng … năm …", review of this session)
                let (fa, fb) = (fold(content(a)), fold(content(b)));
                if content(a).len() < 60
                    && fa.contains(", ngay ")
                    && fb.starts_with("thang ")
                    && fb.contains(" nam ")
                {
                    end += 2;
                }
            }
            &non_blank[..end]
        }
    };
    // (past a letter's "V/v …", which a web page's copy may set above the place and date
    // wrapped over two lines: "*V/v …" / "… Thành phố*" / "*Hà Nội, ngày 03" / "tháng 12 năm
    // 2025*", real set 9)
    let header_lines: Vec<usize> = before_type
        .iter()
        .copied()
        .take_while(|&i| {
            let c = content(i);
            let f = crate::vietnamese::fold::fold_prefix(c, 9);
            !(starts_body(c) || f.starts_with("kinh gui"))
        })
        .filter(|&i| !crate::vietnamese::fold::fold_prefix(content(i), 4).starts_with("v/v"))
        .collect();
    h.unlined = Unlined::find(text, lines, &header_lines);
    // the Party's title wrapped over two lines of a narrow cell ("ĐẢNG" / "CỘNG SẢN VIỆT
    // NAM", "ĐẢNG CỘNG SẢN" / "VIỆT NAM", a web page's copy, real set 9): its first line
    let mut title_rest = None;
    for (k, &i) in before_type.iter().enumerate() {
        if Some(i) == title_rest {
            continue;
        }
        // (and the national title wrapped after its first word, "CỘNG" / "HÒA XÃ HỘI CHỦ NGHĨA
        // VIỆT NAM": "CỘNG" alone is no issuer's line)
        if h.party_title.is_none() || h.national_title.is_none() {
            if let Some(&next) = before_type.get(k + 1) {
                let joined = squash(&format!("{} {}", content(i), content(next)));
                if h.party_title.is_none()
                    && joined.starts_with("dang ")
                    && one_word_off(&joined, PARTY_TITLE_FOLDED)
                {
                    h.party_title = Some(i);
                    title_rest = Some(next);
                    continue;
                }
                if h.national_title.is_none()
                    && !is_national_title_folded(&squash(content(i)))
                    && joined == NATIONAL_TITLE_FOLDED
                {
                    h.national_title = Some(i);
                    title_rest = Some(next);
                    continue;
                }
            }
        }
        // the first of each part counts; a repeated one is body text
        match classify(text, i, lines[i].content) {
            Some(HeaderPart::NationalTitle) if h.national_title.is_none() => {
                h.national_title = Some(i)
            }
            Some(HeaderPart::PartyTitle) if h.party_title.is_none() => h.party_title = Some(i),
            Some(HeaderPart::OrgTitle(t)) if h.org_title.is_none() => h.org_title = Some((i, t)),
            Some(HeaderPart::Motto) if h.motto.is_none() => h.motto = Some(i),
            Some(HeaderPart::Asterisk) => h.asterisk = Some(i),
            Some(HeaderPart::Number(n)) if h.number.is_none() => {
                // a flattened row: "Số: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011"
                let rest = Span::new(n.token.end, lines[i].content.end);
                let after = &text[rest.start..rest.end];
                if h.place_date.is_none() && after.starts_with(' ') && after.contains(", ngày") {
                    let start = rest.start + (after.len() - after.trim_start().len());
                    h.place_date = parse_place_date(text, i, Span::new(start, rest.end));
                }
                h.number = Some(n)
            }
            Some(HeaderPart::PlaceDate(d)) if h.place_date.is_none() => h.place_date = Some(d),
            Some(HeaderPart::Body) => h.issuing_body.push(i),
            Some(HeaderPart::LetterSummary) => {
                h.letter_summary |= h.summary.is_empty();
                h.summary.push(i)
            }
            // the lower-case continuation of "V/v …" (the run above admits no other)
            None if type_pos.is_none() && !h.summary.is_empty() => h.summary.push(i),
            _ => {}
        }
    }

    // "HỘI NÔNG DÂN VIỆT NAM" (or "HỘI SINH VIÊN VIỆT NAM") above the issuer of a document
    // under the national title is the parent body, not a title of its own
    if h.national_title.is_some() {
        if let Some((i, OrgTitle::Farmers | OrgTitle::Students)) = h.org_title {
            h.org_title = None;
            h.issuing_body.push(i);
            crate::sort::by_key(&mut h.issuing_body, |&l| l as u64);
        }
    }
    // "HỘI SINH VIÊN VIỆT NAM" over "BCH TỈNH THÁI NGUYÊN": the title is also the first line
    // of the issuer's name (who "Ban Thư ký Hội Sinh viên Việt Nam tỉnh" is)
    if let Some((i, OrgTitle::Students)) = h.org_title {
        if !h.issuing_body.contains(&i) {
            h.issuing_body.push(i);
            crate::sort::by_key(&mut h.issuing_body, |&l| l as u64);
        }
    }
    let Some(tp) = type_pos else {
        h.end = before_type
            .last()
            .map(|&i| i + 1)
            .unwrap_or_else(|| h.first_line.unwrap_or(0));
        // a letter's summary written without "V/v", on the line under the number: "Về cho
        // học sinh nghỉ học" (a Sở's letter), "Gửi Đề cương tuyên truyền …" (a Party
        // board's); a sentence, a heading in capitals or "Kính gửi" is none
        if let (Some(n), true) = (&h.number, h.summary.is_empty()) {
            let date_line = h.place_date.as_ref().map(|d| d.line);
            let under = (n.line + 1..lines.len()).find(|&j| {
                !lines[j].is_blank() && lines[j].row > lines[n.line].row && Some(j) != date_line
            });
            if let Some(j) = under {
                let c = content(j);
                let summary = c.starts_with(crate::vietnamese::case::is_upper_letter)
                    && !is_upper(c)
                    && !starts_body(c)
                    && !c.ends_with(['.', ':'])
                    && c.len() <= 300
                    && classify(text, j, lines[j].content).is_none()
                    && crate::vietnamese::fold::fold_prefix(c, 8) != "kinh gui";
                if summary {
                    h.summary.push(j);
                    h.end = h.end.max(j + 1);
                }
            }
        }
        return h;
    };
    let type_line = non_blank[tp];
    let c = content(type_line);
    // (a draft's "DỰ THẢO " is no part of the name)
    let draft = if c.starts_with("DỰ THẢO ") {
        "DỰ THẢO ".len()
    } else {
        0
    };
    let (doc_type, name_len) = type_name_of(c, fused(tp)).expect("checked above");
    let start = lines[type_line].content.start + draft;
    h.type_name = Some(TypeName {
        line: type_line,
        span: Span::new(start, start + name_len),
        doc_type,
        upper: is_upper(c),
    });

    h.promulgated = (type_line + 1..lines.len())
        .filter(|&j| !lines[j].is_blank())
        .take(6)
        .any(|j| {
            let c = content(j);
            c.starts_with('(') && crate::vietnamese::fold::fold_prefix(c, 20).contains("kem theo")
        });
    // summary: the lines right after the type name, continuing across a blank line only when
    // the next line goes on in lower case (a sentence broken by the conversion)
    let mut i = type_line + 1;
    let mut end = type_line + 1;
    while i < lines.len() && h.summary.len() < 5 {
        if lines[i].is_blank() {
            i += 1;
            continue;
        }
        let c = content(i);
        let first = h.summary.is_empty();
        let after_gap = i > end;
        if c.starts_with("---") || (!first && c.starts_with(|ch: char| ch.is_ascii_digit())) {
            break;
        }
        if !first && (starts_body(c) || (after_gap && !starts_lower(c))) {
            break;
        }
        if first && (super::body::roman_heading(c).is_some() || super::body::is_basis(c)) {
            break;
        }
        // a summary is a title: it has no bullets, no closing sentence, no recipients
        let head = crate::vietnamese::fold::fold_prefix(c, 11);
        if c.len() > 400
            || c.starts_with(['-', '+', '•'])
            || head.starts_with("noi nhan")
            || head.starts_with("tren day la")
            || head.starts_with("kinh gui")
            || c.ends_with("./.")
        {
            break;
        }
        h.summary.push(i);
        i += 1;
        end = i;
    }
    // the header also covers any header part written after the type name (rare)
    h.end = end;
    h
}
