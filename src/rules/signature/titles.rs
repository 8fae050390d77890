//! Signing titles: the head of a body, its deputies, and the collectives a `TM.` names.

use crate::vietnamese::fold;

/// Titles of a body's head (folded), with the title of its deputies.
const HEADS: &[(&str, &str)] = &[
    ("chu tich", "pho chu tich"),
    ("bi thu", "pho bi thu"),
    ("giam doc", "pho giam doc"),
    ("tong giam doc", "pho tong giam doc"),
    ("truong ban", "pho truong ban"),
    ("chanh van phong", "pho chanh van phong"),
    ("bo truong", "thu truong"),
    ("thu tuong", "pho thu tuong"),
    ("chu nhiem", "pho chu nhiem"),
    ("cuc truong", "pho cuc truong"),
    ("chi cuc truong", "pho chi cuc truong"),
    ("tong cuc truong", "pho tong cuc truong"),
    ("hat truong", "pho hat truong"),
    ("truong phong", "pho truong phong"),
    ("hieu truong", "pho hieu truong"),
    ("vien truong", "pho vien truong"),
    ("chanh thanh tra", "pho chanh thanh tra"),
    ("chi huy truong", "pho chi huy truong"),
    ("chanh an", "pho chanh an"),
    ("truong doan", "pho truong doan"),
    ("to truong", "to pho"),
    // a health station's, a team's and a border post's heads ("KT. TRẠM TRƯỞNG" / "PHÓ
    // TRẠM TRƯỞNG")
    ("tram truong", "pho tram truong"),
    ("doi truong", "pho doi truong"),
    ("don truong", "pho don truong"),
    // a newspaper's editor-in-chief (held-out batch 85: "KT. TỔNG BIÊN TẬP" / "PHÓ TỔNG BIÊN
    // TẬP") and an association's general secretary
    ("tong bien tap", "pho tong bien tap"),
    ("tong thu ky", "pho tong thu ky"),
    // any other head called "Trưởng …" ("TRƯỞNG CÔNG AN XÃ", "TRƯỞNG THUẾ CƠ SỞ") and its
    // "PHÓ TRƯỞNG …"; folded, "trưởng" reads like "trường" (a school), see `generic_fits`
    ("truong", "pho truong"),
];

/// The generic "trưởng" matches only the word written with its hook and hỏi: "TRƯỜNG THCS"
/// is a school, not a head.
fn generic_fits(title: &str, matched: &str, generic: &str, written: &str) -> bool {
    matched != generic || crate::vietnamese::case::to_lower(title.trim_start()).starts_with(written)
}

/// The folded title, first words only ("CHỦ TỊCH UBND XÃ" → "chu tich ubnd xa").
fn key(title: &str) -> String {
    fold(title)
}

fn starts_word(f: &str, t: &str) -> bool {
    f == t || f.strip_prefix(t).is_some_and(|r| r.starts_with(' '))
}

/// The head title a title is (`CHỦ TỊCH` → "chu tich"), if it is one.
pub fn head_of(title: &str) -> Option<&'static str> {
    let f = key(title);
    HEADS
        .iter()
        .filter(|(h, _)| starts_word(&f, h))
        .max_by_key(|(h, _)| h.len())
        .map(|(h, _)| *h)
        .filter(|h| generic_fits(title, h, "truong", "trưởng"))
}

/// The head whose deputy a title is (`PHÓ CHỦ TỊCH` → "chu tich", `THỨ TRƯỞNG` → "bo
/// truong"), if it is a deputy's title.
pub fn deputy_of(title: &str) -> Option<&'static str> {
    let f = key(title);
    HEADS
        .iter()
        .filter(|(_, d)| starts_word(&f, d))
        .max_by_key(|(_, d)| d.len())
        .filter(|(_, d)| generic_fits(title, d, "pho truong", "phó trưởng"))
        .map(|(h, _)| *h)
}

/// The deputy's title of a head, as written in capitals.
pub fn deputy_title(head: &str) -> Option<String> {
    let (_, d) = HEADS.iter().find(|(h, _)| *h == head)?;
    Some(match *d {
        "thu truong" => "THỨ TRƯỞNG".to_string(),
        "to pho" => "TỔ PHÓ".to_string(),
        _ => format!("PHÓ {}", upper_of(head)),
    })
}

fn upper_of(head: &str) -> &'static str {
    match head {
        "chu tich" => "CHỦ TỊCH",
        "bi thu" => "BÍ THƯ",
        "giam doc" => "GIÁM ĐỐC",
        "tong giam doc" => "TỔNG GIÁM ĐỐC",
        "truong ban" => "TRƯỞNG BAN",
        "chanh van phong" => "CHÁNH VĂN PHÒNG",
        "chu nhiem" => "CHỦ NHIỆM",
        "thu tuong" => "THỦ TƯỚNG",
        "cuc truong" => "CỤC TRƯỞNG",
        "chi cuc truong" => "CHI CỤC TRƯỞNG",
        "tong cuc truong" => "TỔNG CỤC TRƯỞNG",
        "hat truong" => "HẠT TRƯỞNG",
        "truong phong" => "TRƯỞNG PHÒNG",
        "hieu truong" => "HIỆU TRƯỞNG",
        "vien truong" => "VIỆN TRƯỞNG",
        "chanh thanh tra" => "CHÁNH THANH TRA",
        "chi huy truong" => "CHỈ HUY TRƯỞNG",
        "chanh an" => "CHÁNH ÁN",
        "truong doan" => "TRƯỞNG ĐOÀN",
        "tram truong" => "TRẠM TRƯỞNG",
        "doi truong" => "ĐỘI TRƯỞNG",
        "don truong" => "ĐỒN TRƯỞNG",
        "tong bien tap" => "TỔNG BIÊN TẬP",
        "tong thu ky" => "TỔNG THƯ KÝ",
        "truong" => "TRƯỞNG",
        _ => "",
    }
}

/// Whether a title names a person (a head or a deputy), as opposed to a collective body.
pub fn is_person(title: &str) -> bool {
    head_of(title).is_some() || deputy_of(title).is_some()
}

/// Whether a title names a body whose presiding member signs for it by name alone, with no
/// title line: a congress's presidium ("ĐOÀN CHỦ TỊCH"), or the Party's Secretariat ("T/M BAN
/// BÍ THƯ", signed by its standing member: Chỉ thị 35-CT/TW, Kết luận of the Ban Bí thư).
pub fn is_presidium(title: &str) -> bool {
    let f = fold(title);
    f.starts_with("doan chu tich") || f == "ban bi thu"
}

/// Whether a title names a collective a `TM.` can stand for: a committee, a council, a
/// standing board, a Party committee.
/// A standing body whose every member signs for it ("THƯỜNG TRỰC HĐND", "THƯỜNG TRỰC HỘI ĐỒNG
/// NHÂN DÂN"), or a delegation of elected deputies whose full-time deputy head signs for it
/// ("TM. ĐOÀN ĐẠI BIỂU QUỐC HỘI" / "PHÓ TRƯỞNG ĐOÀN"): a deputy under its "TM." needs no "KT.".
pub fn is_standing_body(title: &str) -> bool {
    let k = key(title);
    ["thuong truc", "doan dai bieu quoc hoi", "doan dbqh"]
        .iter()
        .any(|w| starts_word(&k, w))
}

pub fn is_collective(title: &str) -> bool {
    let f = key(title);
    [
        "uy ban",
        "ban thuong truc",
        "ban thuong vu",
        "ban chap hanh",
        "thuong truc",
        "hoi dong",
        "doan chu tich",
        "dang uy",
        "dang doan",
        "tinh uy",
        "thanh uy",
        "chi bo",
        "ban can su",
        "ban chi dao",
        "ban cong tac mat tran",
        "ban to chuc",
        "to cong tac",
        "ban bi thu",
        "bo chinh tri",
    ]
    .iter()
    .any(|c| starts_word(&f, c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_and_deputies() {
        assert_eq!(head_of("CHỦ TỊCH"), Some("chu tich"));
        assert_eq!(deputy_of("PHÓ CHỦ TỊCH"), Some("chu tich"));
        assert_eq!(deputy_of("THỨ TRƯỞNG"), Some("bo truong"));
        assert_eq!(deputy_of("PHÓ THỦ TƯỚNG"), Some("thu tuong"));
        assert_eq!(deputy_title("thu tuong").as_deref(), Some("PHÓ THỦ TƯỚNG"));
        assert_eq!(deputy_of("PHÓ CHÁNH VĂN PHÒNG"), Some("chanh van phong"));
        assert_eq!(head_of("PHÓ CHỦ TỊCH"), None);
        assert_eq!(deputy_title("bo truong").as_deref(), Some("THỨ TRƯỞNG"));
        // any "Trưởng …" and its "Phó Trưởng …"; a school is not a head
        assert_eq!(head_of("TRƯỞNG CÔNG AN XÃ"), Some("truong"));
        assert_eq!(deputy_of("PHÓ TRƯỞNG THUẾ CƠ SỞ"), Some("truong"));
        assert_eq!(deputy_of("PHÓ TRƯỞNG BAN"), Some("truong ban"));
        assert_eq!(head_of("TRƯỜNG THCS AN HÒA"), None);
        assert_eq!(deputy_of("PHÓ TRƯỜNG"), None);
        assert!(is_collective("BAN THƯỜNG VỤ"));
        assert!(is_collective("ỦY BAN NHÂN DÂN"));
        assert!(!is_collective("CHỦ TỊCH"));
    }
}
