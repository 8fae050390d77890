//! Dates: the place-and-date line of the header, and every date written in the text.

use super::Span;
use crate::vietnamese::fold;

/// A calendar date (not necessarily a valid one: `valid()` says).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    pub fn new(day: u32, month: u32, year: i32) -> Date {
        Date { year, month, day }
    }

    /// `2022-02-21` or `21/02/2022` (also `21/2/2022`, `21-02-2022`), as a form field or a
    /// setting gives it; not checked for validity.
    pub fn parse_numeric(value: &str) -> Option<Date> {
        // three runs of at most four digits apart by one separator, read byte by byte (a
        // split and a parse per part cost the WebAssembly module more)
        let mut parts = [(0u32, 0usize); 3];
        let mut k = 0;
        for &b in value.trim().as_bytes() {
            match b {
                b'0'..=b'9' if parts[k].1 < 4 => {
                    parts[k].0 = parts[k].0 * 10 + u32::from(b - b'0');
                    parts[k].1 += 1;
                }
                b'-' | b'/' | b'.' if parts[k].1 > 0 && k < 2 => k += 1,
                _ => return None,
            }
        }
        let [(first, first_len), (month, _), (last, last_len)] = parts;
        match (k, first_len, last_len) {
            (2, 4, 1..) => Some(Date::new(last, month, first as i32)),
            (2, _, 4) => Some(Date::new(first, month, last as i32)),
            _ => None,
        }
    }

    pub fn valid(&self) -> bool {
        (1..=12).contains(&self.month)
            && self.day >= 1
            && self.day <= days_in_month(self.month, self.year)
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for any valid date.
    pub fn days_from_epoch(&self) -> i64 {
        // Howard Hinnant's days_from_civil
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Day of the week, 0 = Sunday … 6 = Saturday.
    pub fn weekday(&self) -> u32 {
        (self.days_from_epoch() + 4).rem_euclid(7) as u32
    }

    /// `dd/mm/yyyy`.
    pub fn display(&self) -> String {
        format!("{:02}/{:02}/{}", self.day, self.month, self.year)
    }
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(month: u32, year: i32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// A number written in a date, with its span and how it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatePart {
    pub value: u32,
    pub text: String,
    pub span: Span,
}

/// The `<Place>, ngày DD tháng M năm YYYY` line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceDate {
    pub line: usize,
    pub span: Span,
    /// The place name (without the comma).
    pub place: Span,
    /// Whether a comma follows the place.
    pub comma: bool,
    /// Day, month, year; `None` when left blank (drafts) or not written in words.
    pub day: Option<DatePart>,
    pub month: Option<DatePart>,
    pub year: Option<DatePart>,
    /// Written as `dd/mm/yyyy` instead of `ngày … tháng … năm …`.
    pub numeric: bool,
}

/// How Nghị định 30 writes the day or the month of a date in words: days 1–9 and months 1
/// and 2 with a leading zero ("ngày 05 tháng 01"), months 3–12 without ("tháng 6"). The one
/// place this convention is written; the date rules and the form read it.
pub fn written_form(value: u32, is_month: bool) -> String {
    if value < 10 && (!is_month || value <= 2) {
        format!("{value:02}")
    } else {
        value.to_string()
    }
}

/// The form Nghị định 30 gives a day or a month of `value` written as `written`, when it is
/// written otherwise (`None`: right, or not a day or month it can judge).
pub fn right_form(written: &str, value: u32, is_month: bool) -> Option<String> {
    if value == 0 || (is_month && value > 12) || (!is_month && value > 31) {
        return None;
    }
    let right = written_form(value, is_month);
    (right != written).then_some(right)
}

impl DatePart {
    /// [`right_form`] of this part.
    pub fn right_form(&self, is_month: bool) -> Option<String> {
        right_form(&self.text, self.value, is_month)
    }
}

impl PlaceDate {
    pub fn date(&self) -> Option<Date> {
        Some(Date::new(
            self.day.as_ref()?.value,
            self.month.as_ref()?.value,
            self.year.as_ref()?.value as i32,
        ))
    }
}

fn skip_ws(c: &str, mut p: usize) -> usize {
    while let Some(ch) = c[p..].chars().next() {
        if ch.is_whitespace() {
            p += ch.len_utf8();
        } else {
            break;
        }
    }
    p
}

/// Reads a number after `keyword` at `p` (skipping spaces); a blank (spaces, dots) gives `None`.
fn part_after(c: &str, base: usize, p: usize) -> (Option<DatePart>, usize) {
    let p = skip_ws(c, p);
    let digits: String = c[p..]
        .chars()
        .take_while(|ch| ch.is_ascii_digit())
        .collect();
    if digits.is_empty() || digits.len() > 4 {
        return (None, p);
    }
    (
        Some(DatePart {
            value: digits.parse().unwrap_or(0),
            text: digits.clone(),
            span: Span::new(base + p, base + p + digits.len()),
        }),
        p + digits.len(),
    )
}

/// The first date written in words in `span` ("ngày 12 tháng 03 năm 2026"), as its day,
/// month and year parts.
pub fn words_date_in(text: &str, span: Span) -> Option<[DatePart; 3]> {
    let c = &text[span.start..span.end];
    let ng = c.find("ngày")?;
    let (day, p) = part_after(c, span.start, ng + "ngày".len());
    let rest = &c[p..];
    let th = p + rest.find("tháng")?;
    if !c[p..th].trim().is_empty() {
        return None;
    }
    let (month, p) = part_after(c, span.start, th + "tháng".len());
    let nm = p + c[p..].find("năm")?;
    if !c[p..nm].trim().is_empty() {
        return None;
    }
    let (year, _) = part_after(c, span.start, nm + "năm".len());
    Some([day?, month?, year?])
}

/// Recognises the place-and-date line of a header.
pub fn parse_place_date(text: &str, line: usize, span: Span) -> Option<PlaceDate> {
    let c = &text[span.start..span.end];
    if c.chars().count() > 90 {
        return None;
    }
    let f = fold(c);
    // folding keeps byte offsets only for ASCII; find "ngày" on the original instead
    let ngay = c.find("ngày").or_else(|| c.find("Ngày"));
    if let Some(ng) = ngay.filter(|_| f.contains("thang") && f.contains("nam")) {
        let place_raw = &c[..ng];
        let place_trim = place_raw.trim_end();
        let comma = place_trim.ends_with(',');
        let place = place_trim.trim_end_matches(',').trim_end();
        // (a line that starts with "ngày" lacks its place: still the date line, to report as
        // malformed rather than missing)
        if place
            .chars()
            .next()
            .is_some_and(|ch| !crate::vietnamese::case::is_upper_letter(ch))
        {
            return None;
        }
        let (day, p) = part_after(c, span.start, ng + "ngày".len());
        let th = c[p..].find("tháng")? + p;
        if !c[p..th]
            .trim_matches(|ch: char| ch.is_whitespace() || ch == '.' || ch == '…' || ch == '_')
            .is_empty()
        {
            return None;
        }
        let (month, p) = part_after(c, span.start, th + "tháng".len());
        let nm = c[p..].find("năm")? + p;
        let (year, _) = part_after(c, span.start, nm + "năm".len());
        return Some(PlaceDate {
            line,
            span,
            place: Span::new(span.start, span.start + place.len()),
            comma,
            day,
            month,
            year,
            numeric: false,
        });
    }
    // "Hà Nội, 15/11/2021", "Hà Nội, ngày 15/11/2021"
    let (place, rest) = c.split_once(',')?;
    let rest = rest
        .trim_start()
        .strip_prefix("ngày ")
        .map_or(rest, |r| &rest[rest.len() - r.len()..]);
    let rest_t = rest.trim();
    let nums: Vec<&str> = rest_t.split('/').collect();
    if place.is_empty()
        || !place
            .chars()
            .next()
            .is_some_and(crate::vietnamese::case::is_upper_letter)
        || nums.len() != 3
        || !nums
            .iter()
            .all(|n| !n.is_empty() && n.chars().all(|ch| ch.is_ascii_digit()))
    {
        return None;
    }
    let rest_start = span.start + c.len() - rest.len() + (rest.len() - rest.trim_start().len());
    let mut off = rest_start;
    let mut parts = Vec::new();
    for n in &nums {
        parts.push(DatePart {
            value: n.parse().ok()?,
            text: n.to_string(),
            span: Span::new(off, off + n.len()),
        });
        off += n.len() + 1;
    }
    let mut it = parts.into_iter();
    Some(PlaceDate {
        line,
        span,
        place: Span::new(span.start, span.start + place.len()),
        comma: true,
        day: it.next(),
        month: it.next(),
        year: it.next(),
        numeric: true,
    })
}

/// Names of the weekdays as written with a date, 0 = Sunday.
pub const WEEKDAYS: [&str; 7] = [
    "Chủ nhật",
    "thứ Hai",
    "thứ Ba",
    "thứ Tư",
    "thứ Năm",
    "thứ Sáu",
    "thứ Bảy",
];

/// The weekday written in `before` just ahead of a date ("thứ Hai, ngày "), with its offset.
fn weekday_before(before: &str) -> Option<(u32, usize, usize)> {
    // the date may follow "thứ Hai, ngày ", "thứ Hai ngày ", "thứ Hai (" or "thứ 2, "
    let trimmed = before.trim_end_matches(|c: char| c.is_whitespace() || c == ',' || c == '(');
    let trimmed = trimmed
        .strip_suffix("ngày")
        .unwrap_or(trimmed)
        .trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    let tail_start = trimmed
        .char_indices()
        .rev()
        .nth(9)
        .map(|(i, _)| i)
        .unwrap_or(0);
    let f = fold(&trimmed[tail_start..]);
    let table: [(&str, u32); 14] = [
        ("chu nhat", 0),
        ("thu hai", 1),
        ("thu ba", 2),
        ("thu tu", 3),
        ("thu nam", 4),
        ("thu sau", 5),
        ("thu bay", 6),
        ("thu 2", 1),
        ("thu 3", 2),
        ("thu 4", 3),
        ("thu 5", 4),
        ("thu 6", 5),
        ("thu 7", 6),
        ("cn", 0),
    ];
    let (name, day) = table.iter().find(|(n, _)| {
        // a word of its own: after a space, a tab (a table cell) or punctuation; "CN" only
        // after a space or a bracket ("1876/UBND-CN ngày …" is a symbol's code)
        let before = (f.len() > n.len()).then(|| f.as_bytes()[f.len() - n.len() - 1]);
        f.ends_with(n)
            && before.is_none_or(|b| !b.is_ascii_alphanumeric())
            && (*n != "cn" || before.is_none_or(|b| b.is_ascii_whitespace() || b == b'('))
    })?;
    // the written name is as many characters as the folded one
    let chars = name.chars().count();
    let start = trimmed.char_indices().rev().nth(chars - 1)?.0;
    // "lần thứ tư ngày 27/01/2026", "kỳ họp thứ Năm": an ordinal, not a weekday
    let head = trimmed[..start].trim_end();
    let mut from = head.len().saturating_sub(16);
    while !head.is_char_boundary(from) {
        from += 1;
    }
    let head = fold(&head[from..]);
    if ["lan", "khoa", "ky hop", "dot", "phien"].iter().any(|w| {
        head.strip_suffix(w)
            .is_some_and(|p| p.is_empty() || p.ends_with(' '))
    }) {
        return None;
    }
    Some((*day, start, trimmed.len()))
}

/// The weekday written just after a date ("15/10/2025 (thứ Năm)", "…, thứ Năm"), with its
/// offsets in `after`.
fn weekday_after(after: &str) -> Option<(u32, usize, usize)> {
    // the weekday is on the date's line: "… (thứ Ba).⏎d) …" is not "thứ Ba).⏎d)"
    let after = after.split(['\n', '\r']).next().unwrap_or(after);
    let lead = after.len()
        - after
            .trim_start_matches(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == '-')
            .len();
    if lead == 0 || lead > 4 {
        return None;
    }
    // the part of the day before it: "ngày 13/12/2023 (sáng thứ Tư)"
    let lead = lead
        + ["sáng ", "chiều ", "tối ", "trưa ", "Sáng ", "Chiều "]
            .iter()
            .find(|p| after[lead..].starts_with(*p))
            .map_or(0, |p| p.len());
    // a table's next cell: "17/02/2026⇥Thứ Ba⇥Mùng 1 …"
    let rest = after[lead..].split('\t').next().unwrap_or("");
    let word_end = |n: usize| {
        rest.char_indices()
            .filter(|(_, c)| *c == ' ')
            .nth(n)
            .map_or(rest.len(), |(i, _)| i)
    };
    // "thứ Năm", "Chủ nhật", "thứ 5": two words
    let two = &rest[..word_end(1)];
    let two = two.trim_end_matches([')', ',', '.', ';', ':']);
    let (day, _, _) = weekday_before(two)?;
    // a bracket that ends with another weekday names the dates before, in order, not this one:
    // "ngày 07/02 và ngày 08/02/2026 (thứ Bảy, Chủ nhật)"
    let inner = rest.split(')').next().unwrap_or(rest);
    if inner.len() > two.len() && weekday_before(inner).is_some_and(|w| w.1 > 0) {
        return None;
    }
    (weekday_before(two)?.1 == 0).then_some((day, lead, lead + two.len()))
}

/// Where a date written in the text stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateRole {
    /// A deadline: "trước ngày 15/12/2021", "chậm nhất ngày …", "hoàn thành trong tháng 02/2022".
    Deadline,
    /// The day a meeting was held, told as past: "Tại hội nghị ngày 21/4/2026", "Hôm nay, vào
    /// lúc 14 giờ 00 phút, ngày …".
    Held,
    /// A sentence opening with its day, "Ngày 03/4/2026, Chi bộ … tổ chức": what was done that
    /// day in a record or a report, what will be done in a plan's schedule.
    Opening,
    /// Anything else.
    Other,
}

/// A date written anywhere in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    pub span: Span,
    pub day: Option<u32>,
    pub month: u32,
    pub year: Option<i32>,
    pub role: DateRole,
    /// The weekday written with it ("thứ Hai, ngày …", "ngày … (thứ Hai)"), 0 = Sunday, and
    /// its span.
    pub weekday: Option<(u32, Span)>,
    /// For the start of a period ("từ ngày 05/3/2026 đến ngày 30/6/2026"), the index of its end
    /// among the document's dates.
    pub period_end: Option<usize>,
    /// The day and the month as written, for a date in words ("ngày 3 tháng 06 năm 2025").
    pub words: Option<[Span; 2]>,
}

impl DateMention {
    /// The full date when day, month and year are written.
    pub fn date(&self) -> Option<Date> {
        Some(Date::new(self.day?, self.month, self.year?))
    }
}

fn is_digit_at(b: &[u8], i: usize) -> bool {
    i < b.len() && b[i].is_ascii_digit()
}

/// Reads up to `max` ASCII digits at `i`.
fn digits(b: &[u8], i: usize, max: usize) -> Option<(u32, usize)> {
    let mut j = i;
    while j < b.len() && b[j].is_ascii_digit() && j - i < max {
        j += 1;
    }
    if j == i || is_digit_at(b, j) {
        return None;
    }
    std::str::from_utf8(&b[i..j])
        .ok()?
        .parse()
        .ok()
        .map(|v| (v, j))
}

/// `…trước 16 giờ 00 phút ngày` → `…trước`: the hour a deadline may give before its day
/// (folded text), so that the words before it decide.
fn without_time(before: &str) -> &str {
    // (a comma may stand between the hour and the day: "trước 16 giờ 00 phút, ngày …")
    let day = before
        .strip_suffix("ngay")
        .unwrap_or(before)
        .trim_end()
        .trim_end_matches(',')
        .trim_end();
    let mut rest = day;
    let numeric = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    // "16 giờ 00 phút", "16 giờ", "16h00", "16h", "16 giờ 30"
    for unit in ["phut", "", "gio"] {
        if !unit.is_empty() {
            if let Some(r) = rest.strip_suffix(unit) {
                let r = r.trim_end();
                if let Some(i) = r.rfind(' ') {
                    if numeric(&r[i + 1..]) {
                        rest = r[..i].trim_end();
                    }
                }
            }
        } else if let Some(i) = rest.rfind(' ') {
            let last = &rest[i + 1..];
            let hour = last
                .split_once('h')
                .is_some_and(|(h, m)| numeric(h) && (m.is_empty() || numeric(m)));
            if numeric(last) || hour {
                rest = rest[..i].trim_end();
            }
        }
    }
    if rest.len() == day.len() {
        before // no hour: "trước ngày" stays as written
    } else {
        rest.trim_end_matches(',').trim_end()
    }
}

/// Whether the words just before `start` make the date a deadline.
/// The role a date's preceding words give it (`start`: where the date or its "ngày" begins;
/// `end`: where the date ends).
#[inline(never)] // three callers: one copy (the .wasm budget)
fn role_before(text: &str, start: usize, end: usize) -> DateRole {
    if deadline_before(text, start) {
        DateRole::Deadline
    } else if let Some(role) = held_before(text, start, end) {
        role
    } else {
        DateRole::Other
    }
}

/// Whether the sentence up to a date tells of a meeting held that day: it opens with "Tại
/// <meeting> … ngày", "Hôm nay, (vào lúc …,) ngày", or is only "Ngày" and a comma follows the
/// date (`Held`, `Opening`).
fn held_before(text: &str, start: usize, end: usize) -> Option<DateRole> {
    const MEETINGS: crate::packed::Words = crate::packed::words![
        "hoi nghi",
        "cuoc hop",
        "phien hop",
        "ky hop",
        "buoi lam viec",
        "dai hoi",
        "buoi sinh hoat",
    ];
    let mut from = start.saturating_sub(160);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..start];
    let sentence = match window.rfind(['.', ';', ':', '\n']) {
        Some(i) => &window[i + 1..],
        None if from == 0 => window,
        None => return None,
    };
    let f = fold(sentence.trim());
    let lead = f.strip_suffix("ngay").unwrap_or(&f).trim_end();
    let lead = lead.trim_end_matches(',').trim_end();
    if let Some(rest) = lead.strip_prefix("tai ") {
        return MEETINGS
            .iter()
            .any(|m| rest.starts_with(m))
            .then_some(DateRole::Held);
    }
    if lead.starts_with("hom nay") {
        Some(DateRole::Held)
    } else if lead.is_empty() && text[end.min(text.len())..].starts_with(',') {
        // "Ngày 03/4/2026, Chi bộ … tổ chức sinh hoạt": the date opens the account
        Some(DateRole::Opening)
    } else {
        None
    }
}

fn deadline_before(text: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(64);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = fold(&text[from..start]);
    let before = without_time(before.trim_end());
    [
        "truoc ngay",
        "truoc",
        "cham nhat ngay",
        "cham nhat la ngay",
        "cham nhat",
        "han chot",
        "han cuoi",
        "trong thang",
        // the day a text takes effect: not before it is issued (no retroactive effect)
        "co hieu luc tu ngay",
        "co hieu luc ke tu ngay",
        "co hieu luc thi hanh tu ngay",
        "co hieu luc thi hanh ke tu ngay",
        "co hieu luc tu",
        "co hieu luc ke tu",
        "co hieu luc thi hanh tu",
        "co hieu luc thi hanh ke tu",
        // the end of a validity that starts the day it is signed ("kể từ ngày ký đến hết
        // ngày 09 tháng 3 năm 2027"): not before it is issued either
        "ngay ky den het ngay",
        "ngay ky den het",
        "ngay ky den ngay",
        "ngay ky den",
        // the end of this paper's validity ("Giấy giới thiệu này có giá trị đến hết ngày …",
        // held-out batch 69)
        "co gia tri den het ngay",
        "co gia tri den ngay",
        "co gia tri den het",
        "co gia tri den",
    ]
    .iter()
    .any(|k| {
        // the effective date or the validity is this text's own ("Quyết định này có hiệu lực
        // …"), not a cited law's ("do Luật Bảo hiểm y tế có hiệu lực thi hành từ ngày
        // 01/7/2009", a real letter) or a licence's ("Giấy phép … có giá trị đến ngày …")
        before.strip_suffix(k).is_some_and(|lead| {
            !(k.starts_with("co hieu luc") || k.starts_with("co gia tri"))
                || lead.trim_end().ends_with("nay")
        })
    })
}

/// Finds `d/m/yyyy`, `d/m`, `m/yyyy` (after "tháng") and `ngày d tháng m năm yyyy` in a range.
/// Where the number after `word` starts, when `word` follows `p` after spaces and sits
/// between spaces: " tháng ", "  tháng ", or across a line break ("ngày 09 tháng 4" /
/// "năm 2022", a line wrapped by a PDF's copy).
fn after_word(text: &str, p: usize, end: usize, word: &str) -> Option<usize> {
    let b = text.as_bytes();
    let blank = |i: usize| i < end && matches!(b[i], b' ' | b'\t' | b'\r' | b'\n');
    let mut q = p;
    let mut breaks = 0;
    while blank(q) && q < p + 8 {
        breaks += usize::from(b[q] == b'\n');
        q += 1;
    }
    if q == p || breaks > 1 || !b[q..end].starts_with(word.as_bytes()) {
        return None;
    }
    let w = q + word.len();
    let mut r = w;
    while r < end && r < w + 4 && b[r] == b' ' {
        r += 1;
    }
    (r > w).then_some(r)
}

/// The index after a date's slash at `j`, and whether a space was typed beside it ("13 /12",
/// "13/ 12"); `None` when no slash is there.
fn slash_at(b: &[u8], j: usize, end: usize) -> Option<(usize, bool)> {
    let before = b.get(j) == Some(&b' ');
    let j = j + usize::from(before);
    if j >= end || b[j] != b'/' {
        return None;
    }
    let after = b.get(j + 1) == Some(&b' ');
    Some((j + 1 + usize::from(after), before || after))
}

pub fn scan_dates(text: &str, range: Span) -> Vec<DateMention> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = range.start;
    while i < range.end {
        if !b[i].is_ascii_digit()
            || (i > 0
                && (b[i - 1].is_ascii_digit()
                    || b[i - 1] == b'/'
                    || b[i - 1] == b'-'
                    || b[i - 1] == b'.'))
        {
            i += 1;
            continue;
        }
        // numeric forms
        if let Some((a, j)) = digits(b, i, 2) {
            if let Some((j, spaced)) = slash_at(b, j, range.end) {
                if let Some((m, k)) = digits(b, j, 2) {
                    let second = slash_at(b, k, range.end);
                    let (year, end) = match second {
                        Some((k, _)) => match digits(b, k, 4) {
                            Some((y, e)) if e - k == 4 => (Some(y as i32), e),
                            _ => (None, usize::MAX),
                        },
                        None => (None, k),
                    };
                    // a space typed beside a slash ("13 /12/2023") is a date only written out
                    // to its year
                    let spaced = spaced || second.is_some_and(|(_, s)| s);
                    // a fraction of decimals ("3,40/4,00", a grade point average) is no date
                    let decimal = |at: usize, next: usize| {
                        b.get(at) == Some(&b',') && b.get(next).is_some_and(u8::is_ascii_digit)
                    };
                    let fraction =
                        year.is_none() && i >= 2 && decimal(i - 1, i - 2) && decimal(end, end + 1);
                    let followed_ok = end != usize::MAX
                        && !fraction
                        && (!spaced || year.is_some())
                        && !(end < b.len()
                            && (b[end] == b'/' || b[end].is_ascii_alphabetic() || b[end] == b'-'));
                    if followed_ok {
                        out.push(DateMention {
                            span: Span::new(i, end),
                            day: Some(a),
                            month: m,
                            year,
                            role: role_before(text, i, end),
                            weekday: None,
                            period_end: None,
                            words: None,
                        });
                        i = end;
                        continue;
                    }
                } else if let Some((y, k)) = digits(b, j, 4).filter(|_| !spaced) {
                    // "tháng 02/2022"
                    if k - j == 4 {
                        let mut f = i.saturating_sub(12);
                        while !text.is_char_boundary(f) {
                            f += 1;
                        }
                        if fold(&text[f..i]).trim_end().ends_with("thang") {
                            out.push(DateMention {
                                span: Span::new(i, k),
                                day: None,
                                month: a,
                                year: Some(y as i32),
                                role: role_before(text, i, k),
                                weekday: None,
                                period_end: None,
                                words: None,
                            });
                        }
                        i = k;
                        continue;
                    }
                }
            }
            i = j;
            continue;
        }
        i += 1;
    }
    // worded form: "ngày 26 tháng 3 năm 2004"
    let slice = &text[range.start..range.end];
    // std's searcher (memchr's memmem would add 4 kB to the WebAssembly module)
    // ("Ngày 12 tháng 11 năm 2025 (thứ Năm), tại …" opens a sentence too: "gày " after n or N)
    for (k, _) in slice.match_indices("gày ") {
        if k == 0 || !matches!(b[range.start + k - 1], b'n' | b'N') {
            continue;
        }
        let at = range.start + k - 1;
        let p = at + "ngày ".len();
        let Some((d, e1)) = digits(b, p, 2) else {
            continue;
        };
        let Some(p2) = after_word(text, e1, range.end, "tháng") else {
            continue;
        };
        let Some((m, e2)) = digits(b, p2, 2) else {
            continue;
        };
        let Some(p3) = after_word(text, e2, range.end, "năm") else {
            continue;
        };
        let Some((y, e3)) = digits(b, p3, 4) else {
            continue;
        };
        out.push(DateMention {
            span: Span::new(p, e3),
            day: Some(d),
            month: m,
            year: Some(y as i32),
            role: role_before(text, at, e3),
            weekday: None,
            period_end: None,
            words: Some([Span::new(p, e1), Span::new(p2, e2)]),
        });
    }
    crate::sort::by_key(&mut out, |d| d.span.start as u64);
    // the weekday written before or after each date, and the periods "từ … đến …"
    for k in 0..out.len() {
        let m = out[k].span;
        let mut from = m.start.saturating_sub(32).max(range.start);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        // a worded date starts at its day number: "thứ Hai, ngày 24 tháng …"
        let weekday = weekday_before(&text[from..m.start])
            .map(|(w, s, e)| (w, Span::new(from + s, from + e)))
            .or_else(|| {
                let mut to = (m.end + 36).min(range.end); // two weekdays fit: " (thứ Bảy, Chủ nhật)"
                while !text.is_char_boundary(to) {
                    to -= 1;
                }
                weekday_after(&text[m.end..to])
                    .map(|(w, s, e)| (w, Span::new(m.end + s, m.end + e)))
            });
        out[k].weekday = weekday;
        if let Some(next) = out.get(k + 1).map(|n| n.span) {
            // what joins two dates of a period is a few words: the text between two dates
            // (often pages) is not folded to find out that it is not one of them
            // (a weekday after the first date is not between them: "từ ngày 15/12/2025 (thứ
            // Hai) đến ngày 20/12/2025")
            let joined_from = weekday
                .map(|(_, w)| w.end)
                .filter(|&e| e > m.end && e <= next.start)
                .unwrap_or(m.end);
            let between = text[joined_from..next.start.max(joined_from)]
                .trim()
                .trim_start_matches([')', ','])
                .trim();
            let joins = between.len() <= 40 && {
                let f = fold(between);
                matches!(f.as_str(), "den ngay" | "den" | "-" | "–" | "den het ngay")
                    // a closing hour before the last day: "đến 17 giờ 00 ngày 31/3/2027",
                    // "đến hết 17 giờ 00 phút, ngày …" (held-out batch 80)
                    || f.ends_with("ngay")
                        && f.len() > "den ngay".len()
                        && matches!(without_time(&f), "den" | "den het")
            };
            // (a weekday before it stands between "từ" and the date: "từ thứ Hai, ngày
            // 16/3/2026 đến ngày 30/5/2026", held-out batch 51)
            let opened_at = weekday
                .map(|(_, w)| w.start)
                .filter(|&s| s >= from && s < m.start)
                .unwrap_or(m.start);
            let before = fold(&text[from..opened_at]);
            let starts =
                before.trim_end().ends_with("tu ngay") || before.trim_end().ends_with("tu");
            // ... or a table's cell that holds the period alone: "05/02 - 10/02/2026" (a
            // water company's schedule, held-out batch 63)
            let pre = &text[from..m.start];
            let cell = matches!(between, "-" | "–")
                && (pre.ends_with(['\t', '\n']) || from == range.start && pre.trim().is_empty())
                && text[next.end..range.end]
                    .split(['\t', '\n'])
                    .next()
                    .is_some_and(|rest| rest.trim().is_empty());
            if (starts || cell) && joins {
                // (not a deadline: "số liệu từ ngày 01/01/2025 đến ngày 30/6/2025" in a letter
                // of 2026 is a past period, and right)
                out[k].period_end = Some(k + 1);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Held-out batch 80: a period whose end has its closing hour, "đến 17 giờ 00 ngày …".
    #[test]
    fn a_period_closing_at_an_hour() {
        for s in [
            "nhận hồ sơ: từ ngày 04/01/2027 đến 17 giờ 00 ngày 31/3/2027.",
            "nhận hồ sơ: từ ngày 04/01/2027 đến 17h00 ngày 31/3/2027.",
        ] {
            let ds = scan_dates(s, Span::new(0, s.len()));
            assert_eq!(ds.len(), 2, "{ds:?}");
            assert_eq!(ds[0].period_end, Some(1), "{s}: {ds:?}");
        }
        let s = "nhận hồ sơ: từ ngày 04/01/2027 đến hết 17 giờ 00 phút, ngày 31/3/2027.";
        let ds = scan_dates(s, Span::new(0, s.len()));
        assert_eq!(ds[0].period_end, Some(1), "{s}: {ds:?}");
        // (other words between are no period's)
        let s = "từ ngày 04/01/2027 đến khi có kết quả, chậm nhất ngày 31/3/2027.";
        let ds = scan_dates(s, Span::new(0, s.len()));
        assert_eq!(ds[0].period_end, None, "{s}: {ds:?}");
    }

    #[test]
    fn a_deadline_may_give_its_hour() {
        assert_eq!(
            without_time("gui ve van phong truoc 16 gio 00 phut ngay"),
            "gui ve van phong truoc"
        );
        assert_eq!(without_time("truoc 16h00 ngay"), "truoc");
        assert_eq!(without_time("truoc 9 gio ngay"), "truoc");
        assert_eq!(without_time("hop luc 8 gio ngay"), "hop luc");
        assert_eq!(without_time("truoc ngay"), "truoc ngay");
        // held-out batch 16: a comma between the hour and the day
        assert_eq!(
            without_time("gui ve van phong dang uy truoc 16 gio 00 phut, ngay"),
            "gui ve van phong dang uy truoc"
        );
    }

    /// Held-out batch 63: a period alone in a schedule's cell; two dates in one sentence
    /// joined by a dash are none.
    #[test]
    fn a_period_in_a_cell() {
        let s = "1\tKênh Đô Thiên\t16/01 - 20/01/2026\t05/02 - 01/02/2026\t12.300";
        let ds = scan_dates(s, Span::new(0, s.len()));
        assert_eq!(ds.len(), 4, "{ds:?}");
        assert_eq!(ds[0].period_end, Some(1), "{ds:?}");
        assert_eq!(ds[2].period_end, Some(3), "{ds:?}");
        // (the last cell of a row, the next row below)
        let s = "1\tKênh A\t05/02 - 01/02/2026\n2\tKênh B\t05/02 - 10/02/2026\n";
        let ds = scan_dates(s, Span::new(0, s.len()));
        assert_eq!(
            (ds[0].period_end, ds[2].period_end),
            (Some(1), Some(3)),
            "{ds:?}"
        );
        let s = "Kết quả ngày 16/01 - 20/01/2026 là số liệu chính thức";
        let ds = scan_dates(s, Span::new(0, s.len()));
        assert_eq!(ds[0].period_end, None, "{ds:?}");
    }

    /// Held-out batch 51: a weekday between "từ" and the period's first date.
    #[test]
    fn a_period_opened_with_a_weekday() {
        let s =
            "Tổ chức ôn tập từ thứ Hai, ngày 16/3/2026 đến ngày 30/5/2025, chia làm hai giai đoạn.";
        let ds = scan_dates(s, Span::new(0, s.len()));
        assert_eq!(ds.len(), 2, "{ds:?}");
        assert_eq!(ds[0].period_end, Some(1), "{ds:?}");
    }

    /// A miss met on a real conclusion of the Văn phòng Chính phủ copied from a PDF, with a
    /// weekday planted: "Sáng thứ Sáu, ngày 09 tháng 4" / "năm 2022" is one date, its line
    /// wrapped; two line breaks end it.
    #[test]
    fn a_worded_date_over_a_line_break() {
        for s in [
            "Sáng thứ Sáu, ngày 09 tháng 4\nnăm 2022, tại trụ sở",
            "Sáng thứ Sáu, ngày 09 tháng 4\r\nnăm 2022, tại trụ sở",
            "Sáng thứ Sáu, ngày 09  tháng 4 năm 2022, tại trụ sở",
        ] {
            let found = scan_dates(s, Span::new(0, s.len()));
            assert_eq!(found.len(), 1, "{s:?}: {found:?}");
            assert_eq!(found[0].date(), Some(Date::new(9, 4, 2022)), "{s:?}");
        }
        let s = "ngày 09 tháng 4\n\nnăm 2022 là năm";
        let found = scan_dates(s, Span::new(0, s.len()));
        assert!(found.iter().all(|d| d.year.is_none()), "{found:?}");
    }

    #[test]
    fn finds_the_weekday() {
        assert_eq!(weekday_before("vào thứ Hai, ngày ").map(|w| w.0), Some(1));
        assert_eq!(weekday_before("sáng Chủ nhật (").map(|w| w.0), Some(0));
        // a table cell, and a colon after the bracket (corpus misses)
        assert_eq!(weekday_before("2\tThứ Bảy, ").map(|w| w.0), Some(6));
        assert_eq!(weekday_after(" (thứ Tư): buổi sáng").map(|w| w.0), Some(3));
        // two dates' weekdays in one bracket belong to the dates before, in order
        assert_eq!(weekday_after(" (thứ Bảy, Chủ nhật) tại Nhà văn hóa"), None);
        assert_eq!(weekday_after(" (thứ Bảy và Chủ nhật)"), None);
        assert_eq!(weekday_before("thứ 7, ").map(|w| w.0), Some(6));
        assert_eq!(weekday_before("báo cáo ngày "), None);
        // a symbol's code is no Sunday
        assert_eq!(weekday_before("Văn bản số 1876/UBND-CN ngày "), None);
        assert_eq!(weekday_before("sáng CN, ngày ").map(|w| w.0), Some(0));
        let s = "vào thứ Hai, ngày ";
        let (_, a, b) = weekday_before(s).unwrap();
        assert_eq!(&s[a..b], "thứ Hai");
        assert_eq!(weekday_after(" (thứ Năm), tại").map(|w| w.0), Some(4));
        assert_eq!(weekday_after(", thứ Sáu.").map(|w| w.0), Some(5));
        assert_eq!(weekday_after(" của UBND"), None);
        assert_eq!(weekday_after(" (thứ Ba).\nd) Tổng").map(|w| w.0), Some(2));
        // a table row: the weekday in the cell after the date's
        assert_eq!(
            weekday_after("\tThứ Ba\tMùng 1 tháng Giêng").map(|w| w.0),
            Some(2)
        );
        assert_eq!(
            weekday_after("\tChủ nhật\t28 tháng Chạp").map(|w| w.0),
            Some(0)
        );
    }

    #[test]
    fn weekdays_and_periods_of_dates() {
        let t =
            "Hội nghị ngày 15/10/2025 (thứ Năm). Thực hiện từ ngày 05/3/2026 đến ngày 30/01/2026.";
        let ds = scan_dates(t, Span::new(0, t.len()));
        assert_eq!(
            ds[0].weekday.map(|w| &t[w.1.start..w.1.end]),
            Some("thứ Năm")
        );
        assert_eq!(ds[1].period_end, Some(2));
        // a false alarm of held-out batch 18: two dates, their weekdays in one bracket
        let t = "b) Liên hoan văn nghệ: ngày 07/02/2026 và ngày 08/02/2026 (thứ Bảy, Chủ nhật) tại Nhà văn hóa xã.";
        let ds = scan_dates(t, Span::new(0, t.len()));
        assert!(ds.iter().all(|d| d.weekday.is_none()), "{ds:?}");
        // a miss of held-out batch 34: the first date's weekday between the two
        let t = "Coi thi từ ngày 15/12/2025 (thứ Hai) đến ngày 10/12/2025 (thứ Tư); bảo đảm.";
        let ds = scan_dates(t, Span::new(0, t.len()));
        assert_eq!(ds[0].period_end, Some(1), "{ds:?}");
    }

    /// The end of a validity that starts on signing is a limit the issue date must precede
    /// (held-out batch 12, a tax office's enforcement decision).
    #[test]
    fn a_validity_from_signing_ends_after_it() {
        let t =
            "Quyết định này có hiệu lực thi hành kể từ ngày ký đến hết ngày 09 tháng 3 năm 2027.";
        assert_eq!(
            scan_dates(t, Span::new(0, t.len()))[0].role,
            DateRole::Deadline
        );
    }

    /// "lần thứ tư ngày 27/01/2026" is the fourth meeting, not a Wednesday (held-out batch
    /// 12, a Hội Cựu chiến binh plan); "thứ tư, ngày …" still is.
    #[test]
    fn an_ordinal_is_no_weekday() {
        let weekday = |t: &str| scan_dates(t, Span::new(0, t.len()))[0].weekday.is_some();
        assert!(!weekday(
            "Nghị quyết Hội nghị Ban Chấp hành lần thứ tư ngày 27/01/2026"
        ));
        assert!(!weekday("tại kỳ họp thứ Năm ngày 10/12/2025"));
        assert!(!weekday("LẦN THỨ TƯ, ngày 27/01/2026"));
        assert!(weekday("Họp định kỳ thứ Hai, ngày 26/01/2026"));
        assert!(weekday("Họp vào thứ tư, ngày 28/01/2026"));
    }

    #[test]
    fn place_date_line() {
        let s = "Trà Vinh, ngày 21 tháng 02 năm 2022";
        let pd = parse_place_date(s, 0, Span::new(0, s.len())).unwrap();
        assert_eq!(&s[pd.place.start..pd.place.end], "Trà Vinh");
        assert!(pd.comma);
        assert_eq!(pd.date(), Some(Date::new(21, 2, 2022)));
        assert_eq!(pd.month.unwrap().text, "02");
    }

    #[test]
    fn draft_place_date() {
        let s = "Hà Nội, ngày    tháng 3 năm 2026";
        let pd = parse_place_date(s, 0, Span::new(0, s.len())).unwrap();
        assert!(pd.day.is_none());
        assert_eq!(pd.month.unwrap().value, 3);
    }

    #[test]
    fn scans_dates_and_deadlines() {
        let s = "ngày 12/8/2021 và (trước ngày 10/6) hoàn thành trong tháng 02/2022; ngày 26 tháng 3 năm 2004; 2020-2025; 1/2";
        let d = scan_dates(s, Span::new(0, s.len()));
        let texts: Vec<&str> = d.iter().map(|m| &s[m.span.start..m.span.end]).collect();
        assert_eq!(
            texts,
            ["12/8/2021", "10/6", "02/2022", "26 tháng 3 năm 2004", "1/2"]
        );
        assert_eq!(d[1].role, DateRole::Deadline);
        assert_eq!(d[2].role, DateRole::Deadline);
        assert_eq!(d[2].day, None);
        assert_eq!(d[0].role, DateRole::Other);
    }

    #[test]
    fn weekdays() {
        assert_eq!(Date::new(1, 1, 1970).weekday(), 4); // Thursday
        assert_eq!(Date::new(23, 11, 2026).weekday(), 1); // Monday
        assert_eq!(Date::new(29, 2, 2024).weekday(), 4);
        assert_eq!(Date::new(2, 9, 1945).weekday(), 0); // Sunday
    }

    #[test]
    fn validity() {
        assert!(!Date::new(31, 4, 2022).valid());
        assert!(!Date::new(29, 2, 2023).valid());
        assert!(Date::new(29, 2, 2024).valid());
    }

    /// Held-out batch 31: a grade point average ("3,40/4,00") is a fraction of decimals, no
    /// date; a date beside a list of days still is.
    #[test]
    fn a_fraction_of_decimals_is_no_date() {
        let text = "đạt từ 3,40/4,00 trở lên; họp ngày 14,15/10/2025 và ngày 20/10.";
        let d = scan_dates(text, Span::new(0, text.len()));
        let days: Vec<_> = d.iter().map(|m| (m.day, m.month)).collect();
        assert_eq!(days, [(Some(15), 10), (Some(20), 10)], "{d:?}");
    }
}
