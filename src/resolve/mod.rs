//! The resolver: turns the finders' candidates into the document's mentions, in stages.
//!
//! 1. **Overlaps and priorities** ([`select`], then [`merge_dates`]): at each anchor token in
//!    text order, the candidate of greatest [`Priority`] that does not reach into the mention
//!    kept before it is kept and claims its tokens; candidates anchored inside a claim are
//!    dropped; a place right after an organisation's head word is then the end of the
//!    organisation's name ([`organisations_take_places`]), and a place takes in the generic
//!    place words around it ([`places_take_place_words`]). Dates, found on their own by `crate::dates`, then meet the kept names: where the
//!    two overlap the longer side stays, and on equal length the name.
//! 2. **Context** ([`disambiguate`]): rules that look at a kept candidate's neighbours and drop
//!    or change it ("New Jersey" is no country).
//! 3. **Coreference** ([`coref`]): capitalised words outside every claim that are the surname
//!    of a person found in the document become mentions of that person.
//!
//! Each stage has its own tests on candidates made by hand; the finders have theirs.

pub(crate) mod coref;
pub(crate) mod disambiguate;

use std::cmp::Reverse;

use crate::dates::DateCandidate;
use crate::find::lookup::Lookup;
use crate::find::{organisation, Candidate, Priority, RuleRank};
use crate::gazetteer::Label;
use crate::lang::{self, Lang, List};
use crate::span::{Mention, Origin, Span};
use crate::token::{Token, TokenKind};

/// Stage 1: keeps, at each anchor in text order, the best candidate that fits, and appends it
/// to `kept` (which then holds disjoint claims in text order). `candidates` is sorted in
/// place.
///
/// A candidate fits when its first byte is not inside the last kept mention: only an
/// organisation found from its head word can start before its anchor and fail this, and the
/// next-wider or next-ranked candidate at the anchor is tried instead.
pub(crate) fn select(
    text: &str,
    tokens: &[Token],
    candidates: &mut [Candidate],
    kept: &mut Vec<Candidate>,
) {
    // By anchor only, stable: the finders append in text order, so the list is a few sorted
    // runs (one per finder) that the sort merges cheaply. Ranking by priority is left to the
    // groups, most of which hold one candidate: sorting the whole list by (anchor, priority)
    // cost 2.4 % of extraction.
    candidates.sort_by_key(|c| c.anchor);
    // `cursor`: the first token no kept claim covers; `floor`: the first byte after the last
    // kept mention (a head-word organisation may reach back over unclaimed words up to it).
    let (mut cursor, mut floor) = (0usize, 0usize);
    let mut rest = &mut candidates[..];
    while let Some(first) = rest.first() {
        let anchor = first.anchor;
        let n = rest.partition_point(|c| c.anchor == anchor);
        let (group, tail) = std::mem::take(&mut rest).split_at_mut(n);
        rest = tail;
        // Found inside a kept claim: the words are taken.
        if anchor < cursor {
            continue;
        }
        if group.len() > 1 {
            // Stable: candidates of equal rank keep the order their finder proposed them in.
            group.sort_by_key(|c| Reverse(c.priority));
        }
        let next: &[Candidate] = &rest[..rest.partition_point(|c| c.anchor == anchor + 1)];
        let fits = |c: &Candidate| {
            (tokens[c.start].start >= floor || takes_in_places(tokens, c, kept).is_some())
                && !describes_known_organisation(text, tokens, c, next)
        };
        if let Some(c) = group.iter().find(|c| fits(c)).copied() {
            // The places the organisation's name takes in are no mentions of their own.
            if tokens[c.start].start < floor {
                let places = takes_in_places(tokens, &c, kept).unwrap_or(0);
                kept.truncate(kept.len() - places);
            }
            let c = with_legal_form(text, tokens, c);
            kept.push(c);
            cursor = c.end + 1;
            floor = tokens[c.end].end;
        }
    }
}

/// Whether `c`, an organisation from a head word that starts a name, is a word that describes
/// the organisation a list knows right after it ("die Nachrichtenagentur Xinhua", "die Bank
/// Barclays", "die Gewerkschaft Verdi"): the name is the known organisation's, as the corpora
/// annotate it (GermEval 2014 leaves the descriptor out in all 16 such spans of its dev and test
/// sets). `next` holds the candidates anchored at the token after the head word. A head word
/// that is an abbreviation ("FC Bayern", "SV Werder") is part of the name.
fn describes_known_organisation(
    text: &str,
    tokens: &[Token],
    c: &Candidate,
    next: &[Candidate],
) -> bool {
    c.priority == Priority::Rule(RuleRank::OrganisationPrefix)
        && c.anchor == c.start
        && {
            let head = tokens[c.start].text(text);
            head.chars().count() >= 4 && head.chars().skip(1).all(char::is_lowercase)
        }
        && next.iter().any(|k| {
            k.label == Label::Organisation
                && k.entry.is_some()
                && k.start == c.start + 1
                && k.end >= c.end
        })
}

/// Stage 1, after [`select`]: a place right after an organisation's word is the end of the
/// organisation's name ("Staatsgalerie Stuttgart", "Clinical Hospital Mostar", "TV Amberg",
/// "Financial Times Deutschland"): the kept place becomes, with the word or the organisation
/// before it, one organisation. The word before is a head word of the packs, a compound
/// ending in one ("Kammerorchester"), or a kept organisation's last word; one space between
/// them, on one line.
pub(crate) fn organisations_take_places(
    text: &str,
    tokens: &[Token],
    language: Option<Lang>,
    kept: &mut Vec<Candidate>,
) {
    let mut i = 0;
    while i < kept.len() {
        let c = kept[i];
        i += 1;
        if !c.label.is_place() || c.start == 0 {
            continue;
        }
        let p = c.start - 1;
        let word = &tokens[p];
        if word.kind != TokenKind::Word
            || !word.is_capitalised()
            || text[word.end..tokens[c.start].start] != *" "
        {
            continue;
        }
        let head = organisation::is_head(word.hash)
            || language.is_some_and(|l| organisation::is_compound_head(word.text(text), l));
        if !head {
            continue;
        }
        match (i >= 2).then(|| kept[i - 2]).filter(|k| k.end == p) {
            // A kept organisation ends with the head word ("Financial Times Deutschland").
            Some(k) if k.label == Label::Organisation => {
                kept[i - 2] = Candidate {
                    end: c.end,
                    entry: None,
                    origin: Origin::OrganisationRule,
                    ..k
                };
                kept.remove(i - 1);
                i -= 1;
            }
            // The head word is another name's ("Präsident", a person's title).
            Some(_) => {}
            None => {
                kept[i - 1] = Candidate {
                    anchor: p,
                    start: p,
                    label: Label::Organisation,
                    entry: None,
                    origin: Origin::OrganisationRule,
                    ..c
                };
            }
        }
    }
}

/// Stage 1, after [`organisations_take_places`]: a kept place takes in the generic place
/// words around it ("Lake Chad", "Kreis Flensburg", "East Perth", "Niger River"; the packs'
/// `place_words_before` and `place_words_after`, capitalised, one space between) and a place or
/// a compass word joined to it by a hyphen ("Hamburg-Blankenese", "Ost-Berlin",
/// "Münster-Nord"). The longer name is a place of its own: it has no entry, and a country
/// that became a lake or a region ("Lake Chad", "West Africa") is a region.
pub(crate) fn places_take_place_words(text: &str, tokens: &[Token], kept: &mut Vec<Candidate>) {
    let word = |k: usize, list: List| {
        tokens.get(k).is_some_and(|t| {
            t.kind == TokenKind::Word && t.is_capitalised() && lang::has(list, t.text(text))
        })
    };
    // Tokens a and b are apart by one space; joined by nothing.
    let spaced = |a: usize, b: usize| text[tokens[a].end..tokens[b].start] == *" ";
    let joined = |a: usize, b: usize| tokens[a].end == tokens[b].start;
    let hyphen = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Punct && t.text(text) == "-")
    };
    let compass = |k: usize| word(k, List::RegionPrefixes) || word(k, List::PlaceWordsBefore);
    let mut i = 0;
    while i < kept.len() {
        let c = kept[i];
        if !c.label.is_place() {
            i += 1;
            continue;
        }
        // The first token the candidate may take before it: after the kept claim before.
        let free = if i > 0 { kept[i - 1].end + 1 } else { 0 };
        let (mut start, mut end) = (c.start, c.end);
        // "City of Brampton", "Port of the Liverpool"; "of" is the one connector asked.
        let of = of_before(text, tokens, start).filter(|&w| w >= free);
        if let Some(w) = of.filter(|&w| word(w, List::PlaceWordsOf)) {
            start = w;
        } else if start > free
            && word(start - 1, List::PlaceWordsBefore)
            && spaced(start - 1, start)
        {
            start -= 1;
        } else if start >= free + 2
            && hyphen(start - 1)
            && joined(start - 2, start - 1)
            && joined(start - 1, start)
            && compass(start - 2)
        {
            start -= 2;
        }
        // What is kept after: a one-token place the name may take in, or a claim it stops at.
        let next = kept.get(i + 1).copied();
        let next_place = |k: usize| next.filter(|n| n.start == k && n.label.is_place());
        let next_free = |k: usize| next.is_none_or(|n| n.start > k);
        let n = end + 1;
        let mut took_next = false;
        if n < tokens.len()
            && word(n, List::PlaceWordsAfter)
            && spaced(end, n)
            && (next_free(n) || next_place(n).is_some_and(|p| p.end == n))
        {
            took_next = !next_free(n);
            end = n;
        } else if n + 1 < tokens.len() && hyphen(n) && joined(end, n) && joined(n, n + 1) {
            if let Some(p) = next_place(n + 1) {
                took_next = true;
                end = p.end;
            } else if next_free(n + 1) && compass(n + 1) {
                end = n + 1;
            }
        }
        if (start, end) != (c.start, c.end) {
            kept[i] = Candidate {
                anchor: start,
                start,
                end,
                label: if c.label == Label::Country {
                    Label::Region
                } else {
                    c.label
                },
                entry: None,
                origin: Origin::PlaceRule,
                ..c
            };
            if took_next {
                kept.remove(i + 1);
            }
        }
        i += 1;
    }
}

/// The capitalised word before "of" (or "of the") that ends right before token `k`, one
/// space between each, when there is one: "City of Brampton", "Army of the Potomac".
pub(crate) fn of_before(text: &str, tokens: &[Token], k: usize) -> Option<usize> {
    let spaced = |a: usize| text[tokens[a].end..tokens[a + 1].start] == *" ";
    let is = |a: usize, w: &str| tokens[a].text(text) == w && spaced(a);
    let mut j = k.checked_sub(1)?;
    if j > 0 && is(j, "the") {
        j -= 1;
    }
    let w = j.checked_sub(1)?;
    (is(j, "of") && tokens[w].is_capitalised() && spaced(w)).then_some(w)
}

/// The packs' legal forms as token hashes, sorted.
static LEGAL_FORMS: once_cell::sync::Lazy<Vec<u64>> = once_cell::sync::Lazy::new(|| {
    let mut v: Vec<u64> = crate::lang::all_of(|w| w.legal_forms)
        .map(|w| crate::token::token_hash(w.as_bytes()))
        .collect();
    v.sort_unstable();
    v.dedup();
    v
});

/// `c`, with the legal form right after it when it is an organisation a gazetteer knows
/// ("Hornbach AG", "Apple Inc"): the name a list holds without its legal form is the same
/// company, and the corpora's spans take the form in. One space between them, on one line.
fn with_legal_form(text: &str, tokens: &[Token], c: Candidate) -> Candidate {
    let next = c.end + 1;
    let takes = c.label == Label::Organisation
        && c.entry.is_some()
        && tokens.get(next).is_some_and(|t| {
            t.kind == crate::token::TokenKind::Word
                && text[tokens[c.end].end..t.start] == *" "
                && t.is_capitalised()
                && LEGAL_FORMS.binary_search(&t.hash).is_ok()
        });
    if takes {
        Candidate { end: next, ..c }
    } else {
        c
    }
}

/// How many of the last kept candidates `c`, an organisation found from its head word, takes
/// in: places and nationalities just before it ("Montreal Hockey Club", "American Medical
/// Association", "Bayerische Landesbank"), and only when nothing else kept reaches into its span;
/// None when it may not. Places name organisations more often than any other word does, and the
/// city's own mention would cut the name.
fn takes_in_places(tokens: &[Token], c: &Candidate, kept: &[Candidate]) -> Option<usize> {
    if !matches!(
        c.priority,
        Priority::Rule(RuleRank::OrganisationSuffix { .. })
    ) {
        return None;
    }
    // Places, people an organisation is named after ("Mercedes College"), and organisations
    // whose part it is ("George Washington University Hospital", "Generali Versicherung").
    let is_place = |k: &Candidate| {
        matches!(
            k.label,
            Label::City
                | Label::Region
                | Label::Country
                | Label::Nationality
                | Label::Person
                | Label::Organisation
        )
    };
    let places = kept
        .iter()
        .rev()
        .take_while(|k| k.start >= c.start && k.end < c.anchor && is_place(k))
        .count();
    // What is kept before the places must end before the organisation starts (the fuzzer found
    // "SC Q Q E" and "E S Lede Lede AG" sharing their "E").
    let before = &kept[..kept.len() - places];
    let clear = before
        .last()
        .is_none_or(|k| tokens[k.end].end <= tokens[c.start].start);
    (places > 0 && clear).then_some(places)
}

/// The mention a kept candidate gives: its text, and the entry's canonical name and id (for a
/// rule's candidate, the text and no id).
pub(crate) fn mention<'a>(
    lookup: &'a Lookup,
    text: &'a str,
    tokens: &[Token],
    c: &Candidate,
) -> Mention<'a> {
    let span = Span {
        start: tokens[c.start].start,
        end: tokens[c.end].end,
        ..Span::default()
    };
    let span_text = &text[span.start..span.end];
    let (canonical, id, country) = match c.entry {
        Some(e) => {
            let e = lookup.entry(e);
            (e.canonical, e.id, e.country)
        }
        None => (span_text, "", ""),
    };
    Mention {
        label: c.label,
        span,
        text: span_text,
        canonical,
        id,
        country,
        value: None,
        date: None,
        origin: c.origin,
    }
}

/// Stage 1, for dates: merges `dates` (sorted, disjoint) into `out` (sorted, disjoint). Where
/// a date overlaps mentions the longer side stays; on equal length the mention stays. The dates
/// kept are appended to `kept_dates` as byte ranges.
pub(crate) fn merge_dates<'a>(
    text: &'a str,
    dates: &mut Vec<DateCandidate>,
    out: &mut Vec<Mention<'a>>,
    kept_dates: &mut Vec<(usize, usize)>,
) {
    if dates.is_empty() {
        return;
    }
    // Marked and removed in one pass at the end, so that the binary searches below see the
    // mentions as they were.
    let mut dropped = vec![false; out.len()];
    let mut any_dropped = false;
    let first_kept = out.len();
    for d in dates.drain(..) {
        // Mentions are sorted and disjoint, so their ends are sorted too.
        let lo = out[..first_kept].partition_point(|e| e.span.end <= d.start);
        let hi = lo + out[lo..first_kept].partition_point(|e| e.span.start < d.end);
        let longest = out[lo..hi]
            .iter()
            .map(|e| e.span.end - e.span.start)
            .max()
            .unwrap_or(0);
        // "Mai" the surname against "Mai 2024" the month: the longer reading has more
        // evidence; on a tie the name, which a list knows.
        if longest >= d.end - d.start {
            continue;
        }
        for flag in &mut dropped[lo..hi] {
            *flag = true;
            any_dropped = true;
        }
        kept_dates.push((d.start, d.end));
        out.push(Mention {
            label: d.label,
            span: Span {
                start: d.start,
                end: d.end,
                ..Span::default()
            },
            text: &text[d.start..d.end],
            canonical: &text[d.start..d.end],
            id: "",
            country: "",
            value: Some(d.value),
            date: Some(d.info),
            origin: Origin::DateRule,
        });
    }
    if any_dropped {
        let mut k = 0;
        out.retain(|_| {
            k += 1;
            k > dropped.len() || !dropped[k - 1]
        });
    }
    out.sort_by_key(|m| m.span.start);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::find::{EntryId, Strength};
    use crate::token::tokenize;

    /// A candidate over tokens `start..=end` anchored at `anchor`.
    fn cand(anchor: usize, start: usize, end: usize, priority: Priority) -> Candidate {
        Candidate {
            anchor,
            start,
            end,
            label: Label::Organisation,
            entry: Some(EntryId { layer: 0, index: 0 }),
            origin: Origin::Gazetteer,
            priority,
        }
    }

    /// A city found by lookup at token `k`.
    fn place(anchor: usize, k: usize) -> Candidate {
        Candidate {
            label: Label::City,
            ..cand(anchor, k, k, name(k))
        }
    }

    fn name(end: usize) -> Priority {
        Priority::Name {
            end,
            strength: Strength::Exact(Reverse(0)),
        }
    }

    fn suffix(width: usize) -> Priority {
        Priority::Rule(RuleRank::OrganisationSuffix { width })
    }

    /// (start, end) token pairs of what [`select`] keeps.
    fn kept(text: &str, mut candidates: Vec<Candidate>) -> Vec<(usize, usize)> {
        let mut tokens = Vec::new();
        tokenize(text, &mut tokens);
        let mut kept = Vec::new();
        select(text, &tokens, &mut candidates, &mut kept);
        kept.iter().map(|c| (c.start, c.end)).collect()
    }

    #[test]
    fn select_keeps_the_best_candidate_at_each_anchor_and_skips_claimed_tokens() {
        let text = "a b c d e f g";
        type Row = (&'static str, Vec<Candidate>, Vec<(usize, usize)>);
        let table: &[Row] = &[
            ("nothing", vec![], vec![]),
            (
                "longest name at an anchor",
                vec![cand(0, 0, 0, name(0)), cand(0, 0, 2, name(2))],
                vec![(0, 2)],
            ),
            (
                "a name outranks a wider rule guess",
                vec![cand(2, 0, 2, suffix(2)), cand(2, 2, 2, name(2))],
                vec![(2, 2)],
            ),
            (
                "anchors inside a claim are skipped",
                vec![cand(0, 0, 2, name(2)), cand(1, 1, 3, name(3))],
                vec![(0, 2)],
            ),
            (
                "the first anchor wins, even when a later one is longer",
                vec![cand(1, 1, 2, name(2)), cand(2, 2, 6, name(6))],
                vec![(1, 2)],
            ),
            (
                "a head word does not reach into the mention before it",
                vec![
                    cand(0, 0, 1, name(1)),
                    cand(3, 1, 3, suffix(2)),
                    cand(3, 2, 3, suffix(1)),
                ],
                vec![(0, 1), (2, 3)],
            ),
            (
                "a head word's name takes in the place before it",
                vec![
                    place(0, 0),
                    cand(2, 0, 2, suffix(2)),
                    cand(2, 1, 2, suffix(1)),
                ],
                vec![(0, 2)],
            ),
            (
                "nor over the places into a mention kept before them",
                vec![
                    cand(0, 0, 2, Priority::Rule(RuleRank::OrganisationPrefix)),
                    place(3, 3),
                    cand(4, 2, 4, suffix(2)),
                    cand(4, 3, 4, suffix(1)),
                ],
                vec![(0, 2), (3, 4)],
            ),
            (
                "and a known organisation before it",
                vec![
                    cand(0, 0, 0, name(0)),
                    cand(2, 0, 2, suffix(2)),
                    cand(2, 1, 2, suffix(1)),
                ],
                vec![(0, 2)],
            ),
            (
                "but only one its own name reaches over",
                vec![cand(0, 0, 0, name(0)), cand(2, 1, 2, suffix(1))],
                vec![(0, 0), (1, 2)],
            ),
            (
                "given in any order",
                vec![cand(4, 4, 4, name(4)), cand(0, 0, 0, name(0))],
                vec![(0, 0), (4, 4)],
            ),
        ];
        for (what, candidates, want) in table {
            assert_eq!(&kept(text, candidates.clone()), want, "{what}");
        }
    }

    #[test]
    fn an_organisation_takes_in_the_place_after_its_head_word() {
        // (text, language, kept candidates as (start, end, label), what stays)
        type Row = (
            &'static str,
            Option<Lang>,
            Vec<(usize, usize, Label)>,
            Vec<(usize, usize, Label)>,
        );
        let (org, city, country, person) = (
            Label::Organisation,
            Label::City,
            Label::Country,
            Label::Person,
        );
        let table: &[Row] = &[
            (
                "die Staatsbank Stuttgart zeigt",
                Some(Lang::De),
                vec![(2, 2, city)],
                vec![(1, 2, org)],
            ),
            (
                "das Kammerorchester Prag spielt",
                Some(Lang::De),
                vec![(2, 2, city)],
                vec![(1, 2, org)],
            ),
            (
                "the Clinical Hospital Mostar is",
                Some(Lang::En),
                vec![(1, 2, org), (3, 3, city)],
                vec![(1, 3, org)],
            ),
            (
                "the Bank Austria said",
                None,
                vec![(2, 2, country)],
                vec![(1, 2, org)],
            ),
            // An English head inside a German word is no head; no compounds without a language.
            (
                "zur Silvesterparty Berlin gab",
                Some(Lang::De),
                vec![(2, 2, city)],
                vec![(2, 2, city)],
            ),
            (
                "das Kammerorchester Prag spielt",
                None,
                vec![(2, 2, city)],
                vec![(2, 2, city)],
            ),
            // Not over a line break or punctuation, not after a lower-case word, not into a
            // person's name.
            (
                "die Bank\nStuttgart",
                None,
                vec![(2, 2, city)],
                vec![(2, 2, city)],
            ),
            (
                "die Bank, Stuttgart",
                None,
                vec![(3, 3, city)],
                vec![(3, 3, city)],
            ),
            (
                "die bank Stuttgart",
                None,
                vec![(2, 2, city)],
                vec![(2, 2, city)],
            ),
            (
                "Herr Bank Stuttgart",
                None,
                vec![(0, 1, person), (2, 2, city)],
                vec![(0, 1, person), (2, 2, city)],
            ),
            ("in Stuttgart", None, vec![(1, 1, city)], vec![(1, 1, city)]),
        ];
        for (text, language, given, want) in table {
            let mut tokens = Vec::new();
            tokenize(text, &mut tokens);
            let mut kept: Vec<Candidate> = given
                .iter()
                .map(|&(s, e, label)| Candidate {
                    label,
                    ..cand(s, s, e, name(e))
                })
                .collect();
            organisations_take_places(text, &tokens, *language, &mut kept);
            let got: Vec<_> = kept.iter().map(|c| (c.start, c.end, c.label)).collect();
            assert_eq!(&got, want, "{text}");
        }
    }

    #[test]
    fn a_place_takes_in_generic_place_words_and_hyphenated_places() {
        // (text, kept candidates as (start, end, label), what stays)
        type Row = (
            &'static str,
            Vec<(usize, usize, Label)>,
            Vec<(usize, usize, Label)>,
        );
        let (org, city, region, country) = (
            Label::Organisation,
            Label::City,
            Label::Region,
            Label::Country,
        );
        let table: &[Row] = &[
            (
                "near Lake Chad",
                vec![(2, 2, country)],
                vec![(1, 2, region)],
            ),
            (
                "the Niger River",
                vec![(1, 1, country)],
                vec![(1, 2, region)],
            ),
            ("in East Perth", vec![(2, 2, city)], vec![(1, 2, city)]),
            (
                "from Kreis Flensburg",
                vec![(2, 2, city)],
                vec![(1, 2, city)],
            ),
            // A place word with "of" ("of the").
            (
                "the City of Brampton",
                vec![(3, 3, city)],
                vec![(1, 3, city)],
            ),
            (
                "the Port of the Liverpool",
                vec![(4, 4, city)],
                vec![(1, 4, city)],
            ),
            (
                "the city of Brampton",
                vec![(3, 3, city)],
                vec![(3, 3, city)],
            ),
            (
                "the Mayor of Brampton",
                vec![(3, 3, city)],
                vec![(3, 3, city)],
            ),
            // A one-token place after it is taken in too ("Island" is Iceland in German).
            (
                "on Divar Island today",
                vec![(1, 1, city), (2, 2, country)],
                vec![(1, 2, city)],
            ),
            // Hyphens: two places, a compass word before or after.
            (
                "in Hamburg-Blankenese wohnt",
                vec![(1, 1, city), (3, 3, city)],
                vec![(1, 3, city)],
            ),
            ("in Ost-Berlin", vec![(3, 3, city)], vec![(1, 3, city)]),
            ("bei Münster-Nord", vec![(1, 1, city)], vec![(1, 3, city)]),
            // German keeps the administrative word outside ("Kanton Thurgau"); nouns after a
            // hyphen stay outside too ("US-Präsident" is the country's mention).
            (
                "im Kanton Thurgau",
                vec![(2, 2, region)],
                vec![(2, 2, region)],
            ),
            (
                "der US-Präsident",
                vec![(1, 1, country)],
                vec![(1, 1, country)],
            ),
            // Not in lower case, not over spaces around a hyphen, a line break, or a claim.
            (
                "the lake Chad",
                vec![(2, 2, country)],
                vec![(2, 2, country)],
            ),
            (
                "Berlin - Hannover",
                vec![(0, 0, city), (2, 2, city)],
                vec![(0, 0, city), (2, 2, city)],
            ),
            ("Lake\nChad", vec![(1, 1, country)], vec![(1, 1, country)]),
            (
                "Lake Chad",
                vec![(0, 0, org), (1, 1, country)],
                vec![(0, 0, org), (1, 1, country)],
            ),
            // Only places.
            ("the Amazon River", vec![(1, 1, org)], vec![(1, 1, org)]),
        ];
        for (text, given, want) in table {
            let mut tokens = Vec::new();
            tokenize(text, &mut tokens);
            let mut kept: Vec<Candidate> = given
                .iter()
                .map(|&(s, e, label)| Candidate {
                    label,
                    ..cand(s, s, e, name(e))
                })
                .collect();
            places_take_place_words(text, &tokens, &mut kept);
            let got: Vec<_> = kept.iter().map(|c| (c.start, c.end, c.label)).collect();
            assert_eq!(&got, want, "{text}");
        }
    }

    #[test]
    fn a_word_that_describes_a_known_organisation_is_no_part_of_its_name() {
        let prefix = Priority::Rule(RuleRank::OrganisationPrefix);
        let rule = |anchor, start, end| Candidate {
            entry: None,
            origin: Origin::OrganisationRule,
            ..cand(anchor, start, end, prefix)
        };
        let person = |anchor, start, end| Candidate {
            label: Label::Person,
            ..cand(anchor, start, end, name(end))
        };
        type Row = (&'static str, Vec<Candidate>, Vec<(usize, usize)>);
        let table: &[Row] = &[
            // The head word describes the organisation a list knows: the known name alone.
            (
                "die Bank Barclays meldet",
                vec![rule(1, 1, 2), cand(2, 2, 2, name(2))],
                vec![(2, 2)],
            ),
            (
                "the Bank Barclays said",
                vec![rule(1, 1, 2), cand(2, 2, 2, name(2))],
                vec![(2, 2)],
            ),
            // An abbreviation is part of the name ("FC Bayern"); so is a name the rule makes
            // longer than the known one, and what follows a connector.
            (
                "der FC Bayern gewann",
                vec![rule(1, 1, 2), cand(2, 2, 2, name(2))],
                vec![(1, 2)],
            ),
            (
                "die Stiftung Warentest Berlin testet",
                vec![rule(1, 1, 3), cand(2, 2, 2, name(2))],
                vec![(1, 3)],
            ),
            (
                "die Bank of America wuchs",
                vec![rule(1, 1, 3), cand(3, 3, 3, name(3))],
                vec![(1, 3)],
            ),
            // Only a known organisation: not a person or a rule's guess after the head word.
            (
                "die Bank Müller zahlt",
                vec![rule(1, 1, 2), person(2, 2, 2)],
                vec![(1, 2)],
            ),
            (
                "die Bank Müller zahlt",
                vec![rule(1, 1, 2), rule(2, 2, 2)],
                vec![(1, 2)],
            ),
        ];
        for (text, candidates, want) in table {
            assert_eq!(&kept(text, candidates.clone()), want, "{text}");
        }
    }

    #[test]
    fn a_known_organisation_takes_in_its_legal_form() {
        let table = [
            ("Hornbach AG kam", Label::Organisation, vec![(0, 1)]),
            ("Apple Inc said", Label::Organisation, vec![(0, 1)]),
            // Not a rule's guess, not a person, not over a line break, not lower case.
            ("Hornbach\nAG kam", Label::Organisation, vec![(0, 0)]),
            ("Hornbach ag kam", Label::Organisation, vec![(0, 0)]),
            ("Hornbach AG kam", Label::Person, vec![(0, 0)]),
        ];
        for (text, label, want) in table {
            let c = Candidate {
                label,
                ..cand(0, 0, 0, name(0))
            };
            assert_eq!(kept(text, vec![c]), want, "{text}");
        }
    }

    #[test]
    fn equal_candidates_keep_their_finders_order() {
        let text = "a b";
        let mut first = cand(0, 0, 1, name(1));
        first.entry = Some(EntryId { layer: 0, index: 7 });
        let second = cand(0, 0, 1, name(1));
        let mut tokens = Vec::new();
        tokenize(text, &mut tokens);
        let mut kept = Vec::new();
        select(text, &tokens, &mut [first, second], &mut kept);
        assert_eq!(kept, [first]);
    }

    fn m(start: usize, end: usize) -> Mention<'static> {
        Mention {
            label: Label::Person,
            span: Span {
                start,
                end,
                ..Span::default()
            },
            text: "",
            canonical: "",
            id: "",
            country: "",
            value: None,
            date: None,
            origin: Origin::Gazetteer,
        }
    }

    #[test]
    fn dates_and_names_the_longer_side_stays_and_names_win_ties() {
        let text = "0123456789012345678901234567890";
        type Spans = Vec<(usize, usize)>;
        type Row = (&'static str, Spans, Spans, Vec<(usize, usize, bool)>);
        let table: &[Row] = &[
            (
                "disjoint",
                vec![(0, 3)],
                vec![(5, 9)],
                vec![(0, 3, false), (5, 9, true)],
            ),
            (
                "longer date wins",
                vec![(2, 5)],
                vec![(0, 9)],
                vec![(0, 9, true)],
            ),
            (
                "equal length: the name",
                vec![(0, 4)],
                vec![(2, 6)],
                vec![(0, 4, false)],
            ),
            (
                "longer name wins",
                vec![(0, 10)],
                vec![(5, 9)],
                vec![(0, 10, false)],
            ),
            (
                "a date over two names",
                vec![(0, 3), (4, 7), (12, 14)],
                vec![(2, 9)],
                vec![(2, 9, true), (12, 14, false)],
            ),
        ];
        for (what, names, dates, want) in table {
            let mut out: Vec<Mention> = names.iter().map(|&(s, e)| m(s, e)).collect();
            let mut dates: Vec<DateCandidate> = dates
                .iter()
                .map(|&(start, end)| DateCandidate {
                    start,
                    end,
                    value: "X".into(),
                    label: Label::Date,
                    info: crate::dates::DateInfo {
                        grain: crate::dates::Grain::Day,
                        year: crate::dates::DateYear::Neither,
                    },
                })
                .collect();
            let mut kept = Vec::new();
            merge_dates(text, &mut dates, &mut out, &mut kept);
            let got: Vec<_> = out
                .iter()
                .map(|m| (m.span.start, m.span.end, m.label == Label::Date))
                .collect();
            assert_eq!(&got, want, "{what}");
            assert_eq!(kept.len(), want.iter().filter(|w| w.2).count(), "{what}");
        }
    }
}
