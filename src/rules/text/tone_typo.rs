use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule, RuleMeta};
use crate::vietnamese::fold::fold;
use crate::vietnamese::lexicon::{canonical, Lexicon, MAX_SYLLABLES};

declare_rule! {
    /// ## What it does
    /// Reports a phrase that is a known compound word with one syllable's tone mark or
    /// diacritic typed wrong: “tinh hình” for “tình hình”, “dãn tộc” for “dân tộc”, “Thông
    /// nhất” for “Thống nhất”. A phrase is reported only when it is not itself a known word,
    /// exactly one syllable differs, and the unmarked form belongs to a single known word. The
    /// word list is `data/vi-words.txt` (from pyvi, MIT) plus `[lexicon] words` in
    /// `vanban.toml`.
    ///
    /// ## Why
    /// Each syllable is a valid word on its own, so no spelling check per syllable finds these;
    /// they are the typos that most often reach a signed document.
    ///
    /// ## Example
    /// ```text
    /// Nắm tinh hình dư luận xã hội trong quá trình tuyên truyền.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Nắm tình hình dư luận xã hội trong quá trình tuyên truyền.
    /// ```
    ///
    /// ## Basis
    /// Vietnamese orthography; Nghị định 30/2020/NĐ-CP, Phụ lục II (chính tả).
    pub struct ToneTypo {
        id: "text/tone-typo",
        severity: Warning,
        fix: Unsafe,
        summary: "Gõ sai dấu trong một từ thông dụng (“tinh hình” → “tình hình”)",
        summary_en: "A common word typed with a wrong tone mark (“tinh hình” → “tình hình”)",
    }
}

/// Keeps the case of the written first letter: "Thông nhất" → "Thống nhất".
fn with_case_of(written: &str, right: &str) -> String {
    let mut out = String::with_capacity(right.len());
    for (w, r) in written.split(' ').zip(right.split(' ')) {
        if !out.is_empty() {
            out.push(' ');
        }
        if w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()) && w.chars().count() > 1 {
            out.push_str(&r.to_uppercase());
        } else if w.starts_with(char::is_uppercase) {
            let mut c = r.chars();
            if let Some(f) = c.next() {
                out.extend(f.to_uppercase());
                out.push_str(c.as_str());
            }
        } else {
            out.push_str(r);
        }
    }
    out
}

impl Rule for ToneTypo {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, doc: &Document, ctx: &mut Context) {
        let builtin = Lexicon::builtin();
        let extra = (!ctx.config.extra_words.is_empty()).then(|| {
            let mut l = Lexicon::default();
            l.extend(ctx.config.extra_words.iter().map(String::as_str));
            l
        });
        let lexicons: Vec<&Lexicon> = extra.iter().chain(std::iter::once(builtin)).collect();
        let text = doc.text();
        let words = &doc.words;
        // folded words, computed once; words glued to codes (e-mails, symbols) do not count
        let folded: Vec<String> = words.iter().map(|w| fold(w.text(text))).collect();
        let mut k = 0;
        'outer: while k < words.len() {
            for n in (2..=MAX_SYLLABLES.min(3)).rev() {
                let Some(run) = words.get(k..k + n) else {
                    continue;
                };
                // one space between the words, and none glued to a code
                let plain = run
                    .windows(2)
                    .all(|p| p[1].start == p[0].end + 1 && text.as_bytes()[p[0].end] == b' ')
                    && run.iter().all(|w| !w.joined_before && !w.joined_after);
                if !plain || run.iter().all(|w| w.text(text).is_ascii()) {
                    continue;
                }
                let key = folded[k..k + n].join(" ");
                let Some(target) = lexicons.iter().find_map(|l| l.target(&key)) else {
                    continue;
                };
                let written: Vec<String> = run.iter().map(|w| canonical(w.text(text))).collect();
                let phrase = written.join(" ");
                let valid = |p: &str| lexicons.iter().any(|l| l.is_valid(p));
                if valid(&phrase) {
                    continue;
                }
                // a run that straddles the boundary of a real compound ("Việt Nam tỉnh",
                // "dịch vụ công") is two words, not a typo
                let joined = |a: usize, b: usize| {
                    words[b].start == words[a].end + 1 && text.as_bytes()[words[a].end] == b' '
                };
                let compound = |from: usize, to: usize| {
                    valid(
                        &words[from..=to]
                            .iter()
                            .map(|w| canonical(w.text(text)))
                            .collect::<Vec<_>>()
                            .join(" "),
                    )
                };
                let last = k + n - 1;
                let left = (1..=2)
                    .any(|m| k >= m && (k - m..k).all(|j| joined(j, j + 1)) && compound(k - m, k));
                let right = (1..=2).any(|m| {
                    last + m < words.len()
                        && (last..last + m).all(|j| joined(j, j + 1))
                        && compound(last, last + m)
                });
                if left || right {
                    continue;
                }
                let differing = written
                    .iter()
                    .zip(target.split(' '))
                    .filter(|(a, b)| a.as_str() != *b)
                    .count();
                if differing != 1 {
                    continue;
                }
                let span = Span::new(run[0].start, run[n - 1].end);
                let original = doc.slice(span);
                let right = with_case_of(original, target);
                ctx.emit(
                    span,
                    format!("“{original}” có lẽ gõ sai dấu: “{right}”"),
                    format!("“{original}” is probably a tone typo for “{right}”"),
                )
                .unsafe_fix(span, right.clone())
                .suggest(right);
                k += n;
                continue 'outer;
            }
            k += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_is_kept() {
        assert_eq!(with_case_of("Thông nhất", "thống nhất"), "Thống nhất");
        assert_eq!(with_case_of("THÔNG NHẤT", "thống nhất"), "THỐNG NHẤT");
        assert_eq!(with_case_of("tinh hình", "tình hình"), "tình hình");
    }
}
