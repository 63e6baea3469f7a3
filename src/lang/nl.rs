//! The Dutch pack: the words that the rules ask for in Dutch text (data only; see the
//! module doc of [`crate::lang`]).

// ---- Words the entity rules ask for -------------------------------------------------------

use super::EntityWords;

/// The words the entity rules ask for.
pub(super) static ENTITY: EntityWords = EntityWords {
    titles: &[],
    role_suffixes: &[],
    articles: &[],
    particles: &["van", "ten", "ter"],
    inner_particles: &["den", "der"],
    organisation_suffixes: &["nv"],
    organisation_prefixes: &[],
    name_connectors: &[],
    region_prefixes: &[],
    not_surnames: &[],
    determiners: &["de", "het", "een"],
    speech_before: &[],
    speech_after: &[],
    speech_after_quote: &[],
    legal_forms: &["nv", "bv"],
    place_prepositions: &["in", "naar", "uit", "bij", "te"],
    sports_words: &[],
    function_words: &[
        "de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "voor", "met",
    ],
};

// ---- Words the date rules ask for ---------------------------------------------------------

use super::month::ABBR;
use super::DateWords;

/// Dutch: day before month ("3 oktober 2024"); weekdays and months in lower case, from CLDR.
pub(super) static DATE_WORDS: DateWords = DateWords {
    months: super::cldr::NL_MONTHS,
    more_months: &[("sept", 9, ABBR)],
    month_before_day: false,
    weekdays: super::cldr::NL_WEEKDAYS,
    more_weekdays: &[],
    weekday_abbrs: super::cldr::NL_WEEKDAY_ABBRS,
    relative_days: &[
        ("vandaag", 0, true),
        ("gisteren", -1, true),
        ("eergisteren", -2, true),
        ("overmorgen", 2, false),
    ],
    relative_tails: &[],
    day_phrase: None,
    year_cues: &[
        "begin", "eind", "in", "jaar", "medio", "sinds", "tot", "vanaf",
    ],
    range_cues: &["tussen", "van"],
    range_links: &["en", "tot"],
    day_cues: &[],
    numeric_block: &["versie"],
    units: &["doden", "euro", "mensen", "procent"],
    decade_cues: &[],
    decade_suffixes: &[],
    decade_clitics: &[],
    decade_nouns: &[],
    ordinal_suffixes: &["e"],
    day_month_links: &[],
    date_year_links: &[],
    month_year_links: &[],
    weekday_date_links: &[],
    year_words: &[],
    year_abbrs: &[],
    weekday_past: &["afgelopen", "vorige"],
    weekday_next: &["komende", "volgende"],
    weekday_this: &["deze"],
    weekday_last_week: &[],
    weekday_next_week: &[],
    weekday_cues: &["op"],
    weekday_post_past: &[],
    weekday_post_next: &[],
    month_cues: &["in", "sinds", "tot", "vanaf"],
    modifiers: &["begin", "eind", "medio"],
    seasons: &[
        ("lente", 0),
        ("voorjaar", 0),
        ("zomer", 1),
        ("herfst", 2),
        ("najaar", 2),
    ],
    year_nouns: &["jaar"],
    of_links: &["van"],
    century_nouns: &["eeuw"],
    past_cues: &["gisteren", "waren", "was", "werd", "zei"],
    future_cues: &[],
    perfect_auxiliaries: &[],
    participle_prefixes: &[],
    past_suffixes: &[],
    day_parts: &[],
    day_part_links: &[],
    clock_day_links: &[],
    clock_cues: &["om"],
    clock_nouns: &["uur"],
    clock_am: &[],
    clock_pm: &[],
    range_list_links: &["en"],
    range_articles: &[],
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
    amount_cues: &["ongeveer"],
};
