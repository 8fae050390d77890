use crate::declare_rule;
use crate::document::{Document, Prefix};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports `KT.` (or `K/T`) followed by a deputy's title: `KT. PHÓ CHỦ TỊCH`. `KT.` names
    /// the head the deputy signs for: `KT. CHỦ TỊCH` then `PHÓ CHỦ TỊCH`.
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
    /// TỊCH`.
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
