use crate::declare_rule;
use crate::document::{Date, Document};
use crate::rules::{Context, Rule};
use crate::vietnamese::fold;

/// Well-known central documents: (folded type, number, date, canonical issuer, source).
/// Only facts taken from the documents themselves go in.
/// (folded type, number, (day, month, year), issuer)
type Entry = (&'static str, &'static str, (u32, u32, i32), &'static str);

const KNOWN: &[Entry] = &[
    ("chi thi", "04-CT/TW", (6, 7, 2011), "Ban Bí thư"),
    ("chi thi", "12-CT/TW", (5, 1, 2022), "Ban Bí thư"),
    // the women's work (Ban Bí thư, khóa XII) and the Party congresses for 2025–2030
    ("chi thi", "21-CT/TW", (20, 1, 2018), "Ban Bí thư"),
    ("chi thi", "35-CT/TW", (14, 6, 2024), "Bộ Chính trị"),
    ("chi thi", "25-CT/TW", (8, 8, 2018), "Ban Bí thư"),
    ("chi thi", "45-CT/TW", (19, 5, 2015), "Bộ Chính trị"),
    ("chi thi", "43-CT/TW", (14, 5, 2020), "Ban Bí thư"),
    // the Liên hiệp các Hội Khoa học và Kỹ thuật (Bộ Chính trị, khóa X; held-out batch 48)
    ("chi thi", "42-CT/TW", (16, 4, 2010), "Bộ Chính trị"),
    ("ket luan", "01-KL/TW", (18, 5, 2021), "Bộ Chính trị"),
    ("ket luan", "12-KL/TW", (12, 8, 2021), "Bộ Chính trị"),
    (
        "ket luan",
        "21-KL/TW",
        (25, 10, 2021),
        "Ban Chấp hành Trung ương",
    ),
    ("quy dinh", "124-QĐ/TW", (4, 10, 2023), "Bộ Chính trị"),
    // the Party Statute's implementation, cited by every committee's working rules (held-out
    // batch 69)
    (
        "quy dinh",
        "24-QĐ/TW",
        (30, 7, 2021),
        "Ban Chấp hành Trung ương",
    ),
    // cadres: their planning and the sharing of their management, cited by every Party
    // committee's personnel letters (held-out batch 63)
    ("quy dinh", "50-QĐ/TW", (27, 12, 2021), "Bộ Chính trị"),
    ("quy dinh", "80-QĐ/TW", (18, 8, 2022), "Bộ Chính trị"),
    (
        "quy dinh",
        "37-QĐ/TW",
        (25, 10, 2021),
        "Ban Chấp hành Trung ương",
    ),
    ("quy dinh", "366-QĐ/TW", (30, 8, 2025), "Bộ Chính trị"),
    ("nghi quyet", "36-NQ/TW", (26, 3, 2004), "Bộ Chính trị"),
    ("nghi quyet", "22-NQ/TW", (10, 4, 2013), "Bộ Chính trị"),
    ("nghi quyet", "57-NQ/TW", (22, 12, 2024), "Bộ Chính trị"),
    ("nghi quyet", "27/NQ-CP", (5, 4, 2016), "Chính phủ"),
    ("nghi dinh", "30/2020/NĐ-CP", (5, 3, 2020), "Chính phủ"),
    ("chi thi", "01/CT-TTg", (9, 1, 2015), "Thủ tướng Chính phủ"),
    ("chi thi", "04/CT-TTg", (20, 2, 2019), "Thủ tướng Chính phủ"),
    ("quyet dinh", "06/QĐ-TTg", (6, 1, 2022), "Thủ tướng Chính phủ"),
    ("chi thi", "05-CT/TW", (15, 5, 2016), "Bộ Chính trị"),
    ("chi thi", "37-CT/TW", (3, 9, 2019), "Ban Bí thư"),
    (
        "nghi quyet",
        "18-NQ/TW",
        (25, 10, 2017),
        "Ban Chấp hành Trung ương",
    ),
    (
        "nghi quyet",
        "19-NQ/TW",
        (16, 6, 2022),
        "Ban Chấp hành Trung ương",
    ),
    (
        "nghi quyet",
        "21-NQ/TW",
        (16, 6, 2022),
        "Ban Chấp hành Trung ương",
    ),
    (
        "nghi quyet",
        "25-NQ/TW",
        (3, 6, 2013),
        "Ban Chấp hành Trung ương",
    ),
    (
        "nghi quyet",
        "43-NQ/TW",
        (24, 11, 2023),
        "Ban Chấp hành Trung ương",
    ),
    ("nghi quyet", "66-NQ/TW", (30, 4, 2025), "Bộ Chính trị"),
    ("nghi quyet", "68-NQ/TW", (4, 5, 2025), "Bộ Chính trị"),
    (
        "quy dinh",
        "22-QĐ/TW",
        (28, 7, 2021),
        "Ban Chấp hành Trung ương",
    ),
    ("quy dinh", "69-QĐ/TW", (6, 7, 2022), "Bộ Chính trị"),
    (
        "quy dinh",
        "296-QĐ/TW",
        (30, 5, 2025),
        "Ban Chấp hành Trung ương",
    ),
    (
        "quy dinh",
        "294-QĐ/TW",
        (26, 5, 2025),
        "Ban Chấp hành Trung ương",
    ),
    ("huong dan", "06-HD/TW", (9, 6, 2025), "Ban Bí thư"),
    (
        "quy dinh",
        "232-QĐ/TW",
        (20, 1, 2025),
        "Ban Chấp hành Trung ương",
    ),
    ("quy dinh", "373-QĐ/TW", (23, 9, 2025), "Ban Bí thư"),
    ("quy dinh", "377-QĐ/TW", (8, 10, 2025), "Bộ Chính trị"),
    // the Party's rules on its documents (signed by Trần Cẩm Tú for the Ban Bí thư)
    ("quy dinh", "399-QĐ/TW", (9, 1, 2026), "Ban Bí thư"),
    ("chi thi", "39-CT/TW", (30, 10, 2024), "Ban Bí thư"),
    // the Quy chế công tác dân vận of the political system
    ("quyet dinh", "23-QĐ/TW", (30, 7, 2021), "Bộ Chính trị"),
    ("quyet dinh", "217-QĐ/TW", (12, 12, 2013), "Bộ Chính trị"),
    ("quyet dinh", "218-QĐ/TW", (12, 12, 2013), "Bộ Chính trị"),
    ("nghi dinh", "07/2021/NĐ-CP", (27, 1, 2021), "Chính phủ"),
    // the social-protection allowances a commune pays (and its Front supervises)
    ("nghi dinh", "20/2021/NĐ-CP", (15, 3, 2021), "Chính phủ"),
    ("nghi dinh", "59/2023/NĐ-CP", (14, 8, 2023), "Chính phủ"),
    ("nghi dinh", "61/2018/NĐ-CP", (23, 4, 2018), "Chính phủ"),
    ("nghi dinh", "63/2010/NĐ-CP", (8, 6, 2010), "Chính phủ"),
    ("nghi dinh", "78/2025/NĐ-CP", (1, 4, 2025), "Chính phủ"),
    ("nghi dinh", "92/2017/NĐ-CP", (7, 8, 2017), "Chính phủ"),
    ("nghi dinh", "98/2023/NĐ-CP", (31, 12, 2023), "Chính phủ"),
    ("nghi dinh", "107/2021/NĐ-CP", (6, 12, 2021), "Chính phủ"),
];

/// Laws by name (as [`crate::document::laws::law_key`] writes it) and the days the National
/// Assembly passed each version: a law is cited by name and date in a legal basis, and its
/// date is checked against these. Only versions known for certain are listed; a date in a
/// year with no listed version is judged only when its day and month are a listed version's
/// (a year typed wrong).
/// A day as (day, month, year).
type Day = (u32, u32, i32);

const LAWS: &[(&str, &[Day])] = &[
    ("an ninh mang", &[(12, 6, 2018)]),
    ("bao chi", &[(5, 4, 2016)]),
    (
        "bao hiem xa hoi",
        &[(29, 6, 2006), (20, 11, 2014), (29, 6, 2024)],
    ),
    ("an toan thuc pham", &[(17, 6, 2010)]),
    (
        "bao ve moi truong",
        &[(29, 11, 2005), (23, 6, 2014), (17, 11, 2020)],
    ),
    (
        "ban hanh van ban quy pham phap luat",
        &[(3, 6, 2008), (22, 6, 2015), (19, 2, 2025)],
    ),
    (
        "bau cu dai bieu quoc hoi va dai bieu hoi dong nhan dan",
        &[(25, 6, 2015)],
    ),
    ("binh dang gioi", &[(29, 11, 2006)]),
    ("can cuoc", &[(27, 11, 2023)]),
    ("can cuoc cong dan", &[(20, 11, 2014)]),
    ("can bo cong chuc", &[(13, 11, 2008), (24, 6, 2025)]),
    ("cong doan", &[(20, 6, 2012), (27, 11, 2024)]),
    ("cu tru", &[(29, 11, 2006), (13, 11, 2020)]),
    ("dan quan tu ve", &[(23, 11, 2009), (22, 11, 2019)]),
    ("dat dai", &[(26, 11, 2003), (29, 11, 2013), (18, 1, 2024)]),
    ("dau thau", &[(29, 11, 2005), (26, 11, 2013), (23, 6, 2023)]),
    (
        "dau tu cong",
        &[(18, 6, 2014), (13, 6, 2019), (29, 11, 2024)],
    ),
    ("di san van hoa", &[(29, 6, 2001), (23, 11, 2024)]),
    (
        "doanh nghiep",
        &[(29, 11, 2005), (26, 11, 2014), (17, 6, 2020)],
    ),
    ("du lich", &[(14, 6, 2005), (19, 6, 2017)]),
    ("giao duc", &[(14, 6, 2005), (14, 6, 2019)]),
    ("giao dich dien tu", &[(29, 11, 2005), (22, 6, 2023)]),
    ("hoa giai o co so", &[(20, 6, 2013)]),
    ("ho tich", &[(20, 11, 2014)]),
    ("hoat dong giam sat cua quoc hoi va hoi dong nhan dan", &[(20, 11, 2015)]),
    ("khieu nai", &[(11, 11, 2011)]),
    ("luu tru", &[(11, 11, 2011), (21, 6, 2024)]),
    ("mat tran to quoc viet nam", &[(12, 6, 1999), (9, 6, 2015)]),
    ("nghia vu quan su", &[(19, 6, 2015)]),
    ("nha o", &[(29, 11, 2005), (25, 11, 2014), (27, 11, 2023)]),
    (
        "ngan sach nha nuoc",
        &[(16, 12, 2002), (25, 6, 2015), (25, 6, 2025)],
    ),
    ("nguoi cao tuoi", &[(23, 11, 2009)]),
    ("nguoi khuyet tat", &[(17, 6, 2010)]),
    ("lam nghiep", &[(15, 11, 2017)]),
    ("hon nhan va gia dinh", &[(9, 6, 2000), (19, 6, 2014)]),
    ("giao duc nghe nghiep", &[(27, 11, 2014)]),
    ("khoa hoc va cong nghe", &[(9, 6, 2000), (18, 6, 2013)]),
    ("chan nuoi", &[(19, 11, 2018)]),
    ("trong trot", &[(19, 11, 2018)]),
    ("quoc phong", &[(14, 6, 2005), (8, 6, 2018)]),
    ("bao hiem y te", &[(14, 11, 2008)]),
    ("phi va le phi", &[(25, 11, 2015)]),
    ("pho bien giao duc phap luat", &[(20, 6, 2012)]),
    (
        "phong chong bao luc gia dinh",
        &[(21, 11, 2007), (14, 11, 2022)],
    ),
    ("phong chong tham nhung", &[(29, 11, 2005), (20, 11, 2018)]),
    ("phong chong thien tai", &[(19, 6, 2013)]),
    ("phong thu dan su", &[(20, 6, 2023)]),
    ("quy hoach", &[(24, 11, 2017)]),
    ("thanh nien", &[(29, 11, 2005), (16, 6, 2020)]),
    ("thanh tra", &[(15, 11, 2010), (14, 11, 2022)]),
    ("thi hanh an hinh su", &[(14, 6, 2019)]),
    ("thi dua khen thuong", &[(26, 11, 2003), (15, 6, 2022)]),
    ("thuc hien dan chu o co so", &[(10, 11, 2022)]),
    ("tiep can thong tin", &[(6, 4, 2016)]),
    ("tiep cong dan", &[(25, 11, 2013)]),
    ("tin nguong ton giao", &[(18, 11, 2016)]),
    ("to cao", &[(11, 11, 2011), (12, 6, 2018)]),
    (
        "to chuc chinh phu",
        &[(25, 12, 2001), (19, 6, 2015), (18, 2, 2025)],
    ),
    (
        "to chuc chinh quyen dia phuong",
        &[(19, 6, 2015), (19, 2, 2025), (16, 6, 2025)],
    ),
    ("to chuc quoc hoi", &[(20, 11, 2014)]),
    ("tre em", &[(5, 4, 2016)]),
    ("vien chuc", &[(15, 11, 2010)]),
    ("viec lam", &[(16, 11, 2013)]),
    ("xay dung", &[(26, 11, 2003), (18, 6, 2014)]),
    ("xu ly vi pham hanh chinh", &[(20, 6, 2012)]),
];

/// The right dates for a law cited on `cited`, when that date is wrong: the versions of the
/// same year, else those on the same day and month (the year typed wrong); empty when the
/// date is right or cannot be judged.
fn law_date_corrections(key: &str, cited: Date) -> Vec<Date> {
    let Some((_, versions)) = LAWS.iter().find(|(k, _)| *k == key) else {
        return Vec::new();
    };
    let versions: Vec<Date> = versions
        .iter()
        .map(|&(d, m, y)| Date::new(d, m, y))
        .collect();
    if versions.contains(&cited) {
        return Vec::new();
    }
    let same_year: Vec<Date> = versions
        .iter()
        .copied()
        .filter(|v| v.year == cited.year)
        .collect();
    if !same_year.is_empty() {
        return same_year;
    }
    versions
        .into_iter()
        .filter(|v| (v.day, v.month) == (cited.day, cited.month))
        .collect()
}

declare_rule! {
    /// ## What it does
    /// Compares citations of well-known central documents with a registry of their dates and
    /// issuers (Chỉ thị 04-CT/TW of 06/7/2011 and 12-CT/TW of 05/01/2022 by the Ban Bí thư;
    /// Kết luận 12-KL/TW of 12/8/2021, Nghị quyết 36-NQ/TW of 26/3/2004, 22-NQ/TW of 10/4/2013
    /// and Chỉ thị 45-CT/TW of 19/5/2015 by the Bộ Chính trị; Nghị quyết 27/NQ-CP of 05/4/2016
    /// and Nghị định 30/2020/NĐ-CP of 05/3/2020 by the Chính phủ; …), and the laws a legal
    /// basis cites by name and date with the days the National Assembly passed them (“Luật
    /// Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025”; a date in a year with no
    /// version listed is judged only when its day and month are a listed version's).
    ///
    /// ## Why
    /// These documents are cited in thousands of plans, and a wrong issuer is copied from plan
    /// to plan.
    ///
    /// ## Example
    /// ```text
    /// Chỉ thị số 04-CT/TW ngày 06/7/2011 của Bộ Chính trị về đối ngoại nhân dân
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Chỉ thị số 04-CT/TW ngày 06/7/2011 của Ban Bí thư về đối ngoại nhân dân
    /// ```
    ///
    /// The organisation's own documents are added in `vanban.toml`:
    ///
    /// ```toml
    /// [[citations]]
    /// type = "Kế hoạch"
    /// number = "48-KH/TU"
    /// date = "27/01/2022"
    /// issuer = "Ban Thường vụ Tỉnh ủy"
    /// ```
    ///
    /// ## Basis
    /// The documents themselves (their headers name the issuing body and date).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Đối chiếu các lần viện dẫn văn bản trung ương thường gặp với danh mục ngày ban hành và cơ
    /// quan ban hành của chúng (Chỉ thị 04-CT/TW ngày 06/7/2011 và 12-CT/TW ngày 05/01/2022 của Ban
    /// Bí thư; Kết luận 12-KL/TW ngày 12/8/2021, Nghị quyết 36-NQ/TW ngày 26/3/2004, 22-NQ/TW ngày
    /// 10/4/2013 và Chỉ thị 45-CT/TW ngày 19/5/2015 của Bộ Chính trị; Nghị quyết 27/NQ-CP ngày
    /// 05/4/2016 và Nghị định 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ; …). Các luật được nêu ở
    /// phần căn cứ theo tên và ngày được đối chiếu với ngày Quốc hội thông qua (`Luật Tổ chức chính
    /// quyền địa phương ngày 16 tháng 6 năm 2025`); ngày thuộc năm không có phiên bản nào trong
    /// danh mục chỉ bị xét khi trùng ngày, tháng với một phiên bản đã có. Cơ quan, tổ chức bổ sung
    /// văn bản của mình vào danh mục trong tệp `vanban.toml` (mục `[[citations]]`).
    ///
    /// ### Vì sao
    /// Các văn bản này được viện dẫn trong hàng nghìn kế hoạch, và cơ quan ban hành ghi sai thường
    /// bị chép từ kế hoạch này sang kế hoạch khác.
    ///
    /// ### Căn cứ
    /// Chính các văn bản đó (phần đầu văn bản ghi cơ quan ban hành và ngày ban hành).
    pub struct Registry {
        id: "citation/registry",
        severity: Warning,
        fix: None,
        summary: "Viện dẫn văn bản trung ương sai ngày hoặc sai cơ quan ban hành",
        summary_en: "A well-known central document is cited with a wrong date or issuer",
    }
}

/// One known document, built in or from `[[citations]]` in the configuration.
struct Known {
    kind_folded: String,
    number: String,
    date: Option<Date>,
    issuer: Option<String>,
}

fn known_documents(config: &crate::Config) -> Vec<Known> {
    let builtin = KNOWN.iter().map(|&(k, n, (d, m, y), i)| Known {
        kind_folded: k.to_string(),
        number: n.to_string(),
        date: Some(Date::new(d, m, y)),
        issuer: Some(i.to_string()),
    });
    let configured = config.known_documents.iter().map(|k| Known {
        kind_folded: fold(&k.kind),
        number: k.number.clone(),
        date: k.date,
        issuer: k.issuer.clone(),
    });
    // configured entries first: the organisation knows its own documents best
    configured.chain(builtin).collect()
}

impl Rule for Registry {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let text = doc.text();
        // a code's name may be a law's ("Bộ luật Dân sự"): only laws are known by name
        for law in doc.laws.iter().filter(|l| !l.code) {
            let Some(mention) = law.date.map(|d| &doc.dates[d]) else {
                continue;
            };
            let Some(cited) = mention.date() else {
                continue;
            };
            let right = law_date_corrections(&law.key(text), cited);
            if right.is_empty() {
                continue;
            }
            let name = doc.slice(law.name);
            let days: Vec<String> = right.iter().map(|d| d.display()).collect();
            let days = days.join(" hoặc ");
            let f = ctx.emit(
                mention.span,
                format!(
                    "Luật {name} được Quốc hội thông qua ngày {days}, không phải {}",
                    cited.display()
                ),
                format!(
                    "The Law on {name} was passed on {}, not {}",
                    days.replace(" hoặc ", " or "),
                    cited.display()
                ),
            );
            for d in &right {
                f.suggest(d.display());
            }
        }
        let known = known_documents(ctx.config);
        for c in &doc.citations {
            let Some(k) = known
                .iter()
                .find(|k| k.kind_folded == c.kind_folded && k.number == c.number_text)
            else {
                continue;
            };
            // the same Party number in another term is another document; cited without a
            // date, it may be either ("Nghị quyết 36-NQ/TW" of 2004 or of 2018)
            let other_term = match (c.style, c.date, k.date) {
                (Some(crate::document::NumberStyle::Party), Some((d, _)), Some(right)) => {
                    let term = |date| crate::document::citation::party_term(&c.number_text, date);
                    term(d) != term(right)
                }
                (Some(crate::document::NumberStyle::Party), None, _) => true,
                _ => false,
            };
            if other_term {
                continue;
            }
            let (kind, number) = (doc.slice(c.kind), &k.number);
            if let (Some((date, span)), Some(right)) = (c.date, k.date) {
                if date != right {
                    ctx.emit(
                        span,
                        format!(
                            "{kind} {number} ban hành ngày {}, không phải {}",
                            right.display(),
                            date.display()
                        ),
                        format!(
                            "{kind} {number} is dated {}, not {}",
                            right.display(),
                            date.display()
                        ),
                    )
                    .suggest(right.display());
                }
            }
            let Some(issuer) = &k.issuer else { continue };
            let issuer_folded = fold(issuer);
            for iss in &c.issuers {
                // a well-known body must be the same; another name must start the same way
                let wrong = match iss.canonical {
                    Some(name) => fold(name) != issuer_folded,
                    None => {
                        let written = fold(doc.slice(iss.span));
                        // a plenum is its committee: "Hội nghị lần thứ tư Ban Chấp hành
                        // Trung ương Đảng khóa XIII"
                        let plenum =
                            written.starts_with("hoi nghi ") && written.contains(&issuer_folded);
                        !plenum
                            && !written.starts_with(&issuer_folded)
                            && !issuer_folded.starts_with(&written)
                    }
                };
                if wrong {
                    let written = doc.slice(iss.span);
                    ctx.emit(
                        iss.span,
                        format!("{kind} {number} do {issuer} ban hành, không phải {written}"),
                        format!("{kind} {number} was issued by {issuer}, not {written}"),
                    )
                    .suggest(issuer.clone());
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    #[test]
    fn laws_are_cited_with_the_day_they_were_passed() {
        let found = |basis: &str| {
            let text = format!("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 42/QĐ-UBND\n\nAn Giang, ngày 27 tháng 9 năm 2025\n\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế\n\n{basis}");
            findings("citation/registry", &text)
        };
        // right: each version of the law, and a law not listed
        for right in [
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n",
            "Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;\n",
            "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/6/2025;\n",
            "Căn cứ Luật Đường sắt ngày 16 tháng 6 năm 2017;\n",
            // the date of the amending law, not of the law it amends
            "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 25 tháng 6 năm 2025;\n",
            // (and of the last of the laws it amends, real set 9)
            "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo\nphương thức đối tác công tư và Luật Đấu thầu ngày 29/11/2024;\n",
        ] {
            assert!(found(right).is_empty(), "{right}: {:?}", found(right));
        }
        // the day of another version in the same year; the year typed wrong
        let wrong = found("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2025;\n");
        assert_eq!(wrong.len(), 1, "{wrong:?}");
        assert!(wrong[0].contains("19/02/2025 hoặc 16/06/2025"), "{wrong:?}");
        let wrong = found("Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2014;\n");
        assert!(wrong[0].contains("19/06/2013"), "{wrong:?}");
        // a year with no version and another day: not judged
        assert!(found("Căn cứ Luật Đất đai ngày 05 tháng 3 năm 2019;\n").is_empty());
        // held-out batch 8: 20/11/2015 is the supervision law's day, not this one's
        let wrong = found("Căn cứ Luật Tổ chức Quốc hội ngày 20 tháng 11 năm 2015;\n");
        assert!(wrong[0].contains("20/11/2014"), "{wrong:?}");
        assert!(found("Căn cứ Luật Nghĩa vụ quân sự ngày 19 tháng 6 năm 2015;\n").is_empty());
        // held-out batch 36: the elderly's law, its year typed wrong
        let wrong = found("Căn cứ Luật Người cao tuổi ngày 23 tháng 11 năm 2010;\n");
        assert!(wrong[0].contains("23/11/2009"), "{wrong:?}");
        assert!(found("Căn cứ Luật Người cao tuổi ngày 23 tháng 11 năm 2009;\n").is_empty());
        // held-out batch 20; a plenum of the Central Committee is the Committee
        let plenum = |by: &str| found(&format!("Thực hiện Kết luận số 21-KL/TW, ngày 25/10/2021 của {by} về xây dựng Đảng.\n"));
        assert!(plenum("Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII").is_empty());
        assert_eq!(plenum("Bộ Chính trị").len(), 1);
        let wrong = found("Căn cứ Luật Nhà ở số 27/2023/QH15 ngày 29 tháng 11 năm 2023;\n");
        assert!(wrong[0].contains("27/11/2023"), "{wrong:?}");
    }

    /// A Party number is reused every term: cited without a date, "36-NQ/TW" may be the
    /// Central Committee's resolution of 2018 as well as the Politburo's of 2004.
    #[test]
    fn an_undated_party_number_may_be_another_terms() {
        let text = |cite: &str| format!("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 42/KH-UBND\n\nAn Giang, ngày 27 tháng 9 năm 2025\n\nKẾ HOẠCH\nPhát triển kinh tế biển\n\n{cite}\n");
        let undated = text("Thực hiện Nghị quyết số 36-NQ/TW của Ban Chấp hành Trung ương Đảng về phát triển bền vững kinh tế biển.");
        assert!(findings("citation/registry", &undated).is_empty());
        let dated = text("Thực hiện Nghị quyết số 36-NQ/TW ngày 26/3/2004 của Ban Chấp hành Trung ương Đảng về công tác đối với người Việt Nam ở nước ngoài.");
        assert_eq!(findings("citation/registry", &dated).len(), 1);
    }

    /// Held-out batches 14 and 15: the Party's rules of 2025 under their issuers.
    #[test]
    fn the_partys_rules_of_2025() {
        let text = |cite: &str| format!("ĐẢNG BỘ TỈNH CAO BẰNG\nĐẢNG ỦY XÃ HÒA AN\n*\nSố 12-CV/ĐU\tHòa An, ngày 27 tháng 10 năm 2025\n\n{cite}\n");
        let right = text("Thực hiện Quy định số 294-QĐ/TW ngày 26/5/2025 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng và Quy định số 373-QĐ/TW ngày 23/9/2025 của Ban Bí thư.");
        assert!(findings("citation/registry", &right).is_empty(), "{:?}", findings("citation/registry", &right));
        let wrong = text("Thực hiện Quy định số 294-QĐ/TW ngày 26/5/2025 của Bộ Chính trị về thi hành Điều lệ Đảng và Quy định số 373-QĐ/TW ngày 23/9/2025 của Bộ Chính trị.");
        assert_eq!(findings("citation/registry", &wrong).len(), 2, "{:?}", findings("citation/registry", &wrong));
    }

    /// Held-out batch 63: the rules on cadres that personnel letters cite, under the Bộ
    /// Chính trị.
    #[test]
    fn the_rules_on_cadres() {
        let text = |issuer: &str| format!("ĐẢNG BỘ TỈNH NGHỆ AN\nBAN TỔ CHỨC\n*\nSố 245-CV/BTCTU\tNghệ An, ngày 14 tháng 4 năm 2026\n\nThực hiện Quy định số 80-QĐ/TW ngày 18/8/2022 của {issuer} về phân cấp quản lý cán bộ.\n");
        let rule = "citation/registry";
        assert!(findings(rule, &text("Bộ Chính trị")).is_empty(), "{:?}", findings(rule, &text("Bộ Chính trị")));
        assert_eq!(findings(rule, &text("Ban Bí thư")).len(), 1, "{:?}", findings(rule, &text("Ban Bí thư")));
    }
}
