//! Applying fixes to the original text.

use crate::diagnostic::{Applicability, Diagnostic, Fix};

/// The safe fixes that [`apply_safe_fixes`] applies, in order: valid ranges, sorted, never
/// overlapping (of two overlapping fixes the first by position wins; a second run picks the
/// other up), and an insertion equal to the end of the previous replacement is not repeated.
pub fn select_safe_fixes<'a>(
    text: &str,
    diagnostics: &'a [Diagnostic],
) -> Vec<(&'a Diagnostic, &'a Fix)> {
    let mut fixes: Vec<(&Diagnostic, &Fix)> = diagnostics
        .iter()
        .filter_map(|d| d.fix.as_ref().map(|f| (d, f)))
        .filter(|(_, f)| f.applicability == Applicability::Safe)
        .filter(|(_, f)| {
            f.start <= f.end
                && f.end <= text.len()
                && text.is_char_boundary(f.start)
                && text.is_char_boundary(f.end)
        })
        .collect();
    crate::sort::by_key(&mut fixes, |(_, f)| crate::sort::span_key(f.start, f.end));
    let mut chosen: Vec<(&Diagnostic, &Fix)> = Vec::new();
    for (d, f) in fixes {
        if let Some((_, last)) = chosen.last() {
            let repeated_insertion = f.start == f.end
                && f.start == last.end
                && last.replacement.ends_with(&f.replacement);
            if f.start < last.end || repeated_insertion {
                continue;
            }
        }
        chosen.push((d, f));
    }
    chosen
}

/// Applies every safe fix of `diagnostics` to `text` (see [`select_safe_fixes`]). Returns the
/// new text and how many fixes were applied.
pub fn apply_safe_fixes(text: &str, diagnostics: &[Diagnostic]) -> (String, usize) {
    let chosen = select_safe_fixes(text, diagnostics);
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for (_, f) in &chosen {
        out.push_str(&text[pos..f.start]);
        out.push_str(&f.replacement);
        pos = f.end;
    }
    out.push_str(&text[pos..]);
    (out, chosen.len())
}
