use crate::declare_rule;
use crate::document::{DateRole, Document, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports the day of a meeting the text tells of as held ("Tại hội nghị ngày …", "Hôm
    /// nay, vào lúc … ngày …", a paragraph opening "Ngày 03/4/2026, Chi bộ … tổ chức …") when
    /// it is after the text's own date; and, in a record of that meeting (a biên bản, a nghị
    /// quyết, a kết luận, a thông báo), when the first such meeting is more than six months
    /// before the text, which is a year typed wrong. Also a meeting that, by its record's own
    /// words, ends the same day before it began (`Hôm nay, vào lúc 08 giờ 00 phút …`, then
    /// `kết thúc vào lúc 07 giờ 45 phút cùng ngày`).
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
    /// nhầm năm. Cũng cảnh báo cuộc họp mà biên bản ghi kết thúc trong cùng ngày nhưng trước giờ
    /// bắt đầu (`Hôm nay, vào lúc 08 giờ 00 phút …` rồi `kết thúc vào lúc 07 giờ 45 phút cùng
    /// ngày`).
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
        // a plan, a programme, an invitation schedule meetings to come: "4. Xét duyệt cấp xã:
        // ngày 08/10/2025, Hội đồng … họp xét duyệt" in a plan of 15/9/2025 (held-out batch 8);
        // "Tại hội nghị ngày …" is still told as past there
        let schedules = doc.doc_type.is_some_and(|t| {
            matches!(
                t.name,
                "Kế hoạch" | "Chương trình" | "Giấy mời" | "Phương án" | "Đề án" | "Hướng dẫn"
            )
        });
        // the main document only: an attachment may record another meeting
        let main_end = doc
            .lines
            .get(doc.main_end)
            .map_or(usize::MAX, |l| l.span.start);
        let place = doc.header.place_date.as_ref().map(|p| p.span);
        let mut first = true;
        for m in doc
            .dates
            .iter()
            .filter(|m| matches!(m.role, DateRole::Held | DateRole::Opening))
        {
            if m.span.start >= main_end {
                break;
            }
            let Some(held) = m.date().filter(|d| d.valid()) else {
                continue;
            };
            let days_before = issued.days_from_epoch() - held.days_from_epoch();
            let finding = if days_before < 0 && !(schedules && m.role == DateRole::Opening) {
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
                    f.related(place, "ngày ban hành", "the issuing date");
                }
            }
        }
        ends_before_it_starts(doc, main_end, ctx);
    }
}

/// A clock time "lúc 08 giờ 00 (phút)" / "lúc 8 giờ" at word `k` ("lúc"): minutes since
/// midnight and the span from the hour to the last number.
fn clock_at(doc: &Document, k: usize) -> Option<(u32, Span)> {
    let text = doc.text();
    let words = &doc.words;
    let number = |j: usize, max: u32| {
        let w = words.get(j)?;
        let t = w.text(text);
        // (by hand, not `str::parse`: its code is not otherwise in the WebAssembly module)
        (t.len() <= 2 && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0')))
            .filter(|&n| n < max)
            .map(|n| (n, w.end as usize))
    };
    if !matches!(words.get(k)?.text(text), "lúc" | "Lúc") {
        return None;
    }
    let (hour, _) = number(k + 1, 24)?;
    let giờ = words.get(k + 2)?;
    if giờ.text(text) != "giờ" {
        return None;
    }
    let (minute, end) = number(k + 3, 60).unwrap_or((0, giờ.end as usize));
    Some((hour * 60 + minute, Span::new(words[k + 1].start as usize, end)))
}

/// A record that says when its meeting began ("Hôm nay, vào lúc 08 giờ 00 phút …") and when it
/// ended "cùng ngày" (the same day) earlier than that: one of the two times is typed wrong.
fn ends_before_it_starts(doc: &Document, main_end: usize, ctx: &mut Context) {
    let text = doc.text();
    let words = &doc.words;
    let folded_at = |k: usize| words.get(k).map(|w| crate::vietnamese::fold(w.text(text)));
    let mut start: Option<(u32, Span)> = None;
    for (k, word) in words.iter().enumerate() {
        if word.start as usize >= main_end {
            break;
        }
        let Some((minutes, span)) = clock_at(doc, k) else {
            continue;
        };
        let before = |a: &str, b: &str| {
            (1..=3).any(|d| {
                k > d
                    && folded_at(k - d - 1).as_deref() == Some(a)
                    && folded_at(k - d).as_deref() == Some(b)
            })
        };
        match start {
            None if before("hom", "nay") || before("bat", "dau") || before("khai", "mac") => {
                start = Some((minutes, span));
            }
            Some((began, began_span)) if before("ket", "thuc") => {
                let same_day = (k + 3..k + 8).any(|j| {
                    folded_at(j).as_deref() == Some("cung")
                        && folded_at(j + 1).as_deref() == Some("ngay")
                });
                if same_day && minutes < began {
                    // (zero-padded by hand: `{:02}` would bring the formatter's padding code
                    // into the WebAssembly module)
                    let two = |n: u32| if n < 10 { format!("0{n}") } else { n.to_string() };
                    let hm = |m: u32| format!("{} giờ {}", two(m / 60), two(m % 60));
                    ctx.emit(
                        span,
                        format!(
                            "Cuộc họp kết thúc lúc {} cùng ngày, trước giờ bắt đầu {}",
                            hm(minutes),
                            hm(began)
                        ),
                        format!(
                            "The meeting ends at {} the same day, before it starts at {}",
                            hm(minutes),
                            hm(began)
                        ),
                    )
                    .related(began_span, "giờ bắt đầu", "the starting time");
                }
                return;
            }
            _ => {}
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
        // a plan's schedule: "Ngày …, <body> họp" is what will be done
        let schedule = "4. Xét duyệt cấp xã: ngày 08/5/2026, Chi bộ họp xét duyệt.";
        assert!(findings(rule, &record("KẾ HOẠCH", schedule)).is_empty());
        assert_eq!(findings(rule, &record("BIÊN BẢN", schedule)).len(), 1);
        let coming = "Chi bộ tổ chức hội nghị vào ngày 20/5/2026 tại hội trường ấp.";
        assert!(findings(rule, &record("NGHỊ QUYẾT", coming)).is_empty());
        // a meeting that ends, the same day, before it began
        let ends = |end: &str| {
            format!("{today}\nI. NỘI DUNG\nChi bộ thảo luận.\nBuổi sinh hoạt kết thúc vào lúc {end} cùng ngày.")
        };
        assert_eq!(findings(rule, &record("BIÊN BẢN", &ends("18 giờ 45 phút"))).len(), 1);
        assert!(findings(rule, &record("BIÊN BẢN", &ends("21 giờ 00 phút"))).is_empty());
    }
}
