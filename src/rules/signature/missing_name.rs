use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a signature block with an authority or title but no signer's name.
    ///
    /// ## Why
    /// The block ends with the signer's full name; without it the document cannot be signed.
    ///
    /// ## Example
    /// ```text
    /// Nơi nhận:
    /// - Lưu: VT, VP.
    /// TM. BAN THƯỜNG TRỰC
    /// PHÓ CHỦ TỊCH
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Nơi nhận:
    /// - Lưu: VT, VP.
    /// TM. BAN THƯỜNG TRỰC
    /// PHÓ CHỦ TỊCH
    /// Nguyễn Văn Lương
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 7 điểm c.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo lỗi khi phần chữ ký có quyền hạn ký hoặc chức vụ nhưng không có họ tên người ký. Mỗi
    /// người ký đều được kiểm tra (ví dụ biên bản có cả chủ trì và thư ký ký).
    ///
    /// ### Vì sao
    /// Phần chữ ký kết thúc bằng họ và tên đầy đủ của người ký; thiếu họ tên thì văn bản không thể
    /// ký ban hành.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 7 điểm c.
    pub struct MissingName {
        id: "signature/missing-name",
        severity: Error,
        fix: None,
        summary: "Phần chữ ký thiếu họ tên người ký",
        summary_en: "The signature block has no signer's name",
    }
}

impl Rule for MissingName {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        // every signer: a biên bản's secretary as well as its chair
        for sig in &doc.signatures {
            if sig.name.is_some() {
                continue;
            }
            let Some(&last) = sig.lines.last() else {
                continue;
            };
            // where the name goes: on the row of the other signer's name (side by side),
            // else from the end of the title over the blank lines under it (names are written
            // after the space left for the signature), else right after the title
            // (only a signer in another column whose block starts on this block's row: the
            // form of an annex after the signature has signers of its own)
            let first_row = sig.lines.first().map(|&l| doc.lines[l].row);
            let beside = doc
                .signatures
                .iter()
                .filter(|o| {
                    o.col != sig.col && o.lines.first().map(|&l| doc.lines[l].row) == first_row
                })
                .find_map(|o| o.name)
                .and_then(|(l, _)| doc.line_of_row(doc.lines[l].row as usize));
            // a signature column beside Nơi nhận (one table row each, tab-separated): the name
            // is written at the foot of the column, on the row of the block's last entry
            let foot = doc.recipients.as_ref().and_then(|r| {
                let rows = doc.lines[r.heading].row..=doc.lines[r.entries.last()?.last_line].row;
                let first = sig.lines.first()?;
                (sig.col > 0 && rows.contains(&doc.lines[*first].row))
                    .then(|| r.entries.last().map(|e| e.last_line))
                    .flatten()
                    .filter(|&l| doc.lines[l].row > doc.lines[last].row)
            });
            // the space left for the signature: the blank lines under the block (and under
            // the recipients beside it), whether text follows them (an annex after a page
            // break) or not (the clerk left the space and never typed the name: writers of the
            // corpus point there, eight labels)
            let under = foot.map_or(last, |f| f.max(last));
            let gap = (under + 1..doc.lines.len())
                .take_while(|&i| doc.lines[i].is_blank())
                .last()
                // (at the end of the text, a space of two typed lines at least: one, or the
                // empty line after the last line break, is just the end — a .docx's last
                // empty paragraph too)
                .filter(|&g| {
                    let typed = (under + 1..=g)
                        .filter(|&i| doc.lines[i].span.start < doc.text().len())
                        .count();
                    g + 1 < doc.lines.len() || typed >= 2
                })
                // (beside Nơi nhận, one blank line parts the column from what follows, an
                // annex: it leaves no space for a signature, and the name goes at the
                // column's foot, held-out batch 53)
                .filter(|&g| foot.is_none() || g > under + 1);
            // beside Nơi nhận, the row whose right cell was left empty ("- Lưu: VT.⇥"): the
            // name stood there (held-out batches 48 and 49)
            let empty_cell = foot.and_then(|f| {
                let from = doc.lines[sig.lines[0]].row;
                (0..=f).rev().take_while(|&l| doc.lines[l].row >= from).find(|&l| {
                    let start = doc.lines[l].span.start;
                    let row_end = doc.text()[start..].find('\n').map_or(doc.text().len(), |e| start + e);
                    doc.text()[start..row_end].trim_end_matches('\r').ends_with('\t')
                })
            });
            let at = if let Some(row_line) = beside {
                Span::empty(doc.lines[row_line].span.start)
            } else if let Some(cell) = empty_cell {
                Span::empty(doc.lines[cell].content.end)
            } else if let Some(blank) = gap {
                // from the end of the title (where an editor can show it; writers of the
                // corpus point at the title too, three labels of held-out batch 82) over the
                // space left for the signature
                let from = if foot.is_none() {
                    doc.lines[under].content.end
                } else {
                    doc.lines[under + 1].span.start
                };
                Span::new(from, doc.lines[blank].content.end)
            } else if let Some(foot) = foot {
                Span::empty(doc.lines[foot].content.end)
            } else {
                Span::empty(doc.lines[last].content.end)
            };
            ctx.emit(
                at,
                "Phần chữ ký có quyền hạn, chức vụ nhưng thiếu họ tên người ký",
                "The signature block has an authority and title but no signer's name",
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// Held-out batch 82: the name left out under the title, an annex after the space: the
    /// finding starts at the end of the title (where an editor shows it) and covers the space.
    #[test]
    fn the_missing_name_runs_from_the_title_over_the_space() {
        let text = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nPHỤ LỤC\nDANH SÁCH\n";
        let found = findings("signature/missing-name", text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("5:13 "), "{found:?}");
    }

    /// A signature column beside Nơi nhận: the name goes at the foot of the column, on the row
    /// of the last entry, where a clerk types it.
    #[test]
    fn the_name_beside_nơi_nhận_goes_at_the_foot() {
        let text = "Nơi nhận:\tTM. BAN THƯỜNG VỤ\n- Tỉnh ủy (b/c);\tCHỦ TỊCH\n- Các huyện hội;\n- Lưu VP.\n";
        let found = findings("signature/missing-name", text);
        assert_eq!(found.len(), 1);
        assert!(found[0].starts_with("4:"), "{found:?}");
    }

    /// Held-out batch 53: one blank line between the column beside Nơi nhận and a form
    /// attached after it is no space for the name, which goes at the column's foot.
    #[test]
    fn the_name_beside_nơi_nhận_over_an_annex() {
        let text = "Nơi nhận:\tTM. BAN THƯỜNG VỤ\n- Tỉnh ủy (b/c);\tCHỦ TỊCH\n- Các huyện hội;\n- Lưu: VT.\n\nMẫu số 01\n(Kèm theo Kế hoạch số 27/KH-LĐLĐ ngày 06/3/2026)\nPHIẾU ĐĂNG KÝ\n";
        let found = findings("signature/missing-name", text);
        assert_eq!(found.len(), 1);
        assert!(found[0].starts_with("4:"), "{found:?}");
    }

    /// Held-out batch 59: the signer's title under the authority, then a blank line and a
    /// form titled over its "(Kèm theo …)" line: the title is the block's, and the name is
    /// missing in the space under it.
    #[test]
    fn the_title_over_a_form_is_the_signers() {
        let text = "Nơi nhận:\n- Đảng ủy phường (b/c);\n- Lưu: VT.\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nMẫu danh sách hội viên\n(Kèm theo Công văn số 12/CCB-BTV ngày 05/3/2026 của Ban Thường vụ Hội)\nDANH SÁCH\n";
        let found = findings("signature/missing-name", text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("5:"), "{found:?}");
    }

    /// Held-out batch 77: a police chief's rank typed on its own line under the title and no
    /// name after it: the name is missing on the rank's line.
    #[test]
    fn the_name_after_a_rank_alone() {
        let text = "Nơi nhận:\n- UBND xã;\n- Lưu: VT, CAX.\nTRƯỞNG CÔNG AN XÃ\nThượng tá\n";
        let found = findings("signature/missing-name", text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("5:"), "{found:?}");
        let named = "Nơi nhận:\n- UBND xã;\n- Lưu: VT, CAX.\nTRƯỞNG CÔNG AN XÃ\nThượng tá\nLê Văn Hùng\n";
        assert!(findings("signature/missing-name", named).is_empty());
    }

    /// Held-out batches 48 and 49: beside Nơi nhận, the row whose right cell was left empty
    /// ("- Đại biểu HĐND xã;⇥") is where the name stood.
    #[test]
    fn the_name_beside_nơi_nhận_goes_in_the_empty_cell() {
        let text = "Nơi nhận:\tTM. THƯỜNG TRỰC HĐND\n- Thường trực Đảng ủy xã;\tCHỦ TỊCH\n- UBND xã;\t\n- Đại biểu HĐND xã;\t\n- Trưởng các thôn;\n- Lưu: VT.\n";
        let found = findings("signature/missing-name", text);
        assert_eq!(found.len(), 1);
        assert!(found[0].starts_with("4:"), "{found:?}");
    }

    /// A decision whose name was left out, its Quy chế attached after the signing space: the
    /// Quy chế's header row ("ỦY BAN NHÂN DÂN⇥CỘNG HÒA …") is not the signer's title, and
    /// the name is missing in the space left for it.
    #[test]
    fn an_attached_texts_header_is_no_title() {
        let header = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHƯỜNG TRẤN BIÊN\tĐộc lập - Tự do - Hạnh phúc\n";
        let text = format!("{header}Số: 09/QĐ-UBND\tTrấn Biên, ngày 08 tháng 01 năm 2026\n\nQUYẾT ĐỊNH\nBan hành Quy chế\n\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế.\nĐiều 2. Quyết định có hiệu lực từ ngày ký.\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\n\n{header}\nQUY CHẾ\nTổ chức và hoạt động\n");
        let found = findings("signature/missing-name", &text);
        assert_eq!(found.len(), 1);
        assert!(found[0].starts_with("15:"), "{found:?}");
        // (held-out batch 72: the header in lines, the issuer's over the national title)
        let lines = "ỦY BAN NHÂN DÂN\nPHƯỜNG TRẤN BIÊN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n";
        let text = text.replacen(header, lines, 2);
        let found = findings("signature/missing-name", &text);
        assert_eq!(found.len(), 1);
        assert!(found[0].starts_with("17:"), "{found:?}");
        // (the name right above that header, no blank line between, is the block's)
        let named = text.replacen("CHỦ TỊCH\n\n\n\n", "CHỦ TỊCH\n\n\nNguyễn Văn An\n", 1);
        let found = findings("signature/missing-name", &named);
        assert!(found.is_empty(), "{found:?}");
    }

    /// Held-out batch 80: a Hội's list after the signing space, headed in its own style ("BCH
    /// HỘI NÔNG DÂN TỈNH …" / "HỘI NÔNG DÂN VIỆT NAM"): its header is no title of the signer.
    #[test]
    fn an_associations_list_header_is_no_title() {
        let text = "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, TC-KT.\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\n\nBCH HỘI NÔNG DÂN TỈNH NGHỆ AN\nHỘI NÔNG DÂN VIỆT NAM\nDANH SÁCH\nHội viên sản xuất giỏi\n";
        let found = findings("signature/missing-name", text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("5:"), "{found:?}");
    }

    /// Held-out batch 15: a name left out over an annex titled in capitals ("ĐỀ CƯƠNG", with
    /// its "(Kèm theo …)" line under it): the name is missing under the title, and the annex's
    /// title is no part of the signature.
    #[test]
    fn a_name_left_out_over_an_outline_annex() {
        let letter = |name: &str| format!("UBND TỈNH ĐỒNG THÁP\nVĂN PHÒNG\nSố: 386/VP-CTHĐND\nĐồng Tháp, ngày 14 tháng 9 năm 2026\n\nKính gửi: Sở Y tế.\n\nNội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, CTHĐND.\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\n\n{name}\n\nĐỀ CƯƠNG\nBáo cáo kết quả thực hiện chính sách bảo hiểm y tế\n(Kèm theo Công văn số 386/VP-CTHĐND ngày 14/9/2026 của Văn phòng)\nI. KẾT QUẢ\n");
        let rule = "signature/missing-name";
        assert!(findings(rule, &letter("Phạm Minh Trí")).is_empty());
        assert_eq!(findings(rule, &letter("")), ["14:20 Phần chữ ký có quyền hạn, chức vụ nhưng thiếu họ tên người ký"]);
    }

    /// The space left for the signature at the end of the text, the name never typed: the
    /// finding runs from the end of the title over that space, where the name goes (eight
    /// labels of the corpus point at the space, three at the title); with no space left, at
    /// the end of the title.
    #[test]
    fn a_name_missing_in_the_space_at_the_end() {
        let block = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n";
        let rule = "signature/missing-name";
        let found = findings(rule, &format!("{block}\n\n\n"));
        assert_eq!(found.len(), 1);
        assert!(found[0].starts_with("5:9 "), "{found:?}");
        let found = findings(rule, block);
        assert!(found[0].starts_with("5:9 "), "{found:?}");
    }
}
