use crate::declare_rule;
use crate::document::Document;
use crate::rules::{Context, Rule};
use crate::vietnamese::fold::fold_prefix;

/// Well-known events: (start of the folded phrase after "N năm [ngày]", year, name).
const EVENTS: &[(&str, i32, &str)] = &[
    (
        "thanh lap dang cong san viet nam",
        1930,
        "thành lập Đảng Cộng sản Việt Nam (03/02/1930)",
    ),
    (
        "thanh lap mat tran dan toc thong nhat viet nam",
        1930,
        "thành lập Mặt trận Dân tộc Thống nhất Việt Nam (18/11/1930)",
    ),
    (
        "truyen thong mat tran to quoc viet nam",
        1930,
        "Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930)",
    ),
    (
        "cach mang thang tam",
        1945,
        "Cách mạng tháng Tám (19/8/1945)",
    ),
    ("quoc khanh", 1945, "Quốc khánh (02/9/1945)"),
    (
        "thiet lap quan he ngoai giao viet nam - lao",
        1962,
        "thiết lập quan hệ ngoại giao Việt Nam - Lào (05/9/1962)",
    ),
    (
        "thiet lap quan he ngoai giao viet nam - campuchia",
        1967,
        "thiết lập quan hệ ngoại giao Việt Nam - Campuchia (24/6/1967)",
    ),
    (
        "ky hiep uoc huu nghi va hop tac viet nam - lao",
        1977,
        "ký Hiệp ước hữu nghị và hợp tác Việt Nam - Lào (18/7/1977)",
    ),
    (
        "sinh chu tich ho chi minh",
        1890,
        "sinh Chủ tịch Hồ Chí Minh (19/5/1890)",
    ),
    (
        "chien thang dien bien phu",
        1954,
        "Chiến thắng Điện Biên Phủ (07/5/1954)",
    ),
    (
        "giai phong mien nam",
        1975,
        "giải phóng miền Nam, thống nhất đất nước (30/4/1975)",
    ),
    (
        "thanh lap quan doi nhan dan viet nam",
        1944,
        "thành lập Quân đội nhân dân Việt Nam (22/12/1944)",
    ),
    // the mass organisations' days, in their plans every year
    ("quoc te phu nu", 1910, "Ngày Quốc tế Phụ nữ (08/3/1910)"),
    ("khoi nghia hai ba trung", 40, "Khởi nghĩa Hai Bà Trưng (năm 40)"),
    (
        "thanh lap hoi lien hiep phu nu viet nam",
        1930,
        "thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930)",
    ),
    (
        "thanh lap doan thanh nien cong san ho chi minh",
        1931,
        "thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931)",
    ),
    // the days of a profession or a cause, as plans name them ("kỷ niệm 25 năm Ngày Gia đình
    // Việt Nam", held-out batch 87)
    ("gia dinh viet nam", 2001, "Ngày Gia đình Việt Nam (28/6/2001)"),
    ("thuong binh", 1947, "Ngày Thương binh - Liệt sĩ (27/7/1947)"),
    ("nha giao viet nam", 1982, "Ngày Nhà giáo Việt Nam (20/11/1982)"),
    ("thay thuoc viet nam", 1955, "Ngày Thầy thuốc Việt Nam (27/02/1955)"),
    ("bao chi cach mang viet nam", 1925, "Ngày Báo chí Cách mạng Việt Nam (21/6/1925)"),
    ("thanh lap cong doan viet nam", 1929, "thành lập Công đoàn Việt Nam (28/7/1929)"),
    ("thanh lap hoi nong dan viet nam", 1930, "thành lập Hội Nông dân Việt Nam (14/10/1930)"),
    (
        "thanh lap hoi cuu chien binh viet nam",
        1989,
        "thành lập Hội Cựu chiến binh Việt Nam (06/12/1989)",
    ),
    // (the name as the Đoàn itself shortens it, held-out batch 65)
    (
        "thanh lap doan tncs ho chi minh",
        1931,
        "thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931)",
    ),
];

/// The two years of a bracket written within the event's name after "N năm": "(27/7/1947 -
/// 27/7/2026)" or "(1930 - 2026)" → (1947, 2026).
fn years_in_brackets(after: &str) -> Option<(i32, i32)> {
    let window = &after[..crate::document::citation::floor_at(after, 160)];
    let open = window.find('(')?;
    // the bracket must belong to this phrase: no sentence end before it
    if window[..open].contains(['.', ';']) {
        return None;
    }
    let close = open + window[open..].find(')')?;
    let inside = &window[open + 1..close];
    let (a, b) = inside.split_once([' ', '-', '–']).map(|_| {
        let parts: Vec<&str> = inside.split(['-', '–']).map(str::trim).collect();
        (
            parts.first().copied().unwrap_or(""),
            parts.get(1).copied().unwrap_or(""),
        )
    })?;
    let year = |s: &str| -> Option<i32> {
        let y = s.rsplit('/').next()?.trim();
        (y.len() == 4 && y.bytes().all(|c| c.is_ascii_digit())).then(|| y.parse().ok())?
    };
    Some((year(a)?, year(b)?))
}

declare_rule! {
    /// ## What it does
    /// Checks `(kỷ niệm) N năm (ngày) <event>` against the year the plan is for (the year in
    /// its summary, else its issuing year): the founding of the Party (1930) or the Front
    /// (1930), the August Revolution and National Day (1945), diplomatic relations Việt Nam –
    /// Lào (1962) and Việt Nam – Campuchia (1967), the Việt Nam – Lào treaty (1977), President
    /// Hồ Chí Minh's birth (1890), Điện Biên Phủ (1954), 30/4/1975, the People's Army (1944),
    /// the mass organisations' founding days and the days of a cause (Ngày Gia đình Việt Nam
    /// 2001, Thương binh - Liệt sĩ 1947, Nhà giáo 1982, Thầy thuốc 1955, Báo chí 1925).
    ///
    /// ## Why
    /// Anniversary plans are reused every year; the count of years is what goes stale.
    ///
    /// ## Example
    /// ```text
    /// Trà Vinh, ngày 05 tháng 3 năm 2022
    /// KẾ HOẠCH
    /// Tổ chức kỷ niệm 61 năm ngày thiết lập quan hệ ngoại giao Việt Nam - Lào.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Trà Vinh, ngày 05 tháng 3 năm 2022
    /// KẾ HOẠCH
    /// Tổ chức kỷ niệm 60 năm ngày thiết lập quan hệ ngoại giao Việt Nam - Lào.
    /// ```
    ///
    /// ## Basis
    /// The dates of the events (official anniversaries).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Đối chiếu số năm trong cụm `(kỷ niệm) N năm (ngày) <sự kiện>` với năm mà kế hoạch hướng tới
    /// (năm ghi ở trích yếu nội dung, nếu không có thì năm ban hành), cho các sự kiện: thành lập
    /// Đảng (1930), thành lập Mặt trận (1930), Cách mạng tháng Tám và Quốc khánh (1945), thiết lập
    /// quan hệ ngoại giao Việt Nam – Lào (1962) và Việt Nam – Campuchia (1967), ký Hiệp ước hữu
    /// nghị và hợp tác Việt Nam – Lào (1977), ngày sinh Chủ tịch Hồ Chí Minh (1890), Chiến thắng
    /// Điện Biên Phủ (1954), giải phóng miền Nam 30/4/1975, thành lập Quân đội nhân dân Việt Nam
    /// (1944), ngày thành lập các đoàn thể và các ngày kỷ niệm của một ngành, một phong trào (Ngày
    /// Gia đình Việt Nam 2001, Thương binh - Liệt sĩ 1947, Nhà giáo 1982, Thầy thuốc 1955, Báo chí
    /// 1925). Khi ngay sau cụm đó có ghi khoảng năm trong ngoặc (`(1930 - 2026)`), số năm được đối
    /// chiếu với khoảng năm ấy.
    ///
    /// ### Vì sao
    /// Kế hoạch kỷ niệm thường được dùng lại hằng năm; số năm kỷ niệm là chỗ hay bị quên sửa.
    ///
    /// ### Căn cứ
    /// Ngày diễn ra các sự kiện (các ngày kỷ niệm chính thức).
    pub struct Anniversary {
        id: "date/anniversary",
        severity: Warning,
        fix: Safe,
        summary: "Số năm kỷ niệm không khớp với năm của kế hoạch",
        summary_en: "The anniversary count does not match the plan's year",
    }
}

impl Rule for Anniversary {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        // the year the document is for: a single "năm YYYY" in its summary, else its issuing year
        let Some(year) = doc
            .summary_year()
            .map(|(y, _)| y)
            .or_else(|| doc.issue_date().map(|d| d.year))
        else {
            return;
        };
        // a summary of two years ("… năm 2025; mục tiêu, nhiệm vụ … năm 2026") reviews one and
        // plans the other: a count right for either is right (held-out batch 35)
        let other_years: Vec<i32> = doc.summary_years().iter().map(|(y, _)| *y).collect();
        let text = doc.text();
        let words = &doc.words;
        for (k, w) in words.iter().enumerate() {
            let n_text = w.text(text);
            if !(1..=4).contains(&n_text.len()) || !n_text.bytes().all(|b| b.is_ascii_digit()) {
                continue;
            }
            let Some(nam) = words
                .get(k + 1)
                .filter(|x| x.text(text) == "năm" && x.start == w.end + 1)
            else {
                continue;
            };
            let mut after = &text[nam.end as usize..];
            after = after.strip_prefix(' ').unwrap_or(after);
            // "năm ngày thành lập", "năm Ngày thành lập"
            let named_day = after.starts_with("ngày ") || after.starts_with("Ngày ");
            after = after
                .strip_prefix("ngày ")
                .or_else(|| after.strip_prefix("Ngày "))
                .unwrap_or(after);
            let n: i32 = n_text.parse().unwrap_or(0);
            // "kỷ niệm 95 năm", "95 năm Ngày …": an anniversary, counted from its first year
            let commemorates = named_day
                || (k >= 2
                    && fold_prefix(words[k - 2].text(text), 8) == "ky"
                    && fold_prefix(words[k - 1].text(text), 8) == "niem");
            let head = fold_prefix(after, 60);
            let event = EVENTS.iter().find(|(p, _, _)| head.starts_with(p));
            // four digits only before an event of the table ("1986 năm Khởi nghĩa Hai Bà Trưng")
            if n_text.len() == 4 && event.is_none() {
                continue;
            }
            // the years written with it: "(27/7/1947 - 27/7/2026)", "(1930 - 2026)"
            if let Some((from, to)) = years_in_brackets(after) {
                // "giai đoạn 03 năm (2026 - 2028)" counts the years of a period, both ends
                // included; "95 năm (1930 - 2025)" counts the years since
                let period = k >= 2
                    && matches!(
                        (words[k - 2].text(text), words[k - 1].text(text)),
                        ("giai", "đoạn") | ("Giai", "đoạn") | ("thời", "kỳ") | ("Thời", "kỳ")
                    );
                let right = to - from + i32::from(period);
                // a stretch of years that is no anniversary is counted either way: "02 năm
                // liên tục (2024 - 2025)" of a merit list includes both (held-out batch 66)
                let inclusive = !commemorates && event.is_none() && n == to - from + 1;
                // a count far off is a slip too when the event named says the same first year
                // ("90 năm Ngày truyền thống Mặt trận … (18/11/1930 - 18/11/2025)")
                let confirmed = event.is_some_and(|e| e.1 == from);
                if n != right
                    && !inclusive
                    && right > 0
                    && ((1..=2).contains(&(n - right).abs()) || confirmed)
                {
                    let span = w.span();
                    ctx.emit(
                        span,
                        format!("Từ năm {from} đến năm {to} là {right} năm, không phải {n} năm"),
                        format!("From {from} to {to} is {right} years, not {n}"),
                    )
                    .safe_fix(span, right.to_string());
                }
                continue;
            }
            let Some((_, event_year, name)) = event else {
                continue;
            };
            let right = year - event_year;
            if n != right && right > 0 && !other_years.iter().any(|y| y - event_year == n) {
                let span = w.span();
                ctx.emit(
                    span,
                    format!("Năm {year} là {right} năm ngày {name}, không phải {n} năm"),
                    format!("{year} is {right} years since {name}, not {n}"),
                )
                .safe_fix(span, right.to_string());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    /// Held-out batch 35: a ward's report on 2025 and its tasks for 2026 tells of the 80th
    /// anniversary held in 2025; a count right for either year is right.
    #[test]
    fn a_report_of_one_year_and_plans_for_the_next() {
        let findings = |t: &str| crate::rules::test_support::findings("date/anniversary", t);
        let report = |n: &str| format!("Đông Sơn, ngày 05 tháng 12 năm 2025\nBÁO CÁO\nTình hình thực hiện nhiệm vụ năm 2025;\nmục tiêu, nhiệm vụ và giải pháp chủ yếu năm 2026\n\nCác hoạt động chào mừng kỷ niệm {n} năm Cách mạng tháng Tám được tổ chức sôi nổi.\n");
        assert!(findings(&report("80")).is_empty(), "{:?}", findings(&report("80")));
        assert!(findings(&report("81")).is_empty());
        assert_eq!(findings(&report("79")).len(), 1);
    }

    /// Held-out batch 87: a day of a cause, its years in brackets five off the count.
    #[test]
    fn the_day_of_the_family() {
        let findings = |t: &str| crate::rules::test_support::findings("date/anniversary", t);
        let plan = |n: &str| format!("Phú Lợi, ngày 02 tháng 6 năm 2026\nKẾ HOẠCH\n- Kỷ niệm {n} năm Ngày Gia đình Việt Nam (28/6/2001 - 28/6/2026); tuyên truyền.\n");
        assert_eq!(findings(&plan("20")).len(), 1, "{:?}", findings(&plan("20")));
        assert!(findings(&plan("25")).is_empty(), "{:?}", findings(&plan("25")));
    }

    /// A period's years are counted with both ends ("giai đoạn 03 năm (2026 - 2028)"); the
    /// years since an event are not.
    #[test]
    fn a_period_counts_both_ends() {
        let findings = |t: &str| crate::rules::test_support::findings("date/anniversary", t);
        let head = "Hà Tĩnh, ngày 20 tháng 02 năm 2026\nKẾ HOẠCH\n";
        assert!(findings(&format!(
            "{head}Căn cứ Kế hoạch Tiêm chủng mở rộng giai đoạn 03 năm (2026 - 2028);\n"
        ))
        .is_empty());
        assert_eq!(
            findings(&format!("{head}Kỷ niệm 97 năm (1930 - 2026) ngày thành lập Đảng.\n")).len(),
            1
        );
        // held-out batch 66: a merit list's years in a row, both ends counted
        let merit = |n: &str| findings(&format!("{head}1\tBà Lê Thị Hồng\tHoàn thành xuất sắc nhiệm vụ {n} năm liên tục (2024 - 2025)\n"));
        assert!(merit("02").is_empty(), "{:?}", merit("02"));
        assert!(merit("01").is_empty());
        assert_eq!(merit("03").len(), 1);
        // held-out batch 16: a count five years off, the event and its years written
        let front = "Kỷ niệm {} năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2025).\n";
        assert_eq!(findings(&format!("{head}{}", front.replace("{}", "90"))).len(), 1);
        assert!(findings(&format!("{head}{}", front.replace("{}", "95"))).is_empty());
        // held-out batch 19: a Hội LHPN plan's days, one of them two thousand years back
        let women = "Kỷ niệm {} năm Ngày Quốc tế Phụ nữ và {} năm Khởi nghĩa Hai Bà Trưng.\n";
        let women = |a: &str, b: &str| findings(&format!("{head}{}", women.replacen("{}", a, 1).replacen("{}", b, 1)));
        assert!(women("116", "1986").is_empty());
        assert_eq!(women("116", "1985").len(), 1);
        assert_eq!(women("115", "1986").len(), 1);
        // held-out batch 65: the Đoàn's own short name, ten years off, its years written
        let youth = "nhân kỷ niệm {} năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2026).\n";
        assert_eq!(findings(&format!("{head}{}", youth.replace("{}", "85"))).len(), 1);
        assert!(findings(&format!("{head}{}", youth.replace("{}", "95"))).is_empty());
    }
}
