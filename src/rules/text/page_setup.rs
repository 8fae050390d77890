use crate::declare_rule;
use crate::document::{Document, Span};
use crate::docx::Tenths;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// In a `.docx`, checks the page setup against Nghị định 30: A4 paper (210 × 297 mm,
    /// portrait), top and bottom margins 20–25 mm, left 30–35 mm, right 15–20 mm. One finding
    /// per document, naming every value that is off. Plain text has no page setup and is not
    /// checked.
    ///
    /// ## Why
    /// Word's default in many installations is US Letter with 1-inch (25.4 mm) margins: the
    /// document prints with the wrong binding margin and is sent back.
    ///
    /// ## Example
    /// ```xml
    /// <w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>
    /// <w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr>
    /// ```
    ///
    /// ## Correct
    /// ```xml
    /// <w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>
    /// <w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"/></w:sectPr>
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I (khổ giấy, định lề trang).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Với tệp `.docx`, kiểm tra định dạng trang theo Nghị định 30: khổ giấy A4 (210 × 297 mm,
    /// trang dọc), lề trên và lề dưới 20–25 mm, lề trái 30–35 mm, lề phải 15–20 mm. Mỗi văn bản báo
    /// một lần, nêu mọi giá trị sai. Văn bản thuần không có định dạng trang nên không kiểm tra.
    ///
    /// ### Vì sao
    /// Nhiều máy cài Word mặc định khổ US Letter với lề 1 inch (25,4 mm): văn bản in ra sai lề đóng
    /// gáy và bị trả lại.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I (khổ giấy, định lề trang).
    pub struct PageSetup {
        id: "text/page-setup",
        severity: Warning,
        fix: None,
        summary: "Khổ giấy hoặc lề trang không đúng Nghị định 30 (A4; lề trên, dưới 20–25 mm, trái 30–35 mm, phải 15–20 mm)",
        summary_en: "Paper size or margins differ from Decree 30 (A4; top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm)",
    }
}

/// Millimetres within `[lo, hi]` (whole millimetres), allowing 0.3 mm for Word's rounding to
/// twips.
fn within(mm: Tenths, lo: i64, hi: i64) -> bool {
    mm.within(Tenths::units(lo), Tenths::units(hi), 3)
}

impl Rule for PageSetup {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(layout) = &doc.layout else { return };
        let mut vi = Vec::new();
        let mut en = Vec::new();
        if let Some((w, h)) = layout.page_mm {
            if !(within(w, 210, 210) && within(h, 297, 297)) {
                let landscape = within(w, 297, 297) && within(h, 210, 210);
                if landscape {
                    vi.push("trang A4 nằm ngang (phải để dọc)".to_string());
                    en.push("A4 landscape (portrait expected)".to_string());
                } else {
                    vi.push(format!("khổ giấy {w} × {h} mm (phải là A4 210 × 297 mm)"));
                    en.push(format!("paper {w} × {h} mm (A4 210 × 297 mm expected)"));
                }
            }
        }
        if let Some([top, right, bottom, left]) = layout.margins_mm {
            let sides = [
                (top, 20, 25, "lề trên", "top margin"),
                (bottom, 20, 25, "lề dưới", "bottom margin"),
                (left, 30, 35, "lề trái", "left margin"),
                (right, 15, 20, "lề phải", "right margin"),
            ];
            for (mm, lo, hi, name_vi, name_en) in sides {
                if !within(mm, lo, hi) {
                    vi.push(format!("{name_vi} {mm} mm (phải {lo}–{hi} mm)"));
                    en.push(format!("{name_en} {mm} mm ({lo}–{hi} mm expected)"));
                }
            }
        }
        if vi.is_empty() {
            return;
        }
        // a property of the whole document: shown on its first line
        let at = doc
            .lines
            .iter()
            .find(|l| !l.content.is_empty())
            .map_or(Span::empty(0), |l| l.content);
        ctx.emit(
            at,
            format!("Định dạng trang: {}", vi.join("; ")),
            format!("Page setup: {}", en.join("; ")),
        );
    }
}
