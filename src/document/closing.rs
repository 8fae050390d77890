//! The end of a document: the recipients block (`Nơi nhận:`) and the signature block. A
//! converted document flattens the two columns, so the signature lines may sit between the
//! recipients (seed 001 puts `TM. BAN THƯỜNG TRỰC` right after `Nơi nhận:`).

use super::{Line, Span};
use crate::vietnamese::{fold, is_upper};

/// One line of the recipients block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    pub line: usize,
    /// The dash (`-`, `–`, `+`), if written.
    pub dash: Option<Span>,
    /// The text after the dash, up to and including the final punctuation.
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

impl Recipients {
    pub fn archive(&self) -> Option<&Recipient> {
        self.entries.iter().rev().find(|r| r.archive)
    }
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
}

/// `KT. CHỦ TỊCH`: the prefix and the title written after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Authority {
    pub line: usize,
    pub prefix: Prefix,
    pub prefix_span: Span,
    /// The body or title after the prefix.
    pub title: Span,
}

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
}

/// Recognises a signing prefix at the start of a line.
pub fn authority_of(text: &str, line: usize, content: Span) -> Option<Authority> {
    let c = &text[content.start..content.end];
    const FORMS: &[(&str, Prefix)] = &[
        ("TUQ.", Prefix::Tuq),
        ("TM.", Prefix::Tm),
        ("KT.", Prefix::Kt),
        ("TL.", Prefix::Tl),
        ("Q.", Prefix::Q),
        ("T/M", Prefix::PartyTm),
        ("K/T", Prefix::PartyKt),
        ("T/L", Prefix::PartyTl),
    ];
    for (form, prefix) in FORMS {
        if let Some(rest) = c.strip_prefix(form) {
            let title = rest.trim_start();
            if title.is_empty() || !is_upper(title) {
                continue;
            }
            let off = c.len() - title.len();
            return Some(Authority {
                line,
                prefix: *prefix,
                prefix_span: Span::new(content.start, content.start + form.len()),
                title: Span::new(content.start + off, content.end),
            });
        }
    }
    None
}

/// A signer's name: two to six words, each capitalised then lower case, no digits or marks.
/// An academic title (`TS.`, `ThS.`) may come first.
pub fn is_name(c: &str) -> bool {
    let mut words: Vec<&str> = c.split_whitespace().collect();
    while words
        .first()
        .is_some_and(|w| w.ends_with('.') && w.len() <= 8)
    {
        words.remove(0);
    }
    (2..=6).contains(&words.len())
        && words.iter().all(|w| {
            let mut ch = w.chars();
            ch.next().is_some_and(|f| f.is_uppercase())
                && ch.all(|c| c.is_lowercase() && c.is_alphabetic())
        })
}

fn is_title_line(c: &str) -> bool {
    is_upper(c)
        && c.split_whitespace().count() <= 10
        && !c.ends_with(';')
        && !c.ends_with(',')
        && c.chars()
            .all(|ch| ch.is_alphabetic() || ch.is_whitespace() || "-,.()".contains(ch))
}

fn is_signature_note(c: &str) -> bool {
    // cheap test first: every line after "Nơi nhận" comes here
    if !(c.starts_with('(') || c.len() <= "Đã ký".len()) {
        return false;
    }
    let f = fold(c);
    (f.starts_with('(') && f.ends_with(')') && (f.contains("ky") || f.contains("dau")))
        || f == "da ky"
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
    let end_mark = body
        .chars()
        .next_back()
        .filter(|ch| matches!(ch, ';' | '.' | ','))
        .map(|ch| (ch, Span::new(content.end - ch.len_utf8(), content.end)));
    let head = crate::vietnamese::fold::fold_prefix(body, 4);
    let archive = head == "luu" || head.starts_with("luu ") || head.starts_with("luu:");
    Recipient {
        line,
        dash,
        text: Span::new(s, content.end),
        end_mark,
        archive,
    }
}

/// Finds the recipients block and the signature block after the body (from line `from`).
/// Returns them and the line where the body ends.
pub fn parse(
    text: &str,
    lines: &[Line],
    from: usize,
) -> (Option<Recipients>, Option<Signature>, usize) {
    let content = |i: usize| &text[lines[i].content.start..lines[i].content.end];
    let heading = (from..lines.len()).find(|&i| {
        let c = content(i);
        // cheap test first: this runs on every line of the body
        c.len() <= 24 && c.starts_with(['N', 'n']) && {
            let f = fold(c);
            f.starts_with("noi nhan")
        }
    });
    let mut sig = Signature::default();
    let mut recipients = None;
    let body_end;
    if let Some(h) = heading {
        body_end = h;
        let mut entries = Vec::new();
        for (i, line) in lines.iter().enumerate().skip(h + 1) {
            if line.is_blank() {
                continue;
            }
            let c = content(i);
            let span = lines[i].content;
            if let Some(a) = authority_of(text, i, span) {
                sig.lines.push(i);
                sig.authorities.push(a);
            } else if c.starts_with(['-', '–', '+', '•', '—']) {
                entries.push(recipient(text, i, span));
            } else if is_signature_note(c) {
                sig.lines.push(i);
            } else if is_title_line(c) {
                sig.lines.push(i);
                sig.titles.push(i);
            } else if is_name(c) && (!sig.authorities.is_empty() || !sig.titles.is_empty()) {
                sig.lines.push(i);
                sig.name = Some((i, span));
            } else if sig.lines.is_empty() {
                // a recipient written without its dash
                entries.push(recipient(text, i, span));
            } else if is_name(c) {
                sig.lines.push(i);
                sig.name = Some((i, span));
            }
        }
        recipients = Some(Recipients {
            heading: h,
            heading_span: lines[h].content,
            entries,
        });
    } else {
        // no recipients: the signature is the run of signature-like lines at the very end
        let mut start = lines.len();
        let mut i = lines.len();
        while i > from {
            i -= 1;
            if lines[i].is_blank() {
                continue;
            }
            let c = content(i);
            let span = lines[i].content;
            if authority_of(text, i, span).is_some()
                || is_title_line(c)
                || is_signature_note(c)
                || (is_name(c) && sig.name.is_none() && sig.lines.is_empty())
            {
                start = i;
                sig.lines.push(i);
                continue;
            }
            break;
        }
        sig.lines.reverse();
        // a lone upper-case line at the end is a heading, not a signature, unless a prefix or
        // a name goes with it
        for &i in &sig.lines {
            let span = lines[i].content;
            if let Some(a) = authority_of(text, i, span) {
                sig.authorities.push(a);
            } else if is_title_line(content(i)) {
                sig.titles.push(i);
            } else if is_name(content(i)) {
                sig.name = Some((i, span));
            }
        }
        if sig.authorities.is_empty() && (sig.name.is_none() || sig.titles.is_empty()) {
            sig = Signature::default();
            start = lines.len();
        }
        body_end = start;
    }
    let signature = if sig.lines.is_empty() {
        None
    } else {
        Some(sig)
    };
    (recipients, signature, body_end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert!(is_name("Nguyễn Văn Lương"));
        assert!(is_name("TS. Nguyễn Văn An"));
        assert!(!is_name("PHÓ CHỦ TỊCH"));
        assert!(!is_name("Ban Thường trực"));
        assert!(!is_name("Trần"));
    }

    #[test]
    fn authorities() {
        let s = "KT. CHỦ TỊCH";
        let a = authority_of(s, 0, Span::new(0, s.len())).unwrap();
        assert_eq!(a.prefix, Prefix::Kt);
        assert_eq!(&s[a.title.start..a.title.end], "CHỦ TỊCH");
        let s = "T/M BAN THƯỜNG VỤ";
        assert_eq!(
            authority_of(s, 0, Span::new(0, s.len())).unwrap().prefix,
            Prefix::PartyTm
        );
        let s = "Q. Nguyễn";
        assert!(authority_of(s, 0, Span::new(0, s.len())).is_none());
    }
}
