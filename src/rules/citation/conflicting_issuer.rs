use crate::declare_rule;
use crate::document::Document;
use crate::rules::{Context, Rule};
use crate::vietnamese::fold;

/// A People's Council or Committee by its level ("Hội đồng nhân dân tỉnh Khánh Hòa", "HĐND
/// xã"): a budget resolution cited as the province's and then as the commune's has two
/// issuers, whatever the places' names.
fn local_level(folded: &str) -> Option<&'static str> {
    use crate::document::issuer::{class_of_name, IssuerClass};
    let council = match class_of_name(folded)? {
        IssuerClass::PeoplesCouncil => true,
        IssuerClass::PeoplesCommittee => false,
        _ => return None,
    };
    // the level is named right after the body: "… nhân dân tỉnh …", "HĐND xã"
    let place = ["nhan dan ", "hdnd ", "ubnd "]
        .iter()
        .find_map(|b| folded.split_once(b).map(|(_, rest)| rest))?;
    let first = |w: &str| {
        place
            .strip_prefix(w)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    };
    let province = if first("tinh") || first("thanh pho") {
        true
    } else if first("xa") || first("phuong") || first("dac khu") {
        false
    } else {
        return None;
    };
    Some(match (council, province) {
        (true, true) => "Hội đồng nhân dân cấp tỉnh",
        (true, false) => "Hội đồng nhân dân cấp xã",
        (false, true) => "Ủy ban nhân dân cấp tỉnh",
        (false, false) => "Ủy ban nhân dân cấp xã",
    })
}

declare_rule! {
    /// ## What it does
    /// Reports a document cited twice in one text with two different issuers (“Chỉ thị số
    /// 04-CT/TW … của Bộ Chính trị” and later “… của Ban Bí thư”). Only well-known central
    /// bodies are compared, and People's Councils and Committees by their level (“… của Hội
    /// đồng nhân dân tỉnh” and “… của Hội đồng nhân dân xã”), so that two ways of naming one
    /// body are not reported.
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
    /// dẫn sau bị báo, kèm chỉ dẫn đến lần trước. Chỉ so các cơ quan trung ương thường gặp, và
    /// Hội đồng nhân dân, Ủy ban nhân dân theo cấp (`… của Hội đồng nhân dân tỉnh` với `… của Hội
    /// đồng nhân dân xã`), để hai cách gọi tên của cùng một cơ quan không bị báo.
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
        let name_of = |c: &crate::document::Citation| -> Option<&'static str> {
            let iss = c.issuer()?;
            iss.canonical
                .or_else(|| local_level(&fold(doc.slice(iss.span))))
        };
        // names are compared by their hash (the groups keep u64 values)
        let hashed = |name: &str| {
            use std::hash::BuildHasher;
            std::hash::BuildHasherDefault::<crate::hash::Fnv>::default().hash_one(name)
        };
        for (i, c) in doc.citations.iter().enumerate() {
            let Some(iss) = c.issuer() else { continue };
            let Some(name) = name_of(c) else { continue };
            let value = hashed(name);
            let doc_id = c.first_of_document;
            let term = super::term_of(c);
            let (own, any) = (super::group_key(doc_id, term), super::group_key(doc_id, None));
            let earlier = match term {
                None => any_term.first_not(any, value),
                Some(_) => [by_term.first_not(own, value), by_term.first_not(any, value)]
                    .into_iter()
                    .flatten()
                    .min_by_key(|(k, _)| *k),
            };
            any_term.record(any, i, value);
            by_term.record(own, i, value);
            let Some((e, _)) = earlier else { continue };
            let Some(other) = name_of(&doc.citations[e]) else {
                continue;
            };
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

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// Held-out batch 19: a commune's budget resolution cited as the province's in the legal
    /// basis and as the commune's in Điều 1.
    #[test]
    fn a_council_at_two_levels() {
        let rule = "citation/conflicting-issuer";
        let text = |first: &str| format!("Căn cứ Nghị quyết số 47/NQ-HĐND ngày 18 tháng 12 năm 2026 của {first} về dự toán ngân sách xã năm 2027;\nĐiều 1. Giao dự toán theo Nghị quyết số 47/NQ-HĐND của Hội đồng nhân dân xã, cụ thể như sau:\n");
        let found = findings(rule, &text("Hội đồng nhân dân tỉnh Khánh Hòa"));
        assert_eq!(found.len(), 1, "{found:?}");
        let same = findings(rule, &text("Hội đồng nhân dân xã Diên Lâm"));
        assert!(same.is_empty(), "{same:?}");
    }
}
