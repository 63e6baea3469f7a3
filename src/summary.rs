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
pub struct EntitySummary<'a> {
    /// What it is.
    pub label: Label,
    /// The preferred name (for dates, the normalised value).
    pub canonical: &'a str,
    /// The identifier, or "" when none is known.
    pub id: &'a str,
    /// How many mentions name it.
    pub count: usize,
    /// Byte offset of the first mention.
    pub first: usize,
    /// Character offset of the first mention.
    pub first_char: usize,
    /// The distinct texts of its mentions, in the order first seen.
    pub forms: Vec<&'a str>,
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
pub fn summarise<'m>(mentions: &'m [Mention<'_>]) -> Vec<EntitySummary<'m>> {
    let mut index: HashMap<(Label, &str), usize> = HashMap::new();
    let mut out: Vec<EntitySummary<'m>> = Vec::new();
    for m in mentions {
        // Dates are one entity per value; others by id, else by canonical name.
        let canonical = match (&m.value, m.label) {
            (Some(v), Label::Date) => v.as_str(),
            _ => m.canonical,
        };
        let identity = if m.id.is_empty() { canonical } else { m.id };
        match index.get(&(m.label, identity)) {
            Some(&k) => {
                let e = &mut out[k];
                e.count += 1;
                if !e.forms.contains(&m.text) {
                    e.forms.push(m.text);
                }
            }
            None => {
                index.insert((m.label, identity), out.len());
                out.push(EntitySummary {
                    label: m.label,
                    canonical,
                    id: m.id,
                    count: 1,
                    first: m.span.start,
                    first_char: m.span.char_start,
                    forms: vec![m.text],
                });
            }
        }
    }
    // Stable: equal counts keep the order of first mention.
    out.sort_by(|a, b| b.count.cmp(&a.count).then(a.first.cmp(&b.first)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::{Source, Span};

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
            value: None,
            source: Source::Gazetteer,
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
            .map(|e| (e.canonical, e.count, e.first, e.forms.clone()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "Olaf Scholz",
                    3,
                    20,
                    vec!["Olaf Scholz", "Scholz", "Scholz'"]
                ),
                ("France", 2, 0, vec!["Frankreich", "Frankreichs"]),
                ("Müller", 2, 70, vec!["Müller"]),
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
        assert_eq!((s[0].canonical, s[0].count), ("2024-10-03", 2));
        assert_eq!(s[0].forms, ["3. Oktober 2024", "03.10.2024"]);
    }
}
