//! The Portuguese pack: the words that the rules ask for in Portuguese text (data only; see the
//! module doc of [`crate::lang`]).

// ---- Words the entity rules ask for -------------------------------------------------------

use super::EntityWords;

/// The words the entity rules ask for.
pub(super) static ENTITY: EntityWords = EntityWords {
    particles: &["da", "das", "dos", "de"],
    determiners: &["o", "os", "as", "um", "uma"],
    legal_forms: &["ltda"],
    place_prepositions: &["em", "para", "perto"],
    function_words: &[
        "o", "os", "as", "e", "do", "da", "que", "não", "em", "um", "uma", "para", "com",
    ],
    ..EntityWords::NONE
};

// ---- Words the date rules ask for ---------------------------------------------------------

use super::DateWords;

/// Portuguese: day before month with "de" ("3 de outubro de 2024"); names in lower case, from
/// CLDR. The weekdays "segunda-feira" … "sexta-feira" are three tokens and not read yet.
pub(super) static DATE_WORDS: DateWords = DateWords {
    months: super::cldr::PT_MONTHS,
    weekdays: super::cldr::PT_WEEKDAYS,
    weekday_abbrs: super::cldr::PT_WEEKDAY_ABBRS,
    relative_days: &[
        ("hoje", 0, true),
        ("ontem", -1, true),
        ("anteontem", -2, true),
        ("amanhã", 1, true),
    ],
    year_cues: &["ano", "até", "desde", "em", "fim", "início", "meados"],
    range_cues: &["entre"],
    range_links: &["a", "até", "e"],
    units: &["euros", "mortos", "pessoas", "reais"],
    ordinal_suffixes: &["º"],
    day_month_links: &["de"],
    date_year_links: &["de"],
    month_year_links: &["de"],
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
    clock_cues: &["às"],
    clock_nouns: &["h", "horas"],
    range_list_links: &["e"],
    range_articles: &["o"],
    ..DateWords::NONE
};
