//! The Arabic names written in Latin script pack: the words that the rules ask for in Arabic names written in Latin script text (data only; see the
//! module doc of [`crate::lang`]).

// ---- Words the entity rules ask for -------------------------------------------------------

use super::EntityWords;

/// The words the entity rules ask for.
pub(super) static ENTITY: EntityWords = EntityWords {
    titles: &[],
    role_suffixes: &[],
    articles: &[],
    particles: &["bin", "ibn", "al", "el"],
    inner_particles: &[],
    organisation_suffixes: &[],
    organisation_prefixes: &[],
    compound_heads: &[],
    name_connectors: &[],
    region_prefixes: &[],
    not_surnames: &[],
    determiners: &[],
    speech_before: &[],
    speech_after: &[],
    speech_after_quote: &[],
    legal_forms: &[],
    place_prepositions: &[],
    sports_words: &[],
    place_words_before: &[],
    place_words_after: &[],
    place_words_of: &[],
    events_of: &[],
    function_words: &[],
};

// ---- Words the date rules ask for ---------------------------------------------------------
