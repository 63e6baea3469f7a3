//! Clock times: "um 8:30", "um 15 Uhr", "8:30 Uhr", "3 pm", "3pm", "19h30", alone or with a
//! day before them ("am 20.11. um 8:30", "14. Oktober um 8:00:31", "23.04.2022 14:55", "Montag
//! 11:00 Uhr", "tomorrow evening at 5") or after them ("at 9am on Saturday", "3pm tomorrow"),
//! which they join: one mention `2017-11-20T08:30`; two clocks with a range link are one
//! interval ("9:30 - 11:00", "zwischen 19 und 20 Uhr"). A part of the day after a day
//! ("Montag Abend", the packs' `day_parts`) joins its span and makes a clock hour a later one
//! ("am Abend um 8" is 20:00).
//!
//! A clock is digits, so these rules start at a number like the others. "3:1" (a score) and
//! "12.5" (a decimal) are no clocks: minutes have two digits, and a dotted time needs the clock
//! noun after it ("12.30 Uhr"). Alone, a clock needs a cue word before it ("um", "at") or a
//! clock noun or "pm" after it. The words are the packs' (`clock_cues`, `clock_nouns`,
//! `clock_am`, `clock_pm`).

use crate::token::TokenKind;

use super::scanner::{Hit, Scanner};
use super::value::{Clock, DayBase, Point, Value};

impl Scanner<'_> {
    /// The clock starting at token `i`: `(clock, end)`. `cued` (a cue word before, or a day)
    /// accepts a bare "14:55"; otherwise "H:MM" needs a noun or "pm" after it.
    fn clock_at(&mut self, i: usize, cued: bool) -> Option<(Clock, usize)> {
        let t = *self.toks.get(i)?;
        let tables = self.tables;
        // "3pm": one word.
        if t.kind == TokenKind::Word {
            let s = t.text(self.text);
            let digits = s.bytes().take_while(u8::is_ascii_digit).count();
            if !(1..=2).contains(&digits) {
                return None;
            }
            let hour: i8 = s[..digits].parse().ok()?;
            let rest = &s[digits..];
            // "19h30", "8h00"; "8h" only after a cue or a day (else it is often hours).
            if let Some(minutes) = rest.strip_prefix(['h', 'H']) {
                let minute: i8 = match minutes.len() {
                    0 if cued => 0,
                    2 if minutes.bytes().all(|b| b.is_ascii_digit()) => minutes.parse().ok()?,
                    _ => return None,
                };
                return (hour <= 23 && minute <= 59)
                    .then(|| (Clock::new(hour, minute, None), i + 1));
            }
            let pm = tables
                .words
                .clock_pm
                .iter()
                .any(|w| rest.eq_ignore_ascii_case(w));
            let am = tables
                .words
                .clock_am
                .iter()
                .any(|w| rest.eq_ignore_ascii_case(w));
            return (pm || am)
                .then(|| meridiem(hour, pm))
                .flatten()
                .map(|hour| (Clock::new(hour, 0, None), i + 1));
        }
        let (hour, hour_digits) = self.number(i)?;
        if hour_digits > 2 || hour > 24 {
            return None;
        }
        let mut hour = hour as i8;
        let mut minute = 0i8;
        let mut second = None;
        let mut end = i + 1;
        let mut dotted = false;
        let sep = |s: &Scanner, k: usize, c: u8| {
            s.punct_is(k, c) && s.touches_next(k - 1) && s.touches_next(k)
        };
        // "8:30", "8:00:31", "12.30" (only with a noun after).
        for c in [b':', b'.'] {
            if sep(self, i + 1, c) {
                let (m, d) = self.number(i + 2)?;
                if d != 2 || m > 59 {
                    return None;
                }
                minute = m as i8;
                end = i + 3;
                dotted = c == b'.';
                if c == b':' && sep(self, i + 3, b':') {
                    let (s, d) = self.number(i + 4)?;
                    if d != 2 || s > 59 {
                        return None;
                    }
                    second = Some(s as i8);
                    end = i + 5;
                }
                break;
            }
        }
        // A glued number after ("8:30:1", "12.30.5") is something else.
        if self.touches_next(end - 1) && self.digit_initial(end) {
            return None;
        }
        let with_minutes = end > i + 1;
        // "Uhr", "h" after; "pm", "am" after (English).
        if self.word_in(end, &tables.words.clock_nouns) {
            end += 1;
        } else if let Some(pm) = self.meridiem_word(end) {
            hour = meridiem(hour, pm)?;
            end += 1;
        } else if dotted || !(cued || (with_minutes && self.clock_cue_before(i))) {
            // "12.30" without "Uhr" is a decimal; "um 15" alone is a count.
            return None;
        } else if !with_minutes {
            return None;
        }
        if hour == 24 && (minute != 0 || second.is_some()) {
            return None;
        }
        Some((Clock::new(hour, minute, second), end))
    }

    /// Whether the word before `i` is a clock cue ("um", "at").
    fn clock_cue_before(&mut self, i: usize) -> bool {
        let tables = self.tables;
        i > 0 && self.word_in(i - 1, &tables.words.clock_cues)
    }

    /// `Some(true)` for "pm" at `k`, `Some(false)` for "am" when only punctuation or nothing
    /// follows (German "am Montag", "ORF 2 am 14. April").
    fn meridiem_word(&mut self, k: usize) -> Option<bool> {
        let tables = self.tables;
        if self.word_among(k, &tables.words.clock_pm) {
            return Some(true);
        }
        let word_after = self
            .toks
            .get(k + 1)
            .is_some_and(|t| t.kind != TokenKind::Punct);
        (self.word_among(k, &tables.words.clock_am) && !word_after).then_some(false)
    }

    /// A clock alone at number `i`: "um 15 Uhr", "um 8:30", "3 pm": on the reference day, or
    /// without a day when there is no reference.
    pub(super) fn clock_alone(&mut self, i: usize) -> Option<Hit> {
        // Most numbers have neither a separator nor a word after them.
        let next = self.toks.get(i + 1).copied().unwrap_or(self.toks[i]);
        // "8:30", "12.30": a separator glued between two numbers.
        let sep = next.kind == TokenKind::Punct
            && self.touches_next(i)
            && self.touches_next(i + 1)
            && self.digit_initial(i + 2)
            && matches!(self.bytes[next.start], b':' | b'.');
        let tables = self.tables;
        if self.toks[i].kind == TokenKind::Word {
            // "3pm", "19h30", "8h": only a word that ends in "m", "h" or a digit can be one.
            let last = self.bytes[self.toks[i].end - 1];
            if !matches!(last | 0x20, b'm' | b'h') && !last.is_ascii_digit() {
                return None;
            }
        } else if i + 1 >= self.toks.len() {
            return None;
        } else if let Some((first, second, end)) = (next.kind == TokenKind::Punct && !sep
            || self.word_in(i + 1, &tables.words.range_links))
        .then(|| self.bare_clock_range(i))
        .flatten()
        {
            let day = self.reference.map(DayBase::Resolved);
            return Some(self.clock_span(i, end, day, first, second));
        } else if next.kind == TokenKind::Word {
            // "15 Uhr", "3 pm"; "12 Menschen" is no clock, and its hash says so.
            let w = &tables.words;
            if !super::tables::hash_set_admits(&tables.clock_hashes, next.hash)
                || !(self.word_in(i + 1, &w.clock_nouns)
                    || self.word_among(i + 1, &w.clock_pm)
                    || self.word_among(i + 1, &w.clock_am))
            {
                return None;
            }
        } else if !sep {
            return None;
        }
        let cued = self.clock_cue_before(i);
        // A bare "13:00" is a clock only before a day ("13:00 February 28, 2013").
        let (found, needs_day) = match self.clock_at(i, cued) {
            Some(found) => (found, false),
            None if sep && !cued => (self.clock_at(i, true)?, true),
            None => return None,
        };
        let (mut clock, mut end) = found;
        // "9:30 - 11:00", "von 16:00 bis 17:10 Uhr": a second end makes a bare "9:30" a clock.
        {
            let tables = self.tables;
            let cued = i > 0
                && (self.word_in(i - 1, &tables.words.range_cues)
                    || (i > 1 && self.word_in(i - 2, &tables.words.range_cues)));
            if let Some((first, second, e)) = self.clock_range_end(clock, end, cued) {
                let day = self.reference.map(DayBase::Resolved);
                return Some(self.clock_span(i, e, day, first, second));
            }
        }
        // "8 Uhr am Abend", "3 uhr nachmittags".
        if let Some((part, e)) = self.day_part_at(end) {
            clock = clock.in_part(part);
            end = e;
        }
        // "at 9 am on Saturday", "um 19:30 am Freitag, 20. September", "3pm tomorrow".
        if let Some((day, e)) = self.day_after_clock(end) {
            return Some(Hit::new(
                i,
                e,
                Value::Time {
                    day: Some(day.into()),
                    clock,
                },
            ));
        }
        if needs_day {
            return None;
        }
        // A clock alone is on the reference day when there is one ("um 15 Uhr" in a story).
        let day = self.reference.map(DayBase::Resolved);
        Some(Hit::new(i, end, Value::Time { day, clock }))
    }

    /// The second end of a span of clock times whose first end `first` ends before token `k`:
    /// "9:30 - 11:00", "16:00 Uhr bis 17:10 Uhr", "3-4pm" (the "pm" also makes the first end
    /// an afternoon one), "zwischen 19 und 20 Uhr" (`cued`: "und" links only after a range
    /// cue). Returns both ends and the end token; the second must be later.
    fn clock_range_end(
        &mut self,
        first: Clock,
        k: usize,
        cued: bool,
    ) -> Option<(Clock, Clock, usize)> {
        if !self.is_range_link(k) {
            return None;
        }
        let tables = self.tables;
        if !cued && self.word_in(k, &tables.words.range_list_links) {
            return None;
        }
        let mut j = k + 1;
        if self.word_in(j, &tables.words.clock_cues) {
            j += 1;
        }
        if !self.digit_initial(j) {
            return None;
        }
        let (second, end) = self.clock_at(j, true)?;
        let first = if first.hour() < 12 && second.hour() > first.hour() + 12 {
            first.later(12)
        } else {
            first
        };
        second.after(first).then_some((first, second, end))
    }

    /// The span of clock times that starts at bare number `i` ("17-18 Uhr", "3-4pm",
    /// "zwischen 19 und 20 Uhr"): a bare hour is a clock only before a second end that is one.
    fn bare_clock_range(&mut self, i: usize) -> Option<(Clock, Clock, usize)> {
        let (hour, digits) = self.number(i)?;
        if digits > 2 || hour > 24 {
            return None;
        }
        let tables = self.tables;
        let cued = i > 0 && self.word_in(i - 1, &tables.words.range_cues);
        self.clock_range_end(Clock::new(hour as i8, 0, None), i + 1, cued)
    }

    /// The span of clock times `first` to `second` on `day` over tokens `start..end`.
    fn clock_span(
        &self,
        start: usize,
        end: usize,
        day: Option<DayBase>,
        first: Clock,
        second: Clock,
    ) -> Hit {
        Hit::new(
            start,
            end,
            Value::Range {
                from: Point::Time { day, clock: first },
                to: Point::Time { day, clock: second },
            },
        )
    }

    /// The day right after a clock that ends before token `k`, with an optional "," and link
    /// word ("on", "am") between: its value (a day) and its end.
    fn day_after_clock(&mut self, k: usize) -> Option<(Value, usize)> {
        let tables = self.tables;
        let mut k = k;
        if self.punct_is(k, b',') {
            k += 1;
        }
        if self.word_in(k, &tables.words.clock_day_links) {
            k += 1;
        }
        // "am Freitag, 20. September": the date after the weekday is the day, on that weekday.
        let mut weekday = None;
        if self.toks.get(k)?.kind == TokenKind::Word
            && self.folded(k).is_some_and(|f| tables.is_weekday(f))
        {
            let mut j = k + 1;
            if self.punct_is(j, b',') {
                j += 1;
            }
            if self.word_among(j, &tables.words.weekday_date_links) {
                j += 1;
            }
            if self.digit_initial(j) {
                weekday = Some(k);
                k = j;
            }
        }
        // The day is read as if the clock were already emitted.
        let floor = std::mem::replace(&mut self.floor, k);
        let found = self.date_at(k, true);
        self.floor = floor;
        match found {
            Some((hit, None)) if matches!(hit.value, Value::Day { .. } | Value::Resolved(_)) => {
                let value = match weekday {
                    Some(w) if self.anchor.is_none() => self.on_weekday(hit.value, w),
                    _ => hit.value,
                };
                Some((value, hit.end))
            }
            _ => None,
        }
    }

    /// The part of the day at token `k`, after up to three link words ("Abend", "am Abend",
    /// "early in the morning"): `(part, end)`.
    pub(super) fn day_part_at(&mut self, k: usize) -> Option<(u8, usize)> {
        let tables = self.tables;
        let mut j = k;
        while j < k + 3 && self.word_in(j, &tables.words.day_part_links) {
            j += 1;
        }
        let t = self.toks.get(j)?;
        if t.kind != TokenKind::Word || t.end - t.start > 12 {
            return None;
        }
        let f = self.folded(j)?;
        let part = tables.day_parts.iter().find(|e| e.0.as_bytes() == f)?.1;
        Some((part, j + 1))
    }

    /// `hit` (a day) with the clock after it: "am 20.11. um 8:30", "23.04.2022 14:55",
    /// "Montag 11 Uhr", with an optional "," and cue between.
    pub(super) fn with_clock(&mut self, hit: Hit) -> Hit {
        let day = match hit.value {
            Value::Day { .. } | Value::Resolved(_) => hit.value,
            _ => return hit,
        };
        let mut k = hit.end;
        // "Montag Abend", "tomorrow evening", "tuesday in the morning": the day's span.
        let part = self.day_part_at(k);
        let mut hit = hit;
        if let Some((_, end)) = part {
            hit.end = end;
            k = end;
        }
        if self.punct_is(k, b',') {
            k += 1;
        }
        let tables = self.tables;
        let range_cued = self.word_in(k, &tables.words.range_cues);
        let cued = range_cued || self.word_in(k, &tables.words.clock_cues);
        if cued {
            k += 1;
        }
        if !self.digit_initial(k) {
            return hit;
        }
        // "am 09.11. zwischen 19 und 20 Uhr", "24.10.2017 09:27 - 10:16 Uhr".
        let span = self
            .clock_at(k, true)
            .and_then(|(c, e)| self.clock_range_end(c, e, range_cued))
            .or_else(|| {
                self.bare_clock_range(k)
                    .filter(|_| range_cued || self.number(k).is_some())
            });
        if let Some((first, second, end)) = span {
            let day: DayBase = day.into();
            return self.clock_span(hit.start, end, Some(day), first, second);
        }
        // After a day, a bare "14:55" is a clock, and after a cue or a part of the day a bare
        // hour ("tomorrow at 5", "Saturday morning at 9").
        let clock = self.clock_at(k, true).or_else(|| {
            if !(cued || part.is_some()) {
                return None;
            }
            let (hour, digits) = self.number(k)?;
            let next = self.toks.get(k + 1);
            let alone = next.is_none_or(|t| t.kind == TokenKind::Punct && !self.touches_next(k))
                || self.day_part_at(k + 1).is_some();
            (digits <= 2 && hour <= 24 && alone).then(|| (Clock::new(hour as i8, 0, None), k + 1))
        });
        match clock {
            Some((mut clock, mut end)) => {
                // "at 5 in the afternoon".
                let part = match self.day_part_at(end) {
                    Some((p, e)) => {
                        end = e;
                        Some(p)
                    }
                    None => part.map(|p| p.0),
                };
                if let Some(p) = part {
                    clock = clock.in_part(p);
                }
                Hit {
                    end,
                    value: Value::Time {
                        day: Some(day.into()),
                        clock,
                    },
                    soft: None,
                    ..hit
                }
            }
            _ => hit,
        }
    }
}

/// `hour` (1–12) read with "pm" or "am": 3 pm is 15, 12 am is 0.
fn meridiem(hour: i8, pm: bool) -> Option<i8> {
    if !(1..=12).contains(&hour) {
        return None;
    }
    Some(match (hour, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    })
}

#[cfg(test)]
mod tests {
    use super::super::table::check;

    #[test]
    fn finds_clock_times_alone_and_after_a_day() {
        check(
            "
            um 15 Uhr                      | 15 Uhr = T15:00 (time)
            um 8:30                        | 8:30 = T08:30 (time)
            8:30 Uhr                       | 8:30 Uhr = T08:30
            um 12.30 Uhr                   | 12.30 Uhr = T12:30
            at 3 pm                        | 3 pm = T15:00
            at 3pm                         | 3pm = T15:00
            12 am                          | 12 am = T00:00
            am 20.11.2017 um 8:30          | 20.11.2017 um 8:30 = 2017-11-20T08:30 (time)
            @2017-11-01 am 20.11. um 8:30  | 20.11. um 8:30 = 2017-11-20T08:30
            14. Oktober um 8:00:31         | 14. Oktober um 8:00:31 = XXXX-10-14T08:00:31
            23.04.2022 14:55               | 23.04.2022 14:55 = 2022-04-23T14:55
            11. November 1918, 11 Uhr      | 11. November 1918, 11 Uhr = 1918-11-11T11:00
            @ am Montag um 11 Uhr          | Montag um 11 Uhr = 2025-12-15T11:00
            October 3, 2024 at 3 pm        | October 3, 2024 at 3 pm = 2024-10-03T15:00
            @2017-10-27 Montag 30.10. 07.00 Uhr | Montag 30.10. 07.00 Uhr = 2017-10-30T07:00
            ",
        );
    }

    #[test]
    fn joins_a_clock_and_a_day_in_either_order_with_parts_of_the_day() {
        // 2013-02-12 is a Tuesday.
        check(
            "
            @2013-02-12 at 9am on Saturday      | 9am on Saturday = 2013-02-16T09:00 (time)
            @2013-02-12 Saturday morning at 9   | Saturday morning at 9 = 2013-02-16T09:00
            @2013-02-12 tomorrow evening at 5   | tomorrow evening at 5 = 2013-02-13T17:00
            @2013-02-12 tomorrow at 5 in the afternoon | tomorrow at 5 in the afternoon = 2013-02-13T17:00
            @2013-02-12 3pm tomorrow            | 3pm tomorrow = 2013-02-13T15:00
            @2013-02-12 heute abend um 8        | heute abend um 8 = 2013-02-12T20:00
            @2013-02-12 morgen früh um 7        | morgen früh um 7 = 2013-02-13T07:00
            @2013-02-12 Montag Abend            | Montag Abend = 2013-02-18 (day)
            um 19:30 am Freitag, 20. September 2013 | 19:30 am Freitag, 20. September 2013 = 2013-09-20T19:30
            13:00 February 28, 2013             | 13:00 February 28, 2013 = 2013-02-28T13:00
            um 8 Uhr am Abend                   | 8 Uhr am Abend = T20:00
            um 12 Uhr nachts                    | 12 Uhr nachts = T00:00
            19h30                               | 19h30 = T19:30
            at 8h                               | 8h = T08:00
            Fri, Jul 18, 2014 19h00             | Fri, Jul 18, 2014 19h00 = 2014-07-18T19:00
            @2013-02-12 Sunday, Feb 10          | Sunday, Feb 10 = 2013-02-10
            @2013-02-12 Montag, 18. Februar     | Montag, 18. Februar = 2013-02-18
            ",
        );
    }

    #[test]
    fn spans_of_clock_times_are_one_interval() {
        check(
            "
            9:30 - 11:00                        | 9:30 - 11:00 = T09:30/T11:00 (time)
            von 16:00 Uhr bis 17:10 Uhr         | 16:00 Uhr bis 17:10 Uhr = T16:00/T17:10
            3-4pm                               | 3-4pm = T15:00/T16:00
            17-18 Uhr                           | 17-18 Uhr = T17:00/T18:00
            am 09.11.2017 zwischen 19 und 20 Uhr | 09.11.2017 zwischen 19 und 20 Uhr = 2017-11-09T19:00/2017-11-09T20:00
            24.10.2017 09:27 - 10:16 Uhr        | 24.10.2017 09:27 - 10:16 Uhr = 2017-10-24T09:27/2017-10-24T10:16
            @2013-02-12 Thursday from 9:30 to 11:00 | Thursday from 9:30 to 11:00 = 2013-02-14T09:30/2013-02-14T11:00
            Es endete 3-1                       |
            Seiten 17-18                        |
            zwischen 19 und 20 Menschen         |
            um 11:00 - 9:30                     | 11:00 = T11:00
            ",
        );
    }

    #[test]
    fn rejects_numbers_that_are_not_clock_times() {
        check(
            "
            3:1                            |
            es endete 2:10                 |
            12.30                          |
            um 15                          |
            um 25 Uhr                      |
            8:61 Uhr                       |
            3 am Montag                    |
            ORF 2 am 14. April             | 14. April = XXXX-04-14
            @ um 15 Uhr                    | 15 Uhr = 2025-12-13T15:00 (time)
            Tabelle 3.1                    |
            8h                             |
            um 5 Menschen                  |
            @2013-02-12 am Montag um 9 Menschen | Montag = 2013-02-18
            @2013-02-12 tomorrow at 5 percent | tomorrow = 2013-02-13
            ",
        );
    }
}
