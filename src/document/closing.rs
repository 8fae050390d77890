//! The end of the main document: the recipients block (`Nơi nhận:`) and the signature block,
//! and where the main document ends and its attachments begin.
//!
//! A converted document flattens the two columns of the closing table in one of three ways:
//! cell by cell on each row ("Nơi nhận:⇥TM. ỦY BAN NHÂN DÂN", split into cells by
//! [`super::lines`]), the left column first (recipients, then the signature), or the right
//! column first (the signature, then the recipients, as many Party documents read). The
//! closing is the run of lines of those kinds that starts at the first `Nơi nhận:` heading or
//! signature block after the body; it ends with the signer's name once the recipients (if any)
//! are complete. Whatever follows — annexes, forms, an attached Quy chế — is attachments, each
//! read as a part of its own (see [`super::attachment`]).

use super::{Line, Span};
use crate::vietnamese::{fold, is_upper};

/// One entry of the recipients block, possibly typed over several lines: a line that does not
/// start with a dash continues the entry above when that entry is not finished.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    /// The entry's first line.
    pub line: usize,
    /// Its last line (the same line unless the entry wraps).
    pub last_line: usize,
    /// The dash (`-`, `–`, `+`), if written.
    pub dash: Option<Span>,
    /// The text after the dash, up to and including the final punctuation (over the lines of
    /// a wrapped entry).
    pub text: Span,
    /// The final punctuation mark, if any (`;`, `.`, `,`).
    pub end_mark: Option<(char, Span)>,
    /// The archive line (`- Lưu: VT, VP.`).
    pub archive: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipients {
    /// The `Nơi nhận:` line.
    pub heading: usize,
    pub heading_span: Span,
    pub entries: Vec<Recipient>,
}

impl Recipient {
    /// The articles a "Như Điều N" entry names, each number with its span: "Như Điều 3;",
    /// "Như Điều 1, 3;", "Như các Điều 2 và 3;", "Như Điều 2, Điều 4.". Empty for any other
    /// entry, and past the first word that is no number, "và", "Điều" or comma ("Như Điều 3
    /// Quyết định số 12/QĐ-UBND" names Điều 3 only).
    pub fn as_articles(&self, text: &str) -> Vec<(u32, Span)> {
        let mut found = Vec::new();
        let mut words = words_at(text, self.text).peekable();
        let opening = |w: Option<(usize, &str)>, expected: &str| {
            w.is_some_and(|(_, w)| fold::fold(w) == expected)
        };
        if !opening(words.next(), "nhu") {
            return found;
        }
        if words.peek().is_some_and(|&(_, w)| fold::fold(w) == "cac") {
            words.next();
        }
        if !opening(words.next(), "dieu") {
            return found;
        }
        // the words split again at commas ("1,3"), each piece with its offset
        let pieces = words.flat_map(|(at, word)| {
            word.split(',')
                .map(move |piece| (at + offset_in(word, piece), piece))
        });
        for (at, piece) in pieces.filter(|(_, p)| !p.is_empty()) {
            let digits = piece.bytes().take_while(u8::is_ascii_digit).count();
            if digits > 0 {
                let Ok(n) = piece[..digits].parse() else {
                    break;
                };
                found.push((n, Span::new(at, at + digits)));
                // "3;" and "3." end the list
                if digits < piece.len() {
                    break;
                }
            } else if !matches!(fold::fold(piece).as_str(), "va" | "dieu") {
                break;
            }
        }
        found
    }
}

/// The words of a span with their offsets, split at white space (an entry wrapped over two
/// lines: "Như Điều 1," / "3;").
fn words_at(text: &str, span: Span) -> impl Iterator<Item = (usize, &str)> {
    let s = &text[span.start..span.end];
    s.split(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .map(move |w| (span.start + offset_in(s, w), w))
}

/// Where a piece split from `whole` starts in it, in bytes.
fn offset_in(whole: &str, piece: &str) -> usize {
    piece.as_ptr() as usize - whole.as_ptr() as usize
}

impl Recipients {
    pub fn archive(&self) -> Option<&Recipient> {
        self.entries.iter().rev().find(|r| r.archive)
    }
}

/// The addressees of a letter, the `Kính gửi:` block under the header: the names on the
/// heading's own line ("Kính gửi: Sở Y tế."), and the dashed entries under it, one per line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Addressees {
    /// The `Kính gửi` line.
    pub heading: usize,
    /// The text after `Kính gửi:` on its line, if any, with a bracketed note on the lines
    /// under it ("(qua Sở Nội vụ).").
    pub inline: Option<Span>,
    /// The entries under it (each line that starts with a dash).
    pub entries: Vec<Recipient>,
}

/// The heading of a công điện's addressees: the sender in capitals and "điện:" ("CHỦ TỊCH ỦY
/// BAN NHÂN DÂN TỈNH điện:", "THỦ TƯỚNG CHÍNH PHỦ điện:"), on a short line of its own (Nghị
/// định 30, Phụ lục III, Mẫu 1.6: a công điện has no "Kính gửi"; its addressees follow this
/// line). "3. Tiết kiệm điện:" is no sender.
pub(crate) fn is_dispatch_heading(line: &str) -> bool {
    let Some(sender) = line
        .trim_end()
        .strip_suffix(':')
        .map(str::trim_end)
        .and_then(|l| l.strip_suffix(" điện").or_else(|| l.strip_suffix(" ĐIỆN")))
    else {
        return false;
    };
    sender.chars().count() <= 80 && crate::vietnamese::is_upper(sender)
}

/// The first `Kính gửi` block (or, in a công điện, its "… điện:" block) between `from` and `to`
/// (lines): the heading and the dashed lines that follow it (blank lines between them are passed
/// over).
pub fn addressees(
    text: &str,
    lines: &[Line],
    from: usize,
    to: usize,
    dispatch: bool,
) -> Option<Addressees> {
    let to = to.min(lines.len());
    let (heading, kinh_gui) = (from..to).find_map(|i| {
        let line = &text[lines[i].content.start..lines[i].content.end];
        if line.starts_with("Kính gửi") {
            Some((i, true))
        } else {
            (dispatch && is_dispatch_heading(line)).then_some((i, false))
        }
    })?;
    let content = lines[heading].content;
    // what follows "Kính gửi" on its line is an addressee; "… điện:" ends its line
    let inline = if kinh_gui {
        let after = content.start + "Kính gửi".len();
        let rest = &text[after..content.end];
        // (past a web page's bold closer: "**Kính gửi:** Thuế tỉnh …", real set 9)
        let skip = rest.len() - rest.trim_start_matches([':', ' ', '*', '_']).len();
        (after + skip < content.end).then(|| Span::new(after + skip, content.end))
    } else {
        None
    };
    let mut inline = inline;
    let mut entries: Vec<Recipient> = Vec::new();
    let mut blank = false;
    for (i, l) in lines.iter().enumerate().take(to).skip(heading + 1) {
        let c = l.content;
        let line = &text[c.start..c.end];
        if line.is_empty() {
            blank = true;
            continue;
        }
        // (a web page's empty bold "** **" between the heading and its list, real set 9)
        if line.bytes().all(|b| b == b'*' || b == b' ') {
            continue;
        }
        // the addressee on the heading's line goes on in brackets: "Kính gửi: Ủy ban nhân dân
        // tỉnh Thanh Hóa" / "(qua Sở Nội vụ tỉnh Thanh Hóa)." (held-out batch 56)
        // (or its name wrapped at the line's end: "Kính gửi: Thuế tỉnh Hà" / "Tĩnh.", a web
        // page's copy, real set 9: names alone, ending as an entry does)
        let name_goes_on = |first: Span| {
            !text[first.start..first.end].ends_with([';', '.', ',', ':'])
                && line.ends_with(['.', ';'])
                && line.len() <= 60
                && line
                    .split([' ', '.', ';'])
                    .filter(|w| !w.is_empty())
                    .all(crate::vietnamese::starts_upper)
        };
        if let (Some(first), true) = (inline, entries.is_empty() && !blank) {
            if line.starts_with('(') || name_goes_on(first) {
                inline = Some(Span::new(first.start, c.end));
                continue;
            }
        }
        if !line.starts_with(['-', '–', '+', '•']) {
            // an entry typed over two lines goes on in lower case, or after a "," as a list
            // opened by a colon does ("- Ủy ban nhân dân các phường: Nha Trang, …," / "Nam Nha
            // Trang, Cam Ranh."), or after an unfinished entry as a line of names alone that
            // ends as entries do ("- Các tổ dân phố trên địa bàn các phường" / "Cẩm Thành,
            // Nghĩa Lộ.", held-out batch 46); anything else is the body
            let ends_an_entry = line.ends_with([';', '.', ','])
                && line
                    .split([' ', ',', ';', '.'])
                    .filter(|w| !w.is_empty())
                    .all(|w| crate::vietnamese::starts_upper(w) || w == "và");
            // (or a bracketed note under an unfinished entry: "- Các hộ kinh doanh còn nợ
            // thuế trên địa bàn xã" / "(theo danh sách kèm theo).", held-out batch 53)
            let note = line.starts_with('(') && line.ends_with([';', '.', ',']);
            match entries.last_mut() {
                Some(prev)
                    if !blank
                        && (crate::vietnamese::starts_lower(line)
                            || prev.end_mark.is_none() && (ends_an_entry || note)
                            || prev.end_mark.is_some_and(|(m, _)| m == ',')
                                && text[prev.text.start..prev.text.end].contains(':')) =>
                {
                    prev.last_line = i;
                    prev.text = Span::new(prev.text.start, c.end);
                    set_end_mark(text, prev);
                    continue;
                }
                _ => break,
            }
        }
        // the Party's bases are dashed too ("- Căn cứ Điều lệ Đảng …;"): after the list's
        // last entry and a blank line, or opening with "Căn cứ", a dash opens the text
        // (held-out batch 51)
        let item = line.trim_start_matches(['-', '–', '+', '•', ' ']);
        let closed = blank
            && entries
                .last()
                .is_some_and(|e| e.end_mark.is_some_and(|(m, _)| m == '.'));
        if closed || crate::vietnamese::fold::fold_prefix(item, 6) == "can cu" {
            break;
        }
        blank = false;
        entries.push(recipient(text, i, c));
    }
    Some(Addressees {
        heading,
        inline,
        entries,
    })
}

/// A signing prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prefix {
    /// `TM.` — on behalf of a collective.
    Tm,
    /// `KT.` — a deputy signing for the head.
    Kt,
    /// `TL.` — by order.
    Tl,
    /// `TUQ.` — by authorisation.
    Tuq,
    /// `Q.` — acting head.
    Q,
    /// Party forms with a slash: `T/M`, `K/T`, `T/L`.
    PartyTm,
    PartyKt,
    PartyTl,
}

impl Prefix {
    pub fn is_party(self) -> bool {
        matches!(self, Prefix::PartyTm | Prefix::PartyKt | Prefix::PartyTl)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Prefix::Tm => "TM.",
            Prefix::Kt => "KT.",
            Prefix::Tl => "TL.",
            Prefix::Tuq => "TUQ.",
            Prefix::Q => "Q.",
            Prefix::PartyTm => "T/M",
            Prefix::PartyKt => "K/T",
            Prefix::PartyTl => "T/L",
        }
    }

    /// The same authority in the other system (`TM.` ↔ `T/M`).
    pub fn counterpart(self) -> Option<Prefix> {
        Some(match self {
            Prefix::Tm => Prefix::PartyTm,
            Prefix::Kt => Prefix::PartyKt,
            Prefix::Tl => Prefix::PartyTl,
            Prefix::PartyTm => Prefix::Tm,
            Prefix::PartyKt => Prefix::Kt,
            Prefix::PartyTl => Prefix::Tl,
            _ => return None,
        })
    }

    /// On behalf of a collective (`TM.`, `T/M`).
    pub fn is_collective(self) -> bool {
        matches!(self, Prefix::Tm | Prefix::PartyTm)
    }

    /// A deputy signing for the head (`KT.`, `K/T`).
    pub fn is_deputy(self) -> bool {
        matches!(self, Prefix::Kt | Prefix::PartyKt)
    }

    /// By order (`TL.`, `T/L`).
    pub fn is_by_order(self) -> bool {
        matches!(self, Prefix::Tl | Prefix::PartyTl)
    }
}

/// `KT. CHỦ TỊCH`: the prefix and the title written after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Authority {
    pub line: usize,
    pub prefix: Prefix,
    pub prefix_span: Span,
    /// The body or title after the prefix.
    pub title: Span,
    /// The prefix as written when it is not the regulation's form ("KT " without its full
    /// stop, "TM:", "K.T."): the span to replace by [`Prefix::as_str`].
    pub malformed: Option<Span>,
}

/// One signer's block: prefixes, titles and name, in reading order. A biên bản written with
/// its two signing columns on the same rows (THƯ KÝ ⇥ CHỦ TỌA) has one block per column.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Signature {
    /// Every line recognised as part of the block.
    pub lines: Vec<usize>,
    /// Lines with a signing prefix (a deputy of a deputy gives two: `TM. …` then `KT. …`).
    pub authorities: Vec<Authority>,
    /// Title lines in capitals without a prefix (`PHÓ CHỦ TỊCH`).
    pub titles: Vec<usize>,
    /// The signer's name.
    pub name: Option<(usize, Span)>,
    /// The column of the closing table the block was written in.
    pub col: u8,
}

/// Where the closing of the main document is: its first and one-past-last line. The main
/// document ends at `end`; lines after it are attachments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Closing {
    pub start: usize,
    pub end: usize,
}

/// The regulation's prefixes, and the forms clerks type for them (a missing full stop, a
/// colon, dots between the letters): (written form, prefix, whether it is the right form).
const FORMS: &[(&str, Prefix, bool)] = &[
    ("TUQ.", Prefix::Tuq, true),
    ("TM.", Prefix::Tm, true),
    ("KT.", Prefix::Kt, true),
    ("TL.", Prefix::Tl, true),
    ("Q.", Prefix::Q, true),
    ("T/M", Prefix::PartyTm, true),
    ("K/T", Prefix::PartyKt, true),
    ("T/L", Prefix::PartyTl, true),
    ("T.M.", Prefix::Tm, false),
    ("K.T.", Prefix::Kt, false),
    ("T.L.", Prefix::Tl, false),
    ("TM:", Prefix::Tm, false),
    ("KT:", Prefix::Kt, false),
    ("TL:", Prefix::Tl, false),
    ("TUQ:", Prefix::Tuq, false),
    ("TUQ", Prefix::Tuq, false),
    ("TM", Prefix::Tm, false),
    ("KT", Prefix::Kt, false),
    ("TL", Prefix::Tl, false),
];

/// Recognises a signing prefix at the start of a line: a prefix, then a title in capitals.
pub fn authority_of(text: &str, line: usize, content: Span) -> Option<Authority> {
    let c = &text[content.start..content.end];
    for (form, prefix, right) in FORMS {
        let Some(rest) = c.strip_prefix(form) else {
            continue;
        };
        // a form without its mark must be followed by a space ("KT CHỦ TỊCH"), not by more
        // letters ("TMĐT")
        if !right && !form.ends_with(['.', ':']) && !rest.starts_with(' ') {
            continue;
        }
        let title = rest.trim_start();
        if title.is_empty() || !is_upper(title) || title.starts_with(['.', ':', '/']) {
            continue;
        }
        let off = c.len() - title.len();
        let prefix_span = Span::new(content.start, content.start + form.len());
        return Some(Authority {
            line,
            prefix: *prefix,
            prefix_span,
            title: Span::new(content.start + off, content.end),
            malformed: (!right).then_some(prefix_span),
        });
    }
    None
}

/// Military and police ranks written before a signer's name (allowed by Nghị định 30).
const RANKS: crate::packed::Words = crate::packed::words![
    "Đại tướng",
    "Thượng tướng",
    "Trung tướng",
    "Thiếu tướng",
    "Đại tá",
    "Thượng tá",
    "Trung tá",
    "Thiếu tá",
    "Đại úy",
    "Đại uý",
    "Thượng úy",
    "Thượng uý",
    "Trung úy",
    "Trung uý",
    "Thiếu úy",
    "Thiếu uý",
];

/// A military or police rank alone on its line ("Thượng tá"): the name was to follow it.
fn is_rank(c: &str) -> bool {
    RANKS.contains(c.trim())
}

/// A signer's name: two to six words, each capitalised then lower case, no digits or marks.
/// An academic title (`TS.`, `ThS.`) or a military rank may come first.
pub fn is_name(c: &str) -> bool {
    let c = RANKS
        .iter()
        .find_map(|r| c.strip_prefix(r).and_then(|rest| rest.strip_prefix(' ')))
        .unwrap_or(c);
    let all: Vec<&str> = c.split_whitespace().collect();
    let mut words = &all[..];
    while words
        .first()
        .is_some_and(|w| w.ends_with('.') && w.len() <= 8)
    {
        words = &words[1..];
    }
    // one capitalised word: "Thuận"
    let capitalised = |w: &str| {
        let mut ch = w.chars();
        ch.next()
            .is_some_and(crate::vietnamese::case::is_upper_letter)
            && ch.all(|c| {
                crate::vietnamese::case::is_lower_letter(c) && crate::vietnamese::case::is_letter(c)
            })
    };
    (2..=6).contains(&words.len())
        && words.iter().all(|w| {
            // the Central Highlands' names join a short prefix with an apostrophe: "K'Brèl",
            // "H'Hen", "Ka'Sa" (held-out batch 48)
            capitalised(w)
                || w.split_once(['\'', '’']).is_some_and(|(prefix, rest)| {
                    prefix.chars().count() <= 2
                        && capitalised(prefix)
                        && (capitalised(rest)
                            || rest.chars().all(crate::vietnamese::case::is_lower_letter))
                        && !rest.is_empty()
                })
        })
}

/// A title line of a signature: short, in capitals, letters only.
fn is_title_line(c: &str) -> bool {
    is_upper(c)
        && c.split_whitespace().count() <= 10
        && !c.ends_with(';')
        && !c.ends_with(',')
        && c.chars().all(|ch| {
            crate::vietnamese::case::is_letter(ch) || ch.is_whitespace() || "-,.()".contains(ch)
        })
}

/// The titles that head a signature block (folded, first words): a line in capitals starting
/// with one of them, right before a name, starts a closing that has no prefix and no
/// recipients (a chairman's own decision signed `CHỦ TỊCH`, a biên bản signed `THƯ KÝ`).
const HEAD_TITLES: crate::packed::Words = crate::packed::words![
    "chu tich",
    "pho chu tich",
    "bi thu",
    "pho bi thu",
    "giam doc",
    "pho giam doc",
    "tong giam doc",
    "truong ban",
    "pho truong ban",
    "chanh van phong",
    "pho chanh van phong",
    "bo truong",
    "thu truong",
    "thu tuong",
    "pho thu tuong",
    "truong phong",
    "pho truong phong",
    "cuc truong",
    "chu nhiem",
    "pho chu nhiem",
    "hieu truong",
    "vien truong",
    "thu ky",
    "chu toa",
    "chu tri",
    "nguoi ghi bien ban",
    "to truong",
    "truong doan",
    "chu tich hoi dong",
    "uy vien",
    "dai dien",
];

fn is_head_title(c: &str) -> bool {
    if !is_title_line(c) {
        return false;
    }
    let f = fold(c);
    HEAD_TITLES
        .iter()
        .any(|t| f == *t || f.strip_prefix(t).is_some_and(|r| r.starts_with(' ')))
}

/// A note in the signature block: "(Đã ký)", "(Ký, đóng dấu)", "(Ký và ghi rõ họ tên)".
fn is_signature_note(c: &str) -> bool {
    // cheap test first
    if !(c.starts_with('(') || c.len() <= "Đã ký".len()) {
        return false;
    }
    let f = fold(c);
    (f.starts_with('(') && f.ends_with(')') && (f.contains("ky") || f.contains("dau")))
        || f == "da ky"
}

fn is_heading(c: &str) -> bool {
    // cheap test first: this runs on every line of the body
    c.starts_with(['N', 'n'])
        && (c.len() <= 24 || inline_entry(c).is_some())
        && crate::vietnamese::fold::fold_prefix(c, 8) == "noi nhan"
}

/// The first entry typed on the heading's line ("Nơi nhận: - Lưu: VT."): where it starts in
/// the line, after the colon and the spaces.
fn inline_entry(c: &str) -> Option<usize> {
    let colon = c.find(':').filter(|&i| i <= "Nơi nhận".len() + 2)?;
    let rest = &c[colon + 1..];
    let entry = rest.trim_start();
    starts_with_dash(entry).then_some(c.len() - entry.len())
}

fn starts_with_dash(c: &str) -> bool {
    c.starts_with(['-', '–', '+', '•', '—'])
}

fn recipient(text: &str, line: usize, content: Span) -> Recipient {
    let c = &text[content.start..content.end];
    let mut dash = None;
    let mut s = content.start;
    if let Some(ch) = c
        .chars()
        .next()
        .filter(|ch| matches!(ch, '-' | '–' | '+' | '•' | '—'))
    {
        dash = Some(Span::new(s, s + ch.len_utf8()));
        s += ch.len_utf8();
        while text[s..content.end].starts_with(char::is_whitespace) {
            s += text[s..].chars().next().unwrap().len_utf8();
        }
    }
    let body = &text[s..content.end];
    let head = crate::vietnamese::fold::fold_prefix(body, 4);
    let archive = head == "luu" || head.starts_with("luu ") || head.starts_with("luu:");
    let mut r = Recipient {
        line,
        last_line: line,
        dash,
        text: Span::new(s, content.end),
        end_mark: None,
        archive,
    };
    set_end_mark(text, &mut r);
    r
}

fn set_end_mark(text: &str, r: &mut Recipient) {
    r.end_mark = text[r.text.start..r.text.end]
        .chars()
        .next_back()
        .filter(|ch| matches!(ch, ';' | '.' | ','))
        .map(|ch| (ch, Span::new(r.text.end - ch.len_utf8(), r.text.end)));
}

/// Whether a line without a dash continues the entry above rather than starting one: it goes
/// on in lower case, or the entry above is not finished (no `;` or `.`, or a `,` inside a list
/// of bodies, as "- Ủy ban Kiểm tra, Ban xây dựng Đảng," / "VP Đảng ủy;").
fn continues(text: &str, previous: &Recipient, c: &str) -> bool {
    if previous.archive && previous.end_mark.is_some_and(|(m, _)| m == '.') {
        return false;
    }
    crate::vietnamese::starts_lower(c)
        || match previous.end_mark {
            None => true,
            Some((',', _)) => {
                // a Party list ends its entries with ","; a continuation then ends the entry
                // the way entries end, and is no body name of its own. A list opened by a
                // colon ("- UBND các xã, phường: Sông Trí, Hải Ninh,") runs on until its ";".
                // An entry that is itself a list of bodies ("- Chi hội Nông dân, Chi hội Phụ
                // nữ,") runs on too: the wrapped line goes on with the list.
                let above = &text[previous.text.start..previous.text.end];
                let above = above.trim_end_matches(',');
                above.contains(':')
                    || above.contains(',')
                    || (!above.is_empty() && !c.ends_with(','))
            }
            Some(_) => false,
        }
}

/// What a line of the closing is.
enum Kind {
    Heading,
    Authority(Authority),
    Note,
    Title,
    Name,
    Dash,
    Other,
}

fn kind(text: &str, i: usize, line: &Line) -> Kind {
    let c = &text[line.content.start..line.content.end];
    if is_heading(c) {
        Kind::Heading
    } else if let Some(a) = authority_of(text, i, line.content) {
        Kind::Authority(a)
    } else if starts_with_dash(c) {
        Kind::Dash
    } else if is_signature_note(c) || is_rank(c) {
        // (a rank typed alone on its line, the name under it: "Thượng tá" / "Lê Văn Hùng")
        Kind::Note
    } else if is_title_line(c) {
        Kind::Title
    } else if is_name(c) {
        Kind::Name
    } else {
        Kind::Other
    }
}

/// Where the closing starts: the first `Nơi nhận:` heading after the body, or the first
/// signature block (a prefix line, or a head title in capitals with a name within the next
/// lines) if that comes first.
fn closing_start(text: &str, lines: &[Line], from: usize) -> Option<usize> {
    let content = |i: usize| &text[lines[i].content.start..lines[i].content.end];
    let non_blank: Vec<usize> = (from..lines.len())
        .filter(|&i| !lines[i].is_blank())
        .collect();
    for (k, &i) in non_blank.iter().enumerate() {
        let c = content(i);
        if is_heading(c) {
            return Some(i);
        }
        let prefix = authority_of(text, i, lines[i].content).is_some();
        // the authority that issues a decision stands above its bases, not under its text:
        // "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …" then "Căn cứ …" or "QUYẾT ĐỊNH:"
        let authority = || {
            non_blank.get(k + 1).is_some_and(|&j| {
                let f = crate::vietnamese::fold::fold_prefix(content(j), 14);
                super::body::is_basis(content(j))
                    || ["xet ", "theo de nghi", "quyet dinh:", "quyet nghi:"]
                        .iter()
                        .any(|w| f.starts_with(w))
            })
        };
        let title = !prefix && is_head_title(c) && !authority();
        if prefix || title {
            // a name (or a note) must follow within a few lines, titles and recipient lines
            // (the other column) in between
            let signed = non_blank[k + 1..].iter().take(8).any(|&j| {
                let c = content(j);
                is_name(c) || is_signature_note(c) || is_heading(c)
            });
            if signed || (prefix && k + 1 == non_blank.len()) {
                // a joint text's blocks side by side, the first a head signing in its own
                // right ("TRƯỞNG CÔNG AN XÃ⇥TM. BAN CHẤP HÀNH HỘI LHPN XÃ"): the row's
                // cells before the prefix are the closing's too
                let mut first = i;
                while first > from
                    && lines[first - 1].row == lines[i].row
                    && is_title_line(content(first - 1))
                {
                    first -= 1;
                }
                return Some(first);
            }
        }
    }
    None
}

/// The most signers a joint text is read with, one under another (a joint resolution of
/// a commune's council, committee and Front has three; seven bodies sign some programmes).
const JOINT_SIGNERS_MAX: usize = 8;

/// Finds the closing after the body (from line `from`): the recipients, the signature blocks
/// and the closing's extent.
pub fn parse(
    text: &str,
    lines: &[Line],
    from: usize,
) -> (Option<Recipients>, Vec<Signature>, Option<Closing>) {
    let Some(start) = closing_start(text, lines, from) else {
        return (None, Vec::new(), None);
    };
    let mut recipients: Option<Recipients> = None;
    // signature blocks by column
    let mut blocks: Vec<Signature> = Vec::new();
    let mut end = start;
    let mut archive_done = false;
    // (the column's latest block: a joint text's signers may stand one under another)
    let block_for = |blocks: &mut Vec<Signature>, col: u8| -> usize {
        match blocks.iter().rposition(|b| b.col == col) {
            Some(k) => k,
            None => {
                blocks.push(Signature {
                    col,
                    ..Signature::default()
                });
                blocks.len() - 1
            }
        }
    };
    // a block has its signer's name (kept, not searched: a joint text may stack many blocks)
    let mut signed = false;
    // the block of the latest signer opened under another's name (see `next_signer` below)
    let mut next_signer_from: Option<usize> = None;
    for (i, line) in lines.iter().enumerate().skip(start) {
        if line.is_blank() {
            continue;
        }
        let c = &text[line.content.start..line.content.end];
        // the file's path, a Word field under the archive line ("D\2017\CVUB\uy quyen CDDH",
        // a real province's letter), is no part of the closing's blocks
        if c.bytes().filter(|&b| b == b'\\').count() >= 2 {
            continue;
        }
        // once signed and the recipients are complete, the main document is over
        let recipients_open = recipients.is_some() && !archive_done;
        // an annex or a form starts: whatever is unfinished, the closing is over ("PHỤ LỤC"
        // under a block whose name was left out is no title of the signer)
        // (an annex's title in capitals is known by the "(Kèm theo …)" line under it: "ĐỀ
        // CƯƠNG" / "Báo cáo …" / "(Kèm theo Công văn số …)")
        // (the signer's title right under the authority, the name left out, is the block's,
        // whatever title and "(Kèm theo …)" line follow after a blank: "TM. BAN THƯỜNG VỤ" /
        // "CHỦ TỊCH" / "" / "Mẫu danh sách hội viên", held-out batch 59)
        let title_under_authority = || {
            is_head_title(c)
                && blocks.iter().any(|b| {
                    b.col == line.col
                        && b.name.is_none()
                        && b.titles.is_empty()
                        && b.authorities.last().is_some_and(|a| {
                            (a.line + 1..i).all(|j| lines[j].col != line.col || lines[j].is_blank())
                                && lines.get(i + 1).is_some_and(Line::is_blank)
                        })
                })
        };
        if (signed || recipients_open || !blocks.is_empty())
            && (super::attachment::is_start(c)
                || super::attachment::titles_an_attachment(text, lines, i)
                    && !title_under_authority())
        {
            break;
        }
        // the national title or the motto heads another text: it is no recipient, and a row
        // that has it in another cell ("ỦY BAN NHÂN DÂN⇥CỘNG HÒA …", an attached Quy chế's
        // header) is no title of a signer whose name was left out
        let row_is_header = || {
            (i.saturating_sub(3)..(i + 4).min(lines.len())).any(|j| {
                let t = &text[lines[j].content.start..lines[j].content.end];
                lines[j].row == line.row
                    && (super::header::is_national_title(t)
                        || super::header::is_motto(t)
                        // a Party text's: "ĐẢNG BỘ TỈNH …⇥ĐẢNG CỘNG SẢN VIỆT NAM"; an
                        // association's: "BCH HỘI NÔNG DÂN TỈNH …⇥HỘI NÔNG DÂN VIỆT NAM"
                        || super::header::is_org_or_party_title(t))
            })
        };
        // (or in lines, the issuer over the national title: "ỦY BAN NHÂN DÂN" / "XÃ …" /
        // "CỘNG HÒA …", held-out batch 72)
        let header_below = || {
            lines[i + 1..]
                .iter()
                .take(3)
                .take_while(|l| !l.is_blank())
                .any(|l| {
                    let t = &text[l.content.start..l.content.end];
                    super::header::is_national_title(t)
                        || super::header::is_motto(t)
                        // (an association's list: "BCH HỘI NÔNG DÂN TỈNH …" / "HỘI NÔNG DÂN
                        // VIỆT NAM", held-out batch 80)
                        || super::header::is_org_or_party_title(t)
                })
        };
        // (the line an issuer's, in capitals: the signer's name right above such a header is
        // still the block's, review of this session)
        if (recipients.is_some() || !blocks.is_empty())
            && (row_is_header() || crate::vietnamese::is_upper(c) && header_below())
        {
            break;
        }
        // the next signer of a joint text, under the first one's name: its own block (a
        // converted table's cells, one after another: "TM. THƯỜNG TRỰC HĐND" / "CHỦ TỊCH" /
        // name / "TM. ỦY BAN NHÂN DÂN" / …, held-out batch 62)
        let line_kind = kind(text, i, line);
        // (a joint text has a few signers: a run of blocks past that is no closing, and each
        // block costs the rules that read them all)
        let next_signer = matches!(line_kind, Kind::Authority(_))
            && blocks.len() < JOINT_SIGNERS_MAX
            && blocks
                .iter()
                .rev()
                .find(|b| b.col == line.col)
                .is_some_and(|b| b.name.is_some() && !b.authorities.is_empty());
        // (and its lines up to its name)
        let next_signer_open = next_signer_from.is_some_and(|k| {
            blocks
                .get(k)
                .is_some_and(|b| b.name.is_none() && b.col == line.col)
        });
        if signed && !recipients_open {
            // a signature line of another column on the same row still belongs here
            let same_row = lines[end.saturating_sub(1)].row == line.row;
            if !same_row && !is_heading(c) && !next_signer && !next_signer_open {
                break;
            }
        }
        match line_kind {
            Kind::Heading if recipients.is_none() => {
                let c = &text[line.content.start..line.content.end];
                let (heading_span, entries) = match inline_entry(c) {
                    Some(at) => {
                        let entry = Span::new(line.content.start + at, line.content.end);
                        let r = recipient(text, i, entry);
                        archive_done |= r.archive;
                        let colon = line.content.start + c[..at].trim_end().len();
                        (Span::new(line.content.start, colon), vec![r])
                    }
                    None => (line.content, Vec::new()),
                };
                recipients = Some(Recipients {
                    heading: i,
                    heading_span,
                    entries,
                });
            }
            Kind::Heading => break,
            Kind::Authority(a) => {
                if next_signer {
                    next_signer_from = Some(blocks.len());
                    blocks.push(Signature {
                        col: line.col,
                        ..Signature::default()
                    });
                }
                let b = block_for(&mut blocks, line.col);
                blocks[b].lines.push(i);
                blocks[b].authorities.push(a);
            }
            Kind::Note => {
                let b = block_for(&mut blocks, line.col);
                blocks[b].lines.push(i);
            }
            Kind::Dash if recipients.is_some() && !archive_done => {
                let r = recipient(text, i, line.content);
                archive_done |= r.archive;
                recipients.as_mut().unwrap().entries.push(r);
            }
            Kind::Title
                if !recipients_open
                    || line.col > 0
                    || blocks
                        .iter()
                        .any(|b| !b.lines.is_empty() && b.name.is_none()) =>
            {
                let b = block_for(&mut blocks, line.col);
                // a body's name wrapped under its prefix ("TM. ỦY BAN" / "NHÂN DÂN" / "PHÓ
                // CHỦ TỊCH", a narrow column): the rest of the prefix's line, not a title
                let after_collective = blocks[b].lines.last().is_some_and(|&l| {
                    blocks[b]
                        .authorities
                        .last()
                        .is_some_and(|a| a.line == l && a.prefix.is_collective())
                });
                let head_next = lines[i + 1..]
                    .iter()
                    .find(|l| !l.is_blank())
                    .is_some_and(|l| is_head_title(&text[l.content.start..l.content.end]));
                blocks[b].lines.push(i);
                if !(after_collective && !is_head_title(c) && head_next) {
                    blocks[b].titles.push(i);
                }
            }
            Kind::Name
                if !recipients_open
                    || line.col > 0
                    || blocks
                        .iter()
                        .any(|b| !b.lines.is_empty() && b.name.is_none()) =>
            {
                let b = block_for(&mut blocks, line.col);
                if blocks[b].name.is_some() {
                    // a second name in the column: the next signer (rare), not ours
                    break;
                }
                blocks[b].lines.push(i);
                blocks[b].name = Some((i, line.content));
                signed = true;
            }
            _ if recipients_open => {
                // inside the recipients: an entry without its dash, or the wrapped end of
                // the entry above
                let list = &mut recipients.as_mut().unwrap().entries;
                match list.last_mut() {
                    Some(prev) if continues(text, prev, c) => {
                        prev.last_line = i;
                        prev.text.end = line.content.end;
                        set_end_mark(text, prev);
                        archive_done |= prev.archive && prev.end_mark.is_some();
                    }
                    _ => {
                        let r = recipient(text, i, line.content);
                        archive_done |= r.archive;
                        list.push(r);
                    }
                }
            }
            _ => break,
        }
        end = i + 1;
    }
    blocks.retain(|b| !b.lines.is_empty());
    // one block per column only when signatures sit side by side on a row (a biên bản's
    // THƯ KÝ ⇥ CHỦ TRÌ); a prefix indented with a tab is still one signer's block
    let side_by_side = blocks.iter().any(|a| {
        blocks.iter().any(|b| {
            a.col != b.col
                && a.lines
                    .iter()
                    .any(|&i| b.lines.iter().any(|&j| lines[i].row == lines[j].row))
        })
    });
    // (signers one under another, each its own prefix and name, stay apart)
    let one_under_another = next_signer_from.is_some();
    if !side_by_side && !one_under_another && blocks.len() > 1 {
        let mut merged = Signature::default();
        for b in std::mem::take(&mut blocks) {
            merged.lines.extend(b.lines);
            merged.authorities.extend(b.authorities);
            merged.titles.extend(b.titles);
            if merged.name.is_none() {
                merged.name = b.name;
            }
        }
        // one sort for the crate (see crate::sort): each std sort instantiation costs KBs of
        // WebAssembly
        crate::sort::by_key(&mut merged.lines, |&l| l as u64);
        crate::sort::by_key(&mut merged.titles, |&l| l as u64);
        crate::sort::by_key(&mut merged.authorities, |a| a.line as u64);
        blocks.push(merged);
    }
    // a lone title line with neither a prefix nor a name is no signature
    blocks.retain(|b| !b.authorities.is_empty() || b.name.is_some() || !b.titles.is_empty());
    (recipients, blocks, Some(Closing { start, end }))
}

/// The signature block the rules judge: the last one with a prefix (a biên bản's chair, a
/// document signed on behalf of a body), else the last one with a name, else the first. Of
/// joint signers one under another (see [`stacked`]), the first: the lead issuer's.
pub fn primary(blocks: &[Signature]) -> Option<&Signature> {
    if stacked(blocks) {
        return blocks.iter().find(|b| !b.authorities.is_empty());
    }
    blocks
        .iter()
        .rev()
        .find(|b| !b.authorities.is_empty())
        .or_else(|| blocks.iter().rev().find(|b| b.name.is_some()))
        .or_else(|| blocks.first())
}

/// Whether the blocks are joint signers one under another: two blocks of one column (a
/// converted table's cells, read one after another by `parse`).
pub fn stacked(blocks: &[Signature]) -> bool {
    blocks
        .iter()
        .enumerate()
        .any(|(k, a)| blocks[..k].iter().any(|b| b.col == a.col))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_text(text: &str) -> (Option<Recipients>, Vec<Signature>, Option<Closing>) {
        let (lines, _) = super::super::lines::scan(text, false);
        parse(text, &lines, 0)
    }

    #[test]
    fn an_entry_names_the_articles_after_nhu_dieu() {
        let numbers = |entry: &str| {
            let text = format!("Nơi nhận:\n{entry}\n- Lưu: VT.\n");
            let (lines, _) = super::super::lines::scan(&text, false);
            let (recipients, _, _) = parse(&text, &lines, 0);
            let e = recipients.unwrap().entries[0].clone();
            e.as_articles(&text)
                .into_iter()
                .map(|(n, span)| {
                    assert_eq!(
                        text[span.start..span.end],
                        n.to_string(),
                        "the span is the number"
                    );
                    n
                })
                .collect::<Vec<u32>>()
        };
        assert_eq!(numbers("- Như Điều 3;"), [3]);
        assert_eq!(numbers("- Như điều 3 (để thực hiện);"), [3]);
        assert_eq!(numbers("- Như Điều 1, 3;"), [1, 3]);
        assert_eq!(numbers("- Như Điều 1,3;"), [1, 3]);
        assert_eq!(numbers("- Như Điều 1,\n3;"), [1, 3]);
        assert_eq!(numbers("- Như các Điều 2 và 3;"), [2, 3]);
        assert_eq!(numbers("- Như Điều 2, Điều 4."), [2, 4]);
        assert_eq!(numbers("- NHƯ ĐIỀU 2;"), [2]);
        assert_eq!(numbers("- Như Điều 3 Quyết định số 12/QĐ-UBND;"), [3]);
        assert!(numbers("- Như trên;").is_empty());
        assert!(numbers("- Như Điều;").is_empty());
        assert!(numbers("- Sở Y tế (Điều 3);").is_empty());
    }

    #[test]
    fn an_addressee_listing_bodies_runs_on_over_a_capitalised_line() {
        let text = "Kính gửi:\n- Công an tỉnh Khánh Hòa;\n- Ủy ban nhân dân các phường: Nha Trang, Tây Nha Trang,\nNam Nha Trang và xã Diên Khánh.\nThực hiện Kế hoạch số 52/KH-THADS, đề nghị các cơ quan phối hợp.\n";
        let (lines, _) = super::super::lines::scan(text, false);
        let a = addressees(text, &lines, 0, lines.len(), false).unwrap();
        assert_eq!(a.entries.len(), 2);
        assert_eq!(a.entries[1].last_line, 3, "the wrapped entry is one entry");
        assert_eq!(a.entries[1].end_mark.map(|m| m.0), Some('.'));
        // ... and after an unfinished entry, over a line of names alone (held-out batch 46)
        let text = "Kính gửi:\n- Công an tỉnh;\n- Các tổ dân phố trên địa bàn các phường\nCẩm Thành, Nghĩa Lộ và Trương Quang Trọng.\nThực hiện Kế hoạch số 52/KH-CTN, đề nghị.\n";
        let (lines, _) = super::super::lines::scan(text, false);
        let a = addressees(text, &lines, 0, lines.len(), false).unwrap();
        assert_eq!(a.entries.len(), 2);
        assert_eq!(a.entries[1].last_line, 3, "the wrapped entry is one entry");
        // ... and over a bracketed note (held-out batch 53)
        let text = "Kính gửi:\n- Thuế cơ sở 5;\n- Các hộ kinh doanh còn nợ thuế trên địa bàn xã\n(theo danh sách kèm theo).\n\nThực hiện Luật Quản lý thuế, đề nghị.\n";
        let (lines, _) = super::super::lines::scan(text, false);
        let a = addressees(text, &lines, 0, lines.len(), false).unwrap();
        assert_eq!(a.entries.len(), 2);
        assert_eq!(a.entries[1].last_line, 3, "the note is the entry's");
        assert_eq!(a.entries[1].end_mark.map(|m| m.0), Some('.'));
        // the body after a finished entry, or after one with no mark, is no addressee
        for text in [
            "Kính gửi:\n- Sở Y tế;\n- Sở Tài chính.\nThực hiện Công văn số 12/UBND-KT, đề nghị.\n",
            "Kính gửi:\n- Sở Y tế;\n- Sở Tài chính\nThực hiện Công văn số 12/UBND-KT, đề nghị.\n",
        ] {
            let (lines, _) = super::super::lines::scan(text, false);
            let a = addressees(text, &lines, 0, lines.len(), false).unwrap();
            assert_eq!(a.entries[1].last_line, 2, "{text}");
        }
    }

    /// The first entry typed on the heading's line (a property test's find: "Nơi nhận: - Lưu
    /// VP." was one heading missing its colon, and with two spaces no heading at all).
    #[test]
    fn an_entry_on_the_headings_line() {
        for text in [
            "Nơi nhận: - Như trên;\n- Lưu: VT.\n",
            "Nơi nhận:  - Như trên;\n- Lưu: VT.\n",
        ] {
            let (r, _, _) = parse_text(text);
            let r = r.expect(text);
            assert_eq!(&text[r.heading_span.start..r.heading_span.end], "Nơi nhận:");
            assert_eq!(r.entries.len(), 2, "{text}");
            assert!(r.entries[1].archive);
        }
        // a long line that only starts so is no heading
        let (r, _, _) = parse_text("Nơi nhận hồ sơ: bộ phận một cửa của Ủy ban nhân dân xã.\n");
        assert!(r.is_none());
    }

    #[test]
    fn names() {
        assert!(is_name("Nguyễn Văn Lương"));
        assert!(is_name("TS. Nguyễn Văn An"));
        assert!(is_name("Đại tá Phạm Văn An"));
        assert!(!is_name("PHÓ CHỦ TỊCH"));
        assert!(!is_name("Ban Thường trực"));
        assert!(!is_name("Trần"));
        // held-out batch 48: a name of the Central Highlands
        assert!(is_name("K'Brèl Ha Thuận"));
        assert!(is_name("H’Hen Niê"));
        assert!(!is_name("K'BRÈL HA THUẬN"));
        assert!(!is_name("L'Hôpital's Rule"));
    }

    #[test]
    fn authorities() {
        let s = "KT. CHỦ TỊCH";
        let a = authority_of(s, 0, Span::new(0, s.len())).unwrap();
        assert_eq!(a.prefix, Prefix::Kt);
        assert_eq!(&s[a.title.start..a.title.end], "CHỦ TỊCH");
        assert!(a.malformed.is_none());
        let s = "T/M BAN THƯỜNG VỤ";
        assert_eq!(
            authority_of(s, 0, Span::new(0, s.len())).unwrap().prefix,
            Prefix::PartyTm
        );
        let s = "Q. Nguyễn";
        assert!(authority_of(s, 0, Span::new(0, s.len())).is_none());
        let s = "KT CHỦ TỊCH";
        let a = authority_of(s, 0, Span::new(0, s.len())).unwrap();
        assert_eq!((a.prefix, a.malformed), (Prefix::Kt, Some(Span::new(0, 2))));
        let s = "TMĐT";
        assert!(authority_of(s, 0, Span::new(0, s.len())).is_none());
    }

    #[test]
    fn cells_of_the_closing_table_and_an_annex_after_it() {
        let text = "Nội dung./.\nNơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Như trên;\tCHỦ TỊCH\n- Các sở, ban, ngành\ntỉnh;\n- Lưu: VT, KT.\n\n\tĐinh Công Minh\n\nPHỤ LỤC\nNơi nhận: …\n";
        let (r, s, c) = parse_text(text);
        let r = r.unwrap();
        assert_eq!(r.entries.len(), 3);
        assert_eq!(r.entries[1].line, 5);
        assert_eq!(r.entries[1].last_line, 6, "the wrapped entry is one entry");
        assert_eq!(r.entries[1].end_mark.map(|m| m.0), Some(';'));
        assert!(r.entries[2].archive);
        assert_eq!(s.len(), 1);
        assert!(s[0].name.is_some());
        assert_eq!(s[0].authorities.len(), 1);
        let c = c.unwrap();
        // the annex (and its own "Nơi nhận") is not the closing
        let (lines, _) = super::super::lines::scan(text, false);
        assert!(lines[c.end..]
            .iter()
            .any(|l| &text[l.content.start..l.content.end] == "PHỤ LỤC"));
    }

    /// A list opened by a colon runs over lines ending with ","; a block whose name was left
    /// out stops at the annex ("PHỤ LỤC" is no title of the signer).
    #[test]
    fn a_colon_list_over_three_lines_and_an_unsigned_block_before_an_annex() {
        let text = "Nội dung./.\nNơi nhận:\tKT. GIÁM ĐỐC\n- Sở Y tế (để b/c);\tPHÓ GIÁM ĐỐC\n- UBND các xã, phường: Sông Trí, Hải Ninh,\nHoành Sơn, Vũng Áng, Kỳ Hoa,\nKỳ Văn, Kỳ Lạc;\n- Lưu: VT, KSBT.\n\n\n\nPHỤ LỤC\nSỐ LIỀU VẮC XIN\n";
        let (r, s, c) = parse_text(text);
        let r = r.unwrap();
        assert_eq!(r.entries.len(), 3);
        assert_eq!((r.entries[1].line, r.entries[1].last_line), (5, 7));
        assert_eq!(s.len(), 1);
        assert!(s[0].name.is_none());
        assert_eq!(s[0].titles.len(), 1, "PHỤ LỤC is not the signer's title");
        assert!(c.unwrap().end <= 12);
    }

    #[test]
    fn signature_first_then_recipients_as_party_documents_read() {
        let text = "Chỉ thị này phổ biến đến chi bộ.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Quang Vinh\nNơi nhận:\n- Ban Bí thư Trung ương Đảng (để báo cáo),\n- Các đảng uỷ xã, phường và các đảng uỷ\ntrực thuộc Tỉnh uỷ,\n- Lưu Văn phòng Tỉnh uỷ.\n";
        let (r, s, c) = parse_text(text);
        let r = r.unwrap();
        assert_eq!(r.entries.len(), 3);
        assert_eq!(r.entries[1].end_mark.map(|m| m.0), Some(','));
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].authorities[0].prefix, Prefix::PartyTm);
        assert_eq!(c.unwrap().start, 1);
    }

    #[test]
    fn a_biên_bản_signed_in_two_columns() {
        let text = "Cuộc họp kết thúc lúc 11 giờ.\nTHƯ KÝ\tCHỦ TRÌ\n\nLê Thị Hoa\tTrần Văn Nam\n";
        let (r, s, _) = parse_text(text);
        assert!(r.is_none());
        assert_eq!(s.len(), 2);
        assert!(s.iter().all(|b| b.name.is_some() && b.titles.len() == 1));
    }

    /// A joint plan signed side by side, the police chief in his own right and the union
    /// for its committee (held-out batch 39): both blocks are the closing's, the first
    /// cell of the row included, and the last line of the body is the body's.
    #[test]
    fn a_joint_text_signed_side_by_side() {
        let text = "Trên đây là Kế hoạch liên tịch năm 2026./.\n\nTRƯỞNG CÔNG AN XÃ\tTM. BAN CHẤP HÀNH HỘI LHPN XÃ\n\tCHỦ TỊCH\n\n\nThiếu tá Phan Văn Hùng\tNguyễn Thị Mai\n\nNơi nhận:\n- Công an tỉnh;\n- Lưu: VT.\n";
        let (_, s, c) = parse_text(text);
        assert_eq!(c.unwrap().start, 2);
        assert_eq!(s.len(), 2, "{s:?}");
        assert!(
            s.iter().all(|b| b.name.is_some() && !b.titles.is_empty()),
            "{s:?}"
        );
    }

    /// A joint programme of three bodies whose signature table came out one cell after
    /// another (held-out batch 62): three signers, each with its prefix, title and name.
    #[test]
    fn joint_signers_one_under_another() {
        let text = "Chương trình có hiệu lực kể từ ngày ký./.\n\nNơi nhận:\n- Đảng ủy phường;\n- Lưu: VT.\nTM. THƯỜNG TRỰC HĐND\nCHỦ TỊCH\nLê Văn Phước\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Minh Hải\nT/M BAN THƯỜNG TRỰC\nCHỦ TỊCH\nNguyễn Thị Ngọc Lan\n";
        let (r, s, c) = parse_text(text);
        assert_eq!(r.unwrap().entries.len(), 2);
        assert_eq!(s.len(), 3, "{s:?}");
        assert!(s
            .iter()
            .all(|b| b.name.is_some() && b.titles.len() == 1 && b.authorities.len() == 1));
        assert_eq!(s[2].authorities[0].prefix, Prefix::PartyTm);
        assert_eq!(c.unwrap().end, 14);
        // one signer: a line under the name that is no prefix ends the closing
        let (_, s, c) = parse_text(&text.replace("TM. ỦY BAN NHÂN DÂN\n", "Phụ trách chung\n"));
        assert_eq!(s.len(), 1, "{s:?}");
        assert_eq!(c.unwrap().end, 8);
    }
}
