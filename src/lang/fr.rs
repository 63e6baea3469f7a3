//! The French pack: the words that the rules ask for in French text (data only; see the
//! module doc of [`crate::lang`]).

// ---- Words the entity rules ask for -------------------------------------------------------

use super::EntityWords;

/// The words the entity rules ask for.
pub(super) static ENTITY: EntityWords = EntityWords {
    titles: &["monsieur", "madame"],
    articles: &["le", "la", "les", "Le", "La", "Les"],
    particles: &["de", "du"],
    inner_particles: &["la", "le"],
    organisation_suffixes: &[],
    organisation_prefixes: &["université"],
    name_connectors: &["de"],
    region_prefixes: &[],
    not_surnames: &[],
    determiners: &[
        "un", "une", "des", "du", "au", "aux", "ce", "cette", "ces", "son", "sa", "ses", "leur",
        "leurs",
    ],
    speech_before: &["selon"],
    speech_after: &[],
    speech_after_quote: &[],
};

// ---- Words the date rules ask for ---------------------------------------------------------
