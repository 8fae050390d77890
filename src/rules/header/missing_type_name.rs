use crate::declare_rule;
use crate::document::Document;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a document whose number carries a type code (`KH`, `HD`, `BC` …) but which has no
    /// type-name line (`KẾ HOẠCH`) before its summary. A công văn has no type name and is not
    /// reported.
    ///
    /// ## Why
    /// The type name and summary are a mandatory component of every document that has a type.
    ///
    /// ## Example
    /// ```text
    /// ỦY BAN NHÂN DÂN TỈNH TRÀ VINH
    /// Số: 15/KH-UBND
    /// Trà Vinh, ngày 05 tháng 3 năm 2026
    ///
    /// Triển khai công tác chuyển đổi số năm 2026
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// ỦY BAN NHÂN DÂN TỈNH TRÀ VINH
    /// Số: 15/KH-UBND
    /// Trà Vinh, ngày 05 tháng 3 năm 2026
    ///
    /// KẾ HOẠCH
    /// Triển khai công tác chuyển đổi số năm 2026
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm đ; Phụ lục I, Phần II, mục 5.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Cảnh báo khi ký hiệu văn bản có chữ viết tắt tên loại (`KH`, `HD`, `BC` …) nhưng văn bản
    /// không có dòng tên loại (`KẾ HOẠCH`) trước trích yếu nội dung. Công văn không có tên loại nên
    /// không bị báo.
    ///
    /// ### Vì sao
    /// Tên loại và trích yếu nội dung là thành phần bắt buộc của mọi văn bản có tên loại.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm đ; Phụ lục I, Phần II, mục 5.
    pub struct MissingTypeName {
        id: "header/missing-type-name",
        severity: Warning,
        fix: None,
        summary: "Thiếu tên loại văn bản (KẾ HOẠCH, HƯỚNG DẪN …)",
        summary_en: "The type name (KẾ HOẠCH, HƯỚNG DẪN …) is missing",
    }
}

impl Rule for MissingTypeName {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        // (a "V/v …" summary makes it a công văn, whose first code is the state's issuer's:
        // "Số: 5649/CT-CS" of the Cục Thuế, "CT" no Chỉ thị, real set 9; the Party's and the
        // Đoàn's công văn carry their type, "CV")
        if doc.header.type_name.is_some() {
            return;
        }
        let Some(number) = &doc.header.number else {
            return;
        };
        // (only when that code is the issuer's initials, "CỤC THUẾ": a "V/v" letter numbered
        // "15/TB-UBND" still lacks its type name, review of this session)
        let initials = |line: usize| -> String {
            crate::vietnamese::fold(doc.content(line))
                .split(' ')
                .filter_map(|w| w.chars().next())
                .collect()
        };
        let issuer_code = number.symbol().first().is_some_and(|g| {
            let code = crate::vietnamese::fold(&g.text);
            doc.header.issuing_body.last().is_some_and(|&l| initials(l) == code)
        });
        if doc.header.letter_summary && doc.profile.is_state() && issuer_code {
            return;
        }
        let Some(t) = doc
            .doc_type
            .filter(|t| t.state_code.is_some() && t.name != "Công văn")
        else {
            return;
        };
        // above the summary when the summary is there, else after the header
        let at = match doc.header.summary.first() {
            Some(&s) => doc.gap_before(s),
            None => {
                let after = doc.header.lines().last().copied().unwrap_or(number.line);
                doc.gap_after(after)
            }
        };
        ctx.emit(
            at,
            format!(
                "Ký hiệu “{}” cho biết đây là {}, nhưng thiếu dòng tên loại “{}”",
                doc.slice(number.token),
                crate::vietnamese::case::to_lower(t.name),
                t.upper
            ),
            format!(
                "The symbol “{}” says this is a {}, but the type-name line “{}” is missing",
                doc.slice(number.token),
                t.name,
                t.upper
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// A false alarm met on a provincial inspectorate's conclusion: "KẾT LUẬN THANH TRA" is
    /// the type name with the kind of work it closes.
    #[test]
    fn a_type_name_with_its_kind_of_work() {
        let conclusion = |title: &str| {
            format!("UBND TỈNH NINH BÌNH\nTHANH TRA TỈNH\nSố: 52/KL-TTr\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nNinh Bình, ngày 12 tháng 5 năm 2026\n\n{title}\nViệc chấp hành pháp luật về quản lý đất đai\n\nI. KẾT QUẢ KIỂM TRA, XÁC MINH\n")
        };
        let rule = "header/missing-type-name";
        assert!(findings(rule, &conclusion("KẾT LUẬN THANH TRA")).is_empty());
        assert!(findings(rule, &conclusion("KẾT LUẬN")).is_empty());
        assert_eq!(findings(rule, &conclusion("")).len(), 1, "{:?}", findings(rule, &conclusion("")));
    }

    /// Real set 9: a công văn of the Cục Thuế, "Số: 5649/CT-CS" with its "V/v …" summary:
    /// "CT" is the issuer's code, not a Chỉ thị's.
    #[test]
    fn a_letter_whose_issuer_code_is_a_type_code() {
        let letter = |summary: &str| format!("BỘ TÀI CHÍNH\nCỤC THUẾ\nSố: 5649/CT-CS\n{summary}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 01 tháng 12 năm 2025\n\nKính gửi: Thuế tỉnh Hà Tĩnh.\n\nCục Thuế có ý kiến như sau.\n");
        let rule = "header/missing-type-name";
        assert!(findings(rule, &letter("V/v hóa đơn.")).is_empty());
        assert_eq!(findings(rule, &letter("")).len(), 1);
        // (the national title wrapped after "CỘNG" above the number, a web page's copy)
        let wrapped = "BỘ TÀI CHÍNH\nCỤC THUẾ\n**CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\nSố: 5649/CT-CS\n*V/v hóa đơn.*\nHà Nội, ngày 01 tháng 12 năm 2025\n\nKính gửi: Thuế tỉnh Hà Tĩnh.\n\nCục Thuế có ý kiến như sau.\n";
        assert!(findings(rule, wrapped).is_empty(), "{:?}", findings(rule, wrapped));
        // (a code that is not the issuer's initials is the type's)
        let notice = letter("V/v hóa đơn.").replace("5649/CT-CS", "5649/TB-CS");
        assert_eq!(findings(rule, &notice).len(), 1);
    }

    /// A false alarm of held-out batch 62: a commune's "BÁO CÁO NHANH" on storm damage is the
    /// type name with how the report is sent; a word of the summary is not.
    #[test]
    fn a_report_sent_fast() {
        let report = |title: &str| {
            format!("ỦY BAN NHÂN DÂN\nXÃ KỲ XUÂN\nSố: 125/BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nKỳ Xuân, ngày 30 tháng 9 năm 2025\n\n{title}\nTình hình thiệt hại do bão số 10\n\nI. DIỄN BIẾN CỦA BÃO\n")
        };
        let rule = "header/missing-type-name";
        assert!(findings(rule, &report("BÁO CÁO NHANH")).is_empty(), "{:?}", findings(rule, &report("BÁO CÁO NHANH")));
        assert_eq!(findings(rule, &report("BÁO CÁO BÃO")).len(), 1, "{:?}", findings(rule, &report("BÁO CÁO BÃO")));
    }

    /// Held-out batch 15: a joint programme's type name, "CHƯƠNG TRÌNH PHỐI HỢP", and the
    /// code real joint programmes carry (07/CTrPH-BCA-MTTW of the Bộ Công an and the Front).
    #[test]
    fn a_joint_programme() {
        let programme = |number: &str, title: &str| {
            format!("ỦY BAN MTTQ VIỆT NAM TỈNH CAO BẰNG\nBAN THƯỜNG TRỰC\nCÔNG AN TỈNH CAO BẰNG\nSố: {number}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nCao Bằng, ngày 06 tháng 02 năm 2026\n\n{title}\nTuyên truyền phòng, chống tội phạm\n\nI. MỤC ĐÍCH, YÊU CẦU\n")
        };
        for number in ["04/CTr-MTTQ-CAT", "04/CTrPH-MTTQ-CAT"] {
            let text = programme(number, "CHƯƠNG TRÌNH PHỐI HỢP");
            for rule in ["header/missing-type-name", "number/unknown-type-code", "number/type-mismatch"] {
                assert!(findings(rule, &text).is_empty(), "{rule} {number}: {:?}", findings(rule, &text));
            }
        }
        let untitled = programme("04/CTr-MTTQ-CAT", "");
        assert_eq!(findings("header/missing-type-name", &untitled).len(), 1);
        // a code that is no type, with or without the mark of a joint document
        let wrong = programme("04/CPH-MTTQ-CAT", "CHƯƠNG TRÌNH PHỐI HỢP");
        assert_eq!(findings("number/unknown-type-code", &wrong).len(), 1, "{:?}", findings("number/unknown-type-code", &wrong));
    }

    /// A false alarm met on a real Liên đội's plan (2019): "KẾ HOẠCH ĐẠI HỘI LIÊN ĐỘI", the
    /// summary typed on the type name's line, is the type name with its summary; the type
    /// name is not misspelt either. A heading "KẾ HOẠCH:" is none.
    #[test]
    fn the_summary_run_onto_the_type_name() {
        let plan = |type_line: &str| format!("HỘI ĐỒNG ĐỘI HUYỆN MƯỜNG CHÀ\tĐỘI TNTP HỒ CHÍ MINH\nLIÊN ĐỘI TRƯỜNG THCS MƯỜNG MÙN\n\nSố: 01-KH/LĐ\tMường Mùn, ngày 10 tháng 9 năm 2019\n\n{type_line}\nNăm học 2019 - 2020\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Tổng kết công tác Đội năm học.\n");
        for rule in ["header/missing-type-name", "header/type-name-text", "number/type-mismatch"] {
            assert!(findings(rule, &plan("KẾ HOẠCH ĐẠI HỘI LIÊN ĐỘI")).is_empty(), "{rule}");
        }
        assert_eq!(findings("header/missing-type-name", &plan("KẾ HOẠCH:")).len(), 1);
    }
}
