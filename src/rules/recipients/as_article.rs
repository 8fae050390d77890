use crate::declare_rule;
use crate::document::Document;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Checks the recipient entry "- Như Điều N;" of a decision or a resolution: article N
    /// must exist, and must be the article that names who executes the text ("Chánh Văn
    /// phòng …, Thủ trưởng các cơ quan … chịu trách nhiệm thi hành Quyết định này"), or the
    /// one whose persons that article names among them ("các đồng chí có tên tại Điều 1").
    ///
    /// ## Why
    /// "Như Điều 3" sends the text to the bodies that article names; pointing at another
    /// article (after articles were added or removed) leaves the executors without a copy.
    ///
    /// ## Example
    /// ```text
    /// QUYẾT ĐỊNH:
    /// Điều 1. Thành lập Tổ công tác.
    /// Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
    /// Điều 3. Chánh Văn phòng và Trưởng phòng Nội vụ chịu trách nhiệm thi hành Quyết định này.
    /// Nơi nhận:
    /// - Như Điều 2;
    /// - Lưu: VT.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// QUYẾT ĐỊNH:
    /// Điều 1. Thành lập Tổ công tác.
    /// Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
    /// Điều 3. Chánh Văn phòng và Trưởng phòng Nội vụ chịu trách nhiệm thi hành Quyết định này.
    /// Nơi nhận:
    /// - Như Điều 3;
    /// - Lưu: VT.
    /// ```
    ///
    /// ## Fix
    /// The executing article's number (unsafe: the entry may have meant the bodies of another
    /// article on purpose).
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục III, Mẫu 1.2 (Quyết định): "Nơi nhận: - Như Điều 3;"
    /// — the article charging the executors.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Kiểm tra dòng nơi nhận `- Như Điều N;` của quyết định, nghị quyết: Điều N phải có trong văn
    /// bản, và phải là điều giao trách nhiệm thi hành
    /// (`Chánh Văn phòng …, Thủ trưởng các cơ quan … chịu trách nhiệm thi hành Quyết định này`),
    /// hoặc là điều có những người mà điều giao thi hành nêu tên (`các đồng chí có tên tại Điều
    /// 1`). Khi các điều đang đánh số sai thứ tự, quy tắc không xét (đó là việc của
    /// `structure/article-order`).
    ///
    /// ### Vì sao
    /// `Như Điều 3` là gửi văn bản cho các cơ quan, cá nhân nêu tại điều đó; nếu trỏ sang điều khác
    /// (sau khi thêm hoặc bớt điều) thì những người thi hành không nhận được văn bản.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục III, Mẫu 1.2 (Quyết định): “Nơi nhận: - Như Điều 3;” — điều
    /// giao trách nhiệm thi hành.
    pub struct AsArticle {
        id: "recipients/as-article",
        severity: Warning,
        fix: Unsafe,
        summary: "“Như Điều N” trỏ tới điều không có hoặc không phải điều giao thi hành",
        summary_en: "“Như Điều N” names an article that does not exist or does not charge the executors",
    }
}

impl Rule for AsArticle {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(recipients) = &doc.recipients else {
            return;
        };
        let articles = &doc.body.articles;
        // with the articles mis-numbered, which number was meant is the numbering's question
        // (structure/article-order), not this one's
        if articles.is_empty() || (1u32..).zip(articles).any(|(n, a)| a.number != n) {
            return;
        }
        let executing = doc.executing_article();
        for e in recipients.entries.iter().filter(|e| !e.archive) {
            let named = e.as_articles(doc.text());
            for &(n, number) in &named {
                if !articles.iter().any(|a| a.number == n) {
                    let d = ctx.emit(
                        number,
                        format!("Văn bản không có Điều {n}"),
                        format!("The text has no Article {n}"),
                    );
                    if let Some(x) = executing.filter(|_| named.len() == 1) {
                        d.unsafe_fix(number, x.number.to_string());
                    }
                }
            }
            // "Như Điều 2, 3" reaches the executors through its 3; the executing article may
            // name those of Điều N among its executors ("các đồng chí có tên tại Điều 1 chịu
            // trách nhiệm thi hành", held-out batch 78): "Như Điều 1" sends it to them
            let Some(x) = executing else {
                continue;
            };
            let reaches = |n: u32| n == x.number || doc.executing_names_article(n);
            let existing = || named.iter().filter(|(n, _)| articles.iter().any(|a| a.number == *n));
            if existing().any(|&(n, _)| reaches(n)) {
                continue;
            }
            if let Some(&(n, number)) = existing().next() {
                let d = ctx
                    .emit(
                        number,
                        format!("Điều giao thi hành là Điều {}; “Như Điều {n}” không gửi tới những người thi hành", x.number),
                        format!("The executors are named in Article {}; “Như Điều {n}” does not reach them", x.number),
                    )
                    .related(x.marker, "điều giao thi hành", "the executing article");
                if named.len() == 1 {
                    d.unsafe_fix(number, x.number.to_string());
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// A false alarm of held-out batch 67: a ward chairman's fine in the form of Nghị định
    /// 118/2021/NĐ-CP sends itself in its Điều 3 ("Quyết định này được: … Gửi cho …"); the
    /// "cưỡng chế thi hành" of its Điều 2 executes nothing.
    #[test]
    fn a_fine_sends_itself_in_its_third_article() {
        let fine = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHƯỜNG HẢI CHÂU\tĐộc lập - Tự do - Hạnh phúc\nSố: 27/QĐ-XPHC\tHải Châu, ngày 12 tháng 8 năm 2025\n\nQUYẾT ĐỊNH\nXử phạt vi phạm hành chính\n\nĐiều 1. Xử phạt vi phạm hành chính đối với ông Trần Văn Hùng.\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\nQuá thời hạn trên, nếu ông Trần Văn Hùng không tự nguyện chấp hành thì bị cưỡng chế thi hành theo quy định của pháp luật.\nĐiều 3. Quyết định này được:\n1. Giao cho ông Trần Văn Hùng để chấp hành.\n2. Gửi cho Công an phường Hải Châu để tổ chức thực hiện Quyết định này./.\n\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Thành\n";
        assert!(findings("recipients/as-article", fine).is_empty(), "{:?}", findings("recipients/as-article", fine));
        let wrong = fine.replace("- Như Điều 3;", "- Như Điều 2;");
        assert_eq!(findings("recipients/as-article", &wrong).len(), 1, "{:?}", findings("recipients/as-article", &wrong));
    }

    /// "Như Điều 2, 3" reaches the executors through its 3 (issue 14: every number of the
    /// entry is read, not the first one only); a number the text lacks is still reported.
    #[test]
    fn an_entry_naming_two_articles_is_read_whole() {
        let decision = |entry: &str| format!("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ AN PHÚ\tĐộc lập - Tự do - Hạnh phúc\nSố: 12/QĐ-UBND\tAn Phú, ngày 05 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nQUYẾT ĐỊNH:\nĐiều 1. Thành lập Tổ công tác chuyển đổi số xã.\nĐiều 2. Tổ công tác có nhiệm vụ tham mưu cho Ủy ban nhân dân xã.\nĐiều 3. Chánh Văn phòng HĐND và UBND xã, các thành viên có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.\n\nNơi nhận:\n{entry}\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n");
        for entry in ["- Như Điều 2, 3;", "- Như các Điều 2 và 3;", "- Như Điều 3;"] {
            let found = findings("recipients/as-article", &decision(entry));
            assert!(found.is_empty(), "{entry}: {found:?}");
        }
        for entry in ["- Như Điều 2;", "- Như Điều 3, 5;"] {
            let found = findings("recipients/as-article", &decision(entry));
            assert_eq!(found.len(), 1, "{entry}: {found:?}");
        }
    }

    /// Held-out batch 78: the executing article names the members listed in Điều 1 among its
    /// executors, so "Như Điều 1" reaches them (the bodies are listed one by one).
    #[test]
    fn the_executors_named_in_the_first_article() {
        let text = "Điều 1. Thành lập Đoàn kiểm tra gồm các đồng chí có tên sau:\n1. Đồng chí Nguyễn Văn Hùng - Trưởng đoàn.\nĐiều 2. Nhiệm vụ của Đoàn kiểm tra.\nĐiều 3. Văn phòng Đảng ủy và các đồng chí có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.\n\nNơi nhận:\n- Như Điều 1,\n- Lưu Văn phòng Đảng ủy.\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nVõ Thị Lan Anh\n";
        assert!(findings("recipients/as-article", text).is_empty(), "{:?}", findings("recipients/as-article", text));
        let other = text.replace("có tên tại Điều 1 chịu", "có tên chịu");
        assert_eq!(findings("recipients/as-article", &other).len(), 1, "{:?}", findings("recipients/as-article", &other));
    }
}
