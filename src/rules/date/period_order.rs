use crate::declare_rule;
use crate::document::Document;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a period whose end comes before its start: “từ ngày 18/11/2025 đến ngày
    /// 01/11/2025”.
    ///
    /// ## Why
    /// One of the two dates is wrong (often the year, copied from another period); whoever
    /// plans by it plans nothing.
    ///
    /// ## Example
    /// ```text
    /// Thời gian thực hiện từ ngày 18/11/2025 đến ngày 01/11/2025.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Thời gian thực hiện từ ngày 18/11/2025 đến ngày 01/12/2025.
    /// ```
    ///
    /// ## Basis
    /// Consistency of the document with itself.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo khoảng thời gian có ngày kết thúc trước ngày bắt đầu:
    /// `từ ngày 18/11/2025 đến ngày 01/11/2025`.
    ///
    /// ### Vì sao
    /// Một trong hai ngày đã ghi sai (thường là năm, chép từ một đợt khác); bố trí công việc theo
    /// khoảng thời gian đó thì không thực hiện được gì.
    ///
    /// ### Căn cứ
    /// Tính thống nhất giữa các nội dung trong cùng một văn bản.
    pub struct PeriodOrder {
        id: "date/period-order",
        severity: Error,
        fix: None,
        summary: "Thời gian kết thúc trước thời gian bắt đầu",
        summary_en: "A period ends before it starts",
    }
}

impl Rule for PeriodOrder {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        for m in &doc.dates {
            let Some(j) = m.period_end else { continue };
            let end = &doc.dates[j];
            let Some(b) = end.date() else { continue };
            // a start that leaves its year to the end ("05/02 - 01/02/2026"): the end's, when
            // both are in one month (across months, "20/12 - 05/01/2026" may span a new year)
            let a = match m.date() {
                Some(a) => a,
                None if m.year.is_none() && m.month == b.month => match m.day {
                    Some(day) => crate::document::Date::new(day, b.month, b.year),
                    None => continue,
                },
                None => continue,
            };
            if !a.valid() || !b.valid() || b >= a {
                continue;
            }
            ctx.emit(
                end.span,
                format!(
                    "Thời gian kết thúc {} ở trước thời gian bắt đầu {}",
                    b.display(),
                    a.display()
                ),
                format!(
                    "The period ends on {}, before it starts on {}",
                    b.display(),
                    a.display()
                ),
            )
            .related(m.span, "ngày bắt đầu", "start");
        }
        years_backwards(doc, ctx);
    }
}

/// A span of years after the words that name one ("giai đoạn 2026 - 2020", "nhiệm kỳ 2025 -
/// 2020"; held-out batch 70) whose last year is before its first.
fn years_backwards(doc: &Document, ctx: &mut Context) {
    let text = doc.text();
    let words = &doc.words;
    let year = |k: usize| -> Option<u32> {
        let w = words.get(k)?.text(text);
        (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())).then(|| w.parse().ok())?
    };
    for k in 1..words.len().saturating_sub(2) {
        let names_span = match words[k].text(text) {
            "đoạn" | "ĐOẠN" => matches!(words[k - 1].text(text), "giai" | "Giai" | "GIAI"),
            "kỳ" | "KỲ" | "kì" | "KÌ" => matches!(words[k - 1].text(text), "nhiệm" | "Nhiệm" | "NHIỆM"),
            _ => false,
        };
        if !names_span {
            continue;
        }
        let (Some(first), Some(last)) = (year(k + 1), year(k + 2)) else {
            continue;
        };
        // the two years with only a dash between them
        let between = &text[words[k + 1].end as usize..words[k + 2].start as usize];
        if between.trim() != "-" && between.trim() != "–" || last >= first {
            continue;
        }
        let end = crate::document::Span::new(words[k + 2].start as usize, words[k + 2].end as usize);
        ctx.emit(
            end,
            format!("Năm kết thúc {last} ở trước năm bắt đầu {first}"),
            format!("The period ends in {last}, before it starts in {first}"),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// Held-out batch 63: a schedule's cell whose start leaves its year to the end; across
    /// two months the period may run into a new year and is left alone.
    #[test]
    fn a_period_in_a_schedules_cell() {
        let rule = "date/period-order";
        let table = |cell: &str| format!("TT\tTuyến kênh\tĐợt 3\n1\tKênh Đô Thiên\t{cell}\t12.300\n");
        assert_eq!(findings(rule, &table("05/02 - 01/02/2026")).len(), 1, "{:?}", findings(rule, &table("05/02 - 01/02/2026")));
        assert!(findings(rule, &table("05/02 - 10/02/2026")).is_empty());
        assert!(findings(rule, &table("20/12 - 05/01/2026")).is_empty());
    }

    /// Held-out batch 70: a span of years written backwards; a list of years ("năm 2025 -
    /// 2020" compares two years) is left alone.
    #[test]
    fn a_span_of_years_backwards() {
        let rule = "date/period-order";
        assert_eq!(findings(rule, "Chương trình phối hợp giai đoạn 2026 - 2020.\n").len(), 1);
        assert_eq!(findings(rule, "Ban Chấp hành nhiệm kỳ 2025–2020.\n").len(), 1);
        assert_eq!(findings(rule, "ĐẠI HỘI NHIỆM KỲ 2025 - 2020\n").len(), 1);
        assert!(findings(rule, "Chương trình phối hợp giai đoạn 2026 - 2030.\n").is_empty());
        assert!(findings(rule, "So sánh số liệu năm 2025 - 2020.\n").is_empty());
    }
}
