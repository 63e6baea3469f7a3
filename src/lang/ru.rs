//! The Russian pack: the words that the rules ask for in Russian text (data only; see the
//! module doc of [`crate::lang`]).

// ---- Words the entity rules ask for -------------------------------------------------------

use super::EntityWords;

/// The words the entity rules ask for.
pub(super) static ENTITY: EntityWords = EntityWords {
    titles: &[],
    articles: &[],
    particles: &[],
    inner_particles: &[],
    organisation_suffixes: &[],
    organisation_prefixes: &[],
    name_connectors: &[],
    region_prefixes: &[],
    not_surnames: &[],
    determiners: &[],
    speech_before: &[],
    speech_after: &[],
    speech_after_quote: &[],
};

// ---- Words the date rules ask for ---------------------------------------------------------

use super::DateWords;

/// Russian: "3 октября 2024 года", "в октябре 2024 года"; month names in the nominative,
/// genitive and prepositional.
pub(super) static DATE_WORDS: DateWords = DateWords {
    months: &[
        ("январь", 1, 0),
        ("января", 1, 0),
        ("январе", 1, 0),
        ("февраль", 2, 0),
        ("февраля", 2, 0),
        ("феврале", 2, 0),
        ("март", 3, 0),
        ("марта", 3, 0),
        ("марте", 3, 0),
        ("апрель", 4, 0),
        ("апреля", 4, 0),
        ("апреле", 4, 0),
        ("май", 5, 0),
        ("мая", 5, 0),
        ("мае", 5, 0),
        ("июнь", 6, 0),
        ("июня", 6, 0),
        ("июне", 6, 0),
        ("июль", 7, 0),
        ("июля", 7, 0),
        ("июле", 7, 0),
        ("август", 8, 0),
        ("августа", 8, 0),
        ("августе", 8, 0),
        ("сентябрь", 9, 0),
        ("сентября", 9, 0),
        ("сентябре", 9, 0),
        ("октябрь", 10, 0),
        ("октября", 10, 0),
        ("октябре", 10, 0),
        ("ноябрь", 11, 0),
        ("ноября", 11, 0),
        ("ноябре", 11, 0),
        ("декабрь", 12, 0),
        ("декабря", 12, 0),
        ("декабре", 12, 0),
    ],
    month_before_day: false,
    // In the accusative, as after "в": "в среду".
    weekdays: &[
        ("понедельник", 0, false),
        ("вторник", 1, false),
        ("среду", 2, false),
        ("четверг", 3, false),
        ("пятницу", 4, false),
        ("субботу", 5, false),
        ("воскресенье", 6, false),
    ],
    // Matched as written (the case fold is ASCII only), so the capitalised forms are listed.
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
    relative_tails: &[],
    day_phrase: None,
    year_cues: &["в", "до", "к", "после", "с"],
    range_cues: &[],
    range_links: &["до", "и", "по"],
    day_cues: &[],
    numeric_block: &[],
    units: &["долларов", "евро", "рублей", "человек"],
    decade_cues: &[],
    decade_suffixes: &[],
    decade_clitics: &[],
    decade_nouns: &[],
    ordinal_suffixes: &[],
    day_month_links: &[],
    date_year_links: &[],
    month_year_links: &[],
    weekday_date_links: &[],
    year_words: &["года", "году", "год"],
    year_abbrs: &["г"],
    weekday_past: &["прошлая", "прошлое", "прошлую", "прошлый"],
    weekday_next: &["следующая", "следующее", "следующий", "следующую"],
    weekday_this: &[],
    weekday_cues: &["в", "во"],
    weekday_post_past: &[],
    weekday_post_next: &[],
};
