//! The Portuguese pack: the words that the rules ask for in Portuguese text (data only; see the
//! module doc of [`crate::lang`]).

// ---- Words the entity rules ask for -------------------------------------------------------

use super::EntityWords;

/// The words the entity rules ask for.
pub(super) static ENTITY: EntityWords = EntityWords {
    titles: &[],
    role_suffixes: &[],
    articles: &[],
    particles: &["da", "das", "dos", "de"],
    inner_particles: &[],
    organisation_suffixes: &[],
    organisation_prefixes: &[],
    compound_heads: &[],
    name_connectors: &[],
    region_prefixes: &[],
    not_surnames: &[],
    determiners: &["o", "os", "as", "um", "uma"],
    speech_before: &[],
    speech_after: &[],
    speech_after_quote: &[],
    legal_forms: &["ltda"],
    place_prepositions: &["em", "para", "perto"],
    sports_words: &[],
    place_words_before: &[],
    place_words_after: &[],
    place_words_of: &[],
    events_of: &[],
    function_words: &[
        "o", "os", "as", "e", "do", "da", "que", "não", "em", "um", "uma", "para", "com",
    ],
};

// ---- Words the date rules ask for ---------------------------------------------------------

// ---- Words the date rules ask for ---------------------------------------------------------

use super::DateWords;

/// Portuguese: day before month with "de" ("3 de outubro de 2024"); names in lower case.
/// Written by hand, not generated from CLDR yet (issue 11). The weekdays
/// "segunda-feira" … "sexta-feira" are three tokens and not read yet.
pub(super) static DATE_WORDS: DateWords = DateWords {
    months: &[
        ("janeiro", 1, 0),
        ("fevereiro", 2, 0),
        ("março", 3, 0),
        ("marco", 3, 0),
        ("abril", 4, 0),
        ("maio", 5, 0),
        ("junho", 6, 0),
        ("julho", 7, 0),
        ("agosto", 8, 0),
        ("setembro", 9, 0),
        ("outubro", 10, 0),
        ("novembro", 11, 0),
        ("dezembro", 12, 0),
    ],
    month_before_day: false,
    weekdays: &[
        ("sábado", 5, false),
        ("sabado", 5, false),
        ("domingo", 6, false),
    ],
    weekday_abbrs: &[],
    relative_days: &[
        ("hoje", 0, true),
        ("ontem", -1, true),
        ("anteontem", -2, true),
        ("amanhã", 1, true),
    ],
    relative_tails: &[],
    day_phrase: None,
    year_cues: &["ano", "até", "desde", "em", "fim", "início", "meados"],
    range_cues: &["entre"],
    range_links: &["a", "até", "e"],
    day_cues: &[],
    numeric_block: &[],
    units: &["euros", "mortos", "pessoas", "reais"],
    decade_cues: &[],
    decade_suffixes: &[],
    decade_clitics: &[],
    decade_nouns: &[],
    ordinal_suffixes: &["º"],
    day_month_links: &["de"],
    date_year_links: &["de"],
    month_year_links: &["de"],
    weekday_date_links: &[],
    year_words: &[],
    year_abbrs: &[],
    weekday_past: &[],
    weekday_next: &[],
    weekday_this: &[],
    weekday_last_week: &[],
    weekday_next_week: &[],
    weekday_cues: &[],
    weekday_post_past: &["passado"],
    weekday_post_next: &["próximo"],
    month_cues: &["desde", "em"],
    modifiers: &["início", "meados", "fim"],
    seasons: &[
        ("primavera", 0),
        ("verão", 1),
        ("outono", 2),
        ("inverno", 3),
    ],
    year_nouns: &["ano"],
    of_links: &["de", "do"],
    century_nouns: &["século"],
    past_cues: &["disse", "eram", "foi", "foram", "ontem"],
    future_cues: &[],
    perfect_auxiliaries: &[],
    participle_prefixes: &[],
    past_suffixes: &[],
    day_parts: &[],
    day_part_links: &[],
    clock_day_links: &[],
    clock_cues: &["às"],
    clock_nouns: &["h", "horas"],
    clock_am: &[],
    clock_pm: &[],
    range_list_links: &["e"],
    range_articles: &["o"],
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
