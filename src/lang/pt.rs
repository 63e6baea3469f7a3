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
    function_words: &[
        "o", "os", "as", "e", "do", "da", "que", "não", "em", "um", "uma", "para", "com",
    ],
};

// ---- Words the date rules ask for ---------------------------------------------------------

use super::DateWords;

/// Portuguese: day before month with "de" ("3 de outubro de 2024"); names in lower case, from
/// CLDR. The weekdays "segunda-feira" … "sexta-feira" are three tokens and not read yet.
pub(super) static DATE_WORDS: DateWords = DateWords {
    months: super::cldr::PT_MONTHS,
    more_months: &[],
    month_before_day: false,
    weekdays: super::cldr::PT_WEEKDAYS,
    more_weekdays: &[],
    weekday_abbrs: super::cldr::PT_WEEKDAY_ABBRS,
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
