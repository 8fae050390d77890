use super::part_order::sequence_message;
use super::sequence;
use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports articles ("Điều 1.", "Điều 2." …) numbered out of order: one skipped, one
    /// written twice, one going back. The main text and each attached text (a Quy chế, a
    /// Quy định) are counted from Điều 1 on their own.
    ///
    /// ## Why
    /// Articles are cited by number — "Như Điều 3", "quy định tại Điều 5" — so a skipped or
    /// doubled number sends the reader, and whoever must execute the text, to the wrong place.
    /// Articles are numbered in one run through the chapters.
    ///
    /// An article quoted after "như sau:" (a text amending another) is not counted.
    ///
    /// ## Example
    /// ```text
    /// QUYẾT ĐỊNH:
    /// Điều 1. Thành lập Tổ công tác.
    /// Điều 2. Tổ công tác có nhiệm vụ tham mưu.
    /// Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// QUYẾT ĐỊNH:
    /// Điều 1. Thành lập Tổ công tác.
    /// Điều 2. Tổ công tác có nhiệm vụ tham mưu.
    /// Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
    /// ```
    ///
    /// ## Fix
    /// When one number is wrong and the rest follow on, writing the right one (unsafe: a
    /// reference such as "Như Điều 3" may have been written against either numbering).
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.8.b: "Trường hợp nội dung văn bản
    /// được bố cục theo … chương, điều …"; điều được đánh số thứ tự bằng chữ số Ả Rập, liên
    /// tục từ Điều 1 đến hết văn bản. Quy định 66-QĐ/TW, Điều 8 (the same for Party texts).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo các điều (`Điều 1.`, `Điều 2.` …) đánh số sai thứ tự: bỏ cách một số, lặp lại một số,
    /// hoặc số sau nhỏ hơn số trước. Văn bản chính và từng văn bản ban hành kèm theo (Quy chế, Quy
    /// định) được đếm riêng, mỗi văn bản bắt đầu từ Điều 1. Điều được trích dẫn sau cụm `như sau:`
    /// (văn bản sửa đổi văn bản khác) không được tính.
    ///
    /// ### Vì sao
    /// Các điều được viện dẫn theo số — `Như Điều 3`, `quy định tại Điều 5` — nên số điều bị bỏ
    /// cách hoặc bị lặp sẽ dẫn người đọc, và người phải thi hành, đến sai chỗ. Các điều được đánh
    /// số liên tục xuyên suốt các chương.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.8.b: “Trường hợp nội dung văn bản được bố
    /// cục theo … chương, điều …”; điều được đánh số thứ tự bằng chữ số Ả Rập, liên tục từ Điều 1
    /// đến hết văn bản. Quy định 66-QĐ/TW, Điều 8 (áp dụng tương tự cho văn bản của Đảng).
    pub struct ArticleOrder {
        id: "structure/article-order",
        severity: Error,
        fix: Unsafe,
        summary: "Số thứ tự các điều bị bỏ cách, lặp hoặc sai thứ tự",
        summary_en: "Article numbers are skipped, repeated or out of order",
    }
}

impl Rule for ArticleOrder {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        // a guide walks through the articles of the text it explains ("Điều 2. Giải thích từ
        // ngữ", "Điều 3. …" of a Quy định, a real guide of the Ủy ban Kiểm tra Trung ương): its
        // own text has none to number (its attachments are read)
        let guide = doc.doc_type.is_some_and(|t| t.name == "Hướng dẫn");
        for body in doc.bodies().skip(usize::from(guide)) {
            let articles: Vec<_> = body
                .articles
                .iter()
                .filter(|a| !quoted(doc, a.line))
                .collect();
            let numbers: Vec<u32> = articles.iter().map(|a| a.number).collect();
            for b in sequence::breaks(&numbers, &[1]) {
                let a = articles[b.index];
                let written = format!("Điều {}", a.number);
                let before = b
                    .index
                    .checked_sub(1)
                    .map(|k| format!("Điều {}", numbers[k]));
                let want = format!("Điều {}", b.expected);
                let (vi, en) = sequence_message(
                    &written,
                    before.as_deref(),
                    &want,
                    b.kind,
                    ("Điều", "Article"),
                );
                let number = Span::new(a.marker.start + "Điều ".len(), a.marker.end);
                let d = ctx.emit(a.marker, vi, en);
                if b.mendable {
                    d.unsafe_fix(number, b.expected.to_string());
                }
            }
        }
    }
}

/// An article quoted by an amending text: the line before it ends with "như sau:".
fn quoted(doc: &Document, line: usize) -> bool {
    let Some(prev) = doc.prev_filled(line) else {
        return false;
    };
    let c = doc.slice(doc.lines[prev].content).trim_end();
    c.ends_with(':') && crate::vietnamese::fold::fold(c).ends_with("nhu sau:")
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    #[test]
    fn an_amended_article_quoted_after_nhu_sau_is_not_counted() {
        let text = "QUYẾT ĐỊNH:\nĐiều 1. Sửa đổi Điều 5 Quy chế như sau:\nĐiều 5. Chế độ họp\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n";
        assert!(findings("structure/article-order", text).is_empty());
    }

    #[test]
    fn an_attached_rule_counts_its_articles_from_one() {
        let text = "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/QĐ-UBND\tAn Phú, ngày 05 tháng 3 năm 2026\nQUYẾT ĐỊNH\nBan hành Quy chế làm việc\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN PHÚ\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nTheo đề nghị của Văn phòng.\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\nNơi nhận:\tCHỦ TỊCH\n- Như Điều 2;\n- Lưu: VT.\n\tNguyễn Văn An\n\nQUY CHẾ\nLàm việc của Ủy ban nhân dân xã\n(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/3/2026 của Chủ tịch Ủy ban nhân dân xã)\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nĐiều 2. Đối tượng áp dụng\nĐiều 4. Nguyên tắc làm việc\n";
        let found = findings("structure/article-order", text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("Điều 4"), "{found:?}");
    }

    /// A false alarm met on a real guide of the Ủy ban Kiểm tra Trung ương (set 6): it walks
    /// through "Điều 2", then "Điều 3" of the Quy định it explains.
    #[test]
    fn a_guide_walks_through_another_texts_articles() {
        let guide = |type_name: &str| format!("BAN CHẤP HÀNH TRUNG ƯƠNG\tĐẢNG CỘNG SẢN VIỆT NAM\nỦY BAN KIỂM TRA\n*\nSố 06-HD/UBKTTW\tHà Nội, ngày 08 tháng 11 năm 2018\n\n{type_name}\nthực hiện một số điều của Quy định số 07-QĐi/TW\n\nĐiều 2. Giải thích từ ngữ\nThời hiệu xử lý kỷ luật được hiểu như sau.\nĐiều 3. Nguyên tắc xử lý kỷ luật\nViệc xử lý kỷ luật phải bảo đảm khách quan.\n");
        assert!(findings("structure/article-order", &guide("HƯỚNG DẪN")).is_empty());
        assert_eq!(findings("structure/article-order", &guide("QUY ĐỊNH")).len(), 1);
    }
}
