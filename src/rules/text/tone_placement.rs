use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};
use crate::vietnamese::syllable::{strip_tone, tone_of, Tone};

declare_rule! {
    /// ## What it does
    /// Reports a document that places tone marks in both styles: the traditional one (“hòa”,
    /// “thủy”, “khỏe”, “ủy”) and the modern one (“hoà”, “thuỷ”, “khoẻ”, “uỷ”). It is reported
    /// once, at the first word written in the less used style. The national title (CỘNG HÒA
    /// or CỘNG HOÀ, both official) does not count.
    ///
    /// ## Why
    /// Both styles are correct — the decree itself uses both — but one document should keep to
    /// one, and a mix usually shows text pasted from several sources.
    ///
    /// ## Example
    /// ```text
    /// Ủy ban nhân dân tỉnh; Thành uỷ; hòa bình và hữu nghị.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Ủy ban nhân dân tỉnh; Thành ủy; hòa bình và hữu nghị.
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục II (writes both “hòa” and “hoà”); consistency.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo văn bản đặt dấu thanh theo cả hai kiểu: kiểu cũ (`hòa`, `thủy`, `khỏe`, `ủy`) và kiểu
    /// mới (`hoà`, `thuỷ`, `khoẻ`, `uỷ`). Chỉ báo một lần, tại từ đầu tiên viết theo kiểu ít dùng
    /// hơn trong văn bản. Quốc hiệu (`CỘNG HÒA` hay `CỘNG HOÀ`, cả hai đều chính thức) không tính.
    ///
    /// ### Vì sao
    /// Cả hai kiểu đều đúng — chính nghị định cũng dùng cả hai — nhưng một văn bản nên thống nhất
    /// một kiểu; dùng lẫn thường cho thấy văn bản được ghép từ nhiều nguồn.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục II (viết cả “hòa” và “hoà”); tính thống nhất.
    pub struct TonePlacement {
        id: "text/tone-placement",
        severity: Info,
        fix: None,
        summary: "Văn bản dùng lẫn hai kiểu đặt dấu thanh (“hòa”/“hoà”, “ủy”/“uỷ”)",
        summary_en: "Both tone-placement styles in one document (“hòa”/“hoà”, “ủy”/“uỷ”)",
    }
}

/// Whether a character carries a tone mark.
fn has_tone(c: char) -> bool {
    let mut buf = [0u8; 4];
    tone_of(c.encode_utf8(&mut buf)) != Tone::Level
}

/// For an open syllable ending in oa, oe or uy with a tone: `Some(true)` when the tone sits on
/// the first vowel (traditional: hòa), `Some(false)` on the second (modern: hoà).
pub fn traditional_placement(word: &str) -> Option<bool> {
    // cheap test first: the word must end in o/u + a/e/y (any marks)
    let mut tail = word.chars().rev();
    let (Some(last), Some(before)) = (tail.next(), tail.next()) else {
        return None;
    };
    let fold = crate::vietnamese::fold::fold_char;
    if !matches!(
        (fold(before), fold(last)),
        (Some('o'), Some('a' | 'e')) | (Some('u'), Some('y'))
    ) {
        return None;
    }
    let lower = crate::vietnamese::case::to_lower(word);
    let base = strip_tone(&lower);
    let pair_at = ["oa", "oe", "uy"]
        .iter()
        .find_map(|p| base.strip_suffix(p).map(|head| head.chars().count()))?;
    // "qu" + y (quý) is not the pair: u belongs to the initial
    if base.starts_with("qu") && pair_at == 1 {
        return None;
    }
    let toned = lower.chars().position(has_tone)?;
    match toned.checked_sub(pair_at) {
        Some(0) => Some(true),
        Some(1) => Some(false),
        _ => None,
    }
}

impl Rule for TonePlacement {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        // judged once per distinct spelling
        let style: Vec<Option<bool>> = doc
            .vocabulary
            .iter()
            .map(|sp| {
                let word = doc.slice(*sp);
                if word.is_ascii() || word.len() > 12 {
                    None
                } else {
                    traditional_placement(word)
                }
            })
            .collect();
        // the national title is a fixed formula written both ways by the decree itself
        // (CỘNG HÒA / CỘNG HOÀ): it does not count towards the document's own style
        let title = doc
            .header
            .national_title
            .map(|l| doc.lines[l].content)
            .unwrap_or(Span::empty(0));
        let (mut old, mut new): (Vec<Span>, Vec<Span>) = (Vec::new(), Vec::new());
        for (w, &v) in doc.words.iter().zip(&doc.word_vocab) {
            if (title.start..title.end).contains(&(w.start as usize)) {
                continue;
            }
            match style[v as usize] {
                Some(true) => old.push(w.span()),
                Some(false) => new.push(w.span()),
                None => {}
            }
        }
        if old.is_empty() || new.is_empty() {
            return;
        }
        let (minority, n_min, n_maj) = if new.len() <= old.len() {
            (new[0], new.len(), old.len())
        } else {
            (old[0], old.len(), new.len())
        };
        let example = doc.slice(minority);
        ctx.emit(
            minority,
            format!("Dùng lẫn hai kiểu đặt dấu thanh: {n_min} từ đặt dấu như “{example}”, {n_maj} từ theo kiểu còn lại; nên thống nhất một kiểu"),
            format!("Both tone-placement styles are used: {n_min} word(s) placed like “{example}”, {n_maj} in the other style; keep to one"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placements() {
        assert_eq!(traditional_placement("hòa"), Some(true));
        assert_eq!(traditional_placement("hoà"), Some(false));
        assert_eq!(traditional_placement("Ủy"), Some(true));
        assert_eq!(traditional_placement("uỷ"), Some(false));
        assert_eq!(traditional_placement("thủy"), Some(true));
        assert_eq!(traditional_placement("khoẻ"), Some(false));
        assert_eq!(traditional_placement("hoàn"), None);
        assert_eq!(traditional_placement("quý"), None);
        assert_eq!(traditional_placement("hoa"), None);
    }
}
