use super::names::{covers, own_organ_of, split_names, Aliases, Group};
use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};
use crate::vietnamese::{fold, starts_upper};

declare_rule! {
    /// ## What it does
    /// Reports a body that the document gives a task to (“giao …”, “đề nghị …”, “Đối với …:”
    /// in the implementation part) or asks to receive reports (“báo cáo về …”, “gửi về …”,
    /// “báo cáo …”) but that is not among the recipients. Abbreviations (BTT, UBND, MTTQ,
    /// TCTV, TX, TP, CT-XH, VN …), both tone placements, shared heads and the archive line's
    /// units are understood; extra abbreviations come from `[recipients.aliases]`.
    ///
    /// ## Why
    /// A body that never receives the plan cannot carry out its task or know where to report.
    ///
    /// ## Example
    /// ```text
    /// KẾ HOẠCH
    /// Chuyển đổi số năm 2026
    /// III. TỔ CHỨC THỰC HIỆN
    /// 1. Giao Sở Khoa học và Công nghệ chủ trì triển khai.
    /// 2. Các đơn vị báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2026.
    /// Nơi nhận:
    /// - Sở Nội vụ;
    /// - Lưu: VT, VX.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// KẾ HOẠCH
    /// Chuyển đổi số năm 2026
    /// III. TỔ CHỨC THỰC HIỆN
    /// 1. Giao Sở Khoa học và Công nghệ chủ trì triển khai.
    /// 2. Các đơn vị báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2026.
    /// Nơi nhận:
    /// - Sở Khoa học và Công nghệ;
    /// - Sở Nội vụ;
    /// - Lưu: VT, VX.
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 9 (nơi nhận: cơ quan có trách nhiệm
    /// thực hiện, để báo cáo, để biết).
    pub struct Unlisted {
        id: "recipients/unlisted",
        severity: Warning,
        fix: None,
        summary: "Cơ quan được giao nhiệm vụ hoặc nhận báo cáo nhưng không có trong nơi nhận",
        summary_en: "A body given a task or receiving reports is not among the recipients",
    }
}

/// Words that end a body's name when it is read out of a sentence.
const NAME_STOP: &[&str] = &[
    "chu", "huong", "xem", "theo", "phoi", "xay", "trien", "thuc", "tham", "lam", "can", "co",
    "duoc", "de", "kip", "nam", "day", "tang", "tiep", "quan", "ve", "truoc", "trong", "qua",
    "dam", "nghien", "bao", "gui", "tong", "ra", "thong", "lanh", "chi", "phan", "kiem", "danh",
    "dinh", "neu", "khi", "theo", "tu",
];

/// Where the names of addressed bodies start on a line, found from its words: after “giao
/// (cho)” and “đề nghị” (tasks only), after “gửi về”, after “báo cáo” and after a “về” that
/// follows “báo cáo” within four words (“báo cáo kết quả tuyên truyền về …”).
fn word_triggers(doc: &Document, content: Span, tasks: bool) -> Vec<usize> {
    let text = doc.text();
    let from = doc.words.partition_point(|w| w.start < content.start);
    let to = doc.words.partition_point(|w| w.start < content.end);
    let ws = &doc.words[from..to];
    let word = |k: usize| ws.get(k).map(|w| w.text(text)).unwrap_or("");
    let mut out = Vec::new();
    for k in 0..ws.len() {
        // every trigger word is 4 bytes (giao, về, cáo) or 6 (nghị): skip the rest cheaply
        let w = word(k).as_bytes();
        if !matches!(
            (w.len(), w.first()),
            (4, Some(b'g' | b'G' | b'v' | b'c')) | (6, Some(b'n'))
        ) {
            continue;
        }
        let next_start = ws.get(k + 1).map(|w| w.start);
        match word(k) {
            "giao" | "Giao" if tasks => {
                let skip = usize::from(word(k + 1) == "cho");
                out.extend(ws.get(k + 1 + skip).map(|w| w.start));
            }
            "nghị" if tasks && matches!(word(k.wrapping_sub(1)), "đề" | "Đề") => {
                out.extend(next_start)
            }
            "về" if matches!(word(k.wrapping_sub(1)), "gửi" | "Gửi") => {
                out.extend(next_start)
            }
            "cáo" if matches!(word(k.wrapping_sub(1)), "báo" | "Báo") => {
                out.extend(next_start);
                if let Some(v) = (k + 1..(k + 6).min(ws.len())).find(|&j| word(j) == "về") {
                    out.extend(ws.get(v + 1).map(|w| w.start));
                }
            }
            _ => {}
        }
    }
    out
}

/// Reads a body's name starting at `p` (a capitalised word): words up to punctuation, a
/// parenthesis or a verb.
fn name_at(text: &str, p: usize, end: usize) -> Option<Span> {
    let mut q = p;
    let mut last = p;
    let mut words = 0;
    while q < end && words < 16 {
        let rest = &text[q..end];
        let wlen = rest
            .find(|c: char| {
                c.is_whitespace() || matches!(c, ',' | ';' | '.' | ':' | '(' | ')' | '“' | '”')
            })
            .unwrap_or(rest.len());
        if wlen == 0 {
            break;
        }
        let w = &rest[..wlen];
        let upper = starts_upper(w);
        if words == 0 && !upper {
            return None;
        }
        if !upper && NAME_STOP.contains(&fold(w).as_str()) {
            break;
        }
        words += 1;
        last = q + wlen;
        let after = &rest[wlen..];
        // continue over one space, or over ", " / " và " inside a list of capitalised names
        if let Some(a) = after.strip_prefix(' ') {
            if a.starts_with("và ") && a[4..].starts_with(char::is_uppercase) {
                q = q + wlen + 1 + "và ".len();
                continue;
            }
            q = q + wlen + 1;
        } else if let Some(a) = after.strip_prefix(", ") {
            if a.starts_with(char::is_uppercase) {
                q = q + wlen + 2;
                continue;
            }
            break;
        } else if after.starts_with(" – ") || after.starts_with(" - ") {
            q = q + wlen + " – ".len().min(after.len());
            if after.starts_with(" - ") {
                q = q - " – ".len() + " - ".len();
            }
        } else {
            break;
        }
    }
    (words > 0).then(|| Span::new(p, last))
}

impl Rule for Unlisted {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(recipients) = &doc.recipients else {
            return;
        };
        let aliases = Aliases::new(&ctx.config.recipient_aliases);
        // the keys of everything listed, including units in the archive line and each name of
        // a line that lists several
        let mut listed: Vec<String> = Vec::new();
        // "- Như trên;" lists the addressees of "Kính gửi:"
        if recipients
            .entries
            .iter()
            .any(|e| crate::vietnamese::fold::fold_prefix(doc.slice(e.text), 8) == "nhu tren")
        {
            for l in 0..doc.lines.len() {
                let c = doc.content(l);
                if let Some(rest) = c.strip_prefix("Kính gửi") {
                    let rest = rest.trim_start_matches([':', ' ']);
                    listed.push(aliases.key(rest));
                }
            }
        }
        for e in &recipients.entries {
            let t = doc.slice(e.text);
            let t = if e.archive {
                t.trim_start_matches("Lưu").trim_start_matches(':')
            } else {
                t
            };
            listed.push(aliases.key(t));
            for n in split_names(t) {
                listed.push(aliases.key(&n));
            }
        }
        // "- Các sở, ban, ngành tỉnh;" and "- UBND các xã, phường;" list every body of a kind
        let groups: Vec<Group> = recipients
            .entries
            .iter()
            .filter(|e| !e.archive)
            .filter_map(|e| Group::parse(doc.slice(e.text), &aliases))
            .collect();
        // the issuing body itself need not be a recipient
        let issuer_key = aliases.key(
            &doc.header
                .issuing_body
                .iter()
                .map(|&l| doc.content(l))
                .collect::<Vec<_>>()
                .join(" "),
        );

        // tasks count in the implementation part and the closing paragraph; reports anywhere
        let implementation = doc.body.implementation_lines();
        let mut seen: Vec<Span> = Vec::new();
        {
            for l in doc.body.start..doc.body.end.min(doc.lines.len()) {
                let content = doc.lines[l].content;
                if content.is_empty() {
                    continue;
                }
                let tasks = implementation.is_some_and(|(s, e)| (s..e).contains(&l))
                    || doc.body.closing == Some(l);
                let text = doc.text();
                let line = doc.slice(content);
                let mut triggers = word_triggers(doc, content, tasks);
                // "3. Sở Tài chính" alone on an item line of the implementation part
                if tasks {
                    let items = &doc.body.items;
                    let at = items.partition_point(|it| it.line < l);
                    let item = items.get(at).filter(|it| {
                        it.line == l && matches!(it.kind, crate::document::ItemKind::Number(_))
                    });
                    if let Some(item) = item {
                        // past the character after the marker (a no-break space is 2 bytes)
                        let after = item.marker.end
                            + text[item.marker.end..]
                                .chars()
                                .next()
                                .map_or(0, char::len_utf8);
                        if after < content.end {
                            if let Some(sp) = name_at(text, after, content.end) {
                                let rest = doc.slice(Span::new(sp.end, content.end));
                                // "3. Sở Tài chính:", "3. Sở Tài chính chủ trì, …"
                                let head = crate::vietnamese::fold::fold_prefix(rest, 9);
                                // a sentence may start with the verb ("1. Giao Sở … chủ
                                // trì", read above): then the body is not at the start
                                let first = doc.slice(sp).split(' ').next().map(fold);
                                let verb = first.is_some_and(|w| {
                                    matches!(w.as_str(), "giao" | "de" | "yeu" | "chi")
                                });
                                let leads = rest.is_empty()
                                    || rest == ":"
                                    || (!verb
                                        && head.strip_prefix(" chu tri").is_some_and(|after| {
                                            !after.starts_with(char::is_alphanumeric)
                                        }));
                                if leads {
                                    triggers.push(after);
                                }
                            }
                        }
                    }
                }
                let heading = tasks && line.ends_with(':');
                // "Đối với" near the start of a heading (after "1. " or "a) "): only headings
                // are searched, and only their first bytes
                if heading {
                    let head = &line.as_bytes()[..line.len().min(8 + "Đối với ".len())];
                    let at = head
                        .windows("Đối với ".len())
                        .position(|w| w == "Đối với ".as_bytes());
                    if let Some(i) = at.filter(|&i| i < 8) {
                        triggers.push(content.start + i + "Đối với ".len());
                    }
                }
                for t in triggers {
                    // "để tổng hợp báo cáo về …": the issuer itself reports upward
                    // only the last words matter: fold a short tail, not the whole line
                    let mut from = t.saturating_sub(40).max(content.start);
                    while !text.is_char_boundary(from) {
                        from += 1;
                    }
                    let before = &text[from..t];
                    if crate::vietnamese::fold(before)
                        .trim_end()
                        .rsplit(' ')
                        .nth(2)
                        .is_some_and(|w| w == "hop")
                    {
                        continue;
                    }
                    let Some(span) = name_at(text, t, content.end) else {
                        continue;
                    };

                    if seen.contains(&span) {
                        continue;
                    }
                    seen.push(span);
                    let name = doc.slice(span);
                    for part in name
                        .split([',', ';'])
                        .map(str::trim)
                        .filter(|p| !p.is_empty())
                    {
                        // "Lãnh đạo …": the issuer's own leadership
                        let by_issuer =
                            |key: &str| !issuer_key.is_empty() && covers(&issuer_key, key);
                        let covered = |n: &str| {
                            let key = aliases.key(n);
                            // cheapest and commonest first
                            n.starts_with("Lãnh đạo")
                                || key.len() < 2
                                || listed.iter().any(|k| covers(k, &key))
                                || by_issuer(&key)
                                || groups.iter().any(|g| g.covers(n, &aliases))
                                // the issuer's own standing organ: "Ban Thường vụ Tỉnh ủy"
                                // in a document of the Tỉnh ủy
                                || own_organ_of(n).is_some_and(|body| {
                                    let k = aliases.key(body);
                                    k.len() >= 2 && by_issuer(&k)
                                })
                        };
                        if covered(part) {
                            continue;
                        }
                        // "Đảng ủy và Lãnh đạo …" may list two bodies; "Sở Khoa học và Công
                        // nghệ" is one: report the pieces only when some piece is listed
                        let pieces: Vec<&str> = part
                            .split(" và ")
                            .map(str::trim)
                            .filter(|p| !p.is_empty())
                            .collect();
                        let uncovered: Vec<&str> =
                            pieces.iter().copied().filter(|p| !covered(p)).collect();
                        let report: Vec<&str> = if uncovered.len() == pieces.len() {
                            vec![part]
                        } else {
                            uncovered
                        };
                        for r in report {
                            let off = name.find(r).unwrap_or(0);
                            let ps = Span::new(span.start + off, span.start + off + r.len());
                            ctx.emit(
                                ps,
                                format!("“{r}” được giao nhiệm vụ hoặc nhận báo cáo nhưng không có trong phần nơi nhận"),
                                format!("“{r}” is given a task or receives reports but is not among the recipients"),
                            );
                        }
                    }
                }
            }
        }
    }
}
