use crate::declare_rule;
use crate::document::types::by_code;
use crate::document::{Document, NumberStyle, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Checks the structure of the symbol after the number: the type code first, then the
    /// issuer's code, with the separators of the document's system — state `15/QĐ-UBND`
    /// (`/` after the number, `-` between codes; a legal document `15/2025/NQ-HĐND`), Party
    /// `45-KH/TU` (`-` after the number, `/` before the issuer). Reports a separator of the
    /// other kind (`18/BC/MTTQ-BTT`, `08-NQ-ĐU`), a missing issuer code (`3185/QĐ`), a type
    /// code glued to the issuer's (`15/HDSNV`), codes in the wrong order (`05/BCĐ-TB`) and
    /// the People's Committee's code on its Council's text or the reverse (`52/NQ-UBND` under
    /// "HỘI ĐỒNG NHÂN DÂN", copied from the Committee's Tờ trình).
    ///
    /// ## Why
    /// The symbol identifies the document in every register: its parts and separators are
    /// fixed by the regulation.
    ///
    /// ## Example
    /// ```text
    /// ỦY BAN NHÂN DÂN
    /// PHƯỜNG AN HÒA
    /// Số: 112/GM/UBND
    /// GIẤY MỜI
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// ỦY BAN NHÂN DÂN
    /// PHƯỜNG AN HÒA
    /// Số: 112/GM-UBND
    /// GIẤY MỜI
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 3 (“giữa số và ký hiệu có dấu gạch
    /// chéo (/), giữa các nhóm chữ viết tắt ký hiệu có dấu gạch nối (-)”); Hướng dẫn
    /// 36-HD/VPTW (`45-KH/TU`).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Kiểm tra cấu trúc ký hiệu sau số: chữ viết tắt tên loại văn bản đứng trước, chữ viết tắt tên
    /// cơ quan ban hành đứng sau, với dấu phân cách theo hệ thống của văn bản: nhà nước
    /// `15/QĐ-UBND` (`/` sau số, `-` giữa các nhóm chữ; văn bản quy phạm pháp luật
    /// `15/2025/NQ-HĐND`), Đảng `45-KH/TU` (`-` sau số, `/` trước chữ viết tắt tên cơ quan). Báo
    /// các trường hợp: dấu phân cách sai loại (`18/BC/MTTQ-BTT`, `08-NQ-ĐU`), thiếu chữ viết tắt
    /// tên cơ quan ban hành khi văn bản có tên loại (`3185/QĐ`), chữ viết tắt tên loại viết dính
    /// liền với tên cơ quan (`15/HDSNV`), các nhóm chữ đặt sai thứ tự (`05/BCĐ-TB`) và ký hiệu của
    /// Ủy ban nhân dân trên văn bản của Hội đồng nhân dân hoặc ngược lại (`52/NQ-UBND` dưới “HỘI
    /// ĐỒNG NHÂN DÂN”, chép từ tờ trình của Ủy ban). Số viết theo
    /// kiểu của hệ thống kia do quy tắc `number/style` báo.
    ///
    /// ### Vì sao
    /// Ký hiệu là căn cứ nhận biết văn bản trong mọi sổ sách: các thành phần và dấu phân cách của
    /// ký hiệu đã được quy định cố định.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 3 (“giữa số và ký hiệu có dấu gạch chéo
    /// (/), giữa các nhóm chữ viết tắt ký hiệu có dấu gạch nối (-)”); Hướng dẫn 36-HD/VPTW
    /// (`45-KH/TU`).
    pub struct SymbolForm {
        id: "number/symbol-form",
        severity: Error,
        fix: Safe,
        summary: "Ký hiệu văn bản sai cấu trúc (dấu phân cách, thiếu hoặc đảo nhóm chữ viết tắt)",
        summary_en: "The symbol's structure is wrong (separators, missing or swapped codes)",
    }
}

impl Rule for SymbolForm {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(n) = &doc.header.number else { return };
        let conventions = doc.conventions();
        // the other system's style is number/style's
        if n.style != Some(conventions.number_style) || n.empty_group.is_some() {
            return;
        }
        let party = conventions.number_style == NumberStyle::Party;
        let type_name = doc.header.type_name.map(|t| t.doc_type);
        let expected_code = type_name.and_then(|t| if party { t.party_code } else { t.state_code });
        let symbol = n.symbol();
        // separators: state "/" after the number (and the year), "-" after that; Party "-"
        // after the number, "/" before the issuer, "-" after that
        let skip_year = usize::from(n.year().is_some());
        for (k, &(sep, span)) in n.separators.iter().enumerate().skip(1 + skip_year) {
            let want = if party && k == 1 { '/' } else { '-' };
            let sep = if sep == '–' { '-' } else { sep };
            if sep != want {
                ctx.emit(
                    span,
                    format!(
                        "Giữa các nhóm chữ viết tắt của ký hiệu dùng “{want}”, không dùng “{sep}”"
                    ),
                    format!("Use “{want}” between the groups of the symbol, not “{sep}”"),
                )
                .safe_fix(span, want.to_string());
                return;
            }
        }
        let Some(first) = symbol.first() else { return };
        let first_is_type = by_code(&first.text, party).is_some();
        // a type code glued to the issuer's: "HDSNV" for "HD-SNV"
        if let Some(code) = expected_code {
            if symbol.len() == 1 && first.text.len() > code.len() + 1 {
                if let Some(rest) = first.text.strip_prefix(code) {
                    if rest.chars().all(crate::vietnamese::case::is_upper_letter) {
                        let split = format!("{code}-{rest}");
                        ctx.emit(
                            first.span,
                            format!("Thiếu dấu “-” giữa ký hiệu loại và cơ quan: “{split}”"),
                            format!("A “-” is missing between the type code and the issuer's: “{split}”"),
                        )
                        .safe_fix(first.span, split);
                        return;
                    }
                }
            }
            // the type code after the issuer's: "05/BCĐ-TB"
            if !first_is_type {
                if let Some(at) = symbol.iter().skip(1).position(|g| g.text == code) {
                    let g = &symbol[at + 1];
                    let span = Span::new(first.span.start, g.span.end);
                    let swapped = format!("{code}-{}", first.text);
                    let f = ctx.emit(
                        span,
                        format!(
                            "Ký hiệu loại “{code}” phải đứng trước ký hiệu cơ quan: “{swapped}”"
                        ),
                        format!("The type code “{code}” comes before the issuer's: “{swapped}”"),
                    );
                    if symbol.len() == 2 {
                        f.unsafe_fix(span, swapped);
                    }
                    return;
                }
            }
        }
        // the People's Committee's code on its Council's text, or the reverse: the symbol
        // copied from the other body's draft ("52/NQ-UBND" on the HĐND's resolution)
        let issuer_code = if first_is_type { symbol.get(1) } else { Some(first) };
        if let Some(g) = issuer_code {
            if let Some(right) = other_council_code(doc, &g.text) {
                ctx.emit(
                    g.span,
                    format!("Văn bản do {} ban hành, ký hiệu cơ quan là “{right}”, không phải “{}”", council_name(right, true), g.text),
                    format!("The text is issued by the {}: its code is “{right}”, not “{}”", council_name(right, false), g.text),
                )
                .unsafe_fix(g.span, right);
                return;
            }
        }
        // a type code with no issuer's code after it
        if first_is_type && symbol.len() == 1 && type_name.is_some() {
            let at = Span::empty(first.span.end);
            ctx.emit(
                at,
                format!(
                    "Ký hiệu “{}” thiếu chữ viết tắt tên cơ quan ban hành",
                    doc.slice(n.token)
                ),
                format!(
                    "The symbol “{}” lacks the issuer's code",
                    doc.slice(n.token)
                ),
            );
        }
    }
}

/// The right code when `code` is the People's Committee's ("UBND") on a text the People's
/// Council issues, or the Council's ("HĐND") on the Committee's: the header's issuing body
/// names one of the two and not the other.
fn other_council_code(doc: &Document, code: &str) -> Option<&'static str> {
    let body: Vec<String> = doc
        .header
        .issuing_body
        .iter()
        .map(|&l| crate::vietnamese::fold::fold(doc.content(l).split('\t').next().unwrap_or("")))
        .collect();
    let names = |a: &str, b: &str| body.iter().any(|l| l.contains(a) || l.split(' ').any(|w| w == b));
    let council = names("hoi dong nhan dan", "hdnd");
    let committee = names("uy ban nhan dan", "ubnd");
    match code {
        "UBND" if council && !committee => Some("HĐND"),
        // the Committee itself, not one of its departments under it ("UBND TỈNH" / "SỞ Y TẾ")
        "HĐND" if committee && !council && body.len() <= 2 && body.iter().skip(1).all(|l| {
            ["xa ", "phuong ", "tinh ", "thanh pho ", "dac khu "].iter().any(|p| l.starts_with(p))
        }) => Some("UBND"),
        _ => None,
    }
}

fn council_name(code: &str, vi: bool) -> &'static str {
    match (code, vi) {
        ("HĐND", true) => "Hội đồng nhân dân",
        ("HĐND", false) => "People's Council",
        (_, true) => "Ủy ban nhân dân",
        (_, false) => "People's Committee",
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// A regression from a commune council's budget resolution (held-out batch 9): the
    /// Committee's code copied onto the Council's resolution; the Committee's own numbers,
    /// and a Sở's under its province's Committee, are right.
    #[test]
    fn the_council_and_the_committee_keep_their_codes() {
        let rule = "number/symbol-form";
        let resolution = "HỘI ĐỒNG NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ TRIỆU LỘC\tĐộc lập - Tự do - Hạnh phúc\nSố: 52/NQ-UBND\tTriệu Lộc, ngày 19 tháng 12 năm 2025\n\nNGHỊ QUYẾT\nVề dự toán ngân sách xã năm 2026\n";
        let found = findings(rule, resolution);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("“HĐND”"), "{found:?}");
        assert!(findings(rule, &resolution.replace("NQ-UBND", "NQ-HĐND")).is_empty());
        let committee = "ỦY BAN NHÂN DÂN\nXÃ TRIỆU LỘC\nSố: 205/TTr-HĐND\n\nTỜ TRÌNH\nVề dự toán ngân sách xã năm 2026\n";
        assert_eq!(findings(rule, committee).len(), 1);
        assert!(findings(rule, &committee.replace("TTr-HĐND", "TTr-UBND")).is_empty());
        let department = "UBND TỈNH THANH HÓA\nSỞ TÀI CHÍNH\nSố: 205/BC-HĐND\n\nBÁO CÁO\nThẩm định dự toán\n";
        assert!(findings(rule, department).is_empty());
    }

    /// A Party committee's công điện ("19-CĐ/TU", Thanh Hóa 2025; held-out batch 10's notes)
    /// has a type code of its own.
    #[test]
    fn a_party_committee_sends_công_điện() {
        let text = "ĐẢNG BỘ TỈNH THANH HÓA\tĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY\n*\nSố 19-CĐ/TU\tThanh Hóa, ngày 20 tháng 7 năm 2025\n\nCÔNG ĐIỆN\nVề việc tập trung ứng phó với bão số 3\n";
        for rule in ["number/symbol-form", "number/unknown-type-code", "number/type-mismatch"] {
            assert!(findings(rule, text).is_empty(), "{rule}: {:?}", findings(rule, text));
        }
    }
}
