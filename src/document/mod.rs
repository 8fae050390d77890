//! The document model: the text parsed once into its parts, each with its byte span.
//!
//! Spans are byte ranges in the NFC text ([`Document::text`]); [`Document::original`] maps them
//! to the original input, which is the same text unless the input was decomposed (NFD).
//! Rules read this model; they never parse the text again.

pub mod assignments;
pub mod attachment;
pub mod bodies;
pub mod body;
pub mod citation;
pub mod closing;
pub mod date;
pub mod header;
pub mod issuer;
pub mod laws;
pub mod lines;
pub mod number;
pub mod types;

use crate::config::{Config, Profile};
use crate::source::Normalized;
use crate::vietnamese::fold;
pub use crate::vietnamese::words::Word;
pub use assignments::{Assignment, Duty};
pub use attachment::{Attachment, Reference};
pub use body::{Article, Body, Division, DivisionKind, Item, ItemKind, Part};
pub use citation::{Citation, Issuer};
pub use closing::{Authority, Closing, Prefix, Recipient, Recipients, Signature};
pub use date::{Date, DateMention, DateRole, PlaceDate};
pub use header::{Header, OrgTitle, TypeName};
pub use lines::{Line, Residue, ResidueKind};
pub use number::{NumberLine, NumberStyle};
pub use types::DocType;

/// A byte range `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// An empty span at `at` (for a missing part: where it should have been).
    pub const fn empty(at: usize) -> Span {
        Span { start: at, end: at }
    }

    pub fn is_empty(&self) -> bool {
        self.start >= self.end
    }

    /// Whether the two spans share a byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
}

/// A parsed document. Read it through its accessors ([`Document::header`],
/// [`Document::lines`] …): every node carries its byte span in [`Document::text`].
#[derive(Debug)]
pub struct Document<'a> {
    /// The input exactly as given.
    pub(crate) source: &'a str,
    norm: Normalized<'a>,
    pub(crate) lines: Vec<Line>,
    pub(crate) residue: Vec<Residue>,
    pub(crate) header: Header,
    pub(crate) body: Body,
    pub(crate) recipients: Option<Recipients>,
    /// The `Kính gửi:` block of a letter (between the header and the body).
    pub(crate) addressees: Option<closing::Addressees>,
    /// The signature block the rules judge (see [`closing::primary`]).
    pub(crate) signature: Option<Signature>,
    /// Every signature block of the closing (a biên bản has one per signing column, a joint
    /// text one per signer, side by side or one under another).
    pub(crate) signatures: Vec<Signature>,
    /// Where the recipients and signature are, when found.
    pub(crate) closing: Option<Closing>,
    /// One past the last line of the main document; the attachments follow.
    pub(crate) main_end: usize,
    /// Annexes, forms and attached texts after the signature.
    pub(crate) attachments: Vec<Attachment>,
    /// Citations anywhere in the text (attachments included: a document cited with two dates
    /// across the plan and its annex is a conflict).
    pub(crate) citations: Vec<Citation>,
    pub(crate) dates: Vec<DateMention>,
    /// Laws cited by name and date ("Luật Đất đai ngày 18 tháng 01 năm 2024").
    pub(crate) laws: Vec<laws::LawMention>,
    /// The bodies the main document gives tasks to, asks for reports, or charges with
    /// executing it (see [`assignments`]).
    pub(crate) assignments: Vec<Assignment>,
    /// Every word of the text (letters and digits), in order.
    pub(crate) words: Vec<Word>,
    /// For each word, the index of its spelling in `vocabulary` (same text = same index):
    /// rules that judge a word by its spelling do it once per distinct spelling.
    pub(crate) word_vocab: Vec<u32>,
    /// The distinct spellings, as the span of their first occurrence.
    pub(crate) vocabulary: Vec<Span>,
    /// The profile the rules apply: configured, or detected when the config says `auto`.
    pub(crate) profile: Profile,
    /// The document's type: from the type-name line, else from the number's type code.
    pub(crate) doc_type: Option<&'static DocType>,
    pub(crate) markdown: bool,
    /// Page setup and formatting, when the text was read from a `.docx` (the layout rules
    /// need it); `layout.paragraphs[r]` is physical line (row) `r`.
    pub(crate) layout: Option<crate::docx::Layout>,
}

/// The parts parsed from the NFC text, before they move into the [`Document`] that owns it.
struct Parsed {
    lines: Vec<Line>,
    residue: Vec<Residue>,
    header: Header,
    body: Body,
    recipients: Option<Recipients>,
    addressees: Option<closing::Addressees>,
    signatures: Vec<Signature>,
    closing: Option<Closing>,
    main_end: usize,
    attachments: Vec<Attachment>,
    citations: Vec<Citation>,
    dates: Vec<DateMention>,
    laws: Vec<laws::LawMention>,
    assignments: Vec<Assignment>,
    words: Vec<Word>,
    word_vocab: Vec<u32>,
    vocabulary: Vec<Span>,
    doc_type: Option<&'static DocType>,
}

impl Parsed {
    fn new(text: &str, markdown: bool) -> Parsed {
        let (lines, residue) = lines::scan(text, markdown);
        let mut words = crate::vietnamese::words::words(text);
        words.shrink_to_fit();
        let mut header = header::parse(text, &lines);
        // "BCH CHI ĐOÀN THÔN KIM QUANG", "CHI BỘ ẤP TÂN HIỆP": an issuer named by its village
        header.village = header.issuing_body.iter().any(|&l| {
            let f = fold(&text[lines[l].content.start..lines[l].content.end]);
            f.contains("khu pho")
                || f.contains("dan pho")
                || f.split(' ').any(|w| bodies::VILLAGE_LEVELS.contains(&w))
        });
        let (recipients, signatures, closing) = closing::parse(text, &lines, header.end);
        // without a closing, the main document runs to the first annex or form, if any
        let main_end = match closing {
            Some(c) => c.end,
            None => (header.end..lines.len())
                .find(|&i| {
                    let c = &text[lines[i].content.start..lines[i].content.end];
                    lines[i].col == 0 && attachment::is_start(c) && {
                        let f = crate::vietnamese::fold::fold_prefix(c, 8);
                        f.starts_with("phu luc") || f.starts_with("mau")
                    }
                })
                .unwrap_or(lines.len()),
        };
        let body_end = closing.map_or(main_end, |c| c.start);
        let body = body::parse(text, &lines, header.end, body_end.max(header.end));
        let attachments = attachment::split(text, &lines, main_end, &words);
        // citations and dates are read from the type name (the summary cites too) to the end
        // of the text, attachments included
        let line_start = |i: usize| lines.get(i).map(|l| l.span.start).unwrap_or(text.len());
        let from = header
            .type_name
            .map(|t| lines[t.line].span.start)
            .unwrap_or_else(|| line_start(header.end));
        let range = Span::new(from, text.len().max(from));
        // words of up to 16 bytes (nearly all) are keyed by their bytes packed in 16 bytes: no
        // string comparison on lookup; a word has no NUL byte, so the zero padding is unambiguous
        // (a document's distinct spellings are a fraction of its words: sized once, no rehash)
        let mut short: crate::hash::FastMap<crate::hash::Packed, u32> =
            crate::hash::FastMap::with_capacity_and_hasher(
                words.len() / 3 + 16,
                Default::default(),
            );
        // (keyed by `String`, a map type the crate has already: a word over 16 bytes is rare,
        // and one more map type costs the WebAssembly module its own copy of the table code)
        let mut long: crate::hash::FastMap<String, u32> = crate::hash::FastMap::default();
        let mut vocabulary = Vec::new();
        let mut next = |w: &crate::vietnamese::words::Word| {
            vocabulary.push(w.span());
            vocabulary.len() as u32 - 1
        };
        let word_vocab = words
            .iter()
            .map(|w| {
                let s = w.text(text);
                match crate::hash::pack16(s) {
                    Some(key) => *short.entry(key).or_insert_with(|| next(w)),
                    None => *long.entry(s.to_string()).or_insert_with(|| next(w)),
                }
            })
            .collect();
        // the rules a decision promulgates (an attached Quy chế, Quy định) give tasks as its
        // own articles do: "Đề nghị Ủy ban MTTQ xã …", "Ủy ban nhân dân xã báo cáo …"; so do
        // the plan or the place's rules ("NỘI QUY chợ …") a Quyết định issues with it
        // the type by its name, or by its symbol when the name is missing ("04/CĐ-UBND")
        // (a letter's "V/v …" summary makes it a công văn when its symbol's first group is the
        // issuer's own initials: "4127/CT-CS" of the CỤC THUẾ is no Chỉ thị, held-out batch 46;
        // "45/KH-UBND" of a Sở is still a plan's symbol)
        let letter = header.letter_summary;
        let doc_type = header.type_name.map(|t| t.doc_type).or_else(|| {
            let n = header.number.as_ref()?;
            let code = n.type_code()?;
            let issuer_initials = || {
                let issuer = header
                    .issuing_body
                    .last()
                    .map_or("", |&l| &text[lines[l].content.start..lines[l].content.end]);
                crate::vietnamese::fold::fold(issuer)
                    .split_whitespace()
                    .filter(|w| *w != "va")
                    .filter_map(|w| w.chars().next())
                    .collect::<String>()
            };
            if letter && crate::vietnamese::fold::fold(&code.text) == issuer_initials() {
                return types::by_upper_name("CÔNG VĂN");
            }
            let party = n.style == Some(NumberStyle::Party);
            types::by_code(&code.text, party)
        });
        let decision = doc_type.is_some_and(|t| t.name == "Quyết định");
        let promulgated: Vec<&Attachment> = attachments
            .iter()
            .filter(|a| match a.doc_type.map(|t| t.name) {
                Some("Quy chế" | "Quy định") => true,
                Some("Kế hoạch" | "Chương trình" | "Phương án" | "Đề án") => decision,
                Some(_) => false,
                // (its type line under its own header rows)
                None => {
                    decision
                        && (a.start..a.end.min(a.start + 8)).any(|l| {
                            let line = &text[lines[l].content.start..lines[l].content.end];
                            crate::vietnamese::fold::fold_prefix(line, 8).trim_end() == "noi quy"
                        })
                }
            })
            .collect();
        let mut sections = vec![((body.start, body.end), !body.articles.is_empty())];
        let (mut task_lines, headed_lines) = task_lines(text, &header, &body);
        // the items, in line order, with the Party's "1- Ủy ban nhân dân tỉnh ban hành …"
        // (numbered with a hyphen, as its "IV- TỔ CHỨC THỰC HIỆN" parts are), which start with
        // their subject too (the outline rules leave that numbering alone)
        let mut items: Vec<(usize, usize)> = Vec::with_capacity(body.items.len());
        let mut body_items = body.items.iter().peekable();
        for (i, line) in lines.iter().enumerate().take(body.end).skip(body.start) {
            while let Some(it) = body_items.next_if(|it| it.line <= i) {
                items.push((it.line, it.marker.end));
            }
            let c = &text[line.content.start..line.content.end];
            let digits = c.bytes().take_while(u8::is_ascii_digit).count();
            if (1..=2).contains(&digits)
                && c[digits..]
                    .strip_prefix("- ")
                    .is_some_and(|t| t.starts_with(crate::vietnamese::case::is_upper_letter))
            {
                items.push((i, line.content.start + digits + 1));
            }
        }
        items.extend(body_items.map(|it| (it.line, it.marker.end)));
        for a in &promulgated {
            sections.push(((a.body.start, a.end), true));
            task_lines.push((a.body.start, a.end));
            items.extend(a.body.items.iter().map(|it| (it.line, it.marker.end)));
        }
        let dispatch = doc_type.is_some_and(|t| t.name == "Công điện");
        let addressees = closing::addressees(
            text,
            &lines,
            header.first_line.unwrap_or(0),
            body.end,
            dispatch,
        );
        // the addressees ("- Giám đốc Công an tỉnh;") are sent the text, not given a task there:
        // a range that starts above their block starts after it
        if let Some(a) = &addressees {
            let last = a.entries.last().map_or(a.heading, |e| e.last_line);
            for range in &mut task_lines {
                if range.0 <= a.heading && last < range.1 {
                    range.0 = last + 1;
                }
            }
        }
        let assignments = assignments::scan(&assignments::Input {
            text,
            lines: &lines,
            words: &words,
            sections,
            task_lines,
            headed_lines,
            items,
            village: header.village,
            institution: header.issuing_body.iter().any(|&l| {
                let f = fold(&text[lines[l].content.start..lines[l].content.end]);
                ["trung tam", "benh vien", "cong ty"]
                    .iter()
                    .any(|k| f.contains(k))
            }),
        });
        let dates = date::scan_dates(text, range);
        Parsed {
            doc_type,
            addressees,
            citations: citation::scan(text, range, &words),
            assignments,
            laws: laws::scan(text, &words, &dates),
            dates,
            words,
            word_vocab,
            vocabulary,
            lines,
            residue,
            header,
            body,
            recipients,
            signatures,
            closing,
            main_end,
            attachments,
        }
    }
}

/// The lines where a body at the start of an item is given a task, then the lines where only
/// a body heading its item on a line of its own is.
type TaskLines = (Vec<(usize, usize)>, Vec<(usize, usize)>);

/// Where a body at the start of an item or sentence is given a task: the implementation part
/// and the closing paragraph of a plan (the whole body of a document without parts), and the
/// proposal parts ("kiến nghị", "đề xuất") of any document. A report or minutes recounts: only
/// its proposals assign, and the conclusions of a record's meeting ("KẾT LUẬN CỦA HỘI NGHỊ"). Second, the part of the tasks ahead ([`body::Part::sets_tasks`]),
/// where only a body heading its item on a line of its own is given the tasks under it ("5.
/// Công an xã" / "- Xây dựng kế hoạch …"), and so are a notice's conclusions ("II. KẾT LUẬN VÀ
/// GIAO NHIỆM VỤ" / "1. Sở Nông nghiệp và Môi trường" / "a) Chủ trì …").
fn task_lines(text: &str, header: &Header, body: &Body) -> TaskLines {
    let recounts = header
        .type_name
        .is_some_and(|t| matches!(t.doc_type.name, "Báo cáo" | "Biên bản" | "Tờ trình"));
    // a notice's part of requests ("IV. YÊU CẦU" of a notice of conclusions, its items "1.
    // Chi bộ thôn Xuân Hòa tổ chức kiểm điểm …", held-out batch 53) asks as a proposal does;
    // a plan's "II. YÊU CẦU" says how its tasks are to be done. So does a notice's part of
    // the tasks ahead ("II. NHIỆM VỤ TRỌNG TÂM TRONG THỜI GIAN TỚI" / "a) Ủy ban nhân dân xã
    // chủ trì …", a Đảng ủy xã's notice, held-out batch 74): a conclusion's words are
    // directions (not its "CÁC BIỆN PHÁP …", which may recount)
    let notice = header
        .type_name
        .is_some_and(|t| matches!(t.doc_type.name, "Thông báo" | "Kết luận"));
    let minutes = header
        .type_name
        .is_some_and(|t| t.doc_type.name == "Biên bản");
    let mut v = Vec::new();
    let mut headed = Vec::new();
    for (k, p) in body.parts.iter().enumerate() {
        let end = body.parts.get(k + 1).map_or(body.end, |n| n.line);
        let proposals = p.proposes()
            || notice
                && (p.heading_folded.starts_with("yeu cau")
                    || p.sets_tasks() && p.heading_folded.starts_with("nhiem vu"));
        // a report or record recounts, except in a part that organises what comes next
        // (and a record's conclusions of its meeting: "III. KẾT LUẬN CỦA HỘI NGHỊ" / "b) Các chi
        // hội nông dân ấp rà soát …", held-out batch 58)
        let implementation = if recounts {
            p.organises_what_comes() || minutes && p.heading_folded.starts_with("ket luan")
        } else {
            p.is_implementation() || p.sets_reporting()
        };
        if proposals || implementation {
            v.push((p.line, end));
        } else if !recounts
            && (p.sets_tasks()
                // a notice's conclusions, each body heading its item ("II. KẾT LUẬN VÀ GIAO
                // NHIỆM VỤ" / "1. Sở Nông nghiệp và Môi trường" / "a) Chủ trì …", the notice
                // of a Phó Chủ tịch's conclusions, held-out batch 78)
                || notice
                    && (p.heading_folded.starts_with("ket luan")
                        || p.heading_folded.contains("y kien ket luan")
                        || p.heading_folded.contains("giao nhiem vu")))
        {
            headed.push((p.line, end));
        }
    }
    if body.parts.is_empty() && !recounts {
        v.push((body.start, body.end));
    }
    if let Some(c) = body.closing.filter(|_| !recounts) {
        v.push((c, c + 1));
    }
    let _ = text;
    (v, headed)
}

/// How an executing article names the persons an earlier article lists, folded, before the
/// article's number: "các đồng chí có tên tại Điều 1".
pub(crate) const PERSONS_OF_ARTICLE: [&str; 2] = ["co ten tai dieu ", "co ten o dieu "];

impl<'a> Document<'a> {
    /// Parses `source` under `config` (for the profile and the input kind).
    pub fn parse(source: &'a str, config: &Config) -> Document<'a> {
        let norm = Normalized::new(source);
        let markdown = config.markdown;
        let p = Parsed::new(norm.text(), markdown);
        let mut doc = Document {
            source,
            norm,
            lines: p.lines,
            residue: p.residue,
            header: p.header,
            body: p.body,
            recipients: p.recipients,
            addressees: p.addressees,
            signature: closing::primary(&p.signatures).cloned(),
            signatures: p.signatures,
            closing: p.closing,
            main_end: p.main_end,
            attachments: p.attachments,
            citations: p.citations,
            dates: p.dates,
            laws: p.laws,
            assignments: p.assignments,
            words: p.words,
            word_vocab: p.word_vocab,
            vocabulary: p.vocabulary,
            profile: config.profile,
            doc_type: p.doc_type,
            markdown,
            layout: None,
        };
        if doc.profile == Profile::Auto {
            doc.profile = doc.detect_profile();
        }
        doc
    }

    // Read-only accessors: the model is built by `parse` and only read afterwards.

    /// The conventions the rules apply: the profile's, except for a mass organisation
    /// writing in the Party-like layout (no national title; a `*` or a Party-style number), whose form
    /// no guide settles ([`crate::profile::MASS_PARTY_LAYOUT`]), and of the Hội Sinh viên under
    /// its own title ([`crate::profile::STUDENTS`]).
    pub(crate) fn conventions(&self) -> &'static crate::profile::Conventions {
        let party_layout = self.profile == Profile::Mass
            && self.header.national_title.is_none()
            && (self.header.asterisk.is_some()
                || self
                    .header
                    .number
                    .as_ref()
                    .is_some_and(|n| n.style == Some(NumberStyle::Party)));
        // (only when the document is read as the Đoàn's: a profile set by hand stays)
        let students = self.profile == Profile::Youth
            && matches!(self.header.org_title, Some((_, OrgTitle::Students)));
        if party_layout {
            &crate::profile::MASS_PARTY_LAYOUT
        } else if students {
            &crate::profile::STUDENTS
        } else {
            self.profile.conventions()
        }
    }

    /// The input exactly as given.
    pub fn source(&self) -> &'a str {
        self.source
    }

    /// The lines (a table row's tab-separated cells are lines of their own).
    pub fn lines(&self) -> &[Line] {
        &self.lines
    }

    /// Conversion residue found in the text (bookmarks, formulas, Markdown marks).
    pub fn residue(&self) -> &[Residue] {
        &self.residue
    }

    /// The header: issuing body, national title and motto, number, place and date, type name, summary.
    pub fn header(&self) -> &Header {
        &self.header
    }

    /// The main body: legal bases, parts, items, chapters and articles.
    pub fn body(&self) -> &Body {
        &self.body
    }

    /// The Nơi nhận block, when there is one.
    pub fn recipients(&self) -> Option<&Recipients> {
        self.recipients.as_ref()
    }

    /// The `Kính gửi:` block of a letter.
    pub fn addressees(&self) -> Option<&closing::Addressees> {
        self.addressees.as_ref()
    }

    /// The signature block the rules judge.
    pub fn signature(&self) -> Option<&Signature> {
        self.signature.as_ref()
    }

    /// Every signature block of the closing (a biên bản has one per signing column, a joint
    /// text one per signer, side by side or one under another).
    pub fn signatures(&self) -> &[Signature] {
        &self.signatures
    }

    /// Where the recipients and signature are, when found.
    pub fn closing(&self) -> Option<&Closing> {
        self.closing.as_ref()
    }

    /// One past the last line of the main document; the attachments follow.
    pub fn main_end(&self) -> usize {
        self.main_end
    }

    /// Annexes, forms and attached texts after the signature.
    pub fn attachments(&self) -> &[Attachment] {
        &self.attachments
    }

    /// Citations anywhere in the text, attachments included.
    pub fn citations(&self) -> &[Citation] {
        &self.citations
    }

    /// Every date written in the text, with its role and the weekday written with it.
    pub fn dates(&self) -> &[DateMention] {
        &self.dates
    }

    /// Laws cited by name and date.
    pub fn laws(&self) -> &[laws::LawMention] {
        &self.laws
    }

    /// The bodies the main document gives tasks to, asks for reports, or charges with executing it.
    pub fn assignments(&self) -> &[Assignment] {
        &self.assignments
    }

    /// Every word of the text (letters and digits), in order.
    pub fn words(&self) -> &[Word] {
        &self.words
    }

    /// For each word, the index of its spelling in [`Document::vocabulary`].
    pub fn word_vocab(&self) -> &[u32] {
        &self.word_vocab
    }

    /// The distinct spellings, as the span of their first occurrence.
    pub fn vocabulary(&self) -> &[Span] {
        &self.vocabulary
    }

    /// The profile the rules apply: configured, or detected when the config says `auto`.
    pub fn profile(&self) -> Profile {
        self.profile
    }

    /// The document's type: from the type-name line, else from the number's type code.
    pub fn doc_type(&self) -> Option<&'static DocType> {
        self.doc_type
    }

    /// Whether the text is Markdown.
    pub fn markdown(&self) -> bool {
        self.markdown
    }

    /// Page setup and formatting, when the text was read from a `.docx`.
    pub fn layout(&self) -> Option<&crate::docx::Layout> {
        self.layout.as_ref()
    }

    /// The document with the layout read from its `.docx` (what [`crate::lint_docx`] checks).
    pub fn with_layout(mut self, layout: crate::docx::Layout) -> Self {
        self.layout = Some(layout);
        self
    }

    /// The NFC text that all spans index.
    #[inline(always)]
    pub fn text(&self) -> &str {
        self.norm.text()
    }

    /// The line break the text uses, for a fix that adds a line: Windows' when it has one.
    pub fn newline(&self) -> &'static str {
        if self.text().contains("\r\n") {
            "\r\n"
        } else {
            "\n"
        }
    }

    /// The article that charges the executors ("Chánh Văn phòng …, Thủ trưởng các cơ quan …
    /// chịu trách nhiệm thi hành Quyết định này"), when the text has articles.
    pub fn executing_article(&self) -> Option<&Article> {
        let articles = &self.body.articles;
        let first = articles.first()?.line;
        // the first line that charges executors; else the first that speaks of executing
        let mut weak = None;
        let mut line = None;
        for l in (first..self.body.end).filter(|&l| !self.lines[l].is_blank()) {
            let f = fold::fold(self.slice(self.lines[l].content));
            if assignments::charges_executors(&f) {
                line = Some(l);
                break;
            }
            if weak.is_none() && assignments::executes(&f) {
                weak = Some(l);
            }
        }
        let line = line.or(weak)?;
        articles.iter().rev().find(|a| a.line <= line)
    }

    /// Whether the executing article names the persons of article `n` among its executors
    /// ("các đồng chí có tên tại Điều 1 chịu trách nhiệm thi hành"): "- Như Điều 1;" then
    /// reaches executors too. (Any other "Điều 1" there, a cited text's, is not theirs.)
    pub fn executing_names_article(&self, n: u32) -> bool {
        let Some(x) = self.executing_article() else {
            return false;
        };
        let articles = &self.body.articles;
        let end = articles
            .iter()
            .find(|a| a.line > x.line)
            .map_or(self.body.end, |a| a.line);
        (x.line..end).any(|l| {
            let f = fold::fold(self.content(l));
            PERSONS_OF_ARTICLE.iter().any(|p| {
                f.match_indices(p).any(|(i, w)| {
                    let rest = &f[i + w.len()..];
                    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
                    rest[..digits].parse::<u32>() == Ok(n)
                })
            })
        })
    }

    /// The main body, then each attachment's: where parts, items and articles are numbered.
    pub fn bodies(&self) -> impl Iterator<Item = &Body> {
        std::iter::once(&self.body).chain(self.attachments.iter().map(|a| &a.body))
    }

    /// The text of a span.
    #[inline(always)]
    pub fn slice(&self, span: Span) -> &str {
        &self.text()[span.start..span.end]
    }

    /// The paragraphs of the text, as ranges of line indices: a line whose content starts in
    /// lower case continues the paragraph of the line before, across up to two blank lines (a
    /// conversion breaks lines inside a paragraph, and page ends add blank lines) — unless it
    /// starts with an item marker such as "a)". Blank lines outside paragraphs are left out.
    pub fn paragraphs(&self) -> Vec<std::ops::Range<usize>> {
        let mut out: Vec<std::ops::Range<usize>> = Vec::new();
        for (i, line) in self.lines.iter().enumerate() {
            if line.is_blank() {
                continue;
            }
            let c = self.content(i);
            let lettered = c.char_indices().nth(1).is_some_and(|(k, ch)| {
                ch == ')' && c[..k].chars().all(crate::vietnamese::case::is_letter)
            });
            // (or with an amount wrapped onto the line, "… (khoảng" / "12.173 tỷ đồng).", a web
            // page's copy, real set 9: grouped by thousands or of three digits and more, no
            // item's number such as "1.1", "2/" or "1-"; and the line before ends no sentence)
            let number_runs_on = || {
                let first = c.split(' ').next().unwrap_or("");
                let mut groups = first.split(['.', ',']);
                let lead = groups.next().unwrap_or("");
                let digits = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
                let amount = digits(lead)
                    && if first.len() == lead.len() {
                        lead.len() >= 3
                    } else {
                        lead.len() <= 3 && groups.all(|g| g.len() == 3 && digits(g))
                    };
                amount
                    && out.last().is_some_and(|p| {
                        !self.content(p.end - 1).ends_with(['.', ';', ':', '!', '?'])
                    })
            };
            let continues = (crate::vietnamese::starts_lower(c) || number_runs_on())
                && !lettered
                && out.last().is_some_and(|p| {
                    (p.end..i).all(|b| self.lines[b].is_blank()) && i - p.end <= 2
                });
            match out.last_mut() {
                Some(p) if continues => p.end = i + 1,
                _ => out.push(i..i + 1),
            }
        }
        out
    }

    /// The first line (or header cell) on physical line `row`, if the row has any.
    pub fn line_of_row(&self, row: usize) -> Option<usize> {
        let i = self.lines.partition_point(|l| (l.row as usize) < row);
        (self.lines.get(i)?.row as usize == row).then_some(i)
    }

    /// The 1-based line a reader sees byte `offset` on: its physical row, which the cells of
    /// a tab-separated row share (an index into [`Document::lines`] counts each cell).
    pub fn display_line(&self, offset: usize) -> usize {
        let i = self.line_of(offset);
        self.lines.get(i).map_or(1, |l| l.row as usize + 1)
    }

    /// The index into [`Document::lines`] of the line byte `offset` is on (one search for every
    /// caller: each closure given to `partition_point` is code of its own in the WebAssembly
    /// module).
    pub fn line_of(&self, offset: usize) -> usize {
        self.lines
            .partition_point(|l| l.span.start <= offset)
            .saturating_sub(1)
    }

    /// The words that start in `from..to` (byte offsets).
    pub fn words_between(&self, from: usize, to: usize) -> &[crate::vietnamese::words::Word] {
        let at = |offset: usize| self.words.partition_point(|w| (w.start as usize) < offset);
        &self.words[at(from)..at(to)]
    }

    /// The content of line `i` (trimmed, marks removed).
    pub fn content(&self, i: usize) -> &str {
        self.slice(self.lines[i].content)
    }

    /// Maps a span of the NFC text to the original input.
    pub fn original(&self, span: Span) -> Span {
        Span::new(
            self.norm.to_original(span.start),
            self.norm.to_original(span.end),
        )
    }

    /// Whether the input had to be normalized to NFC.
    pub fn was_denormalized(&self) -> bool {
        self.norm.changed()
    }

    /// The issuing date from the place-and-date line, if complete and valid.
    pub fn issue_date(&self) -> Option<Date> {
        match &self.header.place_date {
            Some(p) => p.date().filter(|d| d.valid()),
            // a date line wrapped or flattened by a web page's export
            None => self.header.unlined.date,
        }
    }

    /// The year named in the summary ("… năm 2022": the last "năm YYYY"), with its span;
    /// `None` when the summary names none or a period ("giai đoạn 2021-2025", "nhiệm kỳ").
    pub fn summary_year(&self) -> Option<(i32, Span)> {
        self.summary_years().pop()
    }

    /// Every year named in the summary ("năm YYYY"), in order; none when it names a period.
    pub fn summary_years(&self) -> Vec<(i32, Span)> {
        let mut found = Vec::new();
        for &l in &self.header.summary {
            let span = self.lines[l].content;
            let text = self.slice(span);
            if text.contains("giai đoạn") || text.contains("nhiệm kỳ") {
                return Vec::new();
            }
            for (i, _) in text.match_indices("năm ") {
                let p = i + "năm ".len();
                let digits = text[p..].bytes().take_while(u8::is_ascii_digit).count();
                if digits == 4 {
                    if let Ok(year) = text[p..p + 4].parse() {
                        found.push((year, Span::new(span.start + p, span.start + p + 4)));
                    }
                }
            }
        }
        found
    }

    /// Whether the text stops short: its last line breaks off in a word ("…khó khăn trên
    /// đ") or is a bare dash under "Nơi nhận:", as an excerpt copied from a web page does.
    /// What comes after the cut (the recipients, the signature) is then unknown, not missing.
    pub fn looks_cut(&self) -> bool {
        let Some(last) = self.last_line() else {
            return false;
        };
        let c = self.content(last);
        if matches!(c, "-" | "+" | "–") {
            return true;
        }
        // a closing mark, a bracket or a quote ends a text; so does a name (the signer's, in
        // capitalised words) or a line in capitals (a title)
        let ends_word = c.ends_with(|ch: char| crate::vietnamese::case::is_letter_or_number(ch));
        let words: Vec<&str> = c.split_whitespace().collect();
        let name_like = words.len() <= 5
            && words
                .iter()
                .all(|w| w.starts_with(|ch: char| crate::vietnamese::case::is_upper_letter(ch)));
        // with a recipients block, only the bare dash tells (an entry without its ";" is a
        // mistake the punctuation rule mends, not a cut)
        ends_word && !name_like && self.signature.is_none() && self.recipients.is_none()
    }

    /// Whether tone marks stand apart from their letters, as text copied out of a PDF has them
    /// ("thiêt hai ̀ ̣ ̣ do lũ lụt"): three combining marks or more after a space or at a line's
    /// start. The words of such a text are not what its author typed.
    pub fn accents_detached(&self) -> bool {
        let bytes = self.text().as_bytes();
        // U+0300–U+036F are CC 80 … CD AF in UTF-8
        let mut found = 0;
        for at in memchr::memchr2_iter(0xCC, 0xCD, bytes) {
            let lead_ok = bytes[at] == 0xCC || bytes.get(at + 1).is_some_and(|&b| b <= 0xAF);
            let after_space = at > 0 && matches!(bytes[at - 1], b' ' | b'\n' | b'\t');
            if lead_ok && after_space {
                found += 1;
                if found >= 3 {
                    return true;
                }
            }
        }
        false
    }

    /// The line index of the last non-blank line.
    pub fn last_line(&self) -> Option<usize> {
        self.prev_filled(self.lines.len())
    }

    /// The index of the last non-blank line before line `end`.
    pub fn prev_filled(&self, end: usize) -> Option<usize> {
        (0..end.min(self.lines.len()))
            .rev()
            .find(|&i| !self.lines[i].is_blank())
    }

    /// The index of the first non-blank line after line `line`.
    pub fn next_filled(&self, line: usize) -> Option<usize> {
        (line + 1..self.lines.len()).find(|&i| !self.lines[i].is_blank())
    }

    /// `auto`: the title on the right decides first (Party title → party; Đoàn's or Hội Nông
    /// dân's own title → doan, hnd); then the issuer and the symbol name a mass organisation
    /// (Đoàn, Hội Nông dân; Công đoàn, Hội LHPN, Hội CCB → mass) or the Front (mttq); a national
    /// title without those → nd30; neither title → the Party's marks (asterisk, `45-KH/TU`
    /// numbers, `T/M`), then the Front's name in the signature or the opening text.
    fn detect_profile(&self) -> Profile {
        let h = &self.header;
        if h.party_title.is_some() {
            return Profile::Party;
        }
        match h.org_title {
            // the Đội is led by the Đoàn and writes as it does
            // the Hội Sinh viên too: the Đoàn guides it, and its documents take the Đoàn's form
            Some((_, OrgTitle::Youth | OrgTitle::Pioneers | OrgTitle::Students)) => {
                return Profile::Youth
            }
            Some((_, OrgTitle::Farmers)) => return Profile::Farmers,
            None => {}
        }
        let issuer: String = h
            .issuing_body
            .iter()
            .map(|&i| fold(self.content(i)) + " ")
            .collect();
        let groups: Vec<String> = h
            .number
            .as_ref()
            .map(|n| {
                n.groups
                    .iter()
                    .map(|g| crate::vietnamese::case::to_upper(&g.text))
                    .collect()
            })
            .unwrap_or_default();
        let symbol = groups.join("-");
        let has_group = |names: &[&str]| groups.iter().skip(1).any(|g| names.contains(&g.as_str()));
        // (the trade union's "CÔNG ĐOÀN XÃ …" is no "ĐOÀN XÃ": held-out batch 35)
        let not_union = issuer.replace("cong doan", "cong_union");
        let youth = [
            "doan tncs",
            "doan thanh nien",
            "tinh doan",
            "thanh doan",
            "bch doan",
            "ban chap hanh doan",
            "doan xa",
            "doan phuong",
        ]
        .iter()
        .any(|k| not_union.contains(k))
            || groups
                .iter()
                .any(|g| g.ends_with("ĐTN") || g == "TWĐTN" || g == "TĐTN");
        if youth {
            return Profile::Youth;
        }
        let farmers = issuer.contains("hoi nong dan")
            || groups
                .iter()
                .any(|g| matches!(g.as_str(), "HNDTW" | "HNDT" | "HNDX" | "HNDH" | "HND"));
        if farmers {
            return Profile::Farmers;
        }
        let mass = [
            "lien doan lao dong",
            "tong ldld",
            "ldld ",
            "cong doan",
            // "CĐCS CƠ QUAN UBND XÃ …": the Công đoàn cơ sở by its initials
            "cdcs ",
            "hoi lien hiep phu nu",
            "hoi lhpn",
            "hoi phu nu",
            "hoi cuu chien binh",
            "hoi ccb",
        ]
        .iter()
        .any(|k| issuer.contains(k))
            || has_group(&["LĐLĐ", "TLĐ", "HPN", "HLHPN", "CCB", "CĐ"]);
        let front = issuer.contains("mttq")
            || issuer.contains("mat tran")
            || symbol.contains("MTTQ")
            || symbol.contains("MTTW");
        if mass && !front {
            return Profile::Mass;
        }
        let party_issuer = issuer::PARTY_COMMITTEE_WORDS
            .iter()
            .chain(["ban chap hanh"])
            .any(|k| issuer.contains(k));
        let party_number = h
            .number
            .as_ref()
            .is_some_and(|n| n.style == Some(NumberStyle::Party));
        let party_sign = self
            .signature
            .as_ref()
            .is_some_and(|s| s.authorities.iter().any(|a| a.prefix.is_party()));
        if h.national_title.is_some() {
            // a Party committee's document that took the state's title by mistake is still a
            // Party document: its issuer and its number (or its T/M) say so
            if party_issuer && (party_number || party_sign) && !front {
                return Profile::Party;
            }
            return if front { Profile::Mttq } else { Profile::Nd30 };
        }
        if party_issuer || party_number || party_sign || (h.asterisk.is_some() && !front) {
            return Profile::Party;
        }
        if front {
            return Profile::Mttq;
        }
        // no header at all: who speaks in the opening of the body? (the start of each of
        // its first lines: a paragraph runs on for kilobytes)
        let opening: String = (self.body.start..self.body.end.min(self.body.start + 12))
            .filter(|&i| i < self.lines.len())
            .map(|i| fold::fold_prefix(self.content(i), 300))
            .collect::<Vec<_>>()
            .join(" ");
        let sig_front = self.signature.as_ref().is_some_and(|s| {
            s.authorities
                .iter()
                .any(|a| fold(self.slice(a.title)).contains("ban thuong truc"))
        });
        if opening.contains("mttq") || opening.contains("mat tran to quoc") || sig_front {
            Profile::Mttq
        } else {
            Profile::Nd30
        }
    }

    /// The header's first recognised line, else the first line.
    pub fn header_first_line(&self) -> usize {
        self.header
            .lines()
            .first()
            .copied()
            .or(self.header.first_line)
            .unwrap_or(0)
    }

    /// Where the header should have been: its first recognised line, else the first line.
    pub fn header_anchor(&self) -> Span {
        Span::empty(self.lines[self.header_first_line()].content.start)
    }

    /// The empty left cell of the header's first row ("⇥CỘNG HÒA …" above the number), when
    /// the header is written in rows of two cells: where a missing issuing body goes.
    pub(crate) fn empty_first_left_cell(&self) -> Option<Span> {
        let first = &self.lines[self.header_first_line()];
        let row_start = first.span.start.checked_sub(usize::from(first.col))?;
        let only_tabs = self.text()[row_start..first.span.start]
            .bytes()
            .all(|b| b == b'\t');
        let above_number = self
            .header
            .number
            .as_ref()
            .is_none_or(|n| n.span.start > first.span.start);
        (first.col > 0 && only_tabs && above_number).then(|| Span::empty(row_start))
    }

    /// The empty right cell of the header's first row, when the header is written in rows of
    /// two cells (a Word table converted) and its place-and-date line is a right cell: where a
    /// missing title (national, Party, organisation) goes.
    pub(crate) fn empty_first_right_cell(&self) -> Option<Span> {
        let d = self.header.place_date.as_ref()?;
        if self.lines[d.line].col == 0 {
            return None;
        }
        let row = self.header_first_line();
        self.lines
            .get(row)
            .filter(|l| l.cells <= 1 && row < d.line)
            .map(|l| Span::empty(l.content.end))
    }

    /// Where a part missing before line `line` should have been: from the end of the
    /// previous non-blank line to the start of `line` (over the blank lines between).
    pub fn gap_before(&self, line: usize) -> Span {
        let end = self.lines[line].content.start;
        let start = self
            .prev_filled(line)
            .map_or(self.lines[line].span.start, |i| self.lines[i].content.end);
        Span::new(start.min(end), end)
    }

    /// Where a part missing after line `line` should have been: from the end of `line` to the
    /// start of the next non-blank line (or the end of the text).
    pub fn gap_after(&self, line: usize) -> Span {
        let start = self.lines[line].content.end;
        let end = self
            .next_filled(line)
            .map_or(self.text().len(), |i| self.lines[i].content.start);
        Span::new(start, end.max(start))
    }

    /// The place just after the main document's last non-blank line (for parts missing at its
    /// end: a signature is missing before the annexes, not after the last form).
    pub fn end_anchor(&self) -> Span {
        match self.prev_filled(self.main_end) {
            Some(i) => Span::empty(self.lines[i].content.end),
            None => Span::empty(self.text().len()),
        }
    }
}
