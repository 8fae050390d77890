use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a text typed with a legacy Vietnamese font encoding (TCVN3/ABC with .VnTime
    /// fonts, or VNI with VNI-Times) and converted as if it were Unicode: it shows as
    /// mojibake such as “Céng hßa x· héi” or “Coäng hoøa xaõ hoäi”. Such text has many
    /// Latin-1 letters and symbols and none of the letters only Vietnamese uses (ă, đ, ơ, ư,
    /// ạ … ỹ). Reported once, at the first suspicious character; the other rules cannot read
    /// such text.
    ///
    /// ## Why
    /// A document in a legacy encoding is unreadable in any system that expects Unicode
    /// (TCVN 6909:2001, required by Nghị định 30).
    ///
    /// ## Example
    /// ```text
    /// Céng hßa x· héi chñ nghÜa ViÖt Nam. §éc lËp - Tù do - H¹nh phóc. Uû ban nh©n d©n tØnh.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc. Ủy ban nhân dân tỉnh.
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục 4: phông chữ tiếng Việt của bộ mã ký tự
    /// Unicode theo TCVN 6909:2001.
    pub struct LegacyEncoding {
        id: "text/legacy-encoding",
        severity: Error,
        fix: None,
        summary: "Văn bản gõ bằng bảng mã cũ (TCVN3, VNI), không phải Unicode",
        summary_en: "The text uses a legacy Vietnamese encoding (TCVN3, VNI), not Unicode",
    }
}

/// Letters that only Vietnamese Unicode text has: ă â đ ê ô ơ ư and the precomposed vowels
/// with tones (U+1EA0–U+1EF9), in either case.
fn is_vietnamese_unicode(c: char) -> bool {
    matches!(
        c,
        'ă' | 'Ă' | 'đ' | 'Đ' | 'ơ' | 'Ơ' | 'ư' | 'Ư' | 'ĩ' | 'Ĩ' | 'ũ' | 'Ũ'
    ) || ('\u{1EA0}'..='\u{1EF9}').contains(&c)
}

/// Latin-1 characters that TCVN3 and VNI use for Vietnamese letters and marks.
fn is_legacy_mark(c: char) -> bool {
    ('\u{A1}'..='\u{FF}').contains(&c)
        && !matches!(c, '«' | '»' | '°' | '·' | '×' | '÷' | '§' | '©' | '®')
}

impl Rule for LegacyEncoding {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let text = doc.text();
        let mut legacy = 0usize;
        let mut first = None;
        for (i, c) in text.char_indices() {
            if is_vietnamese_unicode(c) {
                return;
            }
            if is_legacy_mark(c) {
                legacy += 1;
                first.get_or_insert((i, c));
            }
        }
        let Some((i, c)) = first.filter(|_| legacy >= 8) else {
            return;
        };
        ctx.emit(
            Span::new(i, i + c.len_utf8()),
            format!("Văn bản có vẻ gõ bằng bảng mã cũ (TCVN3/VNI), không phải Unicode ({legacy} ký tự như “{c}”); hãy chuyển mã sang Unicode (ví dụ bằng công cụ chuyển mã của UniKey)"),
            format!("The text looks like a legacy Vietnamese encoding (TCVN3/VNI), not Unicode ({legacy} characters like “{c}”); convert it to Unicode (e.g. with UniKey's converter)"),
        );
    }
}
