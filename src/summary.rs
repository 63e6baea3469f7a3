//! The per-story summary: one record per entity of a document, for `--summary` and the review
//! page's tag list.
//!
//! Mentions are one entity when they share a label and an identity: the id where there is one
//! ("Q567"), else the canonical name, and for dates the normalised value. So "Olaf Scholz",
//! "Scholz" and "Scholz'" are one record, and so are "OSZE" and its long form once coreference
//! has linked them. Records are ordered by count (most first), then by first mention.

use std::collections::HashMap;

use crate::gazetteer::Label;
use crate::span::Mention;

/// One entity of a document and how the document names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntitySummary {
    /// What it is.
    pub label: Label,
    /// The preferred name (for dates, the normalised value).
    pub canonical: String,
    /// The identifier, or "" when none is known.
    pub id: String,
    /// How many mentions name it.
    pub count: usize,
    /// Byte offset of the first mention.
    pub first: usize,
    /// Character offset of the first mention.
    pub first_char: usize,
    /// The distinct texts of its mentions, in the order first seen.
    pub forms: Vec<String>,
}

/// A summary being built from a document's mentions, added in text order (for a document
/// read window by window, window after window).
#[derive(Debug, Default)]
pub struct Summary {
    records: Vec<EntitySummary>,
    /// (label, identity) → index into `records`.
    index: HashMap<(Label, String), usize>,
}

impl Summary {
    /// An empty summary.
    pub fn new() -> Summary {
        Summary::default()
    }

    /// Counts one mention.
    pub fn add(&mut self, m: &Mention<'_>) {
        // Dates are one entity per value; others by id, else by canonical name.
        let canonical = match (&m.value, m.label) {
            (Some(v), Label::Date | Label::Duration) => v.as_str(),
            _ => m.canonical,
        };
        let identity = if m.id.is_empty() { canonical } else { m.id };
        // Looked up by a borrowed key first: most mentions repeat an entity already seen.
        if let Some(&k) = self.index.get(&(m.label, identity.to_string())) {
            let e = &mut self.records[k];
            e.count += 1;
            if !e.forms.iter().any(|f| f == m.text) {
                e.forms.push(m.text.to_string());
            }
            return;
        }
        self.index
            .insert((m.label, identity.to_string()), self.records.len());
        self.records.push(EntitySummary {
            label: m.label,
            canonical: canonical.to_string(),
            id: m.id.to_string(),
            count: 1,
            first: m.span.start,
            first_char: m.span.char_start,
            forms: vec![m.text.to_string()],
        });
    }

    /// The records, most mentioned first, ties by first mention.
    pub fn into_records(mut self) -> Vec<EntitySummary> {
        // Stable: equal counts keep the order of first mention.
        self.records
            .sort_by(|a, b| b.count.cmp(&a.count).then(a.first.cmp(&b.first)));
        self.records
    }
}

/// The entities of a document, from its mentions (as [`crate::Extractor::extract`] returns
/// them: sorted by start), most mentioned first, ties by first mention.
///
/// # Examples
/// ```
/// use gazette::{summarise, ExtractorBuilder};
/// let extractor = ExtractorBuilder::new().build();
/// let text = "Emmanuel Macron kam nach Berlin. Macron sagte, Frankreich sei bereit.";
/// let mentions = extractor.extract(text, None);
/// let summary = summarise(&mentions);
/// assert_eq!(summary[0].canonical, "Emmanuel Macron");
/// assert_eq!(summary[0].count, 2);
/// assert_eq!(summary[0].forms, ["Emmanuel Macron", "Macron"]);
/// ```
pub fn summarise(mentions: &[Mention<'_>]) -> Vec<EntitySummary> {
    let mut s = Summary::new();
    for m in mentions {
        s.add(m);
    }
    s.into_records()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::{Origin, Span};

    fn m<'a>(
        label: Label,
        text: &'a str,
        canonical: &'a str,
        id: &'a str,
        start: usize,
    ) -> Mention<'a> {
        Mention {
            label,
            span: Span {
                start,
                end: start + text.len(),
                char_start: start,
                char_end: start + text.len(),
            },
            text,
            canonical,
            id,
            country: "",
            value: None,
            date: None,
            origin: Origin::Gazetteer,
        }
    }

    #[test]
    fn one_record_per_entity_by_count_then_first_mention() {
        let mentions = [
            m(Label::Country, "Frankreich", "France", "FR", 0),
            m(Label::Person, "Olaf Scholz", "Olaf Scholz", "Q61053", 20),
            m(Label::Person, "Scholz", "Olaf Scholz", "Q61053", 40),
            m(Label::Country, "Frankreichs", "France", "FR", 50),
            m(Label::Person, "Scholz'", "Olaf Scholz", "Q61053", 60),
            m(Label::Person, "Müller", "Müller", "", 70),
            m(Label::Person, "Müller", "Müller", "", 80),
        ];
        let got: Vec<_> = summarise(&mentions)
            .iter()
            .map(|e| {
                let forms: Vec<&str> = e.forms.iter().map(String::as_str).collect();
                (
                    e.canonical.as_str().to_owned(),
                    e.count,
                    e.first,
                    forms.join("|"),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "Olaf Scholz".to_string(),
                    3,
                    20,
                    "Olaf Scholz|Scholz|Scholz'".into()
                ),
                ("France".into(), 2, 0, "Frankreich|Frankreichs".into()),
                ("Müller".into(), 2, 70, "Müller".into()),
            ]
        );
    }

    #[test]
    fn same_id_different_labels_are_different_entities() {
        let mentions = [
            m(Label::Country, "Georgia", "Georgia", "GE", 0),
            m(Label::City, "Georgia", "Georgia", "GE", 10),
        ];
        assert_eq!(summarise(&mentions).len(), 2);
    }

    #[test]
    fn dates_are_one_entity_per_value() {
        let mut a = m(Label::Date, "3. Oktober 2024", "3. Oktober 2024", "", 0);
        a.value = Some("2024-10-03".into());
        let mut b = m(Label::Date, "03.10.2024", "03.10.2024", "", 30);
        b.value = Some("2024-10-03".into());
        let both = [a, b];
        let s = summarise(&both);
        assert_eq!((s[0].canonical.as_str(), s[0].count), ("2024-10-03", 2));
        assert_eq!(s[0].forms, ["3. Oktober 2024", "03.10.2024"]);
    }
}
