use crate::declare_rule;
use crate::document::Document;
use crate::docx::Tenths;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// In a `.docx`, checks font sizes against Nghị định 30: the national title (Quốc hiệu)
    /// 12–13 pt, the motto (Tiêu ngữ) and the type name 13–14 pt, and the body text 13–14 pt
    /// (reported once, at the first paragraph out of range, with how many there are).
    /// Recipients and signature have their own sizes and are not checked.
    ///
    /// ## Why
    /// A body in 12 pt or a title in 16 pt is the first thing a reviewer sees; the sizes are
    /// part of the format the decree prescribes.
    ///
    /// ## Example
    /// ```xml
    /// <w:p><w:r><w:rPr><w:sz w:val="32"/></w:rPr><w:t>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</w:t></w:r></w:p>
    /// ```
    ///
    /// ## Correct
    /// ```xml
    /// <w:p><w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:t>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</w:t></w:r></w:p>
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I và Phần II (cỡ chữ từng thành phần).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Với tệp `.docx`, kiểm tra cỡ chữ theo Nghị định 30: Quốc hiệu cỡ 12–13, Tiêu ngữ và tên loại
    /// văn bản cỡ 13–14, nội dung văn bản cỡ 13–14 (báo một lần, tại đoạn đầu tiên sai cỡ, kèm số
    /// đoạn sai). Nơi nhận và phần chữ ký có cỡ chữ riêng, không kiểm tra.
    ///
    /// ### Vì sao
    /// Nội dung cỡ 12 hay Quốc hiệu cỡ 16 là điều người thẩm định thấy đầu tiên; cỡ chữ là một phần
    /// của thể thức mà nghị định quy định.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I và Phần II (cỡ chữ từng thành phần).
    pub struct FontSize {
        id: "text/font-size",
        severity: Info,
        fix: None,
        summary: "Cỡ chữ khác quy định (Quốc hiệu 12–13, Tiêu ngữ, tên loại và nội dung 13–14)",
        summary_en: "Font size differs from the rule (national title 12–13 pt; motto, type name and body 13–14 pt)",
    }
}

fn within(pt: Tenths, lo: i64, hi: i64) -> bool {
    pt.within(Tenths::units(lo), Tenths::units(hi), 0)
}

impl Rule for FontSize {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(layout) = &doc.layout else { return };
        let size = |line: usize| {
            let row = doc.lines[line].row as usize;
            layout.paragraphs.get(row).and_then(|f| f.size_pt)
        };
        let h = &doc.header;
        let parts = [
            (h.national_title, 12, 13, "Quốc hiệu", "The national title"),
            (h.motto, 13, 14, "Tiêu ngữ", "The motto"),
            (
                h.type_name.map(|t| t.line),
                13,
                14,
                "Tên loại văn bản",
                "The type name",
            ),
        ];
        for (line, lo, hi, vi, en) in parts {
            let Some(line) = line else { continue };
            if let Some(pt) = size(line).filter(|&pt| !within(pt, lo, hi)) {
                ctx.emit(
                    doc.lines[line].content,
                    format!("{vi} cỡ {pt} pt; phải {lo}–{hi} pt"),
                    format!("{en} is {pt} pt; {lo}–{hi} pt expected"),
                );
            }
        }
        let body = doc.body.start..doc.body.end.min(doc.lines.len());
        let off: Vec<(usize, Tenths)> = body
            .filter(|&l| !doc.lines[l].content.is_empty())
            .filter_map(|l| size(l).map(|pt| (l, pt)))
            .filter(|&(_, pt)| !within(pt, 13, 14))
            .collect();
        if let Some(&(line, pt)) = off.first() {
            let more = off.len() - 1;
            let (also_vi, also_en) = if more > 0 {
                (
                    format!(" (và {more} đoạn khác)"),
                    format!(" (and {more} more)"),
                )
            } else {
                (String::new(), String::new())
            };
            ctx.emit(
                doc.lines[line].content,
                format!("Nội dung văn bản cỡ {pt} pt{also_vi}; phải 13–14 pt"),
                format!("Body text is {pt} pt{also_en}; 13–14 pt expected"),
            );
        }
    }
}
