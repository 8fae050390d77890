use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule, RuleMeta};
use crate::vietnamese::syllable::{check, Verdict};

declare_rule! {
    /// ## What it does
    /// Reports a word with Vietnamese marks that cannot be a Vietnamese syllable: a syllable
    /// ending in p, t, c or ch with a tone other than sắc or nặng (“Ât”), `k` before a, o, u,
    /// `gh`/`ngh` before a, o, u, `ch`/`nh` after the wrong vowel, two tone marks. Words without
    /// Vietnamese marks (ASEAN, Fanpage, Zalo) and highland place names (Đắk Lắk, Krông) are not
    /// checked.
    ///
    /// ## Why
    /// Such a word is always a typing slip; the right spelling is usually one tone away.
    ///
    /// ## Example
    /// ```text
    /// Gặp mặt kiều bào nhân dịp đón Tết Ât Tỵ năm 2025.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Gặp mặt kiều bào nhân dịp đón Tết Ất Tỵ năm 2025.
    /// ```
    ///
    /// ## Basis
    /// Vietnamese orthography (Quy định chính tả, Quyết định 240/QĐ of the Ministry of
    /// Education, 1984); Nghị định 30/2020/NĐ-CP, Phụ lục II.
    pub struct InvalidSyllable {
        id: "text/invalid-syllable",
        severity: Warning,
        fix: Unsafe,
        summary: "Âm tiết không thể có trong tiếng Việt (lỗi gõ dấu)",
        summary_en: "A word that cannot be a Vietnamese syllable (typing slip)",
    }
}

impl Rule for InvalidSyllable {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, doc: &Document, ctx: &mut Context) {
        for line in doc.lines.iter().filter(|l| !l.is_blank()) {
            let text = doc.slice(line.content);
            let base = line.content.start;
            let mut start = None;
            let chars: Vec<(usize, char)> = text
                .char_indices()
                .chain(std::iter::once((text.len(), ' ')))
                .collect();
            for (k, &(i, c)) in chars.iter().enumerate() {
                if c.is_alphanumeric() {
                    if start.is_none() {
                        start = Some(k);
                    }
                    continue;
                }
                let Some(sk) = start.take() else { continue };
                let s = chars[sk].0;
                // skip parts of e-mail addresses, URLs and codes (a.b, a@b, a/b, a-b, a_b)
                let prev = if sk > 0 { Some(chars[sk - 1].1) } else { None };
                if matches!(prev, Some('@' | '.' | '/' | '_' | '-' | '&'))
                    && s > 0
                    && chars[sk - 1].0 + 1 == s
                {
                    let before_prev = if sk > 1 { Some(chars[sk - 2].1) } else { None };
                    if before_prev.is_some_and(|c| c.is_alphanumeric()) {
                        continue;
                    }
                }
                if matches!(c, '@' | '.' | '/' | '_' | '&')
                    && chars.get(k + 1).is_some_and(|n| n.1.is_alphanumeric())
                {
                    continue;
                }
                let word = &text[s..i];
                if let Verdict::Invalid { suggestions, .. } = check(word) {
                    let span = Span::new(base + s, base + i);
                    let hint = suggestions
                        .first()
                        .map(|s| format!(" (“{s}”?)"))
                        .unwrap_or_default();
                    let f = ctx.emit(
                        span,
                        format!("“{word}” không phải âm tiết tiếng Việt hợp lệ{hint}"),
                        format!("“{word}” is not a valid Vietnamese syllable{hint}"),
                    );
                    if let Some(first) = suggestions.first() {
                        f.unsafe_fix(span, first.clone());
                    }
                    for s in suggestions {
                        f.suggest(s);
                    }
                }
            }
        }
    }
}
