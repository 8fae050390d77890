//! `header`: national title and motto, Party title, issuing body, type name.

// the rule modules, one per file declaring a rule (build/registry.rs)
include!(concat!(env!("OUT_DIR"), "/rules/header.rs"));

/// The text of a title's line, single-spaced (a no-break space prints as a space) — joined
/// with the next line when the title is wrapped there and the two make one of `forms`
/// ("CỘNG" / "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG" / "SẢN VIỆT NAM": a narrow cell of
/// a web page's copy, real set 9).
fn title_read(doc: &crate::document::Document, line: usize, forms: &[&str]) -> String {
    let own = crate::vietnamese::single_spaced(doc.content(line));
    if let Some(next) = doc.next_filled(line) {
        let joined = format!(
            "{own} {}",
            crate::vietnamese::single_spaced(doc.content(next))
        );
        if forms.contains(&joined.as_str()) {
            return joined;
        }
    }
    own
}
