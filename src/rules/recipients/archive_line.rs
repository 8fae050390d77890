use crate::declare_rule;
use crate::config::Profile;
use crate::document::{Document, NumberStyle, Span};
use crate::profile::Need;
use crate::rules::{Context, Rule};
use crate::vietnamese::fold;

declare_rule! {
    /// ## What it does
    /// Checks the archive line, the last line of the recipients: `- Lưu: VT, <unit>.` — the
    /// word `Lưu`, a colon (state and MTTQ documents; a Party document writes `- Lưu Văn phòng …`
    /// without one), `VT` (the records office, văn thư; state and MTTQ documents, except a village's board or
    /// cell, which has none) among the units, and a final full stop. Reports a recipients block without one.
    ///
    /// ## Why
    /// The original is filed at the records office; the archive line closes the list.
    ///
    /// ## Example
    /// ```text
    /// Nơi nhận:
    /// - Sở Nội vụ;
    /// - Lưu VP.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Nơi nhận:
    /// - Sở Nội vụ;
    /// - Lưu: VT, VP.
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 9 (“- Lưu: VT, …”).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Kiểm tra dòng lưu, dòng cuối cùng của phần nơi nhận: `- Lưu: VT, <đơn vị>.` — có chữ `Lưu`,
    /// dấu hai chấm, `VT` (văn thư) trong số các đơn vị lưu, và dấu chấm ở cuối. Văn bản của Đảng
    /// viết `Lưu` không có dấu hai chấm và không bắt buộc có `VT`; với văn bản của Hội Nông dân,
    /// Đoàn Thanh niên và các tổ chức chính trị - xã hội, dấu hai chấm và `VT` không bị xét; tổ chức
    /// ở thôn, ấp, tổ dân phố (chi bộ, ban công tác Mặt trận) không có văn thư nên không cần `VT`. Quy
    /// tắc cũng báo `VT` viết liền với đơn vị (`VTMTTQ`) và phần nơi nhận không có dòng lưu.
    ///
    /// ### Vì sao
    /// Bản gốc văn bản được lưu tại văn thư; dòng lưu khép lại danh sách nơi nhận.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 9 (“- Lưu: VT, …”).
    pub struct ArchiveLine {
        id: "recipients/archive-line",
        severity: Error,
        fix: Safe,
        summary: "Dòng lưu trữ phải là “- Lưu: VT, <đơn vị>.”",
        summary_en: "The archive line must be “- Lưu: VT, <unit>.”",
    }
}

/// Whether "Lưu" takes a colon here. The profile's answer, except that a Công đoàn, Hội Liên
/// hiệp Phụ nữ or Hội Cựu chiến binh document written in the state pattern by its own header
/// ("Số: 18/KH-CĐCS" under the national title; the Công đoàn's guide is built on Nghị định 30)
/// is held to the state's archive line as well: its "Lưu" without a colon breaks the pattern
/// the document itself follows.
fn archive_colon(doc: &Document) -> Need {
    let need = doc.conventions().archive_colon;
    let state_pattern = doc.header.national_title.is_some()
        && doc
            .header
            .number
            .as_ref()
            .is_some_and(|n| n.colon.is_some() && n.style == Some(NumberStyle::State));
    if need == Need::Either && doc.profile == Profile::Mass && state_pattern {
        Need::Required
    } else {
        need
    }
}

impl Rule for ArchiveLine {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(r) = &doc.recipients else { return };
        let Some(a) = r.archive() else {
            if doc.looks_cut() {
                return; // the text stops before the block does
            }
            let at = r
                .entries
                .last()
                .map(|e| Span::empty(e.text.end))
                .unwrap_or(Span::empty(r.heading_span.end));
            ctx.emit(
                at,
                "Thiếu dòng lưu trữ “- Lưu: VT, …” cuối phần nơi nhận",
                "The archive line “- Lưu: VT, …” is missing",
            );
            return;
        };
        let text = doc.slice(a.text);
        // "Lưu" (in any case or spelling that folds to "luu": three chars) then the units
        let after_luu = text.char_indices().nth(3).map_or("", |(i, _)| &text[i..]);
        let has_colon = after_luu.trim_start().starts_with(':');
        let units_raw = after_luu.trim_start().trim_start_matches(':').trim();
        let units_raw = units_raw.trim_end_matches([';', '.', ',']).trim_end();
        let units: Vec<&str> = units_raw
            .split([',', ';'])
            .map(str::trim)
            .filter(|u| !u.is_empty())
            .collect();
        let conventions = doc.conventions();
        // an association ("Hội Người khuyết tật tỉnh") applies Nghị định 30 as fits it (Điều
        // 1, khoản 2): its own office keeps its papers ("- Lưu: VP.", held-out batch 44)
        let association = doc.header().issuing_body.iter().any(|&l| {
            crate::document::issuer::is_association(&crate::vietnamese::fold::fold_prefix(
                doc.content(l),
                8,
            ))
        });
        let needs_vt = conventions.archive_vt && !association;
        // the National Assembly's bodies keep their papers with the Văn phòng Quốc hội's
        // administration department: "- Lưu: HC, PLTP." (held-out batch 46, as issue 11 found
        // on the Standing Committee's resolutions)
        let assembly = doc.header().issuing_body.iter().any(|&l| {
            crate::vietnamese::fold::fold_prefix(doc.content(l), 40).contains("quoc hoi")
        });
        // "VTMTTQ": the records office and a unit typed together
        let standalone_vt = units.iter().any(|u| {
            let f = fold(u);
            f == "vt"
                || f.starts_with("vt ")
                || f == "van thu"
                || f.starts_with("van thu ")
                || assembly && (f == "hc" || f.starts_with("hc "))
        });
        // ("VTLT", the records-and-archives unit, is a unit of its own: only a longer code
        // typed onto VT, with no VT elsewhere, is read as fused)
        let fused: Option<(usize, String)> = if standalone_vt {
            None
        } else {
            units.iter().enumerate().find_map(|(k, u)| {
                let rest = u.strip_prefix("VT")?;
                (rest.chars().count() >= 3 && rest.chars().all(|c| crate::vietnamese::case::is_upper_letter(c) || c == '&'))
                    .then(|| (k, rest.to_string()))
            })
        };
        let has_vt = fused.is_some() || standalone_vt;
        let ends_dot = text.ends_with('.');
        let colon_need = archive_colon(doc);
        let colon_needed = colon_need == Need::Required;
        let mut problems_vi = Vec::new();
        let mut problems_en = Vec::new();
        if colon_needed && !has_colon {
            problems_vi.push("thiếu dấu hai chấm sau “Lưu”");
            problems_en.push("no colon after “Lưu”");
        }
        if colon_need == Need::Forbidden && has_colon {
            problems_vi.push("không có dấu hai chấm sau “Lưu”");
            problems_en.push("no colon after “Lưu” in this system");
        }
        if fused.is_some() {
            problems_vi.push("“VT” và đơn vị viết liền nhau");
            problems_en.push("“VT” and the unit run together");
        } else if needs_vt && !has_vt && !doc.header().village {
            // (a village's board, chi bộ or chi đoàn keeps its own papers: no records office)
            problems_vi.push("thiếu “VT” (văn thư)");
            problems_en.push("no “VT” (records office)");
        }
        if !ends_dot {
            problems_vi.push("phải kết thúc bằng dấu chấm");
            problems_en.push("must end with a full stop");
        }
        if problems_vi.is_empty() {
            return;
        }
        let mut fixed_units = Vec::new();
        if needs_vt && !has_vt {
            fixed_units.push("VT".to_string());
        }
        for (k, u) in units.iter().enumerate() {
            match &fused {
                Some((f, unit)) if *f == k => {
                    fixed_units.push("VT".to_string());
                    fixed_units.push(unit.clone());
                }
                _ => fixed_units.push(u.to_string()),
            }
        }
        let sep = if colon_needed || (has_colon && colon_need != Need::Forbidden) {
            ": "
        } else {
            " "
        };
        let fixed = format!("Lưu{sep}{}.", fixed_units.join(", "));
        let span = a
            .dash
            .map(|d| Span::new(d.start, a.text.end))
            .unwrap_or(a.text);
        let replacement = format!("- {fixed}");
        ctx.emit(
            a.text,
            format!(
                "Dòng lưu “{text}”: {}; đúng là “- {fixed}”",
                problems_vi.join(", ")
            ),
            format!(
                "Archive line “{text}”: {}; write “- {fixed}”",
                problems_en.join(", ")
            ),
        )
        .safe_fix(span, replacement);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    fn union_plan(number: &str, archive: &str) -> String {
        format!(
            "LĐLĐ TỈNH HÀ TĨNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
             CĐCS BỆNH VIỆN ĐA KHOA TỈNH\tĐộc lập - Tự do - Hạnh phúc\n\
             {number}\tHà Tĩnh, ngày 16 tháng 3 năm 2026\n\n\
             KẾ HOẠCH\nTổ chức Hội thao đoàn viên công đoàn năm 2026\n\n\
             I. MỤC ĐÍCH, YÊU CẦU\nĐoàn viên tham gia đầy đủ.\n\
             II. NỘI DUNG\nTổ chức các môn thi đấu.\n\
             III. TỔ CHỨC THỰC HIỆN\nCác tổ công đoàn triển khai./.\n\n\
             Nơi nhận:\tTM. BAN CHẤP HÀNH\n- Các tổ công đoàn;\tCHỦ TỊCH\n{archive}\n\n\tNguyễn Văn An\n"
        )
    }

    /// A Công đoàn writing "Số: 15/KH-CĐCS" under the national title follows the state form,
    /// its archive line included (a corpus miss: "- Lưu VT, CĐCS." passed).
    #[test]
    fn a_union_in_the_state_pattern_writes_the_colon() {
        let found = findings(
            "recipients/archive-line",
            &union_plan("Số: 15/KH-CĐCS", "- Lưu VT, CĐCS."),
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("“- Lưu: VT, CĐCS.”"), "{found:?}");
        let right = union_plan("Số: 15/KH-CĐCS", "- Lưu: VT, CĐCS.");
        assert!(findings("recipients/archive-line", &right).is_empty());
    }

    /// A union numbering Party-style ("Số 15-KH/CĐCS") has not shown which archive line it
    /// follows: silent.
    #[test]
    fn a_union_numbering_party_style_is_not_held_to_the_colon() {
        let text = union_plan("Số 15-KH/CĐCS", "- Lưu VT, CĐCS.");
        assert!(findings("recipients/archive-line", &text).is_empty());
    }

    /// A village's Front board (held-out batch 31) has no records office: "- Lưu: BCTMT." is
    /// its archive line; the colon and the full stop are still held to.
    #[test]
    fn a_village_board_keeps_its_own_papers() {
        let report = |archive: &str| {
            format!("ỦY BAN MTTQ VIỆT NAM XÃ CAM LỘ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN CÔNG TÁC MẶT TRẬN THÔN AN MỸ\tĐộc lập - Tự do - Hạnh phúc\nSố: 07/BC-BCTMT\tCam Lộ, ngày 20 tháng 11 năm 2025\n\nBÁO CÁO\nKết quả Ngày hội Đại đoàn kết năm 2025\n\nBan Công tác Mặt trận thôn báo cáo kết quả như sau./.\nNơi nhận:\n- Ban Thường trực Ủy ban MTTQ Việt Nam xã;\n- Chi bộ thôn An Mỹ;\n{archive}\nTM. BAN CÔNG TÁC MẶT TRẬN\nTRƯỞNG BAN\n\nLê Văn Hùng\n")
        };
        assert!(findings("recipients/archive-line", &report("- Lưu: BCTMT.")).is_empty());
        assert_eq!(findings("recipients/archive-line", &report("- Lưu: BCTMT")).len(), 1);
        let commune = report("- Lưu: BCTMT.").replace("BAN CÔNG TÁC MẶT TRẬN THÔN AN MỸ", "BAN THƯỜNG TRỰC");
        assert_eq!(findings("recipients/archive-line", &commune).len(), 1, "{commune}");
    }

    /// An association applies Nghị định 30 as fits it (held-out batch 44): its office keeps its
    /// papers, "- Lưu: VP."; a Sở's "- Lưu: VP." still lacks "VT".
    #[test]
    fn an_association_needs_no_records_office() {
        let report = |issuer: &str| {
            format!("{issuer}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH HÀ TĨNH\tĐộc lập - Tự do - Hạnh phúc\nSố: 42/BC-HNKT\tHà Tĩnh, ngày 15 tháng 12 năm 2025\n\nBÁO CÁO\nKết quả công tác năm 2025\n\nNội dung báo cáo./.\nNơi nhận:\n- UBND tỉnh;\n- Lưu: VP.\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nLê Văn Hùng\n")
        };
        assert!(findings("recipients/archive-line", &report("HỘI NGƯỜI KHUYẾT TẬT")).is_empty());
        assert_eq!(findings("recipients/archive-line", &report("SỞ Y TẾ")).len(), 1);
    }

    /// Held-out batch 46: the National Assembly's Standing Committee files its papers with
    /// "HC" (the administration department), not "VT".
    #[test]
    fn the_assembly_files_with_its_administration() {
        let resolution = |archive: &str| format!("ỦY BAN THƯỜNG VỤ QUỐC HỘI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\nSố: 1904/NQ-UBTVQH15\tHà Nội, ngày 24 tháng 10 năm 2025\n\nNGHỊ QUYẾT\nVề việc thành lập Đoàn giám sát\n\nĐiều 1. Thành lập Đoàn giám sát.\n\nNơi nhận:\n- Chính phủ;\n{archive}\n\tTM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\n\tCHỦ TỊCH\n\n\n\tTrần Thanh Mẫn\n");
        let rule = "recipients/archive-line";
        assert!(findings(rule, &resolution("- Lưu: HC, PLTP.")).is_empty());
        assert_eq!(findings(rule, &resolution("- Lưu: PLTP.")).len(), 1);
        // a Sở's "HC" is a unit like any other
        let letter = resolution("- Lưu: HC, PLTP.").replace("ỦY BAN THƯỜNG VỤ QUỐC HỘI", "SỞ TƯ PHÁP");
        assert_eq!(findings(rule, &letter).len(), 1);
    }
}
