use crate::declare_rule;
use crate::document::types::TYPES;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Reports a document that calls itself by another type: a Kế hoạch that says
    /// “Hướng dẫn này” or “Trên đây là Hướng dẫn …”.
    ///
    /// ## Why
    /// The text was copied from a document of another type and not adapted; readers cannot tell
    /// which document is meant.
    ///
    /// ## Example
    /// ```text
    /// KẾ HOẠCH
    /// Tuyên truyền năm 2026
    /// 3. Căn cứ vào Hướng dẫn này, các xã xây dựng văn bản triển khai.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// KẾ HOẠCH
    /// Tuyên truyền năm 2026
    /// 3. Căn cứ vào Kế hoạch này, các xã xây dựng văn bản triển khai.
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm đ (tên loại văn bản); consistency.
    pub struct SelfReference {
        id: "structure/self-reference",
        severity: Error,
        fix: Unsafe,
        summary: "Văn bản tự gọi mình bằng tên loại khác (Kế hoạch nói “Hướng dẫn này”)",
        summary_en: "The document calls itself by another type (a plan saying “Hướng dẫn này”)",
    }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_lowercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

impl Rule for SelfReference {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(own) = doc.header.type_name.map(|t| t.doc_type) else {
            return;
        };
        for i in doc.body.start..doc.body.end {
            let line = doc.lines[i];
            if line.is_blank() {
                continue;
            }
            let text = doc.slice(line.content);
            for t in TYPES.iter().filter(|t| t.name != own.name) {
                for name in [t.name.to_string(), lower_first(t.name)] {
                    for (pos, _) in text.match_indices(&name) {
                        let after = &text[pos + name.len()..];
                        let before = &text[..pos];
                        let this = after.starts_with(" này")
                            && !after[" này".len()..].starts_with(|c: char| c.is_alphanumeric());
                        let closing = crate::vietnamese::fold(before)
                            .trim_end()
                            .ends_with("tren day la");
                        // "Hướng dẫn số 14/HD… ; Hướng dẫn này …" refers back to a cited document
                        let cited_before = text.contains(&format!("{} số", t.name));
                        if (this && !cited_before) || closing {
                            let span = Span::new(
                                line.content.start + pos,
                                line.content.start + pos + name.len(),
                            );
                            let replacement = if name.starts_with(char::is_uppercase) {
                                own.name.to_string()
                            } else {
                                lower_first(own.name)
                            };
                            ctx.emit(
                                span,
                                format!(
                                    "Văn bản là {} nhưng tự gọi là “{}”",
                                    own.name.to_lowercase(),
                                    name
                                ),
                                format!(
                                    "The document is a {} but calls itself “{}”",
                                    own.name, name
                                ),
                            )
                            .unsafe_fix(span, replacement);
                        }
                    }
                }
            }
        }
    }
}
