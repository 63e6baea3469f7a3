//! The Spanish pack: the words that the rules ask for in Spanish text (data only; see the
//! module doc of [`crate::lang`]).

// ---- Words the entity rules ask for -------------------------------------------------------

use super::EntityWords;

/// The words the entity rules ask for.
pub(super) static ENTITY: EntityWords = EntityWords {
    titles: &["señor", "señora"],
    role_suffixes: &[],
    articles: &["el", "El", "los", "Los", "la", "La"],
    particles: &["de", "del"],
    inner_particles: &["la", "las", "los"],
    organisation_suffixes: &[],
    organisation_prefixes: &["universidad"],
    compound_heads: &[],
    name_connectors: &["de", "del"],
    region_prefixes: &[],
    not_surnames: &[],
    determiners: &[
        "un", "una", "unos", "unas", "del", "al", "este", "esta", "estos", "estas", "su", "sus",
    ],
    speech_before: &["según"],
    speech_after: &[],
    speech_after_quote: &[],
    legal_forms: &["sa", "sl"],
    place_prepositions: &["en", "desde", "hacia", "cerca"],
    sports_words: &[],
    function_words: &[
        "el", "la", "los", "las", "y", "del", "que", "en", "es", "por", "una", "se", "con", "para",
        "su", "al",
    ],
};

// ---- Words the date rules ask for ---------------------------------------------------------

use super::DateWords;

/// Spanish: "3 de octubre de 2024", "1º de mayo", with and without accents.
pub(super) static DATE_WORDS: DateWords = DateWords {
    months: &[
        ("enero", 1, 0),
        ("febrero", 2, 0),
        ("marzo", 3, 0),
        ("abril", 4, 0),
        ("mayo", 5, 0),
        ("junio", 6, 0),
        ("julio", 7, 0),
        ("agosto", 8, 0),
        ("septiembre", 9, 0),
        ("setiembre", 9, 0),
        ("octubre", 10, 0),
        ("noviembre", 11, 0),
        ("diciembre", 12, 0),
    ],
    month_before_day: false,
    // Only in lower case, as Spanish writes them: "Domingo" is a name.
    weekdays: &[
        ("lunes", 0, false),
        ("martes", 1, false),
        ("miércoles", 2, false),
        ("miercoles", 2, false),
        ("jueves", 3, false),
        ("viernes", 4, false),
        ("sábado", 5, false),
        ("sabado", 5, false),
        ("domingo", 6, false),
    ],
    relative_days: &[("hoy", 0, true), ("ayer", -1, true), ("anteayer", -2, true)],
    relative_tails: &[],
    day_phrase: None,
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
    day_cues: &[],
    numeric_block: &["nº"],
    // "por" is "por ciento".
    units: &["euros", "muertos", "personas", "por"],
    decade_cues: &["años"],
    decade_suffixes: &[],
    decade_clitics: &[],
    decade_nouns: &[],
    ordinal_suffixes: &["º", "ª"],
    day_month_links: &["de"],
    date_year_links: &["de", "del"],
    month_year_links: &["de", "del"],
    weekday_date_links: &[],
    year_words: &[],
    year_abbrs: &[],
    weekday_past: &[],
    weekday_next: &[],
    weekday_this: &[],
    weekday_cues: &[],
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
    clock_cues: &["a"],
    clock_nouns: &["h"],
    clock_am: &[],
    clock_pm: &[],
    range_list_links: &["y"],
    range_articles: &["el"],
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
