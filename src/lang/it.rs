//! The Italian pack: the words that the rules ask for in Italian text (data only; see the
//! module doc of [`crate::lang`]).

// ---- Words the entity rules ask for -------------------------------------------------------

use super::EntityWords;

/// The words the entity rules ask for.
pub(super) static ENTITY: EntityWords = EntityWords {
    titles: &[],
    articles: &[],
    particles: &["di", "del", "della"],
    inner_particles: &[],
    organisation_suffixes: &["spa"],
    organisation_prefixes: &[],
    name_connectors: &["di", "del"],
    region_prefixes: &[],
    not_surnames: &[],
    determiners: &[
        "il", "lo", "gli", "un", "una", "uno", "dei", "degli", "delle", "della", "dello", "del",
        "al", "alla", "questo", "questa", "suo", "sua",
    ],
    speech_before: &["secondo"],
    speech_after: &[],
    speech_after_quote: &[],
};

// ---- Words the date rules ask for ---------------------------------------------------------
