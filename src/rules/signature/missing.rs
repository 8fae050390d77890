use crate::declare_rule;
use crate::document::Document;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a document with a body but no signature block (authority, title, name).
    ///
    /// ## Why
    /// The signer's authority, title, name and signature are a mandatory component; an
    /// unsigned text is not a document.
    ///
    /// ## Example
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
    /// ## Correct
    /// ```text
    /// KẾ HOẠCH
    /// Chuyển đổi số năm 2026
    /// I. MỤC ĐÍCH
    /// Trên đây là Kế hoạch./.
    /// Nơi nhận:
    /// - Sở Nội vụ;
    /// - Lưu: VT, VX.
    /// TM. ỦY BAN NHÂN DÂN
    /// CHỦ TỊCH
    /// Nguyễn Văn An
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm g; Phụ lục I, Phần II, mục 7.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo lỗi khi văn bản có phần nội dung nhưng không có phần chữ ký (quyền hạn ký, chức vụ, họ
    /// tên người ký). Văn bản không có nội dung, hoặc bị cắt cụt (dòng cuối đứt giữa chừng, như
    /// đoạn trích chép từ trang web) thì không báo.
    ///
    /// ### Vì sao
    /// Quyền hạn, chức vụ, họ tên và chữ ký của người có thẩm quyền là thành phần bắt buộc của thể
    /// thức văn bản; văn bản không có chữ ký thì chưa phải là văn bản.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm g; Phụ lục I, Phần II, mục 7.
    pub struct Missing {
        id: "signature/missing",
        severity: Error,
        fix: None,
        summary: "Thiếu phần chữ ký (quyền hạn, chức vụ, họ tên người ký)",
        summary_en: "The signature block is missing",
    }
}

impl Rule for Missing {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        if doc.signature.is_some()
            || doc.looks_cut()
            || (doc.body.parts.is_empty() && doc.body.closing.is_none())
        {
            return;
        }
        ctx.emit(
            doc.end_anchor(),
            "Thiếu phần chữ ký: quyền hạn (TM., KT. …), chức vụ và họ tên người ký",
            "The signature block is missing: authority (TM., KT. …), title and the signer's name",
        );
    }

}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// A false alarm met on a real province's letter (held-out set 4): the file's path, a
    /// Word field typed under the archive line, stood between Nơi nhận and the signature.
    #[test]
    fn a_file_path_under_the_archive_line() {
        let text = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH HẬU GIANG\tĐộc lập - Tự do - Hạnh phúc\nSố: 73/UBND-TH\tHậu Giang, ngày 12 tháng 01 năm 2018\nV/v ủy quyền chỉ đạo, điều hành\n\nKính gửi: Thường trực Tỉnh ủy.\n\nChủ tịch Ủy ban nhân dân tỉnh ủy quyền Phó Chủ tịch Thường trực./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, TH.\nD\\2017\\CVUB\\uy quyen CDDH\n\nCHỦ TỊCH\n\nLữ Văn Hùng\n";
        assert!(findings("signature/missing", text).is_empty());
        assert_eq!(findings("signature/missing", &text.replace("CHỦ TỊCH\n\nLữ Văn Hùng\n", "")).len(), 1);
    }

    /// Held-out batch 42: with the annexes after it, a missing signature is reported where the
    /// main document ends (after its Nơi nhận), not after the last form.
    #[test]
    fn reported_before_the_annexes() {
        let text = "HỘI NÔNG DÂN XÃ TÂN ĐỊNH\tHỘI NÔNG DÂN VIỆT NAM\nCHI HỘI NÔNG DÂN THÔN ĐÔNG HÒA\n*\nSố 05-BC/CHND\tTân Định, ngày 08 tháng 12 năm 2025\n\nBÁO CÁO\nKết quả công tác Hội năm 2025\n\nI. KẾT QUẢ\nHoàn thành các chỉ tiêu.\nII. KIẾN NGHỊ\nĐề nghị Hội Nông dân xã tập huấn kỹ thuật./.\n\nNơi nhận:\n- Ban Chấp hành Hội Nông dân xã (b/c);\n- Lưu Chi hội.\n\nPhụ lục I\nDANH SÁCH HỘ HỘI VIÊN\n(Kèm theo Báo cáo số 05-BC/CHND ngày 08/12/2025 của Chi hội Nông dân thôn Đông Hòa)\nTT\tHọ và tên\n1\tLê Văn An\n";
        let found = findings("signature/missing", text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("16:"), "{found:?}");
    }
}
