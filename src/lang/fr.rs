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
    legal_forms: &["sa", "sarl", "sas"],
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
    // "mars" only in lower case: "Mars" is the planet (and French writes months in lower case).
    months: &[
        ("janvier", 1, 0),
        ("janv", 1, ABBR),
        ("février", 2, 0),
        ("fevrier", 2, 0),
        ("févr", 2, ABBR),
        ("fevr", 2, ABBR),
        ("fév", 2, ABBR),
        ("mars", 3, LOWER),
        ("avril", 4, 0),
        ("avr", 4, ABBR),
        ("mai", 5, 0),
        ("juin", 6, 0),
        ("juillet", 7, 0),
        ("juil", 7, ABBR),
        ("août", 8, 0),
        ("aout", 8, 0),
        ("septembre", 9, 0),
        ("octobre", 10, 0),
        ("novembre", 11, 0),
        ("décembre", 12, 0),
        ("decembre", 12, 0),
        ("déc", 12, ABBR),
    ],
    month_before_day: false,
    weekdays: &[
        ("lundi", 0, false),
        ("mardi", 1, false),
        ("mercredi", 2, false),
        ("jeudi", 3, false),
        ("vendredi", 4, false),
        ("samedi", 5, false),
        ("dimanche", 6, false),
    ],
    // "hier" is left out: it is German "here".
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
    weekday_cues: &[],
    weekday_post_past: &["dernier"],
    weekday_post_next: &["prochain"],
    month_cues: &["depuis", "en"],
    modifiers: &["début", "fin", "mi"],
    seasons: &[("printemps", 0), ("été", 1), ("automne", 2), ("hiver", 3)],
    year_nouns: &["année", "an"],
    of_links: &["de"],
    century_nouns: &["siècle"],
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
    holidays: &[],
    amount_cues: &[],
};
