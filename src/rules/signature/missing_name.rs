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
            // else on the last blank line under the title (names are written after the space
            // left for the signature), else right after the title
            let beside = doc
                .signatures
                .iter()
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
            // the recipients beside it), when text follows them (an annex after a page break);
            // a gap that runs to the end of the text is just the end
            let under = foot.map_or(last, |f| f.max(last));
            let gap = (under + 1..doc.lines.len())
                .take_while(|&i| doc.lines[i].is_blank())
                .last()
                .filter(|&g| g + 1 < doc.lines.len());
            let at = if let Some(row_line) = beside {
                Span::empty(doc.lines[row_line].span.start)
            } else if let Some(blank) = gap {
                Span::new(doc.lines[under + 1].span.start, doc.lines[blank].content.end)
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

    /// A signature column beside Nơi nhận: the name goes at the foot of the column, on the row
    /// of the last entry, where a clerk types it.
    #[test]
    fn the_name_beside_nơi_nhận_goes_at_the_foot() {
        let text = "Nơi nhận:\tTM. BAN THƯỜNG VỤ\n- Tỉnh ủy (b/c);\tCHỦ TỊCH\n- Các huyện hội;\n- Lưu VP.\n";
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
        assert!(found[0].starts_with("16:"), "{found:?}");
    }
}
