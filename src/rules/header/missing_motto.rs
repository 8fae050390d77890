use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a state or Fatherland Front document whose national title is not followed by the
    /// motto `Độc lập - Tự do - Hạnh phúc`. (When both are missing,
    /// `header/missing-national-title` reports them together.)
    ///
    /// ## Why
    /// The motto is part of the first mandatory component of the header.
    ///
    /// ## Example
    /// ```text
    /// ỦY BAN NHÂN DÂN TỈNH TRÀ VINH
    /// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    /// KẾ HOẠCH
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// ỦY BAN NHÂN DÂN TỈNH TRÀ VINH
    /// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    /// Độc lập - Tự do - Hạnh phúc
    /// KẾ HOẠCH
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm a; Phụ lục I, Phần II, mục 1.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo lỗi khi văn bản theo thể thức nhà nước (cơ quan nhà nước, Mặt trận Tổ quốc, Công đoàn,
    /// Hội LHPN, Hội CCB) có Quốc hiệu nhưng dưới Quốc hiệu không có Tiêu ngữ
    /// `Độc lập - Tự do - Hạnh phúc`. Khi thiếu cả Quốc hiệu và Tiêu ngữ, quy tắc
    /// `header/missing-national-title` báo chung một lỗi. Không báo khi Tiêu ngữ có trong phần đầu
    /// nhưng không đứng riêng một dòng (bảng hai cột bị dồn thành một dòng khi chép từ trang web).
    ///
    /// ### Vì sao
    /// Tiêu ngữ là một phần của thành phần thể thức bắt buộc đầu tiên của văn bản: Quốc hiệu và
    /// Tiêu ngữ.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm a; Phụ lục I, Phần II, mục 1.
    pub struct MissingMotto {
        id: "header/missing-motto",
        severity: Error,
        fix: None,
        summary: "Thiếu Tiêu ngữ “Độc lập - Tự do - Hạnh phúc”",
        summary_en: "The motto is missing",
    }
}

impl Rule for MissingMotto {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(title) = doc.header.national_title else {
            return;
        };
        if doc.conventions().title != Some(crate::profile::Title::National)
            || doc.header.motto.is_some()
            || doc.header.unlined.motto
        {
            return;
        }
        ctx.emit(
            Span::empty(doc.lines[title].content.end),
            "Thiếu Tiêu ngữ “Độc lập - Tự do - Hạnh phúc” dưới Quốc hiệu",
            "The motto “Độc lập - Tự do - Hạnh phúc” is missing under the national title",
        );
    }
}
