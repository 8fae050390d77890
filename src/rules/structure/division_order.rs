use super::part_order::{roman, sequence_message};
use super::sequence;
use crate::declare_rule;
use crate::document::{Division, DivisionKind, Document, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports chapters ("Chương I, II …"), the large parts of a report or project ("Phần thứ
    /// nhất", "PHẦN I"), steps ("BƯỚC MỘT") and lettered divisions ("A.", "B.") numbered out
    /// of order: one skipped, one written twice, one going back. Each kind is counted on its
    /// own, in the main text and in each attached text. Annexes ("Phụ lục I", "Phụ lục 02")
    /// are counted across the document.
    ///
    /// ## Why
    /// A skipped "Phần thứ tư" or a doubled "Chương II" reads as a lost section; the table of
    /// contents, the summary and every cross-reference go wrong with it.
    ///
    /// ## Example
    /// ```text
    /// Phần thứ nhất
    /// KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025
    /// Phần thứ ba
    /// PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Phần thứ nhất
    /// KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025
    /// Phần thứ hai
    /// PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
    /// ```
    ///
    /// ## Fix
    /// When one number is wrong and the rest follow on, writing the right one, in the case it
    /// was written in (safe: a division is not cited by number in the text).
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.8.b: phần, chương đánh số thứ tự
    /// bằng chữ số La Mã (hoặc chữ), liên tục; Hướng dẫn 36-HD/VPTW, mục 3.1.9 (Party texts).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo các chương (`Chương I, II …`), các phần lớn của báo cáo, đề án (`Phần thứ nhất`,
    /// `PHẦN I`), các bước (`BƯỚC MỘT`) và các mục đánh chữ cái (`A.`, `B.`) đánh số sai thứ tự: bỏ
    /// cách, lặp lại, hoặc số sau nhỏ hơn số trước. Mỗi loại được đếm riêng, trong văn bản chính và
    /// trong từng văn bản kèm theo, và được đánh lại từ đầu dưới mỗi đề mục cấp cao hơn (`A.`, `B.`
    /// dưới mỗi `BƯỚC`); một mục `A.` đứng một mình không bị xét. Các phụ lục (`Phụ lục I`,
    /// `Phụ lục 02`) được đếm liên tục trong toàn văn bản.
    ///
    /// ### Vì sao
    /// Thiếu `Phần thứ tư` hay lặp `Chương II` khiến người đọc tưởng văn bản bị mất một phần; mục
    /// lục, phần tóm tắt và mọi chỗ dẫn chiếu cũng sai theo.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.8.b: phần, chương đánh số thứ tự bằng chữ
    /// số La Mã (hoặc chữ), liên tục; Hướng dẫn 36-HD/VPTW, mục 3.1.9 (văn bản của Đảng).
    pub struct DivisionOrder {
        id: "structure/division-order",
        severity: Error,
        fix: Safe,
        summary: "Số thứ tự các phần, chương bị bỏ cách, lặp hoặc sai thứ tự",
        summary_en: "Parts, chapters or steps are numbered out of order",
    }
}

const ORDINAL_WORDS: [&str; 11] = [
    "", "nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười",
];
const STEP_WORDS: [&str; 11] = [
    "", "MỘT", "HAI", "BA", "BỐN", "NĂM", "SÁU", "BẢY", "TÁM", "CHÍN", "MƯỜI",
];

/// The number `n` written the way `d`'s marker writes numbers (and in its case).
fn written(doc: &Document, d: &Division, n: u32) -> Option<String> {
    let marker = doc.slice(d.marker);
    let word =
        |table: &[&'static str; 11]| table.get(n as usize).filter(|w| !w.is_empty()).copied();
    Some(match d.kind {
        DivisionKind::Part if marker.contains(' ') => {
            // "thứ ba": keep "thứ" as written, the ordinal in the same case
            let (thu, _) = marker.split_once(' ')?;
            let w = word(&ORDINAL_WORDS)?;
            let w = if crate::vietnamese::is_upper(thu) {
                crate::vietnamese::case::to_upper(w)
            } else {
                w.to_string()
            };
            format!("{thu} {w}")
        }
        DivisionKind::Part | DivisionKind::Chapter => roman(n).to_string(),
        DivisionKind::Step => word(&STEP_WORDS)?.to_string(),
        DivisionKind::Lettered => char::from_u32('A' as u32 + n - 1)?.to_string(),
    })
}

/// An annex's number on its first line: "Phụ lục II", "PHỤ LỤC 02", "Phụ lục số 3"; the
/// number, its span, and whether it is Roman.
fn annex_number(doc: &Document, line: usize) -> Option<(u32, Span, bool)> {
    let content = doc.lines[line].content;
    let text = doc.slice(content);
    let f = crate::vietnamese::fold::fold_prefix(text, 20);
    if !f.starts_with("phu luc ") {
        return None;
    }
    // "phụ lục " is eight characters however it is written
    let mut offset = text.char_indices().nth(8).map_or(text.len(), |(i, _)| i);
    let mut rest = &text[offset..];
    for so in ["số ", "SỐ ", "Số "] {
        if let Some(r) = rest.strip_prefix(so) {
            rest = r;
            offset += so.len();
        }
    }
    let len = rest
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(rest.len());
    let numeral = &rest[..len];
    let at = Span::new(content.start + offset, content.start + offset + len);
    if let Ok(n) = numeral.parse::<u32>() {
        return (len <= 2).then_some((n, at, false));
    }
    let n = super::part_order::ROMAN
        .iter()
        .position(|r| !r.is_empty() && *r == numeral)?;
    Some((n as u32, at, true))
}

fn check_annexes(doc: &Document, ctx: &mut Context) {
    let annexes: Vec<(u32, Span, bool)> = doc
        .attachments
        .iter()
        .filter_map(|a| annex_number(doc, a.start))
        .collect();
    if annexes.len() < 2 {
        return;
    }
    let numbers: Vec<u32> = annexes.iter().map(|a| a.0).collect();
    for b in sequence::breaks(&numbers, &[1]) {
        let (_, at, roman_style) = annexes[b.index];
        let written = doc.slice(at);
        let want = if roman_style {
            roman(b.expected).to_string()
        } else {
            format!("{:0width$}", b.expected, width = written.len())
        };
        let before = b.index.checked_sub(1).map(|k| doc.slice(annexes[k].1));
        let (vi, en) = sequence_message(written, before, &want, b.kind, ("Phụ lục", "Annex"));
        let d = ctx.emit(at, vi, en);
        if b.mendable {
            d.safe_fix(at, want);
        }
    }
}

impl Rule for DivisionOrder {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        check_annexes(doc, ctx);
        for body in doc.bodies() {
            const RANKS: [DivisionKind; 4] = [
                DivisionKind::Part,
                DivisionKind::Chapter,
                DivisionKind::Step,
                DivisionKind::Lettered,
            ];
            for (rank, kind) in RANKS.into_iter().enumerate() {
                // numbered afresh under each division of a higher rank: "A.", "B." under
                // "BƯỚC MỘT", then "A." again under "BƯỚC HAI"
                let mut runs: Vec<Vec<&Division>> = vec![Vec::new()];
                for d in &body.divisions {
                    if d.kind == kind {
                        runs.last_mut().expect("one run at least").push(d);
                    } else if RANKS[..rank].contains(&d.kind)
                        && !runs.last().is_some_and(Vec::is_empty)
                    {
                        runs.push(Vec::new());
                    }
                }
                for divisions in runs {
                    judge_run(doc, ctx, kind, &divisions);
                }
            }
        }
    }
}

/// Judges one run of divisions of one kind, numbered from 1.
fn judge_run(doc: &Document, ctx: &mut Context, kind: DivisionKind, divisions: &[&Division]) {
    // a lone "A." heading is not a sequence to judge
    if kind == DivisionKind::Lettered && divisions.len() < 2 {
        return;
    }
    let numbers: Vec<u32> = divisions.iter().map(|d| d.number).collect();
    let what = match kind {
        DivisionKind::Part => ("Phần", "Part"),
        DivisionKind::Chapter => ("Chương", "Chapter"),
        DivisionKind::Step => ("Bước", "Step"),
        DivisionKind::Lettered => ("Mục", "Division"),
    };
    for b in sequence::breaks(&numbers, &[1]) {
        let d = divisions[b.index];
        let Some(want) = written(doc, d, b.expected) else {
            continue;
        };
        let before = b
            .index
            .checked_sub(1)
            .map(|k| doc.slice(divisions[k].marker));
        let (vi, en) = sequence_message(doc.slice(d.marker), before, &want, b.kind, what);
        let diag = ctx.emit(d.marker, vi, en);
        if b.mendable {
            diag.safe_fix(d.marker, want);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    #[test]
    fn chapters_and_parts_in_capitals() {
        let text = "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\nChương II\nNHIỆM VỤ\nĐiều 2. Nhiệm vụ\nChương IV\nĐIỀU KHOẢN THI HÀNH\nĐiều 3. Hiệu lực\n";
        let found = findings("structure/division-order", text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("“III”"), "{found:?}");
        let text = "PHẦN THỨ NHẤT\nKẾT QUẢ\nPHẦN THỨ BA\nPHƯƠNG HƯỚNG\n";
        let found = findings("structure/division-order", text);
        assert!(found[0].contains("THỨ HAI"), "{found:?}");
    }

    #[test]
    fn a_lone_lettered_heading_is_not_a_sequence() {
        let text = "B. NHIỆM VỤ TRỌNG TÂM NĂM 2026\nI. Mục tiêu\n";
        assert!(findings("structure/division-order", text).is_empty());
    }
}

#[cfg(test)]
mod restart_tests {
    use crate::rules::test_support::findings;

    /// A false alarm met on a real MTTQ guideline: lettered sections restart under each step.
    #[test]
    fn lettered_divisions_restart_under_each_step() {
        let text =
            "BƯỚC MỘT\nA. CHUẨN BỊ\nB. TỔ CHỨC\nBƯỚC HAI\nA. HIỆP THƯƠNG\nB. LẬP DANH SÁCH\n";
        assert!(findings("structure/division-order", text).is_empty());
        let text = text.replace("B. LẬP", "C. LẬP");
        assert_eq!(findings("structure/division-order", &text).len(), 1);
    }
}
