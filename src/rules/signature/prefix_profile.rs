use crate::declare_rule;
use crate::document::Document;
use crate::profile::Prefixes;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a signing prefix of the other system: `T/M`, `K/T`, `T/L` (Party, with a slash)
    /// in a state or MTTQ document, or `TM.`, `KT.`, `TL.` in a Party document.
    ///
    /// ## Why
    /// The decree writes the prefixes with a full stop and no slash; the Party's rules with a
    /// slash.
    ///
    /// ## Example
    /// ```text
    /// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    /// Nơi nhận:
    /// - Lưu: VT.
    /// K/T CHỦ TỊCH
    /// PHÓ CHỦ TỊCH
    /// Nguyễn Văn An
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    /// Nơi nhận:
    /// - Lưu: VT.
    /// KT. CHỦ TỊCH
    /// PHÓ CHỦ TỊCH
    /// Nguyễn Văn An
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Điều 13; Phụ lục I, Phần II, mục 7. Party: Quy định 66-QĐ/TW,
    /// Hướng dẫn 36-HD/VPTW.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo lỗi khi chữ viết tắt quyền hạn ký thuộc hệ thống khác: `T/M`, `K/T`, `T/L` (kiểu của
    /// Đảng, có dấu gạch chéo) trong văn bản hành chính nhà nước, văn bản của Mặt trận Tổ quốc,
    /// Đoàn Thanh niên hoặc các tổ chức chính trị - xã hội; hoặc `TM.`, `KT.`, `TL.` trong văn bản
    /// của Đảng. Văn bản của Hội Nông dân dùng được cả hai kiểu nên không kiểm tra. Có sửa tự động
    /// an toàn.
    ///
    /// ### Vì sao
    /// Nghị định 30 viết chữ viết tắt quyền hạn ký có dấu chấm, không có dấu gạch chéo; các quy
    /// định của Đảng viết có dấu gạch chéo.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Điều 13; Phụ lục I, Phần II, mục 7. Văn bản của Đảng: Quy định
    /// 66-QĐ/TW, Hướng dẫn 36-HD/VPTW.
    pub struct PrefixProfile {
        id: "signature/prefix-profile",
        severity: Error,
        fix: Safe,
        summary: "Chữ viết tắt quyền hạn ký không đúng hệ thống (TM./KT. hay T/M, K/T)",
        summary_en: "The signing prefix belongs to the other system (TM./KT. vs T/M, K/T)",
    }
}

/// Whether an authority's body is a Party committee or cell ("ĐẢNG ỦY", "CHI BỘ", "BAN
/// THƯỜNG VỤ TỈNH ỦY"), which signs with "T/M" whoever leads the joint text.
fn names_party_committee(title: &str) -> bool {
    let f = crate::vietnamese::fold(title);
    crate::document::issuer::PARTY_COMMITTEE_WORDS
        .iter()
        .any(|w| f.contains(w))
}

impl Rule for PrefixProfile {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let conventions = doc.conventions();
        let primary = crate::document::closing::primary(&doc.signatures);
        for sig in &doc.signatures {
            // a joint text's other signers write their own body's system: "TM. ỦY BAN NHÂN
            // DÂN" under a Party committee's "T/M ĐẢNG ỦY" is right; a Party committee's block
            // takes "T/M" whatever the lead issuer
            let other_signer = !primary.is_some_and(|p| std::ptr::eq(p, sig));
            for a in &sig.authorities {
                let prefixes = if other_signer {
                    if names_party_committee(doc.slice(a.title)) {
                        Prefixes::Party
                    } else if conventions.prefixes == Prefixes::State {
                        Prefixes::State
                    } else {
                        Prefixes::Either
                    }
                } else {
                    conventions.prefixes
                };
                let wrong = match prefixes {
                    Prefixes::Party => !a.prefix.is_party() && a.prefix.counterpart().is_some(),
                    Prefixes::State => a.prefix.is_party(),
                    Prefixes::Either => false,
                };
                if !wrong {
                    continue;
                }
                let right = a.prefix.counterpart().unwrap().as_str();
                ctx.emit(
                    a.prefix_span,
                    format!(
                        "“{}” không đúng với {}; viết “{right}”",
                        a.prefix.as_str(),
                        conventions.name_vi
                    ),
                    format!(
                        "“{}” does not fit {}; write “{right}”",
                        a.prefix.as_str(),
                        conventions.name_en
                    ),
                )
                .safe_fix(a.prefix_span, right);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// Held-out batch 62: every signer of a joint text stacked one under another is judged,
    /// not only the first.
    #[test]
    fn each_of_joint_signers_one_under_another() {
        let programme = |last: &str| format!("ỦY BAN NHÂN DÂN PHƯỜNG NINH KIỀU\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM PHƯỜNG NINH KIỀU\tĐộc lập - Tự do - Hạnh phúc\nSố: 03/CTr-UBND-MTTQ\tNinh Kiều, ngày 03 tháng 11 năm 2025\n\nCHƯƠNG TRÌNH PHỐI HỢP\nTổ chức tiếp xúc cử tri\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm dân chủ./.\n\nNơi nhận:\n- Đảng ủy phường;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Minh Hải\n{last} BAN THƯỜNG TRỰC\nCHỦ TỊCH\nNguyễn Thị Ngọc Lan\n");
        let rule = "signature/prefix-profile";
        let got = findings(rule, &programme("T/M"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].starts_with("17:1 "), "{got:?}");
        assert!(findings(rule, &programme("TM.")).is_empty());
        // a Party committee's text signed with a committee under it: each its own system
        let party = "ĐẢNG BỘ XÃ HÒA AN\tĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ HÒA AN\n*\nSố 05-KH/ĐU\tHòa An, ngày 03 tháng 11 năm 2025\n\nKẾ HOẠCH\nPhối hợp tuyên truyền\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm dân chủ.\n\nNơi nhận:\n- Các chi bộ,\n- Lưu Văn phòng Đảng ủy.\nT/M ĐẢNG ỦY\nBÍ THƯ\nLê Văn Phước\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Minh Hải\n";
        assert!(findings(rule, party).is_empty(), "{:?}", findings(rule, party));
        let wrong = party.replace("T/M ĐẢNG ỦY", "TM. ĐẢNG ỦY");
        assert_eq!(findings(rule, &wrong).len(), 1, "{:?}", findings(rule, &wrong));
    }
}
