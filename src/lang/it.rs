//! The Italian pack: the words that the rules ask for in Italian text (data only; see the
//! module doc of [`crate::lang`]).

// ---- Words the entity rules ask for -------------------------------------------------------

use super::EntityWords;

/// The words the entity rules ask for.
pub(super) static ENTITY: EntityWords = EntityWords {
    titles: &[],
    role_suffixes: &[],
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
    legal_forms: &["spa", "srl"],
    place_prepositions: &["a", "in", "presso", "verso"],
    sports_words: &[],
    place_words_before: &[],
    place_words_after: &[],
    place_words_of: &[],
    events_of: &[],
    function_words: &[
        "il", "la", "che", "di", "e", "per", "una", "del", "non", "sono", "della", "gli", "le",
        "con", "si",
    ],
};

// ---- Words the date rules ask for ---------------------------------------------------------

use super::DateWords;

/// Italian: "il 3 ottobre 2024", "il 1° ottobre", with and without accents.
pub(super) static DATE_WORDS: DateWords = DateWords {
    months: &[
        ("gennaio", 1, 0),
        ("febbraio", 2, 0),
        ("marzo", 3, 0),
        ("aprile", 4, 0),
        ("maggio", 5, 0),
        ("giugno", 6, 0),
        ("luglio", 7, 0),
        ("agosto", 8, 0),
        ("settembre", 9, 0),
        ("ottobre", 10, 0),
        ("novembre", 11, 0),
        ("dicembre", 12, 0),
    ],
    month_before_day: false,
    // Only in lower case, as Italian writes them.
    weekdays: &[
        ("lunedì", 0, false),
        ("lunedi", 0, false),
        ("martedì", 1, false),
        ("martedi", 1, false),
        ("mercoledì", 2, false),
        ("mercoledi", 2, false),
        ("giovedì", 3, false),
        ("giovedi", 3, false),
        ("venerdì", 4, false),
        ("venerdi", 4, false),
        ("sabato", 5, false),
        ("domenica", 6, false),
    ],
    relative_days: &[
        ("oggi", 0, true),
        ("ieri", -1, true),
        ("domani", 1, true),
        ("dopodomani", 2, true),
    ],
    relative_tails: &[],
    day_phrase: None,
    // "dall" is "dall'inizio del 2024".
    year_cues: &[
        "dal", "dall", "dopo", "entro", "estate", "fine", "inizio", "nel", "prima",
    ],
    range_cues: &["dal", "fra", "tra"],
    range_links: &["a", "al", "e"],
    day_cues: &[],
    numeric_block: &["nº"],
    units: &["euro", "morti", "persone"],
    decade_cues: &["anni"],
    decade_suffixes: &[],
    decade_clitics: &[],
    decade_nouns: &[],
    ordinal_suffixes: &["º"],
    day_month_links: &[],
    date_year_links: &[],
    month_year_links: &[],
    weekday_date_links: &[],
    year_words: &[],
    year_abbrs: &[],
    weekday_past: &[],
    weekday_next: &[],
    weekday_this: &[],
    weekday_cues: &[],
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
    clock_cues: &["alle"],
    clock_nouns: &[],
    clock_am: &[],
    clock_pm: &[],
    range_list_links: &["e"],
    range_articles: &["il"],
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
