use crate::declare_rule;
use crate::document::Document;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a plan whose summary names a single year ("… năm 2022") earlier than its issuing
    /// year, or more than one year later. A plan for next year issued in December is normal.
    /// Plans and programmes (Kế hoạch, Chương trình) are checked so; a report (Báo cáo) only
    /// when the year it reports on is later than its issuing year (the period has not come);
    /// a decision on an earlier year is normal.
    ///
    /// ## Why
    /// A plan "năm 2022" issued in 2024 is almost always last year's plan with a new date.
    ///
    /// ## Example
    /// ```text
    /// Tam Kỳ, ngày 22 tháng 3 năm 2024
    /// KẾ HOẠCH
    /// Công tác đối ngoại nhân dân năm 2022
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Tam Kỳ, ngày 22 tháng 3 năm 2024
    /// KẾ HOẠCH
    /// Công tác đối ngoại nhân dân năm 2024
    /// ```
    ///
    /// ## Basis
    /// Consistency of the document with itself.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo kế hoạch, chương trình (Kế hoạch, Chương trình) có trích yếu nội dung ghi một năm
    /// (`… năm 2022`) trước năm ban hành, hoặc sau năm ban hành quá một năm; kế hoạch cho năm sau
    /// ban hành vào tháng 12 là bình thường. Báo cáo (Báo cáo) chỉ bị báo khi nói về một năm sau
    /// năm ban hành (kỳ báo cáo chưa đến): báo cáo hay quyết định về một năm trước đó là bình
    /// thường, các loại văn bản khác không bị kiểm tra.
    ///
    /// ### Vì sao
    /// Kế hoạch “năm 2022” mà ban hành năm 2024 thì gần như chắc chắn là kế hoạch năm cũ chỉ được
    /// sửa lại ngày.
    ///
    /// ### Căn cứ
    /// Tính thống nhất giữa các nội dung trong cùng một văn bản.
    pub struct PlanYear {
        id: "date/plan-year",
        severity: Warning,
        fix: None,
        summary: "Năm của kế hoạch không khớp với năm ban hành",
        summary_en: "The plan's year does not match the issuing year",
    }
}

impl Rule for PlanYear {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(issued) = doc.issue_date() else {
            return;
        };
        let Some((year, span)) = doc.summary_year() else {
            return;
        };
        // the year the text is dated, shown beside the finding: one of the two is wrong
        let dated = doc
            .header
            .place_date
            .as_ref()
            .and_then(|p| p.year.as_ref())
            .map(|y| y.span);
        // a report looks back: on an earlier year it is normal ("Báo cáo tổng kết công tác năm
        // 2025", issued in January 2026), on a later one impossible
        if doc.doc_type.is_some_and(|t| t.name == "Báo cáo") {
            // the reported period is the earliest year named ("… năm 2025, phương hướng …
            // năm 2026" reports on 2025)
            let (year, span) = doc
                .summary_years()
                .into_iter()
                .min_by_key(|(y, _)| *y)
                .unwrap_or((year, span));
            // ... unless what it reports on is a draft or an estimate for that year ("Thẩm tra
            // dự thảo Nghị quyết về dự toán ngân sách năm 2026", "dự kiến kế hoạch năm 2026")
            let ahead = || {
                let summary: Vec<String> = doc
                    .header
                    .summary
                    .iter()
                    .map(|&l| crate::vietnamese::fold(doc.content(l)))
                    .collect();
                ["du thao", "du toan", "du kien", "ke hoach"]
                    .iter()
                    .any(|w| summary.iter().any(|s| s.contains(w)))
            };
            if year > issued.year && !ahead() {
                ctx.emit(
                    span,
                    format!(
                        "Báo cáo về năm {year} nhưng ban hành năm {}: kỳ báo cáo chưa đến",
                        issued.year
                    ),
                    format!(
                        "The report is on {year} but issued in {}: the period has not come",
                        issued.year
                    ),
                )
                .related_opt(dated, "năm ban hành", "the year of issue");
            }
            return;
        }
        // only a plan looks ahead: a decision on an earlier year is normal
        if !doc
            .doc_type
            .is_some_and(|t| matches!(t.name, "Kế hoạch" | "Chương trình"))
        {
            return;
        }
        if year < issued.year || year > issued.year + 1 {
            ctx.emit(
                span,
                format!("Kế hoạch cho năm {year} nhưng ban hành năm {}", issued.year),
                format!("The plan is for {year} but issued in {}", issued.year),
            )
            .related_opt(dated, "năm ban hành", "the year of issue");
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// A false alarm met on an HĐND committee's Báo cáo thẩm tra: it examines the draft
    /// budget for the coming year. A report on the results of a year not yet come is wrong.
    #[test]
    fn a_report_on_a_draft_for_the_coming_year() {
        let report = |summary: &str| {
            format!("HĐND TỈNH TÂY NINH\nBAN KINH TẾ - NGÂN SÁCH\nSố: 186/BC-KTNS\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTây Ninh, ngày 05 tháng 12 năm 2025\n\nBÁO CÁO\n{summary}\n\nKính gửi: Hội đồng nhân dân tỉnh.\n")
        };
        let rule = "date/plan-year";
        let draft = report("Thẩm tra dự thảo Nghị quyết về dự toán ngân sách địa phương năm 2026");
        assert!(findings(rule, &draft).is_empty(), "{:?}", findings(rule, &draft));
        let results = report("Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2026");
        assert_eq!(findings(rule, &results).len(), 1);
    }
}
