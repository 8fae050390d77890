use crate::declare_rule;
use crate::document::{DateRole, Document};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports the day of a meeting the text tells of as held ("Tại hội nghị ngày …", "Hôm
    /// nay, vào lúc … ngày …", a paragraph opening "Ngày 03/4/2026, Chi bộ … tổ chức …") when
    /// it is after the text's own date; and, in a record of that meeting (a biên bản, a nghị
    /// quyết, a kết luận, a thông báo), when the first such meeting is more than six months
    /// before the text, which is a year typed wrong.
    ///
    /// ## Why
    /// A record, a conclusion or a resolution of a meeting is written after it, and soon after:
    /// a meeting dated later than the text, or a year earlier, is a wrong date in one of the two
    /// places.
    ///
    /// ## Example
    /// ```text
    /// Gia Lai, ngày 28 tháng 4 năm 2026
    /// KẾT LUẬN
    /// Tại hội nghị ngày 21/5/2026, Ban Thường vụ Tỉnh ủy kết luận như sau:
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Gia Lai, ngày 28 tháng 4 năm 2026
    /// KẾT LUẬN
    /// Tại hội nghị ngày 21/4/2026, Ban Thường vụ Tỉnh ủy kết luận như sau:
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 4 (thời gian ban hành văn bản);
    /// Hướng dẫn 36-HD/VPTW (biên bản, nghị quyết, kết luận of a meeting).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Cảnh báo ngày của cuộc họp mà văn bản kể là đã diễn ra (`Tại hội nghị ngày …`, `Hôm nay,
    /// vào lúc … ngày …`, đoạn mở đầu `Ngày 03/4/2026, Chi bộ … tổ chức …`) khi ngày đó sau ngày
    /// ban hành văn bản; và, trong văn bản ghi lại cuộc họp (biên bản, nghị quyết, kết luận, thông
    /// báo), khi cuộc họp đầu tiên được kể diễn ra trước ngày ban hành hơn sáu tháng, tức là ghi
    /// nhầm năm.
    ///
    /// ### Vì sao
    /// Biên bản, kết luận, nghị quyết của một cuộc họp được lập sau cuộc họp và ngay sau đó: cuộc
    /// họp có ngày sau văn bản, hoặc sớm hơn cả năm, là ghi sai ngày ở một trong hai chỗ.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 4 (thời gian ban hành văn bản); Hướng dẫn
    /// 36-HD/VPTW (biên bản, nghị quyết, kết luận của hội nghị).
    pub struct MeetingDate {
        id: "date/meeting-date",
        severity: Warning,
        fix: None,
        summary: "Ngày cuộc họp không khớp với ngày ban hành văn bản",
        summary_en: "The meeting's day does not fit the text's date",
    }
}

/// How long before its record a meeting can be held: a conclusion may take weeks, not months.
const RECORD_DELAY_DAYS: i64 = 183;

impl Rule for MeetingDate {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(issued) = doc.issue_date() else {
            return;
        };
        let records = doc.doc_type.is_some_and(|t| {
            matches!(
                t.name,
                "Biên bản" | "Nghị quyết" | "Kết luận" | "Thông báo"
            )
        });
        // the main document only: an attachment may record another meeting
        let main_end = doc
            .lines
            .get(doc.main_end)
            .map_or(usize::MAX, |l| l.span.start);
        let place = doc.header.place_date.as_ref().map(|p| p.span);
        let mut first = true;
        for m in doc.dates.iter().filter(|m| m.role == DateRole::Held) {
            if m.span.start >= main_end {
                break;
            }
            let Some(held) = m.date().filter(|d| d.valid()) else {
                continue;
            };
            let days_before = issued.days_from_epoch() - held.days_from_epoch();
            let finding = if days_before < 0 {
                Some((
                    format!(
                        "Cuộc họp ngày {} diễn ra sau ngày ban hành {}",
                        held.display(),
                        issued.display()
                    ),
                    format!(
                        "The meeting of {} is after the issuing date {}",
                        held.display(),
                        issued.display()
                    ),
                ))
            } else if records && first && days_before > RECORD_DELAY_DAYS {
                Some((
                    format!(
                        "Cuộc họp ngày {} sớm hơn ngày ban hành {} quá sáu tháng: có lẽ ghi nhầm năm",
                        held.display(),
                        issued.display()
                    ),
                    format!(
                        "The meeting of {} is over six months before the issuing date {}: a year typed wrong?",
                        held.display(),
                        issued.display()
                    ),
                ))
            } else {
                None
            };
            first = false;
            if let Some((vi, en)) = finding {
                let f = ctx.emit(m.span, vi, en);
                if let Some(place) = place {
                    f.related(place, "ngày ban hành / the issuing date");
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    fn record(kind: &str, body: &str) -> String {
        format!("CHI BỘ ẤP BÌNH HÒA\n*\nSố 10-NQ/CB\nĐẢNG CỘNG SẢN VIỆT NAM\nBình Mỹ, ngày 03 tháng 4 năm 2026\n\n{kind}\nvề nhiệm vụ tháng 4 năm 2026\n\n{body}\n")
    }

    /// A record a year after its meeting, a meeting after its record: found. A plan that
    /// tells of an old conference, a meeting to come, a resolution issued the day of its
    /// meeting: not.
    #[test]
    fn meetings_fit_their_records() {
        let rule = "date/meeting-date";
        let year_early = "Ngày 03/4/2025, Chi bộ ấp Bình Hòa tổ chức sinh hoạt định kỳ.";
        assert_eq!(findings(rule, &record("NGHỊ QUYẾT", year_early)).len(), 1);
        let later = "Tại hội nghị ngày 21/5/2026, Chi bộ kết luận như sau:";
        assert_eq!(findings(rule, &record("KẾ HOẠCH", later)).len(), 1);
        let today = "Hôm nay, vào lúc 19 giờ 00 phút, ngày 03/4/2026, tại Nhà văn hóa ấp, Chi bộ họp.";
        assert!(findings(rule, &record("BIÊN BẢN", today)).is_empty());
        let old = "Tại hội nghị ngày 15/6/2024, Ban Thường vụ đã thống nhất chủ trương.";
        assert!(findings(rule, &record("KẾ HOẠCH", old)).is_empty());
        let coming = "Chi bộ tổ chức hội nghị vào ngày 20/5/2026 tại hội trường ấp.";
        assert!(findings(rule, &record("NGHỊ QUYẾT", coming)).is_empty());
    }
}
