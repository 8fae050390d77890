//! `--format sarif`: SARIF 2.1.0, with the rule list in `tool.driver.rules`, 1-based regions
//! and `columnKind` set (columns count Unicode scalar values).

use super::{FileResult, Summary};
use crate::rules;
use crate::Severity;
use serde_json::{json, Value};

/// The rule list and the run's start, up to the opening of `results`.
pub fn begin() -> String {
    let rule_list: Vec<Value> = rules::all()
        .iter()
        .map(|r| {
            let m = r.meta();
            json!({
                "id": m.id,
                "name": m.id.replace(['/', '-'], "_"),
                "shortDescription": { "text": m.summary_en },
                "fullDescription": { "text": m.summary },
                "help": { "text": m.doc_text(), "markdown": m.doc_text() },
                "defaultConfiguration": { "level": level(m.severity) },
            })
        })
        .collect();
    let tool = json!({ "driver": {
        "name": "vanban",
        "version": env!("CARGO_PKG_VERSION"),
        "informationUri": "https://www.npmjs.com/package/vanban",
        "rules": rule_list,
    }});
    format!(
        "{{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {{\n      \"tool\": {},\n      \"columnKind\": \"unicodeCodePoints\",\n      \"results\": [",
        indent(&serde_json::to_string_pretty(&tool).expect("sarif serializes"), 6)
    )
}

fn indent(s: &str, by: usize) -> String {
    s.replace('\n', &format!("\n{}", " ".repeat(by)))
}

/// One file's results, comma-separated (empty for a clean file).
pub fn file(r: &FileResult) -> String {
    let mut out = String::new();
    let uri = uri(&r.path);
    for d in &r.report.diagnostics {
        let mut result = json!({
            "ruleId": d.rule,
            "ruleIndex": d.rule as usize,
            "level": level(d.severity),
            "message": { "text": d.message },
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": { "uri": uri },
                    "region": {
                        "startLine": d.line,
                        "startColumn": d.column,
                        "endLine": d.end_line,
                        "endColumn": d.end_column.max(1),
                        "byteOffset": d.start,
                        "byteLength": d.end - d.start,
                    }
                }
            }],
        });
        // the place that explains the finding (the Nơi nhận an unlisted body is missing from,
        // the earlier citation a date conflicts with), as code scanning shows it
        if let Some(r) = &d.related {
            result["relatedLocations"] = json!([{
                "id": 0,
                "message": { "text": r.message },
                "physicalLocation": {
                    "artifactLocation": { "uri": uri },
                    "region": {
                        "startLine": r.line,
                        "startColumn": r.column,
                        "byteOffset": r.start,
                        "byteLength": r.end - r.start,
                    }
                }
            }]);
        }
        if let Some(fix) = &d.fix {
            result["fixes"] = json!([{
                "description": { "text": fix.applicability.as_str() },
                "artifactChanges": [{
                    "artifactLocation": { "uri": uri },
                    "replacements": [{
                        "deletedRegion": { "byteOffset": fix.start, "byteLength": fix.end - fix.start },
                        "insertedContent": { "text": fix.replacement },
                    }]
                }]
            }]);
        }
        if !out.is_empty() {
            out.push(',');
        }
        out.push_str("\n        ");
        out.push_str(&indent(
            &serde_json::to_string_pretty(&result).expect("sarif serializes"),
            8,
        ));
    }
    out
}

/// Closes `results` and the run; the invocation says how many findings were left out.
pub fn end(summary: &Summary) -> String {
    let mut invocation = json!({ "executionSuccessful": true });
    if summary.omitted > 0 {
        invocation["toolExecutionNotifications"] = json!([{
            "level": "note",
            "message": { "text": format!("{} findings not shown (over --max-findings)", summary.omitted) },
        }]);
    }
    format!(
        "\n      ],\n      \"invocations\": [{}]\n    }}\n  ]\n}}\n",
        indent(
            &serde_json::to_string_pretty(&invocation).expect("sarif serializes"),
            6
        )
    )
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A relative URI reference for a path (RFC 3986): forward slashes, and every byte but the
/// unreserved characters and `/` percent-encoded (spaces, `%`, `:`, control characters,
/// non-ASCII letters as their UTF-8 bytes).
fn uri(path: &str) -> String {
    let p = path.replace('\\', "/");
    let p = p.strip_prefix("./").unwrap_or(&p);
    let mut out = String::with_capacity(p.len());
    for b in p.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(
            uri("./kế hoạch/a b.txt"),
            "k%E1%BA%BF%20ho%E1%BA%A1ch/a%20b.txt"
        );
        assert_eq!(uri("x\ny\r:%.txt"), "x%0Ay%0D%3A%25.txt");
    }
}
