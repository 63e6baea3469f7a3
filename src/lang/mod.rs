//! Language packs: per language, the words that the rules ask for, each list in one place.
//!
//! A rule never holds a word list of its own: it asks a pack ("is this a title?", "which month
//! is this?"). A pack is a module per language (`de.rs`, `en.rs`, …) of static data; adding a
//! language adds a module and its line in [`Lang::ALL`]. The words fall in two groups, which
//! each module keeps in its own section:
//!
//! - words the entity rules ask for (titles before a name, name particles, articles,
//!   organisation head words, region prefixes, context cues);
//! - words the date rules ask for (month and weekday names, relative day words, cue words).
//!
//! The packs hold data only; what a word means in context is decided by the rule that asks.

mod ar;
mod de;
mod en;
mod es;
mod fr;
mod it;
mod nl;
mod pt;
mod ru;

use once_cell::sync::Lazy;

/// A language that has a pack.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lang {
    /// German.
    De,
    /// English.
    En,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Italian.
    It,
    /// Russian.
    Ru,
    /// Dutch.
    Nl,
    /// Portuguese.
    Pt,
    /// Arabic (for now only the particles of Arabic names written in Latin script).
    Ar,
}

impl Lang {
    /// Every language with a pack, in a fixed order.
    pub const ALL: [Lang; 9] = [
        Lang::De,
        Lang::En,
        Lang::Fr,
        Lang::Es,
        Lang::It,
        Lang::Ru,
        Lang::Nl,
        Lang::Pt,
        Lang::Ar,
    ];

    /// The ISO 639-1 code: `de`, `en`, `fr`, `es`, `it`, `ru`, `nl`, `pt`, `ar`.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Ru => "ru",
            Lang::Nl => "nl",
            Lang::Pt => "pt",
            Lang::Ar => "ar",
        }
    }

    /// The words the entity rules ask for in this language.
    pub(crate) fn entity_words(self) -> &'static EntityWords {
        match self {
            Lang::De => &de::ENTITY,
            Lang::En => &en::ENTITY,
            Lang::Fr => &fr::ENTITY,
            Lang::Es => &es::ENTITY,
            Lang::It => &it::ENTITY,
            Lang::Ru => &ru::ENTITY,
            Lang::Nl => &nl::ENTITY,
            Lang::Pt => &pt::ENTITY,
            Lang::Ar => &ar::ENTITY,
        }
    }
}

// ---- Entity words ------------------------------------------------------------------------

/// The words of one language that the entity rules ask for. Lists marked "folded" hold the
/// form [`crate::token::fold_into`] gives (the rules compare token hashes); lists marked "as
/// written" are compared with the token's text, case included ("die" is an article, "Die" at
/// the start of a sentence too, "DIE" is not looked at).
#[derive(Debug)]
pub(crate) struct EntityWords {
    /// Titles before a surname ("Herr Müller", "Mr. Smith"), folded.
    pub titles: &'static [&'static str],
    /// Articles, as written: a given name right after one is not a person's ("die Maria",
    /// "the Sandy Hook").
    pub articles: &'static [&'static str],
    /// Name particles that may follow a given name ("Ursula von der Leyen"), as written.
    pub particles: &'static [&'static str],
    /// Particles that may follow another particle ("von der", "de la"), as written.
    pub inner_particles: &'static [&'static str],
    /// Head words and legal forms that end an organisation's name ("Siemens AG"), folded.
    pub organisation_suffixes: &'static [&'static str],
    /// Head words that start an organisation's name ("University of Toronto", "FC Schalke
    /// 04"), folded.
    pub organisation_prefixes: &'static [&'static str],
    /// Words that may stand between a prefix head word and the rest of the name ("University
    /// of Toronto"), as written.
    pub name_connectors: &'static [&'static str],
    /// Capitalised words that make a following country name part of a region's name ("New
    /// Jersey", "Nord-Zypern" is a key of its own), as written.
    pub region_prefixes: &'static [&'static str],
    /// Capitalised words that follow a given name in news without being a surname ("Mai",
    /// "Und"), as written.
    pub not_surnames: &'static [&'static str],
    /// Words other than articles after which a capitalised word is a noun, not a name:
    /// prepositions fused with an article, demonstratives, possessives, quantifiers ("im",
    /// "diese", "seine", "kein"), as written.
    pub determiners: &'static [&'static str],
    /// Verbs of saying that stand right before a speaker's name in news ("sagte Merkel",
    /// "said Johnson"), and "so" of "…, so Merkel."; as written.
    pub speech_before: &'static [&'static str],
    /// Verbs of saying that stand right after a speaker's name ("Merkel sagte"), only where
    /// the subject is rarely an organisation or a thing; as written.
    pub speech_after: &'static [&'static str],
    /// Verbs of saying that stand before the speaker's name only after a quotation ("…,"
    /// said Johnson): elsewhere the name after them is what is said about ("Putin says West
    /// …"); as written.
    pub speech_after_quote: &'static [&'static str],
}

/// One list of every pack's words, for asking "is this word in it?" quickly: a bit per (first
/// byte, length) turns almost every word away with one load before the sorted list is searched.
/// The rules ask at every given name and head word, and a binary search of strings alone cost
/// 5 % of all instructions of extraction (callgrind, German news).
struct WordList {
    /// Bit `len` of entry `b`: some word starts with byte `b` and has `len` bytes (under 64).
    shapes: [u64; 256],
    words: Vec<&'static str>,
}

impl WordList {
    fn of(list: fn(&'static EntityWords) -> &'static [&'static str]) -> WordList {
        let mut words: Vec<&'static str> = all_of(list).collect();
        words.sort_unstable();
        words.dedup();
        let mut shapes = [0u64; 256];
        for w in &words {
            shapes[w.as_bytes()[0] as usize] |= 1 << w.len().min(63);
        }
        WordList { shapes, words }
    }

    #[inline]
    fn contains(&self, w: &str) -> bool {
        let Some(&first) = w.as_bytes().first() else {
            return false;
        };
        self.shapes[first as usize] & (1 << w.len().min(63)) != 0
            && self.words.binary_search(&w).is_ok()
    }
}

/// A list of words that the packs hold "as written" and the rules look up by text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum List {
    /// [`EntityWords::articles`].
    Articles,
    /// [`EntityWords::particles`].
    Particles,
    /// [`EntityWords::inner_particles`].
    InnerParticles,
    /// [`EntityWords::name_connectors`].
    NameConnectors,
    /// [`EntityWords::region_prefixes`].
    RegionPrefixes,
    /// [`EntityWords::not_surnames`].
    NotSurnames,
    /// [`EntityWords::determiners`].
    Determiners,
    /// [`EntityWords::speech_before`].
    SpeechBefore,
    /// [`EntityWords::speech_after`].
    SpeechAfter,
    /// [`EntityWords::speech_after_quote`].
    SpeechAfterQuote,
}

/// Every pack's words of each [`List`], in the order of the enum. The rules do not know the
/// document's language yet, so they ask all packs at once.
static LISTS: Lazy<[WordList; 10]> = Lazy::new(|| {
    [
        WordList::of(|w| w.articles),
        WordList::of(|w| w.particles),
        WordList::of(|w| w.inner_particles),
        WordList::of(|w| w.name_connectors),
        WordList::of(|w| w.region_prefixes),
        WordList::of(|w| w.not_surnames),
        WordList::of(|w| w.determiners),
        WordList::of(|w| w.speech_before),
        WordList::of(|w| w.speech_after),
        WordList::of(|w| w.speech_after_quote),
    ]
});

/// Whether `w` (as written) is in `list` of some pack: `has(List::Articles, "die")`.
#[inline]
pub(crate) fn has(list: List, w: &str) -> bool {
    LISTS[list as usize].contains(w)
}

/// Every pack's words of one list, in pack order (with repeats where two packs share a word).
pub(crate) fn all_of(
    list: fn(&'static EntityWords) -> &'static [&'static str],
) -> impl Iterator<Item = &'static str> {
    Lang::ALL
        .into_iter()
        .flat_map(move |l| list(l.entity_words()).iter().copied())
}
