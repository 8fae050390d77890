//! Validating a document's registration metadata (a portal's form) with the document rules.
//!
//! The form's fields are written out as the header and closing lines they stand for (number
//! line, place-and-date line, type name, signature, recipients) and that text goes through the
//! same `lint` as a whole document. Each finding is then mapped back to the field its span came
//! from, with offsets into that field's value. So a form and a document can never disagree:
//! there is one set of rules. Findings spanning two fields (a symbol whose type code contradicts
//! the chosen type, `KT.` with a deputy's title) are cross-field findings and go to `form`.
//!
//! Rules about the body (`structure/*`, `recipients/unlisted`) cannot apply to a form and are
//! off; required fields that are empty are reported on the field, with the id of the rule that
//! reports the same gap in a document (`number/missing`, `signature/missing-name`, …).

use crate::config::{Config, Profile, RuleLevel};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::types::{self, DocType};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The signer block of a form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct Signer {
    /// Authority line(s): `"TM. BAN THƯỜNG TRỰC"`, `"KT. CHỦ TỊCH"`; several lines may be
    /// separated by a line break or `" / "`. Empty when the head signs in their own name.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub authority: String,
    /// The signer's title: `"PHÓ CHỦ TỊCH"`.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub title: String,
    /// The signer's full name.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub name: String,
}

/// The metadata of a document being registered. Every field is optional (a form is validated
/// while it is being filled in); empty required fields are reported.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct DocumentForm {
    /// Type: a name (`"Kế hoạch"`) or its code (`"KH"`).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub doc_type: String,
    /// The number alone: `"09"`.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub number: String,
    /// The symbol after the number: `"KH-MTTQ-BTT"` (state), `"KH/TU"` (Party).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub symbol: String,
    /// The issuing body: `"BAN THƯỜNG TRỰC"`.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub issuer: String,
    /// The body above it, if any: `"ỦY BAN MTTQ VIỆT NAM TỈNH TRÀ VINH"`.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub parent_issuer: String,
    /// Place name of the place-and-date line: `"Trà Vinh"`.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub place: String,
    /// Issue date, ISO `YYYY-MM-DD` (what `<input type=date>` gives) or `DD/MM/YYYY`.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub issue_date: String,
    /// The summary line under the type name (trích yếu).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub summary: String,
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub signer: Signer,
    /// Recipients, one per entry, without the leading dash (`"Lưu: VT"` included).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub recipients: Vec<String>,
    /// `"auto"`, `"nd30"`, `"mttq"` or `"party"`; overrides the options' profile.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub profile: Option<String>,
}

/// The result of validating a form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FormReport {
    /// No finding of severity `error`.
    pub valid: bool,
    /// Findings per field name (`"number"`, `"issueDate"`, `"signer.title"`, `"recipients"` …),
    /// with offsets into that field's value. Fields without findings are absent.
    pub fields: BTreeMap<String, Vec<Diagnostic>>,
    /// Cross-field findings, with offsets into `preview.text`.
    pub form: Vec<Diagnostic>,
    /// For each cross-field finding, the fields it involves (to mark them in a form).
    #[serde(skip)]
    pub form_fields: Vec<Vec<&'static str>>,
    /// The header and closing lines the form stands for, correctly formatted.
    pub preview: FormPreview,
    /// The profile the form was checked against.
    pub profile: Profile,
}

/// The formatted lines a form stands for, for a live preview.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct FormPreview {
    /// `"Số: 09/KH-MTTQ-BTT"` (state) or `"Số 125-KH/TU"` (Party).
    pub number: String,
    /// `"Trà Vinh, ngày 21 tháng 02 năm 2022"`.
    pub place_date: String,
    /// `"KẾ HOẠCH"`.
    pub type_name: String,
    /// Authority, title and name, one line each.
    pub signature: Vec<String>,
    /// `"- Ban Thường trực;"` … `"- Lưu: VT."`.
    pub recipients: Vec<String>,
    /// The whole rendered text that was checked (cross-field offsets point into it).
    pub text: String,
}

/// Every field name a report can use, in form order.
pub const FIELDS: &[&str] = &[
    "docType",
    "number",
    "symbol",
    "issuer",
    "parentIssuer",
    "place",
    "issueDate",
    "summary",
    "signer.authority",
    "signer.title",
    "signer.name",
    "recipients",
];

/// Findings between fields, even when their span lies in one field.
const CROSS_FIELD_RULES: &[&str] = &["number/type-mismatch", "signature/kt-deputy"];

/// Rules that need a body, which a form does not have.
const BODY_ONLY: &[&str] = &["structure", "recipients/unlisted", "text/tone-placement"];

/// A piece of the rendered text that came from a field.
struct Segment {
    field: &'static str,
    /// Where the piece is in the rendered text.
    start: usize,
    end: usize,
    /// Byte offset of the piece in the field's value, when the piece is a verbatim copy;
    /// `None` when the field was reformatted (a finding then covers the whole value).
    field_offset: Option<usize>,
}

struct Rendered {
    text: String,
    segments: Vec<Segment>,
    preview: FormPreview,
    /// Findings about the fields themselves (empty required fields, an unreadable date).
    direct: Vec<(&'static str, &'static str, Option<String>)>,
}

impl Rendered {
    fn push_field(&mut self, field: &'static str, value: &str, field_offset: usize) {
        let start = self.text.len();
        self.text.push_str(value);
        self.segments.push(Segment {
            field,
            start,
            end: self.text.len(),
            field_offset: Some(field_offset),
        });
    }

    fn push_derived(&mut self, field: &'static str, value: &str) {
        let start = self.text.len();
        self.text.push_str(value);
        self.segments.push(Segment {
            field,
            start,
            end: self.text.len(),
            field_offset: None,
        });
    }

    /// The pieces a span overlaps (an empty span: the piece it touches).
    fn touched(&self, start: usize, end: usize) -> Vec<&Segment> {
        self.segments
            .iter()
            .filter(|s| {
                if start == end {
                    s.start <= start && start <= s.end
                } else {
                    s.start < end && start < s.end
                }
            })
            .collect()
    }

    fn push(&mut self, s: &str) {
        self.text.push_str(s);
    }

    /// A line of the signature block: the field's trimmed value, on its own line.
    fn push_signature_line(&mut self, field: &'static str, raw: &str) {
        let value = raw.trim();
        self.push_field(field, value, raw.find(value).unwrap_or(0));
        self.preview.signature.push(value.to_string());
        self.push("\n");
    }
}

/// Validates a form with the document rules; see the module documentation.
pub fn validate(form: &DocumentForm, config: &Config) -> FormReport {
    let mut config = config.clone();
    if let Some(p) = form.profile.as_deref().and_then(Profile::parse) {
        config.profile = p;
    }
    if config.profile == Profile::Auto {
        config.profile = guess_profile(form);
    }
    for id in BODY_ONLY {
        config.rules.insert((*id).to_string(), RuleLevel::Off);
    }
    let rendered = render(form, config.profile, config.draft);
    let report = crate::lint(&rendered.text, &config);

    let mut fields: BTreeMap<String, Vec<Diagnostic>> = BTreeMap::new();
    let mut cross = Vec::new();
    let mut cross_fields = Vec::new();
    let direct_rules: Vec<&str> = rendered.direct.iter().map(|d| d.1).collect();
    for (field, rule, message) in &rendered.direct {
        let Some(meta) = crate::rules::by_id(rule).map(|r| r.meta()) else {
            continue;
        };
        let RuleLevel::On(severity) = config.level(rule, meta.severity) else {
            continue;
        };
        let message = message.clone().unwrap_or_else(|| match config.lang {
            crate::Lang::Vi => meta.summary.to_string(),
            crate::Lang::En => meta.summary_en.to_string(),
        });
        let value = field_value(form, field);
        let d = field_diagnostic(rule, severity, message, &value, 0, value.len());
        fields.entry((*field).to_string()).or_default().push(d);
    }
    for d in report.diagnostics {
        if direct_rules.contains(&d.rule.as_str()) {
            continue; // already reported on the empty field
        }
        let touched = rendered.touched(d.start, d.end);
        let mut names: Vec<&'static str> = touched.iter().map(|s| s.field).collect();
        names.dedup();
        if names.len() != 1 || CROSS_FIELD_RULES.contains(&d.rule.as_str()) {
            if let Some(rel) = &d.related {
                names.extend(rendered.touched(rel.start, rel.end).iter().map(|s| s.field));
            }
            crate::sort::by_key(&mut names, |n| {
                FIELDS
                    .iter()
                    .position(|f| f == n)
                    .map_or(0, |p| p as u64 + 1)
            });
            names.dedup();
            cross_fields.push(names);
            cross.push(d);
            continue;
        }
        let seg = touched[0];
        let value = field_value(form, seg.field);
        let (start, end) = match seg.field_offset {
            Some(off) => {
                let s = off + d.start.max(seg.start) - seg.start;
                let e = off + d.end.min(seg.end) - seg.start;
                (s.min(value.len()), e.min(value.len()))
            }
            None => (0, value.len()),
        };
        let mut fd = field_diagnostic(&d.rule, d.severity, d.message, &value, start, end);
        fd.suggestions = d.suggestions;
        if let (Some(fix), Some(off)) = (d.fix, seg.field_offset) {
            // a fix inside the piece becomes a fix of the field's value
            if fix.start >= seg.start && fix.end <= seg.end {
                let s = off + fix.start - seg.start;
                let e = off + fix.end - seg.start;
                fd.fix = Some(crate::Fix {
                    start: s,
                    end: e,
                    start_utf16: utf16_len(&value[..s]),
                    end_utf16: utf16_len(&value[..e]),
                    ..fix
                });
            }
        }
        fields.entry(seg.field.to_string()).or_default().push(fd);
    }
    let valid = !fields
        .values()
        .flatten()
        .chain(cross.iter())
        .any(|d| d.severity == Severity::Error);
    FormReport {
        valid,
        fields,
        form: cross,
        form_fields: cross_fields,
        preview: rendered.preview,
        profile: config.profile,
    }
}

fn field_diagnostic(
    rule: &str,
    severity: Severity,
    message: String,
    value: &str,
    start: usize,
    end: usize,
) -> Diagnostic {
    let (line, column, column_utf16) = position(value, start);
    let (end_line, end_column, end_column_utf16) = position(value, end);
    Diagnostic {
        rule: rule.to_string(),
        severity,
        message,
        line,
        column,
        end_line,
        end_column,
        start,
        end,
        fix: None,
        suggestions: Vec::new(),
        related: None,
        start_utf16: utf16_len(&value[..start]),
        end_utf16: utf16_len(&value[..end]),
        column_utf16,
        end_column_utf16,
    }
}

/// 1-based line, column (scalar values) and column (UTF-16) of a byte offset in a short value.
fn position(value: &str, offset: usize) -> (usize, usize, usize) {
    let before = &value[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.matches('\n').count() + 1;
    let col = before[line_start..].chars().count() + 1;
    let col16 = utf16_len(&before[line_start..]) + 1;
    (line, col, col16)
}

fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// The value of a field by its report name.
pub fn field_value(form: &DocumentForm, field: &str) -> String {
    match field {
        "docType" => form.doc_type.clone(),
        "number" => form.number.clone(),
        "symbol" => form.symbol.clone(),
        "issuer" => form.issuer.clone(),
        "parentIssuer" => form.parent_issuer.clone(),
        "place" => form.place.clone(),
        "issueDate" => form.issue_date.clone(),
        "summary" => form.summary.clone(),
        "signer.authority" => form.signer.authority.clone(),
        "signer.title" => form.signer.title.clone(),
        "signer.name" => form.signer.name.clone(),
        "recipients" => form.recipients.join("\n"),
        _ => String::new(),
    }
}

/// The profile a form belongs to when none is given: MTTQ symbols and Party issuers/symbols.
fn guess_profile(form: &DocumentForm) -> Profile {
    let symbol = crate::vietnamese::case::to_upper(&form.symbol);
    let issuers =
        crate::vietnamese::case::to_upper(&format!("{} {}", form.parent_issuer, form.issuer));
    if symbol.contains("MTTQ") || issuers.contains("MẶT TRẬN TỔ QUỐC") || issuers.contains("MTTQ")
    {
        return Profile::Mttq;
    }
    let party_issuer = [
        "ĐẢNG",
        "TỈNH ỦY",
        "THÀNH ỦY",
        "HUYỆN ỦY",
        "QUẬN ỦY",
        "THỊ ỦY",
        "CHI BỘ",
    ]
    .iter()
    .any(|w| issuers.contains(w));
    let party_symbol = ["/TU", "/TW", "/HU", "/ĐU", "/QU", "/THU", "/CB"]
        .iter()
        .any(|s| symbol.ends_with(s));
    if party_issuer || party_symbol || form.number.contains('-') {
        Profile::Party
    } else {
        Profile::Nd30
    }
}

/// `"KH"`, `"Kế hoạch"` or `"KẾ HOẠCH"` → the type.
fn doc_type_of(value: &str, party: bool) -> Option<&'static DocType> {
    let v = value.trim();
    if v.is_empty() {
        return None;
    }
    types::by_code(v, party)
        .or_else(|| types::by_upper_name(&crate::vietnamese::case::to_upper(v)))
        .or_else(|| types::TYPES.iter().find(|t| t.name.eq_ignore_ascii_case(v)))
}

/// `2022-02-21` or `21/02/2022` (also `21/2/2022`, `21-02-2022`) → (day, month, year).
pub fn parse_form_date(value: &str) -> Option<(u32, u32, i32)> {
    let v = value.trim();
    let parts: Vec<&str> = v.split(['-', '/', '.']).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let n = |s: &str| s.parse::<u32>().ok();
    if parts[0].len() == 4 {
        Some((n(parts[2])?, n(parts[1])?, n(parts[0])? as i32))
    } else if parts[2].len() == 4 {
        Some((n(parts[0])?, n(parts[1])?, n(parts[2])? as i32))
    } else {
        None
    }
}

fn render(form: &DocumentForm, profile: Profile, draft: bool) -> Rendered {
    let party = profile == Profile::Party;
    let mut r = Rendered {
        text: String::new(),
        segments: Vec::new(),
        preview: FormPreview::default(),
        direct: Vec::new(),
    };

    // issuing body (left column)
    if !form.parent_issuer.trim().is_empty() {
        r.push_field("parentIssuer", &form.parent_issuer, 0);
        r.push("\n");
    }
    if form.issuer.trim().is_empty() {
        r.direct
            .push(("issuer", "header/missing-issuing-body", None));
    } else {
        r.push_field("issuer", &form.issuer, 0);
        r.push("\n");
    }
    if party {
        r.push("*\n");
    }

    // number line
    let number = form.number.trim();
    let symbol = form.symbol.trim();
    if symbol.is_empty() {
        r.direct.push(("symbol", "number/missing", None));
    }
    if number.is_empty() && !draft {
        r.direct.push(("number", "number/missing", None));
    }
    if !symbol.is_empty() {
        let start = r.text.len();
        r.push(if party { "Số " } else { "Số: " });
        if number.is_empty() {
            r.push("   ");
        } else {
            r.push_field("number", &form.number, 0);
        }
        r.push(if party { "-" } else { "/" });
        r.push_field("symbol", &form.symbol, 0);
        r.preview.number = r.text[start..].to_string();
        r.push("\n");
    }

    // national title and motto, or the Party title: fixed text, never from the form
    if party {
        r.push("ĐẢNG CỘNG SẢN VIỆT NAM\n");
    } else {
        r.push("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n");
    }

    // place and date
    let date = parse_form_date(&form.issue_date);
    if form.place.trim().is_empty() {
        r.direct.push(("place", "date/missing-place-date", None));
    }
    if form.issue_date.trim().is_empty() {
        if !draft {
            r.direct
                .push(("issueDate", "date/missing-place-date", None));
        }
    } else if date.is_none() {
        r.direct.push((
            "issueDate",
            "date/format",
            Some("Ngày ban hành phải có dạng ngày/tháng/năm (21/02/2022) hoặc 2022-02-21".into()),
        ));
    }
    if !form.place.trim().is_empty() && (date.is_some() || form.issue_date.trim().is_empty()) {
        let start = r.text.len();
        r.push_field(
            "place",
            form.place.trim(),
            form.place.find(form.place.trim()).unwrap_or(0),
        );
        r.push(", ");
        let line = match date {
            Some((d, m, y)) => {
                let day = format!("{d:02}");
                let month = if m <= 2 {
                    format!("{m:02}")
                } else {
                    m.to_string()
                };
                format!("ngày {day} tháng {month} năm {y}")
            }
            None => "ngày    tháng    năm     ".to_string(),
        };
        r.push_derived("issueDate", &line);
        r.preview.place_date = r.text[start..].to_string();
        r.push("\n");
    }

    // type name and summary
    let doc_type = doc_type_of(&form.doc_type, party);
    if form.doc_type.trim().is_empty() {
        r.direct.push(("docType", "header/missing-type-name", None));
    } else if doc_type.is_none() {
        r.direct.push((
            "docType",
            "header/missing-type-name",
            Some(format!(
                "“{}” không phải tên loại văn bản trong danh mục (Kế hoạch, Hướng dẫn, Báo cáo …)",
                form.doc_type.trim()
            )),
        ));
    }
    if let Some(t) = doc_type {
        r.push("\n");
        r.push_derived("docType", t.upper);
        r.preview.type_name = t.upper.to_string();
        r.push("\n");
    }
    if !form.summary.trim().is_empty() {
        r.push_field("summary", &form.summary, 0);
        r.push("\n");
    }
    // a body line so that the closing is a closing
    r.push("\nNội dung văn bản./.\n");

    // recipients
    let entries: Vec<(usize, &str)> = {
        let mut offset = 0;
        let mut out = Vec::new();
        for (i, entry) in form.recipients.iter().enumerate() {
            if i > 0 {
                offset += 1; // the "\n" of field_value's join
            }
            let trimmed = entry
                .trim()
                .trim_start_matches(['-', '–', '+', '•'])
                .trim_end_matches([';', '.', ','])
                .trim();
            if !trimmed.is_empty() {
                let at = entry.find(trimmed).unwrap_or(0);
                out.push((offset + at, trimmed));
            }
            offset += entry.len();
        }
        out
    };
    if entries.is_empty() {
        r.direct.push(("recipients", "recipients/missing", None));
    } else {
        r.push("Nơi nhận:\n");
        let last = entries.len() - 1;
        for (i, (offset, text)) in entries.iter().enumerate() {
            let start = r.text.len();
            r.push("- ");
            r.push_field("recipients", text, *offset);
            r.push(if i == last { "." } else { ";" });
            r.preview.recipients.push(r.text[start..].to_string());
            r.push("\n");
        }
    }

    // signature
    let authority = &form.signer.authority;
    let mut offset = 0;
    for piece in authority.split('\n') {
        let mut inner = 0;
        for part in piece.split(" / ") {
            let trimmed = part.trim();
            if !trimmed.is_empty() {
                let at = offset + inner + part.find(trimmed).unwrap_or(0);
                r.push_field("signer.authority", trimmed, at);
                r.preview.signature.push(trimmed.to_string());
                r.push("\n");
            }
            inner += part.len() + 3;
        }
        offset += piece.len() + 1;
    }
    let title = form.signer.title.trim();
    let name = form.signer.name.trim();
    if title.is_empty() && authority.trim().is_empty() {
        r.direct.push(("signer.title", "signature/missing", None));
    }
    if !title.is_empty() {
        r.push_signature_line("signer.title", &form.signer.title);
    }
    if name.is_empty() {
        r.direct
            .push(("signer.name", "signature/missing-name", None));
    } else {
        r.push("\n");
        r.push_signature_line("signer.name", &form.signer.name);
    }
    r.preview.text = r.text.clone();
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mttq_form() -> DocumentForm {
        DocumentForm {
            doc_type: "Kế hoạch".into(),
            number: "09".into(),
            symbol: "KH-MTTQ-BTT".into(),
            issuer: "BAN THƯỜNG TRỰC".into(),
            parent_issuer: "ỦY BAN MTTQ VIỆT NAM TỈNH TRÀ VINH".into(),
            place: "Trà Vinh".into(),
            issue_date: "2022-02-21".into(),
            summary: "Tổ chức các hoạt động kỷ niệm năm 2022".into(),
            signer: Signer {
                authority: "TM. BAN THƯỜNG TRỰC\nKT. CHỦ TỊCH".into(),
                title: "PHÓ CHỦ TỊCH".into(),
                name: "Nguyễn Văn An".into(),
            },
            recipients: vec![
                "Ban Thường trực Tỉnh ủy".into(),
                "Các tổ chức thành viên".into(),
                "Lưu: VT".into(),
            ],
            profile: None,
        }
    }

    fn check(form: &DocumentForm) -> FormReport {
        validate(form, &Config::default())
    }

    #[test]
    fn a_correct_form_is_valid_with_no_findings() {
        let r = check(&mttq_form());
        assert!(r.fields.is_empty(), "{:#?}\n{}", r.fields, r.preview.text);
        assert!(r.form.is_empty(), "{:#?}", r.form);
        assert!(r.valid);
        assert_eq!(r.profile, Profile::Mttq);
        assert_eq!(r.preview.number, "Số: 09/KH-MTTQ-BTT");
        assert_eq!(r.preview.place_date, "Trà Vinh, ngày 21 tháng 02 năm 2022");
        assert_eq!(r.preview.type_name, "KẾ HOẠCH");
        assert_eq!(
            r.preview.signature,
            [
                "TM. BAN THƯỜNG TRỰC",
                "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH",
                "Nguyễn Văn An"
            ]
        );
        assert_eq!(r.preview.recipients.last().unwrap(), "- Lưu: VT.");
    }

    #[test]
    fn a_correct_party_form_is_valid() {
        let form = DocumentForm {
            doc_type: "KH".into(),
            number: "125".into(),
            symbol: "KH/TU".into(),
            issuer: "TỈNH ỦY THANH HÓA".into(),
            parent_issuer: String::new(),
            place: "Thanh Hóa".into(),
            issue_date: "18/08/2025".into(),
            summary: "Đẩy mạnh chuyển đổi số".into(),
            signer: Signer {
                authority: "T/M BAN THƯỜNG VỤ".into(),
                title: "PHÓ BÍ THƯ".into(),
                name: "Phạm Văn Khánh".into(),
            },
            recipients: vec![
                "Các đảng ủy trực thuộc".into(),
                "Lưu Văn phòng Đảng ủy".into(),
            ],
            profile: None,
        };
        let r = check(&form);
        assert_eq!(r.profile, Profile::Party);
        assert!(
            r.valid && r.fields.is_empty() && r.form.is_empty(),
            "{r:#?}"
        );
        assert_eq!(r.preview.number, "Số 125-KH/TU");
        assert_eq!(r.preview.place_date, "Thanh Hóa, ngày 18 tháng 8 năm 2025");
    }

    #[test]
    fn a_malformed_number_is_reported_on_the_number_field_with_its_offsets() {
        let mut form = mttq_form();
        form.number = "09 ".into();
        let r = check(&form);
        assert!(!r.valid);
        let all: Vec<&Diagnostic> = r.fields.values().flatten().chain(r.form.iter()).collect();
        assert!(all.iter().any(|d| d.rule == "number/malformed"), "{r:#?}");
    }

    #[test]
    fn an_impossible_date_marks_the_date_field() {
        let mut form = mttq_form();
        form.issue_date = "2022-02-30".into();
        let r = check(&form);
        assert!(!r.valid);
        let d = &r.fields["issueDate"];
        assert_eq!(d[0].rule, "date/impossible");
        assert_eq!((d[0].start, d[0].end), (0, form.issue_date.len()));
    }

    #[test]
    fn an_unreadable_date_is_a_format_finding_on_the_field() {
        let mut form = mttq_form();
        form.issue_date = "21 tháng 2".into();
        let r = check(&form);
        assert_eq!(r.fields["issueDate"][0].rule, "date/format");
        assert!(!r.valid);
    }

    #[test]
    fn empty_required_fields_use_the_rule_of_the_same_gap_in_a_document() {
        let r = check(&DocumentForm::default());
        let rule = |f: &str| r.fields[f][0].rule.clone();
        assert_eq!(rule("number"), "number/missing");
        assert_eq!(rule("symbol"), "number/missing");
        assert_eq!(rule("issuer"), "header/missing-issuing-body");
        assert_eq!(rule("issueDate"), "date/missing-place-date");
        assert_eq!(rule("docType"), "header/missing-type-name");
        assert_eq!(rule("signer.name"), "signature/missing-name");
        assert_eq!(rule("recipients"), "recipients/missing");
        assert!(!r.valid);
    }

    #[test]
    fn draft_mode_accepts_a_blank_number_and_date() {
        let mut form = mttq_form();
        form.number.clear();
        form.issue_date.clear();
        let config = Config {
            draft: true,
            ..Config::default()
        };
        let r = validate(&form, &config);
        assert!(!r.fields.contains_key("number"), "{r:#?}");
        assert!(!r.fields.contains_key("issueDate"), "{r:#?}");
    }

    #[test]
    fn a_type_code_contradicting_the_type_is_a_cross_field_finding() {
        let mut form = mttq_form();
        form.doc_type = "Hướng dẫn".into();
        let r = check(&form);
        assert!(
            r.form.iter().any(|d| d.rule == "number/type-mismatch"),
            "{r:#?}"
        );
        assert!(!r.valid);
    }

    #[test]
    fn kt_with_a_deputy_title_is_a_cross_field_finding() {
        let mut form = mttq_form();
        form.signer.authority = "KT. PHÓ CHỦ TỊCH".into();
        let r = check(&form);
        assert!(
            r.form.iter().any(|d| d.rule == "signature/kt-deputy"),
            "{r:#?}"
        );
    }

    #[test]
    fn a_finding_inside_a_field_has_offsets_into_that_field() {
        let mut form = mttq_form();
        form.summary = "Tổ chức  các hoạt động".into();
        let r = check(&form);
        let d = r.fields["summary"]
            .iter()
            .find(|d| d.rule == "text/spacing")
            .expect("double space found");
        assert_eq!(&form.summary[d.start..d.end], "  ");
        assert_eq!(d.start_utf16, "Tổ chức".encode_utf16().count());
    }

    #[test]
    fn dates_in_both_forms_are_read() {
        assert_eq!(parse_form_date("2022-02-21"), Some((21, 2, 2022)));
        assert_eq!(parse_form_date("21/02/2022"), Some((21, 2, 2022)));
        assert_eq!(parse_form_date("1/2/2022"), Some((1, 2, 2022)));
        assert_eq!(parse_form_date("21/02"), None);
        assert_eq!(parse_form_date("ngày 21"), None);
    }
}
