//! Stage 3 of the resolver: coreference. A capitalised word that lies outside every claim and is
//! the surname of a person found in the document ("Macron", or its genitive "Macrons", after
//! "Emmanuel Macron") becomes a mention of that person, with the person's canonical name and id
//! ([`Source::Coreference`]).
//!
//! A surname shared by two people links to the nearest one before it, else to the first one
//! after it. Coreference is per document (per window for documents read window by window).

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use crate::find::lookup::PrehashedKey;
use crate::find::Candidate;
use crate::gazetteer::Label;
use crate::span::{Mention, Source, Span};
use crate::token::{fold_into, token_hash, Token};

/// Coreference's buffers, reused from document to document.
#[derive(Debug, Default)]
pub(crate) struct CorefScratch {
    fold: Vec<u8>,
    /// Hash of a folded surname → indices (into the mentions) of the people who bear it, in
    /// text order.
    surnames: HashMap<u64, Vec<usize>, BuildHasherDefault<PrehashedKey>>,
}

/// Appends a coreference mention for every token of `words` (capitalised words of three or more
/// bytes, in text order) outside `claims` (sorted, disjoint) and outside `dates` (byte ranges,
/// sorted) that is the surname of a person in `out`; then sorts `out` by start.
pub(crate) fn link_surnames<'a>(
    text: &'a str,
    tokens: &[Token],
    words: &[usize],
    claims: &[Candidate],
    dates: &[(usize, usize)],
    scratch: &mut CorefScratch,
    out: &mut Vec<Mention<'a>>,
) {
    scratch.surnames.clear();
    for (k, m) in out.iter().enumerate() {
        if m.label != Label::Person {
            continue;
        }
        // The last word of the mention is its surname (particles and given names come first
        // in every language the packs cover; "Xi Jinping" style names are linked by "Jinping"
        // only, a known gap).
        let Some(last) = m
            .text
            .rsplit(|c: char| !(c.is_alphanumeric() || c == '\u{0308}'))
            .find(|w| !w.is_empty())
        else {
            continue;
        };
        // Short or lower-case last words ("Li", "da") would link too much.
        if last.chars().count() < 3 || !last.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        scratch.fold.clear();
        fold_into(last, &mut scratch.fold);
        let key = token_hash(&scratch.fold);
        scratch.surnames.entry(key).or_default().push(k);
    }
    if scratch.surnames.is_empty() {
        return;
    }
    // A 64-bit filter over the surnames' hashes: most capitalised words of a document are
    // turned away by one shift before the map is asked.
    let filter = scratch.surnames.keys().fold(0u64, |f, h| f | 1 << (h & 63));
    let may_be = |h: u64| filter >> (h & 63) & 1 != 0;
    let found = out.len();
    let (mut c, mut d) = (0, 0);
    for &k in words {
        let t = &tokens[k];
        // The surname itself, or its genitive ("Macrons").
        let genitive = || {
            let last = text.as_bytes()[t.end - 1];
            (t.stem_hash != 0 && last == b's' && may_be(t.stem_hash)).then_some(t.stem_hash)
        };
        let people = if may_be(t.hash) {
            scratch.surnames.get(&t.hash)
        } else {
            None
        };
        let Some(people) = people.or_else(|| genitive().and_then(|h| scratch.surnames.get(&h)))
        else {
            continue;
        };
        // Asked only for the few words that are a surname: the claims and dates are walked
        // forward with the words, so this costs one comparison or two per hit.
        if covered(k, claims, &mut c) || in_date(t.start, t.end, dates, &mut d) {
            continue;
        }
        // The nearest bearer before this token, else the first one after it.
        let before = people.partition_point(|&m| out[m].span.start < t.start);
        let m = people[before.saturating_sub(1)];
        let (canonical, id) = (out[m].canonical, out[m].id);
        out.push(Mention {
            label: Label::Person,
            span: Span {
                start: t.start,
                end: t.end,
                ..Span::default()
            },
            text: t.text(text),
            canonical,
            id,
            value: None,
            source: Source::Coreference,
        });
    }
    if out.len() > found {
        out.sort_by_key(|m| m.span.start);
    }
}

/// Whether token `k` lies inside one of `claims` (sorted, disjoint). `c` is where the last
/// search stopped: tokens are asked in text order, so the search only moves forward.
fn covered(k: usize, claims: &[Candidate], c: &mut usize) -> bool {
    while *c < claims.len() && claims[*c].end < k {
        *c += 1;
    }
    *c < claims.len() && claims[*c].claim_start() <= k
}

/// Whether bytes `start..end` overlap one of `dates` (sorted, disjoint byte ranges). `d` is
/// where the last search stopped, as in [`covered`].
fn in_date(start: usize, end: usize, dates: &[(usize, usize)], d: &mut usize) -> bool {
    while *d < dates.len() && dates[*d].1 <= start {
        *d += 1;
    }
    *d < dates.len() && dates[*d].0 < end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::find::{Priority, RuleRank};
    use crate::token::tokenize;

    fn person<'a>(text: &'a str, word: &'a str, canonical: &'a str, id: &'a str) -> Mention<'a> {
        let start = text.find(word).unwrap();
        Mention {
            label: Label::Person,
            span: Span {
                start,
                end: start + word.len(),
                ..Span::default()
            },
            text: &text[start..start + word.len()],
            canonical,
            id,
            value: None,
            source: Source::Gazetteer,
        }
    }

    /// (text, canonical, id) of the coreference mentions `link_surnames` adds when every
    /// capitalised word may be a surname, nothing is claimed but the people, and `dates` are kept.
    fn linked(
        text: &str,
        people: &[(&str, &str, &str)],
        dates: &[(usize, usize)],
    ) -> Vec<(String, String, String)> {
        let mut tokens = Vec::new();
        tokenize(text, &mut tokens);
        let mut out: Vec<Mention> = people
            .iter()
            .map(|&(w, c, id)| person(text, w, c, id))
            .collect();
        out.sort_by_key(|m| m.span.start);
        let claims: Vec<Candidate> = out
            .iter()
            .map(|m| {
                let start = tokens.iter().position(|t| t.start == m.span.start).unwrap();
                let end = tokens.iter().position(|t| t.end == m.span.end).unwrap();
                Candidate {
                    anchor: start,
                    start,
                    end,
                    label: Label::Person,
                    entry: None,
                    origin: Source::Gazetteer,
                    priority: Priority::Rule(RuleRank::Title),
                }
            })
            .collect();
        let words: Vec<usize> = (0..tokens.len())
            .filter(|&k| {
                let t = &tokens[k];
                t.kind == crate::token::TokenKind::Word
                    && t.end - t.start >= 3
                    && t.is_capitalised()
            })
            .collect();
        let mut scratch = CorefScratch::default();
        link_surnames(
            text,
            &tokens,
            &words,
            &claims,
            dates,
            &mut scratch,
            &mut out,
        );
        out.iter()
            .filter(|m| m.source == Source::Coreference)
            .map(|m| (m.text.into(), m.canonical.into(), m.id.into()))
            .collect()
    }

    fn row(t: &str, c: &str, id: &str) -> (String, String, String) {
        (t.into(), c.into(), id.into())
    }

    #[test]
    fn surnames_link_to_the_person_before_or_after() {
        let mac = [("Emmanuel Macron", "Emmanuel Macron", "Q1")];
        assert_eq!(
            linked(
                "Emmanuel Macron kam. Macron sprach, Macrons Rede.",
                &mac,
                &[]
            ),
            [
                row("Macron", "Emmanuel Macron", "Q1"),
                row("Macrons", "Emmanuel Macron", "Q1")
            ]
        );
        assert_eq!(
            linked("Macron sprach. Emmanuel Macron kam.", &mac, &[]),
            [row("Macron", "Emmanuel Macron", "Q1")]
        );
        // Not a word inside another, not lower case, not short.
        assert!(linked("Emmanuel Macron. macron Macronismus", &mac, &[]).is_empty());
    }

    #[test]
    fn a_shared_surname_links_to_the_nearest_bearer_before() {
        let people = [
            ("Hans Müller", "Hans Müller", "Q1"),
            ("Eva Müller", "Eva Müller", "Q2"),
        ];
        assert_eq!(
            linked("Hans Müller, Eva Müller. Müller sagte.", &people, &[]),
            [row("Müller", "Eva Müller", "Q2")]
        );
        assert_eq!(
            linked("Müller sagte: Hans Müller, Eva Müller.", &people, &[]),
            [row("Müller", "Hans Müller", "Q1")]
        );
    }

    #[test]
    fn words_inside_dates_are_not_surnames() {
        let people = [("Thomas Freitag", "Thomas Freitag", "")];
        let text = "Thomas Freitag kam am Freitag.";
        let friday = text.rfind("Freitag").unwrap();
        assert_eq!(
            linked(text, &people, &[]),
            [row("Freitag", "Thomas Freitag", "")]
        );
        assert!(linked(text, &people, &[(friday - 3, friday + 7)]).is_empty());
    }
}
