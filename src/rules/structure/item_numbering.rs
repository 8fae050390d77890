use super::part_order::sequence_message;
use super::sequence;
use crate::declare_rule;
use crate::document::{Document, Item, ItemKind, Span};
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
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo số thứ tự các mục trong một phần bị bỏ cách hoặc bị lặp (`1.`, `2.`, `4.`). Các mục được
    /// đánh lại từ 1 trong mỗi phần số La Mã; số nhảy chỉ bị báo khi số tiếp theo không phải là số
    /// bắt đầu một danh sách mới. Các tiểu mục (`2.1`, `2.2` …) dưới cùng một mục và số thứ tự các
    /// dòng của bảng cũng được kiểm tra như vậy.
    ///
    /// ### Vì sao
    /// Các mục được đánh số 1, 2, 3 … trong mỗi phần; số bị bỏ cách thường là dấu hiệu một mục đã
    /// bị xóa.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 6.
    pub struct ItemNumbering {
        id: "structure/item-numbering",
        severity: Warning,
        fix: Safe,
        summary: "Số thứ tự các mục không liên tục",
        summary_en: "Item numbers skip or repeat",
    }
}

/// A list of sub-items: the part it is in and its parent's numbers ("2." of 2.1, 2.2 …).
type SubList = (Option<usize>, Vec<u8>);

impl Rule for ItemNumbering {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        for body in doc.bodies() {
            // items: a run per part, a new run where a list starts again at 1
            let mut runs: Vec<(Option<usize>, Vec<&Item>)> = Vec::new();
            // sub-items: a run per parent ("2." for 2.1, 2.2 …)
            // (keyed by the part too: "2.1" of part I and "2.1" of part II are two lists)
            let mut sub_runs: Vec<(SubList, Vec<&Item>)> = Vec::new();
            // a numbered item since the last sub-item: a "x.1" after it starts a new list
            // ("2." again in a new table or list); without one, "2.1" twice is a repeat
            let mut item_since_sub = true;
            // a table's rows: their own run, a new one after anything but a row
            let mut row_runs: Vec<Vec<&Item>> = Vec::new();
            let mut after_row = false;
            let mut last_row = 0;
            for (k, item) in body.items.iter().enumerate() {
                if item.table_row && matches!(item.kind, ItemKind::Number(_)) {
                    let restart = matches!(item.kind, ItemKind::Number(1));
                    // a row of dots between says rows were left out: a blank form's "1, 2,
                    // 3, …, 12" (held-out batch 26); the row after them is not counted
                    let elided = after_row
                        && (last_row + 1..item.line).any(|l| {
                            let c = doc.content(l);
                            doc.lines[l].col == 0 && (c.starts_with('…') || c.starts_with("..."))
                        });
                    last_row = item.line;
                    if elided && !restart {
                        continue;
                    }
                    if !after_row || restart {
                        row_runs.push(Vec::new());
                    }
                    if let Some(r) = row_runs.last_mut() {
                        r.push(item);
                    }
                    after_row = true;
                    continue;
                }
                // a table's sub-row ("3.1" under "3") goes on with the rows (held-out batch 30)
                after_row &= item.table_row;
                match &item.kind {
                    ItemKind::Number(n) => {
                        item_since_sub = true;
                        let same = runs.last().is_some_and(|r| r.0 == item.part);
                        // "1.", "1.", "3.": the second "1." is a slip for "2.", not a list
                        // started again after a list of one (real set 8, a planted mistake)
                        let slip_for_two = *n == 1
                            && same
                            && runs
                                .last()
                                .is_some_and(|r| r.1.len() == 1 && number_of(r.1[0]) == 1)
                            && body.items[k + 1..]
                                .iter()
                                .find(|i| !i.table_row && matches!(i.kind, ItemKind::Number(_)))
                                .is_some_and(|i| i.part == item.part && number_of(i) == 3);
                        if !same || (*n == 1 && !slip_for_two) {
                            runs.push((item.part, Vec::new()));
                        }
                        if let Some(r) = runs.last_mut() {
                            r.1.push(item);
                        }
                    }
                    ItemKind::Sub { path, .. } => {
                        let (&last, parent) = path.as_slice().split_last().unwrap_or((&0, &[]));
                        let same = sub_runs
                            .last()
                            .is_some_and(|r| r.0 .0 == item.part && r.0 .1 == parent);
                        if !same || (last == 1 && item_since_sub) {
                            sub_runs.push(((item.part, parent.to_vec()), Vec::new()));
                        }
                        item_since_sub = false;
                        if let Some(r) = sub_runs.last_mut() {
                            r.1.push(item);
                        }
                    }
                    _ => {}
                }
            }
            for run in &row_runs {
                if !numbered_column(doc, run) {
                    continue;
                }
                let values: Vec<u32> = run.iter().map(|i| number_of(i)).collect();
                report(doc, ctx, run, &values, |n| n.to_string(), "");
            }
            for (_, run) in &runs {
                let numbers: Vec<u32> = run.iter().map(|i| number_of(i)).collect();
                report(doc, ctx, run, &numbers, |n| format!("{n}."), "");
            }
            for ((_, parent), run) in &sub_runs {
                let numbers: Vec<u32> = run.iter().map(|i| number_of(i)).collect();
                let prefix: String = parent.iter().map(|p| format!("{p}.")).collect();
                report(doc, ctx, run, &numbers, |n| format!("{prefix}{n}"), &prefix);
            }
        }
    }
}

/// Whether a table's first column numbers its rows: unless the header row above names that
/// column otherwise ("Khối" 6, 7, 8, 9 of a school's table, held-out batch 36), it does.
fn numbered_column(doc: &Document, run: &[&Item]) -> bool {
    let Some(first) = run.first() else {
        return false;
    };
    // (a row's cells are lines of their own: the header row's first cell is at column 0)
    let Some(header) = (0..first.line)
        .rev()
        .find(|&l| !doc.lines[l].is_blank() && doc.lines[l].col == 0)
    else {
        return true;
    };
    let cells = doc
        .lines
        .get(header + 1)
        .is_some_and(|next| next.row == doc.lines[header].row);
    let cell = doc.content(header).trim();
    let label = crate::vietnamese::fold::fold(cell);
    let names_rows = matches!(
        label.trim_end_matches('.'),
        "stt" | "tt" | "so tt" | "so thu tu" | "so" | "thu tu" | "muc"
    );
    // a header cell of words that is no such label names the column's data
    names_rows || !cell.chars().next().is_some_and(crate::vietnamese::case::is_letter) || !cells
}

fn number_of(item: &Item) -> u32 {
    match &item.kind {
        ItemKind::Number(n) => *n,
        ItemKind::Sub { path, .. } => path.as_slice().last().copied().unwrap_or(0) as u32,
        _ => 0,
    }
}

fn report(
    doc: &Document,
    ctx: &mut Context,
    run: &[&Item],
    numbers: &[u32],
    show: impl Fn(u32) -> String,
    prefix: &str,
) {
    for b in sequence::breaks(numbers, &[1]) {
        let item = run[b.index];
        let written = doc
            .slice(item.marker)
            .trim_end_matches(['.', ')', '-'])
            .to_string();
        let before = b.index.checked_sub(1).map(|k| show(numbers[k]));
        let want = show(b.expected);
        let (vi, en) =
            sequence_message(&written, before.as_deref(), &want, b.kind, ("Mục", "Item"));
        // the last number of the marker: "4" of "4.", "3" of "2.3."
        let digits = written.len() - prefix.len();
        let number = Span::new(
            item.marker.start + prefix.len(),
            item.marker.start + prefix.len() + digits,
        );
        let d = ctx.emit(number, vi, en);
        if b.mendable {
            d.safe_fix(number, b.expected.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// Held-out batch 30: a report form's table numbers its rows "1, 2, 3, 3.1, 3.2, 3.3, 4,
    /// 5"; the row after the sub-rows goes on with the others.
    #[test]
    fn a_table_goes_on_after_its_sub_rows() {
        let rule = "structure/item-numbering";
        let form = "I. KẾT QUẢ RÀ SOÁT\nSTT\tNội dung\tSố lượng\n1\tSố thôn\t……\n2\tSố tổ hòa giải\t……\n3\tTổng số hòa giải viên\t……\n3.1\tTrong đó: nữ\t……\n3.2\tNgười dân tộc thiểu số\t……\n4\tSố hòa giải viên cho thôi\t……\n5\tSố hòa giải viên mới\t……\n";
        assert!(findings(rule, form).is_empty(), "{:?}", findings(rule, form));
        let skipped = form.replace("5\tSố", "6\tSố");
        assert_eq!(findings(rule, &skipped).len(), 1, "{:?}", findings(rule, &skipped));
    }

    /// A sub-item written twice under the same item is a repeat (held-out batch 7, a
    /// preschool's report: "2.1. Công tác nuôi dưỡng" … "2.1. Công tác chăm sóc"); the same
    /// numbers under a later item or part are a list of their own.
    /// Held-out batch 26: a blank registration form numbers its rows "1, 2, 3, …, 12"; rows
    /// that skip with nothing between them are still reported.
    #[test]
    fn rows_left_out_of_a_blank_form() {
        let rule = "structure/item-numbering";
        let form = "ĐĂNG KÝ THI ĐẤU\nTT\tHọ và tên\tNgày sinh\n1\t……………\t……………\n2\t……………\t……………\n3\t……………\t……………\n…\t……………\t……………\n12\t……………\t……………\n";
        assert!(findings(rule, form).is_empty(), "{:?}", findings(rule, form));
        let skipped = form.replace("…\t……………\t……………\n12", "12");
        assert_eq!(findings(rule, &skipped).len(), 1, "{:?}", findings(rule, &skipped));
    }

    #[test]
    fn a_sub_item_written_twice() {
        let rule = "structure/item-numbering";
        let twice = "II. KẾT QUẢ\n1. Huy động trẻ\n2. Nuôi dưỡng, chăm sóc\n2.1. Công tác nuôi dưỡng\na) Bán trú.\nb) Khẩu phần.\n2.1. Công tác chăm sóc sức khỏe\n3. An toàn\n";
        assert_eq!(findings(rule, twice).len(), 1, "{:?}", findings(rule, twice));
        let right = twice.replace("2.1. Công tác chăm", "2.2. Công tác chăm");
        assert!(findings(rule, &right).is_empty());
        let parts = "I. TÌNH HÌNH\n1. Chung\n2. Riêng\n2.1. Thuận lợi\n2.2. Khó khăn\nII. NHIỆM VỤ\n1. Chung\n2. Riêng\n2.1. Trọng tâm\n2.2. Cụ thể\n";
        assert!(findings(rule, parts).is_empty(), "{:?}", findings(rule, parts));
    }

    /// Real set 8 (a planted mistake): "1.", "1.", "3." is a "2." written "1.", reported
    /// there with its fix; a list of one item started again at "1." and going on is not.
    #[test]
    fn one_written_for_two() {
        let rule = "structure/item-numbering";
        let slip = "I. MỤC ĐÍCH\n1. Hưởng ứng Tháng hành động.\n1. Phát huy vai trò xung kích.\n3. Tổ chức hoạt động hè.\n";
        assert_eq!(findings(rule, slip), ["3:1 Mục “1” lặp lại; số đúng ở đây là “2.”"]);
        let restart = "I. MỤC ĐÍCH\n1. Hưởng ứng.\nCác hoạt động:\n1. Phát huy.\n2. Tổ chức.\n";
        assert!(findings(rule, restart).is_empty(), "{:?}", findings(rule, restart));
    }

    /// Held-out batch 36: a school's table whose first column is the grade ("Khối" 6 to 9)
    /// numbers no rows; a table numbered by "STT" that starts at 6 is still reported.
    #[test]
    fn a_tables_first_column_of_data() {
        let rule = "structure/item-numbering";
        let table = |head: &str| format!("Phụ lục I\nKẾT QUẢ HỌC TẬP\n{head}\tSố lớp\tSố học sinh\n6\t6\t258\n7\t6\t246\n8\t6\t242\n9\t6\t240\n");
        assert!(findings(rule, &table("Khối")).is_empty(), "{:?}", findings(rule, &table("Khối")));
        assert_eq!(findings(rule, &table("STT")).len(), 1);
    }

    /// A Party list numbered "1-", "2-": the skipped number is reported, and its fix keeps
    /// the dash (review of the eighth session).
    #[test]
    fn a_dashed_list_keeps_its_dash() {
        let plan = "I- MỤC ĐÍCH, YÊU CẦU\n1- Mục đích\nNâng cao nhận thức.\n3- Yêu cầu\nThiết thực.\n";
        assert_eq!(findings("structure/item-numbering", plan).len(), 1);
        let fixed = crate::fix::lint_fix(plan, &crate::Config::default()).text;
        assert!(fixed.contains("\n2- Yêu cầu"), "{fixed}");
    }
}
