//! Relative dates: relative day words ("heute", "gestern", "the day after tomorrow",
//! "aujourd'hui", "вчера") and weekdays ("am Montag", "last Monday", "lundi dernier"), both
//! resolved against the reference date; without one they are not reported.
//!
//! These rules start at a word without a digit, so they are the only ones that look at every
//! word of a document. [`next_candidate`] keeps that cheap: a table of (first byte, length)
//! and a hashed index ([`Tables::word_index`]) turn almost every word away before any fold or
//! comparison. The weekday before a date ("Montag, 3. Oktober") is found here too
//! ([`Scanner::weekday_before`]), for the other families.

use crate::token::{Token, TokenKind};

use super::scanner::{Found, Hit, Scanner};
use super::tables::{gate_key_of, hash_set_admits, Tables, WordSet, SHARED_KEY};
use super::tense::Lean;
use super::value::{shift_days, weekday_from, Point, Value, WeekdayDirection};

impl Scanner<'_> {
    /// A word that passed [`is_candidate`]: a relative day word, a weekday name, or a month
    /// or season name ([`Scanner::named_alone`]).
    pub(super) fn at_word(&mut self, i: usize) -> Option<Found> {
        let t = self.toks[i];
        let s = t.text(self.text);
        let tables = self.tables;
        // Slots count the weekdays first, then the relative words, then the month and season
        // names (see `Tables::word_index`).
        let (n, r) = (tables.weekdays.len(), tables.relative.len());
        let (weekday, relative, named) = match word_slot(tables, self.bytes, &t) {
            0 => return None,
            // Several entries share the key: rare enough that a scan of the tables is cheap.
            SHARED_KEY => (
                tables.weekdays.iter().find(|e| entry_matches(e, s)),
                tables.relative.iter().find(|e| entry_matches(e, s)),
                tables.named.iter().find(|e| entry_matches(e, s)),
            ),
            k if usize::from(k) <= n => (Some(&tables.weekdays[usize::from(k) - 1]), None, None),
            k if usize::from(k) <= n + r => {
                (None, Some(&tables.relative[usize::from(k) - 1 - n]), None)
            }
            k => (None, None, Some(&tables.named[usize::from(k) - 1 - n - r])),
        };
        // The index only says which entry the word may be; the text decides.
        if let Some(&(_, code, _)) = named.filter(|e| entry_matches(e, s)) {
            return self.named_alone(i, code).map(|hit| (hit, None));
        }
        // Without a reference date, relative words and weekdays are never dates.
        self.reference?;
        if let Some(&(_, offset, _)) = relative.filter(|e| entry_matches(e, s)) {
            return self.relative_day(i, offset).map(|hit| (hit, None));
        }
        // A word is never both: no pack lists a weekday that is also a relative word.
        let &(_, weekday, any_case) = weekday.filter(|e| entry_matches(e, s))?;
        self.lone_weekday(i, weekday, any_case)
            .map(|hit| (hit, None))
    }

    /// Calendar unit `i` (0 day, 1 week, 2 month, 3 year) with a modifier or a count: "letzte
    /// Woche" (the ISO week), "im nächsten Jahr", "vor zwei Wochen", "two days ago", "in drei
    /// Tagen". A count gives a day for days and weeks, else the month or year.
    pub(super) fn unit_expr(&mut self, i: usize, unit: u8) -> Option<Hit> {
        // Hours and minutes make durations only.
        if unit > 3 {
            return None;
        }
        let reference = self.reference?;
        // "Jahr 2024" is a year.
        if self.number(i + 1).is_some_and(|(_, digits)| digits == 4) {
            return None;
        }
        let tables = self.tables;
        let p = i.checked_sub(1).filter(|&p| p >= self.floor)?;
        let w = &tables.words;
        let (start, end, count, single) = if self.word_in(p, &w.unit_past) {
            (p, i + 1, -1, true)
        } else if self.word_in(p, &w.unit_next) {
            (p, i + 1, 1, true)
        } else if self.word_in(p, &w.unit_this) {
            (p, i + 1, 0, true)
        } else {
            let n = self.count_at(p)?;
            if self.word_in(i + 1, &w.ago_after) {
                (p, i + 2, -n, false)
            } else {
                let q = p.checked_sub(1).filter(|&q| q >= self.floor)?;
                if self.word_in(q, &w.ago_before) {
                    (q, i + 1, -n, false)
                } else if self.word_in(q, &w.later_before) {
                    (q, i + 1, n, false)
                } else {
                    return None;
                }
            }
        };
        let span = jiff::Span::new();
        let n = i64::from(count);
        let value = match unit {
            0 => Value::Resolved(reference.checked_add(span.days(n)).ok()?),
            1 => {
                let d = reference.checked_add(span.weeks(n)).ok()?;
                if single {
                    let w = d.iso_week_date();
                    Value::Week {
                        year: w.year(),
                        week: w.week(),
                    }
                } else {
                    Value::Resolved(d)
                }
            }
            2 => {
                let d = reference.checked_add(span.months(n)).ok()?;
                Value::Near(Point::Month {
                    year: Some(d.year()),
                    month: d.month(),
                })
            }
            _ => {
                let d = reference.checked_add(span.years(n)).ok()?;
                Value::Near(Point::Year(d.year()))
            }
        };
        Some(Hit::new(start, end, value))
    }

    /// The count at token `k`: a number 1–99 or a number word ("zwei", "a").
    fn count_at(&mut self, k: usize) -> Option<i8> {
        if let Some((n, digits)) = self.number(k) {
            return (digits <= 2 && n > 0).then_some(n as i8);
        }
        if self.toks.get(k)?.kind != TokenKind::Word {
            return None;
        }
        let tables = self.tables;
        let f = self.folded(k)?;
        tables
            .number_words
            .iter()
            .find(|e| e.0.as_bytes() == f)
            .map(|e| e.1)
    }

    /// Relative day word `i` with `offset`: "heute", "the day after tomorrow", "aujourd'hui".
    fn relative_day(&mut self, i: usize, offset: i8) -> Option<Hit> {
        let t = self.toks[i];
        // Capitalised, only at the start of a sentence: "USA Today" is a newspaper.
        if t.is_capitalised() && i > 0 && self.toks[i - 1].kind == TokenKind::Word {
            return None;
        }
        let tables = self.tables;
        let (mut start, mut end, mut offset) = (i, i + 1, offset);
        // "the day after tomorrow", "the day before yesterday": twice the offset.
        // The phrase is looked for whatever the language of the word, as the packs are merged.
        for phrase in &tables.day_phrases {
            let link = match offset {
                1 => phrase.after,
                -1 => phrase.before,
                _ => continue,
            };
            // The phrase must not reach into the mention before it.
            if i >= 2
                && self.word_among(i - 1, &[link])
                && self.word_among(i - 2, &[phrase.day])
                && i - 2 >= self.floor
            {
                offset *= 2;
                let article =
                    i >= 3 && i - 3 >= self.floor && self.word_among(i - 3, &[phrase.article]);
                start = if article { i - 3 } else { i - 2 };
                break;
            }
        }
        let s = t.text(self.text);
        if let Some(&(_, tail)) = tables
            .relative_tails
            .iter()
            .find(|e| s.eq_ignore_ascii_case(e.0))
        {
            // "aujourd'hui" is three tokens, and "aujourd" alone is nothing.
            if !self.is_apostrophe(i + 1) || !self.word_among(i + 2, &[tail]) {
                return None;
            }
            end = i + 3;
        }
        // Offsets are −2…2 (doubled ±1 included), slots 0–4 of the cache.
        let slot = (offset + 2) as usize;
        let date = self.resolve_cached(slot, |r| shift_days(r, offset))?;
        Some(Hit::new(start, end, Value::Resolved(date)))
    }

    /// "am Montag", "on Monday", "last Monday", "lundi dernier", resolved against `reference`.
    fn lone_weekday(&mut self, i: usize, weekday: i8, any_case: bool) -> Option<Hit> {
        let tables = self.tables;
        let mut start = i;
        let mut end = i + 1;
        // Without a modifier a weekday points the way of its sentence's tense (`tense.rs`).
        let mut direction = None;
        // Whether a word before the weekday makes it a date ("am", "on", a modifier).
        let mut cue = false;
        // One fold per neighbour, looked up in each table; each table's gate turns most
        // words away before its binary search.
        let (toks, bytes) = (self.toks, self.bytes);
        let raw = |k: usize| &bytes[toks[k].start..toks[k].end];
        let is_word = |k: usize| toks.get(k).is_some_and(|t| t.kind == TokenKind::Word);
        if let Some(p) = i.checked_sub(1).filter(|&p| is_word(p)) {
            if let Some(f) = self.folded(p) {
                let has = |set: &WordSet| set.may_contain(raw(p)) && set.contains(f);
                let mut modifier = true;
                if has(&tables.words.weekday_past) {
                    direction = Some(WeekdayDirection::Before);
                } else if has(&tables.words.weekday_next) {
                    direction = Some(WeekdayDirection::After);
                } else if has(&tables.words.weekday_last_week) {
                    direction = Some(WeekdayDirection::LastWeek);
                } else if has(&tables.words.weekday_next_week) {
                    direction = Some(WeekdayDirection::NextWeek);
                } else if has(&tables.words.weekday_this) {
                    direction = Some(WeekdayDirection::OnOrAfter);
                } else {
                    modifier = false;
                    cue = has(&tables.words.weekday_cues);
                }
                // A modifier is part of the expression ("next Monday") and a cue as well.
                if modifier {
                    cue = true;
                    if p >= self.floor {
                        start = p;
                    }
                }
            }
        }
        // French, Spanish and Italian put the modifier after the weekday ("lundi dernier"); it
        // joins the span but, being after it, is no cue for a German or English name.
        if is_word(i + 1) {
            if let Some(f) = self.folded(i + 1) {
                let has = |set: &WordSet| set.may_contain(raw(i + 1)) && set.contains(f);
                if has(&tables.words.weekday_post_past) {
                    direction = Some(WeekdayDirection::Before);
                    end = i + 2;
                } else if has(&tables.words.weekday_post_next) {
                    direction = Some(WeekdayDirection::After);
                    end = i + 2;
                }
            }
        }
        if any_case && !cue {
            // Without a cue, a German or English weekday next to a capitalised word is part of a
            // name: "Black Friday", "Sunday Times", "Der Montag".
            let capitalised_word = |k: Option<usize>| {
                k.and_then(|k| self.toks.get(k))
                    .is_some_and(|t| t.kind == TokenKind::Word && t.is_capitalised())
            };
            // A part of the day after it is no name: "Montag Abend".
            if capitalised_word(i.checked_sub(1))
                || (capitalised_word(Some(i + 1)) && self.day_part_at(i + 1).is_none())
            {
                return None;
            }
        }
        let direction = direction.unwrap_or_else(|| match self.lean_at(i) {
            Lean::Past => WeekdayDirection::OnOrBefore,
            Lean::Future => WeekdayDirection::After,
        });
        // Slots 5… of the cache: 7 weekdays for each direction.
        let slot = 5 + direction as usize * 7 + weekday as usize;
        let date = self.resolve_cached(slot, |r| weekday_from(r, weekday, direction))?;
        Some(Hit {
            start,
            end,
            value: Value::Resolved(date),
            soft: Some(i),
        })
    }

    /// A weekday name ending right before token `k`, allowing "," and a link word ("dem",
    /// "den", "der", "the") between: "Montag, 3. Oktober", "Montag, den 3.10.", "Monday, Oct.
    /// 3". Returns its token.
    pub(super) fn weekday_before(&mut self, k: usize) -> Option<usize> {
        // Read right to left from the date: link word, then comma, then the weekday.
        let mut w = k.checked_sub(1)?;
        if self.word_among(w, &self.tables.words.weekday_date_links) {
            w = w.checked_sub(1)?;
        }
        if self.punct_is(w, b',') {
            w = w.checked_sub(1)?;
        }
        // "Di., 25.07.": an abbreviation with its dot.
        if self.punct_is(w, b'.') {
            w = w.checked_sub(1)?;
        }
        let t = self.toks[w];
        let tables = self.tables;
        // Abbreviations are two to five letters, and the gate of the full names misses them.
        let short = (2..=5).contains(&(t.end - t.start));
        if t.kind != TokenKind::Word
            || !(short || tables.may_be_weekday(&self.bytes[t.start..t.end]))
        {
            return None;
        }
        // Any case here: a weekday glued to a date is one even when capitalised ("Lundi 3 mars").
        let f = self.folded(w)?;
        tables.is_weekday(f).then_some(w)
    }
}

/// The index of the first token in `toks` that [`is_candidate`].
#[inline(never)]
pub(super) fn next_candidate(tables: &Tables, bytes: &[u8], toks: &[Token]) -> Option<usize> {
    toks.iter().position(|t| is_candidate(tables, bytes, t))
}

/// The [`Tables::word_index`] slot of token `t`: non-zero when it may be a weekday or relative
/// day word. Any token kind and length is fine (a match is confirmed by [`entry_matches`]).
#[inline]
fn word_slot(tables: &Tables, bytes: &[u8], t: &Token) -> u16 {
    let len = t.end - t.start;
    // In bounds for any token (len ≥ 1); a one-byte token reads its byte twice.
    let second = bytes[t.start + usize::from(len > 1)];
    tables.word_index[gate_key_of(bytes[t.start], second, bytes[t.end - 1], len)]
}

/// Whether token `t` needs a closer look: it starts with a digit or may be a weekday, relative
/// day, month, season, unit or holiday word.
#[inline]
pub(super) fn is_candidate(tables: &Tables, bytes: &[u8], t: &Token) -> bool {
    // The tokenizer's hash of the folded word turns nearly every word away with one load;
    // `at_word` settles the rest. Digits go to the other families, which need no table to be
    // tried (`get` spares a bounds check's panic path: a token always has its first byte).
    hash_set_admits(&tables.word_hashes, t.hash)
        || bytes.get(t.start).is_some_and(u8::is_ascii_digit)
}

/// Whether weekday or relative-word table entry `e` matches token text `s`: in any ASCII
/// case when the entry says so, else exactly as written ("morgen" is not "Morgen").
fn entry_matches(e: &(&str, i8, bool), s: &str) -> bool {
    e.0.len() == s.len()
        && if e.2 {
            e.0.eq_ignore_ascii_case(s)
        } else {
            e.0 == s
        }
}

#[cfg(test)]
mod tests {
    use super::super::table::check;

    #[test]
    fn resolves_relative_day_words() {
        check(
            "
            @ heute                        | heute = 2025-12-13
            @ Heute sagte er               | Heute = 2025-12-13
            @ gestern                      | gestern = 2025-12-12
            @ vorgestern                   | vorgestern = 2025-12-11
            @ er kommt morgen              | morgen = 2025-12-14
            @ übermorgen                   | übermorgen = 2025-12-15
            @ today                        | today = 2025-12-13
            @ Yesterday, he said           | Yesterday = 2025-12-12
            @ tomorrow                     | tomorrow = 2025-12-14
            @ the day after tomorrow       | the day after tomorrow = 2025-12-15
            @ a day before yesterday       | day before yesterday = 2025-12-11
            @ aujourd'hui                  | aujourd'hui = 2025-12-13
            @ demain                       | demain = 2025-12-14
            @ ayer                         | ayer = 2025-12-12
            @ ieri                         | ieri = 2025-12-12
            @ Вчера                        | Вчера = 2025-12-12
            @ завтра                       | завтра = 2025-12-14
            @2024-02-29 heute              | heute = 2024-02-29
            @2024-03-01 gestern            | gestern = 2024-02-29
            @max morgen                    |
            @min gestern                   |
            ",
        );
    }

    #[test]
    fn resolves_weekdays() {
        check(
            "
            @ Er kam am Montag.            | Montag = 2025-12-08
            @ Sie war am Samstag hier.     | Samstag = 2025-12-13
            @ He was there on Monday       | Monday = 2025-12-08
            @ am Montag                    | Montag = 2025-12-15
            @ on Saturday                  | Saturday = 2025-12-20
            @ he said Monday.              | Monday = 2025-12-08
            @ am vergangenen Samstag       | vergangenen Samstag = 2025-12-06
            @ last Saturday                | last Saturday = 2025-12-06
            @ next Monday                  | next Monday = 2025-12-15
            @ on previous Wednesday        | previous Wednesday = 2025-12-03
            @ diesen Dienstag              | diesen Dienstag = 2025-12-16
            @ this Saturday                | this Saturday = 2025-12-13
            @2019-01-31 last Wednesday     | last Wednesday = 2019-01-23
            @2019-01-31 next Friday        | next Friday = 2019-02-08
            @2019-01-31 this upcoming Friday | upcoming Friday = 2019-02-01
            @ am kommenden Montag          | kommenden Montag = 2025-12-15
            @ lundi dernier                | lundi dernier = 2025-12-08
            @ lundi prochain               | lundi prochain = 2025-12-15
            @ il a dit lundi               | lundi = 2025-12-08
            @ он сказал в понедельник      | понедельник = 2025-12-08
            @ el lunes pasado              | lunes pasado = 2025-12-08
            ",
        );
    }

    #[test]
    fn resolves_calendar_units() {
        // The reference 2025-12-13 is a Saturday of ISO week 50.
        check(
            "
            @ letzte Woche                 | letzte Woche = 2025-W49 (week)
            @ in der nächsten Woche        | nächsten Woche = 2025-W51
            @ diese Woche                  | diese Woche = 2025-W50
            @ im nächsten Jahr             | nächsten Jahr = 2026 (year)
            @ des letzten Jahres           | letzten Jahres = 2024
            @ im vergangenen Monat         | vergangenen Monat = 2025-11 (month)
            @ vor zwei Wochen              | vor zwei Wochen = 2025-11-29 (day)
            @ vor 3 Tagen                  | vor 3 Tagen = 2025-12-10
            @ vor einem Jahr               | vor einem Jahr = 2024 (year)
            @ in drei Tagen                | in drei Tagen = 2025-12-16
            @ next month                   | next month = 2026-01 (month)
            @ last week                    | last week = 2025-W49
            @ two days ago                 | two days ago = 2025-12-11
            @ a year ago                   | a year ago = 2024
            @ this year                    | this year = 2025
            @ this week 8am                | this week = 2025-W50; 8am = 2025-12-13T08:00
            @ Im Jahr 2020. Letztes Jahr, am 3. Mai | Jahr 2020 = 2020; Letztes Jahr = 2024; 3. Mai = 2020-05-03
            ",
        );
    }

    #[test]
    fn rejects_units_that_are_no_relative_dates() {
        check(
            "
            letzte Woche                   |
            @ drei Tage                    | drei Tage = P3D
            @ in den letzten drei Jahren   | drei Jahren = P3Y
            @ zwei Wochen lang             | zwei Wochen = P2W
            @ jeden Tag                    |
            @ im Jahr                      |
            ",
        );
    }

    #[test]
    fn finds_holidays_on_fixed_days() {
        check(
            "
            an Heiligabend                 | Heiligabend = XXXX-12-24 (day)
            @ an Silvester                 | Silvester = 2025-12-31
            Neujahr 2024                   | Neujahr 2024 = 2024-01-01
            on Christmas Day               | Christmas Day = XXXX-12-25
            on New Year's Eve              | New Year's Eve = XXXX-12-31
            Im Jahr 1914. An Heiligabend   | Jahr 1914 = 1914; Heiligabend = 1914-12-24
            Christmas                      |
            ",
        );
    }

    #[test]
    fn rejects_words_that_are_not_relative_dates() {
        check(
            "
            heute                          |
            gestern und morgen             |
            am Montag                      |
            on Monday                      |
            @ Am Morgen                    |
            @ am Morgen                    |
            @ USA Today                    |
            @ Black Friday                 |
            @ the Sunday Times             |
            @ Der Montag                   |
            @ Plácido Domingo              |
            @ Theresa May said             |
            @ aujourd                      |
            ",
        );
    }
}
