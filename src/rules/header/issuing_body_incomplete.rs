use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};
use crate::vietnamese::fold;

/// Bodies that exist at every level: their name needs the place ("TỈNH AN GIANG").
const NEED_PLACE: crate::packed::Words = crate::packed::words![
    "uy ban nhan dan",
    "ubnd",
    "hoi dong nhan dan",
    "hdnd",
    "uy ban mttq viet nam",
    "uy ban mat tran to quoc viet nam",
];

/// Bodies under a parent, whose header names the parent on the line above.
const NEED_PARENT: crate::packed::Words = crate::packed::words![
    "so ",
    "chi bo ",
    "van phong ",
    "phong ",
    "chi cuc ",
    "ban tuyen giao",
    "ban to chuc",
    "ban dan van",
    "ban noi chinh",
    "uy ban kiem tra",
    "dang uy xa",
    "dang uy phuong",
    "bch doan xa",
    "bch doan phuong",
    // a province's union federation under the Tổng Liên đoàn (Quyết định 933/QĐ-TLĐ: the
    // direct superior above the issuer, held-out batch 84)
    "lien doan lao dong tinh",
    "lien doan lao dong thanh pho",
    "ldld tinh",
    "ldld thanh pho",
];

/// Offices that are central bodies of their own, with no parent line above them.
const CENTRAL_OFFICES: &[&str] = &[
    "van phong chinh phu",
    "van phong quoc hoi",
    "van phong chu tich nuoc",
    "van phong trung uong dang",
];

declare_rule! {
    /// ## What it does
    /// Reports an issuing body written without the part of its name the header needs: a
    /// committee that exists at every level without its place ("ỦY BAN NHÂN DÂN" with no
    /// "TỈNH AN GIANG" or "XÃ NGA SƠN"), or a body under a parent without the parent's line
    /// above it ("SỞ NỘI VỤ" without "UBND THÀNH PHỐ HẢI PHÒNG", "CHI BỘ …" without "ĐẢNG BỘ …").
    /// In the other direction, a parent written alone when it does not issue the document: a
    /// "ĐẢNG BỘ …" line (a Đảng bộ issues through its committee or a chi bộ), a union of the
    /// Front named only for the whole country ("HỘI LHPN VIỆT NAM"), or a committee or UBND
    /// whose number's issuer code names one of its units ("TỈNH ỦY ĐẮK LẮK" over
    /// "15-HD/BTGDVTU", "UBND TỈNH QUẢNG NGÃI" over "487/TB-VP" or "12/KH-STC", "UBND XÃ THÁI
    /// HÒA" over a school's "07/BC-THTH" or a centre's "27/KH-TTVHTT", "HĐND TỈNH ĐẮK LẮK" over
    /// a Ban's "45/BC-BVHXH"), or
    /// the Front over a member union's code ("UB MTTQ VIỆT NAM PHƯỜNG HẢI CHÂU" over
    /// "09/TB-CCB": the Hội Cựu chiến binh's line is missing under it), or a union's or the
    /// Đoàn's upper level alone while a lower level speaks as the issuer in the text ("TỈNH
    /// ĐOÀN TÂY NINH" over "…, Ban Chấp hành Đoàn xã Gia Lộc báo cáo …").
    ///
    /// ## Why
    /// The issuing body is named in full, with the body directly above it; "ỦY BAN NHÂN DÂN"
    /// alone does not say which one.
    ///
    /// ## Example
    /// ```text
    /// SỞ NỘI VỤ
    /// Số: 15/HD-SNV
    /// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// UBND THÀNH PHỐ HẢI PHÒNG
    /// SỞ NỘI VỤ
    /// Số: 15/HD-SNV
    /// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 2 (tên cơ quan ban hành và cơ quan chủ
    /// quản trực tiếp); Hướng dẫn 36-HD/VPTW (the Party's issuing body and its parent);
    /// Quyết định 933/QĐ-TLĐ ngày 14/5/2024 of the Tổng Liên đoàn Lao động Việt Nam (a union's
    /// issuing body and its direct superior: "TỔNG LĐLĐ VIỆT NAM" over "LIÊN ĐOÀN LAO ĐỘNG
    /// TỈNH …").
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Cảnh báo khi tên cơ quan ban hành chỉ có một dòng và thiếu phần cần có: cơ quan cấp nào cũng
    /// có mà không ghi địa danh (`ỦY BAN NHÂN DÂN` không có `TỈNH AN GIANG` hay `XÃ NGA SƠN`), hoặc
    /// cơ quan trực thuộc mà không có dòng tên cơ quan chủ quản trực tiếp ở trên (`SỞ NỘI VỤ` thiếu
    /// `UBND THÀNH PHỐ HẢI PHÒNG`, `CHI BỘ …` thiếu `ĐẢNG BỘ …`). Không báo các cơ quan trung ương
    /// không có cơ quan chủ quản ở trên (`VĂN PHÒNG CHÍNH PHỦ`, `VĂN PHÒNG QUỐC HỘI`,
    /// `VĂN PHÒNG CHỦ TỊCH NƯỚC`, `VĂN PHÒNG TRUNG ƯƠNG ĐẢNG`) và các cơ quan liên tịch ghi trên
    /// cùng một dòng (`VĂN PHÒNG CHÍNH PHỦ - BỘ NỘI VỤ`). Ngược lại, cũng cảnh báo khi chỉ ghi cơ
    /// quan cấp trên mà cơ quan đó không ban hành văn bản: một dòng `ĐẢNG BỘ …` (đảng bộ ban hành
    /// qua cấp ủy hoặc chi bộ), một hội thuộc Mặt trận chỉ ghi tên toàn quốc (`HỘI LHPN VIỆT
    /// NAM`), hoặc cấp ủy, UBND mà ký hiệu trong số văn bản là của một cơ quan
    /// trực thuộc (`TỈNH ỦY ĐẮK LẮK` với `15-HD/BTGDVTU`, `UBND TỈNH QUẢNG NGÃI` với `487/TB-VP`
    /// hay `12/KH-STC`, `UBND XÃ THÁI HÒA` với `07/BC-THTH` của trường học, `HĐND TỈNH ĐẮK LẮK`
    /// với `45/BC-BVHXH` của một ban), hay Ủy ban MTTQ mà ký hiệu là của một tổ chức thành
    /// viên (`UB MTTQ VIỆT NAM PHƯỜNG HẢI CHÂU` với `09/TB-CCB`: thiếu dòng `HỘI CỰU CHIẾN BINH`),
    /// hay chỉ ghi cấp trên của hội, của Đoàn trong khi nội dung do cấp dưới đứng tên (`TỈNH
    /// ĐOÀN TÂY NINH` mà văn bản viết “…, Ban Chấp hành Đoàn xã Gia Lộc báo cáo …”).
    ///
    /// ### Vì sao
    /// Tên cơ quan ban hành phải ghi đầy đủ, kèm tên cơ quan chủ quản trực tiếp ở dòng trên; chỉ
    /// ghi `ỦY BAN NHÂN DÂN` thì không biết là Ủy ban nhân dân nào.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 2 (tên cơ quan ban hành và cơ quan chủ quản
    /// trực tiếp); Hướng dẫn 36-HD/VPTW (tên cơ quan ban hành văn bản của Đảng và cơ quan cấp trên
    /// trực tiếp); Quyết định 933/QĐ-TLĐ ngày 14/5/2024 của Đoàn Chủ tịch Tổng Liên đoàn Lao
    /// động Việt Nam (tên đơn vị ban hành văn bản của công đoàn và đơn vị cấp trên trực tiếp:
    /// `TỔNG LĐLĐ VIỆT NAM` trên `LIÊN ĐOÀN LAO ĐỘNG TỈNH …`).
    pub struct IssuingBodyIncomplete {
        id: "header/issuing-body-incomplete",
        severity: Warning,
        fix: None,
        summary: "Tên cơ quan ban hành thiếu địa danh hoặc thiếu cơ quan chủ quản",
        summary_en: "The issuing body lacks its place or its parent body",
    }
}

impl Rule for IssuingBodyIncomplete {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let lines = &doc.header.issuing_body;
        let [only] = lines.as_slice() else { return };
        let span = doc.lines[*only].content;
        let f = fold(doc.slice(span));
        if NEED_PLACE.contains(f.as_str()) {
            ctx.emit(
                Span::empty(span.end),
                format!(
                    "“{}” thiếu tên địa phương (“TỈNH …”, “XÃ …”, “PHƯỜNG …”)",
                    doc.slice(span)
                ),
                format!(
                    "“{}” lacks its place (“TỈNH …”, “XÃ …”, “PHƯỜNG …”)",
                    doc.slice(span)
                ),
            );
        } else if let Some((unit, unit_en)) = unit_of_parent(doc, &f) {
            // the parent is written and the issuer below it is not: a Đảng bộ never issues
            // (its committee or a chi bộ does), and a number whose issuer code names a unit
            // of the body on the line (Ban Tuyên giáo của Tỉnh ủy "BTGDVTU", Văn phòng UBND
            // "VP", a Sở "STC") says who the issuer really is. In a header flattened row by
            // row, the issuer's place is the empty left cell of the next row ("⇥Độc lập …").
            let row = doc.lines[*only].row;
            let anchor = doc.lines[*only + 1..]
                .iter()
                .find(|l| l.row != row)
                .filter(|l| l.row == row + 1 && l.col > 0 && l.cells == 1)
                .map_or(Span::empty(span.end), |l| Span::empty(l.span.start));
            ctx.emit(
                anchor,
                format!(
                    "“{}” là cơ quan cấp trên; thiếu tên {unit} ban hành ở dòng dưới",
                    doc.slice(span)
                ),
                format!(
                    "“{}” is the parent body; the issuing {unit_en} is missing on the line below",
                    doc.slice(span),
                ),
            );
        } else if NEED_PARENT.iter().any(|p| f.starts_with(p))
            && !CENTRAL_OFFICES.iter().any(|o| f.starts_with(o))
            && !f.contains(" - ")
        {
            ctx.emit(
                Span::empty(span.start),
                format!(
                    "“{}” thiếu tên cơ quan cấp trên trực tiếp ở dòng trên",
                    doc.slice(span)
                ),
                format!(
                    "“{}” lacks the name of its parent body on the line above",
                    doc.slice(span)
                ),
            );
        }
    }
}

/// When the only line of the issuing body is a parent that does not issue this document:
/// what kind of unit is missing under it, in Vietnamese and in English.
fn unit_of_parent(doc: &Document, folded: &str) -> Option<(&'static str, &'static str)> {
    if folded.starts_with("dang bo ") {
        return Some(("cấp ủy hoặc chi bộ", "committee or chi bộ"));
    }
    // a union of the Front named for the whole country ("HỘI LHPN VIỆT NAM"): it issues
    // through an organ or a local level named under it
    let union = ["hoi nong dan", "hoi lien hiep phu nu", "hoi lhpn", "hoi cuu chien binh", "hoi ccb"];
    if folded.ends_with(" viet nam") && union.iter().any(|u| folded.starts_with(u)) {
        return Some(("cấp hội", "level of the union (its standing board, a province's union)"));
    }
    // a union's or the Đoàn's upper level alone ("TỈNH ĐOÀN TÂY NINH", "HỘI CCB TỈNH QUẢNG
    // TRỊ") over a text in which a lower level speaks as the issuer ("…, Ban Chấp hành Đoàn
    // xã Gia Lộc báo cáo …"): the lower level's own line is missing under its parent's
    if let Some(level) = union_level(folded) {
        if speaker_level(doc).is_some_and(|own| own < level) {
            return Some(("cấp hội, đoàn", "union or Đoàn level that speaks in the text"));
        }
    }
    let number = doc.header.number.as_ref()?;
    let groups = &number.groups;
    let committee = ["tinh uy ", "thanh uy ", "dang uy "]
        .iter()
        .find(|c| folded.starts_with(*c))
        .map(|c| if c.starts_with('d') { "ĐU" } else { "TU" });
    match committee {
        // a unit of the committee: its letters, then the committee's ("BTCTU", "VPTU")
        Some(own) => {
            // the issuer's code follows the type code: "15-HD/BTGDVTU"
            let first = groups.first()?;
            let party = matches!(number.style, Some(crate::document::NumberStyle::Party));
            let typed = crate::document::types::by_code(&first.text, party).is_some();
            let code = if typed { groups.get(1)? } else { first }.text.as_str();
            (code.chars().count() > own.chars().count() + 1 && code.ends_with(own))
                .then_some(("cơ quan tham mưu", "advisory body (Ban, Văn phòng)"))
        }
        None => {
            use crate::document::issuer::{class_of_name, IssuerClass};
            let council = match class_of_name(folded) {
                Some(IssuerClass::PeoplesCouncil) => true,
                Some(IssuerClass::PeoplesCommittee) => false,
                // the Front over a member's code: since 2025 its unions issue under it ("UB
                // MTTQ VIỆT NAM PHƯỜNG …" / "HỘI CỰU CHIẾN BINH"), and "09/TB-CCB" is the
                // union's, not the Front's ("…/KH-MTTQ-BTT")
                Some(IssuerClass::Front) => {
                    let member = |c: &str| {
                        MEMBER_CODES.iter().any(|m| c == m || c.strip_suffix(['P', 'X']) == Some(m))
                    };
                    let own = groups.iter().any(|g| g.text.contains("MT"));
                    return (!own && groups.iter().any(|g| member(&g.text))).then_some(("tổ chức thành viên", "member organisation (a union under the Front)"));
                }
                _ => return None,
            };
            // the body's own code anywhere makes it the issuer ("487/UBND-VP": a công văn of
            // the UBND drafted by its office; "12/TB-TTHĐND" of the council's standing
            // board; "15/QĐ-CT" of the chairman)
            let own = |c: &str| {
                c.contains("UBND") || c.contains("HĐND") || c.contains("HDND") || c == "CT"
            };
            if groups.iter().any(|g| own(&g.text)) {
                return None;
            }
            // else a code after the type code (a công văn has none: its issuer's comes first)
            // names a unit of the body: its office ("VP"), a Sở ("STC"), a school
            // ("THTH", "MNHS") or a management board ("BQLDA") of a UBND, a Ban ("BVHXH") of
            // an HĐND
            let first = groups.first()?;
            let party = matches!(number.style, Some(crate::document::NumberStyle::Party));
            let typed = crate::document::types::by_code(&first.text, party).is_some();
            let is_unit = |code: &str| {
                let upper =
                    code.len() >= 2 && code.chars().all(crate::vietnamese::case::is_upper_letter);
                let unit = code == "VP"
                    || if council {
                        code.len() >= 3 && code.starts_with('B')
                    } else {
                        code.len() >= 3
                            && (code.starts_with('S')
                                // a centre: "TTVHTT", "TTPVHCC"
                                || code.starts_with("TT")
                                || code.starts_with("TH")
                                || code.starts_with("MN")
                                || code.starts_with("BQL"))
                    };
                upper && unit
            };
            let unit = groups[usize::from(typed)..].iter().any(|g| is_unit(&g.text));
            unit.then_some(if council {
                ("ban hoặc văn phòng", "committee (Ban) or office")
            } else {
                ("cơ quan, đơn vị trực thuộc", "agency or unit (a Sở, the Văn phòng, a school, a centre)")
            })
        }
    }
}

/// The level of a line naming a union of the Front or the Đoàn: 3 for a province's ("TỈNH
/// ĐOÀN …", "HỘI CCB TỈNH …"), 2 for a commune's or ward's ("ĐOÀN PHƯỜNG …").
fn union_level(folded: &str) -> Option<u8> {
    if folded.starts_with("tinh doan") || folded.starts_with("thanh doan") {
        return Some(3);
    }
    is_union(folded).then(|| level_in(folded)).flatten()
}

/// Whether a folded name starts with the Đoàn or a Hội (not a Hội đồng).
fn is_union(folded: &str) -> bool {
    folded.starts_with("doan ") || folded.starts_with("hoi ") && !folded.starts_with("hoi dong")
}

/// The level the first level word after the organisation's name says: 3 for "tỉnh", "thành
/// phố"; 2 for "xã", "phường", "đặc khu"; 1 for a school's Đoàn ("Đoàn trường …").
fn level_in(folded: &str) -> Option<u8> {
    let mut prev = "";
    for (k, w) in folded.split(' ').enumerate().take(8) {
        let level = match (prev, w) {
            (_, "tinh") | ("thanh", "pho") => 3,
            (_, "xa" | "phuong") | ("dac", "khu") => 2,
            ("doan", "truong") if k == 1 => 1,
            _ => {
                prev = w;
                continue;
            }
        };
        return Some(level);
    }
    None
}

/// The level of the union or Đoàn that speaks as the issuer in the opening of the text: the
/// subject of "Ban Chấp hành Đoàn xã Gia Lộc báo cáo …", "Ban Thường vụ Hội Nông dân xã phối
/// hợp …" (2), "Ban Chấp hành Đoàn trường THPT … xây dựng …" (1). A body cited ("… của Ban
/// Chấp hành Hội … phường") or addressed ("với Ban Thường vụ …") does not speak.
fn speaker_level(doc: &Document) -> Option<u8> {
    const VERBS: crate::packed::Words = crate::packed::words![
        " bao cao", " xay dung", " ban hanh", " thong bao", " de nghi", " phoi hop",
        " trien khai", " huong dan", " to chuc", " ket luan", " quyet dinh", " yeu cau",
        " tong ket",
    ];
    let end = doc.main_end().min(doc.header.end + 15);
    for line in doc.lines.get(doc.header.end..end)? {
        let folded = fold(doc.slice(line.content));
        for board in ["ban chap hanh ", "ban thuong vu "] {
            for (at, _) in folded.match_indices(board) {
                let before = folded[..at].trim_end();
                let rest = &folded[at + board.len()..];
                let clause = rest.split([',', ';', ':', '.', '(']).next().unwrap_or(rest);
                let speaks = !before.ends_with("cua")
                    && !before.ends_with("voi")
                    && is_union(clause)
                    && VERBS.iter().any(|v| clause.contains(v));
                if let Some(level) = level_in(clause).filter(|_| speaks) {
                    return Some(level);
                }
            }
        }
    }
    None
}

/// The codes the Front's member organisations number with: the veterans', farmers', women's
/// and youth unions ("CCB", "HND", "HPN", "ĐTN"; a commune's or ward's with "X" or "P" after).
const MEMBER_CODES: crate::packed::Words = crate::packed::words!["CCB", "HCCB", "HND", "HPN", "HLHPN", "ĐTN", "ĐTNCS"];


#[cfg(test)]
mod tests {

    /// Held-out batch 84: a province's union federation without the Tổng Liên đoàn above it.
    #[test]
    fn a_provinces_union_federation_alone() {
        let rule = "header/issuing-body-incomplete";
        let text = |parent: &str| format!("{parent}LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA\nSố: 845/LĐLĐ-TG\nV/v hướng dẫn tổ chức Tháng Công nhân năm 2027\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThanh Hóa, ngày 08 tháng 12 năm 2026\n");
        let found = crate::rules::test_support::findings(rule, &text(""));
        assert_eq!(found.len(), 1, "{found:?}");
        for parent in ["TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\n", "TỔNG LĐLĐ VIỆT NAM\n", "CÔNG ĐOÀN VIỆT NAM\n"] {
            let found = crate::rules::test_support::findings(rule, &text(parent));
            assert!(found.is_empty(), "{parent}: {found:?}");
        }
    }

    #[test]
    fn a_committee_alone_over_a_centres_code() {
        // held-out batch 24: a commune's cultural centre, its own line dropped
        let text = |left: &str| format!("UBND XÃ THẦN KHÊ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{left}\tĐộc lập - Tự do - Hạnh phúc\nSố: 27/KH-TTVHTT\tThần Khê, ngày 09 tháng 12 năm 2026\n\nKẾ HOẠCH\nTổ chức các hoạt động mừng Đảng, mừng Xuân\n");
        let found = crate::rules::test_support::findings("header/issuing-body-incomplete", &text(""));
        assert_eq!(found.len(), 1, "{found:?}");
        let found = crate::rules::test_support::findings("header/issuing-body-incomplete", &text("TRUNG TÂM VĂN HÓA, THÔNG TIN VÀ THỂ THAO"));
        assert!(found.is_empty(), "{found:?}");
    }

    /// Held-out batch 22: a veterans' union notice under the Front's line, its own line
    /// dropped; the Front's own notice and the union's full header stay silent.
    #[test]
    fn the_front_alone_over_a_member_unions_code() {
        let text = |left: &str, number: &str| format!("UB MTTQ VIỆT NAM PHƯỜNG HẢI CHÂU\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{left}\tĐộc lập - Tự do - Hạnh phúc\nSố: {number}\tHải Châu, ngày 09 tháng 4 năm 2026\n\nTHÔNG BÁO\nKết quả hội nghị\n");
        let found = crate::rules::test_support::findings("header/issuing-body-incomplete", &text("", "09/TB-CCB"));
        assert_eq!(found.len(), 1, "{found:?}");
        for (left, number) in [("HỘI CỰU CHIẾN BINH", "09/TB-CCB"), ("", "09/TB-MTTQ-BTT")] {
            let found = crate::rules::test_support::findings("header/issuing-body-incomplete", &text(left, number));
            assert!(found.is_empty(), "{left} {number}: {found:?}");
        }
    }
    use crate::rules::test_support::findings;

    /// A union's or the Đoàn's lower level speaking in the text under its parent's line
    /// alone: its own line was dropped. Its full header, the parent's own document, and a
    /// lower level only cited or addressed stay silent.
    #[test]
    fn a_unions_parent_alone_over_a_lower_level_speaking() {
        let rule = "header/issuing-body-incomplete";
        let doc = |left: &str, speaker: &str| {
            format!("{left}\tĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 14-BC/ĐTN\tGia Lộc, ngày 28 tháng 8 năm 2026\n\nBÁO CÁO\nTổng kết Chiến dịch hè năm 2026\n\nThực hiện Kế hoạch số 31-KH/TĐTN-PT ngày 12/5/2026 của Ban Thường vụ Tỉnh đoàn, {speaker} báo cáo kết quả như sau:\nI. KẾT QUẢ\n")
        };
        for (left, speaker) in [
            ("TỈNH ĐOÀN TÂY NINH", "Ban Chấp hành Đoàn xã Gia Lộc"),
            ("HỘI CCB TỈNH QUẢNG TRỊ", "Ban Thường vụ Hội Cựu chiến binh xã Cam Lộ"),
            ("ĐOÀN PHƯỜNG HẠC THÀNH", "Ban Chấp hành Đoàn trường THPT Đào Duy Anh"),
        ] {
            assert_eq!(findings(rule, &doc(left, speaker)).len(), 1, "{left} / {speaker}");
        }
        for (left, speaker) in [
            ("TỈNH ĐOÀN TÂY NINH\nBCH ĐOÀN XÃ GIA LỘC", "Ban Chấp hành Đoàn xã Gia Lộc"),
            ("TỈNH ĐOÀN TÂY NINH", "Ban Thường vụ Tỉnh đoàn Tây Ninh"),
            ("HỘI NÔNG DÂN TỈNH LÂM ĐỒNG", "Ban Thường vụ Hội Nông dân tỉnh"),
            ("ĐOÀN XÃ THANH HÀ", "Ban Chấp hành Đoàn xã Thanh Hà"),
            ("TỈNH ĐOÀN TÂY NINH", "theo đề nghị của Ban Chấp hành Đoàn xã Gia Lộc, Ban Thường vụ Tỉnh đoàn"),
            ("HỘI ĐỒNG NHÂN DÂN TỈNH", "Ban Thường vụ Hội Nông dân xã"),
        ] {
            assert!(findings(rule, &doc(left, speaker)).is_empty(), "{left} / {speaker}");
        }
    }

    /// A false alarm met on a real joint circular: two central issuers on one line.
    #[test]
    fn central_offices_and_joint_issuers_have_no_parent() {
        let head = |body: &str| {
            format!("{body}\nSố: 01/2015/TTLT-VPCP-BNV\n\nHà Nội, ngày 23 tháng 10 năm 2015\n\nTHÔNG TƯ LIÊN TỊCH\nHướng dẫn chức năng\n")
        };
        for body in ["VĂN PHÒNG CHÍNH PHỦ - BỘ NỘI VỤ", "VĂN PHÒNG CHÍNH PHỦ"] {
            assert!(
                findings("header/issuing-body-incomplete", &head(body)).is_empty(),
                "{body}"
            );
        }
        assert_eq!(
            findings(
                "header/issuing-body-incomplete",
                &head("VĂN PHÒNG ỦY BAN NHÂN DÂN")
            )
            .len(),
            1
        );
    }

    /// The parent written and the issuer below it left out: a Đảng bộ line alone, a number
    /// whose issuer code names a unit of the body on the line.
    #[test]
    fn a_parent_alone_is_not_the_issuer() {
        let doc = |body: &str, number: &str| {
            format!("{body}\n*\n{number}\n\nAn Giang, ngày 05 tháng 5 năm 2026\n\nBÁO CÁO\nkết quả công tác tháng 5\n")
        };
        let rule = "header/issuing-body-incomplete";
        for (body, number) in [
            ("ĐẢNG BỘ PHƯỜNG TRẢNG DÀI", "Số 05-BB/CB"),
            ("TỈNH ỦY ĐẮK LẮK", "Số 15-HD/BTGDVTU"),
            ("UBND TỈNH QUẢNG NGÃI", "Số: 487/TB-VP"),
            ("UBND TỈNH QUẢNG NGÃI", "Số: 487/TBKL-VP"),
            ("HỘI LHPN VIỆT NAM", "Số: 15/KH-HPN"),
            ("ỦY BAN NHÂN DÂN TỈNH AN GIANG", "Số: 12/KH-STC"),
            // held-out batch 20: a công văn of the Văn phòng (its code comes first), a
            // school's report under its commune, a Ban's report under its council
            ("UBND TỈNH VĨNH LONG", "Số: 1146/VP-KT"),
            ("UBND XÃ THÁI HÒA", "Số: 07/BC-THTH"),
            ("HĐND TỈNH ĐẮK LẮK", "Số: 45/BC-BVHXH"),
        ] {
            assert_eq!(findings(rule, &doc(body, number)).len(), 1, "{body} {number}");
        }
        // the body issuing under its own code, a công văn's unit after the issuer, a
        // chairman's decision coded CT, a copy
        for (body, number) in [
            ("TỈNH ỦY ĐẮK LẮK", "Số 15-HD/TU"),
            ("UBND TỈNH QUẢNG NGÃI", "Số: 487/UBND-VP"),
            ("UBND TỈNH QUẢNG NGÃI", "Số: 487/QĐ-CT"),
            ("UBND TỈNH QUẢNG NGÃI", "Số: 12/SY-UBND"),
            ("HĐND TỈNH ĐẮK LẮK", "Số: 45/NQ-HĐND"),
            ("HĐND XÃ NĂM CĂN", "Số: 28/TB-TTHĐND"),
            ("UBND XÃ THÁI HÒA", "Số: 07/QĐ-XPHC"),
            ("THÀNH ỦY HUẾ", "Số 15-BC/TU"),
        ] {
            assert!(findings(rule, &doc(body, number)).is_empty(), "{body} {number}");
        }
    }

    /// A false alarm met on a real Phòng GD-ĐT's notice (2012): its parent "UBND TX. ĐỒNG
    /// XOÀI", seven spaces before the national title on the same row, is a parent with a full
    /// stop in its abbreviation.
    #[test]
    fn a_parent_with_an_abbreviated_place_on_a_space_aligned_row() {
        let text = "UBND TX. ĐỒNG XOÀI       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG GIÁO DỤC-ĐÀO TẠO         Độc lập - Tự do - Hạnh phúc\nSố: 151/TB-PGDĐT        Đồng Xoài, ngày 20 tháng 3 năm 2012\n\nTHÔNG BÁO\nVề việc nghỉ Lễ Giỗ Tổ Hùng Vương năm 2012\n";
        assert!(findings("header/issuing-body-incomplete", text).is_empty());
        assert_eq!(findings("header/issuing-body-incomplete", &text.replace("UBND TX. ĐỒNG XOÀI", "")).len(), 1);
    }
}
