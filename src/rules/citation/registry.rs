use crate::declare_rule;
use crate::document::{Date, Document};
use crate::rules::{Context, Rule, RuleMeta};

/// Well-known central documents: (folded type, number, date, canonical issuer, source).
/// Only facts taken from the documents themselves go in.
/// (folded type, number, (day, month, year), issuer)
type Entry = (&'static str, &'static str, (u32, u32, i32), &'static str);

const KNOWN: &[Entry] = &[
    ("chi thi", "04-CT/TW", (6, 7, 2011), "Ban Bí thư"),
    ("chi thi", "12-CT/TW", (5, 1, 2022), "Ban Bí thư"),
    ("chi thi", "25-CT/TW", (8, 8, 2018), "Ban Bí thư"),
    ("chi thi", "45-CT/TW", (19, 5, 2015), "Bộ Chính trị"),
    ("ket luan", "12-KL/TW", (12, 8, 2021), "Bộ Chính trị"),
    ("nghi quyet", "36-NQ/TW", (26, 3, 2004), "Bộ Chính trị"),
    ("nghi quyet", "22-NQ/TW", (10, 4, 2013), "Bộ Chính trị"),
    ("nghi quyet", "57-NQ/TW", (22, 12, 2024), "Bộ Chính trị"),
    ("nghi quyet", "27/NQ-CP", (5, 4, 2016), "Chính phủ"),
    ("nghi dinh", "30/2020/NĐ-CP", (5, 3, 2020), "Chính phủ"),
    ("chi thi", "01/CT-TTg", (9, 1, 2015), "Thủ tướng Chính phủ"),
];

declare_rule! {
    /// ## What it does
    /// Compares citations of well-known central documents with a registry of their dates and
    /// issuers (Chỉ thị 04-CT/TW of 06/7/2011 and 12-CT/TW of 05/01/2022 by the Ban Bí thư;
    /// Kết luận 12-KL/TW of 12/8/2021, Nghị quyết 36-NQ/TW of 26/3/2004, 22-NQ/TW of 10/4/2013
    /// and Chỉ thị 45-CT/TW of 19/5/2015 by the Bộ Chính trị; Nghị quyết 27/NQ-CP of 05/4/2016
    /// and Nghị định 30/2020/NĐ-CP of 05/3/2020 by the Chính phủ; …).
    ///
    /// ## Why
    /// These documents are cited in thousands of plans, and a wrong issuer is copied from plan
    /// to plan.
    ///
    /// ## Example
    /// ```text
    /// Chỉ thị số 04-CT/TW ngày 06/7/2011 của Bộ Chính trị về đối ngoại nhân dân
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Chỉ thị số 04-CT/TW ngày 06/7/2011 của Ban Bí thư về đối ngoại nhân dân
    /// ```
    ///
    /// ## Basis
    /// The documents themselves (their headers name the issuing body and date).
    pub struct Registry {
        id: "citation/registry",
        severity: Warning,
        fix: None,
        summary: "Viện dẫn văn bản trung ương sai ngày hoặc sai cơ quan ban hành",
        summary_en: "A well-known central document is cited with a wrong date or issuer",
    }
}

impl Rule for Registry {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, doc: &Document, ctx: &mut Context) {
        for c in &doc.citations {
            let Some(&(_, number, (d, m, y), issuer)) = KNOWN
                .iter()
                .find(|k| k.0 == c.kind_folded && k.1 == c.number_text)
            else {
                continue;
            };
            let kind = doc.slice(c.kind);
            let known = Date::new(d, m, y);
            if let Some((date, span)) = c.date {
                if date != known {
                    ctx.emit(
                        span,
                        format!(
                            "{kind} {number} ban hành ngày {}, không phải {}",
                            known.display(),
                            date.display()
                        ),
                        format!(
                            "{kind} {number} is dated {}, not {}",
                            known.display(),
                            date.display()
                        ),
                    )
                    .suggest(known.display());
                }
            }
            for iss in &c.issuers {
                if iss.canonical.is_some_and(|n| n != issuer) {
                    ctx.emit(
                        iss.span,
                        format!(
                            "{kind} {number} do {issuer} ban hành, không phải {}",
                            iss.canonical.unwrap()
                        ),
                        format!(
                            "{kind} {number} was issued by {issuer}, not {}",
                            iss.canonical.unwrap()
                        ),
                    )
                    .suggest(issuer);
                }
            }
        }
    }
}
