use crate::declare_rule;
use crate::document::{Document, Span};
use crate::profile::Need;
use crate::rules::{Context, Rule};
use crate::vietnamese::fold;

declare_rule! {
    /// ## What it does
    /// Checks the archive line, the last line of the recipients: `- Lưu: VT, <unit>.` — the
    /// word `Lưu`, a colon (state and MTTQ documents; a Party document writes `- Lưu Văn phòng …`
    /// without one), `VT` (the records office, văn thư; state and MTTQ documents) among the
    /// units, and a final full stop. Reports a recipients block without one.
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
    /// Đoàn Thanh niên và các tổ chức chính trị - xã hội, dấu hai chấm và `VT` không bị xét. Quy
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
        let conventions = doc.profile.conventions();
        // "VTMTTQ": the records office and a unit typed together
        let standalone_vt = units.iter().any(|u| {
            let f = fold(u);
            f == "vt" || f.starts_with("vt ") || f == "van thu" || f.starts_with("van thu ")
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
        let colon_needed = conventions.archive_colon == Need::Required;
        let mut problems_vi = Vec::new();
        let mut problems_en = Vec::new();
        if colon_needed && !has_colon {
            problems_vi.push("thiếu dấu hai chấm sau “Lưu”");
            problems_en.push("no colon after “Lưu”");
        }
        if conventions.archive_colon == Need::Forbidden && has_colon {
            problems_vi.push("không có dấu hai chấm sau “Lưu”");
            problems_en.push("no colon after “Lưu” in this system");
        }
        if let Some((_, unit)) = &fused {
            problems_vi.push("“VT” và đơn vị viết liền nhau");
            problems_en.push("“VT” and the unit run together");
            let _ = unit;
        } else if conventions.archive_vt && !has_vt {
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
        if conventions.archive_vt && !has_vt {
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
        let sep = if colon_needed || (has_colon && conventions.archive_colon != Need::Forbidden) {
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
