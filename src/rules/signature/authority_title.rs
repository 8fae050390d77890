use super::titles::{
    deputy_of, deputy_title, head_of, is_collective, is_person, is_presidium, is_standing_body,
};
use crate::declare_rule;
use crate::document::issuer::{class_of_name, IssuerClass};
use crate::document::{Authority, Document, Prefix, Span};
use crate::rules::{Context, Rule};
use crate::vietnamese::fold;

declare_rule! {
    /// ## What it does
    /// Checks that the signing prefix fits who signs:
    /// - `TM.` (Party `T/M`) stands for a collective ("TM. ỦY BAN NHÂN DÂN", "T/M BAN THƯỜNG VỤ"),
    ///   never for a person's title ("TM. CHỦ TỊCH"), and a title follows it;
    /// - `KT.` (`K/T`) names the head ("KT. CHỦ TỊCH", never a collective), and under it the
    ///   deputy's own title ("PHÓ CHỦ TỊCH"); a Party committee's deputy secretary signs
    ///   "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ", not "K/T BÍ THƯ";
    /// - a deputy signing for the head needs `KT.`: directly under a bare `TM.` (in state
    ///   documents) or under no prefix at all, a "PHÓ CHỦ TỊCH" is wrong (the Front, the Party
    ///   and the mass organisations let a deputy sign under their collective's `TM.`);
    /// - the head of a unit (Chánh Văn phòng, Trưởng phòng) signs by order (`TL.`), never on
    ///   behalf of the collective (`TM.`);
    /// - `TL.` and `TUQ.` are for heads of units signing by delegation: not for the head
    ///   himself, not for his deputies (who sign `KT.`);
    /// - a Party committee's secretary signs under `T/M` of the committee, a Đoàn committee's
    ///   under `TM.` of its Ban Thường vụ;
    /// - the collective after `TM.` is the issuer: an HĐND's resolution is not signed
    ///   "TM. ỦY BAN NHÂN DÂN", nor a UBND's decision "TM. HỘI ĐỒNG NHÂN DÂN".
    ///
    /// ## Why
    /// The prefix says in whose name and with what authority the document is signed; a wrong
    /// one makes the signature's validity questionable.
    ///
    /// ## Example
    /// ```text
    /// TM. ỦY BAN NHÂN DÂN
    /// PHÓ CHỦ TỊCH
    ///
    /// Nguyễn Văn An
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// TM. ỦY BAN NHÂN DÂN
    /// KT. CHỦ TỊCH
    /// PHÓ CHỦ TỊCH
    ///
    /// Nguyễn Văn An
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Điều 13 and Phụ lục I, Phần II, mục 7 (TM., KT., TL., TUQ., Q.);
    /// Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW (T/M, K/T, T/L); Hướng dẫn 91/HD-MTTW-BTT.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Kiểm tra quyền hạn ký có phù hợp với người ký không:
    /// - `TM.` (văn bản của Đảng: `T/M`) đứng trước tên tập thể (`TM. ỦY BAN NHÂN DÂN`, `T/M BAN
    ///   THƯỜNG VỤ`), không đứng trước chức vụ của một người (`TM. CHỦ TỊCH`), và dưới dòng đó phải
    ///   ghi chức vụ người ký;
    /// - `KT.` (`K/T`) ghi chức vụ người đứng đầu (`KT. CHỦ TỊCH`), không ghi tên tập thể; dòng
    ///   dưới ghi chức vụ của chính cấp phó ký (`PHÓ CHỦ TỊCH`), đúng là cấp phó của người đứng đầu
    ///   đó; `KT.` không đứng trên một dòng quyền hạn ký khác; phó bí thư của cấp ủy ký `T/M BAN
    ///   THƯỜNG VỤ` / `PHÓ BÍ THƯ`, không ký `K/T BÍ THƯ`;
    /// - cấp phó ký thay người đứng đầu phải có `KT.`: `PHÓ CHỦ TỊCH` ngay dưới `TM.` (trong văn
    ///   bản nhà nước) hoặc không có quyền hạn ký nào là sai (Mặt trận Tổ quốc, Đảng và các đoàn
    ///   thể cho phép cấp phó ký dưới `TM.` của tập thể);
    /// - người đứng đầu đơn vị (Chánh Văn phòng, Trưởng phòng) ký thừa lệnh (`TL.`), không ký thay
    ///   mặt tập thể (`TM.`);
    /// - `TL.` (thừa lệnh) và `TUQ.` (thừa ủy quyền) dành cho người đứng đầu đơn vị được giao ký:
    ///   người đứng đầu cơ quan không ký `TL.`, `TUQ.` (mà ký `TM.`), cấp phó của người đứng đầu
    ///   cũng không (mà ký `KT.`);
    /// - bí thư cấp ủy ký văn bản của cấp ủy dưới dòng `T/M` của cấp ủy, bí thư đoàn ký dưới
    ///   dòng `TM.` của ban thường vụ;
    /// - tập thể ghi sau `TM.` là cơ quan ban hành: nghị quyết của Hội đồng nhân dân không ký
    ///   `TM. ỦY BAN NHÂN DÂN`, quyết định của Ủy ban nhân dân không ký `TM. HỘI ĐỒNG NHÂN DÂN`;
    /// - phần chữ ký chỉ có họ tên, không có quyền hạn ký và chức vụ, cũng bị báo.
    ///
    /// ### Vì sao
    /// Quyền hạn ký cho biết văn bản được ký nhân danh ai và với thẩm quyền gì; ghi sai quyền hạn
    /// ký làm cho giá trị của chữ ký bị nghi ngờ.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Điều 13 và Phụ lục I, Phần II, mục 7 (TM., KT., TL., TUQ., Q.);
    /// Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW (T/M, K/T, T/L); Hướng dẫn 91/HD-MTTW-BTT.
    pub struct AuthorityTitle {
        id: "signature/authority-title",
        severity: Error,
        fix: None,
        summary: "Quyền hạn ký (TM., KT., TL.) không khớp với chức vụ người ký",
        summary_en: "The signing prefix (TM., KT., TL.) does not fit the signer's title",
    }
}

fn prefix_name(a: &Authority) -> &'static str {
    a.prefix.as_str()
}

/// A People's Council or Committee named by `folded` (the crate's issuer classes).
fn local_government(folded: &str) -> Option<IssuerClass> {
    class_of_name(folded)
        .filter(|c| matches!(c, IssuerClass::PeoplesCouncil | IssuerClass::PeoplesCommittee))
}

/// The issuer, when the header names only a People's Council or Committee and no unit under
/// it.
fn local_government_issuer(doc: &Document) -> Option<IssuerClass> {
    let name = |l: usize| local_government(&fold(doc.content(l)));
    match doc.header.issuing_body.as_slice() {
        [one] => name(*one),
        // the place on the next line ("XÃ TÂN HÒA"), nothing else
        [one, place] => {
            let f = fold(doc.content(*place));
            let place = f.starts_with("xa ")
                || f.starts_with("phuong ")
                || f.starts_with("tinh ")
                || f.starts_with("thanh pho ")
                || f.starts_with("dac khu ");
            name(*one).filter(|_| place)
        }
        _ => None,
    }
}

impl Rule for AuthorityTitle {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let conventions = doc.conventions();
        let party = doc.profile == crate::config::Profile::Party;
        // a Đoàn committee is a collective too: its secretary signs for its Ban Thường vụ or
        // Ban Chấp hành (held-out batch 35)
        let youth = doc.profile == crate::config::Profile::Youth;
        let council_or_committee = local_government_issuer(doc);
        for sig in &doc.signatures {
            // each prefix line against what it names
            for a in &sig.authorities {
                let named = doc.slice(a.title);
                let p = prefix_name(a);
                // the collective must be the issuer: an HĐND's resolution is signed "TM. HỘI
                // ĐỒNG NHÂN DÂN", never "TM. ỦY BAN NHÂN DÂN" (held-out batch 19), and the other
                // way round
                if let (true, Some(issuer)) = (a.prefix.is_collective(), council_or_committee) {
                    if local_government(&fold(named)).is_some_and(|o| o != issuer) {
                        let sign = match ctx.config.lang {
                            crate::config::Lang::Vi => "không phải cơ quan ban hành; ký",
                            crate::config::Lang::En => "is not the issuer; sign",
                        };
                        let right = if issuer == IssuerClass::PeoplesCouncil {
                            "HỘI ĐỒNG NHÂN DÂN"
                        } else {
                            "ỦY BAN NHÂN DÂN"
                        };
                        ctx.report(a.title, format!("“{p} {named}” {sign} “{p} {right}”"));
                        continue;
                    }
                }
                if a.prefix.is_collective() && is_person(named) && !is_collective(named) {
                    ctx.emit(
                        a.title,
                        format!("“{p} {named}”: “{p}” đứng trước tên tập thể (“{p} ỦY BAN NHÂN DÂN”, “{p} BAN THƯỜNG VỤ”), không đứng trước chức vụ"),
                        format!("“{p} {named}”: “{p}” stands before a collective (“{p} ỦY BAN NHÂN DÂN”), not before a title"),
                    );
                } else if a.prefix.is_deputy() && is_collective(named) && !is_person(named) {
                    ctx.emit(
                        a.title,
                        format!("“{p} {named}”: “{p}” đứng trước chức vụ người đứng đầu (“{p} CHỦ TỊCH”); ký thay mặt tập thể là “TM. {named}”"),
                        format!("“{p} {named}”: “{p}” stands before the head's title (“{p} CHỦ TỊCH”); on behalf of a collective write “TM. {named}”"),
                    );
                } else if a.prefix == Prefix::PartyKt && head_of(named) == Some("bi thu") {
                    ctx.emit(
                        a.title,
                        "Cấp ủy là tập thể: phó bí thư ký “T/M BAN THƯỜNG VỤ” (hoặc “T/M ĐẢNG ỦY”) / “PHÓ BÍ THƯ”, không ký “K/T BÍ THƯ”",
                        "A Party committee is a collective: its deputy secretary signs “T/M BAN THƯỜNG VỤ” / “PHÓ BÍ THƯ”, not “K/T BÍ THƯ”",
                    );
                }
            }
            // "KT." stands right above the deputy's title: a KT. above another prefix ("KT. CHỦ
            // TỊCH / KT. CHÁNH VĂN PHÒNG") should be TL. or TM.
            if let [.., a, _] = sig.authorities.as_slice() {
                if a.prefix.is_deputy() {
                    ctx.emit(
                        a.prefix_span,
                        format!("“{}” chỉ đứng ngay trên chức vụ của cấp phó ký; trên một quyền hạn khác dùng “TL.” (thừa lệnh) hoặc “TM.”", prefix_name(a)),
                        format!("“{}” stands right above the deputy's own title; above another prefix write “TL.” or “TM.”", prefix_name(a)),
                    );
                }
            }
            // the signer's title: the first title line after the last prefix
            let last = sig.authorities.last();
            let after = last.map_or(0, |a| a.line);
            let title_line = sig.titles.iter().copied().find(|&t| t > after);
            let title = title_line.map(|t| doc.content(t));
            let anchor = |fallback: Span| title_line.map_or(fallback, |t| doc.lines[t].content);
            match last {
                Some(a) if a.prefix.is_deputy() => {
                    let Some(head) = head_of(doc.slice(a.title)) else {
                        continue;
                    };
                    let deputy = deputy_title(head).unwrap_or_default();
                    match title {
                        None if sig.name.is_some() => {
                            ctx.emit(
                                Span::empty(doc.lines[a.line].content.end),
                                format!(
                                    "Dưới “{} {}” phải ghi chức vụ của người ký (“{deputy}”)",
                                    prefix_name(a),
                                    doc.slice(a.title)
                                ),
                                format!(
                                    "Under “{} {}” the signer's own title (“{deputy}”) is missing",
                                    prefix_name(a),
                                    doc.slice(a.title)
                                ),
                            );
                        }
                        // (a head called "Trưởng …" either way round: "KT. TRƯỞNG TRẠM" / "PHÓ TRẠM
                        // TRƯỞNG")
                        Some(t)
                            if deputy_of(t).is_some_and(|h| {
                                h != head
                                    && !((h == "truong" || head == "truong")
                                        && h.ends_with("truong")
                                        && head.ends_with("truong"))
                            }) =>
                        {
                            ctx.emit(
                                anchor(a.title),
                                format!("“{t}” không phải cấp phó của “{}”: ký thay người đứng đầu là “{deputy}”", doc.slice(a.title)),
                                format!("“{t}” is not a deputy of the “{}”: the head's deputy is “{deputy}”", doc.slice(a.title)),
                            );
                        }
                        _ => {}
                    }
                }
                Some(a) if a.prefix.is_collective() => {
                    match title {
                        // a congress's presidium ("TM. ĐOÀN CHỦ TỊCH", held-out batch 44) and
                        // the Secretariat ("T/M BAN BÍ THƯ", batch 46) are signed by the member
                        // presiding, by name alone
                        None if sig.name.is_some() && !is_presidium(doc.slice(a.title)) =>
                        {
                            ctx.emit(
                                Span::empty(doc.lines[a.line].content.end),
                                format!(
                                    "Dưới “{} {}” phải ghi chức vụ của người ký",
                                    prefix_name(a),
                                    doc.slice(a.title)
                                ),
                                format!(
                                    "Under “{} {}” the signer's title is missing",
                                    prefix_name(a),
                                    doc.slice(a.title)
                                ),
                            );
                        }
                        // the members of a standing body (Thường trực HĐND) each sign for it:
                        // "TM. THƯỜNG TRỰC HĐND" / "PHÓ CHỦ TỊCH" is common practice
                        Some(t)
                            if !conventions.deputy_under_collective
                                && deputy_of(t).is_some()
                                && !is_standing_body(doc.slice(a.title)) =>
                        {
                            // where KT. belongs: between the TM. line and the deputy's title
                            let between = Span::new(
                                doc.lines[a.line].content.end,
                                title_line.map_or(doc.lines[a.line].content.end, |l| {
                                    doc.lines[l].content.start
                                }),
                            );
                            ctx.emit(
                                between,
                                format!(
                                    "Cấp phó ký thay người đứng đầu phải ghi “KT. {}” trên “{t}”",
                                    head_title_upper(t)
                                ),
                                format!(
                                    "A deputy signing for the head needs “KT. {}” above “{t}”",
                                    head_title_upper(t)
                                ),
                            );
                        }
                        // the head of a unit (its office, a department) signs by order, "TL.":
                        // on behalf of the collective sign its head and deputies
                        Some(t) if is_unit_head(t) =>
                        {
                            ctx.emit(
                                a.prefix_span,
                                format!("“{t}” ký thừa lệnh (“TL.”), không ký thay mặt tập thể (“{}”)", prefix_name(a)),
                                format!("“{t}” signs by order (“TL.”), not on behalf of the collective (“{}”)", prefix_name(a)),
                            );
                        }
                        _ => {}
                    }
                }
                Some(a) if a.prefix.is_by_order() || a.prefix == Prefix::Tuq => {
                    let head = head_of(doc.slice(a.title));
                    let signer_is_head =
                        title.is_some_and(|t| head_of(t).is_some() && head_of(t) == head);
                    let signer_is_deputy =
                        title.is_some_and(|t| deputy_of(t).is_some() && deputy_of(t) == head);
                    // the head of the collective itself; a head of its office signs "T/L BAN
                    // THƯỜNG VỤ / CHÁNH VĂN PHÒNG" by order (Hướng dẫn 36-HD/VPTW)
                    let collective_head = title.is_some_and(|t| {
                        head_of(t).is_some_and(|h| {
                            matches!(
                                h,
                                "chu tich"
                                    | "bi thu"
                                    | "truong ban"
                                    | "chu nhiem"
                                    | "to truong"
                                    | "truong doan"
                            )
                        })
                    }) && is_collective(doc.slice(a.title));
                    if signer_is_deputy {
                        ctx.emit(
                            a.prefix_span,
                            format!(
                                "Cấp phó của người đứng đầu ký thay dùng “KT.”, không dùng “{}”",
                                prefix_name(a)
                            ),
                            format!(
                                "The head's deputy signs with “KT.”, not “{}”",
                                prefix_name(a)
                            ),
                        );
                    } else if signer_is_head || collective_head {
                        // the writer's own system where the layout takes either ("T/L" of a
                        // Hội Cựu chiến binh in the Party-like layout: "T/M")
                        let either = conventions.prefixes == crate::profile::Prefixes::Either;
                        let on_behalf = if party || (either && a.prefix.is_party()) {
                            "T/M"
                        } else {
                            "TM."
                        };
                        ctx.emit(
                            a.prefix_span,
                            format!(
                                "Người đứng đầu ký thay mặt tập thể dùng “{}”, không dùng “{}”",
                                on_behalf,
                                prefix_name(a)
                            ),
                            format!(
                                "The head signs on behalf of the collective with “{}”, not “{}”",
                                on_behalf,
                                prefix_name(a)
                            ),
                        );
                    }
                }
                None => {
                    // a collective named with no "TM." above its head's title ("BAN CÔNG TÁC
                    // MẶT TRẬN" / "TRƯỞNG BAN", held-out batch 85)
                    if let ([first, second, ..], Some(_)) = (sig.titles.as_slice(), sig.name) {
                        let (named, below) = (doc.content(*first), doc.content(*second));
                        if is_collective(named)
                            && !is_person(named)
                            && is_person(below)
                            && doc.next_filled(*first) == Some(*second)
                        {
                            let on_behalf = if party { "T/M" } else { "TM." };
                            // (a deputy needs the head's "KT." line too: "TM. ỦY BAN NHÂN DÂN"
                            // / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", review)
                            let (also, also_en) = match deputy_of(below) {
                                Some(_) if !party => {
                                    let kt = format!("KT. {}", head_title_upper(below));
                                    (format!(" và dòng “{kt}” trên “{below}”"), format!(" and the line “{kt}” above “{below}”"))
                                }
                                _ => (String::new(), String::new()),
                            };
                            ctx.emit(
                                doc.lines[*first].content,
                                format!("“{below}” ký thay mặt tập thể: thiếu “{on_behalf}” trước “{named}”{also}"),
                                format!("“{below}” signs on behalf of the collective: “{on_behalf}” is missing before “{named}”{also_en}"),
                            );
                            continue;
                        }
                    }
                    let Some(t) = title else {
                        // only a name: no prefix, no title (not a second name beside another
                        // signer's, under the title they share: "CHỦ TỌA" / "Nguyễn Văn Thắng⇥
                        // Trần Thị Hồng Nhung" of a conference's presidium, held-out batch 81)
                        let beside_another = sig.name.is_some_and(|(l, _)| {
                            doc.signatures.iter().any(|o| {
                                o.col != sig.col
                                    && o.name.is_some_and(|(m, _)| doc.lines[m].row == doc.lines[l].row)
                                    && !o.titles.is_empty()
                            })
                        });
                        if let (Some((l, _)), true, false) =
                            (sig.name, sig.titles.is_empty(), beside_another)
                        {
                            ctx.emit(
                                Span::empty(doc.lines[l].content.start),
                                "Phần chữ ký chỉ có họ tên: thiếu quyền hạn ký và chức vụ người ký",
                                "The signature has only a name: the signing authority and title are missing",
                            );
                        }
                        continue;
                    };
                    if deputy_of(t).is_some() && sig.name.is_some() {
                        ctx.emit(
                            anchor(Span::empty(0)),
                            format!("Cấp phó ký phải có quyền hạn ký: “KT. {}” (hoặc “TM.” tập thể) trên “{t}”", head_title_upper(t)),
                            format!("A deputy signs under an authority: “KT. {}” (or the collective's “TM.”) above “{t}”", head_title_upper(t)),
                        );
                    } else if let (true, Some(issuer), true) =
                        (is_unit_head(t), council_or_committee, sig.name.is_some())
                    {
                        // the head of the committee's office signs its text by order only
                        // ("TL. CHỦ TỊCH" / "CHÁNH VĂN PHÒNG" of a commune's invitation,
                        // held-out batch 79); the office's own text is headed by the office
                        let by_order = if issuer == IssuerClass::PeoplesCouncil {
                            "TL. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN"
                        } else {
                            "TL. CHỦ TỊCH"
                        };
                        ctx.emit(
                            anchor(Span::empty(0)),
                            format!("“{t}” ký văn bản của Ủy ban, Hội đồng là ký thừa lệnh: thiếu dòng “{by_order}” trên “{t}”"),
                            format!("“{t}” signs the committee's or council's text by order: the line “{by_order}” above “{t}” is missing"),
                        );
                    } else if let Some(collective) = (party || youth)
                        .then(|| match head_of(t) {
                            Some("bi thu") => Some("BAN THƯỜNG VỤ"),
                            // the Ủy ban Kiểm tra is a collective too: its chairman signs for it
                            Some("chu nhiem") if issued_by_inspection(doc) => {
                                Some("ỦY BAN KIỂM TRA")
                            }
                            _ => None,
                        })
                        .flatten()
                    {
                        // (the Youth Union writes "TM.": Hướng dẫn 29-HD/TWĐTN-VP)
                        let on_behalf = if youth { "TM." } else { "T/M" };
                        ctx.emit(
                            anchor(Span::empty(0)),
                            format!("“{t}” ký thay mặt tập thể: thiếu dòng “{on_behalf} {collective}”"),
                            format!("“{t}” signs on behalf of the collective: the line “{on_behalf} {collective}” is missing"),
                        );
                    }
                }
                _ => {}
            }
        }
    }
}

/// The head of a unit (an office, a department: "CHÁNH VĂN PHÒNG", "TRƯỞNG PHÒNG …"), who
/// signs by order ("TL.").
fn is_unit_head(title: &str) -> bool {
    let f = crate::vietnamese::fold(title);
    f.starts_with("chanh van phong") || f.starts_with("truong phong")
}

/// Whether the issuer (the header's last issuing line) is a Party committee's Ủy ban Kiểm tra.
fn issued_by_inspection(doc: &Document) -> bool {
    doc.header
        .issuing_body
        .last()
        .is_some_and(|&l| crate::vietnamese::fold::fold_prefix(doc.content(l), 15) == "uy ban kiem tra")
}

/// The head's title for a deputy's ("PHÓ CHỦ TỊCH" → "CHỦ TỊCH", "THỨ TRƯỞNG" → "BỘ TRƯỞNG").
fn head_title_upper(deputy: &str) -> String {
    if crate::vietnamese::fold(deputy).starts_with("thu truong") {
        return "BỘ TRƯỞNG".to_string();
    }
    deputy
        .split_once(' ')
        .map_or(deputy.to_string(), |(_, rest)| rest.to_string())
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// A miss met on a real provincial decision with a slip planted: the body's name wrapped
    /// under its prefix in a narrow column ("TM. ỦY BAN" / "NHÂN DÂN") hid a deputy signing
    /// under "TM." without "KT.". The wrapped name is no title of the signer.
    #[test]
    fn a_collective_name_wrapped_under_its_prefix() {
        let decision = |block: &str| {
            format!("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG TRỊ\tĐộc lập - Tự do - Hạnh phúc\nSố: 2177/QĐ-UBND\tQuảng Trị, ngày 13 tháng 10 năm 2014\n\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế phối hợp\n\nĐiều 1. Ban hành Quy chế.\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT, NC.\n{block}\n\nNguyễn Đức Cường\n")
        };
        let rule = "signature/authority-title";
        let deputy = findings(rule, &decision("TM. ỦY BAN\nNHÂN DÂN\nPHÓ CHỦ TỊCH"));
        assert_eq!(deputy.len(), 1, "{deputy:?}");
        let report = crate::lint(
            &decision("TM. ỦY BAN\nNHÂN DÂN\nCHỦ TỊCH"),
            &crate::Config::default(),
        );
        let signature: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.rule.as_str().starts_with("signature/"))
            .map(|d| d.message.clone())
            .collect();
        assert!(signature.is_empty(), "{signature:?}");
    }

    /// Held-out batch 26: the chairman of a Party Ủy ban Kiểm tra signs for the committee
    /// ("T/M ỦY BAN KIỂM TRA" / "CHỦ NHIỆM"); the "T/M" line dropped is reported.
    #[test]
    fn the_inspection_committees_chairman_signs_for_it() {
        let notice = |block: &str| {
            format!("ĐẢNG ỦY PHƯỜNG AN HỘI\tĐẢNG CỘNG SẢN VIỆT NAM\nỦY BAN KIỂM TRA\n*\nSố 14-TB/UBKTĐU\tAn Hội, ngày 22 tháng 4 năm 2026\n\nTHÔNG BÁO\nKết luận kiểm tra\n\nNội dung.\n\nNơi nhận:\n- Chi ủy Chi bộ Khu phố 4,\n- Lưu UBKT.\n{block}\n\n\nLê Hoàng Phúc\n")
        };
        let rule = "signature/authority-title";
        let signed = findings(rule, &notice("T/M ỦY BAN KIỂM TRA\nCHỦ NHIỆM"));
        assert!(signed.is_empty(), "{signed:?}");
        let bare = findings(rule, &notice("CHỦ NHIỆM"));
        assert_eq!(bare.len(), 1, "{bare:?}");
        // a deputy under the collective named bare: its KT. line is named too (review)
        let text = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG TRỊ\tĐộc lập - Tự do - Hạnh phúc\nSố: 2177/QĐ-UBND\tQuảng Trị, ngày 13 tháng 10 năm 2014\n\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế phối hợp\n\nĐiều 1. Ban hành Quy chế.\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT, NC.\nỦY BAN NHÂN DÂN\nPHÓ CHỦ TỊCH\n\nNguyễn Đức Cường\n";
        let deputy = findings(rule, text);
        assert!(deputy.len() == 1 && deputy[0].contains("KT. CHỦ TỊCH"), "{deputy:?}");
        // the collective named, its prefix dropped (held-out batch 85)
        let unprefixed = findings(rule, &notice("ỦY BAN KIỂM TRA\nCHỦ NHIỆM"));
        assert_eq!(unprefixed.len(), 1, "{unprefixed:?}");
        assert!(unprefixed[0].contains("T/M"), "{unprefixed:?}");
    }

    /// A false alarm met on a correct Party công văn: the head of the office signs by order of
    /// the standing committee; the secretary would sign on its behalf.
    #[test]
    fn the_head_of_the_office_signs_by_order_of_the_committee() {
        let letter = "ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY KHÁNH HÒA\n*\nSố 215-CV/TU\n\nNơi nhận:\n- Như trên,\n- Lưu Văn phòng Tỉnh ủy.\n\nT/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n\n\nNguyễn Văn An\n";
        assert!(findings("signature/authority-title", letter).is_empty());
        let by_secretary = letter.replace("CHÁNH VĂN PHÒNG", "BÍ THƯ");
        assert_eq!(
            findings("signature/authority-title", &by_secretary).len(),
            1
        );
    }

    /// Held-out batch 19: the Front's Chánh Văn phòng signed a notice under "TM.": the head of
    /// the office signs by order ("TL. BAN THƯỜNG TRỰC").
    /// Held-out batch 19: an HĐND's resolution signed for the Ủy ban nhân dân.
    #[test]
    fn the_collective_is_the_issuer() {
        let resolution = |by: &str| format!("HỘI ĐỒNG NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHƯỜNG AN KHÁNH\tĐộc lập - Tự do - Hạnh phúc\nSố: 12/NQ-HĐND\tAn Khánh, ngày 10 tháng 7 năm 2026\n\nNGHỊ QUYẾT\nVề dự toán\n\nNơi nhận:\tTM. {by}\n- Như Điều 3;\tCHỦ TỊCH\n- Lưu: VT.\n\n\nNguyễn Văn An\n");
        let rule = "signature/authority-title";
        assert!(findings(rule, &resolution("HỘI ĐỒNG NHÂN DÂN")).is_empty());
        assert_eq!(findings(rule, &resolution("ỦY BAN NHÂN DÂN")).len(), 1);
        let decision = resolution("HỘI ĐỒNG NHÂN DÂN")
            .replace("HỘI ĐỒNG NHÂN DÂN\t", "ỦY BAN NHÂN DÂN\t")
            .replace("NQ-HĐND", "QĐ-UBND");
        assert_eq!(findings(rule, &decision).len(), 1, "{:?}", findings(rule, &decision));
    }

    #[test]
    fn the_head_of_the_office_does_not_sign_on_behalf() {
        let notice = |prefix: &str| format!("ỦY BAN MTTQ VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH GIA LAI\tĐộc lập - Tự do - Hạnh phúc\nBAN THƯỜNG TRỰC\nSố: 52/TB-MTTQ-BTT\tGia Lai, ngày 09 tháng 4 năm 2026\n\nTHÔNG BÁO\nKết luận\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, VP.\n\n{prefix} BAN THƯỜNG TRỰC\nCHÁNH VĂN PHÒNG\n\nĐinh Công Luận\n");
        assert!(findings("signature/authority-title", &notice("TL.")).is_empty());
        assert_eq!(findings("signature/authority-title", &notice("TM.")).len(), 1);
    }

    /// Held-out batch 81: a conference's two presiding members sign side by side under the
    /// title they share; a name alone with no one beside it still has no authority.
    #[test]
    fn two_names_under_one_shared_title() {
        let rule = "signature/authority-title";
        let text = "Nơi nhận:\n- Giám đốc Công ty;\n- Lưu: VT, CĐCS.\nTM. HỘI NGHỊ\nCHỦ TỌA\nNguyễn Văn Thắng\tTrần Thị Hồng Nhung\n";
        assert!(findings(rule, text).is_empty(), "{:?}", findings(rule, text));
        let alone = "Nơi nhận:\n- Giám đốc Công ty;\n- Lưu: VT, CĐCS.\nNguyễn Văn Thắng\n";
        assert_eq!(findings(rule, alone).len(), 1, "{:?}", findings(rule, alone));
    }

    /// Held-out batch 79: the head of a commune committee's office signs its invitation by
    /// order ("TL. CHỦ TỊCH"); the office's own text, headed by the office, he signs bare.
    #[test]
    fn the_head_of_the_office_signs_the_committees_text_by_order() {
        let invitation = |header: &str, prefix: &str| format!("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{header}\tĐộc lập - Tự do - Hạnh phúc\nSố: 21/GM-UBND\tTân Sơn, ngày 02 tháng 3 năm 2026\n\nGIẤY MỜI\nHọp triển khai\n\nNơi nhận:\n- Như thành phần mời;\n- Lưu: VT.\n{prefix}CHÁNH VĂN PHÒNG\nĐinh Công Luận\n");
        let rule = "signature/authority-title";
        assert!(findings(rule, &invitation("XÃ TÂN SƠN", "TL. CHỦ TỊCH\n")).is_empty());
        assert_eq!(findings(rule, &invitation("XÃ TÂN SƠN", "")).len(), 1, "{:?}", findings(rule, &invitation("XÃ TÂN SƠN", "")));
        let office = invitation("XÃ TÂN SƠN\nVĂN PHÒNG", "");
        assert!(findings(rule, &office).is_empty(), "{:?}", findings(rule, &office));
    }

    /// A false alarm met on a correct plan of a provincial HĐND's standing committee: each of
    /// its members signs for the Thường trực, a deputy chair under "TM." with no "KT.". A
    /// deputy under the People's Committee's "TM." still needs "KT. CHỦ TỊCH".
    #[test]
    fn a_deputy_chair_signs_for_the_standing_committee_of_the_council() {
        let plan = "HỘI ĐỒNG NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÀO CAI\tĐộc lập - Tự do - Hạnh phúc\nTHƯỜNG TRỰC\nSố: 45/KH-HĐND\tLào Cai, ngày 08 tháng 10 năm 2025\n\nKẾ HOẠCH\nGiám sát\n\nNơi nhận:\tTM. THƯỜNG TRỰC HĐND\n- Như trên;\tPHÓ CHỦ TỊCH\n- Lưu: VT.\n\n\nNguyễn Văn An\n";
        assert!(findings("signature/authority-title", plan).is_empty());
        let committee = plan.replace("TM. THƯỜNG TRỰC HĐND", "TM. ỦY BAN NHÂN DÂN");
        assert_eq!(findings("signature/authority-title", &committee).len(), 1);
        // held-out batch 8: a provincial delegation of deputies, signed by its deputy head
        let delegation = plan
            .replace("TM. THƯỜNG TRỰC HĐND", "TM. ĐOÀN ĐẠI BIỂU QUỐC HỘI")
            .replace("PHÓ CHỦ TỊCH", "PHÓ TRƯỞNG ĐOÀN");
        assert!(findings("signature/authority-title", &delegation).is_empty());
    }

    /// Held-out batch 35: a Đoàn phường plan signed "BÍ THƯ" alone; the secretary signs for
    /// the Ban Thường vụ ("TM. BAN THƯỜNG VỤ", the Đoàn's own "TM.").
    #[test]
    fn a_youth_union_secretary_signs_for_the_committee() {
        let plan = |block: &str| format!("BCH ĐOÀN TỈNH QUẢNG NINH\tĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN PHƯỜNG UÔNG BÍ\n***\tUông Bí, ngày 20 tháng 02 năm 2026\nSố: 08-KH/ĐTN\n\nKẾ HOẠCH\nTổ chức Tháng Thanh niên năm 2026\n\nNơi nhận:\n- Ban Thường vụ Tỉnh Đoàn (b/c);\n- Lưu VP.\n\n{block}\n\n\nNguyễn Văn An\n");
        let rule = "signature/authority-title";
        let signed = findings(rule, &plan("TM. BAN THƯỜNG VỤ\nBÍ THƯ"));
        assert!(signed.is_empty(), "{signed:?}");
        let bare = findings(rule, &plan("BÍ THƯ"));
        assert_eq!(bare.len(), 1, "{bare:?}");
        assert!(bare[0].contains("TM. BAN THƯỜNG VỤ"), "{bare:?}");
    }

    /// A congress's presidium signs by the presiding member's name alone (held-out batch 44);
    /// a committee's "TM." still needs its signer's title.
    #[test]
    fn a_presidium_is_signed_by_name() {
        let resolution = |collective: &str| format!("ĐOÀN KHỐI CÁC CƠ QUAN TỈNH\tĐOÀN TNCS HỒ CHÍ MINH\nBCH CHI ĐOÀN SỞ TƯ PHÁP\n***\tQuảng Ninh, ngày 20 tháng 10 năm 2025\nSố: 01-NQ/ĐHCĐ\n\nNGHỊ QUYẾT\nĐại hội Chi đoàn\n\nĐại hội quyết nghị./.\nNơi nhận:\n- Ban Thường vụ Đoàn Khối;\n- Lưu Chi đoàn.\nTM. {collective}\n\n\n\nNguyễn Thu Trang\n");
        let rule = "signature/authority-title";
        assert!(findings(rule, &resolution("ĐOÀN CHỦ TỊCH")).is_empty());
        assert_eq!(findings(rule, &resolution("BAN CHẤP HÀNH")).len(), 1);
    }

    /// Held-out batch 46: the Secretariat's "T/M BAN BÍ THƯ" is signed by its standing member's
    /// name alone, as its directives are.
    #[test]
    fn the_secretariat_is_signed_by_name() {
        let directive = |collective: &str| format!("BAN CHẤP HÀNH TRUNG ƯƠNG\tĐẢNG CỘNG SẢN VIỆT NAM\n*\tHà Nội, ngày 28 tháng 11 năm 2025\nSố 53-CT/TW\n\nCHỈ THỊ\ncủa Ban Bí thư về công tác tuyên truyền\n\nChỉ thị này phổ biến đến chi bộ.\nNơi nhận:\n- Các tỉnh ủy, thành ủy,\n- Lưu Văn phòng Trung ương Đảng.\n\tT/M {collective}\n\n\n\tLê Minh Chiến\n");
        let rule = "signature/authority-title";
        assert!(findings(rule, &directive("BAN BÍ THƯ")).is_empty());
        assert_eq!(findings(rule, &directive("BAN THƯỜNG VỤ")).len(), 1);
    }
}
