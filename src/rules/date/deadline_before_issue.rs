use crate::declare_rule;
use crate::document::{DateRole, Document};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a deadline with a full date ("trước ngày 15/02/2026", "hoàn thành trong tháng
    /// 02/2026") that falls before the issuing date. Deadlines without a year ("trước 15/5")
    /// recur every year and are not checked, nor are reports, minutes and submissions (Báo
    /// cáo, Biên bản, Tờ trình), where "hoàn thành trước ngày …" tells what was done.
    ///
    /// ## Why
    /// A deadline already past when the plan is issued cannot be met; usually the year was
    /// copied from last year's plan.
    ///
    /// ## Example
    /// ```text
    /// Trà Vinh, ngày 05 tháng 3 năm 2026
    /// KẾ HOẠCH
    /// Các đơn vị báo cáo kết quả trước ngày 15/02/2026.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Trà Vinh, ngày 05 tháng 3 năm 2026
    /// KẾ HOẠCH
    /// Các đơn vị báo cáo kết quả trước ngày 15/12/2026.
    /// ```
    ///
    /// ## Basis
    /// Consistency of the document with itself.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo thời hạn có ghi đủ năm (`trước ngày 15/02/2026`, `hoàn thành trong tháng 02/2026`) nhưng
    /// lại trước ngày ban hành văn bản. Không kiểm tra thời hạn không ghi năm (`trước 15/5`), vì
    /// thời hạn đó lặp lại hằng năm; cũng không kiểm tra báo cáo, biên bản và tờ trình (Báo cáo,
    /// Biên bản, Tờ trình), vì ở đó `hoàn thành trước ngày …` là kể lại việc đã làm.
    ///
    /// ### Vì sao
    /// Thời hạn đã qua ngay khi kế hoạch được ban hành thì không thể thực hiện được; thường là do
    /// chép nguyên năm từ kế hoạch năm trước.
    ///
    /// ### Căn cứ
    /// Tính thống nhất giữa các nội dung trong cùng một văn bản.
    pub struct DeadlineBeforeIssue {
        id: "date/deadline-before-issue",
        severity: Warning,
        fix: None,
        summary: "Thời hạn trước cả ngày ban hành văn bản",
        summary_en: "A deadline falls before the issuing date",
    }
}

impl Rule for DeadlineBeforeIssue {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(issued) = doc.issue_date() else {
            return;
        };
        // reports, minutes and submissions recount what was done: "hoàn thành trước ngày …"
        // there is history, not a deadline
        let recounts = doc
            .doc_type
            .is_some_and(|t| matches!(t.name, "Báo cáo" | "Biên bản" | "Tờ trình"));
        if recounts {
            return;
        }
        for m in doc.dates.iter().filter(|m| m.role == DateRole::Deadline) {
            let Some(year) = m.year else { continue };
            let before = match m.day {
                Some(day) => {
                    let d = crate::document::Date::new(day, m.month, year);
                    d.valid() && d < issued
                }
                // "trong tháng 02/2022": the whole month is past
                None => (year, m.month) < (issued.year, issued.month),
            };
            if before {
                ctx.emit(
                    m.span,
                    format!(
                        "Thời hạn {} ở trước ngày ban hành {}",
                        doc.slice(m.span),
                        issued.display()
                    ),
                    format!(
                        "The deadline {} is before the issuing date {}",
                        doc.slice(m.span),
                        issued.display()
                    ),
                );
            }
        }
    }
}
