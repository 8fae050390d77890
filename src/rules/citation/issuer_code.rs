use crate::declare_rule;
use crate::document::issuer::{class_of_code, issuer_of_type};
use crate::document::{Document, NumberStyle};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a cited document whose issuer cannot have issued it: the symbol's issuer code
    /// names another body (`12/QĐ-TTg` is the Prime Minister's, `58/KH-UBND` a People's
    /// Committee's, `05-CT/TW` the Party Centre's, `5511/BKHCN-CĐSQG` the Ministry of Science
    /// and Technology's, not another ministry's), or the type belongs to another body (a Luật
    /// or a Bộ luật to the National Assembly, a Nghị định to the Government, a Thông tư to a
    /// ministry).
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
    /// Thủ tướng Chính phủ, `58/KH-UBND` của Ủy ban nhân dân, `05-CT/TW` của Trung ương Đảng,
    /// `5511/BKHCN-CĐSQG` của Bộ Khoa học và Công nghệ chứ không phải bộ khác), hoặc loại văn bản
    /// thuộc thẩm quyền cơ quan khác (Luật, Bộ luật do Quốc hội, Nghị định do Chính phủ, Thông tư
    /// do bộ ban hành). Trường hợp kiểu số (Đảng hay nhà nước) mâu thuẫn với cơ quan ban hành do
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
                let (vi, en) = if law.code {
                    ("Bộ luật", "A code")
                } else {
                    ("Luật", "A law")
                };
                ctx.emit(
                    issuer,
                    format!("{vi} do Quốc hội ban hành, không phải {written}"),
                    format!("{en} is passed by the National Assembly, not {written}"),
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
            let written = doc.slice(iss.span);
            if crate::document::issuer::compatible(expected, named) {
                // a ministry named with another ministry's code: "5511/BKHCN-CĐSQG … của Bộ
                // Thông tin và Truyền thông"
                if let Some((code, name)) = other_ministry(written, &issuers) {
                    ctx.emit(
                        iss.span,
                        format!("ký hiệu “{}” ({code}) là của {name}, không phải {written}", c.number_text),
                        format!("the symbol “{}” ({code}) is the {name}'s, not {written}", c.number_text),
                    )
                    .related(c.number, "số, ký hiệu", "number and symbol");
                }
                continue;
            }
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

/// The ministries, present and merged in 2025, with the code their symbols carry (the initials
/// of their names).
const MINISTRIES: &[(&str, &str)] = &[
    ("BQP", "Bộ Quốc phòng"),
    ("BCA", "Bộ Công an"),
    ("BNG", "Bộ Ngoại giao"),
    ("BNV", "Bộ Nội vụ"),
    ("BTP", "Bộ Tư pháp"),
    ("BTC", "Bộ Tài chính"),
    ("BCT", "Bộ Công Thương"),
    ("BNNMT", "Bộ Nông nghiệp và Môi trường"),
    ("BXD", "Bộ Xây dựng"),
    ("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("BKHCN", "Bộ Khoa học và Công nghệ"),
    ("BGDĐT", "Bộ Giáo dục và Đào tạo"),
    ("BYT", "Bộ Y tế"),
    ("BDTTG", "Bộ Dân tộc và Tôn giáo"),
    ("BKHĐT", "Bộ Kế hoạch và Đầu tư"),
    ("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
    ("BGTVT", "Bộ Giao thông vận tải"),
    ("BTNMT", "Bộ Tài nguyên và Môi trường"),
    ("BTTTT", "Bộ Thông tin và Truyền thông"),
    ("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
];

/// When the issuer named is a ministry ("Bộ Thông tin và Truyền thông", "Bộ trưởng Bộ Y tế")
/// and the symbol carries another ministry's code and not its own: that code and the
/// ministry it belongs to.
fn other_ministry(named: &str, codes: &[&str]) -> Option<(&'static str, &'static str)> {
    let f = crate::vietnamese::fold(named);
    let f = f.strip_prefix("bo truong ").unwrap_or(&f);
    // (every ministry's name starts with "Bộ": no other name is folded against the list)
    if !f.starts_with("bo ") {
        return None;
    }
    let (own, _) = MINISTRIES.iter().find(|(_, name)| {
        f.strip_prefix(crate::vietnamese::fold(name).as_str())
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ',', ';']))
    })?;
    if codes.contains(own) {
        return None;
    }
    MINISTRIES
        .iter()
        .find(|(code, _)| codes.contains(code))
        .copied()
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
        // a code too (held-out batch 9, a court's letter)
        let code = "Căn cứ Điều 172 Bộ luật Tố tụng dân sự số 92/2015/QH13 ngày 25/11/2015 của Chính phủ;\n";
        let found = findings(rule, code);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("Bộ luật do Quốc hội"), "{found:?}");
        let code = code.replace("Chính phủ", "Quốc hội");
        assert!(findings(rule, &code).is_empty());
    }

    /// A miss from a Sở's plan (held-out batch 9): a ministry's letter given to the ministry
    /// merged into it; a joint circular names both.
    #[test]
    fn a_ministry_s_symbol_names_the_ministry() {
        let rule = "citation/issuer-code";
        let wrong = "Thực hiện Công văn số 5511/BKHCN-CĐSQG ngày 10/10/2025 của Bộ Thông tin và Truyền thông về việc hướng dẫn xây dựng kế hoạch.\n";
        let found = findings(rule, wrong);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("Bộ Khoa học và Công nghệ"), "{found:?}");
        let right = wrong.replace("Thông tin và Truyền thông", "Khoa học và Công nghệ");
        assert!(findings(rule, &right).is_empty(), "{:?}", findings(rule, &right));
        let joint = "Căn cứ Thông tư liên tịch số 14/2015/TTLT-BTC-BNV ngày 20/01/2015 của Bộ Nội vụ;\n";
        assert!(findings(rule, joint).is_empty());
        // held-out batch 20: a Sở's code mirrors its ministry's, and is not the ministry's
        let sở = "Thực hiện Công văn số 3185/SGDĐT-GDPT ngày 19/12/2025 của Bộ Giáo dục và Đào tạo về việc hướng dẫn sơ kết học kỳ I.\n";
        assert_eq!(findings(rule, sở).len(), 1, "{:?}", findings(rule, sở));
        let right = sở.replace("Bộ Giáo dục", "Sở Giáo dục");
        assert!(findings(rule, &right).is_empty(), "{:?}", findings(rule, &right));
    }

    /// Held-out batch 26: a province's Đoàn plan ("…/TĐTN-PT") given to the Youth Union's
    /// central secretariat; the central code with a Đoàn named without its level is left alone.
    #[test]
    fn a_provincial_youth_code_is_not_the_central_committees() {
        let rule = "citation/issuer-code";
        let wrong = "Căn cứ Kế hoạch số 48-KH/TĐTN-PT ngày 12/5/2026 của Ban Bí thư Trung ương Đoàn về Chiến dịch Thanh niên tình nguyện hè năm 2026;\n";
        assert_eq!(findings(rule, wrong).len(), 1, "{:?}", findings(rule, wrong));
        for right in [
            wrong.replace("Ban Bí thư Trung ương Đoàn", "Ban Thường vụ Tỉnh đoàn Lâm Đồng"),
            wrong.replace("TĐTN-PT", "TWĐTN-PT"),
            wrong.replace("TĐTN-PT", "TWĐTN-PT").replace("Ban Bí thư Trung ương Đoàn", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
        ] {
            assert!(findings(rule, &right).is_empty(), "{right}: {:?}", findings(rule, &right));
        }
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
