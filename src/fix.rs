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

/// How many rounds [`lint_fix`] runs at most: fixes that uncover other fixes settle in two or
/// three; the bound keeps a pair of rules that undo each other from looping.
pub const MAX_FIX_ROUNDS: usize = 8;

/// One fix that [`lint_fix`] applied: the rule, and where in the text it was at the time.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AppliedFix {
    pub rule: crate::rules::RuleId,
    pub message: String,
    /// 1-based line in the text of the round that applied it.
    pub line: usize,
}

/// What [`lint_fix`] returns: the fixed text, what was changed, and the report on the fixed
/// text.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct FixOutcome {
    pub text: String,
    pub applied: Vec<AppliedFix>,
    pub report: crate::Report,
    /// Whether the fixes stopped changing the text within [`MAX_FIX_ROUNDS`] rounds.
    pub converged: bool,
}

/// Lints `text`, applies its safe fixes, and repeats on the result until nothing is left to
/// fix (at most [`MAX_FIX_ROUNDS`] rounds): the fixed point that `vanban check --fix` writes and
/// the npm package's `fixAll` returns.
pub fn lint_fix(text: &str, config: &crate::Config) -> FixOutcome {
    let mut current = text.to_string();
    let mut report = crate::lint(&current, config);
    let mut applied = Vec::new();
    for _ in 0..MAX_FIX_ROUNDS {
        let chosen = select_safe_fixes(&current, &report.diagnostics);
        if chosen.is_empty() {
            return FixOutcome {
                text: current,
                applied,
                report,
                converged: true,
            };
        }
        applied.extend(chosen.iter().map(|(d, _)| AppliedFix {
            rule: d.rule,
            message: d.message.clone(),
            line: d.line,
        }));
        let (fixed, _) = apply_safe_fixes(&current, &report.diagnostics);
        if fixed == current {
            return FixOutcome {
                text: current,
                applied,
                report,
                converged: true,
            };
        }
        current = fixed;
        report = crate::lint(&current, config);
    }
    let converged = select_safe_fixes(&current, &report.diagnostics).is_empty();
    FixOutcome {
        text: current,
        applied,
        report,
        converged,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixes_reach_the_fixed_point_in_one_call() {
        let text = "Số: 9 /KH-UBND\nĐộc lập – Tự do – Hạnh phúc\n";
        let out = lint_fix(text, &crate::Config::default());
        assert!(out.converged);
        assert!(out.text.contains("Số: 09/KH-UBND"), "{}", out.text);
        assert!(
            out.text.contains("Độc lập - Tự do - Hạnh phúc"),
            "{}",
            out.text
        );
        assert!(select_safe_fixes(&out.text, &out.report.diagnostics).is_empty());
        assert!(out.applied.len() >= 2, "{:?}", out.applied);
        let again = lint_fix(&out.text, &crate::Config::default());
        assert_eq!(again.text, out.text);
        assert!(again.applied.is_empty());
    }
}
