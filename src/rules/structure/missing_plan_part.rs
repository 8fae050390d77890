use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a Kế hoạch, divided into Roman parts, that lacks a purpose part (MỤC ĐÍCH, YÊU
    /// CẦU or MỤC TIÊU), a content part (NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP …) or an implementation
    /// part (TỔ CHỨC THỰC HIỆN).
    ///
    /// ## Why
    /// Practice, not regulation: every plan says why, what, and who does it by when. A plan
    /// without an implementation part assigns nothing to anybody.
    ///
    /// ## Example
    /// ```text
    /// KẾ HOẠCH
    /// Chuyển đổi số năm 2026
    /// I. MỤC ĐÍCH, YÊU CẦU
    /// II. NỘI DUNG
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// KẾ HOẠCH
    /// Chuyển đổi số năm 2026
    /// I. MỤC ĐÍCH, YÊU CẦU
    /// II. NỘI DUNG
    /// III. TỔ CHỨC THỰC HIỆN
    /// ```
    ///
    /// ## Basis
    /// Common practice (Nghị định 30/2020/NĐ-CP, Mẫu 1.4, gives no mandatory parts), hence a
    /// warning.
    pub struct MissingPlanPart {
        id: "structure/missing-plan-part",
        severity: Warning,
        fix: None,
        summary: "Kế hoạch thiếu phần mục đích, nội dung hoặc tổ chức thực hiện",
        summary_en: "A plan lacks its purpose, content or implementation part",
    }
}

fn is_purpose(h: &str) -> bool {
    h.contains("muc dich")
        || h.contains("yeu cau")
        || h.contains("muc tieu")
        || h.contains("quan diem")
}

impl Rule for MissingPlanPart {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        if doc.doc_type.map(|t| t.name) != Some("Kế hoạch") || doc.body.parts.len() < 2 {
            return;
        }
        let parts = &doc.body.parts;
        let purpose = parts.iter().any(|p| is_purpose(&p.heading_folded));
        let implementation = parts.iter().any(|p| p.is_implementation());
        let content = parts
            .iter()
            .any(|p| !is_purpose(&p.heading_folded) && !p.is_implementation());
        let first = Span::empty(doc.lines[parts[0].line].content.start);
        let after_last = Span::empty(doc.lines[parts.last().unwrap().line].content.start);
        if !purpose {
            ctx.emit(
                first,
                "Kế hoạch thiếu phần mục đích, yêu cầu (hoặc mục tiêu)",
                "The plan has no purpose part (MỤC ĐÍCH, YÊU CẦU or MỤC TIÊU)",
            );
        }
        if !content {
            ctx.emit(
                after_last,
                "Kế hoạch thiếu phần nội dung, nhiệm vụ",
                "The plan has no content part (NỘI DUNG, NHIỆM VỤ …)",
            );
        }
        if !implementation {
            let end = doc
                .body
                .closing
                .map(|l| Span::empty(doc.lines[l].content.start))
                .unwrap_or_else(|| Span::empty(doc.lines[doc.body.end.max(1) - 1].content.end));
            ctx.emit(
                end,
                "Kế hoạch thiếu phần tổ chức thực hiện",
                "The plan has no implementation part (TỔ CHỨC THỰC HIỆN)",
            );
        }
    }
}
