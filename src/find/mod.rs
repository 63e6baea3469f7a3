//! Finders: each looks at a tokenized document and proposes [`Candidate`]s — a span of
//! tokens, a label, the gazetteer entry where one is known, how it was found and how it ranks
//! against other candidates found at the same token. Finders never decide between overlapping
//! candidates; that is the resolver's job (`crate::resolve`).
//!
//! The finders, in the order the extractor runs them:
//!
//! - [`lookup`]: aliases of gazetteer entries (and the per-token facts the others ask for:
//!   where a key may start, where a given name stands);
//! - [`person`]: "Given Surname" people and names after a title;
//! - [`organisation`]: names with an organisation's head word or legal form;
//! - [`acronym`]: organisations defined with their acronym ("… in Europa (OSZE)");
//! - dates are found by `crate::dates` and join the candidates in the resolver.
//!
//! Adding a finder means adding a file here that appends candidates to [`Scratch::candidates`]
//! with a [`Priority`] that places it among the others.

pub(crate) mod acronym;
pub(crate) mod lookup;
pub(crate) mod organisation;
pub(crate) mod person;

use std::cmp::Reverse;

use once_cell::sync::Lazy;

use crate::gazetteer::Label;
use crate::lang::{self, List};
use crate::span::Origin;
use crate::token::token_hash;

/// A gazetteer entry: its layer (0 is the first user gazetteer) and its index in the layer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct EntryId {
    /// The layer, in the lookup's priority order.
    pub layer: u16,
    /// The entry's index in its layer.
    pub index: u32,
}

/// Something a finder proposes: maybe a mention, if the resolver keeps it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Candidate {
    /// The token where the finder found it. The resolver decides at each anchor in text order,
    /// so a candidate anchored inside an earlier mention is never looked at. An organisation
    /// found from its head word ("Deutsche *Bank*") is anchored at the head and starts before.
    pub anchor: usize,
    /// First token of the span.
    pub start: usize,
    /// Last token of the span (inclusive).
    pub end: usize,
    /// What it would be.
    pub label: Label,
    /// The gazetteer entry it names, when a gazetteer knows it.
    pub entry: Option<EntryId>,
    /// How it was found.
    pub origin: Origin,
    /// How it ranks against the other candidates at the same anchor.
    pub priority: Priority,
}

impl Candidate {
    /// The first token the candidate claims when kept: its start, or its anchor when that comes
    /// first (a title before the name it introduces is claimed too, though not part of the
    /// mention).
    pub(crate) fn claim_start(&self) -> usize {
        self.start.min(self.anchor)
    }
}

/// How candidates at one anchor rank; the resolver keeps the greatest that fits.
///
/// Every name that a list knows outranks every rule's guess at the same token (variant order);
/// among names the longest wins, then the stronger evidence ([`Strength`]); among rules the
/// order of [`RuleRank`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Priority {
    /// A rule's guess from a cue word (a title, a head word).
    Rule(RuleRank),
    /// A name known from a list: an alias, or a given name with a surname.
    Name {
        /// The last token: the longer name wins.
        end: usize,
        /// At equal length, the stronger evidence wins.
        strength: Strength,
    },
}

/// The evidence for a name, weakest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Strength {
    /// A known given name followed by a capitalised word.
    GivenName,
    /// An alias reached with an inflectional ending; the earlier layer wins.
    Inflected(Reverse<u16>),
    /// An alias as written (up to case); the earlier layer wins.
    Exact(Reverse<u16>),
}

/// The rules' order at one token, lowest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum RuleRank {
    /// A head word that starts the name ("University of Toronto").
    OrganisationPrefix,
    /// A head word or legal form that ends the name, with `width` tokens before it: the widest
    /// that does not reach into an earlier mention wins.
    OrganisationSuffix {
        /// Tokens before the head word.
        width: usize,
    },
    /// A title before a name ("Herr Müller"): tried before head words.
    Title,
}

/// One thread's buffers for the finders and the resolver, reused from document to document so
/// that finding allocates nothing per token.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    /// Per token: what lookup noted ([`lookup::Flags`]).
    pub flags: Vec<lookup::Flags>,
    /// The tokens any finder looks at (see [`lookup::Lookup::find`]); only the first `visits`
    /// entries are valid for a document, the rest is left from earlier ones.
    pub visit: Vec<usize>,
    /// How many entries of `visit` are valid.
    pub visits: usize,
    /// The visited tokens that may be a title or an organisation's head word (capitalised
    /// words that pass [`may_be_rule_word`]), in text order.
    pub rule_words: Vec<usize>,
    /// The capitalised words of three or more bytes (the only tokens coreference looks at);
    /// only the first `surname_slots` entries are valid.
    pub surnames: Vec<usize>,
    /// How many entries of `surnames` are valid.
    pub surname_slots: usize,
    /// The tokens that may be a verb of saying ([`SPEECH`]), in text order.
    pub speech: Vec<usize>,
    /// The tokens that are a known given name alone ([`lookup::Flags::GIVEN_NAME`]), in text
    /// order.
    pub given_names: Vec<usize>,
    /// What the finders proposed for the document.
    pub candidates: Vec<Candidate>,
    /// The acronym definitions found (for coreference).
    pub definitions: Vec<acronym::Definition>,
    /// Lookup's walking buffers and memo.
    pub walk: lookup::WalkScratch,
}

impl Scratch {
    /// The capitalised words of three or more bytes, in text order.
    pub(crate) fn possible_surnames(&self) -> &[usize] {
        &self.surnames[..self.surname_slots]
    }
}

/// A one-probe Bloom filter over 64-bit token hashes in `WORDS` 64-bit words: a hash whose bit
/// is clear was never inserted (no false negatives). The finders use it
/// to turn most tokens away with one or two loads before a table search; written here because
/// the probes are taken from the token hash the tokenizer already computed, which a general
/// Bloom filter crate would hash again.
#[derive(Clone, Debug)]
pub(crate) struct HashFilter<const WORDS: usize>([u64; WORDS]);

impl<const WORDS: usize> HashFilter<WORDS> {
    /// The filter's bit for `h`. One probe: a second one halved the false positives of the
    /// small filters but cost 1.2 % of extraction's instructions, at every token.
    #[inline(always)]
    fn probe(h: u64) -> usize {
        (h as usize) % (WORDS * 64)
    }

    /// A filter of the hashes `hashes`.
    pub(crate) fn of(hashes: impl IntoIterator<Item = u64>) -> Self {
        let mut bits = [0u64; WORDS];
        for h in hashes {
            let p = Self::probe(h);
            bits[p / 64] |= 1 << (p % 64);
        }
        HashFilter(bits)
    }

    /// Whether `h` may have been inserted.
    #[inline(always)]
    pub(crate) fn may_contain(&self, h: u64) -> bool {
        let p = Self::probe(h);
        (self.0[p / 64] >> (p % 64)) & 1 != 0
    }
}

/// The token hash of a pack word (folded as a text's tokens are).
fn word_hash(w: &str) -> u64 {
    let mut folded = Vec::new();
    crate::token::fold_into(w, &mut folded);
    token_hash(&folded)
}

/// A 4,096-bit filter (in L1 cache) over the packs' organisation head words and titles: most
/// capitalised words are turned away by it before any table search.
static RULE_WORDS: Lazy<HashFilter<64>> = Lazy::new(|| {
    let words = lang::all_of(|w| w.organisation_suffixes)
        .chain(lang::all_of(|w| w.organisation_prefixes))
        .chain(lang::all_of(|w| w.titles));
    HashFilter::of(words.map(word_hash))
});

/// Whether a token with this hash may be an organisation head word or a title.
#[inline]
pub(crate) fn may_be_rule_word(h: u64) -> bool {
    RULE_WORDS.may_contain(h)
}

/// A 4,096-bit filter over the packs' verbs of saying ("sagte", "said").
pub(crate) static SPEECH: Lazy<HashFilter<64>> = Lazy::new(|| {
    let words = lang::all_of(|w| w.speech_before)
        .chain(lang::all_of(|w| w.speech_after))
        .chain(lang::all_of(|w| w.speech_after_quote));
    HashFilter::of(words.map(word_hash))
});

/// Whether a capitalised word can be a surname: two letters or more, and not a word that the
/// packs say commonly follows a first name without being a name (months, weekdays, "Und").
pub(crate) fn is_surname_like(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !lang::has(List::NotSurnames, w)
        && !lang::is_month_or_weekday(w)
}

/// Helpers for the finders' table tests.
#[cfg(test)]
pub(crate) mod testing {
    use std::sync::Arc;

    use super::lookup::Lookup;
    use super::{organisation, person, Scratch};
    use crate::gazetteer::load::parse_reader;
    use crate::gazetteer::Gazetteer;
    use crate::token::{tokenize, Token};

    /// A lookup over one gazetteer made from CSV lines (`type,canonical,aliases,id`), with or
    /// without the built-in one after it.
    pub(crate) fn lookup(csv_rows: &str, builtin: bool) -> Lookup {
        let csv = format!("type,canonical,aliases,id\n{csv_rows}");
        let entries = parse_reader(csv.as_bytes(), "test.csv".as_ref()).unwrap();
        Lookup::new(vec![Arc::new(Gazetteer::from_entries(entries))], builtin)
    }

    /// Which finders to run.
    #[derive(Clone, Copy)]
    pub(crate) enum Run {
        Lookup,
        Person,
        Organisation,
        Acronym,
    }

    /// `(text of the span, label, origin)` of every candidate that `run` proposes in `text`
    /// (after lookup, which the others need), in the order proposed.
    pub(crate) fn proposed(lookup: &Lookup, text: &str, run: Run) -> Vec<(String, String, String)> {
        let mut tokens: Vec<Token> = Vec::new();
        tokenize(text, &mut tokens);
        let mut scratch = Scratch::default();
        lookup.find(text, &tokens, &mut scratch);
        match run {
            Run::Lookup => {}
            Run::Person => {
                scratch.candidates.clear();
                person::find(lookup, text, &tokens, &mut scratch);
            }
            Run::Organisation => {
                scratch.candidates.clear();
                organisation::find(text, &tokens, &mut scratch);
            }
            Run::Acronym => {
                scratch.candidates.clear();
                super::acronym::find(text, &tokens, &mut scratch);
            }
        }
        scratch
            .candidates
            .iter()
            .map(|c| {
                (
                    text[tokens[c.start].start..tokens[c.end].end].to_string(),
                    c.label.to_string(),
                    c.origin.as_str().to_string(),
                )
            })
            .collect()
    }

    /// Rows of a finder's table test: a text, and the `(span text, label, origin)` of each
    /// candidate expected in it, in the order proposed.
    pub(crate) type Table = [(
        &'static str,
        &'static [(&'static str, &'static str, &'static str)],
    )];

    /// Checks every row of `table` against what `run` proposes.
    pub(crate) fn check(lookup: &Lookup, run: Run, table: &Table) {
        for (text, want) in table {
            let want: Vec<_> = want
                .iter()
                .map(|&(t, l, o)| (t.to_string(), l.to_string(), o.to_string()))
                .collect();
            assert_eq!(proposed(lookup, text, run), want, "{text}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_outrank_rules_and_longer_names_outrank_shorter() {
        let name = |end, strength| Priority::Name { end, strength };
        let mut ranked = [
            name(3, Strength::Exact(Reverse(0))),
            Priority::Rule(RuleRank::Title),
            name(4, Strength::GivenName),
            name(3, Strength::Inflected(Reverse(0))),
            name(3, Strength::Exact(Reverse(1))),
            Priority::Rule(RuleRank::OrganisationSuffix { width: 2 }),
            Priority::Rule(RuleRank::OrganisationPrefix),
            Priority::Rule(RuleRank::OrganisationSuffix { width: 1 }),
        ];
        ranked.sort_by(|a, b| b.cmp(a));
        assert_eq!(
            ranked,
            [
                name(4, Strength::GivenName),
                name(3, Strength::Exact(Reverse(0))),
                name(3, Strength::Exact(Reverse(1))),
                name(3, Strength::Inflected(Reverse(0))),
                Priority::Rule(RuleRank::Title),
                Priority::Rule(RuleRank::OrganisationSuffix { width: 2 }),
                Priority::Rule(RuleRank::OrganisationSuffix { width: 1 }),
                Priority::Rule(RuleRank::OrganisationPrefix),
            ]
        );
    }

    #[test]
    fn surname_like_rejects_months_weekdays_and_particles_of_speech() {
        for (w, like) in [
            ("Müller", true),
            ("Oktober", false),
            ("May", false),
            ("Freitag", false),
            ("Und", false),
            ("A", false),
            ("Li", true),
        ] {
            assert_eq!(is_surname_like(w), like, "{w}");
        }
    }
}
