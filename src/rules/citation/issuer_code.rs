use crate::declare_rule;
use crate::document::issuer::{class_of_code, issuer_of_type};
use crate::document::{Document, NumberStyle};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a cited document whose issuer cannot have issued it: the symbol's issuer code
    /// names another body (`12/QĐ-TTg` is the Prime Minister's, `58/KH-UBND` a People's
    /// Committee's, `05-CT/TW` the Party Centre's), or the type belongs to another body (a
    /// Luật to the National Assembly, a Nghị định to the Government, a Thông tư to a ministry).
    ///
    /// ## Why
    /// "Thông tư … của Chính phủ" or "Quyết định số 12/QĐ-TTg của Chính phủ" points at a
    /// document that does not exist; the number or the issuer was copied wrong.
    ///
    /// ## Example
    /// ```text
    /// Căn cứ Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Chính phủ hướng dẫn thể thức văn bản;
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Căn cứ Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ Nội vụ hướng dẫn thể thức văn bản;
    /// ```
    ///
    /// ## Basis
    /// Luật Ban hành văn bản quy phạm pháp luật (who issues each type); Nghị định
    /// 30/2020/NĐ-CP, Phụ lục III (issuer codes in symbols); Hướng dẫn 36-HD/VPTW (`/TW`).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo lỗi khi cơ quan ban hành ghi cho văn bản được viện dẫn không thể là cơ quan đã ban hành
    /// văn bản đó: phần ký hiệu cơ quan trong số, ký hiệu chỉ một cơ quan khác (`12/QĐ-TTg` là của
    /// Thủ tướng Chính phủ, `58/KH-UBND` của Ủy ban nhân dân, `05-CT/TW` của Trung ương Đảng), hoặc
    /// loại văn bản thuộc thẩm quyền cơ quan khác (Luật do Quốc hội, Nghị định do Chính phủ, Thông
    /// tư do bộ ban hành). Trường hợp kiểu số (Đảng hay nhà nước) mâu thuẫn với cơ quan ban hành do
    /// quy tắc `citation/number-style-issuer` báo.
    ///
    /// ### Vì sao
    /// `Thông tư … của Chính phủ` hoặc `Quyết định số 12/QĐ-TTg của Chính phủ` chỉ tới một văn bản
    /// không tồn tại; số, ký hiệu hoặc cơ quan ban hành đã bị chép sai.
    ///
    /// ### Căn cứ
    /// Luật Ban hành văn bản quy phạm pháp luật (thẩm quyền ban hành từng loại văn bản); Nghị định
    /// 30/2020/NĐ-CP, Phụ lục III (ký hiệu cơ quan ban hành trong số, ký hiệu); Hướng dẫn
    /// 36-HD/VPTW (`/TW`).
    pub struct IssuerCode {
        id: "citation/issuer-code",
        severity: Error,
        fix: None,
        summary: "Cơ quan ban hành văn bản viện dẫn không khớp với ký hiệu hoặc loại văn bản",
        summary_en: "A cited document's issuer contradicts its symbol or its type",
    }
}

impl Rule for IssuerCode {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        // a law is passed by the National Assembly: "Luật … của Chính phủ" is not
        for law in &doc.laws {
            let Some(issuer) = law.issuer else { continue };
            let f = crate::vietnamese::fold(doc.slice(issuer));
            if ["chinh phu", "thu tuong", "bo "].iter().any(|p| f.starts_with(p)) {
                let written = doc.slice(issuer);
                ctx.emit(
                    issuer,
                    format!("Luật do Quốc hội ban hành, không phải {written}"),
                    format!("A law is passed by the National Assembly, not {written}"),
                );
            }
        }
        for c in &doc.citations {
            let Some(iss) = c.issuer() else { continue };
            let Some(named) = iss.class else { continue };
            // a style contradiction is citation/number-style-issuer's
            let party_number = c.style == Some(NumberStyle::Party);
            if iss.party.is_some_and(|p| p != party_number) {
                continue;
            }
            let (_, issuers) = c.codes();
            let by_type = issuer_of_type(&c.kind_folded);
            let by_code = class_of_code(&issuers);
            let Some(expected) = by_type.or(by_code) else {
                continue;
            };
            if expected == named {
                continue;
            }
            let written = doc.slice(iss.span);
            let why_vi = match by_type {
                Some(_) => format!("{} do {} ban hành", doc.slice(c.kind), expected.name(true)),
                None => format!("ký hiệu “{}” là của {}", c.number_text, expected.name(true)),
            };
            let why_en = match by_type {
                Some(_) => format!(
                    "a {} is issued by {}",
                    doc.slice(c.kind),
                    expected.name(false)
                ),
                None => format!(
                    "the symbol “{}” is {}'s",
                    c.number_text,
                    expected.name(false)
                ),
            };
            ctx.emit(
                iss.span,
                format!("{why_vi}, không phải {written}"),
                format!("{why_en}, not {written}"),
            )
            .related(c.number, "số, ký hiệu", "number and symbol");
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// A law is the National Assembly's, whoever the sentence names: found after "của" too
    /// ("theo quy định của Luật … năm 2022 của Chính phủ"); a law of the Quốc hội is right.
    #[test]
    fn a_law_passed_by_the_government_is_wrong() {
        let rule = "citation/issuer-code";
        let wrong = "Căn cứ Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13 ngày 09/6/2015 của Chính phủ;\nKhông có bạo lực theo quy định của Luật Phòng, chống bạo lực gia đình năm 2022 của Chính phủ.\n";
        assert_eq!(findings(rule, wrong).len(), 2, "{:?}", findings(rule, wrong));
        let right = "Căn cứ Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13 ngày 09/6/2015 của Quốc hội;\nCăn cứ Luật Đất đai ngày 18/01/2024 của Quốc hội khóa XV;\n";
        assert!(findings(rule, right).is_empty());
    }

    /// The issuer after another document's number is that document's: "Luật Dân quân tự vệ
    /// và chương trình tại Kế hoạch số 86/KH-BCH … của Bộ CHQS tỉnh" names no law's issuer.
    #[test]
    fn an_issuer_after_another_documents_number_is_not_the_laws() {
        let rule = "citation/issuer-code";
        let text = "- Huấn luyện theo quy định tại khoản 1 Điều 28 Luật Dân quân tự vệ và chương trình tại Kế hoạch số 86/KH-BCH ngày 15 tháng 01 năm 2026 của Bộ CHQS tỉnh.\n";
        assert!(findings(rule, text).is_empty(), "{:?}", findings(rule, text));
        let wrong = "- Thực hiện Luật Dân quân tự vệ số 48/2019/QH14 ngày 22/11/2019 của Bộ Quốc phòng.\n";
        assert_eq!(findings(rule, wrong).len(), 1);
    }
}
