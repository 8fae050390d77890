use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};

/// The ten Heavenly Stems (can), from Giáp.
const CAN: [&str; 10] = [
    "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý",
];
/// The twelve Earthly Branches (chi), from Tý, with common spelling variants.
const CHI: [&[&str]; 12] = [
    &["Tý", "Tí"],
    &["Sửu"],
    &["Dần"],
    &["Mão", "Mẹo"],
    &["Thìn"],
    &["Tỵ", "Tị"],
    &["Ngọ"],
    &["Mùi"],
    &["Thân"],
    &["Dậu"],
    &["Tuất"],
    &["Hợi"],
];

/// The can-chi name of a lunar year that starts in Gregorian `year`.
pub fn name_of(year: i32) -> String {
    let can = CAN[(year - 4).rem_euclid(10) as usize];
    let chi = CHI[(year - 4).rem_euclid(12) as usize][0];
    format!("{can} {chi}")
}

declare_rule! {
    /// ## What it does
    /// Reports a lunar year name (can chi) written next to a year it does not belong to:
    /// “Tết Giáp Thìn năm 2025” (2025 is Ất Tỵ; Giáp Thìn is 2024).
    ///
    /// ## Why
    /// Plans for Tết are copied from year to year; the year name is the part people forget
    /// to change.
    ///
    /// ## Example
    /// ```text
    /// Gặp mặt kiều bào nhân dịp Tết Giáp Thìn năm 2025.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Gặp mặt kiều bào nhân dịp Tết Ất Tỵ năm 2025.
    /// ```
    ///
    /// ## Basis
    /// The sexagenary cycle: the lunar year beginning in Gregorian year Y is can (Y − 4) mod 10,
    /// chi (Y − 4) mod 12 (Giáp Tý = 1984).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo tên năm âm lịch (can chi) đi kèm một năm dương lịch không tương ứng:
    /// `Tết Giáp Thìn năm 2025` (năm 2025 là năm Ất Tỵ; Giáp Thìn là năm 2024).
    ///
    /// ### Vì sao
    /// Kế hoạch tổ chức Tết thường được sao chép từ năm này sang năm khác; tên năm can chi là chỗ
    /// hay bị quên sửa.
    ///
    /// ### Căn cứ
    /// Chu kỳ can chi 60 năm: năm âm lịch bắt đầu trong năm dương lịch Y có can là (Y − 4) mod 10,
    /// chi là (Y − 4) mod 12 (Giáp Tý = 1984).
    pub struct LunarYear {
        id: "date/lunar-year",
        severity: Error,
        fix: Safe,
        summary: "Tên năm âm lịch (can chi) không khớp với năm dương lịch đi kèm",
        summary_en: "The lunar year name (can chi) does not match its year",
    }
}

impl Rule for LunarYear {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let text = doc.text();
        let words = &doc.words;
        for (k, pair) in words.windows(3).enumerate() {
            // every can starts with G B M K C T N Q, Ấ (E1 ..) or Đ (C4 90): test the first byte
            if !matches!(
                text.as_bytes()[pair[0].start as usize],
                b'G' | b'B' | b'M' | b'K' | b'C' | b'T' | b'N' | b'Q' | 0xE1 | 0xC4
            ) {
                continue;
            }
            let (a, b) = (pair[0].text(text), pair[1].text(text));
            let Some(can) = CAN.iter().position(|c| *c == a) else {
                continue;
            };
            let Some(chi) = CHI.iter().position(|v| v.contains(&b)) else {
                continue;
            };
            if pair[1].start != pair[0].end + 1 {
                continue;
            }
            // the year follows: "Ất Tỵ năm 2025", "Ất Tỵ 2025", "Ất Tỵ (2025)"
            let mut y = &pair[2];
            if y.text(text) == "năm" {
                let Some(next) = words.get(k + 3) else {
                    continue;
                };
                y = next;
            }
            let year_text = y.text(text);
            let between = &text[pair[1].end as usize..y.start as usize];
            let span = Span::new(pair[0].start as usize, pair[1].end as usize);
            if year_text.len() != 4
                || !year_text.bytes().all(|c| c.is_ascii_digit())
                || between.len() > 6
            {
                // no year after it: a Tết named in a sentence about a year ("Quý I năm 2026
                // trùng với dịp Tết Nguyên đán Ất Tỵ")
                if let Some(years) = tet_in_a_sentence_of_years(doc, k, span) {
                    let fits = |y: i32| {
                        can == (y - 4).rem_euclid(10) as usize
                            && chi == (y - 4).rem_euclid(12) as usize
                    };
                    // the Tết of a sentence's year, or of the next (a December date before
                    // the coming Tết)
                    if !years.iter().any(|&y| fits(y) || fits(y + 1)) {
                        let named: Vec<String> = years.iter().map(|y| y.to_string()).collect();
                        let named = named.join(", ");
                        let own = (1984..2044).find(|&y| fits(y)).unwrap_or(0);
                        let written = doc.slice(span);
                        let f = ctx.emit(
                            span,
                            format!("Tết {written} là Tết năm {own}, không phải của năm {named} mà câu này nói đến"),
                            format!("The Tết of {written} is in {own}, not in {named}, the year this sentence is about"),
                        );
                        if let [only] = years.as_slice() {
                            f.suggest(name_of(*only));
                        }
                    }
                }
                continue;
            }
            let year: i32 = year_text.parse().unwrap_or(0);
            let right_can = (year - 4).rem_euclid(10) as usize;
            let right_chi = (year - 4).rem_euclid(12) as usize;
            if can == right_can && chi == right_chi {
                continue;
            }
            let right = name_of(year);
            ctx.emit(
                span,
                format!(
                    "Năm {year} là năm {right}, không phải “{}”",
                    doc.slice(span)
                ),
                format!("{year} is the year {right}, not “{}”", doc.slice(span)),
            )
            .safe_fix(span, right);
        }
    }
}

/// The years named in the sentence around a can-chi that follows "Tết" (or "Tết Nguyên đán",
/// "Xuân"), when the sentence names no other can-chi (a comparison of two Tết): the four-digit
/// years 1900–2099 of its words ("Quý I năm 2026", "ngày 22/02/2027").
fn tet_in_a_sentence_of_years(doc: &Document, k: usize, span: Span) -> Option<Vec<i32>> {
    let text = doc.text();
    let words = &doc.words;
    let before = |i: usize| k.checked_sub(i).map(|j| words[j].text(text));
    let after_tet = matches!(before(1), Some("Tết" | "TẾT" | "Xuân" | "xuân" | "XUÂN"))
        || matches!(before(1), Some("đán" | "ĐÁN")) && matches!(before(3), Some("Tết" | "TẾT"));
    if !after_tet {
        return None;
    }
    // the sentence: from the last ". " or ";" before it on its line to the next
    let line = &doc.lines[doc.lines.partition_point(|l| l.span.start <= span.start) - 1];
    let (from, to) = (line.content.start, line.content.end);
    let stops = |c: char| c == ';' || c == '.';
    let start = text[from..span.start]
        .rfind(|c: char| stops(c))
        .map(|i| from + i + 1)
        .filter(|&i| text[i..].starts_with(' '))
        .unwrap_or(from);
    let end = text[span.end..to]
        .find(|c: char| stops(c))
        .map(|i| span.end + i)
        .unwrap_or(to);
    let first = words.partition_point(|w| (w.start as usize) < start);
    let last = words.partition_point(|w| (w.start as usize) < end);
    let mut years = Vec::new();
    for (i, w) in words[first..last].iter().enumerate() {
        let t = w.text(text);
        if CAN.contains(&t)
            && first + i != k
            && words
                .get(first + i + 1)
                .is_some_and(|n| CHI.iter().any(|v| v.contains(&n.text(text))))
        {
            return None;
        }
        if t.len() == 4 && (t.starts_with("19") || t.starts_with("20")) {
            if let Ok(y) = t.parse::<i32>() {
                if !years.contains(&y) {
                    years.push(y);
                }
            }
        }
    }
    (!years.is_empty()).then_some(years)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(name_of(1984), "Giáp Tý");
        assert_eq!(name_of(2024), "Giáp Thìn");
        assert_eq!(name_of(2025), "Ất Tỵ");
        assert_eq!(name_of(2026), "Bính Ngọ");
    }

    /// A Tết named without its year, in a sentence about a year (held-out batches: a hospital's
    /// quarterly report, a village cell's report, a school's plan).
    #[test]
    fn a_tet_in_a_sentence_about_another_year() {
        use crate::rules::test_support::findings;
        let rule = "date/lunar-year";
        for wrong in [
            "Quý I năm 2026 trùng với dịp Tết Nguyên đán Ất Tỵ, số ca cấp cứu tăng cao.",
            "Giai đoạn 2, từ ngày 22/02/2027 (sau kỳ nghỉ Tết Nguyên đán Bính Ngọ) đến ngày 15/5/2027.",
        ] {
            assert_eq!(findings(rule, wrong).len(), 1, "{wrong}");
        }
        for right in [
            "Quý I năm 2026 trùng với dịp Tết Nguyên đán Bính Ngọ, số ca cấp cứu tăng cao.",
            // a December before the coming Tết
            "Từ tháng 12/2025, các thôn chuẩn bị đón Tết Bính Ngọ.",
            // two Tết compared, one year named
            "Trong dịp Tết Bính Ngọ năm 2026, số vụ tai nạn giảm 5 vụ so với Tết Ất Tỵ.",
            // no year in the sentence
            "Thôn tổ chức đón Tết Nguyên đán Ất Tỵ vui tươi.",
            // not a Tết: a person's or a place's name
            "Ông Đinh Dậu sinh năm 1960.",
        ] {
            assert!(findings(rule, right).is_empty(), "{right}: {:?}", findings(rule, right));
        }
    }
}
