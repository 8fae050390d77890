//! Document types and their abbreviations (NĐ30 Phụ lục III; Party: Hướng dẫn 36-HD/VPTW).

/// A type of administrative document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocType {
    /// Name in sentence case, as the body refers to it: "Kế hoạch".
    pub name: &'static str,
    /// Name as the type-name line prints it: "KẾ HOẠCH".
    pub upper: &'static str,
    /// Abbreviation in state (nd30, mttq) symbols; `None` for types without one (công văn).
    pub state_code: Option<&'static str>,
    /// Abbreviation in Party symbols.
    pub party_code: Option<&'static str>,
}

const fn t(
    name: &'static str,
    upper: &'static str,
    state_code: Option<&'static str>,
    party_code: Option<&'static str>,
) -> DocType {
    DocType {
        name,
        upper,
        state_code,
        party_code,
    }
}

/// Every type the linter knows, longest names first so that prefixes do not shadow them.
pub const TYPES: &[DocType] = &[
    t("Chương trình", "CHƯƠNG TRÌNH", Some("CTr"), Some("CTr")),
    t("Nghị quyết", "NGHỊ QUYẾT", Some("NQ"), Some("NQ")),
    t("Quyết định", "QUYẾT ĐỊNH", Some("QĐ"), Some("QĐ")),
    t("Chỉ thị", "CHỈ THỊ", Some("CT"), Some("CT")),
    t("Quy chế", "QUY CHẾ", Some("QC"), Some("QC")),
    t("Quy định", "QUY ĐỊNH", Some("QyĐ"), Some("QĐ")),
    t("Thông cáo", "THÔNG CÁO", Some("TC"), Some("TC")),
    t("Thông báo", "THÔNG BÁO", Some("TB"), Some("TB")),
    t("Hướng dẫn", "HƯỚNG DẪN", Some("HD"), Some("HD")),
    t("Kế hoạch", "KẾ HOẠCH", Some("KH"), Some("KH")),
    t("Phương án", "PHƯƠNG ÁN", Some("PA"), Some("PA")),
    t("Đề án", "ĐỀ ÁN", Some("ĐA"), Some("ĐA")),
    t("Dự án", "DỰ ÁN", Some("DA"), Some("DA")),
    t("Báo cáo", "BÁO CÁO", Some("BC"), Some("BC")),
    t("Biên bản", "BIÊN BẢN", Some("BB"), Some("BB")),
    t("Tờ trình", "TỜ TRÌNH", Some("TTr"), Some("TTr")),
    t("Hợp đồng", "HỢP ĐỒNG", Some("HĐ"), None),
    // Party committees send công điện too: "Công điện số 19-CĐ/TU ngày 20/7/2025" of the
    // Ban Thường vụ Tỉnh ủy Thanh Hóa (cited in the province's 08/CĐ-UBND)
    t("Công điện", "CÔNG ĐIỆN", Some("CĐ"), Some("CĐ")),
    t("Bản ghi nhớ", "BẢN GHI NHỚ", Some("BGN"), None),
    t("Bản thỏa thuận", "BẢN THỎA THUẬN", Some("BTT"), None),
    t("Giấy ủy quyền", "GIẤY ỦY QUYỀN", Some("GUQ"), None),
    // the Party's administrative papers (Quy định 399-QĐ/TW): "90-GM/ĐU" of a Đảng ủy phường
    t("Giấy mời", "GIẤY MỜI", Some("GM"), Some("GM")),
    t(
        "Giấy giới thiệu",
        "GIẤY GIỚI THIỆU",
        Some("GGT"),
        Some("GGT"),
    ),
    t("Giấy nghỉ phép", "GIẤY NGHỈ PHÉP", Some("GNP"), None),
    t("Phiếu gửi", "PHIẾU GỬI", Some("PG"), None),
    t("Phiếu chuyển", "PHIẾU CHUYỂN", Some("PC"), None),
    t("Phiếu báo", "PHIẾU BÁO", Some("PB"), None),
    t("Kết luận", "KẾT LUẬN", Some("KL"), Some("KL")),
    // the procuracy's and the inspectorates' recommendation to a body ("05/KN-VKS" of a
    // Viện kiểm sát nhân dân khu vực, held-out batch 71)
    t("Kiến nghị", "KIẾN NGHỊ", Some("KN"), None),
    t("Thông tri", "THÔNG TRI", None, Some("TT")),
    t("Công văn", "CÔNG VĂN", None, Some("CV")),
    // a thư công (NĐ30 Điều 7: "thư công" closes the list of administrative documents; Phụ
    // lục III gives it no abbreviation), named by its kind: "THƯ NGỎ", "THƯ CHÚC MỪNG"
    t("Thư", "THƯ", None, None),
];

/// The kinds of thư công, after "THƯ" on the type-name line (a district's "THƯ NGỎ", 2019).
pub const LETTER_KINDS: crate::packed::Words = crate::packed::words![
    "NGỎ",
    "CẢM ƠN",
    "CHÚC MỪNG",
    "KÊU GỌI",
    "THĂM HỎI",
    "CHIA BUỒN",
];

/// Codes valid in state symbols that are not a type (copies).
pub const COPY_CODES: &[&str] = &["SY", "TrS", "SL"];

/// The type whose upper-case name is exactly `upper` (after folding the tone placement of
/// "THỎA/THOẢ", "ỦY/UỶ").
pub fn by_upper_name(upper: &str) -> Option<&'static DocType> {
    // the folded names, folded once (this runs on every short line of every header)
    static FOLDED: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let folded = FOLDED.get_or_init(|| {
        TYPES
            .iter()
            .map(|t| crate::vietnamese::fold(t.upper))
            .collect()
    });
    let key = crate::vietnamese::fold(upper);
    // (a name of one word only as written: "THỦ" / "TƯỚNG CHÍNH PHỦ", a header wrapped on a
    // web page, is no "THƯ" typed wrong, real set 9)
    folded
        .iter()
        .position(|f| *f == key)
        .map(|i| &TYPES[i])
        .filter(|t| t.upper.contains(' ') || t.upper == upper)
}

/// The kinds of work a type name may be followed by, written as a part of it: "KẾT LUẬN
/// THANH TRA", "Quyết định thanh tra số 18/QĐ-TTr", "KẾ HOẠCH LIÊN TỊCH".
pub const WORK_KINDS: crate::packed::Words = crate::packed::words![
    "thanh tra",
    "kiểm tra",
    "thẩm tra",
    "giám sát",
    "liên tịch",
    "phối hợp",
    // "CHƯƠNG TRÌNH HÀNH ĐỘNG", "KẾ HOẠCH HÀNH ĐỘNG" (a real programme of the Đoàn, 2021)
    "hành động",
];

/// A type's code with the mark of a joint document after it: `CTrPH` (chương trình phối
/// hợp, as in 07/CTrPH-BCA-MTTW of the Bộ Công an and the Front), `QCPH`, `KHLT`, `NQLT`.
pub fn is_joint_code(code: &str, party: bool) -> bool {
    ["PH", "LT"].iter().any(|mark| {
        code.strip_suffix(mark)
            .is_some_and(|base| !base.is_empty() && by_code(base, party).is_some())
    })
}

/// Codes the Party writes for a type besides its code in [`TYPES`]: "QĐi" for a Quy định, told
/// apart from a Quyết định's "QĐ" (Quy định 07-QĐi/TW and 08-QĐi/TW of 2018, and the
/// committees' "05-QĐi/TU"; "QĐ" too, as in 24-QĐ/TW of 2021).
const PARTY_ALTERNATIVE_CODES: &[(&str, &str)] = &[("QĐi", "Quy định")];

/// The type whose state or Party code is exactly `code` (case-sensitive: `CTr` ≠ `CTR`).
pub fn by_code(code: &str, party: bool) -> Option<&'static DocType> {
    TYPES
        .iter()
        .find(|t| {
            if party {
                t.party_code == Some(code)
            } else {
                t.state_code == Some(code)
            }
        })
        .or_else(|| {
            let (_, name) = PARTY_ALTERNATIVE_CODES
                .iter()
                .find(|(c, _)| party && *c == code)?;
            TYPES.iter().find(|t| t.name == *name)
        })
}

/// A code that folds to a known code but is written differently (`QD` for `QĐ`, `CTR` for
/// `CTr`, `Kh` for `KH`): returns the right code.
pub fn near_code(code: &str, party: bool) -> Option<&'static str> {
    let key = crate::vietnamese::fold(code);
    TYPES
        .iter()
        .filter_map(|t| if party { t.party_code } else { t.state_code })
        .chain(COPY_CODES.iter().copied())
        .find(|c| *c != code && crate::vietnamese::fold(c) == key)
}

/// Whether `s` starts with `name`, its first letter in either case.
fn starts_with_name(s: &str, name: &str) -> bool {
    let mut n = name.chars();
    let mut c = s.chars();
    match (n.next(), c.next()) {
        (Some(a), Some(b)) => {
            (a == b || crate::vietnamese::case::lower(a) == b) && c.as_str().starts_with(n.as_str())
        }
        _ => false,
    }
}

/// The type whose name (first letter in either case) starts `s` at a word end:
/// "Hướng dẫn này" → Hướng dẫn.
pub fn name_at_start(s: &str) -> Option<(&'static DocType, usize)> {
    TYPES.iter().find_map(|t| {
        let len = t.name.len();
        (starts_with_name(s, t.name)
            && !s[len..].starts_with(crate::vietnamese::case::is_letter_or_number))
        .then_some((t, len))
    })
}

/// The type whose name (first letter in either case) ends `s` at a word start; returns it and
/// the name's start offset in `s`.
pub fn name_at_end(s: &str) -> Option<(&'static DocType, usize)> {
    TYPES.iter().find_map(|t| {
        let len = t.name.len();
        let start = s.len().checked_sub(len)?;
        (s.is_char_boundary(start)
            && starts_with_name(&s[start..], t.name)
            && !s[..start].ends_with(crate::vietnamese::case::is_letter_or_number))
        .then_some((t, start))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_case_sensitive() {
        assert_eq!(by_code("CTr", false).unwrap().name, "Chương trình");
        assert!(by_code("CTR", false).is_none());
        assert_eq!(near_code("CTR", false), Some("CTr"));
        assert_eq!(near_code("QD", true), Some("QĐ"));
        assert_eq!(by_code("QĐ", true).unwrap().name, "Quyết định");
        // the Party's other code for a Quy định (07-QĐi/TW), never a state one
        assert_eq!(by_code("QĐi", true).unwrap().name, "Quy định");
        assert!(by_code("QĐi", false).is_none());
        assert_eq!(by_upper_name("KẾ HOẠCH").unwrap().state_code, Some("KH"));
        assert_eq!(
            name_at_end("Căn cứ vào Hướng dẫn").unwrap().1,
            "Căn cứ vào ".len()
        );
        assert_eq!(name_at_start("kế hoạch này").unwrap().0.name, "Kế hoạch");
        assert!(name_at_end("Nghị quyết dẫn").is_none());
    }
}
