//! Who can issue what: the class of a body named in a citation ("của Chính phủ", "của Ban
//! Thường vụ Tỉnh ủy"), the class a symbol's issuer code stands for (`CP`, `TTg`, `BNV`,
//! `QH15`, `UBND`, `TW`, `TU` …), and which types each class issues. A citation whose parts
//! disagree — "Thông tư … của Chính phủ", "Quyết định số 12/QĐ-TTg của Chính phủ", "Kế hoạch
//! số 58/KH-UBND của Sở Giáo dục và Đào tạo" — cites a document that cannot exist.

/// The kinds of issuer a symbol can tell apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IssuerClass {
    /// Chính phủ (`CP`).
    Government,
    /// Thủ tướng Chính phủ (`TTg`).
    PrimeMinister,
    /// A Bộ or its minister (`BNV`, `BTC` …).
    Ministry,
    /// Quốc hội (`QH15`).
    NationalAssembly,
    /// Ủy ban Thường vụ Quốc hội (`UBTVQH15`).
    AssemblyStandingCommittee,
    /// Ủy ban nhân dân, its chairman (`UBND`).
    PeoplesCommittee,
    /// Hội đồng nhân dân, its standing body (`HĐND`).
    PeoplesCouncil,
    /// A Sở (`SYT`, `SGDĐT` …).
    Department,
    /// Mặt trận Tổ quốc (`MTTQ`, `MTTW`).
    Front,
    /// Bộ Chính trị, Ban Bí thư, Ban Chấp hành Trung ương (`/TW`).
    PartyCentral,
    /// A Tỉnh ủy or Thành ủy, its Ban Thường vụ (`/TU`).
    PartyProvince,
    /// Hội Nông dân (`HNDT`, `HNDTW`, `HNDX`).
    Farmers,
    /// Đoàn TNCS Hồ Chí Minh (`TĐTN`, or named without its level).
    Youth,
    /// The Youth Union's central bodies ("Ban Bí thư Trung ương Đoàn", `TWĐTN`): a
    /// province's Đoàn (`TĐTN`) is not them.
    YouthCentral,
    /// Công đoàn (`LĐLĐ`, `TLĐ`).
    Union,
    /// Hội Liên hiệp Phụ nữ (`HPN`).
    Women,
    /// Hội Cựu chiến binh (`CCB`).
    Veterans,
}

impl IssuerClass {
    /// A name for messages.
    pub fn name(self, vi: bool) -> &'static str {
        use IssuerClass::*;
        match (self, vi) {
            (Government, true) => "Chính phủ",
            (Government, false) => "the Government",
            (PrimeMinister, true) => "Thủ tướng Chính phủ",
            (PrimeMinister, false) => "the Prime Minister",
            (Ministry, true) => "một Bộ",
            (Ministry, false) => "a ministry",
            (NationalAssembly, true) => "Quốc hội",
            (NationalAssembly, false) => "the National Assembly",
            (AssemblyStandingCommittee, true) => "Ủy ban Thường vụ Quốc hội",
            (AssemblyStandingCommittee, false) => "the National Assembly Standing Committee",
            (PeoplesCommittee, true) => "Ủy ban nhân dân",
            (PeoplesCommittee, false) => "a People's Committee",
            (PeoplesCouncil, true) => "Hội đồng nhân dân",
            (PeoplesCouncil, false) => "a People's Council",
            (Department, true) => "một Sở",
            (Department, false) => "a department (Sở)",
            (Front, true) => "Mặt trận Tổ quốc",
            (Front, false) => "the Fatherland Front",
            (PartyCentral, true) => "Trung ương Đảng (Bộ Chính trị, Ban Bí thư)",
            (PartyCentral, false) => "the Party's central bodies",
            (PartyProvince, true) => "Tỉnh ủy, Thành ủy",
            (PartyProvince, false) => "a provincial Party committee",
            (Farmers, true) => "Hội Nông dân",
            (Farmers, false) => "the Farmers' Union",
            (Youth, true) => "Đoàn Thanh niên",
            (Youth, false) => "the Youth Union",
            (YouthCentral, true) => "Trung ương Đoàn",
            (YouthCentral, false) => "the Youth Union's central committee",
            (Union, true) => "Công đoàn",
            (Union, false) => "the Trade Union",
            (Women, true) => "Hội Liên hiệp Phụ nữ",
            (Women, false) => "the Women's Union",
            (Veterans, true) => "Hội Cựu chiến binh",
            (Veterans, false) => "the Veterans' Association",
        }
    }
}

/// Whether a folded name is an association's or its branch's ("hoi nguoi khuyet tat …", "chi
/// hoi cuu chien binh …"; a "hội đồng" is a council): a social organisation, which applies
/// Nghị định 30 as fits it (Điều 1, khoản 2) and has no units of other bodies.
/// The words that name a Party committee or cell, folded ("Đảng ủy xã", "Tỉnh ủy", "Chi bộ
/// thôn", "Ban cán sự đảng"): a header line or a signer's authority that holds one is the
/// Party's.
pub const PARTY_COMMITTEE_WORDS: crate::packed::Words = crate::packed::words![
    "dang uy",
    "dang bo",
    "dang doan",
    "tinh uy",
    "thanh uy",
    "huyen uy",
    "chi bo",
    "chi uy",
    "ban can su",
];

pub fn is_association(folded: &str) -> bool {
    (folded.starts_with("hoi ") || folded.starts_with("chi hoi "))
        && !folded.starts_with("hoi dong")
}

/// The class of a named issuer, from its folded name ("ban thuong vu tinh uy …"); `None` when
/// the name is not one the table knows.
pub fn class_of_name(folded: &str) -> Option<IssuerClass> {
    use IssuerClass::*;
    let f = folded.trim();
    // standing organs issue as their body: read past them
    let organs = [
        "ban thuong vu ",
        "ban thuong truc ",
        "thuong truc ",
        "ban chap hanh ",
        "doan chu tich ",
        "chu tich ",
        "giam doc ",
        "bo truong ",
    ];
    let f = organs.iter().find_map(|o| f.strip_prefix(o)).unwrap_or(f);
    let starts = |p: &str| f.starts_with(p);
    // the Youth Union's central bodies: "Ban Bí thư Trung ương Đoàn", "Ban Thường vụ Trung
    // ương Đoàn" (not the Party's secretariat)
    let youth_central = f.contains("trung uong doan") && !f.contains("trung uong doan ket");
    Some(if youth_central {
        YouthCentral
    } else if starts("thu tuong") {
        PrimeMinister
    } else if starts("chinh phu") {
        Government
    } else if starts("uy ban thuong vu quoc hoi") {
        AssemblyStandingCommittee
    } else if starts("quoc hoi") {
        NationalAssembly
    } else if starts("bo chinh tri")
        || starts("ban bi thu")
        || starts("trung uong dang")
        || starts("ban chap hanh trung uong dang")
        || f == "ban chap hanh trung uong"
        || starts("ban chap hanh trung uong khoa")
    {
        PartyCentral
    } else if starts("bo ") || starts("van phong chinh phu") || starts("thanh tra chinh phu") {
        // (the Government's Office and Inspectorate are ministry-level bodies: VPCP, TTCP)
        Ministry
    } else if starts("uy ban nhan dan") || starts("ubnd") {
        PeoplesCommittee
    } else if starts("hoi dong nhan dan") || starts("hdnd") {
        PeoplesCouncil
    } else if starts("so ") {
        Department
    } else if starts("uy ban mat tran")
        || starts("uy ban mttq")
        || starts("ub mttq")
        || starts("mat tran")
    {
        Front
    } else if starts("tinh uy") || starts("thanh uy") {
        PartyProvince
    } else if starts("hoi nong dan") {
        Farmers
    } else if starts("tinh doan") || starts("thanh doan") || starts("doan thanh nien") {
        Youth
    } else if starts("lien doan lao dong") || starts("tong lien doan") || starts("cong doan") {
        Union
    } else if starts("hoi lien hiep phu nu") || starts("hoi lhpn") {
        Women
    } else if starts("hoi cuu chien binh") || starts("hoi ccb") {
        Veterans
    } else {
        return None;
    })
}

/// Ministries' codes (Nghị định 25/2025 and the earlier structure).
const MINISTRIES: crate::packed::Words = crate::packed::words![
    "BNV", "BTC", "BYT", "BGDĐT", "BCA", "BQP", "BNG", "BTP", "BCT", "BKHCN", "BVHTTDL", "BXD",
    "BNNMT", "BKHĐT", "BLĐTBXH", "BTTTT", "BGTVT", "BTNMT", "BNNPTNT", "BDTTG", "NHNN", "TTCP",
    "VPCP",
];

/// The class a symbol's issuer code stands for; `None` when unknown. `groups` are the
/// symbol's groups after the type code (state: `["UBND"]`, `["TTg"]`; Party: `["TW"]`).
pub fn class_of_code(groups: &[&str]) -> Option<IssuerClass> {
    use IssuerClass::*;
    let first = *groups.first()?;
    let upper = crate::vietnamese::case::to_upper(first);
    let u = upper.as_str();
    Some(match u {
        "CP" => Government,
        "TTG" => PrimeMinister,
        "UBND" => PeoplesCommittee,
        "HĐND" => PeoplesCouncil,
        "MTTQ" | "MTTW" => Front,
        "TW" => PartyCentral,
        "TU" | "THU" => PartyProvince,
        "HNDTW" | "HNDT" | "HNDX" => Farmers,
        "TWĐTN" => YouthCentral,
        "TĐTN" => Youth,
        "LĐLĐ" | "TLĐ" => Union,
        "HPN" | "HLHPN" => Women,
        "CCB" => Veterans,
        _ if u.starts_with("UBTVQH") => AssemblyStandingCommittee,
        _ if u.starts_with("QH") && u[2..].chars().all(|c| c.is_ascii_digit()) && u.len() > 2 => {
            NationalAssembly
        }
        _ if MINISTRIES.contains(u) => Ministry,
        // a Sở's code mirrors its ministry's: "SGDĐT" for "BGDĐT", "SNNMT" for "BNNMT"
        _ if u.len() > 2
            && u.starts_with('S')
            && MINISTRIES
                .iter()
                .any(|m| m.starts_with('B') && m[1..] == u[1..]) =>
        {
            Department
        }
        _ => return None,
    })
}

/// Which classes issue documents whose symbol carries a code of `class`: the class itself, and
/// the bodies that issue in its name (a chairman for his committee, a standing board for its
/// council).
pub fn compatible(code: IssuerClass, named: IssuerClass) -> bool {
    // "Đoàn Thanh niên" without its level may be the central one
    code == named || (code == IssuerClass::YouthCentral && named == IssuerClass::Youth)
}

/// The class that alone issues a type, whatever the symbol says: a Luật comes from the
/// National Assembly, a Nghị định from the Government, a Thông tư from a ministry.
pub fn issuer_of_type(folded_type: &str) -> Option<IssuerClass> {
    use IssuerClass::*;
    Some(match folded_type {
        "luat" => NationalAssembly,
        "nghi dinh" => Government,
        "thong tu" | "thong tu lien tich" => Ministry,
        "phap lenh" => AssemblyStandingCommittee,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use IssuerClass::*;

    #[test]
    fn names_and_codes() {
        assert_eq!(
            class_of_name("ban bi thu trung uong doan"),
            Some(YouthCentral)
        );
        assert_eq!(class_of_name("ban bi thu"), Some(PartyCentral));
        assert_eq!(class_of_name("ban thuong vu tinh uy"), Some(PartyProvince));
        assert_eq!(class_of_name("thu tuong chinh phu"), Some(PrimeMinister));
        assert_eq!(class_of_name("bo chinh tri"), Some(PartyCentral));
        assert_eq!(class_of_name("bo noi vu"), Some(Ministry));
        assert_eq!(class_of_name("van phong tinh uy"), None);
        // a miss met on a commune centre's report: "Nghị định … của Văn phòng Chính phủ"
        assert_eq!(class_of_name("van phong chinh phu"), Some(Ministry));
        assert_eq!(
            class_of_name("bo truong, chu nhiem van phong chinh phu"),
            Some(Ministry)
        );
        assert_eq!(class_of_code(&["TTg"]), Some(PrimeMinister));
        assert_eq!(class_of_code(&["QH15"]), Some(NationalAssembly));
        assert_eq!(
            class_of_code(&["UBTVQH15"]),
            Some(AssemblyStandingCommittee)
        );
        assert_eq!(class_of_code(&["BNV"]), Some(Ministry));
        assert_eq!(class_of_code(&["SYT"]), Some(Department));
        assert_eq!(class_of_code(&["SY"]), None);
    }
}
