//! The Russian pack: the words that the rules ask for in Russian text (data only; see the
//! module doc of [`crate::lang`]).

// ---- Words the entity rules ask for -------------------------------------------------------

use super::EntityWords;

/// The words the entity rules ask for.
pub(super) static ENTITY: EntityWords = EntityWords {
    place_prepositions: &["в", "во", "из", "под", "около"],
    function_words: &["и", "в", "не", "на", "что", "с", "он", "по", "как", "это"],
    ..EntityWords::NONE
};

// ---- Words the date rules ask for ---------------------------------------------------------

use super::DateWords;

/// Russian: "3 октября 2024 года", "в октябре 2024 года"; month names in the nominative and
/// genitive (from CLDR) and prepositional (by hand).
pub(super) static DATE_WORDS: DateWords = DateWords {
    months: super::cldr::RU_MONTHS,
    more_months: &[
        // The prepositional ("в октябре"), which CLDR does not give.
        ("январе", 1, 0),
        ("феврале", 2, 0),
        ("марте", 3, 0),
        ("апреле", 4, 0),
        ("мае", 5, 0),
        ("июне", 6, 0),
        ("июле", 7, 0),
        ("августе", 8, 0),
        ("сентябре", 9, 0),
        ("октябре", 10, 0),
        ("ноябре", 11, 0),
        ("декабре", 12, 0),
    ],
    weekdays: super::cldr::RU_WEEKDAYS,
    more_weekdays: &[
        // The accusative after "в" ("в среду"), which CLDR does not give.
        ("среду", 2, false),
        ("пятницу", 4, false),
        ("субботу", 5, false),
    ],
    weekday_abbrs: super::cldr::RU_WEEKDAY_ABBRS,
    relative_days: &[
        ("сегодня", 0, false),
        ("Сегодня", 0, false),
        ("вчера", -1, false),
        ("Вчера", -1, false),
        ("завтра", 1, false),
        ("Завтра", 1, false),
        ("позавчера", -2, false),
        ("Позавчера", -2, false),
        ("послезавтра", 2, false),
        ("Послезавтра", 2, false),
    ],
    year_cues: &["в", "до", "к", "после", "с"],
    range_links: &["до", "и", "по"],
    units: &["долларов", "евро", "рублей", "человек"],
    year_words: &["года", "году", "год"],
    year_abbrs: &["г"],
    weekday_past: &["прошлая", "прошлое", "прошлую", "прошлый"],
    weekday_next: &["следующая", "следующее", "следующий", "следующую"],
    weekday_cues: &["в", "во"],
    month_cues: &["в", "с", "до"],
    modifiers: &["начале", "середине", "конце"],
    seasons: &[("весной", 0), ("летом", 1), ("осенью", 2), ("зимой", 3)],
    century_nouns: &["века", "веке", "век"],
    past_cues: &["была", "были", "было", "был", "вчера", "сказал", "сказала"],
    clock_cues: &["в"],
    clock_nouns: &["ч"],
    range_list_links: &["и"],
    ..DateWords::NONE
};
