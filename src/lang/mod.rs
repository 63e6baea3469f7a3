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

mod de;
mod en;
mod es;
mod fr;
mod it;
mod ru;

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
}

impl Lang {
    /// Every language with a pack, in a fixed order.
    pub const ALL: [Lang; 6] = [Lang::De, Lang::En, Lang::Fr, Lang::Es, Lang::It, Lang::Ru];

    /// The ISO 639-1 code: `de`, `en`, `fr`, `es`, `it`, `ru`.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Ru => "ru",
        }
    }
}
