use crate::declare_rule;
use crate::document::Document;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a plan whose summary names a single year ("… năm 2022") earlier than its issuing
    /// year, or more than one year later. A plan for next year issued in December is normal.
    /// Only plans and programmes (Kế hoạch, Chương trình) are checked: a report or a decision
    /// on an earlier year is normal.
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
        // only a plan looks ahead: a report or a decision on an earlier year is normal
        // ("Báo cáo tổng kết công tác năm 2025", issued in January 2026)
        if !doc
            .doc_type
            .is_some_and(|t| matches!(t.name, "Kế hoạch" | "Chương trình"))
        {
            return;
        }
        let Some(issued) = doc.issue_date() else {
            return;
        };
        let Some((year, span)) = doc.summary_year() else {
            return;
        };
        if year < issued.year || year > issued.year + 1 {
            ctx.emit(
                span,
                format!("Kế hoạch cho năm {year} nhưng ban hành năm {}", issued.year),
                format!("The plan is for {year} but issued in {}", issued.year),
            );
        }
    }
}
