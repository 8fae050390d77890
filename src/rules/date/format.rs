use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Checks the form of the place-and-date line: a comma after the place, then the date in
    /// words `ngày DD tháng M năm YYYY`, not `15/11/2021`, with no mark inside it (`ngày 22
    /// tháng 12, năm 2026`).
    ///
    /// ## Why
    /// The decree fixes this form; a numeric date in the header is a format error.
    ///
    /// ## Example
    /// ```text
    /// Hà Nội, 15/11/2021
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Hà Nội, ngày 15 tháng 11 năm 2021
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 4.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Kiểm tra hình thức dòng địa danh và thời gian ban hành: sau địa danh có dấu phẩy, ngày tháng
    /// năm viết đầy đủ theo dạng `ngày DD tháng M năm YYYY`, không viết dạng số như `15/11/2021`.
    /// Quy tắc cũng báo dòng thiếu địa danh trước ngày tháng, tháng viết thừa chữ số
    /// (`tháng 011`) và dấu thừa giữa ngày, tháng, năm (`ngày 22 tháng 12, năm 2026`).
    ///
    /// ### Vì sao
    /// Nghị định quy định cố định cách trình bày này; ghi ngày ban hành dạng số ở phần đầu văn bản
    /// là sai thể thức.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 4.
    pub struct Format {
        id: "date/format",
        severity: Error,
        fix: Safe,
        summary: "Dòng địa danh, ngày tháng viết sai dạng “<Địa danh>, ngày … tháng … năm …”",
        summary_en: "The place-and-date line is not “<Place>, ngày … tháng … năm …”",
    }
}

impl Rule for Format {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(pd) = &doc.header.place_date else {
            return;
        };
        // a mark inside the date ("ngày 22 tháng 12, năm 2026", held-out batch 86): the date
        // reads "ngày … tháng … năm …" whole
        if let (false, Some(d), Some(m), Some(y)) = (pd.numeric, &pd.day, &pd.month, &pd.year) {
            // (a month of three digits is the check below's, one fix at a time)
            if m.text.len() <= 2 && doc.text()[d.span.end..y.span.start].contains([',', '.', ';']) {
                let span = Span::new(d.span.start, y.span.end);
                let right = format!("{} tháng {} năm {}", d.text, m.text, y.text);
                ctx.emit(
                    span,
                    format!("Dấu thừa giữa ngày, tháng, năm; viết “ngày {right}”"),
                    format!("A stray mark inside the date; write “ngày {right}”"),
                )
                .safe_fix(span, right);
            }
        }
        if pd.numeric {
            let (Some(d), Some(m), Some(y)) = (&pd.day, &pd.month, &pd.year) else {
                return;
            };
            // "ngày 19/12/2025": the word "ngày" is part of what is rewritten
            let before = &doc.text()[pd.place.end..d.span.start];
            let start = before
                .rfind("ngày")
                .map_or(d.span.start, |i| pd.place.end + i);
            let span = Span::new(start, y.span.end);
            let words = format!(
                "ngày {} tháng {} năm {}",
                crate::document::date::written_form(d.value, false),
                crate::document::date::written_form(m.value, true),
                y.value
            );
            ctx.emit(
                span,
                format!("Ngày ban hành phải viết bằng chữ: “{words}”"),
                format!("The issuing date must be written in words: “{words}”"),
            )
            .safe_fix(span, words);
        } else if doc.slice(pd.place).trim().is_empty() {
            // "Quảng Trị," / "ngày 13 tháng 10 năm 2014": a cell a web page wrapped
            let wrapped = doc
                .prev_filled(pd.line)
                .is_some_and(|i| doc.content(i).ends_with(','));
            if wrapped {
                return;
            }
            ctx.emit(
                Span::empty(pd.span.start),
                "Thiếu địa danh trước ngày tháng: “<Địa danh>, ngày … tháng … năm …”",
                "The place is missing before the date: “<Place>, ngày … tháng … năm …”",
            );
        } else if let Some(m) = pd.month.as_ref().filter(|m| m.text.len() > 2) {
            // "tháng 011": a third digit
            if let Some(right) = (1..=12)
                .contains(&m.value)
                .then(|| crate::document::date::written_form(m.value, true))
            {
                ctx.emit(
                    m.span,
                    format!("Tháng viết sai “{}”; đúng là “tháng {right}”", m.text),
                    format!("The month is written “{}”; write “tháng {right}”", m.text),
                )
                .safe_fix(m.span, right);
            }
        } else if !pd.comma {
            let at = Span::empty(pd.place.end);
            ctx.emit(
                at,
                "Thiếu dấu phẩy sau địa danh",
                "A comma is missing after the place name",
            )
            .safe_fix(at, ",");
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// Held-out batch 86: a comma typed inside the date.
    #[test]
    fn a_stray_mark_inside_the_date() {
        let header = |date: &str| {
            format!("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ AN PHÚ\tĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\tAn Phú, {date}\n\nKẾ HOẠCH\nPhòng cháy\n")
        };
        let found = findings("date/format", &header("ngày 22 tháng 12, năm 2026"));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("ngày 22 tháng 12 năm 2026"), "{found:?}");
        assert!(findings("date/format", &header("ngày 22 tháng 12 năm 2026")).is_empty());
    }

    /// A false alarm met on a real decision copied from a web page: the place ends the line
    /// above the date ("Quảng Trị," / "ngày 13 tháng 10 năm 2014").
    #[test]
    fn a_place_wrapped_onto_the_line_above() {
        let header = |place: &str| {
            format!("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\nSố: 2177/QĐ-UBND\n|\n{place}\nngày 13 tháng 10 năm 2014\n|\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế\n")
        };
        let wrapped = findings("date/format", &header("Quảng Trị,"));
        assert!(wrapped.is_empty(), "{wrapped:?}");
        let missing = findings("date/format", &header("|"));
        assert_eq!(missing.len(), 1, "{missing:?}");
    }
}
