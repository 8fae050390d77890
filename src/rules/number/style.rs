use crate::config::Profile;
use crate::declare_rule;
use crate::document::{Document, NumberStyle, OrgTitle};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a number written in the other system's style: a Party-style number
    /// (`45-KH/TU`: hyphen then slash) in a state or MTTQ document, or a state-style number
    /// (`45/KH-TU`) in a Party document, or in a Hội Nông dân or Đoàn document under its own
    /// title (`HỘI NÔNG DÂN VIỆT NAM`, `ĐOÀN TNCS HỒ CHÍ MINH`: the Party-like layout, numbered
    /// `07-KH/HND`, `15-KH/TĐTN-VP`).
    ///
    /// ## Why
    /// The two systems put the separators in opposite places; mixing them makes the symbol
    /// ambiguous.
    ///
    /// ## Example
    /// ```text
    /// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    /// Số: 15-KH/UBND
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    /// Số: 15/KH-UBND
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 3; Hướng dẫn 36-HD/VPTW.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo lỗi khi số, ký hiệu viết theo kiểu của hệ thống kia: kiểu của Đảng (`45-KH/TU`: gạch nối
    /// rồi gạch chéo) trong văn bản có Quốc hiệu theo thể thức nhà nước (cơ quan nhà nước, Mặt trận
    /// Tổ quốc, Công đoàn, Hội LHPN, Hội CCB), hoặc kiểu nhà nước (`45/KH-TU`) trong văn bản của
    /// Đảng, hay của Hội Nông dân, của Đoàn dưới tiêu đề riêng (`HỘI NÔNG DÂN VIỆT NAM`, `ĐOÀN
    /// TNCS HỒ CHÍ MINH`: thể thức như của Đảng, số `07-KH/HND`, `15-KH/TĐTN-VP`).
    ///
    /// ### Vì sao
    /// Hai hệ thống đặt dấu phân cách ở vị trí ngược nhau; viết lẫn hai kiểu làm ký hiệu trở nên
    /// mập mờ.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 3; Hướng dẫn 36-HD/VPTW.
    pub struct Style {
        id: "number/style",
        severity: Error,
        fix: None,
        summary: "Số, ký hiệu viết theo kiểu của hệ thống khác (Nhà nước / Đảng)",
        summary_en: "The number follows the other system's style (state / Party)",
    }
}

impl Rule for Style {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(n) = &doc.header.number else { return };
        match (doc.profile, n.style) {
            // the Hội Cựu chiến binh and the Hội Liên hiệp Phụ nữ number either way under the
            // national title: neither form is known to be wrong there (the Công đoàn follows
            // the state's)
            (p, Some(NumberStyle::Party))
                if p.is_state()
                    && doc.header.national_title.is_some()
                    && !(p == Profile::Mass && numbers_either_way(doc)) =>
            {
                ctx.emit(
                    n.token,
                    "Văn bản hành chính ghi số theo dạng “15/KH-UBND” (gạch chéo sau số), không theo dạng của Đảng “15-KH/…”",
                    "State documents write “15/KH-UBND” (slash after the number), not the Party form “15-KH/…”",
                );
            }
            (Profile::Party, Some(NumberStyle::State)) => {
                ctx.emit(
                    n.token,
                    "Văn bản của Đảng ghi số theo dạng “45-KH/TU” (gạch nối sau số, gạch chéo trước cơ quan)",
                    "Party documents write “45-KH/TU” (hyphen after the number, slash before the issuer)",
                );
            }
            // the Hội Nông dân's and the Đoàn's own layout, under their own title, numbers
            // as the Party does (every one of the corpus's 40 such documents; held-out batch 72)
            (Profile::Farmers | Profile::Youth, Some(NumberStyle::State))
                if matches!(
                    doc.header.org_title,
                    Some((_, OrgTitle::Farmers | OrgTitle::Youth))
                ) =>
            {
                ctx.emit(
                    n.token,
                    "Văn bản dưới tiêu đề riêng của tổ chức (thể thức như của Đảng) ghi số theo dạng “07-KH/HND” (gạch nối sau số, gạch chéo trước cơ quan)",
                    "Under the organisation's own title (the Party-like layout) the number is written “07-KH/HND” (hyphen after the number, slash before the issuer)",
                );
            }
            _ => {}
        }
    }
}

/// Whether the issuer is a veterans' or women's association, which number either way.
fn numbers_either_way(doc: &Document) -> bool {
    let issuer = doc
        .header
        .issuing_body
        .iter()
        .map(|&l| crate::vietnamese::fold(doc.content(l)))
        .collect::<Vec<_>>()
        .join(" ");
    ["cuu chien binh", "ccb", "phu nu", "lhpn"]
        .iter()
        .any(|k| issuer.contains(k))
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// A veterans' association numbers either way under the national title (held-out batch
    /// 12); the Công đoàn follows the state's form, and a Party-style number there is reported.
    #[test]
    fn associations_that_number_either_way() {
        let doc = |issuer: &str, number: &str| {
            format!("{issuer}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n*\tĐộc lập - Tự do - Hạnh phúc\nSố {number}\tCam Lộ, ngày 06 tháng 02 năm 2026\n\nKẾ HOẠCH\nThi đua năm 2026\n")
        };
        let rule = "number/style";
        assert!(findings(rule, &doc("HỘI CCB XÃ CAM LỘ", "08-KH/CCB")).is_empty());
        let union = findings(rule, &doc("LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG TRỊ", "08-KH/LĐLĐ"));
        assert_eq!(union.len(), 1, "{union:?}");
    }

    /// Held-out batch 72: under the Hội Nông dân's own title the number is Party-style; under
    /// the national title either is taken.
    #[test]
    fn the_farmers_own_layout_numbers_as_the_party() {
        let doc = |title: &str, number: &str| {
            format!("HỘI NÔNG DÂN TỈNH ĐỒNG NAI\nBCH HỘI NÔNG DÂN XÃ TÂN PHÚ\nSố {number}\n{title}\nTân Phú, ngày 10 tháng 02 năm 2026\n\nKẾ HOẠCH\nPhát triển kinh tế tập thể năm 2026\n")
        };
        let rule = "number/style";
        let own = "HỘI NÔNG DÂN VIỆT NAM";
        assert_eq!(findings(rule, &doc(own, "07/KH-HND")).len(), 1);
        assert!(findings(rule, &doc(own, "07-KH/HND")).is_empty());
        let national = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc";
        assert!(findings(rule, &doc(national, "07/KH-HND")).is_empty());
    }
}
