use crate::declare_rule;
use crate::document::{Document, NumberStyle, Span};
use crate::rules::{Context, Rule};

/// The years each National Assembly sat (the `QH13`…`QH16` of a law's number).
fn legislature_years(n: u32) -> Option<(i32, i32)> {
    Some(match n {
        11 => (2002, 2007),
        12 => (2007, 2011),
        13 => (2011, 2016),
        14 => (2016, 2021),
        15 => (2021, 2026),
        16 => (2026, 2031),
        _ => return None,
    })
}

const ROMAN: &[(&str, u32)] = &[
    ("VIII", 8),
    ("IX", 9),
    ("XIII", 13),
    ("XII", 12),
    ("XIV", 14),
    ("XI", 11),
    ("X", 10),
    ("XV", 15),
];

declare_rule! {
    /// ## What it does
    /// Checks what a cited number says against the date cited with it: the year in a legal
    /// document's number (`78/2025/NĐ-CP` is of 2025), the National Assembly that passed a law
    /// (`QH15` sat 2021–2026), and the term of the Party Central Committee named ("khóa XIII"
    /// runs from the XIII Congress, February 2021, to the XIV, January 2026).
    ///
    /// ## Why
    /// A number of 2025 dated 2024, a law of 2025 numbered `QH14`, a 2022 resolution of "khóa
    /// XII": the date or the number was copied from another document.
    ///
    /// ## Example
    /// ```text
    /// Căn cứ Nghị định số 78/2025/NĐ-CP ngày 01/4/2024 của Chính phủ;
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Căn cứ Nghị định số 78/2025/NĐ-CP ngày 01/4/2025 của Chính phủ;
    /// ```
    ///
    /// ## Basis
    /// Luật Ban hành văn bản quy phạm pháp luật (a legal document's number carries the year it
    /// was signed); Hiến pháp (the National Assembly's five-year terms); Điều lệ Đảng (terms of
    /// the Central Committee from congress to congress).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Đối chiếu số văn bản được viện dẫn với ngày ghi kèm: năm trong số của văn bản quy phạm pháp
    /// luật (`78/2025/NĐ-CP` là văn bản năm 2025), khóa Quốc hội đã thông qua luật (`QH15` là khóa
    /// 2021–2026), và khóa Ban Chấp hành Trung ương được ghi (`khóa XIII` tính từ Đại hội XIII,
    /// tháng 2/2021, đến Đại hội XIV, tháng 1/2026).
    ///
    /// ### Vì sao
    /// Số văn bản năm 2025 mà ghi ngày năm 2024, luật năm 2025 mà mang ký hiệu `QH14`, nghị quyết
    /// năm 2022 mà ghi `khóa XII`: ngày hoặc số đã bị chép từ văn bản khác.
    ///
    /// ### Căn cứ
    /// Luật Ban hành văn bản quy phạm pháp luật (số của văn bản quy phạm pháp luật có năm ban
    /// hành); Hiến pháp (nhiệm kỳ 5 năm của Quốc hội); Điều lệ Đảng (nhiệm kỳ của Ban Chấp hành
    /// Trung ương tính từ đại hội này đến đại hội tiếp theo).
    pub struct NumberDate {
        id: "citation/number-date",
        severity: Error,
        fix: None,
        summary: "Năm trong số văn bản, khóa Quốc hội hoặc khóa Trung ương không khớp với ngày viện dẫn",
        summary_en: "The year, legislature or Party term in a cited number contradicts its date",
    }
}

/// Reports a `QHnn` symbol of a text whose year the legislature `nn` did not sit in; whether
/// it did.
fn legislature(ctx: &mut Context, span: Span, number: &str, year: Option<i32>) -> bool {
    let Some(n) = number
        .split(['/', '-'])
        .find_map(|g| g.strip_prefix("QH").and_then(|n| n.trim().parse::<u32>().ok()))
    else {
        return false;
    };
    let (Some(y), Some((from, to))) = (year, legislature_years(n)) else {
        return false;
    };
    if (from..=to).contains(&y) {
        return false;
    }
    ctx.emit(
        span,
        format!("Quốc hội khóa {n} họp từ {from} đến {to}: văn bản năm {y} không thể mang ký hiệu QH{n}"),
        format!("the {n}th National Assembly sat from {from} to {to}: a text of {y} cannot be numbered QH{n}"),
    );
    true
}

/// Reports a date in another year than the one in the number (`written` at `number`), if it
/// is; whether it did.
fn year_differs(
    ctx: &mut Context,
    (written, number): (&str, Span),
    year: i32,
    (date, span): (crate::document::Date, Span),
) -> bool {
    if year == date.year || !date.valid() {
        return false;
    }
    ctx.emit(
        span,
        format!("Số {written} là văn bản năm {year} nhưng được ghi ngày {}", date.display()),
        format!("{written} is numbered in {year} but dated {}", date.display()),
    )
    .related(number, "số văn bản", "number");
    true
}

impl Rule for NumberDate {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        // a law cited by name and number: "Luật … số 72/2025/QH15"
        for law in &doc.laws {
            let Some(number) = law.number else { continue };
            let written = doc.slice(number);
            // the year group of the number, else the date written with it
            let numbered: Option<i32> = written
                .split('/')
                .nth(1)
                .filter(|g| g.len() == 4)
                .and_then(|g| g.parse().ok());
            // the year in the number against the date it was passed ("Luật Quản lý thuế số
            // 38/2019/QH14 ngày 13 tháng 6 năm 2020")
            let dated = law.date.map(|d| &doc.dates[d]);
            // only the date written right after the number is the day it was passed ("…
            // có hiệu lực từ ngày 01/7/2025" is another)
            let passed = dated
                .filter(|m| {
                    m.span.start >= number.end
                        && matches!(
                            doc.text()[number.end..m.span.start].trim(),
                            "" | "ngày" | "," | ", ngày"
                        )
                })
                .and_then(|m| Some((m.date()?, m.span)));
            if let (Some(y), Some((d, span))) = (numbered, passed) {
                if year_differs(ctx, (written, number), y, (d, span)) {
                    continue;
                }
            }
            let year = numbered.or_else(|| dated.and_then(|m| m.year));
            legislature(ctx, number, written, year);
        }
        for c in &doc.citations {
            let date = c.date;
            // the year in the number against the date
            if let (Some(y), Some(dated)) = (c.number_year(), date) {
                if year_differs(ctx, (&c.number_text, c.number), y, dated) {
                    continue;
                }
            }
            // the legislature
            let year = c.number_year().or(date.map(|(d, _)| d.year));
            if legislature(ctx, c.number, &c.number_text, year) {
                continue;
            }
            // the Party Central Committee's term named with a /TW number
            if let (Some(term), Some((d, _)), Some(NumberStyle::Party)) = (c.term, date, c.style) {
                if !crate::vietnamese::case::to_upper(&c.number_text).ends_with("/TW")
                    || d.year < 2001
                {
                    continue;
                }
                let written = doc.slice(term);
                let Some(&(roman, n)) = ROMAN
                    .iter()
                    .find(|(r, _)| written.ends_with(&format!(" {r}")))
                else {
                    continue;
                };
                let actual = 8 + crate::document::citation::party_term(&c.number_text, d) as u32;
                if actual != n {
                    let right = ROMAN
                        .iter()
                        .find(|(_, v)| *v == actual)
                        .map_or("?", |r| r.0);
                    ctx.emit(
                        term,
                        format!("Văn bản ngày {} thuộc Ban Chấp hành Trung ương khóa {right}, không phải khóa {roman}", d.display()),
                        format!("A text of {} belongs to the Central Committee's term {right}, not {roman}", d.display()),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// A law's QH symbol against its year, and a Party term in brackets after the issuer.
    #[test]
    fn laws_by_number_and_bracketed_terms() {
        let rule = "citation/number-date";
        let law = |n: &str| format!("Thi hành Luật Tổ chức chính quyền địa phương số {n} từ ngày 01/7/2025.\n");
        assert_eq!(findings(rule, &law("72/2025/QH14")).len(), 1);
        assert!(findings(rule, &law("72/2025/QH15")).is_empty());
        // the day a law was passed against the year in its number (held-out batch 12); a
        // date it takes effect is another
        let passed = |d: &str| format!("KẾ HOẠCH\nThu thuế\n\nCăn cứ Luật Quản lý thuế số 38/2019/QH14 {d};\n");
        assert_eq!(findings(rule, &passed("ngày 13 tháng 6 năm 2020")).len(), 1);
        assert!(findings(rule, &passed("ngày 13 tháng 6 năm 2019")).is_empty());
        assert!(findings(rule, &passed("có hiệu lực từ ngày 01/7/2020")).is_empty());
        // held-out batch 20: after "của", a number says the date is this law's
        let body = |d: &str| format!("KẾ HOẠCH\nThu hồi đất\n\nRà soát hồ sơ, bảo đảm đúng quy định của Luật Đất đai số 31/2024/QH15 ngày {d}.\n");
        assert_eq!(findings(rule, &body("29 tháng 11 năm 2013")).len(), 1);
        assert!(findings(rule, &body("18 tháng 01 năm 2024")).is_empty());
        let term = |k: &str| format!("Thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng ({k}) về nông nghiệp.\n");
        assert_eq!(findings(rule, &term("khóa XII")).len(), 1);
        assert!(findings(rule, &term("khóa XIII")).is_empty());
        // a joint resolution is cited by its own type name (held-out batch 18)
        let joint = |d: &str| format!("Căn cứ Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày {d} của Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam;\n");
        assert_eq!(findings(rule, &joint("15/6/2016")).len(), 1);
        assert!(findings(rule, &joint("15/6/2017")).is_empty());
    }
}
