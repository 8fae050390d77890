//! Phonotactic validation of a single written Vietnamese syllable (Quốc ngữ orthography).
//!
//! A syllable is analysed as `(initial)(medial o/u)(nucleus)(final) + tone`. The checker is
//! deliberately lenient: a false "invalid" verdict on a real word is worse than a missed typo,
//! so anything that does not look Vietnamese (foreign words, abbreviations, codes) is reported
//! as [`Verdict::NotVietnamese`] and must not be flagged by callers.
//!
//! Input tokens are expected to be NFC-normalised and to contain no spaces; any case pattern is
//! accepted ("Ất", "ĐẢNG", "hoà"). Both traditional (`hòa`, `thủy`) and modern (`hoà`, `thuỷ`)
//! tone placements are accepted.

use std::fmt;

/// One of the six Vietnamese tones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Thanh ngang: no tone mark.
    Level,
    /// Thanh huyền: `à`.
    Grave,
    /// Thanh sắc: `á`.
    Acute,
    /// Thanh hỏi: `ả`.
    Hook,
    /// Thanh ngã: `ã`.
    Tilde,
    /// Thanh nặng: `ạ`.
    Dot,
}

impl Tone {
    /// Column of this tone in [`VOWELS`].
    const fn index(self) -> usize {
        match self {
            Tone::Level => 0,
            Tone::Grave => 1,
            Tone::Acute => 2,
            Tone::Hook => 3,
            Tone::Tilde => 4,
            Tone::Dot => 5,
        }
    }

    /// The tone stored in column `i` of `VOWELS` (out-of-range columns give `Level`).
    pub const fn from_index(i: usize) -> Tone {
        match i {
            1 => Tone::Grave,
            2 => Tone::Acute,
            3 => Tone::Hook,
            4 => Tone::Tilde,
            5 => Tone::Dot,
            _ => Tone::Level,
        }
    }
}

/// Result of [`check`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// A well-formed Vietnamese syllable.
    Valid,
    /// Not Vietnamese-looking at all (no vowel, contains letters f/j/w/z, digits, ...): the caller
    /// must NOT flag it (foreign words, abbreviations, codes).
    NotVietnamese,
    /// Looks Vietnamese (contains at least one Vietnamese-only letter/diacritic: ă â ê ô ơ ư đ or
    /// a tone mark) but breaks a rule. `reason` says which; `suggestions` are corrected spellings
    /// preserving the input's case pattern (e.g. "Ât" -> ["Ất", "Ật"]).
    Invalid {
        /// The rule that is broken.
        reason: InvalidReason,
        /// Corrected spellings, best first; may be empty.
        suggestions: Vec<String>,
    },
}

/// The rule an [`Verdict::Invalid`] syllable breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvalidReason {
    /// A stop final (p, t, c, ch) with a tone other than sắc or nặng ("Ât", "cảp").
    StopFinalTone,
    /// The initial consonant cluster is not a Vietnamese initial.
    BadInitial,
    /// The final consonant is not a Vietnamese final, or not allowed after this vowel ("ă", "íc").
    BadFinal,
    /// The vowel sequence is not a Vietnamese nucleus, or the tone mark sits outside it ("maì").
    BadNucleus,
    /// `k` used where `c` is required or vice versa ("kà", "cê").
    CkSpelling,
    /// `g`/`gh` or `ng`/`ngh` confused ("ghà", "ngè", "gế").
    GhNghSpelling,
    /// `q` not followed by `u`.
    QWithoutU,
    /// Final `ch`/`nh` after a vowel other than a, ê, i/y ("ech", "ơnh").
    ChNhFinal,
    /// More than one tone mark.
    TwoToneMarks,
}

impl InvalidReason {
    /// A short English description of the broken rule.
    pub fn description(self) -> &'static str {
        match self {
            InvalidReason::StopFinalTone => {
                "a syllable ending in p, t, c or ch must carry the sắc or nặng tone"
            }
            InvalidReason::BadInitial => "not a Vietnamese initial consonant",
            InvalidReason::BadFinal => "final consonant not allowed here",
            InvalidReason::BadNucleus => {
                "not a Vietnamese vowel combination or misplaced tone mark"
            }
            InvalidReason::CkSpelling => "k is written before e, ê, i, y and c elsewhere",
            InvalidReason::GhNghSpelling => "gh/ngh are written before e, ê, i and g/ng elsewhere",
            InvalidReason::QWithoutU => "q must be followed by u",
            InvalidReason::ChNhFinal => "final ch/nh only follows a, ê, i/y",
            InvalidReason::TwoToneMarks => "more than one tone mark",
        }
    }
}

impl fmt::Display for InvalidReason {
    /// Writes [`InvalidReason::description`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.description())
    }
}

/// Every Vietnamese vowel letter (lower case) in tone order: level, grave, acute, hook, tilde, dot.
const VOWELS: [[char; 6]; 12] = [
    ['a', 'à', 'á', 'ả', 'ã', 'ạ'],
    ['ă', 'ằ', 'ắ', 'ẳ', 'ẵ', 'ặ'],
    ['â', 'ầ', 'ấ', 'ẩ', 'ẫ', 'ậ'],
    ['e', 'è', 'é', 'ẻ', 'ẽ', 'ẹ'],
    ['ê', 'ề', 'ế', 'ể', 'ễ', 'ệ'],
    ['i', 'ì', 'í', 'ỉ', 'ĩ', 'ị'],
    ['o', 'ò', 'ó', 'ỏ', 'õ', 'ọ'],
    ['ô', 'ồ', 'ố', 'ổ', 'ỗ', 'ộ'],
    ['ơ', 'ờ', 'ớ', 'ở', 'ỡ', 'ợ'],
    ['u', 'ù', 'ú', 'ủ', 'ũ', 'ụ'],
    ['ư', 'ừ', 'ứ', 'ử', 'ữ', 'ự'],
    ['y', 'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
];

/// Initial consonant clusters (besides the special `qu` and `gi`).
const INITIALS: [&str; 26] = [
    "", "b", "c", "ch", "d", "đ", "g", "gh", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p",
    "ph", "r", "s", "t", "th", "tr", "v", "x",
];

/// Final consonants (semivowel finals i y o u are part of the vowel clusters in [`BASE`]).
const FINALS: [&str; 8] = ["c", "ch", "m", "n", "ng", "nh", "p", "t"];

/// One letter of a token, split into its parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Letter {
    /// Lower-case letter without tone but with its vowel diacritic (`ấ` -> `â`, `Đ` -> `đ`).
    base: char,
    /// Tone mark carried by the letter (`Level` for consonants).
    tone: Tone,
    /// Whether the letter was upper case.
    upper: bool,
}

impl Letter {
    /// Recomposes the letter into a single precomposed character.
    fn to_char(self) -> char {
        compose(self.base, self.tone, self.upper)
    }
}

/// Builds the precomposed character for `base` + `tone` in the requested case.
fn compose(base: char, tone: Tone, upper: bool) -> char {
    let lower = VOWELS
        .iter()
        .find(|row| row[0] == base)
        .map_or(base, |row| row[tone.index()]);
    if upper {
        super::case::upper(lower)
    } else {
        lower
    }
}

/// Splits a character into a [`Letter`]; `None` for anything that is not a Latin letter a–z,
/// `đ` or a Vietnamese vowel (digits, punctuation, `ß`, combining marks, emoji, ...).
fn decompose(c: char) -> Option<Letter> {
    let lower = super::case::lower(c);
    let upper = lower != c;
    let (base, tone) = if lower.is_ascii_lowercase() || lower == 'đ' {
        (lower, Tone::Level)
    } else {
        let row = VOWELS.iter().find(|row| row.contains(&lower))?;
        let idx = row.iter().position(|&x| x == lower)?;
        (row[0], Tone::from_index(idx))
    };
    let letter = Letter { base, tone, upper };
    // Reject look-alikes such as the Kelvin sign, whose lower case is a plain letter.
    (letter.to_char() == c).then_some(letter)
}

/// Whether `base` (a lower-case, toneless letter) is a vowel.
fn is_vowel(base: char) -> bool {
    matches!(
        base,
        'a' | 'ă' | 'â' | 'e' | 'ê' | 'i' | 'o' | 'ô' | 'ơ' | 'u' | 'ư' | 'y'
    )
}

/// Whether `base` carries a vowel diacritic (breve, circumflex or horn).
fn has_vowel_mark(base: char) -> bool {
    matches!(base, 'ă' | 'â' | 'ê' | 'ô' | 'ơ' | 'ư')
}

/// Whether the letter is strong evidence of Vietnamese: ă ơ ư đ, the hỏi or nặng tone, a tilde
/// on a vowel other than a/o, or a tone stacked on â ê ô. Marks also common in Western languages
/// (á à é è ê â ô ã õ ...) are weak evidence.
fn is_strongly_vietnamese(l: &Letter) -> bool {
    matches!(l.base, 'ă' | 'ơ' | 'ư' | 'đ')
        || matches!(l.tone, Tone::Hook | Tone::Dot)
        || (l.tone == Tone::Tilde && !matches!(l.base, 'a' | 'o'))
        || (l.tone != Tone::Level && matches!(l.base, 'â' | 'ê' | 'ô'))
}

/// Splits a token into letters; `None` if it is empty or contains a non-letter.
fn parse_letters(token: &str) -> Option<Vec<Letter>> {
    let letters: Option<Vec<Letter>> = token.chars().map(decompose).collect();
    letters.filter(|l| !l.is_empty())
}

/// Renders letters back into a string.
fn render(letters: &[Letter]) -> String {
    letters.iter().map(|l| l.to_char()).collect()
}

/// Which initials a vowel cluster may follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Onset {
    /// Any initial, or none.
    Any,
    /// Only without an initial consonant (`yê`: "yên", "yêu").
    NoInitial,
    /// Only after an initial consonant (`iê`: "tiên", "giếng").
    WithInitial,
}

/// A written vowel cluster (medial + nucleus + semivowel final) and the finals it takes.
#[derive(Debug)]
struct Rhyme {
    /// The vowel letters, toneless and lower case.
    vowels: &'static str,
    /// Space-separated permitted consonant finals; `-` means "no final".
    finals: &'static str,
    /// First index in `vowels` that may carry the tone mark (medial or nucleus).
    tone_lo: usize,
    /// One past the last index in `vowels` that may carry the tone mark.
    tone_hi: usize,
    /// Initial restriction.
    onset: Onset,
}

/// Shorthand constructor for a [`Rhyme`] without onset restriction.
const fn rh(vowels: &'static str, finals: &'static str, tone_lo: usize, tone_hi: usize) -> Rhyme {
    Rhyme {
        vowels,
        finals,
        tone_lo,
        tone_hi,
        onset: Onset::Any,
    }
}

/// Shorthand constructor for a [`Rhyme`] with an onset restriction.
const fn rh_on(
    vowels: &'static str,
    finals: &'static str,
    tone_lo: usize,
    tone_hi: usize,
    onset: Onset,
) -> Rhyme {
    Rhyme {
        vowels,
        finals,
        tone_lo,
        tone_hi,
        onset,
    }
}

/// Vowel clusters after any initial other than `qu`.
const BASE: &[Rhyme] = &[
    // Monophthongs.
    rh("a", "- c ch m n ng nh p t", 0, 1),
    rh("ă", "c m n ng p t", 0, 1),
    rh("â", "c m n ng p t", 0, 1),
    rh("e", "- c m n ng p t", 0, 1),
    rh("ê", "- ch m n nh p t", 0, 1),
    rh("i", "- ch m n nh p t", 0, 1),
    rh("y", "-", 0, 1),
    rh("o", "- c m n ng p t", 0, 1),
    rh("oo", "c ng", 0, 2), // xoong, boong, soóc
    rh("ô", "- c m n ng p t", 0, 1),
    rh("ơ", "- m n p t", 0, 1),
    rh("u", "- c m n ng p t", 0, 1),
    rh("ư", "- c m n ng t", 0, 1),
    // Diphthongs.
    rh("ia", "-", 0, 2),
    rh_on("iê", "c m n ng p t", 0, 2, Onset::WithInitial),
    rh_on("yê", "c m n ng p t", 0, 2, Onset::NoInitial),
    rh("ua", "-", 0, 2),
    rh("uô", "c m n ng t", 0, 2),
    rh("ưa", "-", 0, 2),
    rh("ươ", "- c m n ng p t", 0, 2), // "hươ" is a variant of "huơ"
    // Semivowel finals.
    rh("ai", "-", 0, 1),
    rh("ao", "-", 0, 1),
    rh("au", "-", 0, 1),
    rh("ay", "-", 0, 1),
    rh("âu", "-", 0, 1),
    rh("ây", "-", 0, 1),
    rh("eo", "-", 0, 1),
    rh("êu", "-", 0, 1),
    rh("iu", "-", 0, 1),
    rh("oi", "-", 0, 1),
    rh("ôi", "-", 0, 1),
    rh("ơi", "-", 0, 1),
    rh("ui", "-", 0, 1),
    rh("ưi", "-", 0, 1),
    rh("ưu", "-", 0, 1),
    rh_on("iêu", "-", 0, 2, Onset::WithInitial),
    rh_on("yêu", "-", 0, 2, Onset::NoInitial),
    rh("uôi", "-", 0, 2),
    rh("ươi", "-", 0, 2),
    rh("ươu", "-", 0, 2),
    // Medial o.
    rh("oa", "- c ch m n ng nh p t", 0, 2),
    rh("oă", "c m n ng p t", 0, 2),
    rh("oe", "- c m n ng p t", 0, 2),
    rh("oai", "-", 0, 2),
    rh("oao", "-", 0, 2),
    rh("oay", "-", 0, 2),
    rh("oeo", "-", 0, 2),
    // Medial u.
    rh("uâ", "c m n ng t", 0, 2),
    rh("uây", "-", 0, 2),
    rh("uê", "- ch m n nh t", 0, 2),
    rh("uêu", "-", 0, 2),
    rh("uy", "- ch n nh p t", 0, 2),
    rh("uya", "-", 0, 2),
    rh("uyu", "-", 0, 2),
    rh("uyê", "ch n t", 0, 3), // "uyêch": the widespread variant "khuyếch"
    rh("uơ", "-", 0, 2),
];

/// Vowel clusters after `qu` (the `u` of `qu` excluded), e.g. "a" in "qua", "yê" in "quyết".
const AFTER_QU: &[Rhyme] = &[
    rh("a", "- c ch m n ng nh p t", 0, 1),
    rh("ai", "-", 0, 1),
    rh("ao", "-", 0, 1),
    rh("au", "-", 0, 1),
    rh("ay", "-", 0, 1),
    rh("ă", "c m n ng p t", 0, 1),
    rh("â", "c m n ng p t", 0, 1),
    rh("ây", "-", 0, 1),
    rh("e", "- c m n ng p t", 0, 1),
    rh("eo", "-", 0, 1),
    rh("ê", "- ch m n nh p t", 0, 1),
    rh("êu", "-", 0, 1),
    rh("i", "- ch m n nh p t", 0, 1), // older spelling "qui", "quít"
    rh("y", "- ch n nh p t", 0, 1),
    rh("yê", "n t", 0, 2),
    rh("ơ", "-", 0, 1),
    rh("ô", "c m n ng t", 0, 1), // "quốc"
];

/// A rule violation found by [`analyze`], with whether it is "structural" (an impossible
/// consonant cluster or several vowel groups, typical of foreign words and acronyms).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Violation {
    /// The broken rule.
    reason: InvalidReason,
    /// Whether the token is not even shaped like a single syllable.
    structural: bool,
    /// Whether the token is shaped like a syllable of a minority language or a foreign word
    /// (final k/h/l or a consonant + r/l cluster: "Đắk", "Lắk", "Păh", "Đrắk"): never flagged.
    foreign: bool,
}

impl From<InvalidReason> for Violation {
    /// A non-structural violation.
    fn from(reason: InvalidReason) -> Self {
        Violation {
            reason,
            structural: false,
            foreign: false,
        }
    }
}

/// Builds a structural violation.
fn structural(reason: InvalidReason) -> Violation {
    Violation {
        reason,
        structural: true,
        foreign: false,
    }
}

/// Builds a violation for a minority-language or foreign shape.
fn foreign(reason: InvalidReason) -> Violation {
    Violation {
        reason,
        structural: true,
        foreign: true,
    }
}

/// Looks `run` up in `table` and checks the onset restriction and the final.
fn find_rhyme(
    table: &'static [Rhyme],
    run: &[char],
    final_: &str,
    has_initial: bool,
) -> Result<&'static Rhyme, InvalidReason> {
    let rhyme = table
        .iter()
        .find(|r| r.vowels.chars().eq(run.iter().copied()))
        .ok_or(InvalidReason::BadNucleus)?;
    match rhyme.onset {
        Onset::NoInitial if has_initial => return Err(InvalidReason::BadNucleus),
        Onset::WithInitial if !has_initial => return Err(InvalidReason::BadNucleus),
        _ => {}
    }
    let key = if final_.is_empty() { "-" } else { final_ };
    if rhyme.finals.split(' ').any(|f| f == key) {
        Ok(rhyme)
    } else if key == "ch" || key == "nh" {
        Err(InvalidReason::ChNhFinal)
    } else {
        Err(InvalidReason::BadFinal)
    }
}

/// Checks that the tone mark at `tone_at` (index in the vowel run) lies on the medial or nucleus
/// of `rhyme`, whose vowels start `offset` letters into the run.
fn check_tone(rhyme: &Rhyme, tone_at: Option<usize>, offset: usize) -> Result<(), InvalidReason> {
    match tone_at {
        None => Ok(()),
        Some(p) if p >= offset && (rhyme.tone_lo..rhyme.tone_hi).contains(&(p - offset)) => Ok(()),
        Some(_) => Err(InvalidReason::BadNucleus),
    }
}

/// Checks the c/k, g/gh and ng/ngh spelling rules for `initial` before the vowel `first`.
fn check_spelling(initial: &str, first: char) -> Result<(), InvalidReason> {
    let front = matches!(first, 'e' | 'ê' | 'i' | 'y');
    let front_g = matches!(first, 'e' | 'ê' | 'i');
    match initial {
        "k" if !front => Err(InvalidReason::CkSpelling),
        "c" if front => Err(InvalidReason::CkSpelling),
        "g" if matches!(first, 'e' | 'ê') => Err(InvalidReason::GhNghSpelling),
        "gh" | "ngh" if !front_g => Err(InvalidReason::GhNghSpelling),
        "ng" if front_g => Err(InvalidReason::GhNghSpelling),
        _ => Ok(()),
    }
}

/// Analyses the letters of a token that has at most one tone mark; returns the final consonant
/// (possibly empty) if every rule except the stop-final tone rule holds.
fn analyze(letters: &[Letter]) -> Result<String, Violation> {
    let bases: Vec<char> = letters.iter().map(|l| l.base).collect();
    let vs = bases
        .iter()
        .position(|&b| is_vowel(b))
        .ok_or_else(|| structural(InvalidReason::BadNucleus))?;
    let ve = vs + bases[vs..].iter().take_while(|&&b| is_vowel(b)).count();
    if bases[ve..].iter().any(|&b| is_vowel(b)) {
        return Err(structural(InvalidReason::BadNucleus));
    }
    let initial: String = bases[..vs].iter().collect();
    let final_: String = bases[ve..].iter().collect();
    let run = &bases[vs..ve];
    let tone_at = letters[vs..ve].iter().position(|l| l.tone != Tone::Level);

    if initial != "q" && !INITIALS.contains(&initial.as_str()) {
        // Clusters such as kr, pl, đr (Krông, Plei, Đrắk) belong to minority languages.
        let liquid_cluster = initial.chars().skip(1).any(|c| matches!(c, 'r' | 'l'));
        return Err(if liquid_cluster {
            foreign(InvalidReason::BadInitial)
        } else {
            structural(InvalidReason::BadInitial)
        });
    }
    if !final_.is_empty() && !FINALS.contains(&final_.as_str()) {
        // Finals k, h, l occur in minority place names (Đắk Lắk, Chư Păh, Đạ Tẻh).
        return Err(if matches!(final_.as_str(), "k" | "h" | "l") {
            foreign(InvalidReason::BadFinal)
        } else {
            structural(InvalidReason::BadFinal)
        });
    }
    let first = run[0];
    match initial.as_str() {
        "q" => {
            if first != 'u' {
                return Err(InvalidReason::QWithoutU.into());
            }
            let rest = &run[1..];
            if rest.is_empty() {
                return Err(InvalidReason::BadNucleus.into());
            }
            let rhyme = find_rhyme(AFTER_QU, rest, &final_, true)?;
            check_tone(rhyme, tone_at, 1)?;
        }
        "g" if first == 'i' => {
            if run.len() == 1 {
                // "gì", "gìn", "gỉ": the i is the nucleus.
                find_rhyme(BASE, run, &final_, true)?;
            } else {
                // "gia", "giữ", "giường": gi is the initial; "giếng" = gi + iêng.
                let rest = &run[1..];
                match find_rhyme(BASE, rest, &final_, true) {
                    Ok(rhyme) => check_tone(rhyme, tone_at, 1)?,
                    Err(err) => {
                        let rhyme = find_rhyme(BASE, run, &final_, true).map_err(|_| err)?;
                        if tone_at == Some(0) {
                            return Err(InvalidReason::BadNucleus.into());
                        }
                        check_tone(rhyme, tone_at, 0)?;
                    }
                }
            }
        }
        init => {
            let rhyme = find_rhyme(BASE, run, &final_, !init.is_empty())?;
            check_spelling(init, first)?;
            check_tone(rhyme, tone_at, 0)?;
        }
    }
    Ok(final_)
}

/// Index of the letter that carries the tone under traditional placement, given the toneless
/// lower-case letters of a token (`None` for non-letters). `None` if there is no vowel.
fn tone_slot(bases: &[Option<char>]) -> Option<usize> {
    let vowel_at = |i: usize| bases.get(i).copied().flatten().is_some_and(is_vowel);
    let n = bases.len();
    let vs = (0..n).find(|&i| vowel_at(i))?;
    let mut ve = vs;
    while ve < n && vowel_at(ve) {
        ve += 1;
    }
    let mut start = vs;
    if ve - vs > 1 {
        let prev = if vs > 0 { bases[vs - 1] } else { None };
        if prev == Some('q') && bases[vs] == Some('u') {
            start += 1; // the u of "qu" belongs to the initial
        } else if vs == 1 && prev == Some('g') && bases[vs] == Some('i') {
            start += 1; // the i of "gi" belongs to the initial
        }
    }
    if let Some(i) = (start..ve)
        .rev()
        .find(|&i| bases[i].is_some_and(has_vowel_mark))
    {
        return Some(i);
    }
    let has_final = bases.get(ve).copied().flatten().is_some();
    if has_final {
        return Some(ve - 1);
    }
    Some(match ve - start {
        0..=2 => start,
        _ => start + 1,
    })
}

/// Returns the letters with `tone` applied: on the letter that already carries a tone if any,
/// otherwise at the traditional position.
fn retone(letters: &[Letter], tone: Tone) -> String {
    let mut out = letters.to_vec();
    let slot = out
        .iter()
        .position(|l| l.tone != Tone::Level)
        .or_else(|| tone_slot(&out.iter().map(|l| Some(l.base)).collect::<Vec<_>>()));
    if let Some(l) = slot.and_then(|i| out.get_mut(i)) {
        l.tone = tone;
    }
    render(&out)
}

/// Suggestions for a respelled token: itself if valid, its tone fixes if it only breaks the
/// stop-final tone rule, nothing otherwise.
fn follow_up(letters: &[Letter]) -> Vec<String> {
    let s = render(letters);
    match check(&s) {
        Verdict::Valid => vec![s],
        Verdict::Invalid {
            reason: InvalidReason::StopFinalTone,
            suggestions,
        } => suggestions,
        _ => Vec::new(),
    }
}

/// Corrected spellings for a token that breaks `reason`.
fn suggestions_for(reason: InvalidReason, letters: &[Letter]) -> Vec<String> {
    match reason {
        InvalidReason::StopFinalTone => {
            vec![retone(letters, Tone::Acute), retone(letters, Tone::Dot)]
        }
        InvalidReason::CkSpelling => {
            let mut fixed = letters.to_vec();
            match fixed.first_mut() {
                Some(l) if l.base == 'c' => l.base = 'k',
                Some(l) if l.base == 'k' => l.base = 'c',
                _ => return Vec::new(),
            }
            follow_up(&fixed)
        }
        InvalidReason::GhNghSpelling => {
            let vs = letters
                .iter()
                .position(|l| is_vowel(l.base))
                .unwrap_or(letters.len());
            let initial: String = letters[..vs].iter().map(|l| l.base).collect();
            let mut fixed = letters.to_vec();
            match initial.as_str() {
                "g" | "ng" => {
                    let at = initial.len(); // ASCII, so bytes == letters
                    let upper = fixed.get(at).is_some_and(|l| l.upper);
                    let h = Letter {
                        base: 'h',
                        tone: Tone::Level,
                        upper,
                    };
                    fixed.insert(at.min(fixed.len()), h);
                }
                "gh" | "ngh" => {
                    fixed.remove(vs - 1);
                }
                _ => return Vec::new(),
            }
            follow_up(&fixed)
        }
        _ => Vec::new(),
    }
}

/// Checks whether `token` (one NFC-normalised word, any case, no spaces) is a well-formed
/// Vietnamese syllable. Tokens that do not look Vietnamese — containing digits, punctuation,
/// f/j/w/z, no vowel, or plain ASCII letters breaking the rules ("ASEAN", "email") — give
/// [`Verdict::NotVietnamese`] and must not be flagged; so do acronyms and foreign words whose only
/// marks are common in Western languages and which are not even shaped like one syllable
/// ("André", "ĐUBND"). Never panics.
/// Whether a syllable, written in lower case, ends in a stop (p, t, c, ch): it then takes only
/// sắc or nặng.
pub fn ends_in_stop(lower: &str) -> bool {
    lower.len() > 1 && (lower.ends_with(['c', 'p', 't']) || lower.ends_with("ch"))
}

pub fn check(token: &str) -> Verdict {
    let Some(letters) = parse_letters(token) else {
        return Verdict::NotVietnamese;
    };
    if letters
        .iter()
        .any(|l| matches!(l.base, 'f' | 'j' | 'w' | 'z'))
        || !letters.iter().any(|l| is_vowel(l.base))
    {
        return Verdict::NotVietnamese;
    }
    let toned = letters.iter().filter(|l| l.tone != Tone::Level).count();
    let looks_vietnamese = toned > 0
        || letters
            .iter()
            .any(|l| has_vowel_mark(l.base) || l.base == 'đ');
    if !looks_vietnamese {
        // Plain ASCII: either a valid syllable or something foreign; never Invalid.
        let all_caps_vowel_initial =
            letters.len() >= 2 && letters.iter().all(|l| l.upper) && is_vowel(letters[0].base);
        if all_caps_vowel_initial {
            return Verdict::NotVietnamese; // acronyms such as "OA", "ASEAN", Roman "II"
        }
    }
    let analysis = if toned > 1 {
        // Report a token that is not even shaped like one syllable ("Hélène") as such.
        let toneless: Vec<Letter> = letters
            .iter()
            .map(|l| Letter {
                tone: Tone::Level,
                ..*l
            })
            .collect();
        match analyze(&toneless) {
            Err(v) if v.structural => Err(v),
            _ => Err(Violation::from(InvalidReason::TwoToneMarks)),
        }
    } else {
        analyze(&letters)
    };
    let violation = match analysis {
        Ok(final_) => {
            let tone = tone_of_letters(&letters);
            if matches!(final_.as_str(), "p" | "t" | "c" | "ch")
                && !matches!(tone, Tone::Acute | Tone::Dot)
            {
                Violation::from(InvalidReason::StopFinalTone)
            } else {
                return Verdict::Valid;
            }
        }
        Err(v) => v,
    };
    // a name keeps its k before a, o, u ("Bắc Kạn", "Kon Tum"): capitalised, not a slip
    let named_k =
        violation.reason == InvalidReason::CkSpelling && letters[0].upper && letters[0].base == 'k';
    if !looks_vietnamese || violation.foreign || named_k {
        return Verdict::NotVietnamese;
    }
    if violation.structural {
        let strong = letters.iter().any(is_strongly_vietnamese);
        let acronym = letters.len() >= 2 && toned == 0 && letters.iter().all(|l| l.upper);
        if !strong || acronym {
            return Verdict::NotVietnamese;
        }
    }
    Verdict::Invalid {
        reason: violation.reason,
        suggestions: suggestions_for(violation.reason, &letters),
    }
}

/// The tone carried by the first tone-marked letter, `Level` if none.
fn tone_of_letters(letters: &[Letter]) -> Tone {
    letters
        .iter()
        .map(|l| l.tone)
        .find(|&t| t != Tone::Level)
        .unwrap_or(Tone::Level)
}

/// The tone of the syllable, read from the first tone-marked vowel (`Level` if there is none).
pub fn tone_of(token: &str) -> Tone {
    token
        .chars()
        .filter_map(decompose)
        .map(|l| l.tone)
        .find(|&t| t != Tone::Level)
        .unwrap_or(Tone::Level)
}

/// Removes tone marks only, keeping the vowel diacritics (ă â ê ô ơ ư), đ, case and any
/// non-letter characters: "Thủy" -> "Thuy", "Được" -> "Đươc".
pub fn strip_tone(token: &str) -> String {
    token
        .chars()
        .map(|c| match decompose(c) {
            Some(l) => compose(l.base, Tone::Level, l.upper),
            None => c,
        })
        .collect()
}

/// Removes tone marks and vowel diacritics and maps đ to d, keeping case and non-letter
/// characters (for fuzzy matching): "Đường" -> "Duong".
#[cfg(test)]
pub fn strip_marks(token: &str) -> String {
    token
        .chars()
        .map(|c| match decompose(c) {
            Some(l) => {
                let plain = match l.base {
                    'ă' | 'â' => 'a',
                    'ê' => 'e',
                    'ô' | 'ơ' => 'o',
                    'ư' => 'u',
                    'đ' => 'd',
                    b => b,
                };
                if l.upper {
                    plain.to_ascii_uppercase()
                } else {
                    plain
                }
            }
            None => c,
        })
        .collect()
}

/// Replaces any tone mark of `token` by `tone`, placed on the correct vowel by the traditional
/// rules (hòa, thủy, khỏe, quý, giá, gì, người, quốc), keeping case. A token without a vowel
/// comes back with its tone marks removed.
pub fn with_tone(token: &str, tone: Tone) -> String {
    let mut cells: Vec<(char, Option<Letter>)> = token
        .chars()
        .map(|c| {
            let letter = decompose(c).map(|l| Letter {
                tone: Tone::Level,
                ..l
            });
            (c, letter)
        })
        .collect();
    let bases: Vec<Option<char>> = cells.iter().map(|(_, l)| l.map(|l| l.base)).collect();
    if let Some((_, Some(l))) = tone_slot(&bases).and_then(|i| cells.get_mut(i)) {
        l.tone = tone;
    }
    cells
        .iter()
        .map(|(c, l)| l.map_or(*c, Letter::to_char))
        .collect()
}

/// Whether `c` is a letter of the Vietnamese alphabet in any case: a–z except f, j, w, z, plus
/// đ and every vowel with its diacritics and tone marks.
#[cfg(test)]
pub fn is_vietnamese_letter(c: char) -> bool {
    decompose(c).is_some_and(|l| !matches!(l.base, 'f' | 'j' | 'w' | 'z'))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Real words covering every initial and rhyme, in both tone-placement styles and cases.
    const VALID_WORDS: &str = "
        ba cà gà nhà và xa quá trả khá phá đã lạ
        các bác lạc nhạc khác thác mạc
        sách cách khách gạch bạch mạch thạch vạch
        ai hai mai tai vai sai phải trái đại cải
        làm cam nam tham chạm khám hàm
        ban bàn can đan gan làn tan tán nhàn quan
        vàng làng sang trang hàng đang quang khang
        anh nhanh xanh thành cạnh hạnh bánh mạnh quanh
        ao bao cao sao nào tạo đạo báo chào
        đáp tháp pháp nạp sáp tạp cáp
        bát hát mát nát đạt phát khát quát sạt
        sau rau đau nhau màu cháu mau lau
        này hay tay bay máy chạy thay quay ngày
        ăn bắn cắn dặn khăn lặn nặng căng thẳng vắng quăng bắc mắc đặc chặt mặt bắt cắt
        tắm nắm thăm sắp gặp lắp
        ân cần dân gần thân tân vẫn nhận tầng vâng nâng bâng tấc nhấc gấc tất mất nhất thật
        vật chấm tâm thấp cấp lập tập nấu đâu câu sâu đầu dây đây mây xây cây thấy vậy
        bé che mẹ nghe xe vẽ đẹp kép hẹn ghen đen xem kem nghẹt mét vét kẻng xẻng kéo mèo trẻo
        bê kê về thế lệ tế nghề đêm thêm kênh bệnh lệnh mệnh chênh ếch lệch bên lên nên quên
        hết kết mệt tết thếp bếp nếp đều nêu kêu nếu thêu ễnh
        đi bị chỉ nghị nghĩ ghi thi vì chim tìm im kim tin xin nghìn mịn bịt ít thịt kịp nhịp
        ích kịch thích lịch tịch sinh tình linh kinh dìu xíu chịu ỉu kìa mía nghĩa bia chia
        tiếc việc biếc chiếm kiếm điểm tiền biển kiên nghiên miền tiếng miệng nghiêng biếng
        tiếp nghiệp thiếp viết biết tiết kiệt nghiệt điều hiểu kiêu nhiều tiêu
        ý kỳ kỷ ký mỹ tỷ sỹ Tỵ hy quy quý yêu yên yếm yết yểng
        bò có họ nhỏ to no đó góc học cọc ngọc chọc dọc bọn con ngon hòn còn đón tròn xong
        trong mong bóng họp góp hót ngọt nhóm chòm đòi nói hỏi gói mỏi voi
        xoong boong soóc moóc
        cô bố hổ lỗ số tổ độ phố bốc cốc gốc độc mộc tộc ông công cộng đông hồng sống nông
        trống ôm bốn tôn hồn ổn môn tốt một cột hộp tôi
        cờ bơ mơ sợ nợ ở phở tờ thơ chờ cơm thơm bơm hơn ơn sơn lớn lớp hợp chợp ớt thớt bớt
        mới với trời ơi lời chơi hơi đời
        cũ đủ thu ngủ mù phụ tụ chúc cục đục thúc phúc lục cũng cùng chúng dùng hùng nhung
        chùm tủm bún mùn cún phun úp cụp bụt bút phút sút vui mùi núi túi bụi xui cúi
        của mua lúa chùa múa rùa cuộc thuộc buộc luộc muốn cuốn luôn uống muông chuông buồng
        luống suốt chuột ruột buồm nuôi tuổi muối đuôi cuối suối
        tư sư thư chữ từ cư sự hư ừ lực sức đức cực mực dừng những từng mừng ửng ưng mứt
        nứt bứt sứt ưỡn gửi ngửi cửi hữu cứu mưu lưu bưu cừu mưa cửa vừa lửa chưa xưa ưa
        ước được bước thước ướt mượt lướt vượt thương đường trường tương hương mương lượng
        bướm ươm ướm lươn vườn mượn sườn lượm cướp mướp ướp người mười tươi cười lười
        rượu hươu bướu
        hoa hoà hòa tòa toà loa xóa khoa hoạ họa hoá hóa hoạch toạc hoan toàn đoàn khoản loạn
        hoang khoảng hoàng toang loang doanh oanh hoành khoanh toát hoạt thoát loạt ngoại
        ngoài khoai thoải toại xoay loay xoáy ngoáy ngoạm hoặc xoắn ngoằn ngoặt hoắt thoăn
        khoẻ khỏe hoè xoè loè toe khoét hoen nhoẻn ngoẹo ngoèo loẹt oẹ
        xuân tuần luận quân huấn khuân chuẩn thuần khuất thuật xuất luật tuấn khuâng khuấy quấy
        huệ thuế tuế quê quế khuếch huênh nguệch thuê xuề
        uy ủy uỷ thủy thuỷ huy tuy suy lũy luỹ duy huých huỳnh khuynh quỳnh huýt tuýt quýt tuýp
        quỵt khuya khuỷu khuỵu quyết tuyết tuyệt thuyết duyệt huyết khuyết quyền tuyên truyền
        chuyện chuyển khuyên khuyến nguyễn nguyên nguyệt luyện tuyển huyện uyên xuyên thuyền
        duyên khuyếch
        thuở huơ quở quơ quờ quốc quạ quản quần quỹ quắt quặc quèn quét quều quạu
        gì gia giá già giữ giếng giường giặt gìn giữa giải giấy giúp giỏi giọng giàu gió giờ
        giết giêng giun gieo giễu giành giác giáo giản giống giới giao giam gian giang giáp
        giật giận giầy giày giòn giũa giuộc gỉ giỡn
        ghi ghế ghé ghen ghẹ ghét ghềnh ghim ghiền
        ngủ ngon ngân ngữ nguy ngà nghe nghề nghỉ nghiêm nghiêng nghịch nghênh
        kê kế kể kẹo kia kiếm kính
        khó khu khuya ra rồi rằng rất rộng rãi sự sáng sống trên trước trình triển trận
        thị thực thông thể với vận pin pháo
        ạ ừ ở ồ ấy ông ơn ích ít im ổn ép em ổi âm ẩm ấp ủa ùa ụp ứ ức ợ
        Ất Tỵ ĐẢNG CỘNG HÒA HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập Tự do Hạnh phúc Ủy
        ỦY UỶ Uỷ KHOẺ QUYẾT NGHIÊNG GIỮ GÌ ĐƯỜNG ĐƯỢC NGƯỜI Quốc Nguyễn
    ";

    /// The sentences from the specification; every word must be valid.
    const SENTENCES: [&str; 3] = [
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tiếp tục tuyên truyền, vận động thực hiện Chỉ thị về công tác đối với người Việt Nam ở nước ngoài trong tình hình mới",
        "Tăng cường nắm bắt thông tin và tích cực tuyên truyền rộng rãi trong các tầng lớp nhân dân về nội dung Bản Ghi nhớ, Chương trình hợp tác giữa Mặt trận Tổ quốc Việt Nam với Mặt trận Đoàn kết Phát triển Tổ quốc Campuchia",
        "Hội Liên lạc với người Việt Nam ở nước ngoài, Hội Hữu nghị Việt Nam - Trung Quốc, khuyến khích, huỳnh quang, khuếch trương, nghiêng ngả, quýt, quạ, giường, giặt, gìn giữ, thuở xưa, ngoằn ngoèo, khuỵu, luyện, tuyển, huấn luyện, nguyệt, chuyển",
    ];

    /// Shorthand for an `Invalid` verdict.
    fn invalid(reason: InvalidReason, suggestions: &[&str]) -> Verdict {
        Verdict::Invalid {
            reason,
            suggestions: suggestions.iter().map(|s| s.to_string()).collect(),
        }
    }

    /// The reason of an `Invalid` verdict, `None` otherwise.
    fn reason(token: &str) -> Option<InvalidReason> {
        match check(token) {
            Verdict::Invalid { reason, .. } => Some(reason),
            _ => None,
        }
    }

    #[test]
    /// Every word of the big list is valid, and there are at least 300 of them.
    fn real_words_are_valid() {
        let words: Vec<&str> = VALID_WORDS.split_whitespace().collect();
        assert!(words.len() >= 300, "only {} words", words.len());
        let bad: Vec<(&str, Verdict)> = words
            .iter()
            .map(|w| (*w, check(w)))
            .filter(|(_, v)| *v != Verdict::Valid)
            .collect();
        assert!(bad.is_empty(), "{bad:?}");
    }

    #[test]
    /// Every word of the sample sentences is valid except the foreign "Campuchia".
    fn sentences_are_valid() {
        for sentence in SENTENCES {
            for raw in sentence.split(' ') {
                let word = raw.trim_matches(|c| ",.;:()“”-".contains(c));
                if word.is_empty() {
                    continue;
                }
                let expected = if word == "Campuchia" {
                    Verdict::NotVietnamese
                } else {
                    Verdict::Valid
                };
                assert_eq!(check(word), expected, "{word}");
            }
        }
    }

    #[test]
    /// Lower, Title and UPPER case give the same verdict.
    fn case_insensitive() {
        for w in [
            "ất", "Ất", "ẤT", "đảng", "Đảng", "ĐẢNG", "nghĩa", "Nghĩa", "NGHĨA", "quốc", "QUỐC",
        ] {
            assert_eq!(check(w), Verdict::Valid, "{w}");
        }
        assert_eq!(check("hOÀ"), Verdict::Valid);
    }

    #[test]
    /// Both tone placement styles are accepted.
    fn both_tone_placements() {
        for w in [
            "hoà", "hòa", "thuỷ", "thủy", "khoẻ", "khỏe", "uỷ", "ủy", "hoạ", "họa", "hoá", "hóa",
            "tuỳ", "tùy", "loà", "lòa", "xoè", "xòe",
        ] {
            assert_eq!(check(w), Verdict::Valid, "{w}");
        }
    }

    #[test]
    /// Foreign words, acronyms and codes are never flagged.
    fn not_vietnamese() {
        for w in [
            "ASEAN",
            "DOC",
            "Fanpage",
            "Zalo",
            "Covid",
            "email",
            "Facebook",
            "OA",
            "TCPCPNN",
            "NVNONN",
            "KH",
            "BTT",
            "website",
            "online",
            "web",
            "TCTV",
            "MTTQ",
            "UBND",
            "HĐND",
            "ĐUBND",
            "II",
            "IV",
            "XII",
            "André",
            "Québec",
            "Hélène",
            "Raúl",
            "café",
            "José",
            "2024",
            "A1",
            "NĐ-CP",
            "đ",
            "Đ",
            "tat",
            "cap",
            "hot",
            "ka",
            "ce",
            "gha",
            "nge",
            "qa",
            "tyen",
            "Campuchia",
            "kong",
            "Đắk",
            "Lắk",
            "Đăk",
            "Păh",
            "Tẻh",
            "Krông",
            "Đrắk",
            "Prông",
            "Chro",
        ] {
            assert_eq!(check(w), Verdict::NotVietnamese, "{w}");
        }
    }

    #[test]
    /// Stop finals need sắc or nặng; suggestions keep the case pattern.
    fn stop_final_tone() {
        assert_eq!(
            check("Ât"),
            invalid(InvalidReason::StopFinalTone, &["Ất", "Ật"])
        );
        assert_eq!(
            check("ÂT"),
            invalid(InvalidReason::StopFinalTone, &["ẤT", "ẬT"])
        );
        assert_eq!(
            check("tât"),
            invalid(InvalidReason::StopFinalTone, &["tất", "tật"])
        );
        assert_eq!(
            check("cảp"),
            invalid(InvalidReason::StopFinalTone, &["cáp", "cạp"])
        );
        assert_eq!(
            check("càp"),
            invalid(InvalidReason::StopFinalTone, &["cáp", "cạp"])
        );
        assert_eq!(check("Việc"), Verdict::Valid);
        assert_eq!(
            check("viêc"),
            invalid(InvalidReason::StopFinalTone, &["viếc", "việc"])
        );
        assert_eq!(
            check("hoàch"),
            invalid(InvalidReason::StopFinalTone, &["hoách", "hoạch"])
        );
        assert_eq!(check("thốt"), Verdict::Valid);
        assert_eq!(check("Ất"), Verdict::Valid);
        assert_eq!(check("Ật"), Verdict::Valid);
        assert_eq!(
            check("quyêt"),
            invalid(InvalidReason::StopFinalTone, &["quyết", "quyệt"])
        );
        assert_eq!(
            check("đôc"),
            invalid(InvalidReason::StopFinalTone, &["đốc", "độc"])
        );
    }

    #[test]
    /// c/k and g/gh, ng/ngh confusions, with suggestions.
    fn spelling_rules() {
        assert_eq!(check("kà"), invalid(InvalidReason::CkSpelling, &["cà"]));
        assert_eq!(check("cê"), invalid(InvalidReason::CkSpelling, &["kê"]));
        // capitalised, a name: "Bắc Kạn", "KẠN" (a real decision of 2018)
        assert_eq!(check("Kạn"), Verdict::NotVietnamese);
        assert_eq!(check("KẠN"), Verdict::NotVietnamese);
        assert_eq!(
            check("kàt"),
            invalid(InvalidReason::CkSpelling, &["cát", "cạt"])
        );
        assert_eq!(check("cính"), invalid(InvalidReason::CkSpelling, &["kính"]));
        assert_eq!(check("kuốc"), invalid(InvalidReason::CkSpelling, &["cuốc"]));
        assert_eq!(check("ghà"), invalid(InvalidReason::GhNghSpelling, &["gà"]));
        assert_eq!(
            check("ngè"),
            invalid(InvalidReason::GhNghSpelling, &["nghè"])
        );
        assert_eq!(
            check("NGÈ"),
            invalid(InvalidReason::GhNghSpelling, &["NGHÈ"])
        );
        assert_eq!(check("gế"), invalid(InvalidReason::GhNghSpelling, &["ghế"]));
        assert_eq!(check("Gế"), invalid(InvalidReason::GhNghSpelling, &["Ghế"]));
        assert_eq!(
            check("nghà"),
            invalid(InvalidReason::GhNghSpelling, &["ngà"])
        );
        assert_eq!(check("nghĩ"), Verdict::Valid);
        assert_eq!(
            check("ngĩ"),
            invalid(InvalidReason::GhNghSpelling, &["nghĩ"])
        );
        assert_eq!(check("ghọ"), invalid(InvalidReason::GhNghSpelling, &["gọ"]));
        assert_eq!(reason("qá"), Some(InvalidReason::QWithoutU));
        assert_eq!(check("qá"), invalid(InvalidReason::QWithoutU, &[]));
    }

    #[test]
    /// Finals and nuclei rules.
    fn rhyme_rules() {
        for w in [
            "ách", "ánh", "ếch", "ênh", "ích", "inh", "oanh", "huỳnh", "khuếch", "huých", "ễnh",
        ] {
            assert_eq!(check(w), Verdict::Valid, "{w}");
        }
        assert_eq!(reason("éch"), Some(InvalidReason::ChNhFinal));
        assert_eq!(reason("kẻnh"), Some(InvalidReason::ChNhFinal));
        assert_eq!(reason("lơnh"), Some(InvalidReason::ChNhFinal));
        assert_eq!(reason("lứch"), Some(InvalidReason::ChNhFinal));
        assert_eq!(reason("tíng"), Some(InvalidReason::BadFinal));
        assert_eq!(reason("íc"), Some(InvalidReason::BadFinal));
        assert_eq!(reason("ă"), Some(InvalidReason::BadFinal));
        assert_eq!(reason("Â"), Some(InvalidReason::BadFinal));
        assert_eq!(reason("bă"), Some(InvalidReason::BadFinal));
        assert_eq!(reason("tyên"), Some(InvalidReason::BadNucleus));
        assert_eq!(reason("iêu"), Some(InvalidReason::BadNucleus));
        assert_eq!(reason("tôa"), Some(InvalidReason::BadNucleus));
        assert_eq!(reason("ViệtNam"), Some(InvalidReason::BadNucleus));
        assert_eq!(reason("bảs"), Some(InvalidReason::BadFinal));
        assert_eq!(reason("xđà"), Some(InvalidReason::BadInitial));
        // Leftover Telex keys are still caught.
        assert_eq!(reason("Việts"), Some(InvalidReason::BadFinal));
        assert_eq!(reason("nướcr"), Some(InvalidReason::BadFinal));
        assert_eq!(reason("hóà"), Some(InvalidReason::TwoToneMarks));
        assert_eq!(check("hóà"), invalid(InvalidReason::TwoToneMarks, &[]));
        assert_eq!(check("NGHĨẠ"), invalid(InvalidReason::TwoToneMarks, &[]));
        assert_eq!(reason("ViệtNám"), Some(InvalidReason::BadNucleus));
        for w in ["ăn", "ân", "ây", "âu", "ay", "au"] {
            assert_eq!(check(w), Verdict::Valid, "{w}");
        }
    }

    #[test]
    /// A tone mark outside the medial/nucleus (on a semivowel final, or on the u of qu / i of
    /// gi) is a misplaced tone.
    fn misplaced_tone() {
        for w in ["maì", "caó", "hoaì", "qúa", "qủa", "gìa", "ngươì"] {
            assert_eq!(reason(w), Some(InvalidReason::BadNucleus), "{w}");
        }
        for w in [
            "mài", "cáo", "hoài", "quá", "quả", "già", "người", "gì", "gìn",
        ] {
            assert_eq!(check(w), Verdict::Valid, "{w}");
        }
    }

    #[test]
    /// Odd inputs never panic and are not Vietnamese.
    fn odd_inputs() {
        for w in [
            "", "ß", "😀", "a\u{301}", "\u{301}", " ", "-", "İ", "\u{212A}", "ǅ", "Ǆ", "a b",
        ] {
            assert_eq!(check(w), Verdict::NotVietnamese, "{w:?}");
            let _ = (
                tone_of(w),
                strip_tone(w),
                strip_marks(w),
                with_tone(w, Tone::Dot),
            );
        }
    }

    #[test]
    /// Exhaustive short strings over a mixed alphabet: no function panics.
    fn no_panics() {
        let alphabet: Vec<char> = "aăâeêioôơuưyqgnhckđtpĐƯẤÀỵß1-😀\u{301}".chars().collect();
        let mut buf = String::new();
        for &a in &alphabet {
            for &b in &alphabet {
                for &c in &alphabet {
                    for &d in &['\0', 'a', 'n', 'g', 'h', 'ự'] {
                        buf.clear();
                        buf.extend([a, b, c]);
                        if d != '\0' {
                            buf.push(d);
                        }
                        let _ = check(&buf);
                        let _ = with_tone(&buf, Tone::Hook);
                        let _ = strip_marks(&buf);
                        let _ = tone_of(&buf);
                    }
                }
            }
        }
    }

    #[test]
    /// Tone detection.
    fn tones() {
        assert_eq!(tone_of("nghiêng"), Tone::Level);
        assert_eq!(tone_of("hòa"), Tone::Grave);
        assert_eq!(tone_of("Ất"), Tone::Acute);
        assert_eq!(tone_of("THỦY"), Tone::Hook);
        assert_eq!(tone_of("nghĩa"), Tone::Tilde);
        assert_eq!(tone_of("Tỵ"), Tone::Dot);
        assert_eq!(tone_of(""), Tone::Level);
    }

    #[test]
    /// Stripping tones and marks keeps case and other characters.
    fn stripping() {
        assert_eq!(strip_tone("Thủy"), "Thuy");
        assert_eq!(strip_tone("ĐƯỢC"), "ĐƯƠC");
        assert_eq!(strip_tone("Nguyễn-Văn"), "Nguyên-Văn");
        assert_eq!(strip_marks("Đường"), "Duong");
        assert_eq!(strip_marks("ĂN Ở"), "AN O");
        assert_eq!(strip_marks("Nghị định 30/2020"), "Nghi dinh 30/2020");
        assert_eq!(strip_tone("ß😀"), "ß😀");
    }

    #[test]
    /// Traditional tone placement, case preserved.
    fn tone_placement() {
        let cases = [
            ("hoa", Tone::Grave, "hòa"),
            ("hoà", Tone::Grave, "hòa"),
            ("thuy", Tone::Hook, "thủy"),
            ("khoe", Tone::Hook, "khỏe"),
            ("uy", Tone::Hook, "ủy"),
            ("UY", Tone::Hook, "ỦY"),
            ("qua", Tone::Acute, "quá"),
            ("quy", Tone::Acute, "quý"),
            ("quôc", Tone::Acute, "quốc"),
            ("quyêt", Tone::Acute, "quyết"),
            ("gia", Tone::Acute, "giá"),
            ("gi", Tone::Grave, "gì"),
            ("gin", Tone::Grave, "gìn"),
            ("giương", Tone::Grave, "giường"),
            ("ngươi", Tone::Grave, "người"),
            ("nghiêng", Tone::Level, "nghiêng"),
            ("NGHIA", Tone::Tilde, "NGHĨA"),
            ("Nghĩa", Tone::Dot, "Nghịa"),
            ("ngoai", Tone::Grave, "ngoài"),
            ("khuyu", Tone::Hook, "khuỷu"),
            ("khuya", Tone::Dot, "khuỵa"),
            ("hoan", Tone::Grave, "hoàn"),
            ("huynh", Tone::Grave, "huỳnh"),
            ("xoong", Tone::Acute, "xoóng"),
            ("mua", Tone::Acute, "múa"),
            ("mia", Tone::Acute, "mía"),
            ("rươu", Tone::Dot, "rượu"),
            ("Ât", Tone::Acute, "Ất"),
            ("đ", Tone::Acute, "đ"),
            ("", Tone::Acute, ""),
        ];
        for (input, tone, expected) in cases {
            assert_eq!(with_tone(input, tone), expected, "{input} {tone:?}");
        }
    }

    #[test]
    /// Re-toning every valid word with its own tone gives a valid word with the same letters.
    fn with_tone_round_trip() {
        for w in VALID_WORDS.split_whitespace() {
            let tone = tone_of(w);
            let re = with_tone(&strip_tone(w), tone);
            assert_eq!(check(&re), Verdict::Valid, "{w} -> {re}");
            assert_eq!(tone_of(&re), tone, "{w}");
            assert_eq!(strip_tone(&re), strip_tone(w), "{w}");
        }
        // Traditional placement is reproduced exactly.
        for w in [
            "hòa", "thủy", "khỏe", "ủy", "người", "quốc", "nghĩa", "giữ", "khuỷu", "ngoài",
        ] {
            assert_eq!(with_tone(&strip_tone(w), tone_of(w)), w);
        }
    }

    #[test]
    /// Letters of the Vietnamese alphabet.
    fn letters() {
        for c in ['a', 'đ', 'Đ', 'ư', 'Ự', 'ỹ', 'Ỹ', 'q', 'Q', 'é', 'É', 'Ă'] {
            assert!(is_vietnamese_letter(c), "{c}");
        }
        for c in [
            'f', 'J', 'w', 'Z', 'ß', '1', ' ', 'ñ', 'ö', '\u{301}', '\u{212A}',
        ] {
            assert!(!is_vietnamese_letter(c), "{c:?}");
        }
    }

    #[test]
    /// Reasons have human-readable descriptions.
    fn descriptions() {
        assert!(InvalidReason::StopFinalTone.to_string().contains("sắc"));
        assert!(!InvalidReason::TwoToneMarks.description().is_empty());
    }
}
