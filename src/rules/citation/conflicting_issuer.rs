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
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo lỗi khi cùng một văn bản được viện dẫn hai lần trong văn bản với hai cơ quan ban hành
    /// khác nhau (`Chỉ thị số 04-CT/TW … của Bộ Chính trị` rồi sau đó `… của Ban Bí thư`). Lần viện
    /// dẫn sau bị báo, kèm chỉ dẫn đến lần trước. Chỉ so các cơ quan trung ương thường gặp, để hai
    /// cách gọi tên của cùng một cơ quan không bị báo.
    ///
    /// ### Vì sao
    /// Một văn bản chỉ có một cơ quan ban hành; một trong các lần viện dẫn đã ghi sai.
    ///
    /// ### Căn cứ
    /// Tính thống nhất trong chính văn bản.
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
        // an undated citation (or a state number) can be any term's document; a dated Party
        // number only its own term's: so each citation is recorded in its document's group and
        // in its term's, and looked up in the ones it can be compared with
        let mut any_term = super::Groups::new();
        let mut by_term = super::Groups::new();
        for (i, c) in doc.citations.iter().enumerate() {
            let Some(iss) = c.issuer() else { continue };
            let Some(name) = iss.canonical else { continue };
            let doc_id = c.first_of_document;
            let term = super::term_of(c);
            let earlier = match term {
                None => any_term.first_not(&doc_id, name),
                Some(_) => [
                    by_term.first_not(&(doc_id, term), name),
                    by_term.first_not(&(doc_id, None), name),
                ]
                .into_iter()
                .flatten()
                .min_by_key(|(k, _)| *k),
            };
            any_term.record(doc_id, i, name);
            by_term.record((doc_id, term), i, name);
            let Some((e, other)) = earlier else { continue };
            let ei = doc.citations[e]
                .issuer()
                .map_or(doc.citations[e].span, |x| x.span);
            let line = doc.display_line(ei.start);
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
            .related(ei, "lần viện dẫn trước", "earlier citation");
        }
    }
}
