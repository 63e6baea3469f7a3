//! The Spanish pack: the words that the rules ask for in Spanish text (data only; see the
//! module doc of [`crate::lang`]).

// ---- Words the entity rules ask for -------------------------------------------------------

use super::EntityWords;

/// The words the entity rules ask for.
pub(super) static ENTITY: EntityWords = EntityWords {
    titles: &["señor", "señora"],
    articles: &["el", "El", "los", "Los", "la", "La"],
    particles: &["de", "del"],
    inner_particles: &["la", "las", "los"],
    organisation_suffixes: &[],
    organisation_prefixes: &["universidad"],
    name_connectors: &["de", "del"],
    region_prefixes: &[],
    not_surnames: &[],
    determiners: &[
        "un", "una", "unos", "unas", "del", "al", "este", "esta", "estos", "estas", "su", "sus",
    ],
    speech_before: &["según"],
    speech_after: &[],
    speech_after_quote: &[],
};

// ---- Words the date rules ask for ---------------------------------------------------------
