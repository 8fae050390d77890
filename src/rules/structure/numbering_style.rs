use crate::declare_rule;
use crate::document::{Document, Item, ItemKind};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports sub-item numbers written in two styles in one document (`1.1 ` on some lines,
    /// `2.1.` on others), items written both `1.` and `1-`, and Roman parts written both `I.`
    /// and `I-`.
    ///
    /// ## Why
    /// Either style is common practice, but one document must use one.
    ///
    /// ## Example
    /// ```text
    /// 1.1 Tổ chức thông tin, tuyên truyền.
    /// 1.2 Phối hợp tập huấn.
    /// 2.1. Rà soát, thống kê.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// 1.1. Tổ chức thông tin, tuyên truyền.
    /// 1.2. Phối hợp tập huấn.
    /// 2.1. Rà soát, thống kê.
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 6; consistency.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo các tiểu mục được đánh số theo hai kiểu trong cùng một văn bản (`1.1 ` ở dòng này,
    /// `2.1.` ở dòng khác), các mục khi viết `1.`, khi viết `1-`, và các phần số La Mã khi viết
    /// `I.`, khi viết `I-`.
    ///
    /// ### Vì sao
    /// Kiểu nào cũng phổ biến trong thực tế, nhưng một văn bản phải dùng thống nhất một kiểu.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 6; tính thống nhất.
    pub struct NumberingStyle {
        id: "structure/numbering-style",
        severity: Warning,
        fix: Safe,
        summary: "Cách đánh số không thống nhất (“1.1” và “1.1.”, “1.” và “1-”)",
        summary_en: "Items are numbered in two styles (“1.1” and “1.1.”, “1.” and “1-”)",
    }
}

impl Rule for NumberingStyle {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let subs: Vec<_> = doc
            .body
            .items
            .iter()
            .filter_map(|i| match &i.kind {
                ItemKind::Sub { trailing_dot, .. } => Some((i, *trailing_dot)),
                _ => None,
            })
            .collect();
        if let Some((majority_dot, line)) = majority(doc, &subs, true) {
            for (item, _) in subs.iter().filter(|s| s.1 != majority_dot) {
                let marker = doc.slice(item.marker);
                let (vi_style, en_style, fixed) = if majority_dot {
                    ("có dấu chấm cuối", "with a final dot", format!("{marker}."))
                } else {
                    (
                        "không có dấu chấm cuối",
                        "without a final dot",
                        marker.trim_end_matches('.').to_string(),
                    )
                };
                ctx.emit(
                    item.marker,
                    format!("Tiểu mục “{marker}” khác cách đánh số ở dòng {line} ({vi_style}); dùng một kiểu thống nhất"),
                    format!("Sub-item “{marker}” differs from line {line} ({en_style}); use one style"),
                )
                .safe_fix(item.marker, fixed);
            }
        }
        // items numbered "1." and "1-" in one text (the Party's dash beside the state's dot)
        let numbered: Vec<_> = doc
            .body
            .items
            .iter()
            .filter(|i| {
                // (a table's rows are numbered on their own)
                matches!(i.kind, ItemKind::Number(_))
                    && !i.table_row
                    && matches!(doc.slice(i.marker).as_bytes().last(), Some(b'.' | b'-'))
            })
            .map(|i| (i, doc.slice(i.marker).ends_with('-')))
            .collect();
        // (on a tie neither style is the odd one out: nothing is said)
        if let Some((major_dash, line)) = majority(doc, &numbered, false) {
            let major = if major_dash { "-" } else { "." };
            for (item, _) in numbered.iter().filter(|n| n.1 != major_dash) {
                let marker = doc.slice(item.marker);
                let sep = crate::document::Span::new(item.marker.end - 1, item.marker.end);
                ctx.emit(
                    item.marker,
                    format!("Mục “{marker}” khác cách đánh số ở dòng {line} (“{major}”); dùng một kiểu thống nhất"),
                    format!("Item “{marker}” differs from line {line} (“{major}”); use one style"),
                )
                .safe_fix(sep, major);
            }
        }
        let parts = &doc.body.parts;
        if let Some(first) = parts.first() {
            for p in parts.iter().filter(|p| p.separator != first.separator) {
                let sep =
                    crate::document::Span::new(p.marker.end - p.separator.len_utf8(), p.marker.end);
                ctx.emit(
                    sep,
                    format!(
                        "Phần này viết “{}” còn phần I viết “{}”; dùng một kiểu thống nhất",
                        p.separator, first.separator
                    ),
                    format!(
                        "This part uses “{}” but part I uses “{}”; use one style",
                        p.separator, first.separator
                    ),
                )
                .safe_fix(sep, first.separator.to_string());
            }
        }
    }
}

/// Of items written in one of two styles (`true` or `false`), when both occur: the majority's
/// style and the display line of its first item. On a tie the first item's style is the
/// majority when `tie_to_first`, else neither style is the odd one out.
fn majority(doc: &Document, items: &[(&Item, bool)], tie_to_first: bool) -> Option<(bool, u32)> {
    let yes = items.iter().filter(|s| s.1).count();
    let no = items.len() - yes;
    if yes == 0 || no == 0 || (yes == no && !tie_to_first) {
        return None;
    }
    let major = if yes == no { items[0].1 } else { yes > no };
    let first = items.iter().find(|s| s.1 == major)?;
    Some((major, doc.lines[first.0.line].row + 1))
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// A Party plan numbers its items "1-", "2-" under "I-" (held-out batch 39); one "2." among
    /// them is the odd one out, and a text of dots alone is right.
    #[test]
    fn items_with_a_dash_and_a_dot() {
        let rule = "structure/numbering-style";
        let plan = |second: &str| format!("I- MỤC ĐÍCH, YÊU CẦU\n1- Mục đích\nNâng cao nhận thức.\n{second} Yêu cầu\nThiết thực, hiệu quả.\n3- Thời gian\nTháng 5/2026.\n");
        let found = findings(rule, &plan("2."));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(findings(rule, &plan("2-")).is_empty());
        let dotted = plan("2.").replace("1-", "1.").replace("3-", "3.");
        assert!(findings(rule, &dotted).is_empty());
    }

    /// A table's rows numbered "1.", "2.", "3." do not outvote the Party's dashed items.
    #[test]
    fn a_tables_rows_are_not_items_of_the_text() {
        let plan = "I- MỤC ĐÍCH\n1- Mục đích\nNâng cao nhận thức.\n2- Yêu cầu\nThiết thực.\nSTT\tNội dung\tThời gian\n1.\tHọp\tTháng 5\n2.\tTập huấn\tTháng 6\n3.\tSơ kết\tTháng 7\n";
        let found = findings("structure/numbering-style", plan);
        assert!(found.is_empty(), "{found:?}");
    }
}
