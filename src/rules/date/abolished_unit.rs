use crate::declare_rule;
use crate::document::{Date, Document, Span};
use crate::rules::{Context, Rule};
use crate::vietnamese::fold::fold_prefix;

/// Provinces merged into others on 01/7/2025 (Nghị quyết 202/2025/QH15), folded.
const ABOLISHED_PROVINCES: crate::packed::Words = crate::packed::words![
    "ha giang",
    "yen bai",
    "bac kan",
    "vinh phuc",
    "hoa binh",
    "bac giang",
    "thai binh",
    "hai duong",
    "ha nam",
    "nam dinh",
    "quang binh",
    "quang nam",
    "kon tum",
    "binh dinh",
    "phu yen",
    "ninh thuan",
    "dak nong",
    "binh thuan",
    "binh phuoc",
    "binh duong",
    "ba ria - vung tau",
    "long an",
    "tien giang",
    "ben tre",
    "tra vinh",
    "soc trang",
    "hau giang",
    "bac lieu",
    "kien giang",
];

/// The cities that remain cities after 01/7/2025: the six centrally-run ones (folded). Every
/// other "thành phố" (a provincial city, or Thủ Đức under Hồ Chí Minh City) was a district-level
/// unit and is gone.
const CITIES: crate::packed::Words = crate::packed::words!["ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"];

declare_rule! {
    /// ## What it does
    /// In a document dated on or after 01/7/2025, reports a district-level unit (huyện, quận,
    /// thị xã, a city of a province: "thành phố Đồng Hới") or a province abolished by the 2025 reorganisation named as a current unit —
    /// in the header, the recipients, the signature block, the body and the attachments.
    /// A citation dated on or after 01/7/2025 is reported too: no document of that date comes
    /// from an abolished unit. Not reported: a citation of an older document (its issuer was a
    /// district), history
    /// ("huyện Tri Tôn (cũ)", "nguyên huyện …", "trước khi sắp xếp"), and names that only fold
    /// to the same letters (a signer named Huyền).
    ///
    /// ## Why
    /// Since 01/7/2025 Vietnam has two levels of local government — 34 provinces and
    /// centrally-run cities, and communes, wards and special zones — and no districts. A
    /// document sent to “UBND các huyện” is sent to nobody.
    ///
    /// ## Example
    /// ```text
    /// Hà Nội, ngày 05 tháng 9 năm 2025
    /// KẾ HOẠCH
    /// Trên đây là Kế hoạch./.
    /// Nơi nhận:
    /// - UBND các huyện;
    /// - Lưu: VT.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Hà Nội, ngày 05 tháng 9 năm 2025
    /// KẾ HOẠCH
    /// Trên đây là Kế hoạch./.
    /// Nơi nhận:
    /// - UBND các xã, phường;
    /// - Lưu: VT.
    /// ```
    ///
    /// ## Basis
    /// Luật Tổ chức chính quyền địa phương 2025; Nghị quyết 202/2025/QH15 on the reorganisation
    /// of provinces (in force 01/7/2025).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Với văn bản ban hành từ ngày 01/7/2025 trở đi, báo đơn vị hành chính cấp huyện (huyện, quận,
    /// thị xã, thành phố thuộc tỉnh như “thành phố Đồng Hới”) hoặc tỉnh đã sáp nhập trong đợt sắp xếp năm 2025 mà vẫn được nêu như đơn vị đang tồn
    /// tại — ở phần đầu văn bản, nơi nhận, phần chữ ký, nội dung và phụ lục, kể cả văn bản viện
    /// dẫn có ngày từ 01/7/2025 (không văn bản nào ban hành từ ngày đó lại của đơn vị đã không
    /// còn). Không báo: việc viện dẫn văn bản cũ (cơ quan ban hành khi đó là cấp huyện), nội
    /// dung nói về trước đây
    /// (`huyện Tri Tôn (cũ)`, `nguyên huyện …`, `trước khi sắp xếp`) và những chữ chỉ giống nhau
    /// khi bỏ dấu (người ký tên Huyền).
    ///
    /// ### Vì sao
    /// Từ ngày 01/7/2025, chính quyền địa phương chỉ còn hai cấp — 34 tỉnh, thành phố trực thuộc
    /// trung ương và xã, phường, đặc khu — không còn cấp huyện. Văn bản gửi “UBND các huyện” là gửi
    /// cho nơi không còn tồn tại.
    ///
    /// ### Căn cứ
    /// Luật Tổ chức chính quyền địa phương 2025; Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành
    /// chính cấp tỉnh (có hiệu lực từ ngày 01/7/2025).
    pub struct AbolishedUnit {
        id: "date/abolished-unit",
        severity: Warning,
        fix: None,
        summary: "Văn bản ban hành sau 01/7/2025 còn nêu cấp huyện hoặc tỉnh đã sáp nhập",
        summary_en: "A document dated after 01/7/2025 names a district or a merged province",
    }
}

/// The second syllables of words that start with "nguyên" and do not mean "former": "nguyên
/// tắc", "nguyên nhân" ("Quy chế này quy định nguyên tắc … giữa Ủy ban nhân dân xã …, huyện
/// …" names a living district).
const NGUYEN_COMPOUNDS: crate::packed::Words = crate::packed::words!["tac", "nhan", "lieu", "vong", "ven", "van", "trang"];

impl Rule for AbolishedUnit {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(issued) = doc.issue_date() else {
            return;
        };
        if issued < Date::new(1, 7, 2025) {
            return;
        }
        let mut lines: Vec<usize> = doc.header.issuing_body.clone();
        lines.extend(doc.header.place_date.iter().map(|d| d.line));
        // the summary names whom the text is for ("… tại Ủy ban nhân dân các huyện, xã")
        lines.extend(doc.header.summary.iter().copied());
        if let Some(r) = &doc.recipients {
            for e in &r.entries {
                lines.extend(e.line..=e.last_line);
            }
        }
        if let Some(s) = &doc.signature {
            lines.extend(s.lines.iter().copied());
        }
        // the body and the attachments too, where a unit is named as one that acts now; not
        // in a citation (an older document's issuer), not after "cũ", "nguyên", "trước đây"
        lines.extend((doc.body.start..doc.lines.len()).filter(|&l| !doc.lines[l].is_blank()));
        crate::sort::by_key(&mut lines, |&l| l as u64);
        lines.dedup();
        // a cited document's issuer is the citation's, as it was then; but one dated after the
        // reorganisation cannot come from an abolished unit ("Kế hoạch số 38/KH-UBND ngày
        // 26/02/2026 của Ủy ban nhân dân tỉnh Thái Bình")
        let cited: Vec<Span> = doc
            .citations
            .iter()
            .filter(|c| c.date.as_ref().is_none_or(|(d, _)| *d < Date::new(1, 7, 2025)))
            // (its issuer too: "Quyết định số 312/QĐ-CCTHADS ngày 15/11/2024 của Chi cục Thi
            // hành án dân sự huyện Cẩm Mỹ", held-out batch 52)
            .flat_map(|c| std::iter::once(c.span).chain(c.issuers.iter().map(|i| i.span)))
            .collect();
        let text = doc.text();
        for l in lines {
            let content = doc.lines[l].content;
            let ws = doc.words_between(content.start, content.end);
            for (k, w) in ws.iter().enumerate() {
                let word = w.text(text);
                // only huyện, quận, thị and tinh are looked at: any other word is passed over
                // before it is lowercased (two allocations per word of the document before)
                let lower_is = |s: &str, target: &str| {
                    s.chars()
                        .map(crate::vietnamese::case::lower)
                        .eq(target.chars())
                };
                // by bytes first: huyện, quận, thị, tỉnh, thành are 5 to 7 bytes in either case,
                // their second byte u, u, h, the lead byte of ỉ/Ỉ, h
                let b = word.as_bytes();
                let lower = |i: usize| b.get(i).map(u8::to_ascii_lowercase);
                let candidate = matches!(b.len(), 5..=7)
                    && matches!(
                        (lower(0), lower(1)),
                        (Some(b'h' | b'q'), Some(b'u')) | (Some(b't'), Some(b'h' | 0xE1))
                    );
                if !candidate
                    || !["huyện", "quận", "thị", "tỉnh", "thành"]
                        .iter()
                        .any(|t| lower_is(word, t))
                {
                    continue;
                }
                let next = ws.get(k + 1).map(|n| n.text(text)).unwrap_or("");
                // the words exactly, marks included: "Huyền" (a name) is no "huyện"
                let lower = crate::vietnamese::case::to_lower(word);
                let next_lower = crate::vietnamese::case::to_lower(next);
                let unit = match (lower.as_str(), next_lower.as_str()) {
                    ("huyện", n) if n != "ủy" && n != "uỷ" => Some((w.end as usize, "huyện")),
                    ("quận", n) if n != "ủy" && n != "uỷ" => Some((w.end as usize, "quận")),
                    ("thị", "xã") => ws.get(k + 1).map(|n| (n.end as usize, "thị xã")),
                    // a city named after "thành phố" that is none of the six centrally-run
                    ("thành", "phố") => {
                        let mut end = k + 2;
                        while end < ws.len()
                            && end < k + 6
                            && crate::vietnamese::starts_upper(ws[end].text(text))
                            && matches!(&text[ws[end - 1].end as usize..ws[end].start as usize], " ")
                        {
                            end += 1;
                        }
                        // "Hà Nội" in "thành phố Hà Nội Nguyễn Văn A" too: any first words (the
                        // words are a space apart, so the span folds to them joined)
                        let name = crate::vietnamese::fold(
                            &text[ws[(k + 2).min(end - 1)].start as usize..ws[end - 1].end as usize],
                        );
                        let is_city = |name: &str| {
                            CITIES.iter().any(|c| {
                                name.strip_prefix(c)
                                    .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
                            })
                        };
                        // (a name wrapped at the line's end goes on with the next line's first
                        // word: "THÀNH PHỐ HÀ" / "NỘI", "Thành phố Hồ Chí" / "Minh" of a PDF's
                        // lines, real set 9)
                        let wrapped = || {
                            let next = doc.lines.get(l + 1)?;
                            let first = doc.words_between(next.content.start, next.content.end).first()?;
                            Some(format!("{name} {}", crate::vietnamese::fold(first.text(text))))
                        };
                        let city = is_city(&name)
                            || end == ws.len() && wrapped().is_some_and(|n| is_city(&n));
                        (end > k + 2 && !city).then(|| (ws[end - 1].end as usize, "thành phố"))
                    }
                    ("tỉnh", _) => {
                        let mut rest = &text[w.end as usize..content.end];
                        // "Tỉnh ủy Bắc Giang": the committee of the province named after it
                        if matches!(next_lower.as_str(), "ủy" | "uỷ") {
                            rest = &text[ws[k + 1].end as usize..content.end];
                        }
                        let skipped = content.end - (w.end as usize) - rest.len();
                        let lead = rest.len() - rest.trim_start().len() + skipped;
                        let after = fold_prefix(rest.trim_start(), 20);
                        // folding keeps one char per char: count the name's chars in the original
                        ABOLISHED_PROVINCES
                            .iter()
                            .find(|p| {
                                after.starts_with(*p)
                                    && !after[p.len()..].starts_with(crate::vietnamese::case::is_letter_or_number)
                            })
                            .map(|p| {
                                let n = p.chars().count();
                                let name_len: usize =
                                    rest.trim_start().chars().take(n).map(char::len_utf8).sum();
                                (w.end as usize + lead + name_len, "tỉnh")
                            })
                    }
                    _ => None,
                };
                let Some((end, kind)) = unit else { continue };
                let end = end.min(content.end);
                let span = Span::new(w.start as usize, end);
                if cited
                    .iter()
                    .any(|c| c.start <= span.start && span.end <= c.end)
                {
                    continue;
                }
                // the issuer of a paper dated before the reorganisation, though no citation
                // vanban reads: "Bản án số 58/2024/DS-ST ngày 22/8/2024 của Tòa án nhân dân
                // huyện Cẩm Mỹ" (held-out batch 52)
                let issued_before = doc.dates.iter().any(|d| {
                    d.span.end <= span.start
                        && d.span.start >= content.start
                        && d.date().is_some_and(|x| x < Date::new(1, 7, 2025))
                        && text[d.span.end..span.start].trim_start().starts_with("của ")
                        && !text[d.span.end..span.start].contains([',', ';', '.'])
                });
                if issued_before {
                    continue;
                }
                // history: "huyện Tri Tôn (cũ)", "nguyên huyện …", "trước đây là huyện …",
                // "trước khi sắp xếp"; a place of a unit ("tỉnh Bắc Giang" in "Tỉnh ủy Bắc
                // Giang" of 2024) is the citation's
                // judged in the unit's own clause: "giao dự toán cho các huyện …; hướng dẫn …
                // sau sắp xếp" names living districts before the ";" that closes its clause
                let clause = clause_around(text, content, span);
                let folded_line = crate::vietnamese::fold(&text[clause.start..clause.end]);
                let before = crate::vietnamese::fold(&text[clause.start..span.start]);
                let after = crate::vietnamese::fold(&text[span.end..clause.end]);
                // (a list of kinds that "cũ" closes: "các huyện, thị xã cũ", held-out batch 64)
                let mut after_kinds = after.trim_start();
                while let Some(rest) = [", thi xa", ", thanh pho", ", huyen", " va thi xa", " va thanh pho"]
                    .iter()
                    .find_map(|k| after_kinds.strip_prefix(k))
                {
                    after_kinds = rest.trim_start();
                }
                // "nguyên" (former), not a syllable of "nguyên tắc", "nguyên nhân" …
                let former = before.match_indices("nguyen ").any(|(i, m)| {
                    let rest = &before[i + m.len()..];
                    let next = &rest[..rest
                        .bytes()
                        .position(|b| !b.is_ascii_alphabetic())
                        .unwrap_or(rest.len())];
                    !NGUYEN_COMPOUNDS.contains(next)
                        && (i == 0 || before.as_bytes()[i - 1] == b' ')
                });
                let history = former
                    || [
                    "truoc day",
                    "truoc khi",
                    "truoc sap",
                    "da giai the",
                    "cu)",
                ]
                .iter()
                .any(|h| before.ends_with(h.trim_end()) || before.contains(h))
                    || after_kinds.starts_with("(cu")
                    || after_kinds.starts_with("cu ")
                    || after_kinds == "cu"
                    // the arrangement itself: "sắp xếp, sáp nhập tỉnh Bắc Giang và tỉnh Bắc
                    // Ninh", "hợp nhất", "thành lập trên cơ sở …"
                    // (or its end: "việc kết thúc hoạt động của cấp huyện từ ngày 01/7/2025")
                    || ["sap xep", "sap nhap", "hop nhat", "tren co so", "ket thuc hoat dong"]
                        .iter()
                        .any(|h| folded_line.contains(h));
                // what follows the citation of a document older than the reorganisation in
                // its clause is that document's summary: "Quyết định số 27/2024/QĐ-UBND … của
                // UBND tỉnh Yên Bái quy định … trên địa bàn tỉnh Yên Bái" in the list of
                // decisions a new one replaces
                // (up to a new subject after a comma: "Thực hiện Công văn số … của UBND tỉnh,
                // UBND huyện X báo cáo …" names a living district)
                let older_cited = doc.citations.iter().any(|c| {
                    c.span.start >= clause.start
                        && c.span.end <= span.start
                        && c.date.as_ref().is_some_and(|(d, _)| *d < Date::new(1, 7, 2025))
                        && !text[c.span.end..span.start].split(", ").skip(1).any(|p| {
                            p.starts_with(crate::vietnamese::case::is_upper_letter)
                        })
                });
                // a power company's unit is named by the company, not by the state's units:
                // "Điện lực Thành phố Quảng Ngãi" (held-out batch 81); not the post office's
                // "Bưu điện huyện …", renamed with the communes (held-out batch 66)
                let enterprise_unit = before.trim_end().ends_with("dien luc");
                if history || older_cited || enterprise_unit {
                    continue;
                }
                let (what, what_en) = match kind {
                    "tỉnh" => ("tỉnh đã sáp nhập", "a merged province"),
                    "thành phố" => (
                        "thành phố thuộc tỉnh (cấp huyện)",
                        "a city of a province (district level)",
                    ),
                    _ => ("đơn vị cấp huyện", "a district-level unit"),
                };
                ctx.emit(
                    span,
                    format!("Văn bản ban hành ngày {} nhưng còn nêu {what} (“{}”); từ 01/7/2025 không còn cấp huyện và chỉ còn 34 tỉnh, thành phố", issued.display(), doc.slice(span)),
                    format!("Dated {} but names {what_en} (“{}”); since 01/7/2025 there are no districts and 34 provinces", issued.display(), doc.slice(span)),
                );
            }
        }
    }
}

/// The clause of a line that holds `span`: from the ";" or sentence-ending "." before it to
/// the one after it (a "." inside "5.2" or "Tp.HCM" does not end a sentence).
fn clause_around(text: &str, line: Span, span: Span) -> Span {
    let ends_clause = |s: &str, i: usize| match s.as_bytes()[i] {
        b';' => true,
        b'.' => s.as_bytes().get(i + 1).is_none_or(|b| b.is_ascii_whitespace()),
        _ => false,
    };
    let head = &text[line.start..span.start];
    let start = (0..head.len())
        .rev()
        .find(|&i| ends_clause(head, i))
        .map_or(line.start, |i| line.start + i + 1);
    let tail = &text[span.end..line.end];
    let end = (0..tail.len())
        .find(|&i| ends_clause(tail, i))
        .map_or(line.end, |i| span.end + i);
    Span::new(start, end)
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// Held-out batch 24: a document dated after the reorganisation cannot come from an
    /// abolished province; one dated before it can.
    #[test]
    fn a_citation_dated_after_the_reorganisation_from_an_abolished_province() {
        let text = |date: &str| format!("UBND XÃ THẦN KHÊ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRUNG TÂM VĂN HÓA, THÔNG TIN VÀ THỂ THAO\tĐộc lập - Tự do - Hạnh phúc\nSố: 27/KH-TTVHTT\tThần Khê, ngày 09 tháng 12 năm 2026\n\nKẾ HOẠCH\nTổ chức các hoạt động mừng Xuân\n\nCăn cứ Kế hoạch số 112/KH-UBND ngày {date} của Ủy ban nhân dân tỉnh Thái Bình về tổ chức Tết.\n");
        let rule = "date/abolished-unit";
        assert_eq!(findings(rule, &text("24/11/2026")).len(), 1);
        assert!(findings(rule, &text("24/11/2024")).is_empty());
    }

    fn letter(issuer: &str, body: &str) -> String {
        format!(
            "{issuer}\nSố: 12/CV-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBắc Ninh, ngày 15 tháng 3 năm 2026\n\n{body}\n"
        )
    }

    /// Held-out batch 16: "nguyên tắc" (principle) is no "nguyên" (former).
    #[test]
    fn a_principle_is_no_former_unit() {
        let rule = "date/abolished-unit";
        let living = letter("UBND XÃ CAM LỘ", "Quy chế này quy định nguyên tắc, nội dung phối hợp giữa Ủy ban nhân dân xã Cam Lộ, huyện Cam Lộ và Ban Thường trực.");
        assert_eq!(findings(rule, &living).len(), 1, "{:?}", findings(rule, &living));
        let former = letter("UBND XÃ CAM LỘ", "Đồng chí Lê Văn An, nguyên Chủ tịch UBND huyện Cam Lộ, dự họp.");
        assert!(findings(rule, &former).is_empty(), "{:?}", findings(rule, &former));
    }

    /// A city of a province is a district-level unit; the six centrally-run cities remain.
    #[test]
    fn a_city_of_a_province() {
        let rule = "date/abolished-unit";
        let found = findings(rule, &letter("UBND TỈNH QUẢNG TRỊ", "Tổ chức tại thành phố Đồng Hới, tỉnh Quảng Trị."));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("thành phố Đồng Hới"), "{found:?}");
        let wrapped = findings(rule, &letter("UBND TỈNH HÀ TĨNH", "Tổ chức tại thành phố Hà\nTĩnh."));
        assert_eq!(wrapped.len(), 1, "{wrapped:?}");
        for city in [
            "Tổ chức tại Thành phố Hồ Chí Minh.",
            "Ủy ban nhân dân thành phố Hà Nội Nguyễn Văn An chủ trì.",
            "Báo cáo Ủy ban nhân dân thành phố về kết quả.",
            "Tổ chức tại THÀNH PHỐ ĐÀ NẴNG.",
            "Tổ chức tại thành phố Đồng Hới (cũ).",
            // (a name wrapped at the line's end, real set 9)
            "Bảng tiêu chí áp dụng trên địa bàn Thành phố Hồ Chí\nMinh từ năm 2025.",
        ] {
            assert!(findings(rule, &letter("UBND TỈNH QUẢNG TRỊ", city)).is_empty(), "{city}");
        }
    }

    /// A merged province named with its marks, as every document writes it (the check once
    /// compared with the unmarked "tinh" only, and never fired), and under its committee.
    #[test]
    fn a_merged_province_in_the_issuer() {
        let f = |t: &str| findings("date/abolished-unit", t);
        assert_eq!(f(&letter("TỈNH ỦY BẮC GIANG\nỦY BAN KIỂM TRA", "Nội dung.")).len(), 1);
        assert_eq!(f(&letter("ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG", "Nội dung.")).len(), 1);
        assert!(f(&letter("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH", "Nội dung.")).is_empty());
        // the arrangement itself is history
        assert!(f(&letter(
            "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH",
            "Sau khi sắp xếp tỉnh Bắc Giang và tỉnh Bắc Ninh, tỉnh có 99 xã, phường."
        ))
        .is_empty());
    }

    /// History is judged per clause: a later clause about the arrangement does not make the
    /// districts given a task before it history (held-out batch 6, an HĐND committee's report).
    #[test]
    fn history_is_judged_in_the_units_clause() {
        let f = |t: &str| findings("date/abolished-unit", t);
        let body = "c) Giao dự toán ngân sách năm 2026 cho các cơ quan, đơn vị và các huyện, thành phố trước ngày 31 tháng 12 năm 2025; hướng dẫn ngân sách cấp xã xây dựng dự toán sát với nhiệm vụ sau sắp xếp.";
        assert_eq!(f(&letter("UBND TỈNH QUẢNG TRỊ", body)).len(), 1, "{:?}", f(&letter("UBND TỈNH QUẢNG TRỊ", body)));
        let history = "Các trụ sở của các huyện, thị xã dôi dư sau sắp xếp được bố trí lại; các xã báo cáo trước ngày 30/6/2026.";
        assert!(f(&letter("UBND TỈNH QUẢNG TRỊ", history)).is_empty());
    }

    /// A decision that replaces the former provinces' decisions names them with their own
    /// summaries (held-out batch 11, a normative decision of a merged province); the same words
    /// after a document of 2026 are a living unit.
    #[test]
    fn an_older_documents_summary_is_history() {
        let f = |t: &str| findings("date/abolished-unit", t);
        let replaced = "b) Quyết định số 27/2024/QĐ-UBND ngày 15 tháng 10 năm 2024 của Ủy ban nhân dân tỉnh Yên Bái quy định hạn mức giao đất trên địa bàn tỉnh Yên Bái.";
        assert!(f(&letter("UBND TỈNH LÀO CAI", replaced)).is_empty());
        let living = "b) Thực hiện Kế hoạch số 27/KH-UBND ngày 15 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Lào Cai trên địa bàn tỉnh Yên Bái.";
        assert_eq!(f(&letter("UBND TỈNH LÀO CAI", living)).len(), 1);
        let subject = "Thực hiện Công văn số 12/UBND-VP ngày 20/5/2025 của UBND tỉnh, UBND huyện Trà Ôn báo cáo kết quả.";
        assert_eq!(f(&letter("UBND TỈNH VĨNH LONG", subject)).len(), 1);
    }

    /// Held-out batch 52: the court that gave a judgment of 2024 is named as it was, though a
    /// judgment is no citation vanban reads; a district named as one that acts now is found.
    #[test]
    fn the_issuer_of_a_paper_dated_before() {
        let f = |t: &str| findings("date/abolished-unit", t);
        let judgment = "Việc thi hành Bản án số 58/2024/DS-ST ngày 22/8/2024 của Tòa án nhân dân huyện Cẩm Mỹ đã hết thời hạn tự nguyện.";
        assert!(f(&letter("UBND TỈNH ĐỒNG NAI", judgment)).is_empty());
        let living = "Đề nghị Ủy ban nhân dân huyện Cẩm Mỹ phối hợp thi hành Bản án số 58/2024/DS-ST ngày 22/8/2024.";
        assert_eq!(f(&letter("UBND TỈNH ĐỒNG NAI", living)).len(), 1);
    }

    /// Held-out batch 81: a power company's unit named after a former city keeps its name;
    /// the city named alone is still found.
    #[test]
    fn an_enterprises_unit_keeps_its_name() {
        let f = |t: &str| findings("date/abolished-unit", t);
        let unit = "Kiểm tra Điện lực Thành phố Quảng Ngãi và phường Cẩm Thành ngày 07/4/2026.";
        assert!(f(&letter("SỞ CÔNG THƯƠNG TỈNH QUẢNG NGÃI", unit)).is_empty(), "{:?}", f(&letter("SỞ CÔNG THƯƠNG TỈNH QUẢNG NGÃI", unit)));
        let city = "Kiểm tra Thành phố Quảng Ngãi và phường Cẩm Thành ngày 07/4/2026.";
        assert_eq!(f(&letter("SỞ CÔNG THƯƠNG TỈNH QUẢNG NGÃI", city)).len(), 1);
    }

    /// Held-out batch 64: the districts' end itself, and a list of kinds that "cũ" closes,
    /// are history; a list without it names living districts.
    #[test]
    fn the_end_of_the_districts_and_a_list_of_former_kinds() {
        let f = |t: &str| findings("date/abolished-unit", t);
        let end = "Việc kết thúc hoạt động của cấp huyện từ ngày 01/7/2025 làm phát sinh nhiều nội dung phải quyết toán riêng.";
        assert!(f(&letter("UBND TỈNH NGHỆ AN", end)).is_empty(), "{:?}", f(&letter("UBND TỈNH NGHỆ AN", end)));
        let former = "Báo cáo quyết toán số liệu của các huyện, thị xã cũ trước ngày 28/02/2026.";
        assert!(f(&letter("UBND TỈNH NGHỆ AN", former)).is_empty(), "{:?}", f(&letter("UBND TỈNH NGHỆ AN", former)));
        let living = "Đề nghị các huyện, thị xã báo cáo quyết toán trước ngày 28/02/2026.";
        assert_eq!(f(&letter("UBND TỈNH NGHỆ AN", living)).len(), 2);
    }
}
