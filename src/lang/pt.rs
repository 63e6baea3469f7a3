//! The Portuguese pack: the words that the rules ask for in Portuguese text (data only; see the
//! module doc of [`crate::lang`]).

// ---- Words the entity rules ask for -------------------------------------------------------

use super::EntityWords;

/// The words the entity rules ask for.
pub(super) static ENTITY: EntityWords = EntityWords {
    titles: &[],
    articles: &[],
    particles: &["da", "das", "dos", "de"],
    inner_particles: &[],
    organisation_suffixes: &[],
    organisation_prefixes: &[],
    name_connectors: &[],
    region_prefixes: &[],
    not_surnames: &[],
    determiners: &["o", "os", "as", "um", "uma"],
    place_prepositions: &["em", "para", "perto"],
    speech_before: &[],
    speech_after: &[],
    speech_after_quote: &[],
    legal_forms: &["ltda"],
    function_words: &[
        "o", "os", "as", "e", "do", "da", "que", "não", "em", "um", "uma", "para", "com",
    ],
};

// ---- Words the date rules ask for ---------------------------------------------------------
