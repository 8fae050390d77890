use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};
use crate::vietnamese::fold;

/// Bodies that exist at every level: their name needs the place ("TỈNH AN GIANG").
const NEED_PLACE: &[&str] = &[
    "uy ban nhan dan",
    "ubnd",
    "hoi dong nhan dan",
    "hdnd",
    "uy ban mttq viet nam",
    "uy ban mat tran to quoc viet nam",
];

/// Bodies under a parent, whose header names the parent on the line above.
const NEED_PARENT: &[&str] = &[
    "so ",
    "chi bo ",
    "van phong ",
    "phong ",
    "chi cuc ",
    "ban tuyen giao",
    "ban to chuc",
    "ban dan van",
    "ban noi chinh",
    "uy ban kiem tra",
    "dang uy xa",
    "dang uy phuong",
    "bch doan xa",
    "bch doan phuong",
];

declare_rule! {
    /// ## What it does
    /// Reports an issuing body written without the part of its name the header needs: a
    /// committee that exists at every level without its place ("ỦY BAN NHÂN DÂN" with no
    /// "TỈNH AN GIANG" or "XÃ NGA SƠN"), or a body under a parent without the parent's line
    /// above it ("SỞ NỘI VỤ" without "UBND THÀNH PHỐ HẢI PHÒNG", "CHI BỘ …" without "ĐẢNG BỘ …").
    ///
    /// ## Why
    /// The issuing body is named in full, with the body directly above it; "ỦY BAN NHÂN DÂN"
    /// alone does not say which one.
    ///
    /// ## Example
    /// ```text
    /// SỞ NỘI VỤ
    /// Số: 15/HD-SNV
    /// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// UBND THÀNH PHỐ HẢI PHÒNG
    /// SỞ NỘI VỤ
    /// Số: 15/HD-SNV
    /// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 2 (tên cơ quan ban hành và cơ quan chủ
    /// quản trực tiếp); Hướng dẫn 36-HD/VPTW (the Party's issuing body and its parent).
    pub struct IssuingBodyIncomplete {
        id: "header/issuing-body-incomplete",
        severity: Warning,
        fix: None,
        summary: "Tên cơ quan ban hành thiếu địa danh hoặc thiếu cơ quan chủ quản",
        summary_en: "The issuing body lacks its place or its parent body",
    }
}

impl Rule for IssuingBodyIncomplete {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let lines = &doc.header.issuing_body;
        let [only] = lines.as_slice() else { return };
        let span = doc.lines[*only].content;
        let f = fold(doc.slice(span));
        if NEED_PLACE.contains(&f.as_str()) {
            ctx.emit(
                Span::empty(span.end),
                format!(
                    "“{}” thiếu tên địa phương (“TỈNH …”, “XÃ …”, “PHƯỜNG …”)",
                    doc.slice(span)
                ),
                format!(
                    "“{}” lacks its place (“TỈNH …”, “XÃ …”, “PHƯỜNG …”)",
                    doc.slice(span)
                ),
            );
        } else if NEED_PARENT.iter().any(|p| f.starts_with(p)) {
            ctx.emit(
                Span::empty(span.start),
                format!(
                    "“{}” thiếu tên cơ quan cấp trên trực tiếp ở dòng trên",
                    doc.slice(span)
                ),
                format!(
                    "“{}” lacks the name of its parent body on the line above",
                    doc.slice(span)
                ),
            );
        }
    }
}
