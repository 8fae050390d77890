use crate::declare_rule;
use crate::document::Document;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a document cited twice in one text with two different issuers (“Chỉ thị số
    /// 04-CT/TW … của Bộ Chính trị” and later “… của Ban Bí thư”). Only well-known central
    /// bodies are compared, so that two ways of naming one body are not reported.
    ///
    /// ## Why
    /// One document has one issuer; one of the citations is wrong.
    ///
    /// ## Example
    /// ```text
    /// Chỉ thị số 04-CT/TW ngày 06/7/2011 của Bộ Chính trị về đối ngoại nhân dân;
    /// thực hiện Chỉ thị số 04-CT/TW ngày 06/7/2011 của Ban Bí thư khóa XI.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Chỉ thị số 04-CT/TW ngày 06/7/2011 của Ban Bí thư về đối ngoại nhân dân;
    /// thực hiện Chỉ thị số 04-CT/TW ngày 06/7/2011 của Ban Bí thư khóa XI.
    /// ```
    ///
    /// ## Basis
    /// Consistency of the document with itself.
    pub struct ConflictingIssuer {
        id: "citation/conflicting-issuer",
        severity: Error,
        fix: None,
        summary: "Cùng một văn bản được viện dẫn với hai cơ quan ban hành khác nhau",
        summary_en: "The same document is cited with two different issuers",
    }
}

impl Rule for ConflictingIssuer {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        for (i, c) in doc.citations.iter().enumerate() {
            let Some(iss) = c.issuer() else { continue };
            let Some(name) = iss.canonical else { continue };
            let earlier = doc.citations[..i].iter().find_map(|e| {
                let ei = e.issuer()?;
                (e.same_document(c)
                    && e.same_term(c)
                    && ei.canonical.is_some()
                    && ei.canonical != Some(name))
                .then_some(ei)
            });
            if let Some(ei) = earlier {
                let line = doc.lines.partition_point(|l| l.span.start <= ei.span.start);
                let other = ei.canonical.unwrap();
                ctx.emit(
                    iss.span,
                    format!(
                        "{} {} được ghi là của {name} ở đây nhưng của {other} ở dòng {line}",
                        doc.slice(c.kind),
                        c.number_text
                    ),
                    format!(
                        "{} {} is attributed to {name} here but to {other} on line {line}",
                        doc.slice(c.kind),
                        c.number_text
                    ),
                )
                .related(ei.span, "lần viện dẫn trước / earlier citation");
            }
        }
    }
}
