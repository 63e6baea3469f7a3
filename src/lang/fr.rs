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
    organisation_prefixes: &["université"],
    name_connectors: &["de"],
    determiners: &[
        "un", "une", "des", "du", "au", "aux", "ce", "cette", "ces", "son", "sa", "ses", "leur",
        "leurs",
    ],
    speech_before: &["selon"],
    legal_forms: &["sa", "sarl", "sas"],
    place_prepositions: &["à", "au", "en", "près", "vers"],
    function_words: &[
        "le", "la", "les", "et", "des", "est", "une", "du", "dans", "pour", "que", "qui", "au",
        "sur", "pas", "il",
    ],
    ..EntityWords::NONE
};

// ---- Words the date rules ask for ---------------------------------------------------------

use super::month::{ABBR, LOWER};
use super::DateWords;

/// French: day before month ("le 1er octobre 2024"), with and without accents.
pub(super) static DATE_WORDS: DateWords = DateWords {
    months: super::cldr::FR_MONTHS,
    more_months: &[
        // Not in CLDR, or left out of it as a word of the French word list.
        ("fév", 2, ABBR),
        ("déc", 12, ABBR),
        // "mars" only in lower case: "Mars" is the planet (and French writes months in lower
        // case).
        ("mars", 3, LOWER),
    ],
    weekdays: super::cldr::FR_WEEKDAYS,
    weekday_abbrs: super::cldr::FR_WEEKDAY_ABBRS,
    relative_days: &[("aujourd", 0, true), ("demain", 1, true)],
    relative_tails: &[("aujourd", "hui")],
    // "ici" is "d'ici 2030".
    year_cues: &[
        "année",
        "après",
        "automne",
        "avant",
        "depuis",
        "début",
        "en",
        "fin",
        "hiver",
        "ici",
        "printemps",
        "été",
    ],
    range_cues: &["de", "entre"],
    range_links: &["au", "et", "à"],
    units: &["euros", "morts", "personnes", "pourcent", "roubles"],
    decade_cues: &["années"],
    ordinal_suffixes: &["er", "re"],
    weekday_this: &["ce"],
    weekday_post_past: &["dernier"],
    weekday_post_next: &["prochain"],
    month_cues: &["depuis", "en"],
    modifiers: &["début", "fin", "mi"],
    seasons: &[("printemps", 0), ("été", 1), ("automne", 2), ("hiver", 3)],
    year_nouns: &["année", "an"],
    of_links: &["de"],
    century_nouns: &["siècle"],
    past_cues: &[
        "avait",
        "avaient",
        "déclaré",
        "dit",
        "hier",
        "était",
        "étaient",
    ],
    clock_cues: &["à", "vers"],
    clock_nouns: &["h", "heures"],
    range_list_links: &["et"],
    range_articles: &["le"],
    ..DateWords::NONE
};
