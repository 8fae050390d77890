use super::sequence;
use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports Roman part numbers out of order, skipped or repeated (`I.`, `II.`, `IV.`).
    ///
    /// ## Why
    /// Parts are numbered I, II, III … in order; a gap means a part was deleted or mis-numbered.
    ///
    /// ## Example
    /// ```text
    /// I. MỤC ĐÍCH, YÊU CẦU
    /// II. NỘI DUNG
    /// IV. TỔ CHỨC THỰC HIỆN
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// I. MỤC ĐÍCH, YÊU CẦU
    /// II. NỘI DUNG
    /// III. TỔ CHỨC THỰC HIỆN
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 6 (bố cục văn bản không có điều).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo số La Mã của các phần bị sai thứ tự, bỏ cách hoặc lặp lại (`I.`, `II.`, `IV.`). Dưới mỗi
    /// `Phần thứ …`, mục `A.` hoặc `BƯỚC …`, các phần có thể đánh lại từ I hoặc nối tiếp số của các
    /// phần dưới đề mục trước đó.
    ///
    /// ### Vì sao
    /// Các phần được đánh số I, II, III … theo thứ tự; số bị bỏ cách nghĩa là một phần đã bị xóa
    /// hoặc bị đánh số nhầm.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 6 (bố cục văn bản không có điều).
    pub struct PartOrder {
        id: "structure/part-order",
        severity: Error,
        fix: Safe,
        summary: "Số La Mã của các phần không liên tục, lặp hoặc sai thứ tự",
        summary_en: "Roman part numbers are skipped, repeated or out of order",
    }
}

pub(crate) const ROMAN: [&str; 21] = [
    "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
    "XV", "XVI", "XVII", "XVIII", "XIX", "XX",
];

pub(crate) fn roman(n: u32) -> &'static str {
    ROMAN.get(n as usize).copied().unwrap_or("?")
}

impl Rule for PartOrder {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        for body in doc.bodies() {
            // the parts under each "Phần thứ …" / "A." / "BƯỚC …" are numbered from I again,
            // or carry on from the division before
            let mut from = 0;
            let mut last_before: Option<u32> = None;
            while from < body.parts.len() {
                let scope = body.parts[from].scope;
                let to = from
                    + body.parts[from..]
                        .iter()
                        .take_while(|p| p.scope == scope)
                        .count();
                let group = &body.parts[from..to];
                let numbers: Vec<u32> = group.iter().map(|p| p.number).collect();
                let mut first = vec![1];
                first.extend(last_before.map(|n| n + 1));
                for b in sequence::breaks(&numbers, &first) {
                    let p = &group[b.index];
                    if b.index == 0 && b.expected == 1 && numbering_lost(doc, body, p) {
                        continue;
                    }
                    let numeral = Span::new(p.marker.start, p.marker.end - p.separator.len_utf8());
                    let before = b.index.checked_sub(1).map(|k| roman(group[k].number));
                    let want = roman(b.expected);
                    let (vi, en) = sequence_message(
                        doc.slice(numeral),
                        before,
                        want,
                        b.kind,
                        ("Phần", "Part"),
                    );
                    let d = ctx.emit(numeral, vi, en);
                    if b.mendable {
                        d.safe_fix(numeral, want);
                    }
                }
                last_before = numbers.last().copied();
                from = to;
            }
        }
    }
}

/// Whether the parts before the first one shown were numbered by Word and lost their numerals
/// in the conversion: as many headings in capitals without a numeral right above it, back to
/// the division it is under ("MỤC ĐÍCH, YÊU CẦU" … then "II. NỘI DUNG").
fn numbering_lost(
    doc: &Document,
    body: &crate::document::Body,
    part: &crate::document::Part,
) -> bool {
    let missing = part.number.saturating_sub(1) as usize;
    let floor = body
        .divisions
        .iter()
        .map(|d| d.line)
        .filter(|&l| l < part.line)
        .max()
        .unwrap_or(body.start);
    let headings = (floor + 1..part.line)
        .filter(|&l| !doc.lines[l].is_blank())
        .filter(|&l| {
            let c = doc.content(l);
            crate::vietnamese::is_upper(c) && c.chars().count() > 3
        })
        .count();
    missing > 0 && headings >= missing
}

/// The message for a number that breaks its sequence, in both languages: `what` names the
/// unit ("Điều", "Article"); `written`, `before` and `want` are numbers as written.
pub(crate) fn sequence_message(
    written: &str,
    before: Option<&str>,
    want: &str,
    kind: sequence::BreakKind,
    what: (&str, &str),
) -> (String, String) {
    use sequence::BreakKind::*;
    let (vi_unit, en_unit) = what;
    match (kind, before) {
        (Repeated, _) => (
            format!("{vi_unit} “{written}” lặp lại; số đúng ở đây là “{want}”"),
            format!("{en_unit} “{written}” is repeated; this one is “{want}”"),
        ),
        (_, None) => (
            format!("{vi_unit} đầu tiên đánh số “{written}”; phải là “{want}”"),
            format!(
                "The first {} is numbered “{written}”; it is “{want}”",
                crate::vietnamese::case::to_lower(en_unit)
            ),
        ),
        (Skipped, Some(b)) => (
            format!("{vi_unit} “{written}” đứng ngay sau “{b}”: thiếu “{want}”"),
            format!("{en_unit} “{written}” follows “{b}”: “{want}” is missing"),
        ),
        (Backwards, Some(b)) => (
            format!("{vi_unit} “{written}” đứng sau “{b}”; số tiếp theo phải là “{want}”"),
            format!("{en_unit} “{written}” follows “{b}”; the next one is “{want}”"),
        ),
    }
}

#[cfg(test)]
mod lost_numbering_tests {
    use crate::rules::test_support::findings;

    /// A false alarm met on a real guideline: the first heading's "I." was Word's and is lost.
    #[test]
    fn a_first_heading_numbered_by_word() {
        let text = "BƯỚC HAI\nVIỆC GIỚI THIỆU NGƯỜI ỨNG CỬ\n1. Hội nghị.\nII. VIỆC NỘP HỒ SƠ\n1. Thời hạn.\nIII. TỔNG HỢP\n";
        assert!(findings("structure/part-order", text).is_empty());
        let text = "BƯỚC HAI\n1. Hội nghị.\nII. VIỆC NỘP HỒ SƠ\n1. Thời hạn.\nIII. TỔNG HỢP\n";
        assert_eq!(findings("structure/part-order", text).len(), 1);
    }
}
