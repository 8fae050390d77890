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

/// Offices that are central bodies of their own, with no parent line above them.
const CENTRAL_OFFICES: &[&str] = &[
    "van phong chinh phu",
    "van phong quoc hoi",
    "van phong chu tich nuoc",
    "van phong trung uong dang",
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
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Cảnh báo khi tên cơ quan ban hành chỉ có một dòng và thiếu phần cần có: cơ quan cấp nào cũng
    /// có mà không ghi địa danh (`ỦY BAN NHÂN DÂN` không có `TỈNH AN GIANG` hay `XÃ NGA SƠN`), hoặc
    /// cơ quan trực thuộc mà không có dòng tên cơ quan chủ quản trực tiếp ở trên (`SỞ NỘI VỤ` thiếu
    /// `UBND THÀNH PHỐ HẢI PHÒNG`, `CHI BỘ …` thiếu `ĐẢNG BỘ …`). Không báo các cơ quan trung ương
    /// không có cơ quan chủ quản ở trên (`VĂN PHÒNG CHÍNH PHỦ`, `VĂN PHÒNG QUỐC HỘI`,
    /// `VĂN PHÒNG CHỦ TỊCH NƯỚC`, `VĂN PHÒNG TRUNG ƯƠNG ĐẢNG`) và các cơ quan liên tịch ghi trên
    /// cùng một dòng (`VĂN PHÒNG CHÍNH PHỦ - BỘ NỘI VỤ`).
    ///
    /// ### Vì sao
    /// Tên cơ quan ban hành phải ghi đầy đủ, kèm tên cơ quan chủ quản trực tiếp ở dòng trên; chỉ
    /// ghi `ỦY BAN NHÂN DÂN` thì không biết là Ủy ban nhân dân nào.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 2 (tên cơ quan ban hành và cơ quan chủ quản
    /// trực tiếp); Hướng dẫn 36-HD/VPTW (tên cơ quan ban hành văn bản của Đảng và cơ quan cấp trên
    /// trực tiếp).
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
        } else if NEED_PARENT.iter().any(|p| f.starts_with(p))
            && !CENTRAL_OFFICES.iter().any(|o| f.starts_with(o))
            && !f.contains(" - ")
        {
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

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// A false alarm met on a real joint circular: two central issuers on one line.
    #[test]
    fn central_offices_and_joint_issuers_have_no_parent() {
        let head = |body: &str| {
            format!("{body}\nSố: 01/2015/TTLT-VPCP-BNV\n\nHà Nội, ngày 23 tháng 10 năm 2015\n\nTHÔNG TƯ LIÊN TỊCH\nHướng dẫn chức năng\n")
        };
        for body in ["VĂN PHÒNG CHÍNH PHỦ - BỘ NỘI VỤ", "VĂN PHÒNG CHÍNH PHỦ"] {
            assert!(
                findings("header/issuing-body-incomplete", &head(body)).is_empty(),
                "{body}"
            );
        }
        assert_eq!(
            findings(
                "header/issuing-body-incomplete",
                &head("VĂN PHÒNG ỦY BAN NHÂN DÂN")
            )
            .len(),
            1
        );
    }
}
