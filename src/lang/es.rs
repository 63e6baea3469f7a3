//! The Spanish pack: the words that the rules ask for in Spanish text (data only; see the
//! module doc of [`crate::lang`]).

// ---- Words the entity rules ask for -------------------------------------------------------

use super::EntityWords;

/// The words the entity rules ask for.
pub(super) static ENTITY: EntityWords = EntityWords {
    titles: &["señor", "señora"],
    articles: &["el", "El", "los", "Los", "la", "La"],
    particles: &["de", "del"],
    inner_particles: &["la", "las", "los"],
    organisation_prefixes: &["universidad"],
    name_connectors: &["de", "del"],
    determiners: &[
        "un", "una", "unos", "unas", "del", "al", "este", "esta", "estos", "estas", "su", "sus",
    ],
    speech_before: &["según"],
    legal_forms: &["sa", "sl"],
    place_prepositions: &["en", "desde", "hacia", "cerca"],
    function_words: &[
        "el", "la", "los", "las", "y", "del", "que", "en", "es", "por", "una", "se", "con", "para",
        "su", "al",
    ],
    ..EntityWords::NONE
};

// ---- Words the date rules ask for ---------------------------------------------------------

use super::DateWords;

/// Spanish: "3 de octubre de 2024", "1º de mayo", with and without accents.
pub(super) static DATE_WORDS: DateWords = DateWords {
    months: super::cldr::ES_MONTHS,
    more_months: &[("setiembre", 9, 0)],
    // Only in lower case, as Spanish writes them: "Domingo" is a name.
    weekdays: super::cldr::ES_WEEKDAYS,
    weekday_abbrs: super::cldr::ES_WEEKDAY_ABBRS,
    relative_days: &[("hoy", 0, true), ("ayer", -1, true), ("anteayer", -2, true)],
    year_cues: &[
        "antes",
        "año",
        "desde",
        "en",
        "finales",
        "hasta",
        "mediados",
        "principios",
    ],
    range_cues: &["de", "entre"],
    range_links: &["a", "al", "y"],
    numeric_block: &["nº"],
    // "por" is "por ciento".
    units: &["euros", "muertos", "personas", "por"],
    decade_cues: &["años"],
    ordinal_suffixes: &["º", "ª"],
    day_month_links: &["de"],
    date_year_links: &["de", "del"],
    month_year_links: &["de", "del"],
    weekday_post_past: &["pasado"],
    weekday_post_next: &["proximo", "próximo"],
    month_cues: &["desde", "en"],
    modifiers: &["principios", "mediados", "finales"],
    seasons: &[
        ("primavera", 0),
        ("verano", 1),
        ("otoño", 2),
        ("invierno", 3),
    ],
    year_nouns: &["año"],
    of_links: &["de", "del"],
    century_nouns: &["siglo"],
    past_cues: &["ayer", "dijo", "eran", "fue", "fueron"],
    clock_cues: &["a"],
    clock_nouns: &["h"],
    range_list_links: &["y"],
    range_articles: &["el"],
    ..DateWords::NONE
};
