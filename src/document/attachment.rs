//! What follows the main document's signature: annexes (`PHỤ LỤC`), forms (`Mẫu số 01`), an
//! attached Quy chế or Quy định, lists and tables. Each is a part of its own, with its title,
//! the line that ties it to the main document ("(Kèm theo Kế hoạch số 15/KH-UBND ngày 05/3/2026
//! của …)") and its own outline. Forms are full of blanks ("……", "(Ký và ghi rõ họ tên)") that
//! are placeholders, not findings.

use super::{Line, Span};
use crate::vietnamese::fold;

/// Whether a line starts an attachment: `PHỤ LỤC`, `Mẫu số 01`, `(Kèm theo …)`, `DANH SÁCH`,
/// `BIỂU …`, or a form's own national title.
pub fn is_start(content: &str) -> bool {
    // a recipient entry typed over two lines ("- UBND các xã, phường có tên tại" / "Phụ lục I
    // (để phối hợp);"): no title ends with ";" or ","
    if content.len() < 4 || ends_entry(content) {
        return false;
    }
    let f = crate::vietnamese::fold::fold_prefix(content, 24);
    let f = f.trim_start_matches(['(', '*', ' ']);
    f.starts_with("phu luc")
        || f.starts_with("mau so")
        || (f.starts_with("mau ") && f[4..].starts_with(|c: char| c.is_ascii_digit()))
        || is_reference_line(content)
        || f.starts_with("ban hanh kem theo")
        || (crate::vietnamese::is_upper(content)
            && (f.starts_with("danh sach") || f.starts_with("bieu ") || f.starts_with("bang ")))
        || f.starts_with("cong hoa xa hoi chu nghia")
}

/// Whether line `i`, in capitals, is the title of an attachment: a "(Kèm theo …)" or "(Ban
/// hành kèm theo …)" line comes within the next three lines ("ĐỀ CƯƠNG" / "Báo cáo kết quả …"
/// / "(Kèm theo Công văn số …)"; "QUY CHẾ" / "Chi tiêu nội bộ …" / "(Ban hành kèm theo Quyết
/// định số …)" right under a signer whose name was left out, held-out batch 74).
pub fn titles_an_attachment(text: &str, lines: &[Line], i: usize) -> bool {
    let content = &text[lines[i].content.start..lines[i].content.end];
    if lines[i].col != 0 || content.len() < 4 || !crate::vietnamese::is_upper(content) {
        return false;
    }
    lines.iter().take(i + 4).skip(i + 1).any(|l| {
        let c = &text[l.content.start..l.content.end];
        is_reference_line(c)
            || crate::vietnamese::fold::fold_prefix(c, 20)
                .trim_start_matches(['(', '*', ' '])
                .starts_with("ban hanh kem theo")
    })
}

/// Whether a line ties an attachment to the main document: "(Kèm theo Kế hoạch số …)".
fn is_reference_line(content: &str) -> bool {
    crate::vietnamese::fold::fold_prefix(content, 12)
        .trim_start_matches(['(', '*', ' '])
        .starts_with("kem theo ")
}

/// Whether a line ends as a list entry does (";" or ","), which no title does.
fn ends_entry(content: &str) -> bool {
    matches!(content.trim_end().as_bytes().last(), Some(b';' | b','))
}

/// One attachment: its lines, title and the reference to the main document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    /// First and one-past-last line.
    pub start: usize,
    pub end: usize,
    /// Its title line (the first line in capitals, or the first line).
    pub title: Option<usize>,
    /// The type its type line names ("QUY CHẾ", "QUY ĐỊNH"), under its own header rows when
    /// it has them: what a decision promulgates.
    pub doc_type: Option<&'static super::types::DocType>,
    /// "(Kèm theo \<Type\> số \<number\> ngày \<date\> của …)": the number and the date as written
    /// (either may be a blank to fill in).
    pub reference: Option<Reference>,
    /// Its parts, items, chapters and articles, read like the main body's (from the line
    /// after its title).
    pub body: super::body::Body,
}

/// The line tying an attachment to the main document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    pub line: usize,
    /// The number and symbol cited (`15/KH-UBND`), when written in full.
    pub number: Option<(String, Span)>,
    /// The date cited, when written in full.
    pub date: Option<(super::Date, Span)>,
    /// The date's day, month and year as written, when in words ("ngày 12 tháng 03 năm 2026"):
    /// it restates the issuing date, and is written the same way.
    pub date_parts: Option<[super::date::DatePart; 3]>,
}

/// Splits the lines after the main document (`from..lines.len()`) into attachments: a new one
/// starts at each `PHỤ LỤC` / `Mẫu số` line (or the title just before a "(Kèm theo …)" line).
pub fn split(
    text: &str,
    lines: &[Line],
    from: usize,
    words: &[crate::vietnamese::words::Word],
) -> Vec<Attachment> {
    let content = |i: usize| &text[lines[i].content.start..lines[i].content.end];
    let non_blank: Vec<usize> = (from..lines.len())
        .filter(|&i| !lines[i].is_blank())
        .collect();
    if non_blank.is_empty() {
        return Vec::new();
    }
    let mut starts: Vec<usize> = vec![non_blank[0]];
    // whether the current attachment has its "(Kèm theo …)" line already
    let mut referenced = is_reference_line(content(non_blank[0]));
    for (k, &i) in non_blank.iter().enumerate().skip(1) {
        let c = content(i);
        // a second "(Kèm theo …)" line ties another attachment, whose title is the line
        // above it whatever its case ("Mẫu danh sách học viên", held-out batch 31)
        if is_reference_line(c) {
            let prev = non_blank[k - 1];
            let start = *starts.last().unwrap_or(&prev);
            if referenced && lines[i].col == 0 && prev > start {
                starts.push(prev);
            }
            referenced = true;
            continue;
        }
        let f = crate::vietnamese::fold::fold_prefix(c, 12);
        let strong = f.starts_with("phu luc")
            || f.starts_with("mau so")
            || (f.starts_with("mau ") && f[4..].starts_with(|c: char| c.is_ascii_digit()));
        // (or a title in capitals over its own "(Kèm theo …)" line: "MẪU BÀI THU HOẠCH"; not
        // the second line of a title, under another in capitals)
        let titled = !strong
            && !crate::vietnamese::is_upper(content(non_blank[k - 1]))
            && titles_an_attachment(text, lines, i);
        if (strong || titled) && lines[i].col == 0 && !ends_entry(c) {
            // "PHỤ LỤC" a line after "(Kèm theo …)" of the same attachment is its title
            let prev = non_blank[k - 1];
            if starts.last() != Some(&prev) {
                starts.push(i);
                referenced = false;
            }
        }
    }
    let mut out = Vec::new();
    for (k, &s) in starts.iter().enumerate() {
        let e = starts.get(k + 1).copied().unwrap_or(lines.len());
        // (not its first part: "I. THÔNG TIN CHUNG CỦA HỘ" opens a form's body, its title
        // above it in sentence case or none, held-out batch 82)
        let title = (s..e)
            .filter(|&i| !lines[i].is_blank())
            .take_while(|&i| super::body::roman_heading(content(i)).is_none())
            .find(|&i| crate::vietnamese::is_upper(content(i)) && content(i).chars().count() >= 4);
        let reference = (s..e.min(s + 12))
            .filter(|&i| !lines[i].is_blank())
            .find(|&i| {
                let f = fold(content(i));
                f.contains("kem theo")
            })
            .map(|i| reference(text, lines, i, words));
        let body_start = reference
            .as_ref()
            .map(|r| r.line)
            .into_iter()
            .chain(title)
            .max()
            .map_or(s, |l| l + 1)
            .min(e);
        // (its title in capitals: a table's column "Kế hoạch" beside "Thực hiện" names no
        // type, held-out batch 54)
        let doc_type = (s..e.min(s + 8)).find_map(|i| {
            let line = content(i).trim();
            crate::vietnamese::is_upper(line)
                .then(|| super::types::by_upper_name(line))
                .flatten()
        });
        out.push(Attachment {
            start: s,
            end: e,
            title,
            doc_type,
            reference,
            body: super::body::parse(text, lines, body_start, e),
        });
    }
    out
}

/// Reads the number and date of a "(Kèm theo … số … ngày …)" line.
fn reference(
    text: &str,
    lines: &[Line],
    i: usize,
    words: &[crate::vietnamese::words::Word],
) -> Reference {
    let span = lines[i].content;
    let citations = super::citation::scan(text, span, words);
    let number = citations.first().map(|c| (c.number_text.clone(), c.number));
    let date = super::date::scan_dates(text, span)
        .into_iter()
        .find_map(|d| {
            let day = d.day?;
            let year = d.year?;
            Some((super::Date::new(day, d.month, year), d.span))
        });
    Reference {
        line: i,
        number,
        date,
        date_parts: super::date::words_date_in(text, span),
    }
}

#[cfg(test)]
mod tests {
    use super::is_start;

    #[test]
    fn starts_and_recipient_lines_that_name_an_annex() {
        assert!(is_start("PHỤ LỤC I"));
        assert!(is_start("Phụ lục I"));
        assert!(is_start("(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/3/2026)"));
        // the second line of a recipient entry
        assert!(!is_start("Phụ lục I (để phối hợp);"));
        assert!(!is_start("Phụ lục II,"));
    }

    /// A recipient entry typed over two lines whose second line starts "Phụ lục I (để phối
    /// hợp);" is no annex: the closing and its signer stay whole.
    #[test]
    fn a_wrapped_recipient_naming_an_annex_is_no_annex() {
        let text = "UBND TỈNH TUYÊN QUANG\nSỞ TÀI CHÍNH\nSố: 86/TTr-STC\nTuyên Quang, ngày 09 tháng 3 năm 2026\n\nTỜ TRÌNH\nVề việc bổ sung kinh phí\n\nKính gửi: Ủy ban nhân dân tỉnh Tuyên Quang.\n\nI. ĐỀ XUẤT\nSở Tài chính kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.\n\nNơi nhận:\tKT. GIÁM ĐỐC\n- Như trên;\tPHÓ GIÁM ĐỐC\n- UBND các xã, phường có tên tại\nPhụ lục I (để phối hợp);\n- Lưu: VT, QLNS.\n\n\tHà Thị Thu Hằng\n\nPhụ lục I\nDỰ KIẾN PHÂN BỔ KINH PHÍ\n(Kèm theo Tờ trình số 86/TTr-STC ngày 09 tháng 3 năm 2026 của Sở Tài chính)\n";
        for rule in [
            "recipients/archive-line",
            "recipients/line-punctuation",
            "signature/missing-name",
            "structure/division-order",
        ] {
            assert!(
                crate::rules::test_support::findings(rule, text).is_empty(),
                "{rule}: {:?}",
                crate::rules::test_support::findings(rule, text)
            );
        }
    }

    /// The attachments of `text` after its first line (the main document's stand-in).
    fn split_after_first_line(text: &str) -> Vec<super::Attachment> {
        let (lines, _) = crate::document::lines::scan(text, false);
        let words = crate::vietnamese::words::words(text);
        super::split(text, &lines, 1, &words)
    }

    /// Held-out batch 16: an invitation's two attachments, the second titled in capitals
    /// over its own "(Kèm theo …)" line (no "PHỤ LỤC"); a title over two lines stays one.
    #[test]
    fn an_attachment_titled_over_its_reference() {
        let text = "Nội dung.\nCHƯƠNG TRÌNH HỘI NGHỊ\n(Kèm theo Giấy mời số 127-GM/ĐU, ngày 06/7/2026)\nBuổi sáng\nMẪU BÀI THU HOẠCH\n(Kèm theo Giấy mời số 172-GM/ĐU, ngày 06/7/2026)\nHọ và tên: ……\nPHỤ LỤC I\nKẾ HOẠCH TRIỂN KHAI\nCÁC NHIỆM VỤ NĂM 2026\n(Kèm theo Kế hoạch số 05/KH-CCKL ngày 08/01/2026)\nSTT\tNhiệm vụ\n";
        let parts = split_after_first_line(text);
        let numbers: Vec<Option<&str>> = parts
            .iter()
            .map(|p| {
                p.reference
                    .as_ref()
                    .and_then(|r| r.number.as_ref())
                    .map(|n| n.0.as_str())
            })
            .collect();
        assert_eq!(
            numbers,
            [Some("127-GM/ĐU"), Some("172-GM/ĐU"), Some("05/KH-CCKL")]
        );
    }

    /// Held-out batch 82: a form with no title in capitals above its first part ("Mẫu số 01" /
    /// "Ấp: ……" / "I. THÔNG TIN CHUNG CỦA HỘ"): the part is the body's, not its title.
    #[test]
    fn a_forms_first_part_is_no_title() {
        let text = "Nội dung.\nMẫu số 01\nẤp: ……, xã Tam Bình\nI. THÔNG TIN CHUNG CỦA HỘ\n1. Họ và tên chủ hộ: ……\nII. THU NHẬP\n1. Thu nhập: ……\n";
        let parts = split_after_first_line(text);
        assert_eq!(parts.len(), 1);
        assert_eq!(parts[0].title, None);
        let numbers: Vec<u32> = parts[0].body.parts.iter().map(|p| p.number).collect();
        assert_eq!(numbers, [1, 2]);
    }

    /// Held-out batch 31: a second attachment titled in sentence case ("Mẫu danh sách học
    /// viên") over its own "(Kèm theo …)" line has a reference of its own.
    #[test]
    fn a_second_reference_ties_another_attachment() {
        let text = "Nội dung.\nPhụ lục\nLỊCH MỞ CÁC LỚP\n(Kèm theo Kế hoạch số 215-KH/TCT ngày 08/10/2025)\nTT\tLớp\n1\tLớp 1\nMẫu danh sách học viên\n(Kèm theo Kế hoạch số 215-KH/TCT ngày 08/9/2025)\nTT\tHọ và tên\n";
        let parts = split_after_first_line(text);
        let dates: Vec<_> = parts
            .iter()
            .map(|p| p.reference.as_ref().and_then(|r| r.date).map(|d| d.0.month))
            .collect();
        assert_eq!(dates, [Some(10), Some(9)], "{parts:?}");
        let (lines, _) = crate::document::lines::scan(text, false);
        let first = lines[parts[1].start].content;
        assert_eq!(&text[first.start..first.end], "Mẫu danh sách học viên");
    }
}
