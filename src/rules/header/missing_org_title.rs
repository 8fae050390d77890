use crate::declare_rule;
use crate::document::Document;
use crate::config::Profile;
use crate::profile::Title;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a document of an organisation that writes its own title in place of the
    /// national one (the Đoàn TNCS Hồ Chí Minh: `ĐOÀN TNCS HỒ CHÍ MINH`; the Hội Nông dân:
    /// `HỘI NÔNG DÂN VIỆT NAM`) without it, and without the national title either. The
    /// Đoàn's own documents never carry the national title: one of the Đoàn alone (not a joint
    /// document, `…LT`) with the national title and motto in place of its title is reported too.
    ///
    /// ## Why
    /// The title is a mandatory component of the organisation's documents, as the national
    /// title is of the state's.
    ///
    /// ## Example
    /// ```text
    /// TỈNH ĐOÀN HÀ TĨNH
    /// ***
    /// Số: 09-KH/TĐTN-PT
    /// Hà Tĩnh, ngày 23 tháng 01 năm 2026
    /// KẾ HOẠCH
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// TỈNH ĐOÀN HÀ TĨNH
    /// ***
    /// Số: 09-KH/TĐTN-PT
    /// ĐOÀN TNCS HỒ CHÍ MINH
    /// Hà Tĩnh, ngày 23 tháng 01 năm 2026
    /// KẾ HOẠCH
    /// ```
    ///
    /// ## Basis
    /// Hướng dẫn 29-HD/TWĐTN-VP (2013) on the form of the Đoàn's documents (tiêu đề); the Hội
    /// Nông dân's documents carry `HỘI NÔNG DÂN VIỆT NAM` as the Party's carry its title.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo lỗi khi văn bản của tổ chức dùng tiêu đề riêng thay cho Quốc hiệu (Đoàn TNCS Hồ Chí
    /// Minh: `ĐOÀN TNCS HỒ CHÍ MINH`; Hội Nông dân: `HỘI NÔNG DÂN VIỆT NAM`) mà không có tiêu đề
    /// đó. Văn bản của Hội Nông dân ghi Quốc hiệu ở vị trí này thì không báo; văn bản của riêng
    /// Đoàn (không phải văn bản liên tịch, `…LT`) ghi Quốc hiệu, Tiêu ngữ thay cho tiêu đề của Đoàn
    /// thì bị báo.
    ///
    /// ### Vì sao
    /// Tiêu đề là thành phần bắt buộc của văn bản của tổ chức, cũng như Quốc hiệu là thành phần bắt
    /// buộc của văn bản nhà nước.
    ///
    /// ### Căn cứ
    /// Hướng dẫn 29-HD/TWĐTN-VP (2013) về thể thức văn bản của Đoàn (tiêu đề).
    pub struct MissingOrgTitle {
        id: "header/missing-org-title",
        severity: Error,
        fix: None,
        summary: "Văn bản của tổ chức thiếu tiêu đề của tổ chức (ĐOÀN TNCS HỒ CHÍ MINH)",
        summary_en: "An organisation's document lacks its own title (ĐOÀN TNCS HỒ CHÍ MINH)",
    }
}

impl Rule for MissingOrgTitle {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(Title::Own(title)) = doc.conventions().title else {
            return;
        };
        if doc.header.org_title.is_some() {
            return;
        }
        if let Some(national) = doc.header.national_title {
            // the Farmers' Union uses both; a joint document ("12/KHLT-…", "01/CTrPH-TĐTN-CAT"
            // of the Tỉnh Đoàn and the Công an tỉnh, held-out batch 70) carries its state
            // co-issuer's title
            let joint = doc.header.number.as_ref().and_then(|n| n.type_code()).is_some_and(|c| {
                [false, true].iter().any(|&party| crate::document::types::is_joint_code(&c.text, party))
            });
            if matches!(doc.profile, Profile::Youth) && !joint {
                // (the Youth Union's title written out: no formatting code in the module)
                ctx.emit(
                    doc.lines[national].content,
                    "Văn bản của Đoàn ghi tiêu đề “ĐOÀN TNCS HỒ CHÍ MINH”, không ghi Quốc hiệu",
                    "A Youth Union document carries the title “ĐOÀN TNCS HỒ CHÍ MINH”, not the national title",
                );
            }
            return;
        }
        // the header in rows of two cells (a Word table converted): the title goes in the
        // right cell of the first row
        let at = match &doc.header.place_date {
            Some(d) => doc
                .empty_first_right_cell()
                .unwrap_or_else(|| doc.gap_before(d.line)),
            None => doc.header_anchor(),
        };
        ctx.emit(
            at,
            format!("Thiếu tiêu đề “{title}” (hoặc Quốc hiệu)"),
            format!("The title “{title}” (or the national title) is missing"),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// A miss met in a held-out plan of a commune's Hội Nông dân: no title at all. Under the
    /// national title, or under its own, it has one.
    #[test]
    fn a_farmers_union_document_has_a_title() {
        let plan = |title: &str| format!("HỘI NÔNG DÂN TỈNH THÁI NGUYÊN\t{title}\nBCH HỘI NÔNG DÂN XÃ VĂN LĂNG\n*\nSố 09-KH/HNDX\tVăn Lăng, ngày 05 tháng 02 năm 2026\n\nKẾ HOẠCH\nPhong trào nông dân thi đua sản xuất năm 2026\n");
        // in the right cell of the first row
        assert_eq!(findings("header/missing-org-title", &plan("")), ["1:30 Thiếu tiêu đề “HỘI NÔNG DÂN VIỆT NAM” (hoặc Quốc hiệu)"]);
        assert!(findings("header/missing-org-title", &plan("HỘI NÔNG DÂN VIỆT NAM")).is_empty());
        let national = "HỘI NÔNG DÂN TỈNH THÁI NGUYÊN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBCH HỘI NÔNG DÂN XÃ VĂN LĂNG\tĐộc lập - Tự do - Hạnh phúc\nSố: 09-KH/HNDX\tVăn Lăng, ngày 05 tháng 02 năm 2026\n\nKẾ HOẠCH\nPhong trào nông dân thi đua sản xuất năm 2026\n";
        assert!(findings("header/missing-org-title", national).is_empty());
    }

    /// A miss of held-out batch 14: a commune Đoàn's plan copied from a state template, the
    /// national title and motto where ĐOÀN TNCS HỒ CHÍ MINH belongs.
    #[test]
    fn a_youth_union_document_under_the_national_title() {
        let plan = |title: &str, motto: &str, number: &str| format!("TỈNH ĐOÀN QUẢNG TRỊ\t{title}\nBCH ĐOÀN XÃ TRIỆU PHONG\t{motto}\n***\nSố: {number}\tTriệu Phong, ngày 25 tháng 5 năm 2026\n\nKẾ HOẠCH\nTổ chức Chiến dịch Thanh niên tình nguyện hè năm 2026\n");
        let national = plan("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "12-KH/ĐTN");
        assert_eq!(findings("header/missing-org-title", &national), ["1:21 Văn bản của Đoàn ghi tiêu đề “ĐOÀN TNCS HỒ CHÍ MINH”, không ghi Quốc hiệu"]);
        assert!(findings("header/missing-org-title", &plan("ĐOÀN TNCS HỒ CHÍ MINH", "", "12-KH/ĐTN")).is_empty());
        // a joint plan of the Đoàn and a state body keeps the national title
        let joint = plan("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "12/KHLT-ĐTN-UBND");
        assert!(findings("header/missing-org-title", &joint).is_empty());
        // a programme "phối hợp" with the police (held-out batch 70)
        let programme = plan("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "01/CTrPH-TĐTN-CAT");
        assert!(findings("header/missing-org-title", &programme).is_empty());
    }

    /// Held-out batch 35: a commune's trade union ("CÔNG ĐOÀN XÃ …") is no "ĐOÀN XÃ": its
    /// document keeps the national title.
    #[test]
    fn a_trade_union_is_no_youth_union() {
        let plan = "LĐLĐ TỈNH HÀ TĨNH\nCÔNG ĐOÀN XÃ ĐỨC THỊNH\n\nSố: 08/KH-CĐCS\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nĐức Thịnh, ngày 18 tháng 3 năm 2026\n\nKẾ HOẠCH\nTổ chức Tháng Công nhân năm 2026\n";
        assert!(findings("header/missing-org-title", plan).is_empty(), "{:?}", findings("header/missing-org-title", plan));
    }
}
