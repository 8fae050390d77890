use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports an academic or honorary title before the signer's name (`TS. Nguyễn Văn An`) in
    /// a state document. Where a school, university, academy, hospital, health station or
    /// institute issues the text it is only said, as info with an unsafe fix: the decree lets
    /// the heads of the education, health and science sectors allow academic titles there.
    ///
    /// ## Why
    /// The decree prints the name without academic titles, ranks or honours (sectors with their
    /// own rules may differ, hence a warning).
    ///
    /// ## Example
    /// ```text
    /// KT. CHỦ TỊCH
    /// PHÓ CHỦ TỊCH
    /// TS. Nguyễn Văn An
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
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 7 điểm c: “Việc ghi thêm quân hàm, học
    /// hàm, học vị trước họ tên người ký đối với văn bản của … các tổ chức sự nghiệp giáo dục, y
    /// tế, khoa học do người đứng đầu cơ quan quản lý ngành, lĩnh vực quy định.”
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Cảnh báo khi trước họ tên người ký có ghi học hàm, học vị hoặc danh hiệu (`TS. Nguyễn Văn
    /// An`) trong văn bản theo thể thức Nghị định 30/2020/NĐ-CP (văn bản hành chính nhà nước, văn
    /// bản của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội). Văn bản của Đảng, Đoàn Thanh
    /// niên, Hội Nông dân không kiểm tra; với văn bản của trường học, đại học, học viện, bệnh
    /// viện, trạm y tế, viện nghiên cứu chỉ nêu ở mức gợi ý, sửa không an toàn (tổ chức sự nghiệp
    /// giáo dục, y tế, khoa học, nơi người đứng đầu ngành có thể cho ghi học hàm, học vị). Có sửa
    /// tự động an toàn (ở các đơn vị sự nghiệp ấy, sửa cần người xem lại): bỏ phần ghi trước họ
    /// tên.
    ///
    /// ### Vì sao
    /// Nghị định quy định trước họ tên người ký không ghi học hàm, học vị, cấp bậc hay danh hiệu.
    /// Một số ngành có quy định riêng (lực lượng vũ trang, y tế, giáo dục) nên quy tắc chỉ ở mức
    /// cảnh báo.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 7 điểm c: “Việc ghi thêm quân hàm, học
    /// hàm, học vị trước họ tên người ký đối với văn bản của … các tổ chức sự nghiệp giáo dục, y
    /// tế, khoa học do người đứng đầu cơ quan quản lý ngành, lĩnh vực quy định.”
    pub struct AcademicTitle {
        id: "signature/academic-title",
        severity: Warning,
        fix: Safe,
        summary: "Không ghi học hàm, học vị trước họ tên người ký",
        summary_en: "No academic title before the signer's name",
    }
}

/// The first words (folded) of the education, health and science service units whose sector
/// may allow academic titles before the signer's name.
const SERVICE_UNITS: crate::packed::Words = crate::packed::words![
    "truong ",
    "dai hoc ",
    "hoc vien ",
    "benh vien ",
    "trung tam y te",
    "tram y te",
    "vien ",
];

/// Whether the issuer (the header's last issuing line) is such a unit: "TRƯỜNG ĐẠI HỌC HỒNG
/// ĐỨC", "BỆNH VIỆN ĐA KHOA TỈNH", "VIỆN KHOA HỌC …".
fn issued_by_a_service_unit(doc: &Document) -> bool {
    doc.header.issuing_body.last().is_some_and(|&l| {
        let issuer = crate::vietnamese::fold::fold_prefix(doc.content(l), 16);
        SERVICE_UNITS.iter().any(|u| issuer.starts_with(u)) && !issuer.starts_with("vien kiem sat")
    })
}

impl Rule for AcademicTitle {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        if !doc.profile.is_state() {
            return;
        }
        // an education, health or science unit may write them where its sector's head allows
        // (Nghị định 30, Phụ lục I): said as info there, never charged
        let service_unit = issued_by_a_service_unit(doc);
        for sig in &doc.signatures {
            // each signer on its own (a biên bản's second signer too)
            let Some((_, span)) = sig.name else { continue };
            let text = doc.slice(span);
            let Some(first) = text.split_whitespace().next().filter(|w| w.ends_with('.')) else {
                continue;
            };
            let cut = text.find(first).unwrap_or(0) + first.len();
            let rest = text[cut..].trim_start();
            let title_span = Span::new(span.start, span.end - rest.len());
            if service_unit {
                ctx.emit(
                    title_span,
                    format!("Chỉ ghi “{first}” trước họ tên người ký khi người đứng đầu ngành cho phép"),
                    format!("Write “{first}” before the signer's name only where the sector's head allows it"),
                )
                .tentative()
                .unsafe_fix(title_span, "");
                continue;
            }
            ctx.emit(
                title_span,
                format!("Không ghi “{first}” trước họ tên người ký"),
                format!("Do not write “{first}” before the signer's name"),
            )
            .safe_fix(title_span, "");
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{findings, graded};

    /// A hospital director's decision (held-out batch 10's notes): the health sector may allow
    /// "BSCKII." before the name; a People's Committee's text may not.
    #[test]
    fn service_units_of_health_and_education_may_write_titles() {
        let text = |issuer: &str| {
            format!("{issuer}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\nSố: 12/QĐ-BV\tLạng Sơn, ngày 08 tháng 01 năm 2026\n\nQUYẾT ĐỊNH\nVề việc kiện toàn Hội đồng\n\nQUYẾT ĐỊNH:\nĐiều 1. Kiện toàn Hội đồng./.\n\nNơi nhận:\n- Như Điều 1;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nBSCKII. Hoàng Văn Bình\n")
        };
        let rule = "signature/academic-title";
        // said as info, with an unsafe fix: the sector's head may allow it
        for issuer in [
            "SỞ Y TẾ LẠNG SƠN\nBỆNH VIỆN ĐA KHOA TỈNH",
            "UBND TỈNH THANH HÓA\nTRƯỜNG ĐẠI HỌC HỒNG ĐỨC",
        ] {
            assert_eq!(graded(rule, &text(issuer)), vec![(crate::Severity::Info, Some(crate::Applicability::Unsafe))], "{issuer}");
        }
        assert_eq!(findings(rule, &text("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN")).len(), 1);
        assert_eq!(findings(rule, &text("VIỆN KIỂM SÁT NHÂN DÂN\nKHU VỰC 6")).len(), 1);
    }
}
