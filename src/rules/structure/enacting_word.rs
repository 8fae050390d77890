use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Checks the word that introduces the articles of a decision or a resolution — the line
    /// just before "Điều 1.": a Quyết định enacts with "QUYẾT ĐỊNH:", a Nghị quyết with
    /// "QUYẾT NGHỊ:", each followed by a colon. A Party committee writes its name before it on
    /// the same line ("BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG QUYẾT ĐỊNH:").
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
    /// name may be the mistake instead.
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
    /// (`BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG QUYẾT ĐỊNH:`). Quy tắc báo từ ban hành không đúng với tên
    /// loại văn bản và từ ban hành thiếu dấu hai chấm.
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
        summary: "Từ ban hành trước các điều (“QUYẾT ĐỊNH:”, “QUYẾT NGHỊ:”) sai hoặc thiếu dấu hai chấm",
        summary_en: "The word enacting the articles (“QUYẾT ĐỊNH:”, “QUYẾT NGHỊ:”) is wrong or lacks its colon",
    }
}

impl Rule for EnactingWord {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(first) = doc.body.articles.first() else {
            return;
        };
        let after_type_name = doc.header.type_name.map_or(doc.body.start, |t| t.line + 1);
        let Some(line) = (after_type_name..first.line)
            .rev()
            .find(|&i| !doc.lines[i].is_blank())
        else {
            return;
        };
        // the summary line right after the type name is not the enacting word
        if doc.header.summary.contains(&line) || line < doc.body.start {
            return;
        }
        let content = doc.lines[line].content;
        let text = doc.slice(content);
        if !crate::vietnamese::is_upper(text) {
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
        let after = &text[bare.len()..];
        if !after.trim_start().starts_with(':') {
            let mark = Span::new(content.start + bare.len(), content.end);
            ctx.emit(
                mark,
                format!("Thiếu dấu hai chấm sau “{word}” trước các điều"),
                format!("“{word}” before the articles takes a colon"),
            )
            .safe_fix(mark, ":");
        }
    }
}
