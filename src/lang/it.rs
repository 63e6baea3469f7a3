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
    compound_heads: &[],
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
    months: super::cldr::IT_MONTHS,
    more_months: &[],
    month_before_day: false,
    // Only in lower case, as Italian writes them.
    weekdays: super::cldr::IT_WEEKDAYS,
    more_weekdays: &[],
    weekday_abbrs: super::cldr::IT_WEEKDAY_ABBRS,
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
    weekday_last_week: &[],
    weekday_next_week: &[],
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
    past_cues: &["detto", "erano", "fu", "ieri"],
    future_cues: &[],
    perfect_auxiliaries: &[],
    participle_prefixes: &[],
    past_suffixes: &[],
    day_parts: &[],
    day_part_links: &[],
    clock_day_links: &[],
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
