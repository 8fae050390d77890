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
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo kế hoạch (Kế hoạch) có bố cục theo các phần số La Mã nhưng thiếu phần mục đích
    /// (`MỤC ĐÍCH, YÊU CẦU` hoặc `MỤC TIÊU`), phần nội dung (`NỘI DUNG`, `NHIỆM VỤ`, `GIẢI PHÁP` …)
    /// hoặc phần tổ chức thực hiện (`TỔ CHỨC THỰC HIỆN`). Khi thiếu phần tổ chức thực hiện mà việc
    /// phân công cho các cơ quan được viết nối tiếp trong phần cuối, quy tắc chỉ ra dòng cần thêm
    /// đề mục đó.
    ///
    /// ### Vì sao
    /// Đây là thông lệ, không phải quy định: kế hoạch nào cũng nêu vì sao làm, làm gì, ai làm và
    /// đến khi nào. Kế hoạch thiếu phần tổ chức thực hiện thì không giao việc cho ai.
    ///
    /// ### Căn cứ
    /// Thông lệ (Nghị định 30/2020/NĐ-CP, Mẫu 1.4, không quy định các phần bắt buộc), vì vậy chỉ ở
    /// mức cảnh báo.
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
        // "NỘI DUNG, TIẾN ĐỘ, PHÂN CÔNG TRÁCH NHIỆM THỰC HIỆN" is content and implementation
        // at once: headings are read by their key words
        let content = parts.iter().any(|p| {
            let h = &p.heading_folded;
            (!is_purpose(h) && !p.is_implementation())
                || h.contains("noi dung")
                || h.contains("nhiem vu")
        });
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
            // the tasks of each body ("1. Sở Tài chính chủ trì …") written on under the last
            // part: the heading is missing above the first of them
            if let Some(line) = run_on_assignments(doc) {
                ctx.emit(
                    doc.gap_before(line),
                    "Kế hoạch thiếu đề mục phần tổ chức thực hiện: việc phân công từ dòng này đang nằm trong phần trước",
                    "The plan's implementation heading is missing: the assignments from this line sit in the part before",
                );
                return;
            }
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

/// The first numbered item of the last part from which every item gives a body its task,
/// when the part's own items before it do not.
fn run_on_assignments(doc: &Document) -> Option<usize> {
    // the first items of a part stay with it; a task list after them is the missing part
    let last = doc.body.parts.len().checked_sub(1)?;
    let items: Vec<&crate::document::Item> = doc
        .body
        .items
        .iter()
        .filter(|i| i.part == Some(last) && matches!(i.kind, crate::document::ItemKind::Number(_)))
        .collect();
    // "Sở Tài chính chủ trì …", "Đề nghị Công an tỉnh …": an item led by a body, or asking
    // one (the model's assignments are read only in an implementation part, which is missing)
    let reader = crate::document::bodies::Reader::new(doc.text(), &doc.words);
    let assigned = |item: &&crate::document::Item| {
        let mut k = reader.word_at(item.marker.end);
        let f = crate::vietnamese::fold::fold_prefix(reader.word_text(k), 8);
        if f == "de" && crate::vietnamese::fold::fold_prefix(reader.word_text(k + 1), 8) == "nghi" {
            k += 2;
        }
        // "Các sở, ban, ngành tỉnh": a group of bodies
        let group = crate::vietnamese::fold::fold_prefix(reader.word_text(k), 8) == "cac";
        let kind = crate::vietnamese::fold::fold_prefix(reader.word_text(k + 1), 8);
        reader.body_at(k).is_some()
            || (group
                && (reader.body_at(k + 1).is_some()
                    || [
                        "so", "ban", "co", "don", "dia", "xa", "phuong", "hoi", "doan", "phong",
                    ]
                    .contains(&kind.as_str())))
    };
    let start = items
        .iter()
        .rposition(|l| !assigned(l))
        .map_or(0, |k| k + 1);
    let first = items.get(start)?.line;
    // at least two bodies charged, and the part's heading line is not itself the task list
    (items.len() - start >= 2 && first > doc.body.parts[last].line + 1).then_some(first)
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// A false alarm met on real MTTQ plans: one heading holds the content and the tasks.
    #[test]
    fn content_and_assignment_under_one_heading() {
        let plan = "ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH\nBAN THƯỜNG TRỰC\nSố: 05/KH-MTTQ-BTT\n\nLương Minh, ngày 10 tháng 01 năm 2026\n\nKẾ HOẠCH\nTổ chức hội nghị hiệp thương\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm dân chủ.\nII. NỘI DUNG, TIẾN ĐỘ, PHÂN CÔNG TRÁCH NHIỆM THỰC HIỆN\n1. Ban Thường trực chuẩn bị hội nghị.\n";
        assert!(
            findings("structure/missing-plan-part", plan).is_empty(),
            "{:?}",
            findings("structure/missing-plan-part", plan)
        );
        let without = plan.replace("NỘI DUNG, TIẾN ĐỘ, PHÂN CÔNG TRÁCH NHIỆM", "TỔ CHỨC");
        assert_eq!(findings("structure/missing-plan-part", &without).len(), 1);
    }

    /// A false alarm of held-out batch 61: the implementation part is headed by the bodies'
    /// duties ("III. NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ"), then "IV. CHẾ ĐỘ BÁO CÁO".
    #[test]
    fn the_duties_of_the_bodies_are_the_implementation_part() {
        let plan = "UBND TỈNH LẠNG SƠN\nBAN CHỈ ĐẠO 389\nSố: 15/KH-BCĐ389\n\nLạng Sơn, ngày 08 tháng 12 năm 2025\n\nKẾ HOẠCH\nCao điểm chống buôn lậu\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Ngăn chặn buôn lậu.\nII. THỜI GIAN, ĐỊA BÀN\n1. Từ ngày 15/12/2025.\nIII. NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ\n1. Công an tỉnh\nĐấu tranh với các đường dây.\n2. Sở Công Thương\nTổng hợp kết quả.\nIV. CHẾ ĐỘ BÁO CÁO\n1. Báo cáo trước ngày 20/3/2026.\n";
        let rule = "structure/missing-plan-part";
        assert!(findings(rule, plan).is_empty(), "{:?}", findings(rule, plan));
        // one body's duties are no division of the work
        let one = plan.replace("NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ", "NHIỆM VỤ CỦA ĐOÀN KIỂM TRA");
        assert_eq!(findings(rule, &one).len(), 1, "{:?}", findings(rule, &one));
    }

    /// A heading a web page's copy wraps onto a second line ("III. TỔ CHỨC" / "THỰC HIỆN") is
    /// matched by its whole name; a table's header row under a heading is not part of it.
    #[test]
    fn a_heading_wrapped_over_two_lines() {
        let plan = "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\nSố: 118/KH-UBND\n\nHưng Yên, ngày 14 tháng 4 năm 2026\n\nKẾ HOẠCH\nKiểm tra công tác văn thư\n\nI. MỤC ĐÍCH,\nYÊU CẦU\n1. Bảo đảm đúng quy định.\nII. NỘI DUNG\nKIỂM TRA\n1. Việc lập hồ sơ.\nIII. TỔ CHỨC\nTHỰC HIỆN\n1. Sở Nội vụ chủ trì, phối hợp với các sở xây dựng lịch kiểm tra.\n";
        let rule = "structure/missing-plan-part";
        assert!(findings(rule, plan).is_empty(), "{:?}", findings(rule, plan));
        let cut = plan.replace("III. TỔ CHỨC\nTHỰC HIỆN", "III. TỔ CHỨC\n\tTHỰC HIỆN\tGHI CHÚ");
        assert_eq!(findings(rule, &cut).len(), 1, "{:?}", findings(rule, &cut));
    }
}
