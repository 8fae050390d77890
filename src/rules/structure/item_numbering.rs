use crate::declare_rule;
use crate::document::{Document, ItemKind};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a gap or repetition in the numbered items of a part (`1.`, `2.`, `4.`). Items
    /// restart at 1 in each Roman part. A jump only counts when the next number is not the
    /// restart of a new list.
    ///
    /// ## Why
    /// Items are numbered 1, 2, 3 … within each part; a gap usually means a deleted item.
    ///
    /// ## Example
    /// ```text
    /// II. NỘI DUNG
    /// 1. Tuyên truyền.
    /// 2. Tập huấn.
    /// 4. Kiểm tra.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// II. NỘI DUNG
    /// 1. Tuyên truyền.
    /// 2. Tập huấn.
    /// 3. Kiểm tra.
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 6.
    pub struct ItemNumbering {
        id: "structure/item-numbering",
        severity: Warning,
        fix: None,
        summary: "Số thứ tự các mục không liên tục",
        summary_en: "Item numbers skip or repeat",
    }
}

impl Rule for ItemNumbering {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let mut last: Option<(Option<usize>, u32)> = None;
        for item in &doc.body.items {
            let ItemKind::Number(n) = item.kind else {
                continue;
            };
            match last {
                Some((part, prev)) if part == item.part && n != 1 && n != prev + 1 => {
                    let num = crate::document::Span::new(item.marker.start, item.marker.end - 1);
                    ctx.emit(
                        num,
                        format!(
                            "Mục “{n}.” đứng sau mục “{prev}.”; số tiếp theo phải là “{}.”",
                            prev + 1
                        ),
                        format!(
                            "Item “{n}.” follows item “{prev}.”; the next number is “{}.”",
                            prev + 1
                        ),
                    );
                }
                _ => {}
            }
            last = Some((item.part, n));
        }
    }
}
