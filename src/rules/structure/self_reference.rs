use crate::declare_rule;
use crate::document::types::{name_at_end, name_at_start, DocType};
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a document that calls itself by another type: a Kế hoạch that says
    /// “Hướng dẫn này” or “Trên đây là Hướng dẫn …”. After a citation of that type (“Hướng dẫn
    /// số 12/HD-…”), “Hướng dẫn này” refers to the cited document and is not reported; nor is
    /// the type of an attachment (“trái với Quy chế này” in the decision promulgating it).
    ///
    /// ## Why
    /// The text was copied from a document of another type and not adapted; readers cannot tell
    /// which document is meant.
    ///
    /// ## Example
    /// ```text
    /// KẾ HOẠCH
    /// Tuyên truyền năm 2026
    /// 3. Căn cứ vào Hướng dẫn này, các xã xây dựng văn bản triển khai.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// KẾ HOẠCH
    /// Tuyên truyền năm 2026
    /// 3. Căn cứ vào Kế hoạch này, các xã xây dựng văn bản triển khai.
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm đ (tên loại văn bản); consistency.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo văn bản tự gọi mình bằng tên loại văn bản khác: kế hoạch mà viết `Hướng dẫn này` hoặc
    /// `Trên đây là Hướng dẫn …`. Nếu trước đó đã viện dẫn một văn bản thuộc loại ấy
    /// (`Hướng dẫn số 12/HD-…`), thì `Hướng dẫn này` chỉ văn bản được viện dẫn và không bị báo;
    /// thông báo có trích yếu nêu nội dung được thông báo (`Kết luận của …`) được gọi nội dung đó
    /// là `kết luận này`; quyết định ban hành quy chế kèm theo được gọi `Quy chế này`.
    ///
    /// ### Vì sao
    /// Nội dung được chép từ văn bản thuộc loại khác mà không sửa lại; người đọc không biết văn bản
    /// nào được nói đến.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm đ (tên loại văn bản); tính thống nhất.
    pub struct SelfReference {
        id: "structure/self-reference",
        severity: Error,
        fix: Unsafe,
        summary: "Văn bản tự gọi mình bằng tên loại khác (Kế hoạch nói “Hướng dẫn này”)",
        summary_en: "The document calls itself by another type (a plan saying “Hướng dẫn này”)",
    }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| crate::vietnamese::case::lower(f).to_string() + c.as_str())
        .unwrap_or_default()
}

/// How many lines after a cited text "<its type> này" may still speak of it, in a text that
/// is not a report on other texts.
const NEARBY_LINES: usize = 3;

impl Rule for SelfReference {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        // a công văn has no type name, only its "V/v …" summary: it names itself only where it
        // says what is attached to it ("Phụ lục I kèm theo Công văn này"), since a letter
        // often carries and speaks of another text ("đề nghị triển khai Kế hoạch này")
        let letter = doc.header.type_name.is_none() && doc.header.letter_summary;
        let own = match doc.header.type_name {
            Some(t) => t.doc_type,
            None if letter => match crate::document::types::by_upper_name("CÔNG VĂN") {
                Some(t) => t,
                None => return,
            },
            None => return,
        };
        let text = doc.text();
        let line_start = |i: usize| doc.lines.get(i).map(|l| l.span.start).unwrap_or(text.len());
        let (from, to) = (line_start(doc.body.start), line_start(doc.body.end));
        let words = doc.words_between(from, to);
        // a notice whose summary names what it carries ("THÔNG BÁO / Kết luận của Chủ tịch
        // …") may call that "kết luận này"
        // (and a decision the text it promulgates or approves: "BAN HÀNH KẾ HOẠCH …", "Về
        // việc phê duyệt Đề án …", whose own words are "Kế hoạch này")
        let carried = doc.header.summary.first().and_then(|&l| {
            let lower = crate::vietnamese::case::to_lower(doc.content(l));
            let s = lower.strip_prefix("về việc ").unwrap_or(&lower);
            let s = ["ban hành ", "phê duyệt "]
                .iter()
                .find_map(|v| s.strip_prefix(v))
                .unwrap_or(s);
            name_at_start(s).map(|(t, _)| t.name)
        });
        // a decision that promulgates an attached Quy chế may say "trái với Quy chế này": the
        // attachments' types are the text's own
        let attached_types: Vec<&str> = doc
            .attachments
            .iter()
            .filter_map(|a| a.doc_type)
            .map(|t| t.name)
            .collect();
        let other = |name: &str| {
            name != own.name && Some(name) != carried && !attached_types.contains(&name)
        };
        // "<type> này" and "Trên đây là <type>", found from the words
        let mut hits: Vec<(usize, usize, &DocType)> = Vec::new();
        for (k, w) in words.iter().enumerate() {
            match w.text(text) {
                "này" if text[..w.start as usize].ends_with(' ') => {
                    let line = doc.line_of(w.start as usize);
                    let ls = doc.lines[line].content.start.min(w.start as usize - 1);
                    if let Some((t, start)) = name_at_end(&text[ls..w.start as usize - 1]) {
                        // "Hướng dẫn số 14/HD… Hướng dẫn này …" refers back to a document
                        // cited earlier (in the summary, a legal basis or the body): the
                        // model's citations, in text order
                        // ... in a report or notice on it anywhere before, in another text
                        // only nearby (a plan's "Căn cứ Hướng dẫn này, tổ chức …" in its tasks
                        // is itself, held-out batch 45) or as the text's subject (a plan "thực
                        // hiện Nghị quyết số 57-NQ/TW" in its summary, "Nghị quyết này" after)
                        let about_others = matches!(own.name, "Báo cáo" | "Thông báo" | "Tờ trình" | "Biên bản");
                        // (the subject: in the summary, or in the opening before the first
                        // part, "Thực hiện Chỉ thị số 05-CT/TW …, Ban Thường vụ xây dựng Kế
                        // hoạch" — "quán triệt Chỉ thị này" there is that Chỉ thị)
                        let summary_end = doc
                            .body
                            .parts
                            .first()
                            .map(|p| doc.lines[p.line].span.start)
                            .or_else(|| doc.header.summary.last().map(|&l| doc.lines[l].span.end))
                            .unwrap_or(0);
                        let cited_before = || {
                            doc.citations
                                .iter()
                                .take_while(|c| c.span.start < ls + start)
                                .any(|c| {
                                    doc.slice(c.kind) == t.name
                                        && (about_others
                                            || c.span.start < summary_end
                                            || doc.line_of(c.span.start) + NEARBY_LINES >= line)
                                })
                        };
                        // "(Mẫu) kèm theo Kế hoạch này" is the text's own attachment,
                        // whatever plan was cited before
                        let before = text[ls..ls + start].trim_end();
                        // (and "theo mẫu gửi kèm Kế hoạch này"; "Nhận được Công văn này, …"
                        // opens a letter's closing words about itself; in a report, "Nhận được
                        // Công văn này, UBND xã đã triển khai …" after "Công văn số 45/SNV" is
                        // the one received, which the test of a cited text below decides)
                        let attached = ["kèm theo", "Kèm theo", "KÈM THEO", "gửi kèm"]
                            .iter()
                            .any(|k| before.ends_with(k))
                            || before == "Nhận được" && letter;
                        // a part named before it, "tại Mục IV của Kế hoạch này", "khoản 1
                        // Mục II Kế hoạch này", is the text's own part, whatever plan was cited
                        let part = own_part(before);
                        // a text publishes and spreads itself, not a plan it cited: "Văn
                        // phòng đăng tải Kế hoạch này", "niêm yết công khai …", "Kế hoạch này
                        // phổ biến đến chi bộ" (held-out batch 11)
                        // (a letter passes a plan on: "đề nghị các đơn vị phổ biến Kế hoạch
                        // này" there is the plan's; so is a plan cited on the same line)
                        let after = &text[w.end as usize..];
                        let cited_on_line = || {
                            doc.citations.iter().any(|c| {
                                (ls..ls + start).contains(&c.span.start)
                                    && doc.slice(c.kind) == t.name
                            })
                        };
                        let publishes_itself = [" phổ biến", " được phổ biến", " có hiệu lực"]
                            .iter()
                            .any(|k| after.starts_with(k))
                            || ["đăng tải", "niêm yết", "công khai", "phổ biến"]
                                .iter()
                                .any(|k| before.ends_with(k))
                                && !cited_on_line();
                        // "12 hợp đồng này", "các báo cáo này": counted or plural, a noun
                        let counted = before
                            .rsplit(' ')
                            .next()
                            .is_some_and(|w| {
                                !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
                                    || ["các", "những", "mỗi", "từng", "mọi"]
                                        .contains(&crate::vietnamese::case::to_lower(w).as_str())
                            });
                        // "Quá trình thực hiện Kế hoạch này, nếu có vướng mắc, đề nghị phản
                        // ánh về …": the formula of a text's closing words, about itself
                        // (not in a report on another text; held-out batch 73)
                        let line_end = doc.lines[line].content.end.max(w.end as usize);
                        // (the formula itself, "nếu có vướng mắc / khó khăn", in the clause
                        // after it, not any "khó khăn": review of this session)
                        let clause = &text[w.end as usize..line_end];
                        let clause = clause.find([';', '.']).map_or(clause, |i| &clause[..i]);
                        let own_closing = !about_others
                            && ["nếu có vướng mắc", "nếu có khó khăn"]
                                .iter()
                                .any(|k| clause.contains(k));
                        if other(t.name)
                            && !counted
                            && (attached
                                || !letter
                                    && (publishes_itself
                                        || part
                                        || own_closing
                                        || !cited_before()))
                        {
                            hits.push((ls + start, t.name.len(), own));
                        }
                    }
                }
                "là" => {
                    if let Some((t, at, len)) = closing_names(text, words, k) {
                        if other(t.name) && !letter {
                            hits.push((at, len, own));
                        }
                    }
                }
                _ => {}
            }
        }
        // an attachment of a type of its own (the plan a decision promulgates) closes with
        // "Trên đây là <its type>" too
        for a in &doc.attachments {
            let Some(own) = a.doc_type else { continue };
            let words = doc.words_between(line_start(a.start), line_start(a.end));
            for k in 0..words.len() {
                if let Some((t, at, len)) = closing_names(text, words, k) {
                    // (a type named in capitals: "Trên đây là kết luận của Chủ tịch …"
                    // closing an attached notice speaks of its content)
                    if t.name != own.name && crate::vietnamese::starts_upper(&text[at..]) {
                        hits.push((at, len, own));
                    }
                }
            }
        }
        {
            for (pos, len, own) in hits {
                let span = Span::new(pos, pos + len);
                let name = doc.slice(span);
                let replacement = if name.starts_with(crate::vietnamese::case::is_upper_letter) {
                    own.name.to_string()
                } else {
                    lower_first(own.name)
                };
                ctx.emit(
                    span,
                    format!(
                        "Văn bản là {} nhưng tự gọi là “{name}”",
                        crate::vietnamese::case::to_lower(own.name)
                    ),
                    format!("The document is a {} but calls itself “{name}”", own.name),
                )
                .unsafe_fix(span, replacement);
            }
        }
    }
}

/// The type a text's closing words name, when word `k` is the "là" of "Trên đây là <type>":
/// the type, where its name starts and its length.
fn closing_names(
    text: &str,
    words: &[crate::vietnamese::words::Word],
    k: usize,
) -> Option<(&'static DocType, usize, usize)> {
    let said = |i: usize| words[i].text(text);
    if k < 2 || said(k) != "là" || said(k - 1) != "đây" || !matches!(said(k - 2), "Trên" | "trên") {
        return None;
    }
    let at = words.get(k + 1)?.start as usize;
    name_at_start(&text[at..]).map(|(t, len)| (t, at, len))
}

/// Whether `before` ends with a part of a text named by its kind and number ("Mục IV của",
/// "khoản 1 Mục II", "Phần thứ hai"): what follows, "<type> này", is the text those parts are
/// in.
fn own_part(before: &str) -> bool {
    let before = before.strip_suffix(" của").unwrap_or(before);
    let mut words = before.rsplit(' ');
    let (Some(number), Some(kind)) = (words.next(), words.next()) else {
        return false;
    };
    let numbered = number.bytes().all(|b| b.is_ascii_digit() || b"IVX".contains(&b))
        || matches!(number, "nhất" | "hai" | "ba" | "tư");
    numbered
        && !number.is_empty()
        && matches!(
            kind,
            "Mục" | "mục" | "Phần" | "phần" | "khoản" | "Khoản" | "Chương" | "chương" | "thứ"
        )
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// Held-out batch 54: a report whose annex is a table with a column "Kế hoạch" still
    /// calls itself wrongly "Trên đây là Kế hoạch …": a table's cell is no annex's title.
    #[test]
    fn a_tables_column_is_no_annexs_type() {
        let report = |closing: &str| format!("ỦY BAN NHÂN DÂN\nXÃ YÊN TRẠCH\nSố: 215/BC-UBND\n\nBÁO CÁO\nKết quả chuyển đổi số năm 2025\n\nI. KẾT QUẢ\nĐã làm.\n{closing}\n\nNơi nhận:\n- Sở Khoa học và Công nghệ;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn An\n\nPhụ lục I\nCHỈ TIÊU CHUYỂN ĐỔI SỐ\nTT\tChỉ tiêu\tĐơn vị tính\tKế hoạch\tThực hiện\n1\tHồ sơ trực tuyến\t%\t80\t85\n");
        let rule = "structure/self-reference";
        let wrong = report("Trên đây là Kế hoạch kết quả chuyển đổi số năm 2025, kính báo cáo Sở./.");
        assert_eq!(findings(rule, &wrong).len(), 1, "{:?}", findings(rule, &wrong));
        let right = report("Trên đây là báo cáo kết quả chuyển đổi số năm 2025, kính báo cáo Sở./.");
        assert!(findings(rule, &right).is_empty());
    }

    /// A false alarm met on a correct notice of a meeting's conclusions.
    #[test]
    fn a_notice_may_name_the_conclusions_it_carries() {
        let notice = "ỦY BAN NHÂN DÂN\nPHƯỜNG PHÚ XUÂN\nSố: 187/TB-UBND\n\nTHÔNG BÁO\nKết luận của Chủ tịch Ủy ban nhân dân phường tại cuộc họp\n\nGiao Văn phòng theo dõi việc thực hiện kết luận này.\n";
        assert!(findings("structure/self-reference", notice).is_empty());
        let plan = notice.replace("Kết luận của Chủ tịch", "Về việc dọn dẹp");
        assert_eq!(findings("structure/self-reference", &plan).len(), 1);
    }

    /// A regression from a court's letter (held-out batch 9): a công văn that calls its annex
    /// "Phụ lục I kèm theo Thông báo này" names itself wrongly; the plan it carries is no
    /// self-reference.
    #[test]
    fn a_letter_names_its_own_attachments() {
        let letter = |sentence: &str| format!("TÒA ÁN NHÂN DÂN\nKHU VỰC 11 - HÀ NỘI\nSố: 215/TANDKV11-VP\nV/v phối hợp tống đạt văn bản tố tụng\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 05 tháng 3 năm 2026\n\nKính gửi: Ủy ban nhân dân xã Trung Giã.\n\n{sentence}\n");
        let rule = "structure/self-reference";
        let wrong = letter("Đề nghị tiếp nhận văn bản theo danh sách tại Phụ lục I kèm theo Thông báo này.");
        assert_eq!(findings(rule, &wrong).len(), 1, "{:?}", findings(rule, &wrong));
        let right = letter("Đề nghị tiếp nhận văn bản theo danh sách tại Phụ lục I kèm theo Công văn này.");
        assert!(findings(rule, &right).is_empty());
        let carried = letter("Đề nghị Ủy ban nhân dân xã triển khai Kế hoạch này đến các thôn.");
        assert!(findings(rule, &carried).is_empty());
    }

    /// A text publishes and spreads itself, whatever plan it cited (held-out batch 11: "4. Văn
    /// phòng đăng tải Kế hoạch này" in a notice, "Kế hoạch này phổ biến đến chi bộ" closing a
    /// directive).
    #[test]
    fn a_text_publishes_itself() {
        let notice = "BẢO HIỂM XÃ HỘI VIỆT NAM\nBẢO HIỂM XÃ HỘI TỈNH PHÚ THỌ\nSố: 312/TB-BHXH\n\nTHÔNG BÁO\nDanh sách đơn vị chậm đóng\n\n1. Phòng Quản lý thu đánh giá tiến độ theo Kế hoạch số 27/KH-BHXH ngày 20/01/2026 của BHXH tỉnh.\n4. Văn phòng đăng tải Kế hoạch này trên Trang thông tin điện tử.\n";
        let rule = "structure/self-reference";
        assert_eq!(findings(rule, notice).len(), 1, "{:?}", findings(rule, notice));
        // a plan it carries out is still what "Kế hoạch này" names elsewhere
        let carried = notice.replace("4. Văn phòng đăng tải Kế hoạch này", "4. Qua triển khai Kế hoạch này, Văn phòng đăng tải danh sách");
        assert!(findings(rule, &carried).is_empty(), "{:?}", findings(rule, &carried));
    }

    /// Held-out batch 45: "Căn cứ Hướng dẫn này, tổ chức quán triệt …" among a plan's tasks,
    /// far from a guide cited inside a part, is the plan itself; near the citation, in a
    /// report on the guide, or after an opening that carries the guide out ("Thực hiện Hướng
    /// dẫn số 15-HD/…, Ban xây dựng Kế hoạch"), it is the guide.
    #[test]
    fn a_cited_text_is_named_back_only_nearby() {
        let rule = "structure/self-reference";
        let plan = |gap: &str| format!("ĐẢNG ỦY XÃ HẠ HÒA\nBAN TUYÊN GIÁO VÀ DÂN VẬN\nSố 09-KH/BTGDVĐU\n\nKẾ HOẠCH\ntuyên truyền kỷ niệm Ngày thành lập Đảng\n\nBan xây dựng Kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Quán triệt Hướng dẫn số 15-HD/BTGDVTU ngày 26/12/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy.\n{gap}III. TỔ CHỨC THỰC HIỆN\n1. Các chi bộ căn cứ Hướng dẫn này, tổ chức quán triệt trong sinh hoạt chi bộ.\n");
        let far = plan("2. Yêu cầu\nII. NỘI DUNG\n1. Tuyên truyền trên hệ thống truyền thanh.\n");
        assert_eq!(findings(rule, &far).len(), 1, "{:?}", findings(rule, &far));
        assert!(findings(rule, &plan("")).is_empty());
        let report = far.replace("KẾ HOẠCH\n", "BÁO CÁO\n").replace("-KH/", "-BC/");
        assert!(findings(rule, &report).is_empty(), "{:?}", findings(rule, &report));
        let carried_out = far
            .replace("Ban xây dựng Kế hoạch như sau:", "Thực hiện Hướng dẫn số 15-HD/BTGDVTU ngày 26/12/2025, Ban xây dựng Kế hoạch như sau:")
            .replace("1. Quán triệt Hướng dẫn số 15-HD/BTGDVTU ngày 26/12/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy.", "1. Mục đích");
        assert!(findings(rule, &carried_out).is_empty(), "{:?}", findings(rule, &carried_out));
        // (held-out batch 73: the closing words' formula is about the text itself, whatever
        // it carries out)
        let closing = format!("{carried_out}Quá trình thực hiện Hướng dẫn này, nếu có vướng mắc, đề nghị phản ánh về Ban Tuyên giáo và Dân vận để được giải đáp./.\n");
        assert_eq!(findings(rule, &closing).len(), 1, "{:?}", findings(rule, &closing));
        // (not any "khó khăn" after the cited guide's name)
        let difficulties = format!("{carried_out}Các chi bộ triển khai nghiêm túc Hướng dẫn này; kịp thời báo cáo những khó khăn phát sinh.\n");
        assert!(findings(rule, &difficulties).is_empty(), "{:?}", findings(rule, &difficulties));
    }

    /// "kèm theo Kế hoạch này" is the text's own attachment, even after a cited plan.
    #[test]
    fn an_attachment_of_this_text_names_its_own_type() {
        let guide = "ĐẢNG ỦY XÃ KỲ XUÂN\nBAN XÂY DỰNG ĐẢNG\nSố 05-HD/BXDĐ\n\nHƯỚNG DẪN\nKiểm điểm đảng viên năm 2025\n\nThực hiện Kế hoạch số 18-KH/ĐU ngày 14/11/2025 của Đảng ủy xã.\nc) Tổng hợp vào Bảng tổng hợp theo Mẫu kèm theo Kế hoạch này.\n";
        assert_eq!(findings("structure/self-reference", guide).len(), 1);
        let right = guide.replace("kèm theo Kế hoạch này", "kèm theo Hướng dẫn này");
        assert!(findings("structure/self-reference", &right).is_empty());
        // the cited plan's own words stay silent
        let cited = guide.replace("theo Mẫu kèm theo Kế hoạch này", "theo Kế hoạch này");
        assert!(findings("structure/self-reference", &cited).is_empty());
    }

    /// A false alarm met on an inspectorate's conclusion: "12 hợp đồng này" counts contracts.
    #[test]
    fn a_counted_noun_is_no_self_reference() {
        let conclusion = "UBND TỈNH NINH BÌNH\nTHANH TRA TỈNH\nSố: 52/KL-TTr\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nNinh Bình, ngày 12 tháng 5 năm 2026\n\nKẾT LUẬN THANH TRA\nViệc quản lý đất đai\n\n- Số tiền thuê đất của 12 hợp đồng này chưa thu là 48,6 triệu đồng;\n- Các hợp đồng này chưa được thanh lý.\n";
        assert!(findings("structure/self-reference", conclusion).is_empty(), "{:?}", findings("structure/self-reference", conclusion));
        let plan = conclusion.replace("12 hợp đồng này", "Hướng dẫn này");
        assert_eq!(findings("structure/self-reference", &plan).len(), 1);
    }

    /// A false alarm met on a Party committee's decision promulgating its working rules: the
    /// attached Quy chế is the text's own, "trái với Quy chế này" names it.
    #[test]
    fn a_decision_names_the_rules_it_promulgates() {
        let decision = |attached: &str| {
            format!("ĐẢNG BỘ TỈNH HÀ TĨNH\nĐẢNG ỦY XÃ THẠCH KHÊ\n*\nSố 12-QĐ/ĐU\n\nQUYẾT ĐỊNH\nVề lề lối làm việc\n\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ban Chấp hành.\nĐiều 2. Các quy định trước đây trái với Quy chế này đều bãi bỏ.\nĐiều 3. Các chi bộ thi hành Quyết định này.\nNơi nhận:\n- Các chi bộ,\n- Lưu Văn phòng Đảng ủy.\nT/M ĐẢNG ỦY\nBÍ THƯ\n\nTrần Đình Quang\n\nĐẢNG BỘ TỈNH HÀ TĨNH\tĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ THẠCH KHÊ\n*\n\n{attached}\n(Ban hành kèm theo Quyết định số 12-QĐ/ĐU, ngày 05/9/2025 của Đảng ủy xã)\nChương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n")
        };
        let rule = "structure/self-reference";
        let own = findings(rule, &decision("QUY CHẾ\nLàm việc của Ban Chấp hành Đảng bộ xã"));
        assert!(own.is_empty(), "{own:?}");
        let other = findings(rule, &decision("DANH SÁCH\nỦy viên Ban Chấp hành Đảng bộ xã"));
        assert_eq!(other.len(), 1, "{other:?}");
    }

    /// A false alarm met on a real decision of 2021 whose attached plan was cut off: the
    /// summary says what it promulgates ("BAN HÀNH KẾ HOẠCH …"), and "Kế hoạch này" is that.
    #[test]
    fn a_decision_names_the_plan_its_summary_promulgates() {
        let decision = |summary: &str| {
            format!("ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 1528/QĐ-UBND\n\nQUYẾT ĐỊNH\n{summary}\n\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chương trình phát triển công tác xã hội.\nĐiều 2. Giao Sở Y tế chủ trì tổ chức triển khai thực hiện Kế hoạch này trên địa bàn tỉnh.\n")
        };
        let rule = "structure/self-reference";
        for own in [
            "BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH PHÁT TRIỂN CÔNG TÁC XÃ HỘI",
            "Về việc ban hành Kế hoạch thực hiện Chương trình",
            "Phê duyệt Kế hoạch thực hiện Chương trình",
        ] {
            let found = findings(rule, &decision(own));
            assert!(found.is_empty(), "{own}: {found:?}");
        }
        let other = findings(rule, &decision("Về việc thành lập Tổ công tác"));
        assert_eq!(other.len(), 1, "{other:?}");
    }

    /// A part named before the type ("Mục IV của Kế hoạch này", "khoản 1 Mục II Kế hoạch
    /// này") and a form "gửi kèm" are the text's own, even after a cited plan (corpus misses in
    /// a Hướng dẫn and a Thông báo that cite a plan first).
    #[test]
    fn a_part_or_a_form_of_this_text_after_a_cited_plan() {
        let rule = "structure/self-reference";
        let guide = |sentence: &str| format!("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 865/HD-SGDĐT\n\nHƯỚNG DẪN\nTuyển sinh vào lớp 10 năm học 2026 - 2027\n\nCăn cứ Kế hoạch số 58/KH-UBND ngày 20/3/2026 của Ủy ban nhân dân tỉnh.\nI. MỤC ĐÍCH\n{sentence}\n");
        for wrong in [
            "Thí sinh điều chỉnh nguyện vọng trong thời gian quy định tại Mục IV của Kế hoạch này.",
            "Ưu tiên các trường hợp nêu tại khoản 1 Mục II Kế hoạch này.",
            "Lập danh sách theo mẫu gửi kèm Kế hoạch này.",
        ] {
            assert_eq!(findings(rule, &guide(wrong)).len(), 1, "{wrong}");
            let right = wrong.replace("Kế hoạch này", "Hướng dẫn này");
            assert!(findings(rule, &guide(&right)).is_empty(), "{right}");
        }
        // the cited plan, without a part named: silent as before
        let cited = guide("Các trường tổ chức thực hiện Kế hoạch này.");
        assert!(findings(rule, &cited).is_empty());
    }

    /// "Nhận được Kế hoạch này, …" opens a text's closing words about itself, a letter's too
    /// (corpus misses in held-out batches: a Hội's and a Front's letters).
    #[test]
    fn received_this_text_is_the_text_itself() {
        let rule = "structure/self-reference";
        let letter = |closing: &str| format!("ỦY BAN MTTQ VIỆT NAM\nTỈNH GIA LAI\nSố: 412/MTTQ-BTT\nV/v hướng dẫn tổ chức Ngày hội Đại đoàn kết\n\nKính gửi: Ban Thường trực Ủy ban MTTQ Việt Nam các xã, phường.\n\nThực hiện Hướng dẫn số 25/HD-MTTW-BTT ngày 10/9/2025 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.\n{closing}\n");
        let wrong = letter("Nhận được Hướng dẫn này, đề nghị các xã, phường quan tâm thực hiện./.");
        assert_eq!(findings(rule, &wrong).len(), 1, "{:?}", findings(rule, &wrong));
        let right = letter("Nhận được Công văn này, đề nghị các xã, phường quan tâm thực hiện./.");
        assert!(findings(rule, &right).is_empty());
        // the guide it passes on, named in the middle of a sentence, stays silent
        let passed = letter("Đề nghị các xã, phường triển khai Hướng dẫn này đến các khu dân cư./.");
        assert!(findings(rule, &passed).is_empty());
        // a report that received a letter it cited speaks of that letter
        let report = "ỦY BAN NHÂN DÂN\nXÃ TÂN HÒA\nSố: 45/BC-UBND\n\nBÁO CÁO\nKết quả rà soát\n\nNgày 05/3/2026, Ủy ban nhân dân xã nhận được Công văn số 45/SNV-CCVC của Sở Nội vụ.\nNhận được Công văn này, Ủy ban nhân dân xã đã triển khai rà soát.\n";
        assert!(findings(rule, report).is_empty(), "{:?}", findings(rule, report));
    }

    /// The plan a decision promulgates closes with "Trên đây là Kế hoạch …", not another type
    /// (corpus miss in a commune's decision on digital transformation).
    #[test]
    fn an_attached_plan_closes_with_its_own_type() {
        let rule = "structure/self-reference";
        let decision = |closing: &str| format!("ỦY BAN NHÂN DÂN\nXÃ ÂN TƯỜNG\nSố: 45/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch chuyển đổi số năm 2026\n\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2026.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n\nỦY BAN NHÂN DÂN\nXÃ ÂN TƯỜNG\n\nKẾ HOẠCH\nChuyển đổi số trên địa bàn xã năm 2026\n(Kèm theo Quyết định số 45/QĐ-UBND ngày 12/01/2026 của Ủy ban nhân dân xã)\nI. MỤC ĐÍCH, YÊU CẦU\n{closing}\n");
        let wrong = decision("Trên đây là Hướng dẫn chuyển đổi số trên địa bàn xã năm 2026.");
        assert_eq!(findings(rule, &wrong).len(), 1, "{:?}", findings(rule, &wrong));
        let right = decision("Trên đây là Kế hoạch chuyển đổi số trên địa bàn xã năm 2026.");
        assert!(findings(rule, &right).is_empty(), "{:?}", findings(rule, &right));
    }
}
