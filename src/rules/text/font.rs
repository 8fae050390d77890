use crate::declare_rule;
use crate::document::Document;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// In a `.docx`, reports text set in another font than Times New Roman: once per font,
    /// at the first paragraph that uses it, with the number of paragraphs. The font of a
    /// paragraph is the one most of its characters use (run formatting, else the paragraph
    /// style, else the document defaults); a paragraph whose font cannot be known is skipped.
    ///
    /// ## Why
    /// Nghị định 30 prescribes Times New Roman (Unicode, TCVN 6909:2001) for the whole
    /// document; text pasted from a web page or an e-mail keeps Arial or Calibri.
    ///
    /// ## Example
    /// ```xml
    /// <w:p><w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr><w:t>Triển khai thực hiện kế hoạch.</w:t></w:r></w:p>
    /// ```
    ///
    /// ## Correct
    /// ```xml
    /// <w:p><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr><w:t>Triển khai thực hiện kế hoạch.</w:t></w:r></w:p>
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I (phông chữ Times New Roman).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Với tệp `.docx`, cảnh báo đoạn văn dùng phông chữ khác Times New Roman: mỗi phông báo một
    /// lần, tại đoạn đầu tiên dùng phông đó, kèm số đoạn dùng phông đó. Phông của một đoạn là phông
    /// mà phần lớn ký tự trong đoạn dùng (theo định dạng của từng phần chữ, nếu không có thì theo
    /// kiểu (style) của đoạn, rồi đến mặc định của tài liệu); đoạn không xác định được phông thì bỏ
    /// qua.
    ///
    /// ### Vì sao
    /// Nghị định 30 quy định dùng phông Times New Roman (bộ mã Unicode, TCVN 6909:2001) cho toàn bộ
    /// văn bản; đoạn dán từ trang web hoặc thư điện tử thường còn giữ phông Arial, Calibri.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I (phông chữ Times New Roman).
    pub struct Font {
        id: "text/font",
        severity: Warning,
        fix: None,
        summary: "Văn bản dùng phông chữ khác Times New Roman",
        summary_en: "Text set in a font other than Times New Roman",
    }
}

impl Rule for Font {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(layout) = &doc.layout else { return };
        // font → (first line, number of paragraphs)
        let mut seen: Vec<(&str, usize, usize)> = Vec::new();
        for (i, format) in layout.paragraphs.iter().enumerate() {
            let Some(font) = format.font.as_deref() else {
                continue;
            };
            let Some(line) = doc.line_of_row(i) else {
                continue;
            };
            let has_text = !doc.lines[line].content.is_empty();
            if !has_text || font.eq_ignore_ascii_case("Times New Roman") {
                continue;
            }
            match seen.iter_mut().find(|(f, _, _)| *f == font) {
                Some((_, _, n)) => *n += 1,
                None => seen.push((font, line, 1)),
            }
        }
        for (font, line, count) in seen {
            let more = count - 1;
            let (also_vi, also_en) = if more > 0 {
                (
                    format!(" (và {more} đoạn khác)"),
                    format!(" (and {more} more paragraphs)"),
                )
            } else {
                (String::new(), String::new())
            };
            ctx.emit(
                doc.lines[line].content,
                format!("Đoạn văn dùng phông “{font}”{also_vi}; phải dùng Times New Roman"),
                format!("Paragraph set in “{font}”{also_en}; Times New Roman expected"),
            );
        }
    }
}
