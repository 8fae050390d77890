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
    /// minority languages (Y Bi Niê, Kpă Thuyên). A word without marks that ends in p, t, c or
    /// ch is reported only when a marked spelling of it makes a known compound with a marked
    /// word next to it (“khoa hoc” → “khoa học”, “Công tac” → “Công tác”), never a foreign
    /// word (“nhóm chat”, “test nhanh”).
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
    /// thanh tách rời khỏi chữ cũng không kiểm tra. Từ không dấu tận cùng bằng p, t, c, ch chỉ bị
    /// báo khi thêm dấu vào thì thành một từ ghép đã biết với từ có dấu đứng cạnh (`khoa hoc` →
    /// `khoa học`, `Công tac` → `Công tác`), không báo từ nước ngoài (`nhóm chat`, `test nhanh`).
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
                        return telex_code(word).map(|code| vec![code.to_string()]);
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
        let lexicon = crate::vietnamese::lexicon::Lexicon::builtin();
        for (k, (w, &v)) in doc.words.iter().zip(&doc.word_vocab).enumerate() {
            // words glued to codes (e-mails, URLs) are not words of the language; plain ASCII
            // words and mixed-case abbreviations (QyĐ, TrS) were never judged above, except a
            // stop syllable without its mark in a compound
            let Some(suggestions) = verdicts[v as usize]
                .clone()
                .or_else(|| unmarked_stop(doc, k, lexicon))
            else {
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

/// A code with its "Đ" typed "DD", as Telex leaves it when the keyboard misses the
/// change ("HDDND" for "HĐND"): the known code it stands for.
fn telex_code(word: &str) -> Option<&'static str> {
    if !word.contains("DD") || !word.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    // each "Đ" of the code is "DD" in the word, every other letter (ASCII) itself
    let typed_so = |code: &str| {
        let mut rest = word.as_bytes();
        code.chars().all(|c| {
            let typed: &[u8] = if c == 'Đ' { b"DD" } else { &[c as u8] };
            let fits = rest.starts_with(typed);
            rest = &rest[if fits { typed.len() } else { 0 }..];
            fits
        }) && rest.is_empty()
    };
    crate::rules::number::dd_for_d::D_CODES
        .iter()
        .find(|code| typed_so(code))
}

/// A plain-ASCII word ending in a stop (p, t, c, ch) is no Vietnamese syllable without sắc or
/// nặng, but it may be a foreign word ("chat", "top", "test"); its marked spellings are
/// offered only when one makes a known compound with a neighbour, amid marked words: "khoa
/// hoc" (khoa học), "Công tac Mặt trận" (công tác).
fn unmarked_stop(
    doc: &Document,
    k: usize,
    lexicon: &crate::vietnamese::lexicon::Lexicon,
) -> Option<Vec<String>> {
    use crate::vietnamese::lexicon::canonical;
    let text = doc.text();
    let words = &doc.words;
    let word = words[k].text(text);
    if !crate::vietnamese::syllable::ends_in_stop(word)
        || !word.bytes().all(|b| b.is_ascii_lowercase())
    {
        return None;
    }
    // the neighbours one space away
    let neighbour = |a: usize, b: usize, j: usize| -> Option<&str> {
        let w = words.get(j)?;
        let spaced = words.get(b)?.start == words[a].end + 1
            && text.as_bytes()[words[a].end as usize] == b' ';
        (spaced && !w.joined_before && !w.joined_after).then(|| w.text(text))
    };
    let before = k.checked_sub(1).and_then(|j| neighbour(j, k, j));
    let after = neighbour(k, k + 1, k + 1);
    // amid marked words: text typed without marks is not judged
    if !before.iter().chain(&after).any(|w| !w.is_ascii()) {
        return None;
    }
    let (before, after) = (before.map(canonical), after.map(canonical));
    let found: Vec<String> = marked_spellings(word)
        .into_iter()
        .filter(|c| {
            // (a word stored whole: the filter's chance hit is no evidence)
            let pair = |x: &str, y: &str| lexicon.is_stored(&[x, y].join(" "));
            before.as_ref().is_some_and(|b| pair(b, c))
                || after.as_ref().is_some_and(|a| pair(c, a))
        })
        .collect();
    (!found.is_empty()).then_some(found)
}

/// The spellings of an unmarked syllable with sắc or nặng and at most one vowel mark (a → â,
/// ă; e → ê; o → ô, ơ; u → ư) that are valid syllables: "hoc" → "hóc", "học"; "luat" → "luật".
fn marked_spellings(word: &str) -> Vec<String> {
    use crate::vietnamese::syllable::{with_tone, Tone};
    let chars: Vec<char> = word.chars().collect();
    let mut bases = vec![word.to_string()];
    for (i, c) in chars.iter().enumerate() {
        for alt in match c {
            'a' => "âă",
            'e' => "ê",
            'o' => "ôơ",
            'u' => "ư",
            _ => "",
        }
        .chars()
        {
            let mut v = chars.clone();
            v[i] = alt;
            bases.push(v.into_iter().collect());
        }
    }
    let mut out = Vec::new();
    for base in bases {
        for tone in [Tone::Acute, Tone::Dot] {
            let spelling = with_tone(&base, tone);
            if matches!(check(&spelling), Verdict::Valid) {
                out.push(spelling);
            }
        }
    }
    out
}

/// Each spelling judged: the index of its suggestions, [`crate::hash::NONE`] for a valid
/// syllable.
#[derive(Default)]
struct Memo {
    verdicts: FastMap<crate::hash::Packed, u32>,
    suggestions: Vec<Vec<String>>,
}

/// Spoken Vietnamese has a few thousand syllables, and an editor lints the same text on every
/// keystroke: each distinct word is checked once per thread and remembered (bounded). The
/// memo is borrowed once per document, not once per word.
fn with_memo<T>(f: impl FnOnce(&mut Memo) -> T) -> T {
    const LIMIT: usize = 50_000;
    thread_local! {
        // keyed by the packed spelling (see `hash::pack16`): syllables are short
        static SEEN: RefCell<Memo> = RefCell::new(Memo::default());
    }
    SEEN.with(|seen| {
        let mut seen = seen.borrow_mut();
        if seen.verdicts.len() >= LIMIT {
            seen.verdicts.clear();
            seen.suggestions.clear();
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
    if let Some(&i) = memo.verdicts.get(&key) {
        return memo.suggestions.get(i as usize).cloned();
    }
    let v = judge();
    let i = match &v {
        Some(s) => {
            memo.suggestions.push(s.clone());
            (memo.suggestions.len() - 1) as u32
        }
        None => crate::hash::NONE,
    };
    memo.verdicts.insert(key, i);
    v
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    const HEAD: &str = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ TÂN HƯNG\tĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\tTân Hưng, ngày 12 tháng 3 năm 2026\n\nKẾ HOẠCH\nTuyên truyền\n\n";

    /// A miss met on a real provincial HĐND resolution with a slip planted: "Luật Tổ chức
    /// HDDND và UBND", the "Đ" of a known code left as Telex's "DD". Other codes with two D's
    /// are not judged.
    #[test]
    fn a_code_with_telex_dd() {
        let got = findings(
            "text/invalid-syllable",
            &format!("{HEAD}Căn cứ Luật Tổ chức HDDND và UBND ngày 26/11/2003.
"),
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].contains("“HDDND”") && got[0].contains("“HĐND”"), "{got:?}");
        for line in ["Mã hồ sơ ADDB và HĐND.", "Luật Tổ chức HĐND và UBND."] {
            let got = findings("text/invalid-syllable", &format!("{HEAD}{line}
"));
            assert!(got.is_empty(), "{line}: {got:?}");
        }
    }

    /// Misses met in held-out documents: a stop syllable typed without its mark, next to the
    /// word it makes a compound with.
    #[test]
    fn an_unmarked_stop_syllable_in_a_compound() {
        for (line, word) in [
            ("Ứng dụng tiến bộ khoa hoc vào sản xuất.", "hoc"),
            ("ứng dụng khoa hoc công nghệ", "hoc"),
            ("Danh sách Ban Công tac Mặt trận thôn.", "tac"),
        ] {
            let got = findings("text/invalid-syllable", &format!("{HEAD}{line}\n"));
            assert_eq!(got.len(), 1, "{line}: {got:?}");
            assert!(got[0].contains(&format!("“{word}”")), "{got:?}");
        }
    }

    /// Foreign words and text typed without marks are not Vietnamese syllables to correct.
    #[test]
    fn foreign_and_unmarked_words_are_left_alone() {
        for line in [
            "Lập nhóm chat trên Zalo để trao đổi thông tin.",
            "Thực hiện test nhanh cho người dân.",
            "Xếp top đầu toàn tỉnh về chuyển đổi số.",
            "Tap huan khoa hoc ky thuat cho nong dan.",
            "Tài liệu tại https://tanhung.gov.vn/khoa-hoc ngay hôm nay.",
        ] {
            let got = findings("text/invalid-syllable", &format!("{HEAD}{line}\n"));
            assert!(got.is_empty(), "{line}: {got:?}");
        }
    }

    /// One mistake, one finding: "ngân sach" is the compound typed wrong (text/tone-typo), not
    /// again a syllable.
    #[test]
    fn a_compound_typed_wrong_is_reported_once() {
        let text = format!("{HEAD}Dự toán thu ngân sach nhà nước năm 2026.\n");
        assert!(findings("text/invalid-syllable", &text).is_empty());
        assert_eq!(findings("text/tone-typo", &text).len(), 1);
    }
}
