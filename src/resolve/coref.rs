//! Stage 3 of the resolver: coreference. A capitalised word that lies outside every claim and is
//! the surname of a person found in the document ("Macron", or its genitive "Macrons", after
//! "Emmanuel Macron") becomes a mention of that person, with the person's canonical name and id
//! ([`Origin::Coreference`]).
//!
//! A surname that two different people of the document share is left unlinked. A defined
//! acronym ("… in Europa (OSZE)") and its later uses alone take the long form's identity.
//! Coreference is per document (per window for documents read window by window).

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use crate::find::acronym::Definition;
use crate::find::lookup::Lookup;
use crate::find::lookup::PrehashedKey;
use crate::find::{Candidate, EntryId};
use crate::gazetteer::Label;
use crate::lang::{self, List};
use crate::span::{Mention, Origin, Span};
use crate::token::{fold_into, token_hash, Token, TokenKind};

/// Coreference's buffers, reused from document to document.
#[derive(Debug, Default)]
pub(crate) struct CorefScratch {
    fold: Vec<u8>,
    /// Hash of a folded surname → indices (into the mentions) of the people who bear it, in
    /// text order.
    surnames: HashMap<u64, Vec<usize>, BuildHasherDefault<PrehashedKey>>,
}

/// Who a surname names in a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Bearer {
    /// The person of this mention (a full name where there is one).
    Person(usize),
    /// Two or more different people: the surname alone is left unlinked.
    Ambiguous,
}

/// Links lone surnames to the people they name, in three steps:
///
/// 1. every person in `out` is a bearer of its last word; a surname whose full-name bearers
///    are two different people is ambiguous ("Hans Müller" and "Eva Müller");
/// 2. a person found by a title ("Präsident Mirsijojew") whose word is a full name's surname
///    takes that person's canonical name and id;
/// 3. every token of `words` (capitalised words of three or more bytes, in text order) outside
///    `claims` (sorted, disjoint) and `dates` (byte ranges, sorted) that is a bearer's surname
///    or its genitive becomes a [`Origin::Coreference`] mention of that person (ambiguous:
///    a person with no canonical name or id); else, where exactly one person of the gazetteers
///    bears it where a name stands, a [`Origin::KnownSurname`] mention (where several do, one
///    with no canonical name or id, unless a capitalised word stands before it or a particle
///    after it); first in a sentence,
///    only when the same person stands elsewhere where a name stands, or when the word has
///    six letters or more and a lower-case word follows it.
///
/// `out` is sorted by start afterwards.
#[allow(clippy::too_many_arguments)]
pub(crate) fn link_surnames<'a>(
    lookup: &'a Lookup,
    text: &'a str,
    tokens: &[Token],
    words: &[usize],
    speech: &[usize],
    claims: &[Candidate],
    dates: &[(usize, usize)],
    scratch: &mut CorefScratch,
    out: &mut Vec<Mention<'a>>,
) {
    // Bearers first, so that a speaker who is a full name's surname is linked, not new.
    collect_bearers(out, scratch);
    if cue_people(lookup, text, tokens, speech, claims, dates, scratch, out) {
        collect_bearers(out, scratch);
    }
    relink_titled(out, scratch);
    surnames_over_names(text, tokens, scratch, out);
    // A 64-bit filter over the surnames' hashes: most capitalised words of a document are
    // turned away by one shift before the map is asked.
    let filter = scratch.surnames.keys().fold(0u64, |f, h| f | 1 << (h & 63));
    let in_doc = |h: u64| filter >> (h & 63) & 1 != 0;
    let found = out.len();
    let (mut c, mut d) = (0, 0);
    // Known surnames that open a sentence ("… . Steinmeier sagte"), kept back: each is a
    // mention only if the same person stands elsewhere in the document where a name stands.
    let mut opening: Vec<(usize, Option<EntryId>)> = Vec::new();
    let mut named: Vec<EntryId> = Vec::new();
    for &k in words {
        let t = &tokens[k];
        // The surname itself, or its genitive ("Macrons").
        let stem = (t.stem_hash != 0 && text.as_bytes()[t.end - 1] == b's').then_some(t.stem_hash);
        let bearer = [Some(t.hash), stem]
            .into_iter()
            .flatten()
            .filter(|&h| in_doc(h))
            .find_map(|h| scratch.surnames.get(&h).map(|b| bearer(out, b, t.start)));
        // The surname, or its genitive (which a noun may follow: "Merkels Sprecher"): the one
        // known person who bears it, or None when several do ("Bush", "Clinton": a person,
        // but nobody for sure).
        let known = |h: u64| {
            lookup
                .known_surname(h)
                .map(Some)
                .or_else(|| lookup.shared_surname(h).then_some(None))
        };
        let known = || {
            known(t.hash)
                .map(|e| (e, false))
                .or_else(|| stem.and_then(known).map(|e| (e, true)))
        };
        let mut held = None;
        // A surname of the document inside a longer name or after an article is no mention
        // of the person ("Stanley Cup", "South Beach", "the Bruins", after "Stanley" and
        // "Bruins" were taken for people's names).
        let noun = || {
            let genitive = stem.is_some() && !scratch.surnames.contains_key(&t.hash);
            in_longer_name(text, tokens, k, genitive)
        };
        let (canonical, id, source) = match bearer {
            Some(_) if noun() => continue,
            Some(Bearer::Person(m)) => (out[m].canonical, out[m].id, Origin::Coreference),
            Some(Bearer::Ambiguous) => (t.text(text), "", Origin::Coreference),
            None => match known() {
                Some((e, genitive)) => {
                    // A surname several people bear is often a noun too ("Herzog", "Braun"):
                    // not after another capitalised word ("Korrespondenz Herzog", "Richtung
                    // Braun") nor before "von" or "of" ("Herzog von Lothringen").
                    if e.is_none() && shared_stands_as_noun(text, tokens, k) {
                        continue;
                    }
                    match noun_position(text, tokens, k, genitive) {
                        Position::Name => named.extend(e),
                        Position::Opening => held = Some(e),
                        Position::Noun => continue,
                    }
                    match e.map(|e| lookup.entry(e)) {
                        Some(e) => (e.canonical, e.id, Origin::KnownSurname),
                        None => (t.text(text), "", Origin::KnownSurname),
                    }
                }
                _ => continue,
            },
        };
        // Asked only for the few words that are a surname: the claims and dates are walked
        // forward with the words, so this costs one comparison or two per hit.
        if covered(k, claims, &mut c)
            || in_date(t.start, t.end, dates, &mut d)
            || is_mention(&out[..found], t.start)
        {
            continue;
        }
        if let Some(e) = held {
            opening.push((k, e));
            continue;
        }
        out.push(added(
            Label::Person,
            t.start..t.end,
            t.text(text),
            canonical,
            id,
            source,
        ));
    }
    for (k, e) in opening {
        let t = &tokens[k];
        // Or, with no such evidence, a long surname (short ones are too often a word that may
        // open a sentence: "Weil", "Kurz", "May", "Son", "Hunt") before a lower-case word
        // ("Steinmeier sagte", "Berlusconi ist").
        let long_before_verb = t.text(text).chars().count() >= 6
            && tokens
                .get(k + 1)
                .is_some_and(|n| n.kind == TokenKind::Word && !n.is_capitalised());
        if !long_before_verb && !e.is_some_and(|e| named.contains(&e)) {
            continue;
        }
        let (canonical, id) = match e.map(|e| lookup.entry(e)) {
            Some(entry) => (entry.canonical, entry.id),
            None => (t.text(text), ""),
        };
        out.push(added(
            Label::Person,
            t.start..t.end,
            t.text(text),
            canonical,
            id,
            Origin::KnownSurname,
        ));
    }
    if out.len() > found {
        out.sort_by_key(|m| m.span.start);
    }
}

/// After linking: a known given name alone (`given`, tokens in text order) that is the first word
/// of a person named in full in the document ("Jared" after "Jared Leto") is a person, with
/// no canonical name or id of that person's: a given name alone never links, as siblings
/// ("Jared and Shannon Leto") share the surname, not the given name. Only where a name stands
/// (not after an article, a determiner or another capitalised word, nor before a capitalised
/// word: "Mehner Johann", "the Jared Foundation"), outside `claims` and `dates`, and not
/// where a gazetteer name starts. `out` is sorted by start afterwards.
pub(crate) fn given_names_of_people<'a>(
    text: &'a str,
    tokens: &[Token],
    given: &[usize],
    entry_starts: impl Fn(usize) -> bool,
    claims: &[Candidate],
    dates: &[(usize, usize)],
    out: &mut Vec<Mention<'a>>,
) {
    if given.is_empty() {
        return;
    }
    // The first words of the people named in full (a few per document), with the canonical
    // name of the one person who bears it, or None when two different people do ("Johann
    // Mehner", "Johann Rauter" in a list of names): then the given name alone names nobody.
    let mut firsts: Vec<(u64, Option<&str>)> = Vec::new();
    for m in out.iter().filter(|m| m.label == Label::Person) {
        let k = tokens.partition_point(|t| t.start < m.span.start);
        if k < tokens.len() && tokens[k].start == m.span.start && tokens[k].end < m.span.end {
            let h = tokens[k].hash;
            match firsts.iter_mut().find(|f| f.0 == h) {
                Some(f) => {
                    if f.1 != Some(m.canonical) {
                        f.1 = None;
                    }
                }
                None => firsts.push((h, Some(m.canonical))),
            }
        }
    }
    if firsts.is_empty() {
        return;
    }
    let found = out.len();
    let (mut c, mut d) = (0, 0);
    for &k in given {
        let t = &tokens[k];
        if !firsts.iter().any(|f| f.0 == t.hash && f.1.is_some())
            || t.end - t.start < 3
            || !t.is_capitalised()
            || entry_starts(k)
            || noun_position(text, tokens, k, false) == Position::Noun
            || k.checked_sub(1).is_some_and(|p| {
                tokens[p].kind == TokenKind::Word
                    && tokens[p].is_capitalised()
                    && !text[tokens[p].end..t.start].contains('\n')
            })
            || covered(k, claims, &mut c)
            || in_date(t.start, t.end, dates, &mut d)
            || is_mention(&out[..found], t.start)
        {
            continue;
        }
        let word = t.text(text);
        out.push(added(
            Label::Person,
            t.start..t.end,
            word,
            word,
            "",
            Origin::GivenName,
        ));
    }
    if out.len() > found {
        out.sort_by_key(|m| m.span.start);
    }
}

/// Gives each defined acronym ("… in Europa (OSZE)") the identity of its long form, and makes
/// every later use of it alone (a token of `words` outside `claims` and `dates`) a
/// [`Origin::Coreference`] mention of the same organisation. `out` is sorted by start after.
pub(crate) fn link_acronyms<'a>(
    text: &'a str,
    tokens: &[Token],
    words: &[usize],
    definitions: &[Definition],
    claims: &[Candidate],
    dates: &[(usize, usize)],
    out: &mut Vec<Mention<'a>>,
) {
    if definitions.is_empty() {
        return;
    }
    // The mention that covers byte `at`, if any.
    let at = |out: &[Mention<'_>], at: usize| {
        let k = out.partition_point(|m| m.span.end <= at);
        (k < out.len() && out[k].span.start <= at).then_some(k)
    };
    let mut defined: Vec<(u64, &'a str, &'a str, &'a str)> = Vec::new();
    for d in definitions {
        let (Some(long), Some(short)) = (
            at(out, tokens[d.end].start),
            at(out, tokens[d.acronym].start),
        ) else {
            continue;
        };
        if out[long].label != Label::Organisation || out[short].label != Label::Organisation {
            continue;
        }
        // The acronym's own gazetteer entry, if it has one, is kept.
        if out[short].id.is_empty() {
            (out[short].canonical, out[short].id) = (out[long].canonical, out[long].id);
        }
        let hash = tokens[d.acronym].hash;
        defined.push((hash, out[short].text, out[short].canonical, out[short].id));
    }
    let found = out.len();
    let (mut c, mut d) = (0, 0);
    for &k in words {
        let t = &tokens[k];
        let word = t.text(text);
        let Some(&(_, _, canonical, id)) = defined.iter().find(|a| a.0 == t.hash && a.1 == word)
        else {
            continue;
        };
        if covered(k, claims, &mut c) || in_date(t.start, t.end, dates, &mut d) {
            continue;
        }
        out.push(added(
            Label::Organisation,
            t.start..t.end,
            word,
            canonical,
            id,
            Origin::Coreference,
        ));
    }
    if out.len() > found {
        out.sort_by_key(|m| m.span.start);
    }
}

/// Whether one of `out` (sorted by start, disjoint) covers byte `at`.
fn is_mention(out: &[Mention<'_>], at: usize) -> bool {
    let k = out.partition_point(|m| m.span.start <= at);
    k > 0 && out[k - 1].span.end > at
}

/// Before linking: capitalised words outside every claim and date that a verb of saying marks as
/// a speaker ("sagte Parzinger", "Parzinger sagte", "…, so Parzinger.") become people of their
/// own ([`Origin::Cue`]), unless a person of the document or exactly one known person bears the
/// surname (linking gives that one). As people, they are bearers too: a later "Parzinger"
/// links to the first. Returns whether it added any.
#[allow(clippy::too_many_arguments)]
fn cue_people<'a>(
    lookup: &Lookup,
    text: &'a str,
    tokens: &[Token],
    speech: &[usize],
    claims: &[Candidate],
    dates: &[(usize, usize)],
    scratch: &CorefScratch,
    out: &mut Vec<Mention<'a>>,
) -> bool {
    let found = out.len();
    let verb = |k: usize, list: List| {
        tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Word && lang::has(list, t.text(text)))
    };
    // The words a verb of saying marks, from the few tokens that may be one (the pre-pass
    // collected them): the word after "sagte", "so" or '"…," said', the word before "sagte".
    let closing = |k: usize| {
        matches!(
            tokens[k].text(text),
            "\"" | "”" | "“" | "'" | "’" | "»" | "«"
        )
    };
    let mut marked: Vec<usize> = Vec::new();
    let mut quoted: Vec<usize> = Vec::new();
    let mut after_verb: Vec<usize> = Vec::new();
    for &v in speech {
        if verb(v, List::SpeechBefore)
            // "so" only as in "…, so Merkel." (the speaker ends the clause) or "…, so Blecha
            // abschließend".
            && (tokens[v].text(text) != "so"
                || tokens.get(v + 2).is_none_or(|n| {
                    n.kind == TokenKind::Punct
                        || (v > 0
                            && tokens[v - 1].text(text) == ","
                            && n.kind == TokenKind::Word
                            && !n.is_capitalised()
                            && tokens.get(v + 3).is_none_or(|m| m.kind == TokenKind::Punct))
                }))
        {
            marked.push(v + 1);
            after_verb.push(v + 1);
        }
        if v > 0
            && verb(v, List::SpeechAfterQuote)
            && (tokens[v - 1].text(text) == "," || closing(v - 1))
        {
            marked.push(v + 1);
            after_verb.push(v + 1);
        }
        // '"…," Johnson said': the word between a quote closed after a comma and the verb
        // (first in its clause, so it may stand where a sentence opens).
        if v > 2
            && verb(v, List::SpeechAfterQuote)
            && closing(v - 2)
            && tokens[v - 3].text(text) == ","
        {
            marked.push(v - 1);
            quoted.push(v - 1);
        }
        if v > 0 && verb(v, List::SpeechAfter) {
            marked.push(v - 1);
        }
    }
    marked.sort_unstable();
    marked.dedup();
    let (mut c, mut d) = (0, 0);
    let name_word = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.is_capitalised()
                && crate::find::is_surname_like(t.text(text))
                && !t.text(text).chars().all(char::is_uppercase)
                && lookup.known_surname(t.hash).is_none()
                && !scratch.surnames.contains_key(&t.hash)
        })
    };
    for k in marked {
        let Some(t) = tokens.get(k) else { continue };
        let word = t.text(text);
        // Two unknown name words right after the verb, where a name stands ("sagt Yu Nan.",
        // "sagte Ed Rappaport vom Zentrum"): given name and surname.
        if after_verb.contains(&k)
            && name_word(k)
            && !crate::find::person::is_role(word)
            && name_word(k + 1)
            && noun_position(text, tokens, k + 1, false) == Position::Name
            && !text[t.end..tokens[k + 1].start].contains('\n')
        {
            let n = &tokens[k + 1];
            if covered(k, claims, &mut c)
                || covered(k + 1, claims, &mut c)
                || in_date(t.start, n.end, dates, &mut d)
            {
                continue;
            }
            let span = &text[t.start..n.end];
            out.push(added(
                Label::Person,
                t.start..n.end,
                span,
                span,
                "",
                Origin::Cue,
            ));
            continue;
        }
        // A capitalised word after the cue word makes this one a role ("sagte
        // Verbandsdirektor Volker Leienbach"): the name is the next words'.
        if t.kind != TokenKind::Word
            || t.end - t.start < 3
            || !t.is_capitalised()
            || !crate::find::is_surname_like(word)
            || lookup.known_surname(t.hash).is_some()
            || scratch.surnames.contains_key(&t.hash)
            || match noun_position(text, tokens, k, false) {
                Position::Name => false,
                Position::Opening => !quoted.contains(&k),
                Position::Noun => true,
            }
        {
            continue;
        }
        if covered(k, claims, &mut c) || in_date(t.start, t.end, dates, &mut d) {
            continue;
        }
        out.push(added(
            Label::Person,
            t.start..t.end,
            word,
            word,
            "",
            Origin::Cue,
        ));
    }
    if out.len() > found {
        out.sort_by_key(|m| m.span.start);
    }
    out.len() > found
}

/// Step 1: every person in `out` as a bearer of its last word.
fn collect_bearers(out: &[Mention<'_>], scratch: &mut CorefScratch) {
    scratch.surnames.clear();
    for (k, m) in out.iter().enumerate() {
        if m.label != Label::Person {
            continue;
        }
        // The last word of the mention is its surname (particles and given names come first
        // in every language the packs cover; "Xi Jinping" style names are linked by "Jinping"
        // only, a known gap).
        let Some(last) = last_word(m.text) else {
            continue;
        };
        // Short or lower-case last words ("Li", "da") would link too much.
        if last.chars().count() < 3 || !last.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let key = folded_hash(last, &mut scratch.fold);
        scratch.surnames.entry(key).or_default().push(k);
    }
}

/// The last word of a name.
fn last_word(name: &str) -> Option<&str> {
    name.rsplit(|c: char| !(c.is_alphanumeric() || c == '\u{0308}'))
        .find(|w| !w.is_empty())
}

/// Whether a name is one word (a title's surname, "Mirsijojew").
fn one_word(name: &str) -> bool {
    last_word(name).is_some_and(|w| w.len() == name.len())
}

/// Who the bearers `people` (indices into `out`, in text order) name for a surname at byte
/// `at`: the full names decide when there are any (one person, or ambiguous), else the
/// nearest one-word bearer before, else the first after.
fn bearer(out: &[Mention<'_>], people: &[usize], at: usize) -> Bearer {
    let mut full = people.iter().copied().filter(|&m| !one_word(out[m].text));
    if let Some(first) = full.next() {
        let same =
            |m: usize| (out[m].canonical, out[m].id) == (out[first].canonical, out[first].id);
        return if full.all(same) {
            Bearer::Person(first)
        } else {
            Bearer::Ambiguous
        };
    }
    let before = people.partition_point(|&m| out[m].span.start < at);
    Bearer::Person(people[before.saturating_sub(1)])
}

/// Step 2: one-word people found by a title take the canonical name and id of the full name
/// whose surname they are.
fn relink_titled(out: &mut [Mention<'_>], scratch: &mut CorefScratch) {
    for people in scratch.surnames.values() {
        for &m in people {
            if out[m].origin != Origin::Title || !one_word(out[m].text) {
                continue;
            }
            if let Bearer::Person(p) = bearer(out, people, out[m].span.start) {
                if p != m {
                    (out[m].canonical, out[m].id) = (out[p].canonical, out[p].id);
                }
            }
        }
    }
}

/// Step 2b: a one-word city or region of the document that is the surname of one person
/// named in full in it ("Belgrano" after "Manuel Belgrano"), or a company whose name is that
/// surname with a possessive ("Carter 's" after "Jimmy Carter"), is that person, unless the
/// document uses the name as a place: a preposition of place stands before it there or
/// anywhere else in the document ("in Merano" after "Anna Merano"). The gazetteers name the
/// place or company; the document names the person, and says more.
fn surnames_over_names(
    text: &str,
    tokens: &[Token],
    scratch: &mut CorefScratch,
    out: &mut [Mention<'_>],
) {
    if scratch.surnames.is_empty() {
        return;
    }
    // Per place name of the document (folded): how often it stands after a preposition of
    // place, and how often in all.
    let mut places: Vec<(u64, u32, u32)> = Vec::new();
    for m in out.iter() {
        if !matches!(m.label, Label::City | Label::Region) {
            continue;
        }
        let k = tokens.partition_point(|t| t.start < m.span.start);
        // After a preposition of place, or an address's part: "…, Merano, Postgasse 14",
        // "Merano: Corso Principe Umberto".
        let before = k.checked_sub(1).map(|p| tokens[p].text(text));
        let after = tokens
            .get(tokens.partition_point(|t| t.start < m.span.end))
            .map(|t| t.text(text));
        let placed = before.is_some_and(|w| lang::has(List::PlacePrepositions, w))
            || (before == Some(",") && after == Some(","))
            || after == Some(":");
        let key = folded_hash(m.text, &mut scratch.fold);
        match places.iter_mut().find(|p| p.0 == key) {
            Some(p) => (p.1, p.2) = (p.1 + u32::from(placed), p.2 + 1),
            None => places.push((key, u32::from(placed), 1)),
        }
    }
    // A name that stands so once in four times or more is a place in this document ("in
    // Merano", "Merano, Postgasse 14"); a person's surname does so by chance ("in Belgrano's
    // army").
    let is_place = |key: u64| {
        places
            .iter()
            .any(|&(k, placed, all)| k == key && placed > 0 && 4 * placed >= all)
    };
    for m in 0..out.len() {
        let (label, span) = (out[m].label, out[m].span);
        if !matches!(label, Label::City | Label::Region | Label::Organisation) {
            continue;
        }
        let name = out[m].text;
        // The surname and, for a company, the possessive after it.
        let surname = match label {
            Label::Organisation => match name
                .strip_suffix("'s")
                .or_else(|| name.strip_suffix("’s"))
                .map(str::trim_end)
            {
                Some(s) => s,
                None => continue,
            },
            _ => name,
        };
        if surname.is_empty() || !one_word(surname) || surname.chars().count() < 3 {
            continue;
        }
        let key = folded_hash(surname, &mut scratch.fold);
        if is_place(key) {
            continue;
        }
        let Some(people) = scratch.surnames.get(&key) else {
            continue;
        };
        let Bearer::Person(p) = bearer(out, people, span.start) else {
            continue;
        };
        if one_word(out[p].text) {
            continue;
        }
        let (canonical, id) = (out[p].canonical, out[p].id);
        let start = span.start;
        let text = &name[..surname.len()];
        out[m] = added(
            Label::Person,
            start..start + surname.len(),
            text,
            canonical,
            id,
            Origin::Coreference,
        );
    }
}

/// A mention that coreference adds: `label` over the byte range `span`, with the identity
/// (`canonical`, `id`) of what it links to. Character offsets are filled in after.
fn added<'a>(
    label: Label,
    span: std::ops::Range<usize>,
    text: &'a str,
    canonical: &'a str,
    id: &'a str,
    origin: Origin,
) -> Mention<'a> {
    Mention {
        label,
        span: Span {
            start: span.start,
            end: span.end,
            ..Span::default()
        },
        text,
        canonical,
        id,
        country: "",
        value: None,
        date: None,
        origin,
    }
}

/// The token hash of `name` folded, with `buf` as the folding buffer.
fn folded_hash(name: &str, buf: &mut Vec<u8>) -> u64 {
    buf.clear();
    fold_into(name, buf);
    token_hash(buf)
}

/// Whether token `k` stands after an article, or between capitalised words of one line: after
/// one that opens no sentence, or before one (not for a genitive: "Merkels Sprecher").
fn in_longer_name(text: &str, tokens: &[Token], k: usize, genitive: bool) -> bool {
    let word = |j: usize| tokens.get(j).filter(|t| t.kind == TokenKind::Word);
    let on_line = |a: usize, b: usize| !text[tokens[a].end..tokens[b].start].contains('\n');
    let after = k.checked_sub(1).and_then(word).is_some_and(|p| {
        on_line(k - 1, k)
            && (lang::has(List::Articles, p.text(text))
                || (p.is_capitalised()
                    && noun_position(text, tokens, k - 1, false) != Position::Opening))
    });
    let before = !genitive
        && word(k + 1).is_some_and(|n| n.is_capitalised() && n.start > tokens[k].end)
        && on_line(k, k + 1);
    after || before
}

/// Whether the shared surname at token `k` follows a capitalised word or comes before a
/// particle or "of" (see [`link_surnames`]).
fn shared_stands_as_noun(text: &str, tokens: &[Token], k: usize) -> bool {
    let after_capitalised = k
        .checked_sub(1)
        .is_some_and(|p| tokens[p].kind == TokenKind::Word && tokens[p].is_capitalised());
    let before_particle = tokens.get(k + 1).is_some_and(|n| {
        let w = n.text(text);
        n.kind == TokenKind::Word && (w == "of" || lang::has(List::Particles, w))
    });
    after_capitalised || before_particle
}

/// Where a capitalised word stands, as [`noun_position`] tells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Position {
    /// Where a name stands.
    Name,
    /// First in a sentence or a line, and nothing else against a name: every German noun
    /// stands so, and so does every surname.
    Opening,
    /// Where a noun stands, or in capitals, or as part of a longer name or a compound.
    Noun,
}

/// Where a lone capitalised word at token `k` stands: where a noun would rather than a name
/// at the start of a sentence or a line (every word is capitalised there), after an article, a
/// determiner or a number ("die Kraft", "im Laden", "35 Jobs": German capitalises its nouns,
/// and "Kraft", "Laden" and "Jobs" are surnames too), in capitals, or before another
/// capitalised word (part of a longer name; a genitive may stand before a noun).
fn noun_position(text: &str, tokens: &[Token], k: usize, genitive: bool) -> Position {
    let Some(prev) = k.checked_sub(1).map(|p| &tokens[p]) else {
        return Position::Opening;
    };
    let t = &tokens[k];
    let between = &text[prev.end..t.start];
    let w = prev.text(text);
    // "MÜLLER" in a by-line or a headline, "35 Jobs", "Key Visual": a heading, a count of
    // things, a longer name.
    let shouted = t
        .text(text)
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    // "Grünen-Fraktionsvize", "Merkel-Regierung": the first part of a compound.
    let compound = tokens.get(k + 1).is_some_and(|n| {
        n.start == t.end
            && text[n.start..n.end] == *"-"
            && tokens.get(k + 2).is_some_and(|m| m.start == n.end)
    });
    let next_capitalised = !genitive
        && tokens.get(k + 1).is_some_and(|n| {
            n.kind == TokenKind::Word
                && n.is_capitalised()
                && !text[t.end..n.start].contains('\n')
                && n.start > t.end
        });
    if shouted
        || compound
        || next_capitalised
        || prev.kind == TokenKind::Number
        || matches!(w, "(" | "-" | "–" | "—")
        || lang::has(List::Articles, w)
        || lang::has(List::Determiners, w)
        // "Seine Frau", "Eine Geliebte": a determiner that opens a sentence.
        || (prev.is_capitalised() && lang::has(List::Determiners, &w.to_lowercase()))
    {
        Position::Noun
    } else if between.contains('\n')
        || matches!(
            w,
            "." | "!" | "?" | ":" | "\"" | "„" | "“" | "”" | "«" | "»"
        )
    {
        Position::Opening
    } else {
        Position::Name
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
    use crate::find::testing::lookup;
    use crate::find::{Priority, RuleRank};
    use crate::token::tokenize;

    /// A person found before coreference: the word, its canonical name and id, its origin.
    type Person = (&'static str, &'static str, &'static str, Origin);

    /// A person mention after coreference: text, canonical name, id, origin.
    type Linked = (String, String, String, &'static str);

    /// `(text, canonical, id, origin)` of every person mention after [`link_surnames`], when
    /// `people` were found (and claimed), `dates` kept, and `known` (CSV rows) is the
    /// gazetteer.
    fn linked(text: &str, people: &[Person], dates: &[(usize, usize)], known: &str) -> Vec<Linked> {
        let lookup = lookup(known, false);
        let mut tokens = Vec::new();
        tokenize(text, &mut tokens);
        let mut out: Vec<Mention> = people
            .iter()
            .map(|&(w, canonical, id, source)| {
                let start = text.find(w).unwrap();
                Mention {
                    label: Label::Person,
                    span: Span {
                        start,
                        end: start + w.len(),
                        ..Span::default()
                    },
                    text: &text[start..start + w.len()],
                    canonical,
                    id,
                    country: "",
                    value: None,
                    date: None,
                    origin: source,
                }
            })
            .collect();
        out.sort_by_key(|m| m.span.start);
        let claims = claims_of(&tokens, &out);
        let words: Vec<usize> = (0..tokens.len())
            .filter(|&k| {
                let t = &tokens[k];
                t.kind == TokenKind::Word && t.end - t.start >= 3 && t.is_capitalised()
            })
            .collect();
        // A superset of the verbs of saying: cue_people checks each against the packs.
        let speech: Vec<usize> = (0..tokens.len()).collect();
        let mut scratch = CorefScratch::default();
        link_surnames(
            &lookup,
            text,
            &tokens,
            &words,
            &speech,
            &claims,
            dates,
            &mut scratch,
            &mut out,
        );
        out.iter()
            .map(|m| {
                let t = (m.text.into(), m.canonical.into(), m.id.into());
                (t.0, t.1, t.2, m.origin.as_str())
            })
            .collect()
    }

    fn row(
        t: &str,
        c: &str,
        id: &str,
        source: &'static str,
    ) -> (String, String, String, &'static str) {
        (t.into(), c.into(), id.into(), source)
    }

    const MACRON: Person = (
        "Emmanuel Macron",
        "Emmanuel Macron",
        "Q1",
        Origin::Gazetteer,
    );

    /// The claims the mentions `out` make, as the resolver's candidates over `tokens`.
    fn claims_of(tokens: &[Token], out: &[Mention]) -> Vec<Candidate> {
        out.iter()
            .map(|m| {
                let start = tokens.iter().position(|t| t.start == m.span.start).unwrap();
                let end = tokens.iter().position(|t| t.end == m.span.end).unwrap();
                Candidate {
                    anchor: start,
                    start,
                    end,
                    label: Label::Person,
                    entry: None,
                    origin: m.origin,
                    priority: Priority::Rule(RuleRank::Title),
                }
            })
            .collect()
    }
    #[test]
    fn surnames_link_to_the_person_before_or_after() {
        let full = row("Emmanuel Macron", "Emmanuel Macron", "Q1", "gazetteer");
        let macron = |t| row(t, "Emmanuel Macron", "Q1", "coreference");
        assert_eq!(
            linked(
                "Emmanuel Macron kam. Macron sprach, Macrons Rede.",
                &[MACRON],
                &[],
                ""
            ),
            [full.clone(), macron("Macron"), macron("Macrons")]
        );
        assert_eq!(
            linked("Macron sprach. Emmanuel Macron kam.", &[MACRON], &[], ""),
            [macron("Macron"), full.clone()]
        );
        // Not a word inside another, not lower case.
        assert_eq!(
            linked("Emmanuel Macron. macron Macronismus", &[MACRON], &[], ""),
            [full]
        );
    }

    #[test]
    fn a_surname_inside_a_longer_name_or_after_an_article_is_no_mention() {
        let stanley = ("Ken Stanley", "Ken Stanley", "", Origin::GivenName);
        let full = row("Ken Stanley", "Ken Stanley", "", "given-name");
        let table: &[(&str, Vec<Linked>)] = &[
            (
                "Ken Stanley kam. Gestern sagte Stanley etwas. Stanley ging.",
                vec![
                    full.clone(),
                    row("Stanley", "Ken Stanley", "", "coreference"),
                    row("Stanley", "Ken Stanley", "", "coreference"),
                ],
            ),
            ("Ken Stanley won the Stanley Cup.", vec![full.clone()]),
            (
                "Ken Stanley kam. Das Team Stanley gewann.",
                vec![full.clone()],
            ),
            ("Ken Stanley won. Then the Stanley won.", vec![full.clone()]),
        ];
        for (text, want) in table {
            assert_eq!(&linked(text, &[stanley], &[], ""), want, "{text}");
        }
    }

    #[test]
    fn the_full_names_canonical_also_when_the_alias_is_spelt_otherwise() {
        let zelensky = (
            "Wolodymyr Selenskyj",
            "Volodymyr Zelenskyy",
            "Q3881",
            Origin::Gazetteer,
        );
        let got = linked(
            "Wolodymyr Selenskyj sprach. Selenskyj sagte.",
            &[zelensky],
            &[],
            "",
        );
        assert_eq!(
            got[1],
            row("Selenskyj", "Volodymyr Zelenskyy", "Q3881", "coreference")
        );
    }

    #[test]
    fn a_surname_after_a_title_takes_the_full_names_identity() {
        let people = [
            (
                "Schawkat Mirsijojew",
                "Shavkat Mirziyoyev",
                "Q1",
                Origin::Gazetteer,
            ),
            ("Mirsijojew", "Mirsijojew", "", Origin::Title),
        ];
        let text = "Schawkat Mirsijojew kam. Präsident Mirsijojew sagte.";
        assert_eq!(
            linked(text, &people, &[], "")[1],
            row("Mirsijojew", "Shavkat Mirziyoyev", "Q1", "title")
        );
    }

    #[test]
    fn a_surname_two_people_share_is_left_unlinked() {
        let people = [
            ("Hans Müller", "Hans Müller", "Q1", Origin::GivenName),
            ("Eva Müller", "Eva Müller", "Q2", Origin::GivenName),
        ];
        let got = linked(
            "Hans Müller, Eva Müller. Dann sagte Müller nichts.",
            &people,
            &[],
            "",
        );
        assert_eq!(got[2], row("Müller", "Müller", "", "coreference"));
        // The same person twice is one person.
        let twice = [
            ("Hans Müller", "Hans Müller", "Q1", Origin::GivenName),
            ("Hans  Müller", "Hans Müller", "Q1", Origin::GivenName),
        ];
        let got = linked(
            "Hans Müller, Hans  Müller. Dann sagte Müller nichts.",
            &twice,
            &[],
            "",
        );
        assert_eq!(got[2], row("Müller", "Hans Müller", "Q1", "coreference"));
    }

    #[test]
    fn a_verb_of_saying_marks_a_speaker() {
        let cue = |t| vec![row(t, t, "", "cue")];
        let table: &[(&str, Vec<Linked>)] = &[
            (
                "„Das ist gut“, sagte Parzinger am Montag.",
                cue("Parzinger"),
            ),
            ("Parzinger sagte, das sei gut.", vec![]),
            ("Gestern Parzinger sagte es.", cue("Parzinger")),
            ("Das sei gut, so Parzinger.", cue("Parzinger")),
            ("\"It is good,\" said Johnson.", cue("Johnson")),
            ("\"It is good,\" Johnson said.", cue("Johnson")),
            (
                "„Ich konnte nichts machen“, klagt Dumbreck.",
                cue("Dumbreck"),
            ),
            ("Das sei gut, so Blecha abschließend.", cue("Blecha")),
            ("Das sei gut, meint Blecha.", cue("Blecha")),
            // Two unknown name words after the verb; not a role before a name.
            ("Das ist gut, sagt Yu Nan.", cue("Yu Nan")),
            (
                "„Warm“, sagte Ed Rappaport vom Zentrum.",
                cue("Ed Rappaport"),
            ),
            ("sagte Geschäftsführer Zumwinkel.", vec![]),
            ("sagte Vorstand Zumwinkel.", vec![]),
            // A participle, a pronoun, a noun after a determiner that opens the sentence, a
            // plural noun after "so".
            ("Damit werden frühere Angaben bestätigt.", vec![]),
            ("Und was sagen Sie dazu?", vec![]),
            ("Seine Frau klagte über Schmerzen.", vec![]),
            (
                "Das sei gut, so Sachverständige bei den Untersuchungen.",
                vec![],
            ),
            ("The company said it would.", vec![]),
            // A role before the name, a noun, a thing said about, a compound.
            ("sagte Verbandsdirektor Volker Leienbach", vec![]),
            ("Das sagte der Minister.", vec![]),
            ("Putin says West is worried.", vec![]),
            ("so Gott will", vec![]),
            ("sagte Grünen-Fraktionsvize Meier", vec![]),
        ];
        for (text, want) in table {
            assert_eq!(&linked(text, &[], &[], ""), want, "{text}");
        }
        // A later use alone links to the speaker.
        let got = linked("Das sei gut, so Parzinger. Parzinger kam.", &[], &[], "");
        assert_eq!(got[1], row("Parzinger", "Parzinger", "", "coreference"));
    }

    #[test]
    fn words_inside_dates_are_not_surnames() {
        let people = [("Thomas Freitag", "Thomas Freitag", "", Origin::GivenName)];
        let text = "Thomas Freitag kam am Freitag.";
        let friday = text.rfind("Freitag").unwrap();
        assert_eq!(linked(text, &people, &[], "").len(), 2);
        assert_eq!(
            linked(text, &people, &[(friday - 3, friday + 7)], "").len(),
            1
        );
    }

    #[test]
    fn a_known_persons_surname_alone_where_a_name_stands() {
        let known =
            "person,Angela Merkel,,Q567\nperson,Olaf Scholz,,Q61053\nperson,Hans Scholz,,\n\
                     person,Hannelore Kraft,,Q1\n";
        let merkel = |t| vec![row(t, "Angela Merkel", "Q567", "known-surname")];
        let table: &[(&str, Vec<Linked>)] = &[
            ("Gestern sagte Merkel, sie komme.", merkel("Merkel")),
            ("Das sah auch Merkels Sprecher so.", merkel("Merkels")),
            // First in a sentence: a long surname before a lower-case word, in German and
            // English; a short one only when the person stands elsewhere where a name stands.
            ("Merkel kam.", merkel("Merkel")),
            ("Es regnet. Merkel said so.", merkel("Merkel")),
            ("Kraft fehlt.", vec![]),
            ("Kraft is back.", vec![]),
            (
                "Kraft kam. Gestern sagte Kraft etwas.",
                vec![
                    row("Kraft", "Hannelore Kraft", "Q1", "known-surname"),
                    row("Kraft", "Hannelore Kraft", "Q1", "known-surname"),
                ],
            ),
            // Where every word is capitalised, or a noun stands: no evidence.
            ("Merkel Stiftung.", vec![]),
            ("Das. Merkel-Regierung kam.", vec![]),
            ("Die Kraft fehlt, sagte er.", vec![]),
            ("Es ist in Kraft.", vec![]),
            ("Gestern sagte MERKEL etwas.", vec![]),
            ("Die Merkel Stiftung.", vec![]),
            // Two known people share the surname: nobody for sure (the cue makes it a person,
            // unlinked).
            (
                "Gestern sagte Scholz etwas.",
                vec![row("Scholz", "Scholz", "", "cue")],
            ),
            // Without a cue, a shared surname is a person too, linked to nobody; but not after
            // a capitalised word or before "von" / "of", where such words are nouns.
            (
                "Das wollte Scholz nicht.",
                vec![row("Scholz", "Scholz", "", "known-surname")],
            ),
            (
                "It was Scholz who won.",
                vec![row("Scholz", "Scholz", "", "known-surname")],
            ),
            ("Die Korrespondenz Scholz meldet es.", vec![]),
            ("Das kam von Scholz von Hamburg.", vec![]),
            ("the duke Scholz of Kent", vec![]),
            // The first part of a compound.
            ("Die Merkel-Regierung kam.", vec![]),
        ];
        for (text, want) in table {
            assert_eq!(&linked(text, &[], &[], known), want, "{text}");
        }
    }

    /// The person mentions after [`given_names_of_people`] as (text, canonical, origin), when
    /// `people` (full names, claimed) were found, `given` are the document's known given names
    /// and `places` words where a gazetteer name starts.
    fn alone(text: &str, people: &[&str], given: &[&str], places: &[&str]) -> Vec<String> {
        let mut tokens = Vec::new();
        tokenize(text, &mut tokens);
        let mut out: Vec<Mention> = people
            .iter()
            .map(|&w| {
                let start = text.find(w).unwrap();
                added(
                    Label::Person,
                    start..start + w.len(),
                    &text[start..start + w.len()],
                    w,
                    "",
                    Origin::GivenName,
                )
            })
            .collect();
        out.sort_by_key(|m| m.span.start);
        let claims = claims_of(&tokens, &out);
        let is = |k: usize, list: &[&str]| list.contains(&tokens[k].text(text));
        let given: Vec<usize> = (0..tokens.len()).filter(|&k| is(k, given)).collect();
        given_names_of_people(
            text,
            &tokens,
            &given,
            |k| is(k, places),
            &claims,
            &[],
            &mut out,
        );
        out.iter()
            .map(|m| format!("{}|{}|{}", m.text, m.canonical, m.origin.as_str()))
            .collect()
    }

    /// Text, the people found in full, the words where a place's name starts, the person
    /// mentions after.
    type AloneRow = (
        &'static str,
        &'static [&'static str],
        &'static [&'static str],
        &'static [&'static str],
    );

    #[test]
    fn a_given_name_alone_is_a_person_named_in_full_elsewhere() {
        let g = &["Jared", "Shannon", "Johann", "Maria", "Jordan"];
        let table: &[AloneRow] = &[
            (
                "Jared Leto founded it, and later Jared left.",
                &["Jared Leto"],
                &[],
                &["Jared Leto|Jared Leto|given-name", "Jared|Jared|given-name"],
            ),
            (
                "Tochter Maria Huber kam. Maria sagte nichts.",
                &["Maria Huber"],
                &[],
                &[
                    "Maria Huber|Maria Huber|given-name",
                    "Maria|Maria|given-name",
                ],
            ),
            // Before the full name too, and at the start of a sentence.
            (
                "Jared sang. Then Jared Leto left.",
                &["Jared Leto"],
                &[],
                &["Jared|Jared|given-name", "Jared Leto|Jared Leto|given-name"],
            ),
            // No one of the document bears it in full.
            (
                "Shannon sang with Jared Leto.",
                &["Jared Leto"],
                &[],
                &["Jared Leto|Jared Leto|given-name"],
            ),
            // Two people bear it: a list of names, nobody for sure.
            (
                "Johann Mehner, Johann Rauter und Johann.",
                &["Johann Mehner", "Johann Rauter"],
                &[],
                &[
                    "Johann Mehner|Johann Mehner|given-name",
                    "Johann Rauter|Johann Rauter|given-name",
                ],
            ),
            // After an article or a capitalised word, before a capitalised word, or where a
            // place's name starts.
            (
                "Maria Huber kam. Die Maria, Huber Maria, Maria Theresia.",
                &["Maria Huber"],
                &[],
                &["Maria Huber|Maria Huber|given-name"],
            ),
            (
                "Michael Jordan played in Jordan.",
                &["Michael Jordan"],
                &["Jordan"],
                &["Michael Jordan|Michael Jordan|given-name"],
            ),
        ];
        for (text, people, places, want) in table {
            assert_eq!(&alone(text, people, g, places), want, "{text}");
        }
    }
}
