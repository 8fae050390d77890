use crate::declare_rule;
use crate::document::Document;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a document cited twice in one text with two different dates. The later citation
    /// is reported, pointing to the earlier one.
    ///
    /// ## Why
    /// One document has one date; one of the two citations is wrong.
    ///
    /// ## Example
    /// ```text
    /// Thực hiện Chỉ thị số 45-CT/TW ngày 19/5/2015 của Bộ Chính trị.
    /// Tiếp tục thực hiện Chỉ thị số 45-CT/TW ngày 19/6/2015 của Bộ Chính trị.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Thực hiện Chỉ thị số 45-CT/TW ngày 19/5/2015 của Bộ Chính trị.
    /// Tiếp tục thực hiện Chỉ thị số 45-CT/TW ngày 19/5/2015 của Bộ Chính trị.
    /// ```
    ///
    /// ## Basis
    /// Consistency of the document with itself.
    pub struct ConflictingDate {
        id: "citation/conflicting-date",
        severity: Error,
        fix: Safe,
        summary: "Cùng một văn bản được viện dẫn với hai ngày khác nhau",
        summary_en: "The same document is cited with two different dates",
    }
}

impl Rule for ConflictingDate {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        for (i, c) in doc.citations.iter().enumerate() {
            let Some((d, span)) = c.date else { continue };
            let earlier = doc.citations[..i].iter().find(|e| {
                e.same_document(c) && e.same_term(c) && e.date.is_some_and(|(ed, _)| ed != d)
            });
            if let Some(e) = earlier {
                let (ed, espan) = e.date.unwrap();
                let line = doc.lines.partition_point(|l| l.span.start <= espan.start);
                ctx.emit(
                    span,
                    format!(
                        "{} {} ghi ngày {} ở đây nhưng ngày {} ở dòng {line}",
                        doc.slice(c.kind),
                        c.number_text,
                        d.display(),
                        ed.display()
                    ),
                    format!(
                        "{} {} is dated {} here but {} on line {line}",
                        doc.slice(c.kind),
                        c.number_text,
                        d.display(),
                        ed.display()
                    ),
                )
                .related(espan, "lần viện dẫn trước / earlier citation");
            }
        }
    }
}
