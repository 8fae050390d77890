use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};

/// The ten Heavenly Stems (can), from Giáp.
const CAN: [&str; 10] = [
    "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý",
];
/// The twelve Earthly Branches (chi), from Tý, with common spelling variants.
const CHI: [&[&str]; 12] = [
    &["Tý", "Tí"],
    &["Sửu"],
    &["Dần"],
    &["Mão", "Mẹo"],
    &["Thìn"],
    &["Tỵ", "Tị"],
    &["Ngọ"],
    &["Mùi"],
    &["Thân"],
    &["Dậu"],
    &["Tuất"],
    &["Hợi"],
];

/// The can-chi name of a lunar year that starts in Gregorian `year`.
pub fn name_of(year: i32) -> String {
    let can = CAN[(year - 4).rem_euclid(10) as usize];
    let chi = CHI[(year - 4).rem_euclid(12) as usize][0];
    format!("{can} {chi}")
}

declare_rule! {
    /// ## What it does
    /// Reports a lunar year name (can chi) written next to a year it does not belong to:
    /// “Tết Giáp Thìn năm 2025” (2025 is Ất Tỵ; Giáp Thìn is 2024).
    ///
    /// ## Why
    /// Plans for Tết are copied from year to year; the year name is the part people forget
    /// to change.
    ///
    /// ## Example
    /// ```text
    /// Gặp mặt kiều bào nhân dịp Tết Giáp Thìn năm 2025.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Gặp mặt kiều bào nhân dịp Tết Ất Tỵ năm 2025.
    /// ```
    ///
    /// ## Basis
    /// The sexagenary cycle: the lunar year beginning in Gregorian year Y is can (Y − 4) mod 10,
    /// chi (Y − 4) mod 12 (Giáp Tý = 1984).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo tên năm âm lịch (can chi) đi kèm một năm dương lịch không tương ứng:
    /// `Tết Giáp Thìn năm 2025` (năm 2025 là năm Ất Tỵ; Giáp Thìn là năm 2024).
    ///
    /// ### Vì sao
    /// Kế hoạch tổ chức Tết thường được sao chép từ năm này sang năm khác; tên năm can chi là chỗ
    /// hay bị quên sửa.
    ///
    /// ### Căn cứ
    /// Chu kỳ can chi 60 năm: năm âm lịch bắt đầu trong năm dương lịch Y có can là (Y − 4) mod 10,
    /// chi là (Y − 4) mod 12 (Giáp Tý = 1984).
    pub struct LunarYear {
        id: "date/lunar-year",
        severity: Error,
        fix: Safe,
        summary: "Tên năm âm lịch (can chi) không khớp với năm dương lịch đi kèm",
        summary_en: "The lunar year name (can chi) does not match its year",
    }
}

impl Rule for LunarYear {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let text = doc.text();
        let words = &doc.words;
        for (k, pair) in words.windows(3).enumerate() {
            // every can starts with G B M K C T N Q, Ấ (E1 ..) or Đ (C4 90): test the first byte
            if !matches!(
                text.as_bytes()[pair[0].start as usize],
                b'G' | b'B' | b'M' | b'K' | b'C' | b'T' | b'N' | b'Q' | 0xE1 | 0xC4
            ) {
                continue;
            }
            let (a, b) = (pair[0].text(text), pair[1].text(text));
            let Some(can) = CAN.iter().position(|c| *c == a) else {
                continue;
            };
            let Some(chi) = CHI.iter().position(|v| v.contains(&b)) else {
                continue;
            };
            if pair[1].start != pair[0].end + 1 {
                continue;
            }
            // the year follows: "Ất Tỵ năm 2025", "Ất Tỵ 2025", "Ất Tỵ (2025)"
            let mut y = &pair[2];
            if y.text(text) == "năm" {
                let Some(next) = words.get(k + 3) else {
                    continue;
                };
                y = next;
            }
            let year_text = y.text(text);
            let between = &text[pair[1].end as usize..y.start as usize];
            if year_text.len() != 4
                || !year_text.bytes().all(|c| c.is_ascii_digit())
                || between.len() > 6
            {
                continue;
            }
            let year: i32 = year_text.parse().unwrap_or(0);
            let right_can = (year - 4).rem_euclid(10) as usize;
            let right_chi = (year - 4).rem_euclid(12) as usize;
            if can == right_can && chi == right_chi {
                continue;
            }
            let span = Span::new(pair[0].start as usize, pair[1].end as usize);
            let right = name_of(year);
            ctx.emit(
                span,
                format!(
                    "Năm {year} là năm {right}, không phải “{}”",
                    doc.slice(span)
                ),
                format!("{year} is the year {right}, not “{}”", doc.slice(span)),
            )
            .safe_fix(span, right);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(name_of(1984), "Giáp Tý");
        assert_eq!(name_of(2024), "Giáp Thìn");
        assert_eq!(name_of(2025), "Ất Tỵ");
        assert_eq!(name_of(2026), "Bính Ngọ");
    }
}
