//! The Dutch pack: the words that the rules ask for in Dutch text (data only; see the
//! module doc of [`crate::lang`]).

// ---- Words the entity rules ask for -------------------------------------------------------

use super::EntityWords;

/// The words the entity rules ask for.
pub(super) static ENTITY: EntityWords = EntityWords {
    titles: &[],
    articles: &[],
    particles: &["van", "ten", "ter"],
    inner_particles: &["den", "der"],
    organisation_suffixes: &["nv"],
    organisation_prefixes: &[],
    name_connectors: &[],
    region_prefixes: &[],
    not_surnames: &[],
    determiners: &["de", "het", "een"],
    place_prepositions: &["in", "naar", "uit", "bij", "te"],
    speech_before: &[],
    speech_after: &[],
    speech_after_quote: &[],
    legal_forms: &["nv", "bv"],
    function_words: &[
        "de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "voor", "met",
    ],
};

// ---- Words the date rules ask for ---------------------------------------------------------
