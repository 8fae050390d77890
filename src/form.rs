//! Validating a document's registration metadata (a portal's form) with the document rules.
//!
//! Each field is first checked on its own: empty required fields (a document cannot lack its
//! type, number, symbol, issuer, place, date, summary, signer's title and name, recipients;
//! draft mode accepts a blank number and date, nothing else), a number that is not a number,
//! a symbol with spaces, an empty part or a type code that is not one, a date that is
//! unreadable or does not exist — whether or not the place is filled in. Such a finding is on
//! the field, with the correct value as a fix and in the message.
//!
//! Then the fields are written out as the header and closing lines they stand for (number
//! line, place-and-date line, type name, signature, recipients) and that text goes through the
//! same `lint` as a whole document, so a form and a document never disagree. Each finding is
//! mapped back to a field by its rule first (a number finding lands on the number or the
//! symbol, never on the issuing body its span happens to touch), then by its span, with offsets
//! into that field's value. A field keeps one kind of message: what is wrong with its value
//! itself comes before what the document rules say. Findings between fields (a type code that
//! contradicts the type, `KT.` with a deputy's title) go to `form` once, naming the fields.
//!
//! Rules about the body (`structure/*`, `recipients/unlisted`) cannot apply to a form and are
//! off; empty fields are reported with the id of the rule that reports the same gap in a
//! document (`number/missing`, `signature/missing-name`, …), or `form/required` for the summary,
//! which no document rule names.

use crate::config::{Config, Profile, RuleLevel};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::types::{self, DocType};
use crate::rules::RuleId;
use serde::{Deserialize, Serialize};

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
    /// `"auto"`, `"nd30"`, `"mttq"`, `"party"`, `"hnd"`, `"doan"` or `"mass"`; overrides the
    /// options' profile.
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
    pub fields: FieldFindings,
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

/// Findings per field, ordered by field name; serialised as an object. A dozen fields at most: a
/// sorted list, where a map type would bring its own B-tree code into the WebAssembly module.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldFindings(Vec<(&'static str, Vec<Diagnostic<FormRule>>)>);

impl FieldFindings {
    /// The findings on `field`, a new empty list when it has none yet.
    fn entry(&mut self, field: &'static str) -> &mut Vec<Diagnostic<FormRule>> {
        let at = match self.0.binary_search_by(|(name, _)| name.cmp(&field)) {
            Ok(at) => at,
            Err(at) => {
                self.0.insert(at, (field, Vec::new()));
                at
            }
        };
        &mut self.0[at].1
    }

    /// The findings on `field`, `None` when it has none.
    pub fn get(&self, field: &str) -> Option<&[Diagnostic<FormRule>]> {
        let at = self.0.binary_search_by(|(name, _)| (*name).cmp(field));
        at.ok().map(|at| self.0[at].1.as_slice())
    }

    /// The fields with findings and their findings, by field name.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &[Diagnostic<FormRule>])> {
        self.0.iter().map(|(name, list)| (*name, list.as_slice()))
    }

    /// The findings of each field with findings, by field name.
    pub fn values(&self) -> impl Iterator<Item = &[Diagnostic<FormRule>]> {
        self.0.iter().map(|(_, list)| list.as_slice())
    }
}

impl IntoIterator for FieldFindings {
    type Item = (&'static str, Vec<Diagnostic<FormRule>>);
    type IntoIter = std::vec::IntoIter<Self::Item>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl std::ops::Index<&str> for FieldFindings {
    type Output = [Diagnostic<FormRule>];
    /// Panics when the field has no findings, as a map's index does.
    fn index(&self, field: &str) -> &Self::Output {
        self.get(field)
            .unwrap_or_else(|| panic!("no findings on the field {field}"))
    }
}

impl Serialize for FieldFindings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
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
pub const FIELDS: crate::packed::Words = crate::packed::words![
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
const CROSS_FIELD_RULES: &[RuleId] = &[RuleId::NumberTypeMismatch, RuleId::SignatureKtDeputy];

/// Rules that need a body, which a form does not have: the structure family, and these.
const BODY_ONLY: &[RuleId] = &[RuleId::RecipientsUnlisted, RuleId::TextTonePlacement];

/// Who found a form's finding: a document rule, or the form itself for an empty required
/// field that no document rule names (`form/required`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormRule {
    Rule(RuleId),
    Required,
}

/// The rule a form uses for an empty required field that no document rule names.
pub const REQUIRED: FormRule = FormRule::Required;

impl FormRule {
    /// `family/name`, or `form/required`.
    pub fn as_str(self) -> &'static str {
        match self {
            FormRule::Rule(id) => id.as_str(),
            FormRule::Required => "form/required",
        }
    }
}

impl From<FormRule> for &'static str {
    fn from(rule: FormRule) -> Self {
        rule.as_str()
    }
}

impl From<RuleId> for FormRule {
    fn from(id: RuleId) -> Self {
        FormRule::Rule(id)
    }
}

impl PartialEq<&str> for FormRule {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<RuleId> for FormRule {
    fn eq(&self, other: &RuleId) -> bool {
        *self == FormRule::Rule(*other)
    }
}

impl Serialize for FormRule {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// The fields a rule's finding may land on: a finding about the number never lands on the
/// issuing body because its span happened to touch it. `None`: wherever its span is.
fn fields_of_rule(rule: RuleId) -> Option<&'static [&'static str]> {
    use RuleId as R;
    Some(match (rule, rule.family()) {
        (R::NumberLeadingZero, _) => &["number"],
        (R::NumberUnknownTypeCode | R::NumberDdForD | R::NumberStyle, _) => &["symbol"],
        (R::NumberTypeMismatch, _) => &["symbol", "docType"],
        (_, "number") => &["number", "symbol"],
        (R::DateAbolishedUnit, _) => return None,
        (_, "date") => &["issueDate", "place"],
        (R::HeaderMissingIssuingBody, _) => &["issuer"],
        (R::HeaderMissingTypeName | R::HeaderTypeNameCase, _) => &["docType"],
        (R::SignatureMissingName, _) => &["signer.name"],
        (R::SignatureKtDeputy, _) => &["signer.authority", "signer.title"],
        (_, "signature") => &["signer.authority", "signer.title", "signer.name"],
        (_, "recipients") => &["recipients"],
        _ => return None,
    })
}

/// A piece of the rendered text that came from a field.
struct Segment {
    field: &'static str,
    /// Where the piece is in the rendered text.
    start: usize,
    end: usize,
    /// Byte offset of the piece in the field's value, when the piece is a verbatim copy;
    /// `None` when the field was reformatted (a finding then covers the whole value).
    field_offset: Option<usize>,
    /// A stand-in for an empty field (a place name so that the date can be checked): findings
    /// on it alone are dropped.
    placeholder: bool,
}

/// A finding about a field's value itself, found before the rules run: empty, unreadable,
/// malformed.
struct Direct {
    field: &'static str,
    rule: FormRule,
    /// `None`: the rule's summary.
    message: Option<String>,
    /// The whole value, corrected.
    fix: Option<String>,
    /// An empty field the document cannot lack: an error unless configured otherwise.
    required: bool,
}

struct Rendered {
    text: String,
    segments: Vec<Segment>,
    preview: FormPreview,
    direct: Vec<Direct>,
    lang: crate::Lang,
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
            placeholder: false,
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
            placeholder: false,
        });
    }

    fn push_placeholder(&mut self, field: &'static str, value: &str) {
        self.push_derived(field, value);
        self.segments.last_mut().unwrap().placeholder = true;
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

    fn msg(&self, vi: String, en: String) -> Option<String> {
        Some(match self.lang {
            crate::Lang::Vi => vi,
            crate::Lang::En => en,
        })
    }

    fn direct(&mut self, field: &'static str, rule: RuleId, message: Option<String>) {
        self.direct.push(Direct {
            field,
            rule: rule.into(),
            message,
            fix: None,
            required: false,
        });
    }

    /// An empty field that a document cannot lack.
    fn required(&mut self, field: &'static str, rule: impl Into<FormRule>, vi: &str, en: &str) {
        let message = self.msg(vi.to_string(), en.to_string());
        self.direct.push(Direct {
            field,
            rule: rule.into(),
            message,
            fix: None,
            required: true,
        });
    }

    fn malformed(&mut self, field: &'static str, vi: String, en: String, fix: String) {
        let message = self.msg(vi, en);
        self.direct.push(Direct {
            field,
            rule: RuleId::NumberMalformed.into(),
            message,
            fix: Some(fix),
            required: false,
        });
    }

    fn has_direct(&self, field: &str) -> bool {
        self.direct.iter().any(|d| d.field == field)
    }
}

/// Where a rendered finding lands: a field (and the piece of it), the form, or nowhere (a
/// finding on the fixed text the form is wrapped in, or on a placeholder).
enum Place<'r> {
    Field(&'static str, Option<&'r Segment>),
    Form(Vec<&'static str>),
    Nowhere,
}

fn place_of<'r>(rendered: &'r Rendered, d: &Diagnostic) -> Place<'r> {
    let touched: Vec<&Segment> = rendered.touched(d.start, d.end);
    let real: Vec<&Segment> = touched.iter().copied().filter(|s| !s.placeholder).collect();
    if real.is_empty() && !touched.is_empty() {
        return Place::Nowhere; // on a stand-in alone
    }
    let mut names: Vec<&'static str> = real.iter().map(|s| s.field).collect();
    names.dedup();
    if CROSS_FIELD_RULES.contains(&d.rule) {
        if let Some(rel) = &d.related {
            names.extend(rendered.touched(rel.start, rel.end).iter().map(|s| s.field));
        }
        if let Some(allowed) = fields_of_rule(d.rule) {
            names.extend(allowed.iter().copied());
        }
        crate::sort::by_key(&mut names, |n| {
            FIELDS
                .iter()
                .position(|f| f == *n)
                .map_or(0, |p| p as u64 + 1)
        });
        names.dedup();
        return Place::Form(names);
    }
    let segment_of = |field: &str| real.iter().copied().find(|s| s.field == field);
    match fields_of_rule(d.rule) {
        Some(allowed) => {
            // the first allowed field the span touches, else the rule's own field
            let field = allowed
                .iter()
                .copied()
                .find(|f| names.contains(f))
                .unwrap_or(allowed[0]);
            Place::Field(field, segment_of(field))
        }
        None => match names.as_slice() {
            [] => Place::Nowhere,
            [one] => Place::Field(one, segment_of(one)),
            _ => Place::Form(names),
        },
    }
}

/// The level of a rule in a form: as configured, but an empty required field is an error
/// unless the configuration names the rule or its family.
fn form_level(config: &Config, rule: &str, default: Severity, required: bool) -> RuleLevel {
    let family = rule.split('/').next().unwrap_or(rule);
    let configured = config.rules.contains_key(rule) || config.rules.contains_key(family);
    if required && !configured {
        RuleLevel::On(Severity::Error)
    } else {
        config.level(rule, default)
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
    config.rules.insert("structure".to_string(), RuleLevel::Off);
    for id in BODY_ONLY {
        config.rules.insert(id.to_string(), RuleLevel::Off);
    }
    let rendered = render(form, config.profile, config.draft, config.lang);
    let report = crate::lint(&rendered.text, &config);

    let mut fields = FieldFindings::default();
    let mut cross = Vec::new();
    let mut cross_fields = Vec::new();
    for direct in &rendered.direct {
        let (severity, summary, summary_en) = match direct.rule {
            FormRule::Rule(id) => {
                let m = id.meta();
                (m.severity, m.summary, m.summary_en)
            }
            FormRule::Required => (Severity::Error, "", ""),
        };
        let RuleLevel::On(severity) =
            form_level(&config, direct.rule.as_str(), severity, direct.required)
        else {
            continue;
        };
        let message = direct.message.clone().unwrap_or_else(|| match config.lang {
            crate::Lang::Vi => summary.to_string(),
            crate::Lang::En => summary_en.to_string(),
        });
        let value = field_value(form, direct.field);
        let mut d = field_diagnostic(direct.rule, severity, message, &value, 0, value.len());
        if let Some(fix) = &direct.fix {
            d.fix = Some(crate::Fix {
                replacement: fix.clone(),
                start: 0,
                end: value.len(),
                applicability: crate::Applicability::Safe,
                start_utf16: 0,
                end_utf16: utf16_len(&value),
            });
        }
        fields.entry(direct.field).push(d);
    }
    for d in report.diagnostics {
        if rendered.direct.iter().any(|x| x.rule == d.rule) {
            continue; // already reported on the field itself
        }
        let (field, seg) = match place_of(&rendered, &d) {
            Place::Nowhere => continue,
            Place::Form(names) => {
                cross_fields.push(names);
                cross.push(d);
                continue;
            }
            Place::Field(field, seg) => (field, seg),
        };
        if rendered.has_direct(field) {
            continue; // one message per field: what is wrong with the value itself
        }
        let value = field_value(form, field);
        let (start, end) = match seg.and_then(|s| s.field_offset.map(|o| (s, o))) {
            Some((seg, off)) => {
                let s = off + d.start.max(seg.start) - seg.start;
                let e = off + d.end.min(seg.end).max(seg.start) - seg.start;
                (
                    s.min(value.len()),
                    e.min(value.len()).max(s.min(value.len())),
                )
            }
            None => (0, value.len()),
        };
        let mut fd = field_diagnostic(d.rule.into(), d.severity, d.message, &value, start, end);
        fd.suggestions = d.suggestions;
        if let (Some(fix), Some((seg, off))) =
            (d.fix, seg.and_then(|s| s.field_offset.map(|o| (s, o))))
        {
            // a fix inside the piece becomes a fix of the field's value
            if fix.start >= seg.start && fix.end <= seg.end {
                let s = off + fix.start - seg.start;
                let e = off + fix.end - seg.start;
                if value.is_char_boundary(s) && value.is_char_boundary(e) && e <= value.len() {
                    fd.fix = Some(crate::Fix {
                        start: s,
                        end: e,
                        start_utf16: utf16_len(&value[..s]),
                        end_utf16: utf16_len(&value[..e]),
                        ..fix
                    });
                }
            }
        }
        fields.entry(field).push(fd);
    }
    for (_, list) in &mut fields.0 {
        crate::sort::by_key(list, |d| crate::sort::span_key(d.start, d.end));
    }
    let valid = !fields
        .values()
        .flatten()
        .map(|d| d.severity)
        .chain(cross.iter().map(|d| d.severity))
        .any(|s| s == Severity::Error);
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
    rule: FormRule,
    severity: Severity,
    message: String,
    value: &str,
    start: usize,
    end: usize,
) -> Diagnostic<FormRule> {
    let (line, column, column_utf16) = position(value, start);
    let (end_line, end_column, end_column_utf16) = position(value, end);
    Diagnostic {
        rule,
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
    if issuers.contains("ĐOÀN TNCS")
        || issuers.contains("ĐOÀN THANH NIÊN")
        || symbol.contains("ĐTN")
    {
        return Profile::Youth;
    }
    if issuers.contains("HỘI NÔNG DÂN") || symbol.contains("/HND") {
        return Profile::Farmers;
    }
    if [
        "CÔNG ĐOÀN",
        "LIÊN ĐOÀN LAO ĐỘNG",
        "HỘI LIÊN HIỆP PHỤ NỮ",
        "HỘI CỰU CHIẾN BINH",
    ]
    .iter()
    .any(|w| issuers.contains(w))
    {
        return Profile::Mass;
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
    crate::document::Date::parse_numeric(value).map(|d| (d.day, d.month, d.year))
}

/// A symbol without spaces, without a separator at either end and without two in a row:
/// `" /KH--MTTQ-BTT "` → `"KH-MTTQ-BTT"`.
pub fn canonical_symbol(symbol: &str) -> String {
    let mut out = String::new();
    for c in symbol.chars().filter(|c| !c.is_whitespace()) {
        if (c == '/' || c == '-') && (out.is_empty() || out.ends_with(['/', '-'])) {
            continue;
        }
        out.push(c);
    }
    while out.ends_with(['/', '-']) {
        out.pop();
    }
    out
}

/// Checks the number field on its own; returns the value to render when it had to be
/// corrected.
fn check_number(r: &mut Rendered, raw: &str) -> Option<String> {
    let t = raw.trim();
    if t.is_empty() {
        return None;
    }
    if let Some(at) = t.find(['/', '-']) {
        let digits: String = t[..at].chars().filter(|c| !c.is_whitespace()).collect();
        let (vi, en) = if digits.is_empty() {
            (
                "Ô số chỉ ghi số văn bản; ký hiệu ghi ở ô ký hiệu".to_string(),
                "The number field takes the number only; the symbol has its own field".to_string(),
            )
        } else {
            (
                format!("Ô số chỉ ghi số văn bản (“{digits}”); ký hiệu ghi ở ô ký hiệu"),
                format!("The number field takes the number only (“{digits}”); the symbol has its own field"),
            )
        };
        let fix = (!digits.is_empty()).then(|| digits.clone());
        let message = r.msg(vi, en);
        r.direct.push(Direct {
            field: "number",
            rule: RuleId::NumberMalformed.into(),
            message,
            fix: fix.clone(),
            required: false,
        });
        return Some(if digits.is_empty() {
            t.to_string()
        } else {
            digits
        });
    }
    let joined: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    if joined != t || raw != t {
        let (vi, en) = if joined != t {
            (
                format!("Số văn bản viết liền, không có dấu cách: “{joined}”"),
                format!("Write the number without spaces: “{joined}”"),
            )
        } else {
            (
                format!("Số văn bản có dấu cách thừa: “{joined}”"),
                format!("The number has stray spaces: “{joined}”"),
            )
        };
        r.malformed("number", vi, en, joined.clone());
        return Some(joined);
    }
    if !t.bytes().all(|b| b.is_ascii_digit()) {
        let message = r.msg(
            "Số văn bản chỉ gồm chữ số".to_string(),
            "The number is made of digits only".to_string(),
        );
        r.direct("number", RuleId::NumberMalformed, message);
    }
    None
}

/// Checks the symbol field on its own; returns the value to render when it had to be
/// corrected.
fn check_symbol(
    r: &mut Rendered,
    raw: &str,
    number: &str,
    profile: Profile,
    doc_type: Option<&'static DocType>,
) -> Option<String> {
    let party = NumberLine::of(profile).party_codes;
    let t = raw.trim();
    if t.is_empty() {
        return None;
    }
    let canonical = canonical_symbol(t);
    if canonical == raw {
        check_type_code(r, raw, party, doc_type);
        return None;
    }
    let full = if number.is_empty() || canonical.is_empty() {
        String::new()
    } else {
        let line = NumberLine::of(profile);
        format!("{}{number}{}{canonical}", line.prefix, line.separator)
    };
    let lead = t.chars().next().filter(|c| *c == '/' || *c == '-');
    let (vi, en) = if let Some(c) = lead {
        (
            format!("Ký hiệu không bắt đầu bằng “{c}” (dấu nối số với ký hiệu được thêm khi in)"),
            format!("The symbol does not start with “{c}” (the separator after the number is added when printed)"),
        )
    } else if t.chars().any(char::is_whitespace) {
        (
            "Ký hiệu viết liền, không có dấu cách".to_string(),
            "Write the symbol without spaces".to_string(),
        )
    } else if raw != t {
        (
            "Ký hiệu có dấu cách thừa".to_string(),
            "The symbol has stray spaces".to_string(),
        )
    } else {
        (
            "Ký hiệu có phần để trống giữa hai dấu “-” hoặc “/”".to_string(),
            "The symbol has an empty part between two separators".to_string(),
        )
    };
    let (vi, en) = if full.is_empty() {
        (
            format!("{vi}: “{canonical}”"),
            format!("{en}: “{canonical}”"),
        )
    } else {
        (
            format!("{vi}: “{canonical}” ({full})"),
            format!("{en}: “{canonical}” ({full})"),
        )
    };
    if canonical.is_empty() {
        let message = r.msg(vi, en);
        r.direct("symbol", RuleId::NumberMalformed, message);
        return Some(t.to_string());
    }
    r.malformed("symbol", vi, en, canonical.clone());
    Some(canonical)
}

/// The type code a symbol starts with (`KH` in `KH-MTTQ-BTT` or `KH/TU`) must be a code of the
/// list; a code that differs only in case or marks is the document rule's (`Kh` → `KH`).
fn check_type_code(
    r: &mut Rendered,
    symbol: &str,
    party: bool,
    doc_type: Option<&'static DocType>,
) {
    let own = doc_type.and_then(|t| if party { t.party_code } else { t.state_code });
    if doc_type.is_some() && own.is_none() {
        return; // a công văn: its symbol starts with the issuer, not a type code
    }
    let code = symbol.split(['-', '/']).next().unwrap_or("");
    if code.is_empty()
        || types::by_code(code, party).is_some()
        || types::near_code(code, party).is_some()
        || code.contains("DD")
    {
        return;
    }
    let (vi, en) = match (own, doc_type) {
        (Some(c), Some(t)) => (
            format!(
                "“{code}” không phải chữ viết tắt tên loại văn bản; {} viết tắt là “{c}”",
                crate::vietnamese::case::to_lower(t.name)
            ),
            format!("“{code}” is not a type code; {} is “{c}”", t.name),
        ),
        _ => (
            format!("“{code}” không phải chữ viết tắt tên loại văn bản (KH, HD, BC …)"),
            format!("“{code}” is not a type code (KH, HD, BC …)"),
        ),
    };
    let message = r.msg(vi, en);
    let fix = own.map(|c| format!("{c}{}", &symbol[code.len()..]));
    r.direct.push(Direct {
        field: "symbol",
        rule: RuleId::NumberUnknownTypeCode.into(),
        message,
        fix,
        required: false,
    });
}

/// How a profile writes the number line and what stands around it (`crate::profile`).
struct NumberLine {
    /// `"Số: "` or `"Số "`.
    prefix: &'static str,
    /// `'/'` after the number (state) or `'-'` (Party style).
    separator: char,
    /// Type codes from the Party's table.
    party_codes: bool,
}

impl NumberLine {
    fn of(profile: Profile) -> NumberLine {
        let c = profile.conventions();
        let party_codes = c.number_style == crate::document::NumberStyle::Party;
        NumberLine {
            prefix: if c.number_colon == crate::profile::Need::Forbidden {
                "Số "
            } else {
                "Số: "
            },
            separator: if party_codes { '-' } else { '/' },
            party_codes,
        }
    }
}

/// The title lines on the right of the header, as the profile has them (fixed text).
fn title_lines(profile: Profile) -> &'static str {
    use crate::profile::Title;
    match profile.conventions().title {
        Some(Title::National) => {
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        }
        Some(Title::Party) => "ĐẢNG CỘNG SẢN VIỆT NAM\n",
        Some(Title::Own("ĐOÀN TNCS HỒ CHÍ MINH")) => "ĐOÀN TNCS HỒ CHÍ MINH\n",
        Some(Title::Own(_)) | None => match profile {
            Profile::Farmers => "HỘI NÔNG DÂN VIỆT NAM\n",
            _ => "",
        },
    }
}

/// A place name standing in for an empty place field, so that the date is still checked.
const PLACE_STAND_IN: &str = "Hà Nội";

fn render(form: &DocumentForm, profile: Profile, draft: bool, lang: crate::Lang) -> Rendered {
    let line = NumberLine::of(profile);
    let party = line.party_codes;
    let mut r = Rendered {
        text: String::new(),
        segments: Vec::new(),
        preview: FormPreview::default(),
        direct: Vec::new(),
        lang,
    };

    // issuing body (left column)
    if !form.parent_issuer.trim().is_empty() {
        r.push_field("parentIssuer", &form.parent_issuer, 0);
        r.push("\n");
    }
    if form.issuer.trim().is_empty() {
        r.required(
            "issuer",
            RuleId::HeaderMissingIssuingBody,
            "Chưa nhập tên cơ quan, tổ chức ban hành",
            "The issuing body is empty",
        );
    } else {
        r.push_field("issuer", &form.issuer, 0);
        r.push("\n");
    }
    // the asterisk(s) under the issuer
    match profile {
        Profile::Party | Profile::Farmers => r.push("*\n"),
        Profile::Youth => r.push("***\n"),
        _ => {}
    }

    // number line: each field checked on its own, then the line as a document has it
    let doc_type = doc_type_of(&form.doc_type, party);
    let number_fix = check_number(&mut r, &form.number);
    let number = number_fix
        .clone()
        .unwrap_or_else(|| form.number.trim().to_string());
    let symbol_fix = check_symbol(&mut r, &form.symbol, &number, profile, doc_type);
    if form.symbol.trim().is_empty() {
        r.required(
            "symbol",
            RuleId::NumberMissing,
            "Chưa nhập ký hiệu văn bản",
            "The symbol is empty",
        );
    }
    if form.number.trim().is_empty() && !draft {
        r.required(
            "number",
            RuleId::NumberMissing,
            "Chưa nhập số văn bản",
            "The number is empty",
        );
    }
    if !form.symbol.trim().is_empty() {
        let start = r.text.len();
        r.push(line.prefix);
        match &number_fix {
            _ if form.number.trim().is_empty() => r.push("   "),
            Some(fixed) => r.push_derived("number", fixed),
            None => r.push_field("number", &form.number, 0),
        }
        r.text.push(line.separator);
        match &symbol_fix {
            Some(fixed) => r.push_derived("symbol", fixed),
            None => r.push_field("symbol", &form.symbol, 0),
        }
        r.preview.number = r.text[start..].to_string();
        r.push("\n");
    }

    // national title and motto, or the Party's or the organisation's title: fixed text
    r.push(title_lines(profile));

    // place and date: the date is checked on its own, with or without a place
    let place = form.place.trim();
    let date = parse_form_date(&form.issue_date);
    let good_date = date.filter(|&(d, m, y)| {
        crate::document::Date::new(d, m, y).valid() && (1900..=2100).contains(&y)
    });
    if place.is_empty() {
        r.required(
            "place",
            RuleId::DateMissingPlaceDate,
            "Chưa nhập địa danh",
            "The place name is empty",
        );
    }
    match date {
        _ if form.issue_date.trim().is_empty() => {
            if !draft {
                r.required(
                    "issueDate",
                    RuleId::DateMissingPlaceDate,
                    "Chưa nhập ngày ban hành",
                    "The issue date is empty",
                );
            }
        }
        None => {
            let message = r.msg(
                "Ngày ban hành phải có dạng ngày/tháng/năm (21/02/2022) hoặc 2022-02-21".into(),
                "Write the issue date as day/month/year (21/02/2022) or 2022-02-21".into(),
            );
            r.direct("issueDate", RuleId::DateFormat, message);
        }
        Some((_, _, y)) if !(1900..=2100).contains(&y) => {
            let message = r.msg(
                format!("Năm ban hành {y} không hợp lệ"),
                format!("The year {y} is not a valid issue year"),
            );
            r.direct("issueDate", RuleId::DateFormat, message);
        }
        Some((d, m, y)) if good_date.is_none() => {
            let shown = format!("{d:02}/{m:02}/{y}");
            let (vi, en) = if (1..=12).contains(&m) {
                let days = crate::document::date::days_in_month(m, y);
                (
                    format!("Ngày {shown} không có thật: tháng {m} năm {y} có {days} ngày"),
                    format!("{shown} does not exist: month {m} of {y} has {days} days"),
                )
            } else {
                (
                    format!("Ngày {shown} không có thật: tháng phải từ 1 đến 12"),
                    format!("{shown} does not exist: the month must be 1 to 12"),
                )
            };
            let message = r.msg(vi, en);
            r.direct("issueDate", RuleId::DateImpossible, message);
        }
        Some(_) => {}
    }
    if !place.is_empty() || good_date.is_some() {
        let start = r.text.len();
        if place.is_empty() {
            r.push_placeholder("place", PLACE_STAND_IN);
        } else {
            r.push_field("place", place, form.place.find(place).unwrap_or(0));
        }
        r.push(", ");
        let line = match good_date {
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
        let shown = &r.text[start..];
        r.preview.place_date = if place.is_empty() {
            // (the stand-in opens the line)
            format!("…{}", shown.strip_prefix(PLACE_STAND_IN).unwrap_or(shown))
        } else {
            shown.to_string()
        };
        r.push("\n");
    }

    // type name and summary
    if form.doc_type.trim().is_empty() {
        r.required(
            "docType",
            RuleId::HeaderMissingTypeName,
            "Chưa chọn loại văn bản",
            "The document type is empty",
        );
    } else if doc_type.is_none() {
        let message = r.msg(
            format!(
                "“{}” không phải tên loại văn bản trong danh mục (Kế hoạch, Hướng dẫn, Báo cáo …)",
                form.doc_type.trim()
            ),
            format!(
                "“{}” is not a document type of the list (Kế hoạch, Hướng dẫn, Báo cáo …)",
                form.doc_type.trim()
            ),
        );
        r.direct.push(Direct {
            field: "docType",
            rule: RuleId::HeaderMissingTypeName.into(),
            message,
            fix: None,
            required: true,
        });
    }
    if let Some(t) = doc_type {
        r.push("\n");
        r.push_derived("docType", t.upper);
        r.preview.type_name = t.upper.to_string();
        r.push("\n");
    }
    if form.summary.trim().is_empty() {
        r.required(
            "summary",
            REQUIRED,
            "Chưa nhập trích yếu nội dung văn bản",
            "The summary (trích yếu) is empty",
        );
    } else {
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
        r.required(
            "recipients",
            RuleId::RecipientsMissing,
            "Chưa nhập nơi nhận",
            "No recipients",
        );
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
    if title.is_empty() {
        r.required(
            "signer.title",
            RuleId::SignatureMissing,
            "Chưa nhập chức vụ người ký",
            "The signer's title is empty",
        );
    } else {
        r.push_signature_line("signer.title", &form.signer.title);
    }
    if name.is_empty() {
        r.required(
            "signer.name",
            RuleId::SignatureMissingName,
            "Chưa nhập họ tên người ký",
            "The signer's name is empty",
        );
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
        assert!(
            r.fields.iter().next().is_none(),
            "{:#?}\n{}",
            r.fields,
            r.preview.text
        );
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
            r.valid && r.fields.iter().next().is_none() && r.form.is_empty(),
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
        let all: Vec<&str> = (r.fields.values().flatten().map(|d| d.rule.as_str()))
            .chain(r.form.iter().map(|d| d.rule.as_str()))
            .collect();
        assert!(all.contains(&"number/malformed"), "{r:#?}");
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
        let rule = |f: &str| r.fields[f][0].rule;
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
        assert!(r.fields.get("number").is_none(), "{r:#?}");
        assert!(r.fields.get("issueDate").is_none(), "{r:#?}");
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

    /// Every finding of `r` as (field or "form", rule).
    fn placed(r: &FormReport) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = r
            .fields
            .iter()
            .flat_map(|(k, v)| {
                v.iter()
                    .map(move |d| (k.to_string(), d.rule.as_str().to_string()))
            })
            .collect();
        out.extend(
            r.form
                .iter()
                .map(|d| ("form".to_string(), d.rule.to_string())),
        );
        out
    }

    #[test]
    fn number_and_symbol_mistakes_land_on_their_own_field_with_the_correct_form() {
        let cases = [
            ("09", "/KH-MTTQ-BTT", "symbol", "KH-MTTQ-BTT"),
            ("09", "KH--MTTQ-BTT", "symbol", "KH-MTTQ-BTT"),
            ("09", "KH-MTTQ-BTT-", "symbol", "KH-MTTQ-BTT"),
            ("09", "KH - MTTQ-BTT", "symbol", "KH-MTTQ-BTT"),
            ("09", " KH-MTTQ-BTT", "symbol", "KH-MTTQ-BTT"),
            ("09/", "KH-MTTQ-BTT", "number", "09"),
            ("09 ", "KH-MTTQ-BTT", "number", "09"),
            ("0 9", "KH-MTTQ-BTT", "number", "09"),
            ("09/KH", "KH-MTTQ-BTT", "number", "09"),
            ("09", "KHH-MTTQ-BTT", "symbol", "KH-MTTQ-BTT"),
        ];
        for (number, symbol, field, fixed) in cases {
            let mut form = mttq_form();
            form.number = number.into();
            form.symbol = symbol.into();
            let r = check(&form);
            assert!(!r.valid, "{number:?} {symbol:?}");
            assert_eq!(
                placed(&r),
                [(
                    field.to_string(),
                    r.fields[field][0].rule.as_str().to_string()
                )],
                "{number:?} {symbol:?}: {r:#?}"
            );
            let d = &r.fields[field][0];
            assert!(d.rule.as_str().starts_with("number/"), "{d:?}");
            assert_eq!(d.fix.as_ref().map(|f| f.replacement.as_str()), Some(fixed));
            if field == "symbol" && !symbol.starts_with("KHH") {
                assert!(d.message.contains("Số: 09/KH-MTTQ-BTT"), "{}", d.message);
            }
        }
    }

    #[test]
    fn a_number_finding_never_lands_on_another_field() {
        let numbers = [
            "", "9", "09", "09 ", "/09", "09/", "9-", "0 9", "O9", "09//",
        ];
        let symbols = [
            "",
            "KH-MTTQ-BTT",
            "/KH-MTTQ-BTT",
            "KH-",
            "-KH",
            "KH//MTTQ",
            "HD-MTTQ",
            "kh-MTTQ",
            "KH MTTQ",
        ];
        for number in numbers {
            for symbol in symbols {
                for issuer in ["BAN THƯỜNG TRỰC", ""] {
                    let mut form = mttq_form();
                    form.number = number.into();
                    form.symbol = symbol.into();
                    form.issuer = issuer.into();
                    for (field, rule) in placed(&check(&form)) {
                        if rule.starts_with("number/") {
                            assert!(
                                ["number", "symbol", "form"].contains(&field.as_str()),
                                "{number:?} {symbol:?} {issuer:?}: {rule} on {field}"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn a_date_is_checked_even_without_a_place() {
        let mut form = mttq_form();
        form.place.clear();
        form.issue_date = "30/02/2022".into();
        let r = check(&form);
        assert_eq!(r.fields["issueDate"][0].rule, "date/impossible");
        assert!(r.fields["issueDate"][0].message.contains("28"), "{r:#?}");
        assert_eq!(r.fields["place"][0].rule, "date/missing-place-date");
        assert_eq!(r.fields.iter().count(), 2, "{r:#?}");
        // and a good date without a place gives only the missing place
        form.issue_date = "28/02/2022".into();
        let r = check(&form);
        assert_eq!(
            placed(&r),
            [("place".into(), "date/missing-place-date".into())]
        );
        assert_eq!(r.preview.place_date, "…, ngày 28 tháng 02 năm 2022");
        for bad in ["2022-13-01", "31/04/2022", "29/02/2023", "00/01/2022"] {
            form.issue_date = bad.into();
            assert_eq!(
                check(&form).fields["issueDate"][0].rule,
                "date/impossible",
                "{bad}"
            );
        }
        form.issue_date = "21/02/22".into();
        assert_eq!(check(&form).fields["issueDate"][0].rule, "date/format");
    }

    #[test]
    fn required_fields_are_errors_even_in_draft_mode_but_number_and_date() {
        let mut form = mttq_form();
        form.summary.clear();
        form.signer.title.clear();
        form.signer.name.clear();
        form.doc_type.clear();
        form.number.clear();
        form.issue_date.clear();
        for draft in [false, true] {
            let config = Config {
                draft,
                ..Config::default()
            };
            let r = validate(&form, &config);
            for field in ["summary", "signer.title", "signer.name", "docType"] {
                let d = &r.fields[field][0];
                assert_eq!(d.severity, Severity::Error, "{field} (draft {draft})");
                assert!(d.message.starts_with("Chưa"), "{}", d.message);
            }
            assert_eq!(r.fields.get("number").is_some(), !draft);
            assert_eq!(r.fields.get("issueDate").is_some(), !draft);
            assert_eq!(r.fields["summary"][0].rule, REQUIRED);
        }
        // a severity the configuration names is kept
        let mut config = Config::default();
        config
            .rules
            .insert("header/missing-type-name".into(), RuleLevel::Off);
        assert!(validate(&form, &config).fields.get("docType").is_none());
    }

    #[test]
    fn a_type_code_that_contradicts_the_type_involves_both_fields_once() {
        let mut form = mttq_form();
        form.symbol = "HD-MTTQ-BTT".into();
        let r = check(&form);
        assert_eq!(r.form.len(), 1, "{r:#?}");
        assert_eq!(r.form_fields[0], ["docType", "symbol"]);
        assert!(r.fields.iter().next().is_none(), "{r:#?}");
    }

    #[test]
    fn the_typescript_field_union_lists_every_field() {
        // src/wasm/mod.rs declares `FormField` for the npm package
        let wasm = include_str!("wasm/mod.rs");
        let line = wasm
            .lines()
            .find(|l| l.starts_with("export type FormField ="))
            .expect("FormField declared");
        let union: Vec<&str> = line.split('"').skip(1).step_by(2).collect();
        assert_eq!(union, FIELDS.iter().collect::<Vec<_>>());
    }

    #[test]
    fn the_typescript_profile_union_lists_every_profile() {
        let wasm = include_str!("wasm/mod.rs");
        let line = wasm
            .lines()
            .find(|l| l.starts_with("export type Profile ="))
            .expect("Profile declared");
        let union: Vec<&str> = line.split('"').skip(1).step_by(2).collect();
        let all: Vec<&str> = Profile::ALL.iter().map(|p| p.as_str()).collect();
        assert_eq!(union, all);
    }

    #[test]
    fn each_profile_writes_its_own_number_line_and_title() {
        let mut form = mttq_form();
        form.parent_issuer.clear();
        for (profile, number, title) in [
            (
                "nd30",
                "Số: 09/KH-MTTQ-BTT",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            ),
            ("party", "Số 09-KH-MTTQ-BTT", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("doan", "Số: 09-KH-MTTQ-BTT", "ĐOÀN TNCS HỒ CHÍ MINH"),
            ("hnd", "Số: 09-KH-MTTQ-BTT", "HỘI NÔNG DÂN VIỆT NAM"),
            (
                "mass",
                "Số: 09/KH-MTTQ-BTT",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            ),
        ] {
            form.profile = Some(profile.into());
            let r = check(&form);
            assert_eq!(r.preview.number, number, "{profile}");
            assert!(
                r.preview.text.contains(title),
                "{profile}: {}",
                r.preview.text
            );
        }
        form.profile = None;
        form.issuer = "BAN THƯỜNG VỤ TỈNH ĐOÀN".into();
        form.parent_issuer = "ĐOÀN TNCS HỒ CHÍ MINH TỈNH TRÀ VINH".into();
        form.symbol = "KH/TĐTN-VP".into();
        assert_eq!(check(&form).profile, Profile::Youth);
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
