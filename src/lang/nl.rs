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
    place_words_before: &[],
    place_words_after: &[],
    place_words_of: &[],
    events_of: &[],
    function_words: &[
        "de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "voor", "met",
    ],
};

// ---- Words the date rules ask for ---------------------------------------------------------

// ---- Words the date rules ask for ---------------------------------------------------------

use super::month::ABBR;
use super::DateWords;

/// Dutch: day before month ("3 oktober 2024"); weekdays and months in lower case. Written by
/// hand (the names are facts of the language), not generated from CLDR yet (issue 11).
pub(super) static DATE_WORDS: DateWords = DateWords {
    months: &[
        ("januari", 1, 0),
        ("jan", 1, ABBR),
        ("februari", 2, 0),
        ("feb", 2, ABBR),
        ("maart", 3, 0),
        ("mrt", 3, ABBR),
        ("april", 4, 0),
        ("apr", 4, ABBR),
        ("mei", 5, 0),
        ("juni", 6, 0),
        ("jun", 6, ABBR),
        ("juli", 7, 0),
        ("jul", 7, ABBR),
        ("augustus", 8, 0),
        ("aug", 8, ABBR),
        ("september", 9, 0),
        ("sep", 9, ABBR),
        ("sept", 9, ABBR),
        ("oktober", 10, 0),
        ("okt", 10, ABBR),
        ("november", 11, 0),
        ("nov", 11, ABBR),
        ("december", 12, 0),
        ("dec", 12, ABBR),
    ],
    month_before_day: false,
    weekdays: &[
        ("maandag", 0, false),
        ("dinsdag", 1, false),
        ("woensdag", 2, false),
        ("donderdag", 3, false),
        ("vrijdag", 4, false),
        ("zaterdag", 5, false),
        ("zondag", 6, false),
    ],
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
