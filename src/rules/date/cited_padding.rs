use crate::declare_rule;
use crate::document::date::right_form;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports the day or the month of a cited document's date, written in words, that is not
    /// written as Nghị định 30 writes dates: a day 1–9 or a month 1–2 without its leading zero
    /// (`ngày 3 tháng 9`), a month 3–12 with one (`tháng 06`).
    ///
    /// ## Why
    /// A citation restates the issuing date of the document it cites, and that date was written
    /// `ngày 03 tháng 9 năm 2025` when it was signed. Laws and decrees cite each other in this
    /// form; a date copied by hand from an older template often keeps `tháng 06` or loses the
    /// zero of `03`. Dates written with slashes (`03/9/2025`) are left alone.
    ///
    /// ## Example
    /// ```text
    /// Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 06 năm 2025;
    /// Căn cứ Quyết định số 35/QĐ-UBND ngày 3 tháng 9 năm 2025 của Ủy ban nhân dân xã;
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
    /// Căn cứ Quyết định số 35/QĐ-UBND ngày 03 tháng 9 năm 2025 của Ủy ban nhân dân xã;
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục 4 (the issuing date: days below 10 and
    /// months 1 and 2 take a leading zero; mẫu “ngày 29 tháng 6 năm 2019”), restated where the
    /// document is cited (Phụ lục I, Phần II: a citation gives the type, number, date and issuer).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo ngày hoặc tháng của văn bản được viện dẫn, viết bằng chữ, không đúng cách Nghị định 30
    /// ghi ngày tháng: ngày 1–9 hoặc tháng 1, 2 thiếu số 0 phía trước (`ngày 3 tháng 9`), tháng 3–12
    /// lại có số 0 (`tháng 06`).
    ///
    /// ### Vì sao
    /// Khi viện dẫn, văn bản nhắc lại ngày ban hành của văn bản được dẫn, và ngày đó đã được ghi
    /// `ngày 03 tháng 9 năm 2025` khi ký. Luật, nghị định viện dẫn nhau theo đúng cách này; ngày
    /// chép tay từ mẫu cũ hay còn `tháng 06` hoặc mất số 0 của `03`. Ngày viết bằng dấu gạch chéo
    /// (`03/9/2025`) không bị kiểm tra.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục 4 (thời gian ban hành: ngày dưới 10 và
    /// tháng 1, 2 ghi thêm số 0; mẫu “ngày 29 tháng 6 năm 2019”), được nhắc lại khi viện dẫn
    /// (Phụ lục I, Phần II: viện dẫn ghi tên loại, số, ký hiệu, ngày ban hành, cơ quan ban hành).
    pub struct CitedPadding {
        id: "date/cited-padding",
        severity: Warning,
        fix: Safe,
        summary: "Ngày tháng của văn bản được dẫn viết theo mẫu Nghị định 30",
        summary_en: "A cited document's date is written as Nghị định 30 writes dates",
    }
}

impl Rule for CitedPadding {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        // the citations and the laws are in the order of the text, as the dates are: one walk
        // (plain loops: iterator adapters and a sort cost the WebAssembly module a kilobyte)
        let (citations, laws) = (doc.citations(), doc.laws());
        let (mut c, mut l) = (0, 0);
        for (k, date) in doc.dates().iter().enumerate() {
            let (Some([day, month]), Some(value)) = (date.words, date.day) else {
                continue;
            };
            let start = date.span.start;
            while c < citations.len() && citations[c].date.is_none_or(|(_, s)| s.start < start) {
                c += 1;
            }
            while l < laws.len() && laws[l].date.is_none_or(|d| d < k) {
                l += 1;
            }
            let by_citation = citations
                .get(c)
                .and_then(|x| x.date)
                .is_some_and(|(_, s)| s.start == start);
            if by_citation || laws.get(l).and_then(|x| x.date) == Some(k) {
                check_part(doc, ctx, day, value, false);
                check_part(doc, ctx, month, date.month, true);
            }
        }
    }
}

/// Reports the day or the month of a cited date written otherwise than Nghị định 30 writes it.
fn check_part(doc: &Document, ctx: &mut Context, span: Span, value: u32, is_month: bool) {
    // an impossible date is date/impossible's
    let written = doc.slice(span);
    let Some(right) = right_form(written, value, is_month) else {
        return;
    };
    // one message built once: each format! costs the WebAssembly module bytes
    let en = ctx.config.lang == crate::config::Lang::En;
    let (part, of) = match (is_month, en) {
        (true, false) => ("Tháng", "của văn bản được dẫn phải viết"),
        (false, false) => ("Ngày", "của văn bản được dẫn phải viết"),
        (true, true) => ("Month", "of the cited document must be written"),
        (false, true) => ("Day", "of the cited document must be written"),
    };
    ctx.report(span, format!("{part} {written} {of} “{right}”"))
        .safe_fix(span, right);
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    const RULE: &str = "date/cited-padding";

    fn decision(bases: &str) -> String {
        format!("ỦY BAN NHÂN DÂN\nXÃ TÂN HÒA\nSố: 15/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTân Hòa, ngày 05 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nỦY BAN NHÂN DÂN XÃ TÂN HÒA\n\n{bases}\nQUYẾT ĐỊNH:\nĐiều 1. Thành lập Tổ công tác.\n")
    }

    /// Dates with slashes are written both ways in practice (`05/3/2020`, `5/3/2020`); only
    /// the worded form, which restates the signed date, is held to Nghị định 30's form. A date
    /// that is not a citation's (an event in the body) is not this rule's either.
    #[test]
    fn only_worded_dates_of_citations() {
        let text = "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 5/3/2020 của Chính phủ;\nHội nghị họp ngày 3 tháng 9 năm 2026 tại hội trường.\n";
        assert!(findings(RULE, &decision(text)).is_empty(), "{:?}", findings(RULE, &decision(text)));
        let worded = "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 5 tháng 03 năm 2020 của Chính phủ;\n";
        assert_eq!(findings(RULE, &decision(worded)).len(), 2, "{:?}", findings(RULE, &decision(worded)));
    }

    /// A law in a Căn cứ line is cited by its name and date, without a number (held-out batch
    /// 19: "Luật Ngân sách nhà nước ngày 25 tháng 06 năm 2025").
    #[test]
    fn a_law_cited_by_name_and_date() {
        let text = "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 06 năm 2025;\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n";
        let found = findings(RULE, &decision(text));
        assert_eq!(found.len(), 1, "{found:?}");
    }
}
