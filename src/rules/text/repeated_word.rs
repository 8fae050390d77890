use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule, RuleMeta};
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
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

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
        for line in doc.lines.iter().filter(|l| !l.is_blank()) {
            let text = doc.slice(line.content);
            let base = line.content.start;
            let mut prev: Option<(usize, &str)> = None;
            let mut pos = 0;
            for w in text.split(' ') {
                let here = pos;
                pos += w.len() + 1;
                if w.is_empty() {
                    continue;
                }
                if let Some((ps, pw)) = prev {
                    if pw.to_lowercase() == w.to_lowercase()
                        && FUNCTION_WORDS.contains(&w.to_lowercase().as_str())
                    {
                        let span = Span::new(base + ps, base + here + w.len());
                        ctx.emit(
                            span,
                            format!("Từ “{w}” bị lặp"),
                            format!("The word “{w}” is repeated"),
                        )
                        .unsafe_fix(Span::new(base + ps, base + here), "");
                    }
                }
                prev = Some((here, w));
            }
        }
    }
}
