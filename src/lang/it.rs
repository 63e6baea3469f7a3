//! The Italian pack: the words that the rules ask for in Italian text (data only; see the
//! module doc of [`crate::lang`]).

// ---- Words the entity rules ask for -------------------------------------------------------

use super::EntityWords;

/// The words the entity rules ask for.
pub(super) static ENTITY: EntityWords = EntityWords {
    particles: &["di", "del", "della"],
    organisation_suffixes: &["spa"],
    name_connectors: &["di", "del"],
    determiners: &[
        "il", "lo", "gli", "un", "una", "uno", "dei", "degli", "delle", "della", "dello", "del",
        "al", "alla", "questo", "questa", "suo", "sua",
    ],
    speech_before: &["secondo"],
    legal_forms: &["spa", "srl"],
    place_prepositions: &["a", "in", "presso", "verso"],
    function_words: &[
        "il", "la", "che", "di", "e", "per", "una", "del", "non", "sono", "della", "gli", "le",
        "con", "si",
    ],
    ..EntityWords::NONE
};

// ---- Words the date rules ask for ---------------------------------------------------------

use super::DateWords;

/// Italian: "il 3 ottobre 2024", "il 1° ottobre", with and without accents.
pub(super) static DATE_WORDS: DateWords = DateWords {
    months: super::cldr::IT_MONTHS,
    // Only in lower case, as Italian writes them.
    weekdays: super::cldr::IT_WEEKDAYS,
    weekday_abbrs: super::cldr::IT_WEEKDAY_ABBRS,
    relative_days: &[
        ("oggi", 0, true),
        ("ieri", -1, true),
        ("domani", 1, true),
        ("dopodomani", 2, true),
    ],
    // "dall" is "dall'inizio del 2024".
    year_cues: &[
        "dal", "dall", "dopo", "entro", "estate", "fine", "inizio", "nel", "prima",
    ],
    range_cues: &["dal", "fra", "tra"],
    range_links: &["a", "al", "e"],
    numeric_block: &["nº"],
    units: &["euro", "morti", "persone"],
    decade_cues: &["anni"],
    ordinal_suffixes: &["º"],
    weekday_post_past: &["scorso"],
    weekday_post_next: &["prossimo"],
    month_cues: &["a", "da", "in", "nel"],
    modifiers: &["inizio", "metà", "fine"],
    seasons: &[
        ("primavera", 0),
        ("estate", 1),
        ("autunno", 2),
        ("inverno", 3),
    ],
    year_nouns: &["anno"],
    of_links: &["del", "di"],
    century_nouns: &["secolo"],
    past_cues: &["detto", "erano", "fu", "ieri"],
    clock_cues: &["alle"],
    range_list_links: &["e"],
    range_articles: &["il"],
    ..DateWords::NONE
};
