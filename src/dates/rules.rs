//! The static tables of the date finder: month names, weekday names, relative day words and the
//! cue words around numbers.
//!
//! Word lists hold *folded* forms ([`crate::token::fold_into`]) sorted by bytes, so a lookup is
//! one fold of the candidate token and a binary search; a test checks the order. The weekday
//! and relative-word tables are matched against the raw token instead (no fold), because they
//! are probed on every word of a document and a fold would cost too much there; [`WORD_INDEX`]
//! turns almost every other word away with one hash and one load.
//!
//! This module holds data only; what the words mean in context is decided in `mod.rs`.

/// Month flag: an abbreviation ("Okt", "Sept"); an adjacent "." belongs to it, and without a day
/// it needs that dot ("Okt. 2024" is a month, "Jan 2024" may be a name and a year).
pub(super) const ABBR: u8 = 1;
/// Month flag: English, so it may come before the day ("October 3, 2024").
pub(super) const EN: u8 = 2;
/// Month flag: only a month when capitalised ("May", "March"; "may" is a verb).
pub(super) const CAP: u8 = 4;
/// Month flag: only a month in lower case (French "mars"; "Mars" is the planet).
pub(super) const LOWER: u8 = 8;

/// Weekday names: `(name, days from Monday, any_case)`. Names with `any_case` (German and
/// English, all ASCII) match in any ASCII case and need a cue before them (see
/// [`WEEKDAY_CUES`]); the others (French, Spanish, Italian, Russian accusative) match only as
/// written here, in lower case, which is how those languages write weekdays and what keeps
/// "Domingo" (a name) out.
pub(super) static WEEKDAYS: &[(&str, i8, bool)] = &[
    ("montag", 0, true),
    ("dienstag", 1, true),
    ("mittwoch", 2, true),
    ("donnerstag", 3, true),
    ("freitag", 4, true),
    ("samstag", 5, true),
    ("sonnabend", 5, true),
    ("sonntag", 6, true),
    ("monday", 0, true),
    ("tuesday", 1, true),
    ("wednesday", 2, true),
    ("thursday", 3, true),
    ("friday", 4, true),
    ("saturday", 5, true),
    ("sunday", 6, true),
    ("lundi", 0, false),
    ("mardi", 1, false),
    ("mercredi", 2, false),
    ("jeudi", 3, false),
    ("vendredi", 4, false),
    ("samedi", 5, false),
    ("dimanche", 6, false),
    ("lunes", 0, false),
    ("martes", 1, false),
    ("miércoles", 2, false),
    ("miercoles", 2, false),
    ("jueves", 3, false),
    ("viernes", 4, false),
    ("sábado", 5, false),
    ("sabado", 5, false),
    ("domingo", 6, false),
    ("lunedì", 0, false),
    ("lunedi", 0, false),
    ("martedì", 1, false),
    ("martedi", 1, false),
    ("mercoledì", 2, false),
    ("mercoledi", 2, false),
    ("giovedì", 3, false),
    ("giovedi", 3, false),
    ("venerdì", 4, false),
    ("venerdi", 4, false),
    ("sabato", 5, false),
    ("domenica", 6, false),
    ("понедельник", 0, false),
    ("вторник", 1, false),
    ("среду", 2, false),
    ("четверг", 3, false),
    ("пятницу", 4, false),
    ("субботу", 5, false),
    ("воскресенье", 6, false),
];

/// Relative day words: `(word, offset in days from the reference date, any_case)`. `any_case`
/// words match in any ASCII case; the others only as written, which is how "morgen"
/// (tomorrow) is told from "Morgen" (morning). French "hier" is left out: it is German "here".
/// "aujourd" only counts when followed by "'hui" (checked in `mod.rs`).
pub(super) static RELATIVE: &[(&str, i8, bool)] = &[
    ("heute", 0, true),
    ("gestern", -1, true),
    ("vorgestern", -2, true),
    ("morgen", 1, false),
    ("übermorgen", 2, false),
    ("Übermorgen", 2, false),
    ("today", 0, true),
    ("yesterday", -1, true),
    ("tomorrow", 1, true),
    ("aujourd", 0, true),
    ("demain", 1, true),
    ("hoy", 0, true),
    ("ayer", -1, true),
    ("anteayer", -2, true),
    ("oggi", 0, true),
    ("ieri", -1, true),
    ("domani", 1, true),
    ("dopodomani", 2, true),
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
];

/// A 4096-bit set of [`gate_key`]s: a word whose key is not in the set cannot be in the table
/// the set was built from, so most words are turned away with one multiplication and one load,
/// before any fold.
pub(super) type Gate = [u64; 64];

/// The gate key of a token of at least two bytes: its first two bytes, last byte and length,
/// with bit 5 set in each byte (ASCII lower case; also the same for both cases of most
/// Cyrillic letters and for Latin letters with accents), hashed to 12 bits.
#[inline]
pub(super) const fn gate_key(b: &[u8]) -> usize {
    gate_key_of(b[0], b[1], b[b.len() - 1], b.len())
}

/// [`gate_key`] from its parts: first, second and last byte, and length.
#[inline]
pub(super) const fn gate_key_of(first: u8, second: u8, last: u8, len: usize) -> usize {
    let k = (first | 0x20) as u32
        | ((second | 0x20) as u32) << 8
        | ((last | 0x20) as u32) << 16
        | (len as u32) << 24;
    // Fibonacci hashing: the top 12 bits of the product mix all input bytes.
    (k.wrapping_mul(0x9E37_79B1) >> 20) as usize
}

/// Whether `gate` holds the key of `b` (a token of at least two bytes).
#[inline]
pub(super) fn gate_admits(gate: &Gate, b: &[u8]) -> bool {
    let key = gate_key(b);
    gate[key >> 6] >> (key & 63) & 1 != 0
}

const fn gate_add(mut gate: Gate, word: &str) -> Gate {
    let key = gate_key(word.as_bytes());
    gate[key >> 6] |= 1 << (key & 63);
    gate
}

/// For each first byte, bit `n` is set when some [`WEEKDAYS`] or [`RELATIVE`] entry of `n`
/// bytes starts with that byte in either ASCII case.
pub(super) static FIRST_BYTE_LENGTHS: [u32; 256] = {
    let mut gate = [0u32; 256];
    let mut i = 0;
    while i < WEEKDAYS.len() + RELATIVE.len() {
        let word = if i < WEEKDAYS.len() {
            WEEKDAYS[i].0
        } else {
            RELATIVE[i - WEEKDAYS.len()].0
        };
        let b = word.as_bytes();
        let bit = 1u32 << b.len();
        gate[b[0].to_ascii_lowercase() as usize] |= bit;
        gate[b[0].to_ascii_uppercase() as usize] |= bit;
        i += 1;
    }
    gate
};

/// [`WORD_INDEX`] value of a key shared by several entries: scan [`WEEKDAYS`] and [`RELATIVE`].
pub(super) const SHARED_KEY: u8 = u8::MAX;

/// For each [`gate_key`], which [`WEEKDAYS`] or [`RELATIVE`] entry has it: 0 for none, `1 + i`
/// for entry `i` of the two tables taken one after the other, [`SHARED_KEY`] for several. It is
/// probed on every word when a reference date is given, so a word costs one hash, one load and
/// at most one comparison.
pub(super) static WORD_INDEX: [u8; 4096] = {
    let mut index = [0u8; 4096];
    let mut i = 0;
    while i < WEEKDAYS.len() + RELATIVE.len() {
        let word = if i < WEEKDAYS.len() {
            WEEKDAYS[i].0
        } else {
            RELATIVE[i - WEEKDAYS.len()].0
        };
        let key = gate_key(word.as_bytes());
        index[key] = if index[key] == 0 {
            (i + 1) as u8
        } else {
            SHARED_KEY
        };
        i += 1;
    }
    index
};

/// The gate of [`MONTHS`], probed on words next to numbers. It is built from the folded names,
/// and the key of a raw token equals the key of its fold whenever the first byte is ASCII (no
/// month name has "ß" or a soft hyphen); words starting with another byte skip the gate.
pub(super) static MONTH_GATE: Gate = {
    let mut gate = [0; 64];
    let mut i = 0;
    while i < MONTHS.len() {
        gate = gate_add(gate, MONTHS[i].0);
        i += 1;
    }
    gate
};

/// A sorted list of folded words with the [`Gate`] of its entries.
pub(super) struct WordSet {
    /// The folded words, sorted by bytes.
    pub(super) words: &'static [&'static str],
    /// The keys of the words that are at least two bytes long.
    pub(super) gate: Gate,
}

impl WordSet {
    const fn new(words: &'static [&'static str]) -> WordSet {
        let mut gate = [0; 64];
        let mut i = 0;
        while i < words.len() {
            if words[i].len() >= 2 {
                gate = gate_add(gate, words[i]);
            }
            i += 1;
        }
        WordSet { words, gate }
    }

    /// Whether raw token text `raw` may fold to one of the words: `false` only when it surely
    /// does not (a token of two or more bytes starting with ASCII whose key is not in the gate).
    /// The key of a raw token equals the key of its fold when the first byte is ASCII and the
    /// token has no "ß" or soft hyphen; no German entry has an "ss" that could be written "ß".
    #[inline]
    pub(super) fn may_contain(&self, raw: &[u8]) -> bool {
        raw.len() < 2 || raw[0] >= 128 || gate_admits(&self.gate, raw)
    }

    /// Whether folded `f` is one of the words.
    #[inline]
    pub(super) fn contains(&self, f: &[u8]) -> bool {
        self.words.binary_search_by(|e| e.as_bytes().cmp(f)).is_ok()
    }
}

/// Month names and abbreviations in folded form (see [`crate::token::fold_into`]): German,
/// English, French, Spanish, Italian and Russian (nominative, genitive and prepositional),
/// with the common spellings without accents. Sorted by bytes for binary search.
///
/// Each row is `(name, month 1–12, flags)`; the flags are [`ABBR`], [`EN`], [`CAP`] and [`LOWER`].
pub(super) static MONTHS: &[(&str, i8, u8)] = &[
    ("abril", 4, 0),
    ("agosto", 8, 0),
    ("aout", 8, 0),
    ("août", 8, 0),
    ("apr", 4, ABBR | EN),
    ("april", 4, EN),
    ("aprile", 4, 0),
    ("aug", 8, ABBR | EN),
    ("august", 8, EN),
    ("avr", 4, ABBR),
    ("avril", 4, 0),
    ("dec", 12, ABBR | EN),
    ("december", 12, EN),
    ("decembre", 12, 0),
    ("dez", 12, ABBR),
    ("dezember", 12, 0),
    ("dicembre", 12, 0),
    ("diciembre", 12, 0),
    ("déc", 12, ABBR),
    ("décembre", 12, 0),
    ("enero", 1, 0),
    ("feb", 2, ABBR | EN),
    ("febbraio", 2, 0),
    ("febr", 2, ABBR),
    ("febrero", 2, 0),
    ("februar", 2, 0),
    ("february", 2, EN),
    ("fevr", 2, ABBR),
    ("fevrier", 2, 0),
    ("fév", 2, ABBR),
    ("févr", 2, ABBR),
    ("février", 2, 0),
    ("gennaio", 1, 0),
    ("giugno", 6, 0),
    ("jan", 1, ABBR | EN),
    ("januar", 1, 0),
    ("january", 1, EN),
    ("janv", 1, ABBR),
    ("janvier", 1, 0),
    ("juil", 7, ABBR),
    ("juillet", 7, 0),
    ("juin", 6, 0),
    ("jul", 7, ABBR | EN),
    ("juli", 7, 0),
    ("julio", 7, 0),
    ("july", 7, EN),
    ("jun", 6, ABBR | EN),
    ("june", 6, EN),
    ("juni", 6, 0),
    ("junio", 6, 0),
    ("jänner", 1, 0),
    ("luglio", 7, 0),
    ("maerz", 3, 0),
    ("maggio", 5, 0),
    ("mai", 5, 0),
    ("mar", 3, ABBR | EN),
    ("march", 3, EN | CAP),
    ("mars", 3, LOWER),
    ("marzo", 3, 0),
    ("may", 5, EN | CAP),
    ("mayo", 5, 0),
    ("mrz", 3, ABBR),
    ("mär", 3, ABBR),
    ("märz", 3, 0),
    ("nov", 11, ABBR | EN),
    ("november", 11, EN),
    ("novembre", 11, 0),
    ("noviembre", 11, 0),
    ("oct", 10, ABBR | EN),
    ("october", 10, EN),
    ("octobre", 10, 0),
    ("octubre", 10, 0),
    ("okt", 10, ABBR),
    ("oktober", 10, 0),
    ("ottobre", 10, 0),
    ("sep", 9, ABBR | EN),
    ("sept", 9, ABBR | EN),
    ("september", 9, EN),
    ("septembre", 9, 0),
    ("septiembre", 9, 0),
    ("setiembre", 9, 0),
    ("settembre", 9, 0),
    ("август", 8, 0),
    ("августа", 8, 0),
    ("августе", 8, 0),
    ("апреле", 4, 0),
    ("апрель", 4, 0),
    ("апреля", 4, 0),
    ("декабре", 12, 0),
    ("декабрь", 12, 0),
    ("декабря", 12, 0),
    ("июле", 7, 0),
    ("июль", 7, 0),
    ("июля", 7, 0),
    ("июне", 6, 0),
    ("июнь", 6, 0),
    ("июня", 6, 0),
    ("мае", 5, 0),
    ("май", 5, 0),
    ("март", 3, 0),
    ("марта", 3, 0),
    ("марте", 3, 0),
    ("мая", 5, 0),
    ("ноябре", 11, 0),
    ("ноябрь", 11, 0),
    ("ноября", 11, 0),
    ("октябре", 10, 0),
    ("октябрь", 10, 0),
    ("октября", 10, 0),
    ("сентябре", 9, 0),
    ("сентябрь", 9, 0),
    ("сентября", 9, 0),
    ("феврале", 2, 0),
    ("февраль", 2, 0),
    ("февраля", 2, 0),
    ("январе", 1, 0),
    ("январь", 1, 0),
    ("января", 1, 0),
];
/// Words that, right before a four-digit number, make it a year: "im Jahr 2024", "seit 2015",
/// "since 2015", "en 2024", "nel 2024", "в 2024". Folded, sorted.
pub(super) static YEAR_CUES: WordSet = WordSet::new(&[
    "ab",
    "after",
    "anfang",
    "anno",
    "année",
    "antes",
    "après",
    "automne",
    "autumn",
    "avant",
    "año",
    "before",
    "bis",
    "by",
    "dal",
    "dall",
    "depuis",
    "desde",
    "dopo",
    "during",
    "début",
    "early",
    "en",
    "ende",
    "entro",
    "estate",
    "fin",
    "finales",
    "fine",
    "frühjahr",
    "frühling",
    "hasta",
    "herbst",
    "hiver",
    "ici",
    "in",
    "inizio",
    "jahr",
    "jahre",
    "jahres",
    "jahresanfang",
    "jahresende",
    "late",
    "mediados",
    "mitte",
    "nel",
    "prima",
    "principios",
    "printemps",
    "seit",
    "since",
    "sommer",
    "spring",
    "summer",
    "till",
    "until",
    "winter",
    "year",
    "été",
    "в",
    "до",
    "к",
    "после",
    "с",
]);
/// Words that open a range of years ("von 2010 bis 2020", "between 2010 and 2020"); a year after
/// one of them is only a year when the range is there. Folded, sorted.
pub(super) static RANGE_CUES: WordSet = WordSet::new(&[
    "between", "dal", "de", "entre", "fra", "from", "tra", "von", "zwischen",
]);
/// Words and dashes that join the two ends of a range of days or years ("1. bis 3. Oktober",
/// "3./4. Oktober", "1-3 October", "von 2010 bis 2020"). Folded, sorted.
pub(super) static RANGE_LINKS: WordSet = WordSet::new(&[
    "-", "/", "a", "al", "and", "au", "bis", "e", "et", "through", "to", "und", "y", "à", "до",
    "и", "по", "–", "—",
]);
/// Words that, right before "3.10." (day and month, no year), make it a German date. Without
/// one, "3.10." is too often a section number or a score. Folded, sorted.
pub(super) static DAY_CUES: WordSet =
    WordSet::new(&["ab", "am", "bis", "dem", "den", "seit", "vom", "zum"]);
/// Words that, right before a dotted or dashed number run, make it something other than a date:
/// "Version 2.10.24", "Abb. 3.10.24", "Tel. 12.03.45". Folded, sorted.
pub(super) static NUMERIC_BLOCK: WordSet = WordSet::new(&[
    "abb",
    "abbildung",
    "abschnitt",
    "art",
    "article",
    "artikel",
    "build",
    "chapter",
    "fax",
    "fig",
    "figure",
    "firmware",
    "ip",
    "kap",
    "kapitel",
    "no",
    "nr",
    "nº",
    "p",
    "page",
    "par",
    "paragraph",
    "patch",
    "phone",
    "release",
    "s",
    "sec",
    "section",
    "seite",
    "tab",
    "tabelle",
    "table",
    "tel",
    "telefon",
    "telephone",
    "update",
    "v",
    "ver",
    "version",
    "versionen",
    "versions",
]);
/// Units, counted nouns and era markers: a year candidate followed by one of them is a quantity
/// or not a year of our era ("bis 2030 Euro", "seit 2015 Menschen", "1000 v. Chr.", "2014 BC";
/// "in 2024 cases" is not covered). Folded, sorted.
pub(super) static UNITS: WordSet = WordSet::new(&[
    "bc",
    "bce",
    "besucher",
    "billion",
    "billions",
    "chf",
    "days",
    "dead",
    "deaths",
    "dollar",
    "dollars",
    "einwohner",
    "employees",
    "eur",
    "euro",
    "euros",
    "franken",
    "gbp",
    "hours",
    "jahre",
    "jahren",
    "jobs",
    "kg",
    "kilometer",
    "kilometern",
    "kilometers",
    "kilometres",
    "km",
    "leute",
    "m",
    "mal",
    "menschen",
    "meter",
    "metern",
    "meters",
    "metres",
    "milliarden",
    "million",
    "millionen",
    "millions",
    "minuten",
    "minutes",
    "mio",
    "mitarbeiter",
    "morti",
    "morts",
    "mrd",
    "muertos",
    "opfer",
    "pct",
    "people",
    "per",
    "percent",
    "personas",
    "persone",
    "personen",
    "personnes",
    "persons",
    "pfund",
    "points",
    "por",
    "pound",
    "pounds",
    "pourcent",
    "prozent",
    "punkt",
    "punkte",
    "residents",
    "roubles",
    "rubel",
    "rubles",
    "soldaten",
    "soldiers",
    "stellen",
    "stimmen",
    "stunden",
    "t",
    "tage",
    "tagen",
    "teilnehmer",
    "times",
    "tonnen",
    "tonnes",
    "tons",
    "tote",
    "toten",
    "us",
    "usd",
    "v",
    "victims",
    "votes",
    "workers",
    "years",
    "yen",
    "yuan",
    "zuschauer",
    "долларов",
    "евро",
    "рублей",
    "человек",
]);
/// Words that, before a year ending in 0, make it a decade: "années 1990", "anni 1990". Folded, sorted.
pub(super) static DECADE_CUES: WordSet = WordSet::new(&["anni", "années", "años"]);
/// Words before a weekday that point back: "last Monday", "vergangenen Montag". Folded, sorted.
pub(super) static WEEKDAY_PAST: WordSet = WordSet::new(&[
    "last",
    "letzten",
    "past",
    "previous",
    "vergangenen",
    "vorigen",
    "прошлая",
    "прошлое",
    "прошлую",
    "прошлый",
]);
/// Words before a weekday that point forward: "next Monday", "kommenden Montag". Folded, sorted.
pub(super) static WEEKDAY_NEXT: WordSet = WordSet::new(&[
    "coming",
    "following",
    "kommenden",
    "next",
    "nächsten",
    "следующая",
    "следующее",
    "следующий",
    "следующую",
]);
/// Words before a weekday that neither point back nor forward but belong to the expression:
/// "diesen Montag", "this Monday", "ce lundi". Folded, sorted.
pub(super) static WEEKDAY_THIS: WordSet = WordSet::new(&["ce", "diesen", "this"]);
/// Prepositions that make a German or English weekday name a date: "am Montag", "on Monday".
/// Folded, sorted.
pub(super) static WEEKDAY_CUES: WordSet = WordSet::new(&[
    "ab", "am", "bis", "by", "on", "seit", "since", "until", "vom", "zum", "в", "во",
]);
/// Words after a weekday that point back: "lundi dernier", "lunes pasado". Folded, sorted.
pub(super) static WEEKDAY_POST_PAST: WordSet = WordSet::new(&["dernier", "pasado", "scorso"]);
/// Words after a weekday that point forward: "lundi prochain", "lunes próximo". Folded, sorted.
pub(super) static WEEKDAY_POST_NEXT: WordSet =
    WordSet::new(&["prochain", "prossimo", "proximo", "próximo"]);
