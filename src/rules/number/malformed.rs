use crate::declare_rule;
use crate::document::{Document, NumberStyle, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Checks the form of the number line: `Số:` with a colon (state) or `Số` without one
    /// (Party), then the number and symbol with no space anywhere inside.
    ///
    /// ## Why
    /// Registers and search tools match numbers literally; `09 /KH-MTTQ-BTT` is a different
    /// string from `09/KH-MTTQ-BTT`.
    ///
    /// ## Example
    /// ```text
    /// Số: 09 /KH-MTTQ-BTT
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Số: 09/KH-MTTQ-BTT
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 3: “giữa số và ký hiệu có dấu gạch chéo
    /// (/), giữa các nhóm chữ viết tắt có dấu gạch nối (-), không cách chữ”. Party: Hướng dẫn
    /// 36-HD/VPTW (`Số 45-KH/TU`).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Kiểm tra dạng của dòng số, ký hiệu: `Số:` có dấu hai chấm (văn bản theo thể thức nhà nước,
    /// văn bản của Đoàn) hoặc `Số` không có dấu hai chấm (văn bản của Đảng; văn bản của Hội Nông
    /// dân viết cách nào cũng được), tiếp theo là số và ký hiệu viết liền, không có dấu cách ở bất
    /// cứ chỗ nào. Cũng báo hai dấu phân cách liền nhau và ký tự ẩn (dấu cách rộng 0, ký tự định
    /// hướng) lẫn trong số, ký hiệu. Dấu cách bên trong số, ký hiệu của văn bản của Đoàn không bị
    /// báo, vì cách viết này phổ biến kể cả ở cấp Trung ương Đoàn.
    ///
    /// ### Vì sao
    /// Sổ đăng ký và công cụ tra cứu so khớp số, ký hiệu theo đúng từng ký tự; `09 /KH-MTTQ-BTT` là
    /// một chuỗi khác với `09/KH-MTTQ-BTT`.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 3: “giữa số và ký hiệu có dấu gạch chéo
    /// (/), giữa các nhóm chữ viết tắt có dấu gạch nối (-), không cách chữ”. Văn bản của Đảng:
    /// Hướng dẫn 36-HD/VPTW (`Số 45-KH/TU`).
    pub struct Malformed {
        id: "number/malformed",
        severity: Error,
        fix: Safe,
        summary: "Số, ký hiệu viết sai dạng (dấu cách, dấu hai chấm)",
        summary_en: "The number line is malformed (spaces, colon)",
    }
}

impl Rule for Malformed {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(n) = &doc.header.number else { return };
        if !n.invisible.is_empty() {
            let canonical = n.canonical(doc.text());
            ctx.emit(
                n.token,
                format!(
                    "Số, ký hiệu “{canonical}” có ký tự ẩn bên trong (dấu cách rộng 0, ký tự định hướng): chuỗi này khác với số nhìn thấy"
                ),
                format!(
                    "The number “{canonical}” contains invisible characters (zero-width space, direction marks): it is not the string it looks like"
                ),
            )
            .safe_fix(n.token, canonical);
            return;
        }
        if let Some(sp) = n.empty_group {
            ctx.emit(
                sp,
                format!(
                    "Số, ký hiệu “{}” có hai dấu phân cách liền nhau",
                    doc.slice(n.token)
                ),
                format!(
                    "The number “{}” has two separators in a row",
                    doc.slice(n.token)
                ),
            )
            .safe_fix(sp, "");
        }
        if n.inner_space && !doc.conventions().number_spaces_tolerated {
            let canonical = n.canonical(doc.text());
            ctx.emit(
                n.token,
                format!(
                    "Số, ký hiệu “{}” có dấu cách bên trong; viết liền: “{canonical}”",
                    doc.slice(n.token)
                ),
                format!(
                    "The number “{}” contains spaces; write “{canonical}”",
                    doc.slice(n.token)
                ),
            )
            .safe_fix(n.token, canonical);
        }
        let party_style = n.style == Some(NumberStyle::Party);
        let between = Span::new(n.word.end, n.token.start);
        let colon = doc.conventions().number_colon;
        if colon == crate::profile::Need::Required
            && n.style == Some(doc.conventions().number_style)
            && n.colon.is_none()
        {
            ctx.emit(
                between,
                "Thiếu dấu hai chấm sau chữ “Số”: “Số: …”",
                "A colon is missing after “Số”: “Số: …”",
            )
            .safe_fix(between, ": ");
        } else if colon == crate::profile::Need::Forbidden && party_style && n.colon.is_some() {
            // (the document's own number, not an example's: "Số 45-TB/ĐU", held-out batch 74)
            // (written without the spaces another finding reports)
            let number = n.canonical(doc.text());
            ctx.emit(
                between,
                format!("Văn bản của Đảng ghi “Số” không có dấu hai chấm: “Số {number}”"),
                format!("Party documents write “Số” without a colon: “Số {number}”"),
            )
            .safe_fix(between, " ");
        }
    }
}
