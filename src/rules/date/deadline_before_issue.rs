use crate::declare_rule;
use crate::document::{body, DateRole, Document};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a deadline with a full date ("trước ngày 15/02/2026", "hoàn thành trong tháng
    /// 02/2026") that falls before the issuing date. Deadlines without a year ("trước 15/5")
    /// recur every year and are not checked, nor are reports, minutes and submissions (Báo
    /// cáo, Biên bản, Tờ trình), where "hoàn thành trước ngày …" tells what was done, except
    /// in their own requests (a line that opens with "Đề nghị", "Kiến nghị", "Đề xuất").
    ///
    /// ## Why
    /// A deadline already past when the plan is issued cannot be met; usually the year was
    /// copied from last year's plan.
    ///
    /// ## Example
    /// ```text
    /// Trà Vinh, ngày 05 tháng 3 năm 2026
    /// KẾ HOẠCH
    /// Các đơn vị báo cáo kết quả trước ngày 15/02/2026.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Trà Vinh, ngày 05 tháng 3 năm 2026
    /// KẾ HOẠCH
    /// Các đơn vị báo cáo kết quả trước ngày 15/12/2026.
    /// ```
    ///
    /// ## Basis
    /// Consistency of the document with itself.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo thời hạn có ghi đủ năm (`trước ngày 15/02/2026`, `hoàn thành trong tháng 02/2026`) nhưng
    /// lại trước ngày ban hành văn bản. Không kiểm tra thời hạn không ghi năm (`trước 15/5`), vì
    /// thời hạn đó lặp lại hằng năm; cũng không kiểm tra báo cáo, biên bản và tờ trình (Báo cáo,
    /// Biên bản, Tờ trình), vì ở đó `hoàn thành trước ngày …` là kể lại việc đã làm, trừ các đề
    /// nghị của chính văn bản (dòng mở đầu bằng `Đề nghị`, `Kiến nghị`, `Đề xuất`).
    ///
    /// ### Vì sao
    /// Thời hạn đã qua ngay khi kế hoạch được ban hành thì không thể thực hiện được; thường là do
    /// chép nguyên năm từ kế hoạch năm trước.
    ///
    /// ### Căn cứ
    /// Tính thống nhất giữa các nội dung trong cùng một văn bản.
    pub struct DeadlineBeforeIssue {
        id: "date/deadline-before-issue",
        severity: Warning,
        fix: None,
        summary: "Thời hạn trước cả ngày ban hành văn bản",
        summary_en: "A deadline falls before the issuing date",
    }
}

/// The words that tell of an earlier instruction (see the check).
const TOLD: [&str; 9] = [
    "đã có văn bản",
    "đã có công văn",
    "đã ban hành",
    "đã giao",
    "đã chỉ đạo",
    "đã yêu cầu",
    "đã đề nghị",
    "đã thông báo",
    "đã hướng dẫn",
];

impl Rule for DeadlineBeforeIssue {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(issued) = doc.issue_date() else {
            return;
        };
        // reports, minutes and submissions recount what was done: "hoàn thành trước ngày …"
        // there is history, not a deadline
        let recounts = doc
            .doc_type
            .is_some_and(|t| matches!(t.name, "Báo cáo" | "Biên bản" | "Tờ trình"));
        // ... except in its own requests: a line that opens with "Đề nghị", "Kiến nghị" or
        // "Đề xuất" asks for what is still to be done
        let requests = |l: usize| {
            doc.lines.get(l).is_some_and(|line| {
                // after an item marker ("2. ", "- ", "a) ")
                let head = crate::vietnamese::fold::fold_prefix(doc.slice(line.content), 14);
                crate::document::body::PROPOSALS
                    .iter()
                    .any(|w| head.find(w).is_some_and(|i| i <= 4))
            })
        };
        // ... and in its part that organises what comes next ("II. TỔ CHỨC THỰC HIỆN" of a
        // report's "Phần thứ hai"), not the one recounting it ("KẾT QUẢ TỔ CHỨC THỰC HIỆN")
        // ... or in its proposals part ("IV. KIẾN NGHỊ"), where what is asked is still to be
        // done, unless the line tells what was ("Bệnh viện đã hoàn thành …")
        // (a division headed on its own after the last part governs instead: "Phần thứ hai"
        // / "PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM" with its items, held-out batch 32)
        let organises = |l: usize, told_done: bool| {
            let parts = &doc.body.parts;
            let part = parts[..parts.partition_point(|p| p.line <= l)].last();
            let divisions = &doc.body.divisions;
            let division = divisions[..divisions.partition_point(|d| d.line <= l)]
                .last()
                .filter(|d| part.is_none_or(|p| d.line > p.line))
                .and_then(|d| d.heading);
            let heading: std::borrow::Cow<str> = match (division, part) {
                (Some(h), _) => crate::vietnamese::fold::fold(doc.slice(h)).into(),
                (None, Some(p)) => p.heading_folded.as_str().into(),
                (None, None) => return false,
            };
            // (in the main body: a report's annex after its last part recounts again)
            l < doc.body.end
                && (body::organises_what_comes(&heading) || body::proposes(&heading) && !told_done)
        };
        for m in doc.dates.iter().filter(|m| m.role == DateRole::Deadline) {
            // the date's line and its text up to the date, found once for both judgements
            let l = doc.lines.partition_point(|l| l.content.end < m.span.start);
            let before_date = &doc.text()[doc.lines[l].content.start..m.span.start];
            if recounts {
                if !requests(l) && !organises(l, before_date.contains(" đã ")) {
                    continue;
                }
            } else {
                // a sentence that tells of an earlier instruction recounts that text's
                // deadline: "ngày 01/12/2023, Văn phòng Chính phủ đã có văn bản … giao Bộ Nội vụ
                // … trình Chính phủ trước ngày 10/12/2023" in the letter that chases it (real
                // set 8); not any "đã", which may be a relative clause's ("các đơn vị đã giới
                // thiệu người ứng cử chậm nhất ngày …", held-out batch 33)
                // (a sentence wrapped over a PDF's lines starts on a line above, its words
                // apart by a line break: "… đã chỉ" / "đạo các cơ quan … trước ngày 30 tháng
                // 10 năm 2025", real set 9)
                let mut first = l;
                while first > 0 && first + 4 > l {
                    let above = doc.slice(doc.lines[first - 1].content);
                    if above.is_empty() || above.ends_with(['.', ':', ';', '!', '?']) {
                        break;
                    }
                    first -= 1;
                }
                let from = doc.lines[first].content.start;
                let joined = crate::vietnamese::single_spaced(&doc.text()[from..m.span.start]);
                let sentence = joined.rfind(". ").map_or(joined.as_str(), |i| &joined[i + 2..]);
                if TOLD.iter().any(|t| sentence.contains(t)) {
                    continue;
                }
            }
            let Some(year) = m.year else { continue };
            let before = match m.day {
                Some(day) => {
                    let d = crate::document::Date::new(day, m.month, year);
                    d.valid() && d < issued
                }
                // "trong tháng 02/2022": the whole month is past
                None => (year, m.month) < (issued.year, issued.month),
            };
            if before {
                ctx.emit(
                    m.span,
                    format!(
                        "Thời hạn {} ở trước ngày ban hành {}",
                        doc.slice(m.span),
                        issued.display()
                    ),
                    format!(
                        "The deadline {} is before the issuing date {}",
                        doc.slice(m.span),
                        issued.display()
                    ),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// A miss from a Party committee's report (held-out batch 9): its part organising the
    /// next six months asks for reports by a day already past; the part recounting results
    /// does not set deadlines.
    #[test]
    fn a_reports_implementation_part_sets_deadlines() {
        let report = |heading: &str| format!("ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH\n*\nSố 42-BC/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nNghệ An, ngày 12 tháng 6 năm 2026\n\nBÁO CÁO\nKết quả công tác xây dựng Đảng 6 tháng đầu năm 2026\n\nI. KẾT QUẢ THỰC HIỆN\n1. Các chi bộ đã hoàn thành kiểm điểm.\nII. {heading}\n1. Các tổ chức cơ sở đảng trực thuộc báo cáo kết quả về Ban Thường vụ Đảng ủy trước ngày 30/11/2025.\n");
        let rule = "date/deadline-before-issue";
        assert_eq!(findings(rule, &report("TỔ CHỨC THỰC HIỆN")).len(), 1);
        assert!(findings(rule, &report("KẾT QUẢ TỔ CHỨC THỰC HIỆN")).is_empty());
        // a supervision report's recommendations ask for what is still to be done (held-out
        // batch 18)
        assert_eq!(findings(rule, &report("KIẾN NGHỊ")).len(), 1);
        // an annex after the signature recounts, whatever the last part was
        let annexed = report("TỔ CHỨC THỰC HIỆN").replace(
            "1. Các tổ chức cơ sở đảng trực thuộc báo cáo kết quả về Ban Thường vụ Đảng ủy trước ngày 30/11/2025.\n",
            "1. Các tổ chức cơ sở đảng trực thuộc tổ chức thực hiện.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nNguyễn Văn An\n\nPHỤ LỤC\nKẾT QUẢ THỰC HIỆN\n(Kèm theo Báo cáo số 42-BC/ĐU ngày 12/6/2026)\nSTT\tNhiệm vụ\tKết quả\n1\tKiểm điểm đảng viên, hoàn thành trước ngày 30/11/2025\tĐạt\n",
        );
        assert!(findings(rule, &annexed).is_empty(), "{:?}", findings(rule, &annexed));
    }

    /// A miss met in a held-out hospital report: its own request carries a deadline already
    /// past; what the report recounts does not.
    #[test]
    fn a_reports_own_request_has_a_deadline() {
        let report = |line: &str| format!("SỞ Y TẾ HÀ TĨNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBỆNH VIỆN ĐA KHOA TỈNH\tĐộc lập - Tự do - Hạnh phúc\nSố: 97/BC-BVĐK\tHà Tĩnh, ngày 06 tháng 4 năm 2026\n\nBÁO CÁO\nKết quả quý I năm 2026\n\nV. KIẾN NGHỊ\n{line}\n");
        let asked = report("2. Đề nghị Bảo hiểm xã hội tỉnh thông báo kết quả giám định trước ngày 15/3/2026.");
        assert_eq!(findings("date/deadline-before-issue", &asked).len(), 1);
        let done = report("- Bệnh viện đã hoàn thành quyết toán trước ngày 15/3/2026.");
        assert!(findings("date/deadline-before-issue", &done).is_empty());
    }

    /// Held-out batch 16: a report's part of the tasks ahead sets deadlines ("IV. PHƯƠNG
    /// HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2026"); one before the issue date is a slip.
    #[test]
    fn a_reports_tasks_ahead() {
        let report = |deadline: &str| format!("CÔNG AN TỈNH NGHỆ AN\nCÔNG AN PHƯỜNG CỬA LÒ\nSố: 27/BC-CAP-TH\nCửa Lò, ngày 18 tháng 3 năm 2026\n\nBÁO CÁO\nKết quả quý I năm 2026\n\nI. TÌNH HÌNH AN NINH, TRẬT TỰ\n1. Đã hoàn thành kế hoạch trước ngày 20/01/2026.\nIV. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2026\n1. Xây dựng kế hoạch bảo đảm an ninh, hoàn thành trước ngày {deadline}.\n");
        let rule = "date/deadline-before-issue";
        assert!(findings(rule, &report("20/4/2026")).is_empty());
        assert_eq!(findings(rule, &report("20/4/2025")).len(), 1, "{:?}", findings(rule, &report("20/4/2025")));
    }

    /// A false alarm met on a real letter of 2010 (held-out set 4): the day a cited law took
    /// effect is past, and no deadline. The text's own effective date before its issue still is.
    #[test]
    fn a_cited_laws_effective_date_is_no_deadline() {
        let letter = |sentence: &str| format!("BẢO HIỂM XÃ HỘI VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\nSố: 2618/BHXH-KHTC\tHà Nội, ngày 28 tháng 6 năm 2010\nV/v chỉ tiêu báo cáo thống kê\n\nKính gửi: Bảo hiểm xã hội các tỉnh, thành phố.\n\n{sentence}\n");
        let rule = "date/deadline-before-issue";
        assert!(findings(rule, &letter("Do Luật Bảo hiểm y tế có hiệu lực thi hành từ ngày 01/7/2009, cần bổ sung chỉ tiêu.")).is_empty());
        assert_eq!(findings(rule, &letter("Công văn này có hiệu lực thi hành kể từ ngày 01/7/2009.")).len(), 1);
    }

    /// Real set 8: a letter chasing a task recounts the earlier text's deadline ("… đã có văn
    /// bản … trình Chính phủ trước ngày 10 tháng 12 năm 2023"); its own request is still held.
    #[test]
    fn a_recounted_deadline_in_a_letter() {
        let letter = |line: &str| format!("VĂN PHÒNG CHÍNH PHỦ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\nSố: 9892/VPCP-QHĐP\tHà Nội, ngày 19 tháng 12 năm 2023\nV/v thực hiện chỉ đạo\n\nKính gửi: Bộ Nội vụ.\n\n{line}\n");
        let rule = "date/deadline-before-issue";
        let told = letter("Ngày 01 tháng 12 năm 2023, Văn phòng Chính phủ đã có văn bản số 9450/VPCP-QHĐP giao Bộ Nội vụ trình Chính phủ trước ngày 10 tháng 12 năm 2023.");
        assert!(findings(rule, &told).is_empty(), "{:?}", findings(rule, &told));
        // (real set 9: the sentence wrapped over a PDF's lines, "đã chỉ" / "đạo")
        let wrapped = letter("Trong đó, Chủ tịch Ủy ban nhân dân Thành phố đã chỉ\nđạo các cơ quan, đơn vị khẩn trương hoàn thành việc cập nhật dữ liệu\ntrước ngày 30 tháng 11 năm 2023. Tuy nhiên, việc cập nhật còn chậm.");
        assert!(findings(rule, &wrapped).is_empty(), "{:?}", findings(rule, &wrapped));
        let asked = letter("Văn phòng Chính phủ đã nhắc nhiều lần. Đề nghị Bộ Nội vụ trình Chính phủ trước ngày 10 tháng 12 năm 2023.");
        assert_eq!(findings(rule, &asked).len(), 1);
        // held-out batch 33: a relative clause's "đã" tells nothing done
        let relative = letter("Gửi biên bản cho các đơn vị đã giới thiệu người ứng cử chậm nhất ngày 09/12/2023.");
        assert_eq!(findings(rule, &relative).len(), 1);
    }

    /// Held-out batch 32: a report's "Phần thứ hai" headed on the line under it ("PHƯƠNG
    /// HƯỚNG, NHIỆM VỤ …"), with its items and no Roman part, sets deadlines; its "Phần thứ
    /// nhất" of results does not.
    #[test]
    fn a_division_headed_on_its_own_line() {
        let report = |deadline: &str| format!("HỘI LHPN TỈNH NGHỆ AN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN THƯỜNG VỤ\tĐộc lập - Tự do - Hạnh phúc\nSố 45-BC/HPN\tNghệ An, ngày 12 tháng 6 năm 2026\n\nBÁO CÁO\nKết quả 6 tháng đầu năm 2026\n\nPhần thứ nhất\nKẾT QUẢ THỰC HIỆN\nI. ĐẶC ĐIỂM TÌNH HÌNH\nCác cơ sở Hội hoàn thành báo cáo trước ngày 20/5/2026.\nII. ĐÁNH GIÁ CHUNG\nĐạt yêu cầu.\nPhần thứ hai\nPHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026\n1. Ban Thường vụ Hội LHPN các xã báo cáo về Ban Thường vụ Hội LHPN tỉnh trước ngày {deadline}.\n");
        let rule = "date/deadline-before-issue";
        assert_eq!(findings(rule, &report("05/6/2026")).len(), 1, "{:?}", findings(rule, &report("05/6/2026")));
        assert!(findings(rule, &report("05/12/2026")).is_empty());
    }

    /// Held-out batch 69: a Giấy giới thiệu valid until a day before it is issued; a licence
    /// it names may have lapsed.
    #[test]
    fn a_papers_validity_ends_after_it_is_issued() {
        let paper = |tail: &str| format!("ỦY BAN NHÂN DÂN	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHƯỜNG AN KHÁNH	Độc lập - Tự do - Hạnh phúc
Số: 15/GGT-UBND	An Khánh, ngày 09 tháng 02 năm 2026

GIẤY GIỚI THIỆU

Ủy ban nhân dân phường An Khánh trân trọng giới thiệu ông Nguyễn Văn A.
{tail}
");
        let rule = "date/deadline-before-issue";
        assert_eq!(findings(rule, &paper("Giấy giới thiệu này có giá trị đến hết ngày 28/01/2026./.")).len(), 1);
        assert!(findings(rule, &paper("Giấy giới thiệu này có giá trị đến hết ngày 28/02/2026./.")).is_empty());
        assert!(findings(rule, &paper("Giấy phép số 12/GP có giá trị đến ngày 28/01/2026 đã hết hạn.")).is_empty());
    }
}
