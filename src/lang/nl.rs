//! The Dutch pack: the words that the rules ask for in Dutch text (data only; see the
//! module doc of [`crate::lang`]).

// ---- Words the entity rules ask for -------------------------------------------------------

use super::EntityWords;

/// The words the entity rules ask for.
pub(super) static ENTITY: EntityWords = EntityWords {
    particles: &["van", "ten", "ter"],
    inner_particles: &["den", "der"],
    organisation_suffixes: &["nv"],
    determiners: &["de", "het", "een"],
    legal_forms: &["nv", "bv"],
    place_prepositions: &["in", "naar", "uit", "bij", "te"],
    function_words: &[
        "de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "voor", "met",
    ],
    ..EntityWords::NONE
};

// ---- Words the date rules ask for ---------------------------------------------------------

use super::month::ABBR;
use super::DateWords;

/// Dutch: day before month ("3 oktober 2024"); weekdays and months in lower case, from CLDR.
pub(super) static DATE_WORDS: DateWords = DateWords {
    months: super::cldr::NL_MONTHS,
    more_months: &[("sept", 9, ABBR)],
    weekdays: super::cldr::NL_WEEKDAYS,
    weekday_abbrs: super::cldr::NL_WEEKDAY_ABBRS,
    relative_days: &[
        ("vandaag", 0, true),
        ("gisteren", -1, true),
        ("eergisteren", -2, true),
        ("overmorgen", 2, false),
    ],
    year_cues: &[
        "begin", "eind", "in", "jaar", "medio", "sinds", "tot", "vanaf",
    ],
    range_cues: &["tussen", "van"],
    range_links: &["en", "tot"],
    numeric_block: &["versie"],
    units: &["doden", "euro", "mensen", "procent"],
    ordinal_suffixes: &["e"],
    weekday_past: &["afgelopen", "vorige"],
    weekday_next: &["komende", "volgende"],
    weekday_this: &["deze"],
    weekday_cues: &["op"],
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
    clock_cues: &["om"],
    clock_nouns: &["uur"],
    range_list_links: &["en"],
    amount_cues: &["ongeveer"],
    ..DateWords::NONE
};
