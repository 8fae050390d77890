use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports an academic or honorary title before the signer's name (`TS. Nguyễn Văn An`) in
    /// a state document.
    ///
    /// ## Why
    /// The decree prints the name without academic titles, ranks or honours (sectors with their
    /// own rules — armed forces, health, education — may differ, hence a warning).
    ///
    /// ## Example
    /// ```text
    /// KT. CHỦ TỊCH
    /// PHÓ CHỦ TỊCH
    /// TS. Nguyễn Văn An
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// KT. CHỦ TỊCH
    /// PHÓ CHỦ TỊCH
    /// Nguyễn Văn An
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 7 điểm c.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Cảnh báo khi trước họ tên người ký có ghi học hàm, học vị hoặc danh hiệu (`TS. Nguyễn Văn
    /// An`) trong văn bản theo thể thức Nghị định 30/2020/NĐ-CP (văn bản hành chính nhà nước, văn
    /// bản của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội). Văn bản của Đảng, Đoàn Thanh
    /// niên, Hội Nông dân không kiểm tra. Có sửa tự động an toàn: bỏ phần ghi trước họ tên.
    ///
    /// ### Vì sao
    /// Nghị định quy định trước họ tên người ký không ghi học hàm, học vị, cấp bậc hay danh hiệu.
    /// Một số ngành có quy định riêng (lực lượng vũ trang, y tế, giáo dục) nên quy tắc chỉ ở mức
    /// cảnh báo.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 7 điểm c.
    pub struct AcademicTitle {
        id: "signature/academic-title",
        severity: Warning,
        fix: Safe,
        summary: "Không ghi học hàm, học vị trước họ tên người ký",
        summary_en: "No academic title before the signer's name",
    }
}

impl Rule for AcademicTitle {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        if !doc.profile.is_state() {
            return;
        }
        for sig in &doc.signatures {
            // each signer on its own (a biên bản's second signer too)
            let Some((_, span)) = sig.name else { continue };
            let text = doc.slice(span);
            let Some(first) = text.split_whitespace().next().filter(|w| w.ends_with('.')) else {
                continue;
            };
            let cut = text.find(first).unwrap_or(0) + first.len();
            let rest = text[cut..].trim_start();
            let title_span = Span::new(span.start, span.end - rest.len());
            ctx.emit(
                title_span,
                format!("Không ghi “{first}” trước họ tên người ký"),
                format!("Do not write “{first}” before the signer's name"),
            )
            .safe_fix(title_span, "");
        }
    }
}
