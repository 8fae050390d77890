use crate::declare_rule;
use crate::document::Document;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a document with a body but no recipients block (`Nơi nhận:`).
    ///
    /// ## Why
    /// The recipients are a mandatory component: they say who must act and who is informed,
    /// and the archive line files the original.
    ///
    /// ## Example
    /// ```text
    /// KẾ HOẠCH
    /// Chuyển đổi số năm 2026
    /// I. MỤC ĐÍCH
    /// Trên đây là Kế hoạch./.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// KẾ HOẠCH
    /// Chuyển đổi số năm 2026
    /// I. MỤC ĐÍCH
    /// Trên đây là Kế hoạch./.
    /// Nơi nhận:
    /// - Sở Nội vụ;
    /// - Lưu: VT, VX.
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm i; Phụ lục I, Phần II, mục 9.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo văn bản có phần nội dung nhưng không có phần nơi nhận (`Nơi nhận:`). Không báo biên bản
    /// của các tổ chức đảng và văn bản bị cắt dở ở cuối.
    ///
    /// ### Vì sao
    /// Nơi nhận là thành phần thể thức bắt buộc: cho biết ai phải thực hiện, ai để biết, và dòng
    /// lưu xác định nơi lưu bản gốc.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm i; Phụ lục I, Phần II, mục 9.
    pub struct Missing {
        id: "recipients/missing",
        severity: Error,
        fix: None,
        summary: "Thiếu phần nơi nhận",
        summary_en: "The recipients block (Nơi nhận) is missing",
    }
}

/// Whether a folded line counts a record's copies: "lập thành 02 bản", "lập thành hai bản".
fn counts_its_copies(f: &str) -> bool {
    f.match_indices("lap thanh ").any(|(i, m)| {
        let mut words = f[i + m.len()..].split(' ');
        let count = words.next().is_some_and(|n| {
            n.bytes().all(|b| b.is_ascii_digit()) || ["hai", "ba", "bon", "nam", "sau"].contains(&n)
        });
        count
            && words
                .next()
                .is_some_and(|w| w.trim_end_matches([',', '.', ';', ':']) == "ban")
    })
}

impl Rule for Missing {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        if doc.recipients.is_some()
            || doc.looks_cut()
            || doc.header.promulgated
            // a thư công has no form in NĐ30; an open letter names no recipients
            || doc.doc_type.is_some_and(|t| t.name == "Thư")
            || (doc.body.parts.is_empty() && doc.body.closing.is_none())
        {
            return;
        }
        // a Party cell's minutes end with the secretary's and the chair's signatures and go
        // into the cell's records: Hướng dẫn 36-HD/VPTW gives them no recipients block; so do
        // a mass organisation's branch's (a chi hội's monthly meeting, held-out batch 71)
        let minutes = doc
            .header
            .type_name
            .is_some_and(|t| t.doc_type.name == "Biên bản");
        use crate::config::Profile;
        if minutes
            && matches!(
                doc.profile,
                Profile::Party | Profile::Mass | Profile::Farmers | Profile::Youth
            )
        {
            return;
        }
        // a record that says who keeps its copies ("Biên bản được lập thành 02 bản …, Đoàn
        // kiểm tra giữ 01 bản, cơ sở được kiểm tra giữ 01 bản", an inspection record of
        // held-out batch 63) is handed over as it says, with no list
        let closing = doc.body.closing.unwrap_or(doc.body.end.saturating_sub(1));
        let copies_handed = minutes
            // (a witness's block may stand between it and the signatures, or a second row of
            // signers: a mediation record's parties, then its mediators, held-out batch 76)
            && (closing.saturating_sub(12)..=closing).any(|l| {
                l < doc.lines.len() && counts_its_copies(&crate::vietnamese::fold(doc.content(l)))
            });
        if copies_handed {
            return;
        }
        let anchor = doc
            .body
            .closing
            .map(|l| crate::document::Span::empty(doc.lines[l].content.end))
            .unwrap_or_else(|| doc.end_anchor());
        ctx.emit(
            anchor,
            "Thiếu phần “Nơi nhận:”",
            "The recipients block (“Nơi nhận:”) is missing",
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// A false alarm met on a correct Party cell's minutes.
    #[test]
    fn party_minutes_need_no_recipients() {
        let minutes = "ĐẢNG BỘ PHƯỜNG TRẢNG DÀI\nCHI BỘ KHU PHỐ 5\n*\n\nBIÊN BẢN\nSinh hoạt chi bộ tháng 3 năm 2026\n\nI. THỜI GIAN, ĐỊA ĐIỂM\n1. Lúc 19 giờ ngày 05/3/2026.\nII. NỘI DUNG\n1. Đánh giá tình hình.\nBuổi sinh hoạt kết thúc lúc 21 giờ.\n\nTHƯ KÝ\tCHỦ TRÌ\n\nNgô Thị Hương\tLê Văn Hùng\n";
        assert!(findings("recipients/missing", minutes).is_empty());
        let plan = minutes.replace("BIÊN BẢN", "KẾ HOẠCH");
        assert_eq!(
            findings("recipients/missing", &plan).len(),
            1,
            "{:?}",
            findings("recipients/missing", &plan)
        );
    }

    /// Held-out batch 71: a veterans' branch's monthly minutes go into its records too; a
    /// commune committee's minutes still name who receives them.
    #[test]
    fn a_mass_organisations_branch_minutes_need_no_recipients() {
        let minutes = |top: &str| format!("{top}\tĐộc lập - Tự do - Hạnh phúc\nSố: 03/BB-CH\tPhú Xá, ngày 25 tháng 3 năm 2026\n\nBIÊN BẢN\nSinh hoạt chi hội tháng 3 năm 2026\n\nI. THỜI GIAN, ĐỊA ĐIỂM\n1. Lúc 08 giờ ngày 25/3/2026.\nII. NỘI DUNG\n1. Đánh giá tình hình.\nHội nghị kết thúc lúc 10 giờ 30 phút./.\n\nTHƯ KÝ\tCHỦ TRÌ\nTrần Đức Minh\tNguyễn Văn Lượng\n");
        let rule = "recipients/missing";
        let branch = "HỘI CCB XÃ PHÚ XÁ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCHI HỘI CCB THÔN PHÚ XÁ";
        assert!(findings(rule, &minutes(branch)).is_empty(), "{:?}", findings(rule, &minutes(branch)));
        let committee = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ PHÚ XÁ";
        assert_eq!(findings(rule, &minutes(committee)).len(), 1);
    }

    /// A false alarm of held-out batch 63: a state inspection record that says who keeps its
    /// copies needs no list; a record that does not say still does.
    #[test]
    fn a_record_that_hands_over_its_copies() {
        let record = |last: &str| format!("CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH THANH HÓA\nĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 2\nSố: 15/BB-ĐQLTT2\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThanh Hóa, ngày 14 tháng 4 năm 2026\n\nBIÊN BẢN KIỂM TRA\nViệc chấp hành pháp luật\n\nI. THÀNH PHẦN\n1. Đoàn kiểm tra.\nII. KẾT QUẢ KIỂM TRA\n1. Cơ sở niêm yết giá chưa đầy đủ.\n{last}\n\nĐẠI DIỆN CƠ SỞ\tTRƯỞNG ĐOÀN KIỂM TRA\nLê Thị Hoa\tNguyễn Văn Hùng\n");
        let rule = "recipients/missing";
        let handed = record("Biên bản được lập thành 02 bản, Đoàn kiểm tra giữ 01 bản, cơ sở giữ 01 bản./.");
        assert!(findings(rule, &handed).is_empty(), "{:?}", findings(rule, &handed));
        let silent = record("Việc kiểm tra kết thúc vào hồi 11 giờ./.");
        assert_eq!(findings(rule, &silent).len(), 1, "{:?}", findings(rule, &silent));
    }
}
