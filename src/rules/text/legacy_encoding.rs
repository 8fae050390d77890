use crate::declare_rule;
use crate::document::{Document, Span};
use crate::encoding::legacy::{converted_range, detect, to_unicode, Legacy};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a text typed with a legacy Vietnamese font encoding (TCVN3/ABC with .VnTime
    /// fonts, or VNI with VNI-Times) and converted as if it were Unicode: it shows as
    /// mojibake such as “Céng hßa x· héi” or “Coäng hoøa xaõ hoäi”. Such text has many
    /// Latin-1 letters and symbols, none of the letters only Vietnamese uses (ă, đ, ơ, ư,
    /// ạ … ỹ), and reads as Vietnamese once converted from TCVN3 or VNI. Reported once, at the
    /// first legacy letter; the message names the encoding and shows the start of the text
    /// converted to Unicode, and a fix (to review: offered in editors, not applied by `--fix`)
    /// replaces the lines from the first legacy letter to the last with their conversion
    /// (`vanban convert` converts a whole file). TCVN3 has no codes for capitals with tone
    /// marks (they are the lower-case codes in a .VnTimeH font), so these convert to lower
    /// case. The other rules cannot read such text.
    ///
    /// ## Why
    /// A document in a legacy encoding is unreadable in any system that expects Unicode
    /// (TCVN 6909:2001, required by Nghị định 30).
    ///
    /// ## Example
    /// ```text
    /// Céng hßa x· héi chñ nghÜa ViÖt Nam. §éc lËp - Tù do - H¹nh phóc. Uû ban nh©n d©n tØnh.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc. Ủy ban nhân dân tỉnh.
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục 4: phông chữ tiếng Việt của bộ mã ký tự
    /// Unicode theo TCVN 6909:2001.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo lỗi khi văn bản được gõ bằng bảng mã tiếng Việt cũ (TCVN3/ABC với phông .VnTime, hoặc
    /// VNI với phông VNI-Times) rồi bị đọc như Unicode, nên hiện thành chữ lạ như `Céng hßa x· héi`
    /// hoặc `Coäng hoøa xaõ hoäi`: nhiều chữ cái và ký hiệu Latin-1, không có chữ cái riêng của
    /// tiếng Việt (ă, đ, ơ, ư, ạ … ỹ), và đọc được thành tiếng Việt khi chuyển từ TCVN3 hoặc VNI.
    /// Báo một lần, tại chữ đầu tiên theo bảng mã cũ; thông báo nêu tên bảng mã và phần đầu văn bản
    /// sau khi chuyển sang Unicode. Đề xuất sửa (cần xem lại: trình soạn thảo hiển thị, `--fix`
    /// không tự áp dụng) chuyển các dòng từ chữ đầu tiên đến chữ cuối cùng theo bảng mã cũ sang
    /// Unicode; lệnh `vanban convert` chuyển cả tệp.
    ///
    /// TCVN3 không có mã riêng cho chữ hoa có dấu (phông .VnTimeH dùng mã chữ thường), nên các chữ
    /// này được chuyển thành chữ thường. Các quy tắc khác không đọc được văn bản như vậy.
    ///
    /// ### Vì sao
    /// Văn bản dùng bảng mã cũ không đọc được trên bất kỳ hệ thống nào dùng Unicode (TCVN
    /// 6909:2001, bắt buộc theo Nghị định 30).
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục 4: phông chữ tiếng Việt của bộ mã ký tự
    /// Unicode theo TCVN 6909:2001.
    pub struct LegacyEncoding {
        id: "text/legacy-encoding",
        severity: Error,
        fix: Unsafe,
        summary: "Văn bản gõ bằng bảng mã cũ (TCVN3, VNI), không phải Unicode",
        summary_en: "The text uses a legacy Vietnamese encoding (TCVN3, VNI), not Unicode",
    }
}

/// How much of the converted text the message shows.
const PREVIEW_CHARS: usize = 60;

/// The converted text from the start of the line of `at`, first line only, shortened.
fn preview(text: &str, at: usize, from: Legacy) -> String {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = text[line_start..].lines().next().unwrap_or("");
    // a window of the line is enough (a character is at most 4 bytes, a VNI letter two)
    let mut end = line.len().min(PREVIEW_CHARS * 8);
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    let converted = to_unicode(&line[..end], from);
    let converted = converted.trim();
    let mut out: String = converted.chars().take(PREVIEW_CHARS).collect();
    if out.len() < converted.len() || end < line.len() {
        out.push('…');
    }
    out
}

impl Rule for LegacyEncoding {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let text = doc.text();
        let Some(from) = detect(text) else {
            return;
        };
        let Some(range) = converted_range(text, from) else {
            return;
        };
        let name = from.name();
        let shown = preview(text, range.start, from);
        let case_vi = if from == Legacy::Tcvn3 {
            "; chữ hoa có dấu của TCVN3 (phông .VnTimeH) được chuyển thành chữ thường, cần soát lại"
        } else {
            ""
        };
        let case_en = if from == Legacy::Tcvn3 {
            "; TCVN3 capitals with tone marks (.VnTimeH fonts) convert to lower case: review them"
        } else {
            ""
        };
        let first = text[range.start..]
            .chars()
            .next()
            .map_or(range.start, |c| range.start + c.len_utf8());
        // the fix replaces whole lines, from the first legacy letter's to the last one's
        let line_start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
        let mut line_end = text[range.end..]
            .find('\n')
            .map_or(text.len(), |i| range.end + i);
        if line_end > range.end && text[..line_end].ends_with('\r') {
            line_end -= 1;
        }
        let replacement = to_unicode(&text[line_start..line_end], from);
        ctx.emit(
            Span::new(range.start, first),
            format!("Văn bản gõ bằng bảng mã cũ {name}, không phải Unicode; chuyển sang Unicode sẽ đọc là “{shown}”{case_vi}"),
            format!("The text uses the legacy {name} encoding, not Unicode; converted to Unicode it reads “{shown}”{case_en}"),
        )
        .unsafe_fix(Span::new(line_start, line_end), replacement);
    }
}
