//! Applying fixes to the original text.

use crate::diagnostic::{Applicability, Diagnostic};

/// Applies every safe fix of `diagnostics` to `text`. Overlapping fixes are skipped (the first
/// by position wins); a second run picks them up. Returns the new text and how many were applied.
pub fn apply_safe_fixes(text: &str, diagnostics: &[Diagnostic]) -> (String, usize) {
    let mut fixes: Vec<_> = diagnostics
        .iter()
        .filter_map(|d| d.fix.as_ref())
        .filter(|f| f.applicability == Applicability::Safe)
        .filter(|f| {
            f.start <= f.end
                && f.end <= text.len()
                && text.is_char_boundary(f.start)
                && text.is_char_boundary(f.end)
        })
        .collect();
    fixes.sort_by_key(|f| (f.start, f.end));
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    let mut applied = 0;
    for f in fixes {
        if f.start < pos
            || (f.start == pos && applied > 0 && f.start == f.end && out.ends_with(&f.replacement))
        {
            continue;
        }
        out.push_str(&text[pos..f.start]);
        out.push_str(&f.replacement);
        pos = f.end;
        applied += 1;
    }
    out.push_str(&text[pos..]);
    (out, applied)
}
