//! The number line: `Số: 09/KH-MTTQ-BTT` (state) or `Số 45-KH/TU` (Party).

use super::Span;
use crate::vietnamese::fold;

/// Which numbering system the written number follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberStyle {
    /// `NN/TYPE-ISSUER`: slash after the number (NĐ30, MTTQ).
    State,
    /// `NN-TYPE/ISSUER`: hyphen after the number (Party).
    Party,
}

/// A group of the symbol (`KH`, `MTTQ`, `BTT`) with its span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub text: String,
    pub span: Span,
}

/// A parsed number line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberLine {
    pub line: usize,
    /// The whole content of the line.
    pub span: Span,
    /// The word `Số`.
    pub word: Span,
    /// The colon after `Số`, if written.
    pub colon: Option<Span>,
    /// From the first character of the number to the end of the symbol.
    pub token: Span,
    /// The number's digits; `None` when not yet assigned (`Số:      /KH-UBND`, `Số: …/KH`).
    pub number: Option<(String, Span)>,
    pub style: Option<NumberStyle>,
    /// Symbol groups in order: for the state style the first is the type code (or, for a công
    /// văn, the issuer); for the Party style the first is the type code.
    pub groups: Vec<Group>,
    /// Whitespace found inside the token.
    pub inner_space: bool,
    /// Invisible characters inside the token (zero-width spaces, direction marks), which
    /// make the number a different string from the one it looks like.
    pub invisible: Vec<Span>,
    /// The separators in order: the one after the number, then those between groups (`/`,
    /// `-`), with their spans. Two in a row (`//`) leave an empty group.
    pub separators: Vec<(char, Span)>,
    /// A separator directly after another (`09//KH`, `15/KH--UBND`).
    pub empty_group: Option<Span>,
}

/// An invisible character: zero-width spaces and joiners, direction marks and embeddings, the
/// word joiner and a stray byte-order mark.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}' | '\u{feff}' | '\u{061c}' | '\u{180e}'
    )
}

impl NumberLine {
    /// The type code, by style (after the year of a legal document's number).
    pub fn type_code(&self) -> Option<&Group> {
        self.symbol().first()
    }

    /// The token written canonically, without spaces or invisible characters.
    pub fn canonical(&self, text: &str) -> String {
        text[self.token.start..self.token.end]
            .chars()
            .filter(|c| !c.is_whitespace() && !is_invisible(*c))
            // (an en dash typed for the hyphen, "69 – HD/BTGTW")
            .map(|c| if c == '–' { '-' } else { c })
            .collect()
    }

    /// The year group of a legal document's number (`15/2025/NQ-HĐND`): a four-digit group
    /// right after the number.
    pub fn year(&self) -> Option<&Group> {
        self.groups
            .first()
            .filter(|g| g.text.len() == 4 && g.text.bytes().all(|b| b.is_ascii_digit()))
    }

    /// The groups after the number and the year: the type code (or, for a công văn, the
    /// issuer) first.
    pub fn symbol(&self) -> &[Group] {
        let skip = usize::from(self.year().is_some());
        &self.groups[skip.min(self.groups.len())..]
    }
}

fn is_symbol_char(c: char) -> bool {
    crate::vietnamese::case::is_letter_or_number(c) || c == '&'
}

/// Recognises `Số…` lines: the word `Số`, an optional colon, then a number or a blank for it,
/// then a symbol with `/` or `-`.
pub fn parse_number_line(text: &str, line: usize, span: Span) -> Option<NumberLine> {
    let c = &text[span.start..span.end];
    let word_len = if c.starts_with("Số") || c.starts_with("SỐ") || c.starts_with("số") {
        "Số".len()
    } else {
        return None;
    };
    let mut p = word_len;
    let after_word = &c[p..];
    if !after_word.starts_with([' ', ':', '\t', '\u{a0}']) {
        return None;
    }
    let skip_ws = |p: &mut usize| {
        while let Some(ch) = c[*p..].chars().next() {
            if ch.is_whitespace() || is_invisible(ch) {
                *p += ch.len_utf8();
            } else {
                break;
            }
        }
    };
    let mut invisible = Vec::new();
    skip_ws(&mut p);
    let colon = if c[p..].starts_with(':') {
        let sp = Span::new(span.start + p, span.start + p + 1);
        p += 1;
        skip_ws(&mut p);
        Some(sp)
    } else {
        None
    };
    let token_start = p;
    // the token runs to the end of the line (a trailing "V/v" never shares the line)
    let rest = &c[p..];
    if !rest.contains('/') && !rest.contains('-') {
        return None;
    }
    if fold(rest).starts_with("v/v") {
        return None;
    }
    let mut number = None;
    // digits, with invisible characters between them (they would pass unseen)
    let mut digits = String::new();
    let mut dq = p;
    while let Some(ch) = c[dq..].chars().next() {
        if ch.is_ascii_digit() {
            digits.push(ch);
        } else if is_invisible(ch) && !digits.is_empty() {
            invisible.push(Span::new(span.start + dq, span.start + dq + ch.len_utf8()));
        } else {
            break;
        }
        dq += ch.len_utf8();
    }
    if !digits.is_empty() {
        number = Some((digits.clone(), Span::new(span.start + p, span.start + dq)));
        p = dq;
        // a number given a letter to fit a text in between, "Số: 06b/NQ-TLĐ" (the Tổng Liên
        // đoàn's resolution), "123a/QĐ-UBND": the letter belongs to the number
        let suffix = c[p..].bytes().take_while(u8::is_ascii_lowercase).count();
        let after = c[p + suffix..].chars().next();
        if suffix == 1
            && after.is_some_and(|ch| ch.is_whitespace() || matches!(ch, '/' | '-' | '–'))
        {
            p += suffix;
        }
    } else {
        // a blank for the number: spaces, dots or an ellipsis
        while let Some(ch) = c[p..].chars().next() {
            if ch.is_whitespace() || ch == '.' || ch == '…' || ch == '_' {
                p += ch.len_utf8();
            } else {
                break;
            }
        }
    }
    let mut inner_space = false;
    let mut q = p;
    // spaces between the number and the first separator
    while let Some(ch) = c[q..].chars().next() {
        if ch.is_whitespace() {
            if number.is_some() {
                inner_space = true;
            }
            q += ch.len_utf8();
        } else if is_invisible(ch) {
            invisible.push(Span::new(span.start + q, span.start + q + ch.len_utf8()));
            q += ch.len_utf8();
        } else {
            break;
        }
    }
    let style = match c[q..].chars().next() {
        Some('/') => Some(NumberStyle::State),
        Some('-') | Some('–') => Some(NumberStyle::Party),
        _ => return None,
    };
    // groups
    let mut groups = Vec::new();
    let mut separators: Vec<(char, Span)> = Vec::new();
    let mut empty_group = None;
    let mut end = q;
    let mut i = q;
    while i < c.len() {
        let ch = c[i..].chars().next().unwrap();
        if is_invisible(ch) {
            invisible.push(Span::new(span.start + i, span.start + i + ch.len_utf8()));
            i += ch.len_utf8();
            continue;
        }
        if is_symbol_char(ch) {
            let gs = i;
            while let Some(ch) = c[i..].chars().next() {
                if is_symbol_char(ch) {
                    i += ch.len_utf8();
                } else {
                    break;
                }
            }
            groups.push(Group {
                text: c[gs..i].to_string(),
                span: Span::new(span.start + gs, span.start + i),
            });
            end = i;
        } else if ch == '/' || ch == '-' || ch == '–' {
            let sp = Span::new(span.start + i, span.start + i + ch.len_utf8());
            // a separator right after another (spaces and invisible characters between them
            // do not count as a group)
            if empty_group.is_none()
                && separators.last().is_some_and(|(_, last)| {
                    groups
                        .last()
                        .is_none_or(|g: &Group| g.span.end <= last.start)
                })
            {
                empty_group = Some(sp);
            }
            separators.push((ch, sp));
            i += ch.len_utf8();
            end = i;
        } else if ch.is_whitespace() {
            // a space inside the token only if more symbol follows
            let ws = i;
            while let Some(ch) = c[i..].chars().next() {
                if ch.is_whitespace() {
                    i += ch.len_utf8();
                } else {
                    break;
                }
            }
            match c[i..].chars().next() {
                Some('/') | Some('-') | Some('–') => inner_space = true,
                Some(ch)
                    if is_symbol_char(ch)
                        && c[..ws]
                            .chars()
                            .next_back()
                            .is_some_and(|p| matches!(p, '/' | '-' | '–')) =>
                {
                    inner_space = true
                }
                _ => {
                    break;
                }
            }
        } else {
            break;
        }
    }
    if groups.is_empty() {
        return None;
    }
    // the token ends at its last group, not at a trailing separator
    let end = groups.last().map_or(end, |g| g.span.end - span.start);
    invisible.retain(|s| s.start < span.start + end);
    Some(NumberLine {
        line,
        span,
        word: Span::new(span.start, span.start + word_len),
        colon,
        token: Span::new(span.start + token_start, span.start + end),
        number,
        style,
        groups,
        inner_space,
        invisible,
        separators,
        empty_group,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> NumberLine {
        parse_number_line(s, 0, Span::new(0, s.len())).unwrap()
    }

    /// A real resolution of the Tổng Liên đoàn: "Số: 06b /NQ-TLĐ", a number with a letter;
    /// the space before the slash is still inside the token.
    #[test]
    fn a_number_with_a_letter() {
        let s = "Số: 06b /NQ-TLĐ";
        let n = parse(s);
        assert_eq!(n.number.as_ref().unwrap().0, "06");
        assert_eq!(n.style, Some(NumberStyle::State));
        assert!(n.inner_space);
        assert_eq!(n.canonical(s), "06b/NQ-TLĐ");
        assert_eq!(parse("Số: 123a/QĐ-UBND").groups.len(), 2);
        // a word is no letter of the number
        let word = "Số: 12abc/QĐ";
        assert!(parse_number_line(word, 0, Span::new(0, word.len())).is_none());
    }

    /// A real Party guide of 2022 as a web page gives it: "Số 69 – HD/BTGTW".
    #[test]
    fn party_number_with_a_spaced_en_dash() {
        let s = "Số 69 – HD/BTGTW";
        let n = parse(s);
        assert_eq!(n.style, Some(NumberStyle::Party));
        assert!(n.inner_space);
        assert_eq!(&s[n.token.start..n.token.end], "69 – HD/BTGTW");
        assert_eq!(n.canonical(s), "69-HD/BTGTW");
    }

    #[test]
    fn state_number_with_space_before_slash() {
        let s = "Số: 09 /KH-MTTQ-BTT";
        let n = parse(s);
        assert_eq!(n.style, Some(NumberStyle::State));
        assert!(n.inner_space);
        assert_eq!(&s[n.token.start..n.token.end], "09 /KH-MTTQ-BTT");
        assert_eq!(n.canonical(s), "09/KH-MTTQ-BTT");
        let g: Vec<_> = n.groups.iter().map(|g| g.text.as_str()).collect();
        assert_eq!(g, ["KH", "MTTQ", "BTT"]);
    }

    #[test]
    fn party_number() {
        let s = "Số: 183 -KH/DDLHHN-TTĐN";
        let n = parse(s);
        assert_eq!(n.style, Some(NumberStyle::Party));
        assert!(n.inner_space);
        assert_eq!(n.canonical(s), "183-KH/DDLHHN-TTĐN");
        let n = parse("Số 45-KH/TU");
        assert!(n.colon.is_none());
        assert!(!n.inner_space);
    }

    #[test]
    fn draft_blank_number() {
        let n = parse("Số:        /KH-UBND");
        assert!(n.number.is_none());
        assert!(!n.inner_space);
        let n = parse("Số: …/KH-UBND");
        assert!(n.number.is_none());
    }

    #[test]
    fn not_a_number_line() {
        let s = "Số lượng người";
        assert!(parse_number_line(s, 0, Span::new(0, s.len())).is_none());
    }
}
