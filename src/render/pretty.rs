//! `--format pretty`: rustc-style reports with the source line, a caret under the exact
//! characters, the rule id, the message and a help line.

use super::{FileResult, Summary};
use crate::{Diagnostic, Lang, Severity};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use std::fmt::Write;

fn level(s: Severity) -> Level<'static> {
    match s {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

/// How much of a fix's replacement the help line shows.
const SHOWN_CHARS: usize = 100;

/// The help line: the fix, or the suggestions.
fn help(d: &Diagnostic, lang: Lang) -> Option<String> {
    let vi = lang == Lang::Vi;
    if let Some(fix) = &d.fix {
        let safe = fix.applicability == crate::Applicability::Safe;
        let what = if fix.replacement.is_empty() {
            if vi {
                "xóa đoạn này".to_string()
            } else {
                "remove it".to_string()
            }
        } else {
            // a long replacement (a whole converted text) is shown by its start
            let mut shown: String = fix.replacement.chars().take(SHOWN_CHARS).collect();
            if shown.len() < fix.replacement.len() {
                shown.push('…');
            }
            let shown = shown.replace('\n', " / ");
            if vi {
                format!("sửa thành “{shown}”")
            } else {
                format!("replace with “{shown}”")
            }
        };
        let how = match (safe, vi) {
            (true, true) => " (tự sửa được: --fix)",
            (true, false) => " (safe fix: --fix)",
            (false, true) => " (cần người kiểm tra)",
            (false, false) => " (needs review)",
        };
        return Some(format!("{what}{how}"));
    }
    if !d.suggestions.is_empty() {
        let list = d
            .suggestions
            .iter()
            .map(|s| format!("“{}”", s.replace('\n', " / ")))
            .collect::<Vec<_>>()
            .join(", ");
        return Some(if vi {
            format!("gợi ý: {list}")
        } else {
            format!("suggestions: {list}")
        });
    }
    None
}

pub fn render(results: &[FileResult], color: bool, lang: Lang) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for r in results {
        let src = &r.source;
        for d in &r.report.diagnostics {
            // the lines that hold the finding
            let line_start = src[..d.start.min(src.len())]
                .rfind(['\n', '\r'])
                .map(|i| i + 1)
                .unwrap_or(0);
            let line_end = src[d.end.min(src.len())..]
                .find(['\n', '\r'])
                .map(|i| d.end + i)
                .unwrap_or(src.len());
            let snippet_text = &src[line_start..line_end.max(line_start)];
            let span = (d.start - line_start)..(d.end.max(d.start) - line_start);
            let title = level(d.severity)
                .primary_title(d.message.as_str())
                .id(d.rule.as_str());
            let label_text = if d.start == d.end {
                if lang == Lang::Vi {
                    "cần có ở đây"
                } else {
                    "expected here"
                }
            } else {
                ""
            };
            let snippet = Snippet::source(snippet_text)
                .line_start(d.line)
                .path(r.path.as_str())
                .annotation(AnnotationKind::Primary.span(span).label(label_text));
            let help_text = help(d, lang);
            let mut groups = vec![title.element(snippet)];
            if let Some(h) = &help_text {
                groups.push(Group::with_title(Level::HELP.secondary_title(h.as_str())));
            }
            let _ = writeln!(out, "{}\n", renderer.render(&groups));
        }
    }
    let s = Summary::of(results);
    let _ = writeln!(
        out,
        "{}",
        if lang == Lang::Vi {
            format!(
                "{} lỗi, {} cảnh báo, {} gợi ý trong {} tệp",
                s.errors, s.warnings, s.infos, s.files
            )
        } else {
            format!(
                "{} error(s), {} warning(s), {} info(s) in {} file(s)",
                s.errors, s.warnings, s.infos, s.files
            )
        }
    );
    out
}
