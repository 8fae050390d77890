use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Checks the word that introduces the articles of a decision or a resolution — the line
    /// just before "Điều 1.": a Quyết định enacts with "QUYẾT ĐỊNH:", a Nghị quyết with
    /// "QUYẾT NGHỊ:", each followed by a colon; a preamble that runs straight into "Điều 1."
    /// has lost it. A Party committee writes its name before it on
    /// the same line ("BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG QUYẾT ĐỊNH:"); the Party and the Youth
    /// Union write it with or without the colon, so there a missing colon is a hint (info).
    ///
    /// ## Why
    /// The enacting word is where the preamble ends and the provisions begin; the templates
    /// print it in capitals on its own line, with a colon. A resolution that "decides" reads
    /// as a decision that was retitled.
    ///
    /// ## Example
    /// ```text
    /// ỦY BAN NHÂN DÂN
    /// XÃ AN PHÚ
    /// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    /// Độc lập - Tự do - Hạnh phúc
    /// Số: 12/QĐ-UBND	An Phú, ngày 05 tháng 3 năm 2026
    /// QUYẾT ĐỊNH
    /// Về việc khen thưởng
    /// CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN PHÚ
    /// Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;
    /// Theo đề nghị của Văn phòng.
    /// QUYẾT ĐỊNH
    /// Điều 1. Tặng Giấy khen cho 03 tập thể.
    /// Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// ỦY BAN NHÂN DÂN
    /// XÃ AN PHÚ
    /// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    /// Độc lập - Tự do - Hạnh phúc
    /// Số: 12/QĐ-UBND	An Phú, ngày 05 tháng 3 năm 2026
    /// QUYẾT ĐỊNH
    /// Về việc khen thưởng
    /// CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN PHÚ
    /// Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;
    /// Theo đề nghị của Văn phòng.
    /// QUYẾT ĐỊNH:
    /// Điều 1. Tặng Giấy khen cho 03 tập thể.
    /// Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
    /// ```
    ///
    /// ## Fix
    /// The missing colon is added (safe). The wrong word is named but not replaced: the type
    /// name may be the mistake instead. A missing word is offered on its own line above
    /// "Điều 1." (unsafe: a person checks it was not written elsewhere).
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục III, Mẫu 1.1 (Nghị quyết: "QUYẾT NGHỊ:") and Mẫu 1.2
    /// (Quyết định: "QUYẾT ĐỊNH:"); Hướng dẫn 36-HD/VPTW, Mẫu 1 (quyết định của cấp ủy).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Kiểm tra từ ban hành đứng trước các điều của quyết định, nghị quyết — dòng ngay trên
    /// `Điều 1.`: Quyết định dùng `QUYẾT ĐỊNH:`, Nghị quyết dùng `QUYẾT NGHỊ:`, sau đó có dấu hai
    /// chấm. Cấp ủy ghi tên mình trước từ này trên cùng một dòng
    /// (`BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG QUYẾT ĐỊNH:`); văn bản của Đảng và của Đoàn viết có hoặc
    /// không có dấu hai chấm, nên ở đó thiếu dấu hai chấm chỉ là gợi ý (info). Quy tắc báo từ ban hành không đúng với tên
    /// loại văn bản, từ ban hành thiếu dấu hai chấm, và phần căn cứ chạy thẳng vào `Điều 1.` khi
    /// thiếu từ ban hành.
    ///
    /// ### Vì sao
    /// Từ ban hành là chỗ kết thúc phần căn cứ và bắt đầu các quy định; các mẫu trình bày từ này
    /// bằng chữ in hoa, trên một dòng riêng, có dấu hai chấm. Nghị quyết mà “QUYẾT ĐỊNH” thì đọc
    /// như một quyết định bị đổi tên loại.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục III, Mẫu 1.1 (Nghị quyết: “QUYẾT NGHỊ:”) và Mẫu 1.2 (Quyết
    /// định: “QUYẾT ĐỊNH:”); Hướng dẫn 36-HD/VPTW, Mẫu 1 (quyết định của cấp ủy).
    pub struct EnactingWord {
        id: "structure/enacting-word",
        severity: Error,
        fix: Safe,
        summary: "Từ ban hành trước các điều (“QUYẾT ĐỊNH:”, “QUYẾT NGHỊ:”) thiếu, sai hoặc thiếu dấu hai chấm",
        summary_en: "The word enacting the articles (“QUYẾT ĐỊNH:”, “QUYẾT NGHỊ:”) is missing, wrong or lacks its colon",
    }
}

impl Rule for EnactingWord {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(first) = doc.body.articles.first() else {
            return;
        };
        let after_type_name = doc.header.type_name.map_or(doc.body.start, |t| t.line + 1);
        let Some(line) = doc.prev_filled(first.line).filter(|&l| l >= after_type_name) else {
            return;
        };
        // the summary line right after the type name is not the enacting word
        if doc.header.summary.contains(&line) || line < doc.body.start {
            return;
        }
        let content = doc.lines[line].content;
        let text = doc.slice(content);
        if !crate::vietnamese::is_upper(text) {
            missing(doc, ctx, line, first.line);
            return;
        }
        let bare = text.trim_end_matches([':', '.', ' ', ';', ',']);
        let folded = crate::vietnamese::fold::fold(bare);
        let word = if folded.ends_with("quyet dinh") {
            "QUYẾT ĐỊNH"
        } else if folded.ends_with("quyet nghi") {
            "QUYẾT NGHỊ"
        } else {
            return;
        };
        // the word as written at the end of the line (with other spacing, it is not the word)
        let written = bare
            .len()
            .checked_sub(word.len())
            .filter(|&s| bare.is_char_boundary(s) && &bare[s..] == word);
        let word_span = Span::new(
            content.start + written.unwrap_or(0),
            content.start + bare.len(),
        );
        // a type's own enacting word: decisions decide, resolutions resolve
        let want = match doc.doc_type.map(|t| t.name) {
            Some("Nghị quyết") => Some("QUYẾT NGHỊ"),
            Some("Quyết định") => Some("QUYẾT ĐỊNH"),
            _ => None,
        };
        if let Some(want) = want.filter(|w| *w != word && written.is_some()) {
            let type_name = doc.doc_type.map_or("", |t| t.name);
            ctx.emit(
                word_span,
                format!("{type_name} ban hành các điều bằng “{want}:”, không dùng “{word}”"),
                format!("A {type_name} introduces its articles with “{want}:”, not “{word}”"),
            );
            return;
        }
        // the Party's and the Youth Union's decisions are written both ways ("BAN THƯỜNG VỤ
        // ĐẢNG ỦY XÃ QUYẾT ĐỊNH" with no colon, held-out batch 85; a Đoàn decision's bare
        // "QUYẾT ĐỊNH"): their guides leave the colon unsettled, so there it is a hint
        let colon_unsettled = matches!(
            doc.profile,
            crate::config::Profile::Party | crate::config::Profile::Youth
        );
        let after = &text[bare.len()..];
        if !after.trim_start().starts_with(':') {
            let mark = Span::new(content.start + bare.len(), content.end);
            let finding = ctx
                .emit(
                    mark,
                    format!("Thiếu dấu hai chấm sau “{word}” trước các điều"),
                    format!("“{word}” before the articles takes a colon"),
                )
                .safe_fix(mark, ":");
            if colon_unsettled {
                finding.tentative();
            }
        }
    }
}

/// The preamble runs straight into "Điều 1." (its last line a basis or a proposal ending in
/// ";", "." or ","): a decision or a resolution that names its type has lost its enacting
/// word. A line that ends with the word in another case or spacing is the word, not a loss.
fn missing(doc: &Document, ctx: &mut Context, line: usize, first_article: usize) {
    let before = doc.content(line);
    let want = match doc.doc_type.map(|t| t.name) {
        Some("Nghị quyết") => "QUYẾT NGHỊ",
        Some("Quyết định") => "QUYẾT ĐỊNH",
        _ => return,
    };
    if doc.header.type_name.is_none() || !before.trim_end().ends_with([';', '.', ',']) {
        return;
    }
    // the whole sentence, wrapped over lines by a web page's copy ("Hội đồng nhân dân ban
    // hành Nghị quyết bãi bỏ" / "Nghị quyết số 30/2013/NQ-HĐND …" / "những năm tiếp theo.",
    // real set 9): back to the line after one that ends a sentence or a basis
    let mut from = line;
    for _ in 0..4 {
        match doc.prev_filled(from) {
            Some(p) if p >= doc.body.start && !doc.content(p).ends_with([';', '.', ':', ',']) => {
                from = p
            }
            _ => break,
        }
    }
    let sentence: Vec<&str> = (from..=line).map(|l| doc.content(l)).collect();
    let folded = crate::vietnamese::fold::fold(&sentence.join(" "));
    let bare = folded.trim_end_matches([':', '.', ' ', ';', ',']);
    // a legal document enacts in a sentence: "Ủy ban nhân dân tỉnh ban hành Quyết định …"
    // (Luật Ban hành văn bản quy phạm pháp luật 2025, its forms)
    if bare.ends_with("quyet dinh")
        || bare.ends_with("quyet nghi")
        || folded.contains("ban hanh quyet dinh")
        || folded.contains("ban hanh nghi quyet")
    {
        return;
    }
    let at = Span::empty(doc.lines[first_article].content.start);
    ctx.emit(
        at,
        format!("Thiếu “{want}:” giữa phần căn cứ và Điều 1"),
        format!("“{want}:” is missing between the preamble and Điều 1"),
    )
    .unsafe_fix(at, format!("{want}:{}", doc.newline()));
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// Misses met on real decisions and an HĐND resolution with slips planted: the line
    /// "QUYẾT ĐỊNH:" or "QUYẾT NGHỊ:" deleted, the last basis running into "Điều 1.".
    #[test]
    fn the_enacting_word_left_out() {
        let decision = |type_name: &str, word: &str| {
            format!("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ AN PHÚ\tĐộc lập - Tự do - Hạnh phúc\nSố: 12/QĐ-UBND\tAn Phú, ngày 05 tháng 3 năm 2026\n\n{type_name}\nVề việc khen thưởng\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN PHÚ\n\nCăn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\nTheo đề nghị của Văn phòng.\n{word}\nĐiều 1. Tặng Giấy khen cho 03 tập thể.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n")
        };
        let rule = "structure/enacting-word";
        let found = findings(rule, &decision("QUYẾT ĐỊNH", ""));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("QUYẾT ĐỊNH:"), "{found:?}");
        let resolution = decision("NGHỊ QUYẾT", "").replace("12/QĐ-UBND", "12/NQ-HĐND");
        let found = findings(rule, &resolution);
        assert!(found.len() == 1 && found[0].contains("QUYẾT NGHỊ:"), "{found:?}");
        for word in ["QUYẾT ĐỊNH:", "Quyết định:"] {
            let found = findings(rule, &decision("QUYẾT ĐỊNH", word));
            assert!(found.is_empty(), "{word}: {found:?}");
        }
        // the word run onto the proposal's line by a web page is there
        let fused = decision("QUYẾT ĐỊNH", "").replace("Văn phòng.\n", "Văn phòng.QUYẾT ĐỊNH:\n");
        assert!(findings(rule, &fused).is_empty());
        // a legal document's enacting sentence (the 2025 forms)
        let legal = decision("QUYẾT ĐỊNH", "Ủy ban nhân dân xã ban hành Quyết định khen thưởng.");
        assert!(findings(rule, &legal).is_empty());
        // wrapped over lines by a web page's copy (real set 9)
        let wrapped = decision("QUYẾT ĐỊNH", "Ủy ban nhân dân xã ban hành Quyết định khen thưởng\nQuyết định số 10/QĐ-UBND ngày 02 tháng 3 năm 2026 của\nỦy ban nhân dân xã về thi đua\nnăm 2026.");
        assert!(findings(rule, &wrapped).is_empty(), "{:?}", findings(rule, &wrapped));
        // a plan's articles need no enacting word
        let plan = decision("KẾ HOẠCH", "").replace("12/QĐ-UBND", "12/KH-UBND");
        assert!(findings(rule, &plan).is_empty());
    }

    /// Held-out batch 85: a Đảng ủy xã's decision enacts with "BAN THƯỜNG VỤ ĐẢNG ỦY XÃ QUYẾT
    /// ĐỊNH", no colon; a state decision's bare word still takes one.
    #[test]
    fn the_partys_enacting_line_without_a_colon() {
        let party = "ĐẢNG BỘ TỈNH TUYÊN QUANG\tĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ HÀM YÊN\n*\nSố 215-QĐ/ĐU\tHàm Yên, ngày 16 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\nchuẩn y kết quả bầu cử chi ủy\n-----\n- Căn cứ Điều lệ Đảng;\n- Xét đề nghị của Ban Xây dựng Đảng,\n\nBAN THƯỜNG VỤ ĐẢNG ỦY XÃ QUYẾT ĐỊNH\nĐiều 1. Chuẩn y kết quả bầu cử.\nĐiều 2. Các đồng chí có tên tại Điều 1 thi hành.\n";
        let rule = "structure/enacting-word";
        let hint = crate::rules::test_support::graded(rule, party);
        assert_eq!(hint, [(crate::Severity::Info, Some(crate::Applicability::Safe))]);
        let state = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ AN PHÚ\tĐộc lập - Tự do - Hạnh phúc\nSố: 12/QĐ-UBND\tAn Phú, ngày 05 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\nVề việc khen thưởng\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN PHÚ\n\nCăn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\nTheo đề nghị của Văn phòng.\nQUYẾT ĐỊNH\nĐiều 1. Tặng Giấy khen.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n";
        assert_eq!(findings(rule, state).len(), 1);
    }
}
