//! `--format pretty`: rustc-style reports with the source line, a caret under the exact
//! characters, the rule id, the message and a help line.

use super::FileResult;
use crate::source::LineIndex;
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

/// How many bytes of the line the snippet shows around a finding, and at most how much of a
/// long finding: the cost of a report is the size of what it prints, however long the line.
const CONTEXT: usize = 80;
const MAX_SPAN: usize = 320;

/// The largest char boundary of `s` at or below `i`, and the smallest at or above it.
fn floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The part of the source a finding is shown in: a window of its line(s) with the unsafe
/// characters made visible, and the finding's span inside that window.
struct Window {
    text: String,
    span: std::ops::Range<usize>,
}

/// The window of `start..end`, which runs from 1-based line `line` to `end_line`.
fn window(
    src: &str,
    index: &LineIndex,
    (start, end): (usize, usize),
    (line, end_line): (usize, usize),
) -> Window {
    let start = floor(src, start);
    let end = floor(src, end.max(start));
    let line_start = index.line_start((line - 1).min(index.line_count() - 1));
    // the end of the line the finding ends on, without its line break
    let mut line_end = if end_line < index.line_count() {
        index.line_start(end_line)
    } else {
        src.len()
    };
    while line_end > end && matches!(src.as_bytes()[line_end - 1], b'\n' | b'\r') {
        line_end -= 1;
    }
    let from = floor(src, start.saturating_sub(CONTEXT)).max(line_start.min(start));
    let shown_end = end.min(ceil(src, start + MAX_SPAN));
    let to = ceil(src, shown_end + CONTEXT).min(line_end.max(shown_end));
    let mut text = String::with_capacity(to - from + 8);
    if from > line_start {
        text.push('…');
    }
    let mut span = 0..0;
    for (i, c) in src[from..to].char_indices() {
        let at = from + i;
        if at == start {
            span.start = text.len();
        }
        if at == shown_end {
            span.end = text.len();
        }
        match c {
            '\n' => text.push('\n'),
            // a CRLF is one break; a lone CR is a break too (as the line index counts)
            '\r' if src.as_bytes().get(at + 1) == Some(&b'\n') => {}
            '\r' => text.push('\n'),
            c if super::is_unsafe_char(c) => super::picture(c, &mut text),
            c => text.push(c),
        }
    }
    if start == to {
        span.start = text.len();
    }
    if shown_end == to {
        span.end = text.len();
    }
    span.end = span.end.max(span.start);
    if to < line_end {
        text.push('…');
    }
    Window { text, span }
}

/// One file's findings, with the omitted-findings note.
pub fn file(r: &FileResult, color: bool, lang: Lang) -> String {
    let mut out = String::new();
    if r.report.diagnostics.is_empty() && r.report.omitted.total() == 0 {
        return out;
    }
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let src = &r.source;
    let index = LineIndex::new(src);
    let path = super::display_path(&r.path);
    for d in &r.report.diagnostics {
        let w = window(src, &index, (d.start, d.end), (d.line, d.end_line));
        // the related place, shown from its first line ("phần nơi nhận" of an unlisted body,
        // the other date of a document cited twice)
        let related = d.related.as_ref().map(|r| {
            let line_end = if r.line < index.line_count() {
                index.line_start(r.line)
            } else {
                src.len()
            };
            let end = r.end.min(line_end).max(r.start);
            (r, window(src, &index, (r.start, end), (r.line, r.line)))
        });
        let message = super::clean(&d.message);
        let title = level(d.severity)
            .primary_title(message.as_ref())
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
        let snippet = Snippet::source(w.text.as_str())
            .line_start(d.line)
            .path(path.as_ref())
            .annotation(AnnotationKind::Primary.span(w.span).label(label_text));
        let help_text = help(d, lang).map(|h| super::clean(&h).into_owned());
        let mut groups = vec![title.element(snippet)];
        if let Some((r, rw)) = &related {
            let shown = Snippet::source(rw.text.as_str())
                .line_start(r.line)
                .path(path.as_ref())
                .annotation(
                    AnnotationKind::Context
                        .span(rw.span.clone())
                        .label(&r.message),
                );
            groups.push(
                Group::with_title(Level::NOTE.secondary_title(r.message.as_str())).element(shown),
            );
        }
        if let Some(h) = &help_text {
            groups.push(Group::with_title(Level::HELP.secondary_title(h.as_str())));
        }
        let _ = writeln!(out, "{}\n", renderer.render(&groups));
    }
    if let Some(note) = super::omitted_note(&r.report, lang) {
        let _ = writeln!(out, "{path}: {note}\n");
    }
    out
}
