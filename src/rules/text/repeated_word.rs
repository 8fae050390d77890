use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};
use crate::vietnamese::fold;

/// Function words that are never doubled on purpose (unlike “người người”, “ngày ngày”).
const FUNCTION_WORDS: &[&str] = &[
    "các", "của", "và", "được", "những", "trong", "cho", "để", "với", "về", "theo", "tại", "thì",
    "mà", "đã", "sẽ", "đang", "này", "đó", "số",
];

declare_rule! {
    /// ## What it does
    /// Reports a function word typed twice (“các các”, “của của”) and an issuer repeated inside
    /// one citation (“Kết luận số 12-KL/TW của Bộ Chính trị ngày 12/8/2021 của Bộ Chính trị”).
    /// Reduplicated words that Vietnamese uses on purpose (“người người”, “ngày ngày”) are not
    /// reported.
    ///
    /// ## Why
    /// A repetition left after editing.
    ///
    /// ## Example
    /// ```text
    /// Triển khai Kết luận số 12-KL/TW của Bộ Chính trị ngày 12/8/2021 của Bộ Chính trị về công tác người Việt Nam ở nước ngoài.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Triển khai Kết luận số 12-KL/TW ngày 12/8/2021 của Bộ Chính trị về công tác người Việt Nam ở nước ngoài.
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 6 (viện dẫn: tên loại, số, ngày, cơ quan
    /// ban hành — once each).
    pub struct RepeatedWord {
        id: "text/repeated-word",
        severity: Warning,
        fix: Unsafe,
        summary: "Từ hoặc cụm từ bị lặp lại do sơ suất",
        summary_en: "A word or phrase repeated by mistake",
    }
}

impl Rule for RepeatedWord {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        for c in &doc.citations {
            if c.issuers.len() < 2 {
                continue;
            }
            let first = fold(doc.slice(c.issuers[0].span));
            for iss in &c.issuers[1..] {
                if fold(doc.slice(iss.span)) != first {
                    continue;
                }
                // include the "của " before it
                let start = iss.span.start.saturating_sub("của ".len());
                let span = if doc.text().get(start..iss.span.start) == Some("của ") {
                    Span::new(start, iss.span.end)
                } else {
                    iss.span
                };
                let remove = Span::new(span.start.saturating_sub(1), span.end);
                ctx.emit(
                    span,
                    format!(
                        "“{}” lặp lại trong cùng một lần viện dẫn {}",
                        doc.slice(span),
                        c.number_text
                    ),
                    format!(
                        "“{}” is repeated within one citation of {}",
                        doc.slice(span),
                        c.number_text
                    ),
                )
                .unsafe_fix(remove, "");
            }
        }
        let text = doc.text();
        for pair in doc.words.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            // only a space between them, same length first (cheap), then the same function word
            if a.end - a.start != b.end - b.start
                || b.start != a.end + 1
                || text.as_bytes()[a.end as usize] != b' '
            {
                continue;
            }
            let (x, y) = (a.text(text), b.text(text));
            let lower_eq = |p: &str, q: &str| {
                p.chars()
                    .map(crate::vietnamese::case::lower)
                    .eq(q.chars().map(crate::vietnamese::case::lower))
            };
            // the same word (byte-equal is the common case; a differing first byte other than
            // by ASCII case rules it out cheaply), then a function word
            let first_differs = !x.as_bytes()[0].eq_ignore_ascii_case(&y.as_bytes()[0]);
            if (x != y && (first_differs || !lower_eq(x, y)))
                || !FUNCTION_WORDS
                    .iter()
                    .any(|f| f.len() == x.len() && lower_eq(x, f))
            {
                continue;
            }
            let w = b.text(text);
            ctx.emit(
                Span::new(a.start as usize, b.end as usize),
                format!("Từ “{w}” bị lặp"),
                format!("The word “{w}” is repeated"),
            )
            .unsafe_fix(Span::new(a.start as usize, b.start as usize), "");
        }
    }
}
