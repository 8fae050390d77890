use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};
use crate::vietnamese::fold::{fold, fold_prefix};

declare_rule! {
    /// ## What it does
    /// Reports the recipient entry "- Như trên;" in a text that names no addressee above it:
    /// no "Kính gửi:" block, no công điện's "… điện:" list, no "Thành phần:" or "… kính mời:"
    /// list. Decisions and resolutions, whose "Như trên" may mean the executing article, and
    /// invitations, whose invitees are listed in the text, are left alone.
    ///
    /// ## Why
    /// "Như trên" sends the text to the addressees of "Kính gửi"; with that block gone (deleted
    /// with a paragraph, or never written) the text goes to no one, and the body it is
    /// submitted to is in no list.
    ///
    /// ## Example
    /// ```text
    /// TỜ TRÌNH
    /// Về việc phê duyệt danh mục dự án đầu tư công năm 2027
    ///
    /// Ủy ban nhân dân phường kính trình Hội đồng nhân dân phường xem xét, phê duyệt./.
    ///
    /// Nơi nhận:
    /// - Như trên;
    /// - Lưu: VT.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// TỜ TRÌNH
    /// Về việc phê duyệt danh mục dự án đầu tư công năm 2027
    ///
    /// Kính gửi: Hội đồng nhân dân phường Ninh Kiều.
    ///
    /// Ủy ban nhân dân phường kính trình Hội đồng nhân dân phường xem xét, phê duyệt./.
    ///
    /// Nơi nhận:
    /// - Như trên;
    /// - Lưu: VT.
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 9: the addressees of a letter or a
    /// submission are named after "Kính gửi", and its Nơi nhận opens with "- Như trên;" for
    /// them (Phụ lục III, Mẫu 1.4 công văn, Mẫu 1.5 tờ trình).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo dòng nơi nhận `- Như trên;` khi phía trên không có ai để “như”: không có phần `Kính
    /// gửi:`, không có danh sách `… điện:` của công điện, `Thành phần:` hay `… kính mời:`. Không
    /// xét quyết định, nghị quyết
    /// (`Như trên` có thể là điều giao thi hành) và giấy mời (thành phần mời ghi trong nội dung).
    ///
    /// ### Vì sao
    /// `Như trên` là gửi cho những nơi ghi ở `Kính gửi`; khi phần đó bị xóa (cùng một đoạn) hoặc
    /// chưa viết, văn bản không gửi tới ai, và cơ quan được trình không có trong danh sách nào.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 9: nơi nhận của công văn, tờ trình ghi
    /// `Kính gửi` rồi ở phần nơi nhận ghi `- Như trên;` (Phụ lục III, Mẫu 1.4, Mẫu 1.5).
    pub struct AsAbove {
        id: "recipients/as-above",
        severity: Warning,
        fix: None,
        summary: "“Như trên” nhưng văn bản không có phần “Kính gửi”",
        summary_en: "“Như trên” but the text names no addressee (“Kính gửi”)",
    }
}

impl Rule for AsAbove {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(recipients) = &doc.recipients else {
            return;
        };
        // (the entries first: the lines above are folded only for a "Như trên", not a long
        // plan's every line on each keystroke)
        let as_above = |e: &&crate::document::Recipient| {
            let f = fold_prefix(doc.slice(e.text), 12);
            !e.archive && (f.starts_with("nhu tren") || f.starts_with("nhu kinh gui"))
        };
        if !recipients.entries.iter().any(|e| as_above(&e))
            || doc.addressees().is_some()
            || doc.executing_article().is_some()
            || doc
                .doc_type()
                .is_some_and(|t| matches!(t.name, "Quyết định" | "Nghị quyết" | "Giấy mời"))
        {
            return;
        }
        // an addressee line the model could not read as a block ("Kính gửi" inside a table's
        // cell, "Đồng kính gửi", "… trân trọng kính mời:"), a telegram's sender line ("… điện:")
        // or an invitation's list ("Thành phần: …") still names someone: say nothing
        let named_above = doc.lines[..recipients.heading].iter().any(|l| {
            let line = doc.slice(l.content);
            let f = fold(line);
            f.contains("kinh gui")
                || f.contains("kinh moi")
                || f.starts_with("thanh phan")
                || crate::document::closing::is_dispatch_heading(line)
        });
        if named_above {
            return;
        }
        // where the addressees belong: the space under the summary ("Về việc …") or the
        // type's name, up to the text's next row (a header flattened row by row has its
        // cells on lines of one row)
        let summary = doc
            .header
            .summary
            .last()
            .or(doc.header.type_name.as_ref().map(|t| &t.line))
            .filter(|&&l| l < recipients.heading)
            .map(|&l| {
                let next = (l + 1..recipients.heading)
                    .find(|&k| !doc.lines[k].content.is_empty() && doc.lines[k].row != doc.lines[l].row)
                    .unwrap_or(recipients.heading);
                Span::new(doc.lines[l].content.end, doc.lines[next].content.start)
            });
        for e in recipients.entries.iter().filter(as_above) {
            let d = ctx.emit(
                e.text,
                "“Như trên” nhưng văn bản không có phần “Kính gửi”: không gửi tới ai",
                "“Như trên” (as above) but the text has no “Kính gửi” addressees: it goes to no one",
            );
            if let Some(s) = summary {
                d.related(s, "“Kính gửi” ghi ở đây", "“Kính gửi” goes here");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    fn submission(addressed: &str) -> String {
        format!("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHƯỜNG NINH KIỀU\tĐộc lập - Tự do - Hạnh phúc\nSố: 145/TTr-UBND\tNinh Kiều, ngày 20 tháng 11 năm 2026\n\nTỜ TRÌNH\nVề việc phê duyệt danh mục dự án đầu tư công năm 2027\n\n{addressed}Ủy ban nhân dân phường kính trình Hội đồng nhân dân phường xem xét, phê duyệt./.\n\nNơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Như trên;\tCHỦ TỊCH\n- Thường trực Đảng ủy phường;\n- Lưu: VT, KT.\n\n\tNguyễn Văn An\n")
    }

    /// Held-out batch 83: a ward's Tờ trình whose "Kính gửi" line was deleted.
    #[test]
    fn a_submission_without_its_addressee() {
        let rule = "recipients/as-above";
        let got = findings(rule, &submission(""));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].starts_with("11:3 "), "{got:?}");
        // (pointing at the space under the summary, where the addressees belong)
        let report = crate::lint(&submission(""), &crate::Config::default());
        let d = report.diagnostics.iter().find(|d| d.rule == rule).unwrap();
        let related = d.related.as_ref().unwrap();
        assert_eq!(related.start, submission("").find("2027\n").unwrap() + 4);
        for addressed in [
            "Kính gửi: Hội đồng nhân dân phường Ninh Kiều.\n\n",
            "Kính gửi:\n- Hội đồng nhân dân phường Ninh Kiều;\n- Thường trực HĐND phường.\n\n",
        ] {
            let got = findings(rule, &submission(addressed));
            assert!(got.is_empty(), "{addressed}: {got:?}");
        }
    }

    /// A decision's "Như trên" may mean its executing article; an invitation's, the
    /// invitees its text lists: neither is judged here.
    #[test]
    fn decisions_and_invitations_are_left_alone() {
        let rule = "recipients/as-above";
        let decision = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ TÂN PHÚ\tĐộc lập - Tự do - Hạnh phúc\nSố: 12/QĐ-UBND\tTân Phú, ngày 05 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nĐiều 1. Thành lập Tổ công tác.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\nĐiều 3. Văn phòng HĐND và UBND xã, các thành viên Tổ công tác chịu trách nhiệm thi hành Quyết định này./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nLê Văn Thành\n";
        assert!(findings(rule, decision).is_empty(), "{:?}", findings(rule, decision));
        // (nor a notice whose text lists whom it calls: "Thành phần: …")
        let summons = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ TÂN PHÚ\tĐộc lập - Tự do - Hạnh phúc\nSố: 16/TB-UBND\tTân Phú, ngày 05 tháng 3 năm 2026\n\nTHÔNG BÁO\nTriệu tập họp giao ban\n\nThành phần: Trưởng các thôn.\nThời gian: 08 giờ 00, ngày 10/3/2026./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nLê Văn Thành\n";
        assert!(findings(rule, summons).is_empty(), "{:?}", findings(rule, summons));
        let invitation = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ TÂN PHÚ\tĐộc lập - Tự do - Hạnh phúc\nSố: 15/GM-UBND\tTân Phú, ngày 05 tháng 3 năm 2026\n\nGIẤY MỜI\nHọp giao ban tháng 3\n\nThành phần: Trưởng các thôn.\nThời gian: 08 giờ 00, ngày 10/3/2026./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nLê Văn Thành\n";
        assert!(findings(rule, invitation).is_empty(), "{:?}", findings(rule, invitation));
    }
}
