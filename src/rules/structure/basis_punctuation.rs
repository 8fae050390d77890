use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Checks the punctuation of the preamble: the legal-basis lines (`Căn cứ …`) and the lines
    /// that follow them (`Xét …`, `Theo đề nghị …`) each end with `;`, and the last one with
    /// `.` when the enacting word (`QUYẾT ĐỊNH:`), a part heading or an article follows, or
    /// with anything but `;` when a new sentence follows (`Ủy ban nhân dân xã ban hành …`). A
    /// last line that leads into the opening sentence (`…, Ủy ban nhân dân tỉnh ban hành Kế
    /// hoạch như sau:`) is left alone, and so is a Front or mass-organisation text's "…;"
    /// before its opening sentence. Party texts, whose bases end with `;` or `,`, are not
    /// judged on their last line.
    ///
    /// ## Why
    /// The decree fixes this punctuation for the legal bases.
    ///
    /// ## Example
    /// ```text
    /// KẾ HOẠCH
    /// Chuyển đổi số năm 2026
    /// Căn cứ Luật Tổ chức chính quyền địa phương;
    /// Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;
    /// I. MỤC ĐÍCH, YÊU CẦU
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// KẾ HOẠCH
    /// Chuyển đổi số năm 2026
    /// Căn cứ Luật Tổ chức chính quyền địa phương;
    /// Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ.
    /// I. MỤC ĐÍCH, YÊU CẦU
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 6 điểm a: “các căn cứ … kết thúc bằng
    /// dấu chấm phẩy (;), riêng căn cứ cuối cùng kết thúc bằng dấu chấm (.)”.
    pub struct BasisPunctuation {
        id: "structure/basis-punctuation",
        severity: Warning,
        fix: Safe,
        summary: "Dấu câu cuối các dòng căn cứ không đúng (“;” và “.” ở căn cứ cuối)",
        summary_en: "Legal-basis lines must end with “;” (the last with “.”)",
    }
}

impl Rule for BasisPunctuation {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(&last_base) = doc.body.bases.last() else {
            return;
        };
        // the preamble: the bases, then the "Xét …" and "Theo đề nghị …" lines right after
        let mut preamble = doc.body.bases.clone();
        let mut next = next_line(doc, last_base);
        while let Some(n) = next.filter(|&n| continues_preamble(doc.slice(doc.lines[n].content))) {
            preamble.push(n);
            next = next_line(doc, n);
        }
        for (k, &l) in preamble.iter().enumerate() {
            let content = doc.lines[l].content;
            let text = doc.slice(content);
            let last_char = text.chars().next_back().unwrap_or(' ');
            let mark = if matches!(last_char, ';' | '.' | ',' | ':') {
                Span::new(content.end - last_char.len_utf8(), content.end)
            } else {
                Span::empty(content.end)
            };
            if k + 1 < preamble.len() {
                if last_char != ';' && last_char != ':' {
                    ctx.emit(
                        mark,
                        "Dòng căn cứ phải kết thúc bằng dấu chấm phẩy “;”",
                        "A legal-basis line must end with “;”",
                    )
                    .safe_fix(mark, ";");
                }
                continue;
            }
            if !doc.profile.conventions().last_basis_full_stop {
                continue;
            }
            let Some(n) = next else {
                continue;
            };
            let following = doc.slice(doc.lines[n].content);
            let ends_clause = doc.body.parts.first().is_some_and(|p| p.line == n)
                || doc.body.articles.first().is_some_and(|a| a.line == n)
                || enacting(following);
            // a new sentence: "Ủy ban nhân dân xã … như sau:" (a comma would carry the basis
            // into it, which is how some clerks write it)
            let new_sentence = crate::vietnamese::starts_upper(following)
                && !crate::vietnamese::is_upper(following);
            // before a new sentence, only a state text's own "Căn cứ" line is held to the
            // decree: the Front's "Căn cứ …; Thực hiện …; Ban Thường trực … như sau:" is read
            // as one sentence in its practice
            let state_basis = doc.profile == crate::config::Profile::Nd30
                && crate::vietnamese::fold::fold_prefix(text, 7) == "can cu ";
            let wrong = if ends_clause {
                matches!(last_char, ';' | ',')
            } else {
                new_sentence && state_basis && last_char == ';'
            };
            if wrong {
                ctx.emit(
                    mark,
                    "Dòng cuối cùng của phần căn cứ phải kết thúc bằng dấu chấm “.”",
                    "The last line of the legal bases must end with “.”",
                )
                .safe_fix(mark, ".");
            }
        }
    }
}

fn next_line(doc: &Document, line: usize) -> Option<usize> {
    (line + 1..doc.body.end).find(|&i| !doc.lines[i].is_blank())
}

/// "Xét Tờ trình …", "Theo đề nghị của …": the preamble goes on.
fn continues_preamble(text: &str) -> bool {
    let f = crate::vietnamese::fold::fold_prefix(text, 14);
    f.starts_with("xet ")
        || f.starts_with("theo de nghi")
        || f.starts_with("theo de xuat")
        || f.starts_with("thuc hien ")
}

/// "QUYẾT ĐỊNH:", "BAN THƯỜNG VỤ … QUYẾT ĐỊNH:", "QUYẾT NGHỊ:".
fn enacting(text: &str) -> bool {
    let bare = text.trim_end_matches([':', '.', ' ']);
    crate::vietnamese::is_upper(bare) && {
        let f = crate::vietnamese::fold::fold(bare);
        f.ends_with("quyet dinh") || f.ends_with("quyet nghi")
    }
}
