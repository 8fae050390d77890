use crate::declare_rule;
use crate::document::Document;
use crate::hash::FastMap;
use crate::rules::{Context, Rule};
use crate::vietnamese::syllable::{check, Verdict};
use std::cell::RefCell;

declare_rule! {
    /// ## What it does
    /// Reports a word with Vietnamese marks that cannot be a Vietnamese syllable: a syllable
    /// ending in p, t, c or ch with a tone other than sắc or nặng (“Ât”), `k` before a, o, u,
    /// `gh`/`ngh` before a, o, u, `ch`/`nh` after the wrong vowel, two tone marks. Words without
    /// Vietnamese marks (ASEAN, Fanpage, Zalo) and highland place names (Đắk Lắk, Krông) are not
    /// checked, nor capitalised words that no change of marks would make Vietnamese: names in
    /// minority languages (Y Bi Niê, Kpă Thuyên).
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
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Cảnh báo từ có dấu tiếng Việt nhưng không thể là một âm tiết tiếng Việt: âm tiết kết thúc
    /// bằng p, t, c, ch mà mang dấu thanh khác dấu sắc, dấu nặng (`Ât`), `k` đứng trước a, o, u,
    /// `gh`/`ngh` đứng trước a, o, u, `ch`/`nh` đứng sau nguyên âm không phù hợp, hai dấu thanh
    /// trong một âm tiết. Không kiểm tra từ không có dấu tiếng Việt (ASEAN, Fanpage, Zalo), địa
    /// danh Tây Nguyên (Đắk Lắk, Krông), từ viết hoa mà đổi dấu cách nào cũng không thành tiếng
    /// Việt — tên riêng tiếng dân tộc thiểu số (Y Bi Niê, Kpă Thuyên); văn bản chép từ PDF có dấu
    /// thanh tách rời khỏi chữ cũng không kiểm tra.
    ///
    /// ### Vì sao
    /// Từ như vậy luôn là lỗi gõ; cách viết đúng thường chỉ khác một dấu thanh.
    ///
    /// ### Căn cứ
    /// Chính tả tiếng Việt (Quy định chính tả, Quyết định 240/QĐ của Bộ Giáo dục, năm 1984); Nghị
    /// định 30/2020/NĐ-CP, Phụ lục II.
    pub struct InvalidSyllable {
        id: "text/invalid-syllable",
        severity: Warning,
        fix: Unsafe,
        summary: "Âm tiết không thể có trong tiếng Việt (lỗi gõ dấu)",
        summary_en: "A word that cannot be a Vietnamese syllable (typing slip)",
    }
}

impl Rule for InvalidSyllable {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        if doc.accents_detached() {
            return; // a PDF's copy: the syllables are broken by the conversion, not the clerk
        }
        let text = doc.text();
        // judged once per distinct spelling
        let verdicts: Vec<Option<Vec<String>>> = with_memo(|memo| {
            doc.vocabulary
                .iter()
                .map(|sp| {
                    let word = doc.slice(*sp);
                    // plain ASCII words are foreign words, codes or abbreviations: never
                    // flagged; nor mixed-case abbreviations (QyĐ, TrS)
                    if word.is_ascii() {
                        return None;
                    }
                    let caps = word.chars().filter(|c| crate::vietnamese::case::is_upper_letter(*c)).count();
                    if caps >= 2 && caps < word.chars().count() {
                        None
                    } else {
                        verdict(word, memo)
                    }
                })
                .collect()
        });
        for (w, &v) in doc.words.iter().zip(&doc.word_vocab) {
            // words glued to codes (e-mails, URLs) are not words of the language; plain ASCII
            // words and mixed-case abbreviations (QyĐ, TrS) were never judged above
            let Some(suggestions) = verdicts[v as usize].clone() else {
                continue;
            };
            if w.joined_before || w.joined_after {
                continue;
            }
            let word = w.text(text);
            // a capitalised word that no change of marks makes Vietnamese ("Niê", "Kpă",
            // "Bđăp") is a name from a minority language, not a slip of the keyboard
            if suggestions.is_empty() && word.starts_with(crate::vietnamese::case::is_upper_letter) {
                continue;
            }
            let span = w.span();
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

type Memo = FastMap<crate::hash::Packed, Option<Vec<String>>>;

/// Spoken Vietnamese has a few thousand syllables, and an editor lints the same text on every
/// keystroke: each distinct word is checked once per thread and remembered (bounded). The
/// memo is borrowed once per document, not once per word.
fn with_memo<T>(f: impl FnOnce(&mut Memo) -> T) -> T {
    const LIMIT: usize = 50_000;
    thread_local! {
        // keyed by the packed spelling (see `hash::pack16`): syllables are short
        static SEEN: RefCell<Memo> = RefCell::new(FastMap::default());
    }
    SEEN.with(|seen| {
        let mut seen = seen.borrow_mut();
        if seen.len() >= LIMIT {
            seen.clear();
        }
        f(&mut seen)
    })
}

/// The suggestions for an invalid syllable, `None` for a valid one.
fn verdict(word: &str, memo: &mut Memo) -> Option<Vec<String>> {
    let judge = || match check(word) {
        Verdict::Invalid { suggestions, .. } => Some(suggestions),
        _ => None,
    };
    let Some(key) = crate::hash::pack16(word) else {
        return judge(); // longer than any syllable: judged every time (rare)
    };
    memo.entry(key).or_insert_with(judge).clone()
}
