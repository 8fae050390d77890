use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a document with no number line (`Số: 15/KH-UBND`, Party `Số 45-KH/TU`). In draft
    /// mode the number may be left blank (`Số:    /KH-UBND`), but the line must be there.
    ///
    /// ## Why
    /// The number and symbol identify the document in the register; without them it cannot be
    /// issued or cited.
    ///
    /// ## Example
    /// ```text
    /// ỦY BAN NHÂN DÂN TỈNH TRÀ VINH
    /// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    /// KẾ HOẠCH
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// ỦY BAN NHÂN DÂN TỈNH TRÀ VINH
    /// Số: 15/KH-UBND
    /// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    /// KẾ HOẠCH
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm c, Điều 15; Phụ lục I, Phần II, mục 3.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo lỗi khi văn bản không có dòng số, ký hiệu (`Số: 15/KH-UBND`; văn bản của Đảng
    /// `Số 45-KH/TU`). Ở chế độ dự thảo được để trống số (`Số:    /KH-UBND`), nhưng vẫn phải có
    /// dòng này. Không báo khi số, ký hiệu có trong phần đầu nhưng không đứng riêng một dòng (bảng
    /// hai cột bị dồn thành một dòng khi chép từ trang web).
    ///
    /// ### Vì sao
    /// Số, ký hiệu là căn cứ để nhận biết văn bản trong sổ đăng ký; thiếu số, ký hiệu thì văn bản
    /// không thể ban hành hay được viện dẫn.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm c, Điều 15; Phụ lục I, Phần II, mục 3.
    pub struct Missing {
        id: "number/missing",
        severity: Error,
        fix: None,
        summary: "Thiếu số, ký hiệu văn bản",
        summary_en: "The document number is missing",
    }
}

impl Rule for Missing {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let h = &doc.header;
        if h.number.is_some() || h.unlined.number || doc.lines.iter().all(|l| l.is_blank()) {
            return;
        }
        // the number goes under the issuing body
        let anchor = h
            .issuing_body
            .last()
            .map(|&l| Span::empty(doc.lines[l].content.end))
            .unwrap_or_else(|| doc.header_anchor());
        let example = match (
            doc.profile.is_state(),
            doc.doc_type.and_then(|t| t.state_code),
        ) {
            (true, Some(code)) => format!("Số: …/{code}-…"),
            (true, None) => "Số: …/…".to_string(),
            (false, _) => "Số …-…/…".to_string(),
        };
        ctx.emit(
            anchor,
            format!("Thiếu số, ký hiệu văn bản (“{example}”)"),
            format!("The document number is missing (“{example}”)"),
        );
    }
}
