use crate::config::Profile;
use crate::declare_rule;
use crate::document::Document;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a Party document without the asterisk line (`*`) under the issuing body.
    ///
    /// ## Why
    /// The asterisk under the issuing body is part of the Party's header layout.
    ///
    /// ## Example
    /// ```text
    /// ĐẢNG BỘ TỈNH VĨNH LONG
    /// ĐẢNG ỦY XÃ BA TRI
    /// Số 07-BC/ĐU
    /// ĐẢNG CỘNG SẢN VIỆT NAM
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// ĐẢNG BỘ TỈNH VĨNH LONG
    /// ĐẢNG ỦY XÃ BA TRI
    /// *
    /// Số 07-BC/ĐU
    /// ĐẢNG CỘNG SẢN VIỆT NAM
    /// ```
    ///
    /// ## Basis
    /// Hướng dẫn 36-HD/VPTW (2018), the layout of the issuing body (“dưới có dấu sao (*)”).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Cảnh báo khi văn bản của Đảng (hệ thống `party`) có tiêu đề `ĐẢNG CỘNG SẢN VIỆT NAM` nhưng
    /// thiếu dòng dấu sao (`*`) dưới tên cơ quan ban hành.
    ///
    /// ### Vì sao
    /// Dấu sao dưới tên cơ quan ban hành là một phần của cách trình bày phần đầu văn bản của Đảng.
    ///
    /// ### Căn cứ
    /// Hướng dẫn 36-HD/VPTW (2018), phần trình bày tên cơ quan ban hành văn bản (“dưới có dấu sao
    /// (*)”).
    pub struct MissingAsterisk {
        id: "header/missing-asterisk",
        severity: Warning,
        fix: None,
        summary: "Văn bản của Đảng thiếu dấu sao (*) dưới tên cơ quan ban hành",
        summary_en: "A Party document lacks the asterisk (*) under the issuing body",
    }
}

impl Rule for MissingAsterisk {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let h = &doc.header;
        if doc.profile != Profile::Party || h.asterisk.is_some() || h.party_title.is_none() {
            return;
        }
        let Some(&last) = h.issuing_body.last() else {
            return;
        };
        ctx.emit(
            doc.gap_after(last),
            "Thiếu dấu sao (*) dưới tên cơ quan ban hành",
            "The asterisk (*) under the issuing body is missing",
        );
    }
}
