//! Language packs: per language, the words that the rules ask for, each list in one place.
//!
//! A rule never holds a word list of its own: it asks a pack ("is this a title?", "which month
//! is this?"). A pack is a module per language (`de.rs`, `en.rs`, …) of static data; adding a
//! language adds a module and its line in [`Lang::ALL`]. The words fall in two groups, which
//! each module keeps in its own section:
//!
//! - words the entity rules ask for (titles before a name, name particles, articles,
//!   organisation head words, region prefixes, context cues);
//! - words the date rules ask for (month and weekday names, relative day words, cue words).
//!
//! The packs hold data only; what a word means in context is decided by the rule that asks.

mod ar;
mod de;
mod en;
mod es;
mod fr;
mod it;
mod nl;
mod pt;
mod ru;

use once_cell::sync::Lazy;

/// A language that has a pack.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lang {
    /// German.
    De,
    /// English.
    En,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Italian.
    It,
    /// Russian.
    Ru,
    /// Dutch.
    Nl,
    /// Portuguese.
    Pt,
    /// Arabic (for now only the particles of Arabic names written in Latin script).
    Ar,
}

impl Lang {
    /// Every language with a pack, in a fixed order.
    pub const ALL: [Lang; 9] = [
        Lang::De,
        Lang::En,
        Lang::Fr,
        Lang::Es,
        Lang::It,
        Lang::Ru,
        Lang::Nl,
        Lang::Pt,
        Lang::Ar,
    ];

    /// The ISO 639-1 code: `de`, `en`, `fr`, `es`, `it`, `ru`, `nl`, `pt`, `ar`.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Ru => "ru",
            Lang::Nl => "nl",
            Lang::Pt => "pt",
            Lang::Ar => "ar",
        }
    }

    /// The words the entity rules ask for in this language.
    pub(crate) fn entity_words(self) -> &'static EntityWords {
        match self {
            Lang::De => &de::ENTITY,
            Lang::En => &en::ENTITY,
            Lang::Fr => &fr::ENTITY,
            Lang::Es => &es::ENTITY,
            Lang::It => &it::ENTITY,
            Lang::Ru => &ru::ENTITY,
            Lang::Nl => &nl::ENTITY,
            Lang::Pt => &pt::ENTITY,
            Lang::Ar => &ar::ENTITY,
        }
    }
}

// ---- Entity words ------------------------------------------------------------------------

/// The words of one language that the entity rules ask for. Lists marked "folded" hold the
/// form [`crate::token::fold_into`] gives (the rules compare token hashes); lists marked "as
/// written" are compared with the token's text, case included ("die" is an article, "Die" at
/// the start of a sentence too, "DIE" is not looked at).
#[derive(Debug)]
pub(crate) struct EntityWords {
    /// Titles before a surname ("Herr Müller", "Mr. Smith"), folded.
    pub titles: &'static [&'static str],
    /// Role nouns that end a compound before a name and make it a title ("Bundestrainer Löw",
    /// "Politikwissenschaftler Pelinka", "Regierungssprecher Hohenberg"), folded: German joins
    /// what a role is of to the role word.
    pub role_suffixes: &'static [&'static str],
    /// Articles, as written: a given name right after one is not a person's ("die Maria",
    /// "the Sandy Hook").
    pub articles: &'static [&'static str],
    /// Name particles that may follow a given name ("Ursula von der Leyen"), as written.
    pub particles: &'static [&'static str],
    /// Particles that may follow another particle ("von der", "de la"), as written.
    pub inner_particles: &'static [&'static str],
    /// Head words and legal forms that end an organisation's name ("Siemens AG"), folded.
    pub organisation_suffixes: &'static [&'static str],
    /// Head words that start an organisation's name ("University of Toronto", "FC Schalke
    /// 04"), folded.
    pub organisation_prefixes: &'static [&'static str],
    /// Head words that make an organisation of a hyphen compound ("Lehmbruck-Museum",
    /// "Ostsee-Zeitung"): institutions, not the generic heads of common compounds
    /// ("Promi-Gesellschaft", "Kampusch-Kommission"), folded.
    pub compound_heads: &'static [&'static str],
    /// Words that may stand between a prefix head word and the rest of the name ("University
    /// of Toronto"), as written.
    pub name_connectors: &'static [&'static str],
    /// Capitalised words that make a following country name part of a region's name ("New
    /// Jersey", "Nord-Zypern" is a key of its own), as written.
    pub region_prefixes: &'static [&'static str],
    /// Capitalised words that follow a given name in news without being a surname ("Und",
    /// "Die"), as written; month and weekday names are the date words' (see
    /// [`is_month_or_weekday`]).
    pub not_surnames: &'static [&'static str],
    /// Words other than articles after which a capitalised word is a noun, not a name:
    /// prepositions fused with an article, demonstratives, possessives, quantifiers ("im",
    /// "diese", "seine", "kein"), as written.
    pub determiners: &'static [&'static str],
    /// Verbs of saying that stand right before a speaker's name in news ("sagte Merkel",
    /// "said Johnson"), and "so" of "…, so Merkel."; as written.
    pub speech_before: &'static [&'static str],
    /// Verbs of saying that stand right after a speaker's name ("Merkel sagte"), only where
    /// the subject is rarely an organisation or a thing; as written.
    pub speech_after: &'static [&'static str],
    /// Verbs of saying that stand before the speaker's name only after a quotation ("…,"
    /// said Johnson): elsewhere the name after them is what is said about ("Putin says West
    /// …"); as written.
    pub speech_after_quote: &'static [&'static str],
    /// Legal forms that follow a company's name ("Hornbach AG", "Apple Inc"), folded: a known
    /// organisation takes in the one right after it.
    pub legal_forms: &'static [&'static str],
    /// Prepositions of place ("in", "aus", "nach", "at", "from"), as written: a city right
    /// after one is the place even in a sports report ("das Derby in Nürnberg"), and a place
    /// there is not taken for a person's surname ("in Merano" after "Anna Merano").
    pub place_prepositions: &'static [&'static str],
    /// Words of sports reports ("Tor", "Trainer", "Bundesliga", "beat", "league", "scored"),
    /// folded: near enough of them, a city or region that is also a club's name is the club
    /// ("Bayern gewann", "Chelsea beat Arsenal").
    pub sports_words: &'static [&'static str],
    /// Generic place words that start a place's name before a known place ("Lake Chad", "Kreis
    /// Flensburg", "East Perth"), as written.
    pub place_words_before: &'static [&'static str],
    /// Generic place words that end a place's name after a known place ("Niger River", "Orange
    /// County"), as written.
    pub place_words_after: &'static [&'static str],
    /// Generic place words that start a place's name with a connector before a known place
    /// ("City of Brampton", "Port of Liverpool", "Diocese of Sioux City"), as written.
    pub place_words_of: &'static [&'static str],
    /// Words of events and armies named after a place with a connector ("Battle of
    /// Fredericksburg", "Army of the Potomac"), as written: the place there is no mention.
    pub events_of: &'static [&'static str],
    /// The language's most frequent short words, which tell it from the others ("der", "und",
    /// "the", "and"): what [`guess`] counts; lower case.
    pub function_words: &'static [&'static str],
}

impl EntityWords {
    /// No words at all: the base of a pack's literal (`..EntityWords::NONE`), which names only the
    /// lists its language has.
    pub(crate) const NONE: Self = Self {
        titles: &[],
        role_suffixes: &[],
        articles: &[],
        particles: &[],
        inner_particles: &[],
        organisation_suffixes: &[],
        organisation_prefixes: &[],
        compound_heads: &[],
        name_connectors: &[],
        region_prefixes: &[],
        not_surnames: &[],
        determiners: &[],
        speech_before: &[],
        speech_after: &[],
        speech_after_quote: &[],
        legal_forms: &[],
        place_prepositions: &[],
        sports_words: &[],
        place_words_before: &[],
        place_words_after: &[],
        place_words_of: &[],
        events_of: &[],
        function_words: &[],
    };
}

/// Each function word's hash (folded) and the languages whose word it is, one bit each in the
/// order of [`Lang::ALL`], sorted by hash.
static FUNCTION_WORDS: Lazy<Vec<(u64, u16)>> = Lazy::new(|| {
    let mut v: Vec<(u64, u16)> = Vec::new();
    for (i, l) in Lang::ALL.iter().enumerate() {
        for w in l.entity_words().function_words {
            v.push((crate::token::token_hash(w.as_bytes()), 1 << i));
        }
    }
    v.sort_unstable();
    // Words of several languages ("la", "de") keep every language's bit.
    let mut merged: Vec<(u64, u16)> = Vec::new();
    for (h, bits) in v {
        match merged.last_mut() {
            Some(last) if last.0 == h => last.1 |= bits,
            _ => merged.push((h, bits)),
        }
    }
    merged
});

/// How many words [`guess`] looks at: the first few hundred words of a text tell its language
/// as well as all of them, and a window of 64 KiB holds about 10,000.
const GUESS_WORDS: usize = 400;

/// The language of a text, from its first words: the pack whose function words it uses most
/// (at least three, and more than any other pack's); None when no pack's words stand out.
pub(crate) fn guess(tokens: &[crate::token::Token]) -> Option<Lang> {
    let mut counts = [0u32; Lang::ALL.len()];
    let words = tokens
        .iter()
        .filter(|t| t.kind == crate::token::TokenKind::Word && t.end - t.start <= 6)
        .take(GUESS_WORDS);
    for t in words {
        if let Ok(k) = FUNCTION_WORDS.binary_search_by_key(&t.hash, |w| w.0) {
            let bits = FUNCTION_WORDS[k].1;
            for (i, c) in counts.iter_mut().enumerate() {
                *c += u32::from(bits >> i & 1);
            }
        }
    }
    let (best, &n) = counts.iter().enumerate().max_by_key(|&(_, n)| *n)?;
    let second = counts
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != best)
        .map(|(_, n)| *n)
        .max()
        .unwrap_or(0);
    (n >= 3 && n > second).then_some(Lang::ALL[best])
}

/// One list of every pack's words, for asking "is this word in it?" quickly: a bit per (first
/// byte, length) turns almost every word away with one load before the sorted list is searched.
/// The rules ask at every given name and head word, and a binary search of strings alone cost
/// 5 % of all instructions of extraction (callgrind, German news).
struct WordList {
    /// Bit `len` of entry `b`: some word starts with byte `b` and has `len` bytes (under 64).
    shapes: [u64; 256],
    words: Vec<&'static str>,
}

impl WordList {
    fn of(list: fn(&'static EntityWords) -> &'static [&'static str]) -> WordList {
        let mut words: Vec<&'static str> = all_of(list).collect();
        words.sort_unstable();
        words.dedup();
        let mut shapes = [0u64; 256];
        for w in &words {
            shapes[w.as_bytes()[0] as usize] |= 1 << w.len().min(63);
        }
        WordList { shapes, words }
    }

    #[inline]
    fn contains(&self, w: &str) -> bool {
        let Some(&first) = w.as_bytes().first() else {
            return false;
        };
        self.shapes[first as usize] & (1 << w.len().min(63)) != 0
            && self.words.binary_search(&w).is_ok()
    }
}

/// A list of words that the packs hold "as written" and the rules look up by text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum List {
    /// [`EntityWords::articles`].
    Articles,
    /// [`EntityWords::particles`].
    Particles,
    /// [`EntityWords::inner_particles`].
    InnerParticles,
    /// [`EntityWords::name_connectors`].
    NameConnectors,
    /// [`EntityWords::region_prefixes`].
    RegionPrefixes,
    /// [`EntityWords::not_surnames`].
    NotSurnames,
    /// [`EntityWords::determiners`].
    Determiners,
    /// [`EntityWords::speech_before`].
    SpeechBefore,
    /// [`EntityWords::speech_after`].
    SpeechAfter,
    /// [`EntityWords::speech_after_quote`].
    SpeechAfterQuote,
    /// [`EntityWords::place_prepositions`].
    PlacePrepositions,
    /// [`EntityWords::place_words_before`].
    PlaceWordsBefore,
    /// [`EntityWords::place_words_after`].
    PlaceWordsAfter,
    /// [`EntityWords::place_words_of`].
    PlaceWordsOf,
    /// [`EntityWords::events_of`].
    EventsOf,
}

/// Every pack's words of each [`List`], in the order of the enum. The rules do not know the
/// document's language yet, so they ask all packs at once.
static LISTS: Lazy<[WordList; 15]> = Lazy::new(|| {
    [
        WordList::of(|w| w.articles),
        WordList::of(|w| w.particles),
        WordList::of(|w| w.inner_particles),
        WordList::of(|w| w.name_connectors),
        WordList::of(|w| w.region_prefixes),
        WordList::of(|w| w.not_surnames),
        WordList::of(|w| w.determiners),
        WordList::of(|w| w.speech_before),
        WordList::of(|w| w.speech_after),
        WordList::of(|w| w.speech_after_quote),
        WordList::of(|w| w.place_prepositions),
        WordList::of(|w| w.place_words_before),
        WordList::of(|w| w.place_words_after),
        WordList::of(|w| w.place_words_of),
        WordList::of(|w| w.events_of),
    ]
});

/// Whether `w` (as written) is in `list` of some pack: `has(List::Articles, "die")`.
#[inline]
pub(crate) fn has(list: List, w: &str) -> bool {
    LISTS[list as usize].contains(w)
}

/// Every pack's words of one list, in pack order (with repeats where two packs share a word).
pub(crate) fn all_of(
    list: fn(&'static EntityWords) -> &'static [&'static str],
) -> impl Iterator<Item = &'static str> {
    Lang::ALL
        .into_iter()
        .flat_map(move |l| list(l.entity_words()).iter().copied())
}

// ---- Date words ----------------------------------------------------------------------------

/// Flags of a month name in [`DateWords::months`].
pub(crate) mod month {
    /// An abbreviation ("Okt", "Sept"): an adjacent "." belongs to it, and without a day it
    /// needs that dot ("Okt. 2024" is a month, "Jan 2024" may be a name and a year).
    pub(crate) const ABBR: u8 = 1;
    /// Only a month when capitalised ("May", "March"; "may" is a verb).
    pub(crate) const CAP: u8 = 4;
    /// Only a month in lower case (French "mars"; "Mars" is the planet).
    pub(crate) const LOWER: u8 = 8;
}

/// CLDR's month and weekday names of the French, Spanish, Italian, Dutch, Portuguese and Russian
/// packs: static tables that `build.rs` writes from `gazetteers/date-names.tsv` (see
/// `build/date_names.rs` for what it keeps), named `FR_MONTHS`, `FR_WEEKDAYS`,
/// `FR_WEEKDAY_ABBRS` and so on.
mod cldr {
    include!(concat!(env!("OUT_DIR"), "/date_names.rs"));
}

/// Gates: the cheap first test of "may this word be in that list?" that the date rules and
/// [`is_month_or_weekday`] make before any fold or search.
pub(crate) mod gate {
    /// A 4096-bit set of [`key`]s: a word whose key is not in the set cannot be in the table
    /// the set was built from, so most words are turned away with one multiplication and one load,
    /// before any fold.
    pub(crate) type Gate = [u64; 64];

    /// The gate key of a token of at least two bytes: its first two bytes, last byte and length,
    /// with bit 5 set in each byte (ASCII lower case; also the same for both cases of most
    /// Cyrillic letters and for Latin letters with accents), hashed to 12 bits.
    #[inline]
    pub(crate) const fn key(b: &[u8]) -> usize {
        key_of(b[0], b[1], b[b.len() - 1], b.len())
    }

    /// [`key`] from its parts: first, second and last byte, and length.
    #[inline]
    pub(crate) const fn key_of(first: u8, second: u8, last: u8, len: usize) -> usize {
        let k = (first | 0x20) as u32
            | ((second | 0x20) as u32) << 8
            | ((last | 0x20) as u32) << 16
            | (len as u32) << 24;
        // Fibonacci hashing: the top 12 bits of the product mix all input bytes.
        (k.wrapping_mul(0x9E37_79B1) >> 20) as usize
    }

    /// Whether `gate` holds the key of `b` (a token of at least two bytes).
    #[inline]
    pub(crate) fn admits(gate: &Gate, b: &[u8]) -> bool {
        let key = key(b);
        gate[key >> 6] >> (key & 63) & 1 != 0
    }

    /// Adds `word` (of at least two bytes) to `gate`.
    pub(crate) fn add(gate: &mut Gate, word: &str) {
        let key = key(word.as_bytes());
        gate[key >> 6] |= 1 << (key & 63);
    }
}

/// A relative day word of [`DateWords::relative_days`] that counts only when an apostrophe and
/// a second word follow it: French "aujourd" + "'" + "hui".
pub(crate) type RelativeTail = (&'static str, &'static str);

/// "the day after tomorrow", "the day before yesterday": the words that double the offset of
/// a relative day word of ±1 (see [`DateWords::day_phrase`]).
pub(crate) struct DayPhrase {
    /// The article that may open the phrase ("the"); it joins the span when present.
    pub(crate) article: &'static str,
    /// The noun ("day").
    pub(crate) day: &'static str,
    /// The word before "tomorrow" ("after").
    pub(crate) after: &'static str,
    /// The word before "yesterday" ("before").
    pub(crate) before: &'static str,
}

/// The words the date rules ask one language for.
///
/// Words are written as [`crate::token::fold`] gives them (lower case, accents kept), except in
/// [`weekdays`](Self::weekdays) and [`relative_days`](Self::relative_days), whose entries say
/// how they match, and in the Russian year words, which match as written. A list may be empty;
/// a word may stand in several packs (the date rules take the union).
pub(crate) struct DateWords {
    /// Month names and abbreviations: `(name, month 1–12, flags)`, flags from [`month`].
    pub(crate) months: &'static [(&'static str, i8, u8)],
    /// Month names besides [`months`](Self::months) (which CLDR gives for most packs): forms
    /// CLDR lacks ("setiembre", Russian "в октябре") and case rules ("mars" only in lower
    /// case). A name in both lists takes the flags of both.
    pub(crate) more_months: &'static [(&'static str, i8, u8)],
    /// Whether this language writes the month before the day ("October 3, 2024"); a month
    /// name of such a pack may open a date.
    pub(crate) month_before_day: bool,
    /// Weekday names: `(name, days from Monday, any_case)`. `any_case` names match in any
    /// ASCII case and need a cue before them; the others match only as written.
    pub(crate) weekdays: &'static [(&'static str, i8, bool)],
    /// Weekday names besides [`weekdays`](Self::weekdays): forms CLDR lacks (Russian "в
    /// среду").
    pub(crate) more_weekdays: &'static [(&'static str, i8, bool)],
    /// Abbreviated weekday names: `(abbreviation, days from Monday)`, folded. They count only
    /// right before a date, with an optional dot and comma ("Fri, Jul 18", "Di., 25.07."),
    /// never alone ("Sat" is a verb, "So" an adverb).
    pub(crate) weekday_abbrs: &'static [(&'static str, i8)],
    /// Relative day words: `(word, offset in days from the reference date, any_case)`.
    pub(crate) relative_days: &'static [(&'static str, i8, bool)],
    /// Relative day words that need a tail after an apostrophe ("aujourd'hui").
    pub(crate) relative_tails: &'static [RelativeTail],
    /// The phrase that doubles a ±1 relative day ("the day after tomorrow").
    pub(crate) day_phrase: Option<DayPhrase>,
    /// Words that, right before a four-digit number, make it a year ("seit 2015", "nel 2024").
    pub(crate) year_cues: &'static [&'static str],
    /// Words that open a range of years ("von 2010 bis 2020", "between 2010 and 2020").
    pub(crate) range_cues: &'static [&'static str],
    /// Words that join the two ends of a range ("1. bis 3. Oktober", "2010 and 2020").
    pub(crate) range_links: &'static [&'static str],
    /// Words that, right before "3.10." (day and month, no year), make it a date.
    pub(crate) day_cues: &'static [&'static str],
    /// Words that, right before a dotted number run, make it something else ("Version 2.10.24").
    pub(crate) numeric_block: &'static [&'static str],
    /// Units and counted nouns: a year candidate followed by one is a quantity ("2030 Euro").
    pub(crate) units: &'static [&'static str],
    /// Words that, before a year ending in 0, make it a decade ("années 1990").
    pub(crate) decade_cues: &'static [&'static str],
    /// Endings glued to a year ending in 0 that make it a decade ("1990er", "1990s").
    pub(crate) decade_suffixes: &'static [&'static str],
    /// Endings after an apostrophe that make a year ending in 0 a decade ("1990's").
    pub(crate) decade_clitics: &'static [&'static str],
    /// Nouns after a decade that join its span ("1990er Jahre").
    pub(crate) decade_nouns: &'static [&'static str],
    /// Endings of a day number that make it an ordinal ("3rd", "1er", "1º").
    pub(crate) ordinal_suffixes: &'static [&'static str],
    /// Words between a day and its month ("3rd of October", "3 de octubre").
    pub(crate) day_month_links: &'static [&'static str],
    /// Words between a day and month and the year ("July 4th of 1995", "3 de octubre de 2024").
    pub(crate) date_year_links: &'static [&'static str],
    /// Words between a month without a day and the year ("octubre de 2024").
    pub(crate) month_year_links: &'static [&'static str],
    /// Words between a weekday and the date it opens ("Montag, den 3.10.").
    pub(crate) weekday_date_links: &'static [&'static str],
    /// Year words after a year, matched as written ("2024 года").
    pub(crate) year_words: &'static [&'static str],
    /// Abbreviated year words, with an optional dot ("2024 г.").
    pub(crate) year_abbrs: &'static [&'static str],
    /// Words before a weekday that point to the last such day before the reference
    /// ("vergangenen Montag").
    pub(crate) weekday_past: &'static [&'static str],
    /// Words before a weekday that point to the first such day after the reference
    /// ("kommenden Montag", "coming Monday").
    pub(crate) weekday_next: &'static [&'static str],
    /// Words before a weekday that point to the first such day on or after the reference
    /// ("this Monday", "diesen Montag").
    pub(crate) weekday_this: &'static [&'static str],
    /// Words before a weekday that name that day of the calendar week before the
    /// reference's ("last Friday" on a Thursday is eight days back, as English reads it).
    pub(crate) weekday_last_week: &'static [&'static str],
    /// Words before a weekday that name that day of the calendar week after the reference's
    /// ("next Friday" on a Monday is eleven days ahead).
    pub(crate) weekday_next_week: &'static [&'static str],
    /// Prepositions that make a weekday name a date ("am Montag", "on Monday").
    pub(crate) weekday_cues: &'static [&'static str],
    /// Words after a weekday that point back ("lundi dernier").
    pub(crate) weekday_post_past: &'static [&'static str],
    /// Words after a weekday that point forward ("lundi prochain").
    pub(crate) weekday_post_next: &'static [&'static str],
    /// Words before a month name without a day or year that make it a date ("im Oktober",
    /// "in October"); a modifier counts as one too.
    pub(crate) month_cues: &'static [&'static str],
    /// Words that narrow a date and join its span, its value unchanged ("Anfang", "Mitte",
    /// "Ende", "early", "late"): "Ende Oktober 2024" is 2024-10.
    pub(crate) modifiers: &'static [&'static str],
    /// Season names: `(name, season)`, season 0 spring, 1 summer, 2 autumn, 3 winter
    /// ("Herbst 1940" is 1940-FA).
    pub(crate) seasons: &'static [(&'static str, u8)],
    /// Nouns "year" before a year, which join its span ("im Jahr 2024", "des Jahres 1940").
    pub(crate) year_nouns: &'static [&'static str],
    /// Words between a modifier or season and the year noun after it ("Ende des Jahres 1940").
    pub(crate) of_links: &'static [&'static str],
    /// Nouns "century" after an ordinal ("im 19. Jahrhundert", "the 19th century").
    pub(crate) century_nouns: &'static [&'static str],
    /// Range links that make a range only after a range cue ("zwischen 2019 und 2021"; "3.
    /// Oktober und 5. November" is two dates). A subset of `range_links`.
    pub(crate) range_list_links: &'static [&'static str],
    /// Articles after a range link, before the second end ("bis zum 22.01.2016").
    pub(crate) range_articles: &'static [&'static str],
    /// Calendar units: `(word, unit)`, unit 0 day, 1 week, 2 month, 3 year ("letzte Woche",
    /// "vor zwei Tagen", "next month"), and the clock units 4 hour, 5 minute, which make
    /// durations only ("48 Stunden").
    pub(crate) calendar_units: &'static [(&'static str, u8)],
    /// Words before a unit that point one back ("letzte Woche", "last month").
    pub(crate) unit_past: &'static [&'static str],
    /// Words before a unit that point one forward ("nächstes Jahr", "next week").
    pub(crate) unit_next: &'static [&'static str],
    /// Words before a unit that point to the reference's own ("diese Woche", "this year").
    pub(crate) unit_this: &'static [&'static str],
    /// Words before a count of units that point back by it ("vor zwei Wochen").
    pub(crate) ago_before: &'static [&'static str],
    /// Words after a count of units that point back by it ("two weeks ago").
    pub(crate) ago_after: &'static [&'static str],
    /// Words before a count of units that point forward by it ("in zwei Wochen").
    pub(crate) later_before: &'static [&'static str],
    /// Number words: `(word, value)` ("zwei", "two").
    pub(crate) number_words: &'static [(&'static str, i8)],
    /// Words for a count with a fraction before a unit, in tenths: `("anderthalb", 15)` makes
    /// "anderthalb Stunden" a duration of 1.5 hours.
    pub(crate) duration_fractions: &'static [(&'static str, u8)],
    /// Holidays on a fixed day: `(tokens, month, day)`, the folded tokens joined by one space
    /// ("heiligabend", "new year ' s eve").
    pub(crate) holidays: &'static [(&'static str, i8, i8)],
    /// Words before a number that make it an amount, not a year ("rund 2000", "about 2000").
    pub(crate) amount_cues: &'static [&'static str],
    /// Words that put the sentence around a date in the past ("was", "sagte", "said"): a
    /// weekday or a date without a year in it points back from the reference date.
    pub(crate) past_cues: &'static [&'static str],
    /// Words that put the sentence around a date in the future ("will", "wird"): a weekday or
    /// a date without a year in it points forward.
    pub(crate) future_cues: &'static [&'static str],
    /// Auxiliaries of the perfect ("hat", "ist"), which put a sentence in the past only with a
    /// participle (a word with one of `participle_prefixes`): "hat gesagt", not "hat Zeit".
    pub(crate) perfect_auxiliaries: &'static [&'static str],
    /// Beginnings of a past participle ("ge" in "gesagt"), for `perfect_auxiliaries`.
    pub(crate) participle_prefixes: &'static [&'static str],
    /// Endings of a past-tense verb of five letters or more ("ed" in "announced").
    pub(crate) past_suffixes: &'static [&'static str],
    /// Parts of the day after a day: `(word, part)`, part 0 morning, 1 midday, 2 afternoon,
    /// 3 evening, 4 night ("Montag Abend", "tomorrow evening"). They join the day's span and
    /// make the hour of a clock after them ("tomorrow evening at 5") an afternoon one.
    pub(crate) day_parts: &'static [(&'static str, u8)],
    /// Words between a day and its part ("am" in "Montag am Abend", "in the morning").
    pub(crate) day_part_links: &'static [&'static str],
    /// Words between a clock time and the day after it ("at 9 am on Saturday", "um 19:30 am
    /// Freitag").
    pub(crate) clock_day_links: &'static [&'static str],
    /// Words before a clock time ("um 15 Uhr", "at 3 pm").
    pub(crate) clock_cues: &'static [&'static str],
    /// Nouns after a clock time ("15 Uhr", "15 h").
    pub(crate) clock_nouns: &'static [&'static str],
    /// "am" after an hour, alone or glued ("3 am", "3am"), matched in any ASCII case.
    pub(crate) clock_am: &'static [&'static str],
    /// "pm" after an hour ("3 pm", "3pm").
    pub(crate) clock_pm: &'static [&'static str],
}

impl DateWords {
    /// No words at all: the base of a pack's literal (`..DateWords::NONE`), which names only the
    /// lists its language has.
    pub(crate) const NONE: Self = Self {
        months: &[],
        more_months: &[],
        month_before_day: false,
        weekdays: &[],
        more_weekdays: &[],
        weekday_abbrs: &[],
        relative_days: &[],
        relative_tails: &[],
        day_phrase: None,
        year_cues: &[],
        range_cues: &[],
        range_links: &[],
        day_cues: &[],
        numeric_block: &[],
        units: &[],
        decade_cues: &[],
        decade_suffixes: &[],
        decade_clitics: &[],
        decade_nouns: &[],
        ordinal_suffixes: &[],
        day_month_links: &[],
        date_year_links: &[],
        month_year_links: &[],
        weekday_date_links: &[],
        year_words: &[],
        year_abbrs: &[],
        weekday_past: &[],
        weekday_next: &[],
        weekday_this: &[],
        weekday_last_week: &[],
        weekday_next_week: &[],
        weekday_cues: &[],
        weekday_post_past: &[],
        weekday_post_next: &[],
        month_cues: &[],
        modifiers: &[],
        seasons: &[],
        year_nouns: &[],
        of_links: &[],
        century_nouns: &[],
        range_list_links: &[],
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
        amount_cues: &[],
        past_cues: &[],
        future_cues: &[],
        perfect_auxiliaries: &[],
        participle_prefixes: &[],
        past_suffixes: &[],
        day_parts: &[],
        day_part_links: &[],
        clock_day_links: &[],
        clock_cues: &[],
        clock_nouns: &[],
        clock_am: &[],
        clock_pm: &[],
    };
}

impl DateWords {
    /// [`months`](Self::months) and then [`more_months`](Self::more_months).
    pub(crate) fn all_months(&self) -> impl Iterator<Item = &(&'static str, i8, u8)> {
        self.months.iter().chain(self.more_months)
    }

    /// [`weekdays`](Self::weekdays) and then [`more_weekdays`](Self::more_weekdays).
    pub(crate) fn all_weekdays(&self) -> impl Iterator<Item = &(&'static str, i8, bool)> {
        self.weekdays.iter().chain(self.more_weekdays)
    }
}

/// The words the date rules ask `lang` for, `None` for a pack without date words (its
/// language has no date rules yet); `Lang::ALL` and this give every pack.
pub(crate) fn date_words(lang: Lang) -> Option<&'static DateWords> {
    match lang {
        Lang::De => Some(&de::DATE_WORDS),
        Lang::En => Some(&en::DATE_WORDS),
        Lang::Fr => Some(&fr::DATE_WORDS),
        Lang::Es => Some(&es::DATE_WORDS),
        Lang::It => Some(&it::DATE_WORDS),
        Lang::Ru => Some(&ru::DATE_WORDS),
        Lang::Nl => Some(&nl::DATE_WORDS),
        Lang::Pt => Some(&pt::DATE_WORDS),
        // The Arabic pack holds only the particles of names written in Latin script.
        Lang::Ar => None,
    }
}

/// Whether `word` is a full month name or a weekday name in some pack, as the date rules read
/// it: `word` is folded ([`crate::token::fold`]) and must then equal a month name that is not
/// an abbreviation or a weekday name, under that name's case rule. A month flagged
/// [`month::CAP`] counts only capitalised ("May", not "may"), one flagged [`month::LOWER`]
/// only in lower case ("mars", not "Mars"); a weekday marked `any_case` counts in any case,
/// the others only as the pack writes them, in lower case ("domingo", not "Domingo").
///
/// So "Oktober", "OKTOBER", "Montag", "May", "Juin", "Mayo", "Марта" are accepted; "Okt",
/// "Mars", "Domingo", "may" are not.
pub(crate) fn is_month_or_weekday(word: &str) -> bool {
    const AS_WRITTEN: u8 = 0x80;
    if word.len() > 32 {
        return false;
    }
    let names = &*MONTH_AND_WEEKDAY_NAMES;
    // The entity rules ask this of nearly every capitalised word: an ASCII word (nearly all
    // are) is turned away by the gate, else lowered on the stack; other words are folded into
    // a `String`, since folding may change their bytes or length.
    let mut lowered = [0u8; 32];
    let folded;
    let key: &[u8] = if word.is_ascii() {
        let b = word.as_bytes();
        if b.len() < 2 || !gate::admits(&names.gate, b) {
            return false;
        }
        let lowered = &mut lowered[..b.len()];
        lowered.copy_from_slice(b);
        lowered.make_ascii_lowercase();
        lowered
    } else {
        folded = crate::token::fold(word);
        folded.as_bytes()
    };
    let Ok(k) = names.names.binary_search_by(|e| e.0.as_bytes().cmp(key)) else {
        return false;
    };
    let (name, rule) = names.names[k];
    let capitalised = word.chars().next().is_some_and(char::is_uppercase);
    match rule {
        month::CAP => capitalised,
        month::LOWER => !capitalised,
        AS_WRITTEN => word == name,
        _ => true,
    }
}

/// The names [`is_month_or_weekday`] knows.
struct MonthAndWeekdayNames {
    /// `(folded name, case rule)`: 0 any case, [`month::CAP`], [`month::LOWER`], or
    /// `AS_WRITTEN` (only exactly as written), sorted by name for binary search.
    names: Vec<(&'static str, u8)>,
    /// The gate of the names, in any ASCII case.
    gate: gate::Gate,
}

static MONTH_AND_WEEKDAY_NAMES: once_cell::sync::Lazy<MonthAndWeekdayNames> =
    once_cell::sync::Lazy::new(|| {
        const AS_WRITTEN: u8 = 0x80;
        let mut names = Vec::new();
        for words in Lang::ALL.into_iter().filter_map(date_words) {
            let months = words.all_months().filter(|m| m.2 & month::ABBR == 0);
            names.extend(months.map(|&(name, _, flags)| (name, flags)));
            let weekdays = words.all_weekdays();
            names.extend(weekdays.map(|&(name, _, any)| (name, if any { 0 } else { AS_WRITTEN })));
        }
        names.sort_unstable();
        // A name listed twice takes both case rules ("mars" from CLDR and as lower case only).
        names.dedup_by(|later, kept| {
            let same = later.0 == kept.0;
            if same {
                kept.1 |= later.1;
            }
            same
        });
        let mut gate = [0; 64];
        for (name, _) in &names {
            gate::add(&mut gate, name);
        }
        MonthAndWeekdayNames { names, gate }
    });

#[cfg(test)]
mod date_word_tests {
    use super::is_month_or_weekday;

    #[test]
    fn months_and_weekdays_follow_their_case_rules() {
        let table = [
            ("Oktober", true),
            ("OKTOBER", true),
            ("oktober", true),
            ("Montag", true),
            ("Sonnabend", true),
            ("May", true),
            ("Juin", true),
            ("Mayo", true),
            ("Марта", true),
            ("domingo", true),
            ("mars", true),
            // From CLDR (gazetteers/date-names.tsv), and the hand-written forms beside them.
            ("ottobre", true),
            ("outubro", true),
            ("fevrier", true),
            ("setiembre", true),
            ("среда", true),
            ("среду", true),
            ("октябре", true),
            ("févr", false),
            ("Sam", false),
            ("may", false),
            ("Mars", false),
            ("Domingo", false),
            ("Okt", false),
            ("Jan", false),
            ("Merkel", false),
            ("", false),
        ];
        for (word, want) in table {
            assert_eq!(is_month_or_weekday(word), want, "{word}");
        }
    }
}

#[cfg(test)]
mod guess_tests {
    use super::{guess, Lang};
    use crate::token::tokenize;

    #[test]
    fn the_language_of_a_text_from_its_function_words() {
        let table = [
            (
                "Die Regierung hat sich mit der Opposition auf einen Plan für das Land geeinigt.",
                Some(Lang::De),
            ),
            (
                "The government and the opposition agreed on a plan for the country.",
                Some(Lang::En),
            ),
            (
                "Le gouvernement et les syndicats sont dans la rue pour une réforme.",
                Some(Lang::Fr),
            ),
            (
                "El gobierno y los sindicatos firmaron el acuerdo para la reforma.",
                Some(Lang::Es),
            ),
            (
                "Il governo e i sindacati non sono d'accordo per la riforma della legge.",
                Some(Lang::It),
            ),
            // Too few words, or none that tell.
            ("Berlin", None),
            ("Emmanuel Macron, Olaf Scholz", None),
        ];
        for (text, want) in table {
            let mut tokens = Vec::new();
            tokenize(text, &mut tokens);
            assert_eq!(guess(&tokens), want, "{text}");
        }
    }
}
