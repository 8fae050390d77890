use crate::declare_rule;
use crate::document::{Document, Prefix};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports `KT.` (or `K/T`) followed by a deputy's title: `KT. PHÓ CHỦ TỊCH`. `KT.` names
    /// the head the deputy signs for: `KT. CHỦ TỊCH` then `PHÓ CHỦ TỊCH`. Also reports the head
    /// of a unit signing under `KT.` (`KT. CHỦ TỊCH` then `CHÁNH VĂN PHÒNG`): a unit's head
    /// signs by order, `TL. CHỦ TỊCH`.
    ///
    /// ## Why
    /// “Ký thay” means signing in place of the head; the head's title follows the prefix.
    ///
    /// ## Example
    /// ```text
    /// KT. PHÓ CHỦ TỊCH
    /// Nguyễn Văn An
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// KT. CHỦ TỊCH
    /// PHÓ CHỦ TỊCH
    /// Nguyễn Văn An
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Điều 13 khoản 1; Phụ lục I, Phần II, mục 7 điểm a.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo lỗi khi sau `KT.` (hoặc `K/T`) ghi chức vụ của cấp phó: `KT. PHÓ CHỦ TỊCH`. Sau `KT.`
    /// ghi chức vụ của người đứng đầu mà cấp phó ký thay: `KT. CHỦ TỊCH`, dòng dưới ghi `PHÓ CHỦ
    /// TỊCH`. Cũng báo khi người đứng đầu một đơn vị ký dưới `KT.` (`KT. CHỦ TỊCH`, dòng dưới
    /// `CHÁNH VĂN PHÒNG`): người đứng đầu đơn vị ký thừa lệnh, `TL. CHỦ TỊCH`.
    ///
    /// ### Vì sao
    /// “Ký thay” là ký thay người đứng đầu, nên sau chữ viết tắt `KT.` là chức vụ của người đứng
    /// đầu.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Điều 13 khoản 1; Phụ lục I, Phần II, mục 7 điểm a.
    pub struct KtDeputy {
        id: "signature/kt-deputy",
        severity: Error,
        fix: None,
        summary: "“KT.” phải ghi chức vụ của người đứng đầu, không ghi chức vụ cấp phó",
        summary_en: "“KT.” must name the head's title, not the deputy's",
    }
}

impl Rule for KtDeputy {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        for sig in &doc.signatures {
            for a in sig
                .authorities
                .iter()
                .filter(|a| matches!(a.prefix, Prefix::Kt | Prefix::PartyKt))
            {
                let title = doc.slice(a.title);
                // the head of a unit under "KT.": "CHÁNH VĂN PHÒNG", "TRƯỞNG PHÒNG …" sign by
                // order ("TL."), never in the head's place
                if let Some(&below) = sig.titles.iter().find(|&&t| t > a.line) {
                    let unit_head = doc.content(below);
                    let f = crate::vietnamese::fold::fold_prefix(unit_head, 16);
                    if crate::vietnamese::is_upper(unit_head)
                        && (f.starts_with("chanh van phong") || f.starts_with("truong phong"))
                    {
                        let by_order = if a.prefix.is_party() { "T/L" } else { "TL." };
                        ctx.emit(
                            a.prefix_span,
                            format!("“{unit_head}” ký thừa lệnh (“{by_order} {title}”), không ký thay (“KT.” là của cấp phó)"),
                            format!("“{unit_head}” signs by order (“{by_order} {title}”), not in the head's place (“KT.” is a deputy's)"),
                        );
                    }
                }
                let Some(head_folded) = super::titles::deputy_of(title) else {
                    continue;
                };
                let head = if head_folded == "bo truong" {
                    "BỘ TRƯỞNG"
                } else {
                    title.split_once(' ').map(|x| x.1).unwrap_or(title)
                };
                ctx.emit(
                a.title,
                format!("“{} {title}”: sau “KT.” ghi chức vụ người đứng đầu (“KT. {head}”), dòng dưới ghi “{title}”", a.prefix.as_str()),
                format!("“{} {title}”: “KT.” names the head (“KT. {head}”), with “{title}” on the next line", a.prefix.as_str()),
            )
            .suggest(format!("{head}\n{title}"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// Held-out batch 14: the office's chief signs for the chairman by order.
    #[test]
    fn a_units_head_under_kt() {
        let text = |prefix: &str| format!("UBND XÃ KIM PHÚ\nVĂN PHÒNG HĐND VÀ UBND\nSố: 52/TB-VP\nKim Phú, ngày 05 tháng 12 năm 2025\n\nTHÔNG BÁO\nKết luận\n\nNội dung./.\n\nNơi nhận:\t{prefix} CHỦ TỊCH\n- Lưu: VT.\tCHÁNH VĂN PHÒNG\n\n\tNguyễn Văn An\n");
        let rule = "signature/kt-deputy";
        assert_eq!(findings(rule, &text("KT.")).len(), 1, "{:?}", findings(rule, &text("KT.")));
        assert!(findings(rule, &text("TL.")).is_empty());
        let deputy = "Nội dung./.\n\nNơi nhận:\tKT. CHỦ TỊCH\n- Lưu: VT.\tPHÓ CHỦ TỊCH\n\n\tNguyễn Văn An\n";
        assert!(findings(rule, deputy).is_empty());
    }

    /// Held-out batch 15: a Chi cục's deputy head under "KT." names the head's title.
    #[test]
    fn a_sub_department_deputy_under_kt() {
        let plan = |prefix: &str| format!("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCHI CỤC KIỂM LÂM\nSố: 05/KH-CCKL\nLâm Đồng, ngày 08 tháng 01 năm 2026\n\nKẾ HOẠCH\nPhòng cháy rừng\n\nNội dung./.\n\nNơi nhận:\n- Lưu: VT.\n{prefix}\nPHÓ CHI CỤC TRƯỞNG\n\nPhạm Văn Thịnh\n");
        let rule = "signature/kt-deputy";
        assert_eq!(findings(rule, &plan("KT. PHÓ CHI CỤC TRƯỞNG")).len(), 1);
        assert!(findings(rule, &plan("KT. CHI CỤC TRƯỞNG")).is_empty());
        // a health station's deputy (held-out batch 37)
        let station = plan("KT. PHÓ TRẠM TRƯỞNG")
            .replace("CHI CỤC KIỂM LÂM", "TRẠM Y TẾ PHƯỜNG AN KHÊ")
            .replace("PHÓ CHI CỤC TRƯỞNG\n", "");
        assert_eq!(findings(rule, &station).len(), 1, "{:?}", findings(rule, &station));
        let right = station.replace("KT. PHÓ TRẠM TRƯỞNG", "KT. TRẠM TRƯỞNG\nPHÓ TRẠM TRƯỞNG");
        assert!(findings(rule, &right).is_empty(), "{:?}", findings(rule, &right));
        // a border post's (held-out batch 43)
        let post = station.replace("TRẠM Y TẾ PHƯỜNG AN KHÊ", "ĐỒN BIÊN PHÒNG CHI MA").replace("TRẠM TRƯỞNG", "ĐỒN TRƯỞNG");
        assert_eq!(findings(rule, &post).len(), 1, "{:?}", findings(rule, &post));
        // a newspaper's deputy editor-in-chief (held-out batch 85)
        let paper = station.replace("TRẠM Y TẾ PHƯỜNG AN KHÊ", "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH").replace("TRẠM TRƯỞNG", "TỔNG BIÊN TẬP");
        assert_eq!(findings(rule, &paper).len(), 1, "{:?}", findings(rule, &paper));
    }

    /// "KT. TRƯỞNG TRẠM" over "PHÓ TRẠM TRƯỞNG": one head, its words either way round.
    #[test]
    fn a_station_head_named_either_way_round() {
        let text = "Nội dung./.\n\nNơi nhận:\tKT. TRƯỞNG TRẠM\n- Lưu: VT.\tPHÓ TRẠM TRƯỞNG\n\n\tNguyễn Văn An\n";
        assert!(findings("signature/authority-title", text).is_empty(), "{:?}", findings("signature/authority-title", text));
    }
}
