use crate::declare_rule;
use crate::document::{Date, Document};
use crate::rules::{Context, Rule};
use crate::vietnamese::fold;

/// Well-known central documents: (folded type, number, date, canonical issuer, source).
/// Only facts taken from the documents themselves go in.
/// (folded type, number, (day, month, year), issuer)
type Entry = (&'static str, &'static str, (u32, u32, i32), &'static str);

const KNOWN: &[Entry] = &[
    ("chi thi", "04-CT/TW", (6, 7, 2011), "Ban Bí thư"),
    ("chi thi", "12-CT/TW", (5, 1, 2022), "Ban Bí thư"),
    ("chi thi", "25-CT/TW", (8, 8, 2018), "Ban Bí thư"),
    ("chi thi", "45-CT/TW", (19, 5, 2015), "Bộ Chính trị"),
    ("ket luan", "12-KL/TW", (12, 8, 2021), "Bộ Chính trị"),
    ("nghi quyet", "36-NQ/TW", (26, 3, 2004), "Bộ Chính trị"),
    ("nghi quyet", "22-NQ/TW", (10, 4, 2013), "Bộ Chính trị"),
    ("nghi quyet", "57-NQ/TW", (22, 12, 2024), "Bộ Chính trị"),
    ("nghi quyet", "27/NQ-CP", (5, 4, 2016), "Chính phủ"),
    ("nghi dinh", "30/2020/NĐ-CP", (5, 3, 2020), "Chính phủ"),
    ("chi thi", "01/CT-TTg", (9, 1, 2015), "Thủ tướng Chính phủ"),
];

declare_rule! {
    /// ## What it does
    /// Compares citations of well-known central documents with a registry of their dates and
    /// issuers (Chỉ thị 04-CT/TW of 06/7/2011 and 12-CT/TW of 05/01/2022 by the Ban Bí thư;
    /// Kết luận 12-KL/TW of 12/8/2021, Nghị quyết 36-NQ/TW of 26/3/2004, 22-NQ/TW of 10/4/2013
    /// and Chỉ thị 45-CT/TW of 19/5/2015 by the Bộ Chính trị; Nghị quyết 27/NQ-CP of 05/4/2016
    /// and Nghị định 30/2020/NĐ-CP of 05/3/2020 by the Chính phủ; …).
    ///
    /// ## Why
    /// These documents are cited in thousands of plans, and a wrong issuer is copied from plan
    /// to plan.
    ///
    /// ## Example
    /// ```text
    /// Chỉ thị số 04-CT/TW ngày 06/7/2011 của Bộ Chính trị về đối ngoại nhân dân
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Chỉ thị số 04-CT/TW ngày 06/7/2011 của Ban Bí thư về đối ngoại nhân dân
    /// ```
    ///
    /// The organisation's own documents are added in `vanban.toml`:
    ///
    /// ```toml
    /// [[citations]]
    /// type = "Kế hoạch"
    /// number = "48-KH/TU"
    /// date = "27/01/2022"
    /// issuer = "Ban Thường vụ Tỉnh ủy"
    /// ```
    ///
    /// ## Basis
    /// The documents themselves (their headers name the issuing body and date).
    pub struct Registry {
        id: "citation/registry",
        severity: Warning,
        fix: None,
        summary: "Viện dẫn văn bản trung ương sai ngày hoặc sai cơ quan ban hành",
        summary_en: "A well-known central document is cited with a wrong date or issuer",
    }
}

/// One known document, built in or from `[[citations]]` in the configuration.
struct Known {
    kind_folded: String,
    number: String,
    date: Option<Date>,
    issuer: Option<String>,
}

fn known_documents(config: &crate::Config) -> Vec<Known> {
    let builtin = KNOWN.iter().map(|&(k, n, (d, m, y), i)| Known {
        kind_folded: k.to_string(),
        number: n.to_string(),
        date: Some(Date::new(d, m, y)),
        issuer: Some(i.to_string()),
    });
    let configured = config.known_documents.iter().map(|k| Known {
        kind_folded: fold(&k.kind),
        number: k.number.clone(),
        date: k.date,
        issuer: k.issuer.clone(),
    });
    // configured entries first: the organisation knows its own documents best
    configured.chain(builtin).collect()
}

impl Rule for Registry {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let known = known_documents(ctx.config);
        for c in &doc.citations {
            let Some(k) = known
                .iter()
                .find(|k| k.kind_folded == c.kind_folded && k.number == c.number_text)
            else {
                continue;
            };
            // the same Party number in another term is another document
            let other_term = match (c.style, c.date, k.date) {
                (Some(crate::document::NumberStyle::Party), Some((d, _)), Some(right)) => {
                    let term = |date| crate::document::citation::party_term(&c.number_text, date);
                    term(d) != term(right)
                }
                _ => false,
            };
            if other_term {
                continue;
            }
            let (kind, number) = (doc.slice(c.kind), &k.number);
            if let (Some((date, span)), Some(right)) = (c.date, k.date) {
                if date != right {
                    ctx.emit(
                        span,
                        format!(
                            "{kind} {number} ban hành ngày {}, không phải {}",
                            right.display(),
                            date.display()
                        ),
                        format!(
                            "{kind} {number} is dated {}, not {}",
                            right.display(),
                            date.display()
                        ),
                    )
                    .suggest(right.display());
                }
            }
            let Some(issuer) = &k.issuer else { continue };
            let issuer_folded = fold(issuer);
            for iss in &c.issuers {
                // a well-known body must be the same; another name must start the same way
                let wrong = match iss.canonical {
                    Some(name) => fold(name) != issuer_folded,
                    None => {
                        let written = fold(doc.slice(iss.span));
                        !written.starts_with(&issuer_folded) && !issuer_folded.starts_with(&written)
                    }
                };
                if wrong {
                    let written = doc.slice(iss.span);
                    ctx.emit(
                        iss.span,
                        format!("{kind} {number} do {issuer} ban hành, không phải {written}"),
                        format!("{kind} {number} was issued by {issuer}, not {written}"),
                    )
                    .suggest(issuer.clone());
                }
            }
        }
    }
}
