use crate::declare_rule;
use crate::document::Document;
use crate::profile::Title;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a document of an organisation that writes its own title in place of the
    /// national one (the Đoàn TNCS Hồ Chí Minh: `ĐOÀN TNCS HỒ CHÍ MINH`) without it.
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
    /// Hướng dẫn 29-HD/TWĐTN-VP (2013) on the form of the Đoàn's documents (tiêu đề).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo lỗi khi văn bản của tổ chức dùng tiêu đề riêng thay cho Quốc hiệu (Đoàn TNCS Hồ Chí
    /// Minh, hệ thống `doan`: `ĐOÀN TNCS HỒ CHÍ MINH`) mà không có tiêu đề đó. Không báo khi văn
    /// bản ghi Quốc hiệu ở vị trí này.
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
        let Some(Title::Own(title)) = doc.profile.conventions().title else {
            return;
        };
        if doc.header.org_title.is_some() || doc.header.national_title.is_some() {
            return;
        }
        let at = match &doc.header.place_date {
            Some(d) => doc.gap_before(d.line),
            None => doc.header_anchor(),
        };
        ctx.emit(
            at,
            format!("Thiếu tiêu đề “{title}”"),
            format!("The title “{title}” is missing"),
        );
    }
}
