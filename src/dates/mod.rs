//! Dates: finds calendar dates, months, seasons, years, decades, centuries, clock times,
//! intervals and relative expressions in a document and normalises them to ISO 8601 / TIMEX3
//! values ("2024-10-03", "2024-10", "1940-FA", "2024", "199X", "18XX", "2017-11-20T08:30",
//! "2024-05-03/2024-05-05", "2025-W49", "XXXX-10-03"), each with its [`Grain`].
//!
//! The finder works on the document's tokens ([`crate::token`]), not on its bytes, and is driven
//! by the tokens that start with a digit: nearly every date has one, and news text has few, so
//! the rules (month names, cue words, dots) are only looked at around them. Words without a
//! digit are probed for relative day words and weekday names only when a reference date is
//! given, through a hashed index (`Tables::word_index` in `tables.rs`) that turns nearly all
//! words away at once.
//! Nothing is allocated per token, only one `String` per mention.
//!
//! This module does not know the current time: the reference date (the publication date) is
//! passed in, which also keeps the tests fixed in time.
//!
//! # Layout
//!
//! One file per family of rules, each adding its rules to the one `Scanner` of a
//! call; this file holds the entry point and the order in which the families are asked:
//!
//! - `numeric.rs`: "3.10.2024", "2024-10-03";
//! - `named.rs`: month names with a day or a year, years after cue words, decades;
//! - `relative.rs`: relative day words, weekdays and calendar units ("letzte Woche");
//! - `time.rs`: clock times, alone or joined to a day;
//! - `tense.rs`: the tense of a date's sentence, which way a weekday or a yearless date points;
//! - `duration.rs`: durations ("drei Tage" = `P3D`), with their own label;
//! - `value.rs`: what a mention means, its resolution against the reference date, rendering;
//! - `scanner.rs`: the state of a call and what rules ask about a token;
//! - `tables.rs`: every language pack's date words ([`crate::lang`]), merged and gated once.
//!
//! The words themselves are in the language packs, never in a rule: adding a language adds a
//! pack, and its words reach every rule through `tables.rs`.
//!
//! Where new work goes: a pattern of an existing family goes in its file; a new family (clock
//! times, durations, seasons, holidays) gets a file of its own that adds its rules to
//! `Scanner` and a place in `Scanner::at_digit` or `at_word`; a new kind of value
//! (a time, an interval, a duration, a grain) is a `Value` variant rendered in `value.rs`; a new
//! word list is a `DateWords` field in every pack plus its name in the `words!` list of
//! `tables.rs`; a new language is a pack in `src/lang/` and its arm in `lang::date_words`.
//!
//! # What is a date
//!
//! | Pattern | Example | Value |
//! |---|---|---|
//! | day, month name, year (de, en, fr, es, it, ru) | "3. Oktober 2024", "3rd of October 2024", "3 de octubre de 2024", "3 октября 2024 года" | `2024-10-03` |
//! | month name, day, year (English) | "October 3, 2024", "Oct. 3rd" | `2024-10-03`, `XXXX-10-03` |
//! | numeric, day first | "3.10.2024", "03.10.24", "am 3.10." | `2024-10-03`, `XXXX-10-03` |
//! | ISO | "2024-10-03", "2024/10/03" | `2024-10-03` |
//! | month name and year | "Oktober 2024", "Okt. 2024", "octubre de 2024", "в октябре 2024 года" | `2024-10` |
//! | year after a cue word | "im Jahr 2024", "seit 2015", "since 2015", "en 2024", "2024 года" | `2024` |
//! | year in running text | "Schon 1941 griff …", "(1916)" | `1941` |
//! | month or season alone after a cue | "im Oktober", "Anfang Mai", "im Sommer" | `XXXX-10`, `XXXX-SU` (or anchored) |
//! | season and year | "Herbst 1940", "im Frühjahr des Jahres 1945" | `1940-FA` |
//! | decade | "1990er Jahre", "the 1990s", "années 1990" | `199X` |
//! | century | "19. Jahrhundert", "the 19th century" | `18XX` |
//! | clock time, alone or with a day before or after it | "um 15 Uhr", "3 pm", "am 20.11.2017 um 8:30", "at 9am on Saturday", "tomorrow evening at 5" | `T15:00`, `2017-11-20T08:30` |
//! | span of clock times | "9:30 - 11:00", "3-4pm", "am 9.11. zwischen 19 und 20 Uhr" | `T09:30/T11:00` |
//! | range | "3.–5. Mai 2024", "zwischen 2019 und 2021" | `2024-05-03/2024-05-05`, `2019/2021` |
//! | calendar unit (reference needed) | "letzte Woche", "im nächsten Jahr", "vor zwei Wochen", "two days ago" | `2025-W49`, `2026`, `2025-11-29` |
//! | holiday on a fixed day | "Heiligabend", "New Year's Eve" | `XXXX-12-24` |
//! | duration (label `duration`, see `duration.rs`) | "drei Tage", "for two weeks", "anderthalb Stunden" | `P3D`, `P2W`, `PT1.5H` |
//! | relative day word (reference needed) | "heute", "gestern", "tomorrow", "вчера" | the day |
//! | weekday (reference needed) | "am Montag", "on Monday", "lundi dernier" | the day |
//!
//! # Resolution rules
//!
//! - **No year** ("am 3. Oktober"): the date takes the *anchor year*, the last year written
//!   out in a mention before it ("1941" in "16. Dezember 1941"; years of relative words do not
//!   count), as HeidelTime does for narratives. Without an anchor and without a reference date
//!   the value is `XXXX-10-03`. With a reference but no anchor, the tense of the sentence
//!   decides (`tense.rs`): in the past, the year of ref−1, ref, ref+1 that puts the date
//!   nearest to the reference (a tie goes to the earlier date); in the future ("wird", "will",
//!   or a line of a few words without a cue, an agenda), the first such date on or after the
//!   reference. With reference 2025-12-13, "Er kam am 3. Oktober" is 2025-10-03, "Die Wahl
//!   wird am 3. Oktober sein" 2026-10-03. The anchor is per call (per window of a long
//!   document).
//! - **A narrative moves forward**: a date without a year whose month lies eight months or
//!   more before the last month of the anchor year is in the next year ("Dezember 1862 … am 3.
//!   Januar" is 1863-01-03), which becomes the anchor.
//! - **Two-digit years** ("3.10.24"): the century that puts the year nearest the anchor year
//!   ("1.9.39" in a text about 1939); without an anchor 00–49 are 2000–2049, 50–99 are
//!   1950–1999, whatever the reference; they are refused next to another number (phone numbers).
//! - **Years** are 1000–2100. A bare four-digit number is a year only after a cue word
//!   (the packs' `year_cues`) or before Russian "года"/"году"/"г.", and never when a unit, a
//!   currency sign, another number or a number continuation ("2024,5") follows it.
//! - **Ranges** are one mention with an interval value, both ends included: "vom 1. bis 3.
//!   Oktober 2024" = 2024-10-01/2024-10-03, "October 1-3, 2024", "von 2010 bis 2020" =
//!   2010/2020. The ends must be of one grain and in order, else they stay two mentions; a
//!   missing year of one end is the other's; "und"/"and" link only after a range cue.
//! - **Modifiers** ("Anfang", "Mitte", "Ende", "early", "late") join the span and leave the
//!   value as it is (TIMEX2 style, as the corpora annotate): "Ende Oktober 2024" = 2024-10,
//!   "Ende des Jahres 1940" = 1940.
//! - **A weekday before a date** joins its span: "Montag, 3. Oktober 2024", "Monday, Oct. 3".
//! - **Relative words** resolve against the reference ("gestern" = reference − 1 day, "the day
//!   after tomorrow" = + 2); without a reference they are not reported. Capitalised, they count
//!   only at the start of a sentence ("Heute", not "USA Today"); "Morgen" is never "tomorrow".
//! - **Weekdays alone** need a reference and point the way of their sentence's tense
//!   (`tense.rs`): in a past sentence the most recent such day on or before it ("er sagte am
//!   Montag" in a Saturday paper is five days back), in a future one or a short line without a
//!   cue the first after it. "kommenden Montag", "lundi prochain" are the first Monday after
//!   the reference; "vergangenen Montag", "lundi dernier" the last one before it;
//!   "this"/"diesen" the first on or after it; English "next Monday" and "last Monday" the
//!   Monday of the calendar week after or before the reference's. German and English names need a cue ("am", "on", a modifier) or must
//!   not stand next to a capitalised word ("Black Friday", "Sunday Times"); French, Spanish,
//!   Italian and Russian names count only in lower case ("Domingo" is a name).
//! - **Invalid calendar dates** ("31.02.2024", "32. Oktober") are not dates at all; no shorter
//!   date is carved out of them.

mod duration;
mod named;
mod numeric;
mod relative;
mod scanner;
mod tables;
mod tense;
mod time;
mod value;

use jiff::civil::Date;

use crate::gazetteer::Label;
use crate::token::{Token, TokenKind};

use scanner::{Found, Hit, Scanner};
use value::{Point, Value};

pub use value::{reanchor, DateInfo, DateYear, Grain};

/// A date a date finder proposes: the resolver weighs it against the names it overlaps and
/// makes it a [`crate::Mention`] with label `date` if it stays.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateCandidate {
    /// Byte offset of the first byte in the document, on a token boundary.
    pub start: usize,
    /// Byte offset one past the last byte (half-open), on a token boundary.
    pub end: usize,
    /// Normalised value, ISO 8601 / TIMEX3 style: "2024-10-03", "2024-10", "2024", "199X"
    /// (decade), "XXXX-10-03" (year unknown), "2017-11-20T08:30", "2024-05-03/2024-05-05".
    pub value: String,
    /// [`Label::Date`], or [`Label::Duration`] for a duration ("drei Tage", value "P3D").
    pub label: Label,
    /// Its grain and its part in the anchor year.
    pub info: DateInfo,
}

/// Finds dates. `tokens` are the document's tokens from `crate::token::tokenize(text, ..)`.
///
/// Durations are not looked for: see [`find_dates_and_durations`].
///
/// `reference` is the document's reference date (publication date) used to resolve dates without
/// a year and relative expressions; `None` gives unresolved values such as "XXXX-10-03" and skips
/// relative words and lone weekdays. Mentions are appended to `out` in order of `start`, never
/// overlapping. See the [module docs](self) for the patterns and resolution rules.
///
/// # Examples
/// ```
/// use gazette::dates::find_dates;
/// use gazette::token::tokenize;
///
/// let text = "Am Montag, 3. Oktober 2024, und seit 2015.";
/// let mut tokens = Vec::new();
/// tokenize(text, &mut tokens);
/// let mut dates = Vec::new();
/// find_dates(text, &tokens, None, &mut dates);
/// let found: Vec<_> = dates.iter().map(|d| (&text[d.start..d.end], d.value.as_str())).collect();
/// assert_eq!(found, [("Montag, 3. Oktober 2024", "2024-10-03"), ("2015", "2015")]);
/// ```
pub fn find_dates(
    text: &str,
    tokens: &[Token],
    reference: Option<Date>,
    out: &mut Vec<DateCandidate>,
) {
    Scanner::new(text, tokens, reference, out.len()).run(out);
}

/// [`find_dates`], and durations between the dates: "drei Tage" (`P3D`), "for two weeks"
/// (`P2W`), "anderthalb Stunden" (`PT1.5H`), with label [`Label::Duration`]. A date is found
/// as by `find_dates` unless a duration took its tokens first.
///
/// # Examples
/// ```
/// use gazette::dates::find_dates_and_durations;
/// use gazette::token::tokenize;
/// use gazette::Label;
///
/// let text = "Drei Tage nach dem 3. Oktober 2024";
/// let mut tokens = Vec::new();
/// tokenize(text, &mut tokens);
/// let mut found = Vec::new();
/// find_dates_and_durations(text, &tokens, None, &mut found);
/// let found: Vec<_> = found.iter().map(|d| (d.label, d.value.as_str())).collect();
/// assert_eq!(found, [(Label::Duration, "P3D"), (Label::Date, "2024-10-03")]);
/// ```
pub fn find_dates_and_durations(
    text: &str,
    tokens: &[Token],
    reference: Option<Date>,
    out: &mut Vec<DateCandidate>,
) {
    let mut scanner = Scanner::new(text, tokens, reference, out.len());
    scanner.durations = true;
    scanner.run(out);
}

impl Scanner<'_> {
    /// Visits the tokens that may start a date, left to right, and emits what the families
    /// find there.
    fn run(&mut self, out: &mut Vec<DateCandidate>) {
        let (toks, bytes, tables) = (self.toks, self.bytes, self.tables);
        let mut i = 0;
        // The hot loop lives in its own function, which keeps its few values in registers.
        while let Some(k) = relative::next_candidate(tables, bytes, &toks[i..]) {
            i += k;
            let found = if bytes[toks[i].start].is_ascii_digit() {
                self.at_digit(i)
            } else {
                self.at_word(i)
            };
            match found {
                Some((first, second)) => {
                    let (hit, rest) = match second {
                        Some(second) => match self.range(first, second, false) {
                            Some(range) => (range, None),
                            // Two dates that make no interval stay two mentions.
                            None => (first, Some(second)),
                        },
                        None => {
                            let first = self.with_clock(first);
                            (self.range_after(first), None)
                        }
                    };
                    let hit = self.extend_left(hit);
                    self.emit(hit, true, out);
                    if let Some(second) = rest {
                        self.emit(second, false, out);
                    }
                    // Every hit contains token `i`, so this always moves forward.
                    i = self.floor;
                }
                None => i += 1,
            }
        }
    }

    /// The families at a token starting with a digit, in order; the first that finds a date
    /// wins. Numeric forms go first, since their punctuation settles them ("3.10.2024" is
    /// never "3." and a month); then a month name before the day ("October 3"), after it
    /// ("3. Oktober"), and the year forms and decades.
    fn at_digit(&mut self, i: usize) -> Option<Found> {
        let t = self.toks[i];
        if t.kind != TokenKind::Number {
            // A word such as "3rd", "1er", "1990er", "1990s".
            return self
                .day_forms(i)
                .or_else(|| self.decade_word(i).map(|hit| (hit, None)))
                .or_else(|| self.century(i).map(|hit| (hit, None)))
                .or_else(|| self.clock_alone(i).map(|hit| (hit, None)));
        }
        match t.end - t.start {
            1 | 2 => {
                if let Some(hit) = self.numeric_dmy(i) {
                    return Some((hit, None));
                }
                self.day_forms(i)
                    .or_else(|| self.century(i).map(|hit| (hit, None)))
                    .or_else(|| self.clock_alone(i).map(|hit| (hit, None)))
            }
            4 => {
                if let Some(hit) = self.numeric_ymd(i) {
                    return Some((hit, None));
                }
                self.year_forms(i)
            }
            _ => None,
        }
    }
}

impl Scanner<'_> {
    /// The month-first and the day-first rules at day number `i`, which share its
    /// [`day_at`](Self::day_at) (read once).
    fn day_forms(&mut self, i: usize) -> Option<Found> {
        let day = self.day_at(i)?;
        self.month_first(i, day)
            .or_else(|| self.day_first_at(i, day, true))
    }

    /// `first` and `second` as one interval mention, with the range cue before it
    /// ("zwischen", "from"); `None` when they make none (the second before the first, other
    /// grains). `needs_cue` says the
    /// link makes a range only after a cue ("und").
    fn range(&mut self, first: Hit, second: Hit, needs_cue: bool) -> Option<Hit> {
        let from = Point::of(first.value)?;
        let to = Point::of(second.value)?;
        if !from.precedes(to) {
            return None;
        }
        let tables = self.tables;
        // "from 3 to 5 May", "from the 13th to the 15th of July".
        let mut before = first.start.checked_sub(1);
        if let Some(k) = before.filter(|&k| k > self.floor) {
            if self.word_in(k, &tables.words.range_articles) {
                before = Some(k - 1);
            }
        }
        let cue = before.filter(|&k| k >= self.floor && self.word_in(k, &tables.words.range_cues));
        if needs_cue && cue.is_none() {
            return None;
        }
        Some(Hit::new(
            cue.unwrap_or(first.start),
            second.end,
            Value::Range { from, to },
        ))
    }

    /// The date that starts at token `k`, as the families find it there: at a digit, at a
    /// word of the tables when `words` ("tomorrow", "Saturday"), or at the day number after a
    /// month name ("July 15" is found at "15" and starts at "July").
    fn date_at(&mut self, k: usize, words: bool) -> Option<Found> {
        let t = *self.toks.get(k)?;
        if self.bytes[t.start].is_ascii_digit() {
            return self.at_digit(k);
        }
        if let Some(found) = (words && relative::is_candidate(self.tables, self.bytes, &t))
            .then(|| self.at_word(k))
            .flatten()
        {
            return Some(found);
        }
        if !self.digit_initial(k + 1) {
            return None;
        }
        self.at_digit(k + 1).filter(|(hit, _)| hit.start == k)
    }

    /// `first` with a second end after a range link ("12. Januar 2016 bis zum 22.01.2016",
    /// "2014 through May 2nd 2018"), as one interval; `first` alone when none follows.
    fn range_after(&mut self, first: Hit) -> Hit {
        let link = first.end;
        if Point::of(first.value).is_none() || !self.is_range_link(link) {
            return first;
        }
        let tables = self.tables;
        let needs_cue = self.word_in(link, &tables.words.range_list_links);
        let mut k = link + 1;
        if self.word_in(k, &tables.words.range_articles) {
            k += 1;
        }
        // The second end is read as if the first were already emitted ("July 13 - July 15").
        let floor = std::mem::replace(&mut self.floor, k);
        // After a dash, a relative word is no second end: "3 октября 2024 года — сегодня".
        let word_link = self.toks[link].kind == TokenKind::Word;
        let second = self.date_at(k, word_link);
        self.floor = floor;
        match second {
            Some((second, None)) => self.range(first, second, needs_cue).unwrap_or(first),
            _ => first,
        }
    }
}

/// The table format of the date tests, shared by the family files.
///
/// A table is a string with one row a line: `[@REF] text | span = value; span = value`, where
/// the expected mentions are in order and may be none; `span = value (grain)` checks the
/// grain too. `@` alone is the reference date
/// 2025-12-13 (a Saturday); `@2024-02-29`, `@max` and `@min` give others; no `@`, none.
#[cfg(test)]
pub(crate) mod table {
    use jiff::civil::{date, Date};

    use super::{find_dates_and_durations, DateCandidate};
    use crate::token::tokenize;

    /// The dates `find_dates` finds in `text`.
    pub(crate) fn find(text: &str, reference: Option<Date>) -> Vec<DateCandidate> {
        let mut tokens = Vec::new();
        tokenize(text, &mut tokens);
        let mut out = Vec::new();
        find_dates_and_durations(text, &tokens, reference, &mut out);
        out
    }

    /// Checks every row of `table` (see the [module docs](self)).
    pub(crate) fn check(table: &str) {
        for row in table.lines().map(str::trim).filter(|r| !r.is_empty()) {
            let (reference, row) = match row.strip_prefix('@') {
                Some(rest) => {
                    let (r, rest) = rest.split_once(' ').unwrap_or((rest, ""));
                    let reference = match r {
                        "" => date(2025, 12, 13),
                        "max" => Date::MAX,
                        "min" => Date::MIN,
                        r => r.parse().expect(r),
                    };
                    (Some(reference), rest)
                }
                None => (None, row),
            };
            let (text, want) = row.split_once('|').expect(row);
            let text = text.trim();
            // "span = value" or "span = value (grain)".
            let want: Vec<(&str, &str, Option<&str>)> = want
                .split(';')
                .map(str::trim)
                .filter(|m| !m.is_empty())
                .map(|m| {
                    let (span, value) = m.rsplit_once(" = ").expect(m);
                    match value.strip_suffix(')').and_then(|v| v.split_once(" (")) {
                        Some((value, grain)) => (span, value, Some(grain)),
                        None => (span, value, None),
                    }
                })
                .collect();
            let found = find(text, reference);
            let got: Vec<(&str, &str, Option<&str>)> = found
                .iter()
                .zip(
                    want.iter()
                        .map(|w| w.2.is_some())
                        .chain(std::iter::repeat(false)),
                )
                .map(|(m, with_grain)| {
                    let grain = with_grain.then(|| m.info.grain.as_str());
                    (&text[m.start..m.end], m.value.as_str(), grain)
                })
                .collect();
            assert_eq!(got, want, "text: {text:?}, reference: {reference:?}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::table::{check, find};
    use super::*;
    use jiff::civil::date;
    use proptest::prelude::*;

    #[test]
    fn a_weekday_joins_the_date_after_it() {
        check(
            "
            am Montag, 3. Oktober 2024     | Montag, 3. Oktober 2024 = 2024-10-03
            @ am Montag, 3. Oktober 2024   | Montag, 3. Oktober 2024 = 2024-10-03
            @ Freitag, der 18. Juli 2014   | Freitag, der 18. Juli 2014 = 2014-07-18
            Monday, October 3, 2024        | Monday, October 3, 2024 = 2024-10-03
            Lundi 3 mars 2024              | Lundi 3 mars 2024 = 2024-03-03
            @ next Monday, October 3       | next Monday, October 3 = 2022-10-03
            @ lundi dernier, 3 octobre 2024 | lundi dernier = 2025-12-08; 3 octobre 2024 = 2024-10-03
            @2013-02-12 Fri, Jul 18        | Fri, Jul 18 = 2014-07-18
            Di., 25.07.2017                | Di., 25.07.2017 = 2017-07-25
            @2017-07-20 Di., 25.07.        | Di., 25.07. = 2017-07-25
            he sat on 3 chairs             |
            So 24 Menschen                 |
            @ Sat                          |
            ",
        );
    }

    #[test]
    fn a_date_without_a_year_takes_the_last_year_before_it() {
        check(
            "
            Im Mai 1941 begann es. Am 22. Juni griff er an. | Mai 1941 = 1941-05; 22. Juni = 1941-06-22
            @ Seit 2015 hier. Am 3. Oktober kam er.  | 2015 = 2015; 3. Oktober = 2015-10-03
            @ Am 3. Oktober kam er. Seit 2015 hier.  | 3. Oktober = 2025-10-03; 2015 = 2015
            On 3 May 1945 it ended; on June 5 they met. | 3 May 1945 = 1945-05-03; June 5 = 1945-06-05
            Im Juli 1941, am 29. Februar            | Juli 1941 = 1941-07; 29. Februar = XXXX-02-29
            @ gestern, am 3. Oktober                | gestern = 2025-12-12; 3. Oktober = 2025-10-03
            Im Dezember 1862 fiel Schnee, am 3. Januar taute es. | Dezember 1862 = 1862-12; 3. Januar = 1863-01-03
            Im Dezember 1862 kämpften sie, am 3. Mai siegten sie. | Dezember 1862 = 1862-12; 3. Mai = 1862-05-03
            Im August 1939. Am 1.9.39 um 4 Uhr begann es. | August 1939 = 1939-08; 1.9.39 um 4 Uhr = 1939-09-01T04:00
            am 1.9.39                               | 1.9.39 = 2039-09-01
            ",
        );
    }

    #[test]
    fn ranges_are_one_interval_mention() {
        check(
            "
            3.–5. Mai 2024                 | 3.–5. Mai 2024 = 2024-05-03/2024-05-05 (day)
            12.–14. Dezember 2025          | 12.–14. Dezember 2025 = 2025-12-12/2025-12-14
            from 3 to 5 May 2024           | from 3 to 5 May 2024 = 2024-05-03/2024-05-05
            zwischen 2019 und 2021         | zwischen 2019 und 2021 = 2019/2021 (year)
            vom 12. Januar 2016 bis zum 22.01.2016 | vom 12. Januar 2016 bis zum 22.01.2016 = 2016-01-12/2016-01-22
            in 2014 through May 2nd 2018   | 2014 = 2014; May 2nd 2018 = 2018-05-02
            von Mai bis Juli 2024          | Juli 2024 = 2024-07
            Im Jahr 1940. Vom 3. bis 5. Mai | Jahr 1940 = 1940; Vom 3. bis 5. Mai = 1940-05-03/1940-05-05
            3. Oktober und 5. November 2024 | 3. Oktober = XXXX-10-03; 5. November 2024 = 2024-11-05
            von 2020 bis 2010              | 2020 = 2020; 2010 = 2010
            July 13 - July 15, 2013        | July 13 - July 15, 2013 = 2013-07-13/2013-07-15
            Aug 8 - Aug 12                 | Aug 8 - Aug 12 = XXXX-08-08/XXXX-08-12
            from the 13th to the 15th of July 2013 | from the 13th to the 15th of July 2013 = 2013-07-13/2013-07-15
            July 13 thru 15, 2013          | July 13 thru 15, 2013 = 2013-07-13/2013-07-15
            from 2014 till 2018            | from 2014 till 2018 = 2014/2018
            14. - 15.10.2013               | 14. - 15.10.2013 = 2013-10-14/2013-10-15
            14.10. - 15.10.2018            | 14.10. - 15.10.2018 = 2018-10-14/2018-10-15
            Nov 18-Dec 19, 2015            | Nov 18-Dec 19, 2015 = 2015-11-18/2015-12-19
            Version 2.10. - 4.1.2          |
            14.10. - 15                    |
            Tabelle 3.1 bis 3.4            |
            ",
        );
    }

    #[test]
    fn spans_are_byte_offsets_on_non_ascii_text() {
        let text = "Am 3. März 2024 in Zürich, später «Ende Mai 2025».";
        let found = find(text, None);
        let got: Vec<_> = found
            .iter()
            .map(|m| (m.start, m.end, &text[m.start..m.end], m.value.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (3, 16, "3. März 2024", "2024-03-03"),
                (39, 52, "Ende Mai 2025", "2025-05"),
            ]
        );
        check(
            "
            Am 3. März 2024 in Zürich      | 3. März 2024 = 2024-03-03
            @ Москва, 3 октября 2024 года — сегодня | 3 октября 2024 года = 2024-10-03; сегодня = 2025-12-13
            ",
        );
    }

    #[test]
    fn appends_to_out_without_touching_earlier_mentions() {
        let text = "am Montag, 3. Oktober";
        let mut tokens = Vec::new();
        crate::token::tokenize(text, &mut tokens);
        let earlier = DateCandidate {
            start: 0,
            end: 1,
            value: "x".into(),
            label: Label::Date,
            info: DateInfo {
                grain: Grain::Day,
                year: DateYear::Neither,
            },
        };
        let mut out = vec![earlier.clone()];
        find_dates(text, &tokens, Some(date(2025, 12, 13)), &mut out);
        assert_eq!(out.len(), 2);
        assert_eq!(out[0], earlier);
        assert_eq!(&text[out[1].start..out[1].end], "Montag, 3. Oktober");
    }

    /// Checks the output contract on `text`.
    fn assert_well_formed(text: &str, reference: Option<Date>) {
        let found = find(text, reference);
        let mut last_end = 0;
        for m in &found {
            assert!(m.start < m.end && m.end <= text.len(), "{m:?} in {text:?}");
            assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            assert!(
                m.start >= last_end,
                "overlap or disorder: {found:?} in {text:?}"
            );
            assert!(!m.value.is_empty());
            last_end = m.end;
        }
    }

    fn date_like_text() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "3",
            "03",
            "10",
            "12",
            "24",
            "29",
            "31",
            "32",
            "1990",
            "2024",
            "1990er",
            "3rd",
            "1er",
            "1º",
            ".",
            ",",
            "-",
            "/",
            ":",
            "'",
            "’",
            "°",
            " ",
            " ",
            " ",
            "s",
            "Oktober",
            "Okt",
            "Mai",
            "May",
            "Oct",
            "October",
            "de",
            "of",
            "bis",
            "am",
            "seit",
            "in",
            "Jahr",
            "Jahre",
            "Montag",
            "Monday",
            "lundi",
            "dernier",
            "next",
            "heute",
            "morgen",
            "aujourd",
            "hui",
            "октября",
            "года",
            "г",
            "années",
            "Euro",
            "%",
            "ü",
            "Zürich",
            "\u{308}",
            "T12",
        ]);
        prop::collection::vec(pieces, 0..24).prop_map(|v| v.concat())
    }

    fn reference() -> impl Strategy<Value = Option<Date>> {
        prop_oneof![
            Just(None),
            Just(Some(Date::MIN)),
            Just(Some(Date::MAX)),
            Just(Some(date(2024, 2, 29))),
            (1i16..=9999, 1i8..=12, 1i8..=28).prop_map(|(y, m, d)| Date::new(y, m, d).ok()),
        ]
    }

    proptest! {
        #[test]
        fn never_panics_on_arbitrary_text(text in "\\PC*", reference in reference()) {
            assert_well_formed(&text, reference);
        }

        #[test]
        fn never_panics_on_date_like_text(text in date_like_text(), reference in reference()) {
            assert_well_formed(&text, reference);
        }
    }
}
