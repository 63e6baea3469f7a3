//! The French pack: the words that the rules ask for in French text (data only; see the
//! module doc of [`crate::lang`]).

// ---- Words the entity rules ask for -------------------------------------------------------

use super::EntityWords;

/// The words the entity rules ask for.
pub(super) static ENTITY: EntityWords = EntityWords {
    titles: &["monsieur", "madame"],
    role_suffixes: &[],
    articles: &["le", "la", "les", "Le", "La", "Les"],
    particles: &["de", "du"],
    inner_particles: &["la", "le"],
    organisation_suffixes: &[],
    organisation_prefixes: &["université"],
    compound_heads: &[],
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
    legal_forms: &["sa", "sarl", "sas"],
    place_prepositions: &["à", "au", "en", "près", "vers"],
    sports_words: &[],
    place_words_before: &[],
    place_words_after: &[],
    place_words_of: &[],
    events_of: &[],
    function_words: &[
        "le", "la", "les", "et", "des", "est", "une", "du", "dans", "pour", "que", "qui", "au",
        "sur", "pas", "il",
    ],
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
    month_before_day: false,
    weekdays: super::cldr::FR_WEEKDAYS,
    more_weekdays: &[],
    weekday_abbrs: super::cldr::FR_WEEKDAY_ABBRS,
    relative_days: &[("aujourd", 0, true), ("demain", 1, true)],
    relative_tails: &[("aujourd", "hui")],
    day_phrase: None,
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
    day_cues: &[],
    numeric_block: &[],
    units: &["euros", "morts", "personnes", "pourcent", "roubles"],
    decade_cues: &["années"],
    decade_suffixes: &[],
    decade_clitics: &[],
    decade_nouns: &[],
    ordinal_suffixes: &["er", "re"],
    day_month_links: &[],
    date_year_links: &[],
    month_year_links: &[],
    weekday_date_links: &[],
    year_words: &[],
    year_abbrs: &[],
    weekday_past: &[],
    weekday_next: &[],
    weekday_this: &["ce"],
    weekday_last_week: &[],
    weekday_next_week: &[],
    weekday_cues: &[],
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
    future_cues: &[],
    perfect_auxiliaries: &[],
    participle_prefixes: &[],
    past_suffixes: &[],
    day_parts: &[],
    day_part_links: &[],
    clock_day_links: &[],
    clock_cues: &["à", "vers"],
    clock_nouns: &["h", "heures"],
    clock_am: &[],
    clock_pm: &[],
    range_list_links: &["et"],
    range_articles: &["le"],
    calendar_units: &[],
    unit_past: &[],
    unit_next: &[],
    unit_this: &[],
    ago_before: &[],
    ago_after: &[],
    later_before: &[],
    number_words: &[],
    duration_fractions: &[],
    holidays: &[],
    amount_cues: &[],
};
