//! Numeric dates: day first with dots ("3.10.2024", "03.10.24", "am 3.10.") and ISO order
//! with dashes or slashes ("2024-10-03", "2024/10/03", "2024-10-03T12:00").
//!
//! Digits and dots are everywhere in news that are not dates: versions, section numbers,
//! scores, phone numbers, IP addresses. Most of this file is about refusing those, by what
//! stands around the run: a run that goes on ("2.3.4.5"), a blocking word before it
//! ("Version", "Tel."), a version on the other end of a range ("4.3.0 bis 4.3.16").

use crate::token::TokenKind;

use super::scanner::{parse_digits, Hit, Scanner};
use super::value::{is_year, valid_day, Value};

impl Scanner<'_> {
    /// "3.10.2024", "03.10.24", and "am 3.10." (no year: needs a cue word or a weekday before).
    pub(super) fn numeric_dmy(&mut self, i: usize) -> Option<Hit> {
        // Day, dot and month must touch: spaced out ("3. 10.") it is no numeric date, and
        // "3. Oktober" is left to the named family.
        if !(self.punct_is(i + 1, b'.') && self.touches_next(i) && self.touches_next(i + 1)) {
            return None;
        }
        // The month needs its closing dot: "3.10" alone is a decimal or a time ("12.30 Uhr").
        let (month, month_digits) = self.number(i + 2)?;
        if month_digits > 2 || !self.punct_is(i + 3, b'.') || !self.touches_next(i + 2) {
            return None;
        }
        // Checked only now, since the cheaper checks above settle most number runs.
        if self.run_continues_left(i) || self.blocked_by_word(i) {
            return None;
        }
        // Day and month are taken as they are: the calendar check refuses "32.13.".
        let (day, _) = self.number(i)?;
        let (month, day) = (i8::try_from(month).ok()?, i8::try_from(day).ok()?);
        if !self.touches_next(i + 3) {
            // "3.10." alone is too often a section number or a score: it needs "am", "bis"…
            // or a weekday before it ("Montag, den 3.10.").
            let tables = self.tables;
            let cue = i > 0 && self.word_in(i - 1, &tables.words.day_cues);
            // The first end of a range of numeric dates needs none: "14.10. - 15.10.2018".
            let range = self.is_range_link(i + 4)
                && self.digit_initial(i + 5)
                && self.punct_is(i + 6, b'.')
                && self.digit_initial(i + 7);
            if !cue && !range && self.weekday_before(i).is_none() {
                return None;
            }
            return self.day_hit(i, i + 4, None, month, day);
        }
        // "3.10.2024" or "3.10.24"; anything else glued on ("3.10.5", "3.10.a") is no date.
        let (y, digits) = self.number(i + 4)?;
        if self.run_continues_right(i + 4) {
            return None;
        }
        let year = match digits {
            4 if is_year(y) => y,
            2 => {
                // "Versionen 4.3.0 bis 4.3.16": the range's other end is a version.
                if self.follows_version_run(i) {
                    return None;
                }
                // Next to another number a two-digit year is more likely a phone number.
                let is_number = |k: usize| {
                    self.toks
                        .get(k)
                        .is_some_and(|t| t.kind == TokenKind::Number)
                };
                if i.checked_sub(1).is_some_and(is_number) || is_number(i + 5) {
                    return None;
                }
                match self.anchor {
                    // In a text about 1939, "1.9.39" is 1939: the century that puts the year
                    // nearest the anchor year.
                    Some(a) => {
                        let base = a - a.rem_euclid(100);
                        [base - 100, base, base + 100]
                            .into_iter()
                            .map(|c| c + y)
                            .min_by_key(|&c| (c - a).abs())
                            .unwrap_or(2000 + y)
                    }
                    // Else a fixed pivot, whatever the reference: 00–49 are 2000–2049.
                    None if y < 50 => 2000 + y,
                    None => 1900 + y,
                }
            }
            // Three digits ("3.10.202") or a year out of range is a code, not a date.
            _ => return None,
        };
        self.day_hit(i, i + 5, Some(year), month, day)
    }

    /// "2024-10-03", "2024/10/03", "2024-10-03T12:00" (the span ends with the "03T12" token).
    pub(super) fn numeric_ymd(&mut self, i: usize) -> Option<Hit> {
        let sep = *self.bytes.get(self.toks.get(i + 1)?.start)?;
        // One separator throughout: "2024-10/03" is no date.
        if !matches!(sep, b'-' | b'/')
            || !self.punct_is(i + 1, sep)
            || !self.punct_is(i + 3, sep)
            || !(i..i + 4).all(|k| self.touches_next(k))
        {
            return None;
        }
        let (year, _) = self.number(i)?;
        let (month, month_digits) = self.number(i + 2)?;
        // ISO wants two digits; "2024/1/5" is common enough with slashes. Dashes with one
        // digit ("2024-1-5") are more often ranges or codes than dates.
        let digits_ok = |d: usize| if sep == b'-' { d == 2 } else { d <= 2 };
        if !is_year(year) || !digits_ok(month_digits) {
            return None;
        }
        // The tokenizer glues letters to digits, so a time after the day is part of its token.
        let last = self.toks[i + 4];
        let day = if last.kind == TokenKind::Number {
            let (day, day_digits) = self.number(i + 4)?;
            if !digits_ok(day_digits) || self.run_continues_right(i + 4) {
                return None;
            }
            day
        } else {
            // "03T12": a date and time glued by the tokenizer. The time is not read (its
            // value is the day), but the day must be two digits and the "T" a time's.
            let b = last.text(self.text).as_bytes();
            if b.len() < 4
                || !b[..2].iter().all(u8::is_ascii_digit)
                || !matches!(b[2], b'T' | b't')
                || !b[3].is_ascii_digit()
            {
                return None;
            }
            parse_digits(&b[..2])
        };
        // As for the day-first form: "1.2024-10-03" goes on, "Build 2024-10-03" is a version.
        if self.run_continues_left(i) || self.blocked_by_word(i) {
            return None;
        }
        let (month, day) = (i8::try_from(month).ok()?, i8::try_from(day).ok()?);
        self.day_hit(i, i + 5, Some(year), month, day)
    }

    /// A day over tokens `start..end` if the calendar has it: "31.02.2024" is no date at all,
    /// and no shorter date is carved out of it.
    fn day_hit(
        &self,
        start: usize,
        end: usize,
        year: Option<i16>,
        month: i8,
        day: i8,
    ) -> Option<Hit> {
        valid_day(year, month, day).then(|| Hit::new(start, end, Value::Day { year, month, day }))
    }

    /// A number run that goes on to the left of `k` ("2.3.4.5" seen from "3", "v2.10.2024").
    pub(super) fn run_continues_left(&self, k: usize) -> bool {
        if k < 2 || !self.touches_next(k - 1) || !self.touches_next(k - 2) {
            return false;
        }
        let p = self.toks[k - 1];
        let pp = self.toks[k - 2];
        // The left neighbour may be a word ending in a digit ("v2"), not only a number.
        p.kind == TokenKind::Punct
            && matches!(self.bytes[p.start], b'.' | b',' | b':' | b'/' | b'-')
            && pp.kind != TokenKind::Punct
            && self.bytes[pp.end - 1].is_ascii_digit()
    }

    /// A number run that goes on to the right of `k` ("2.3.4.5" seen from "4", "2024-10-03-1").
    fn run_continues_right(&self, k: usize) -> bool {
        self.touches_next(k)
            && self.touches_next(k + 1)
            && self.toks[k + 1].kind == TokenKind::Punct
            && matches!(
                self.bytes[self.toks[k + 1].start],
                b'.' | b',' | b':' | b'/' | b'-'
            )
            && self.digit_initial(k + 2)
    }

    /// Whether run `k` follows a range link ("bis", "-") that follows a version-like number run:
    /// three dotted parts ending in a one-digit part ("4.3.0"), or more than three parts.
    fn follows_version_run(&mut self, k: usize) -> bool {
        let Some(link) = k.checked_sub(1) else {
            return false;
        };
        // Only a run that ends a range ("bis 4.3.16") can have a version on its other side.
        if !self.is_range_link(link) {
            return false;
        }
        // Walk back over "N.N.N" ending right before the link (bounded: versions are short).
        // `last_digits` is the length of the run's last part, the one next to the link.
        let mut j = link;
        let (mut parts, mut last_digits) = (0, 0);
        // Five parts are enough to tell: a longer run is a version whatever follows.
        while parts < 5 && j > 0 && self.toks[j - 1].kind == TokenKind::Number {
            j -= 1;
            if parts == 0 {
                last_digits = self.toks[j].end - self.toks[j].start;
            }
            parts += 1;
            if !(j >= 2
                && self.punct_is(j - 1, b'.')
                && self.touches_next(j - 2)
                && self.touches_next(j - 1))
            {
                break;
            }
            j -= 1;
        }
        // "4.3.0" or "1.2.3.4": a date has three parts, and its year is not one digit.
        parts > 3 || (parts == 3 && last_digits == 1)
    }

    /// Whether the word before number run `k` says it is not a date ("Version", "Abb.").
    pub(super) fn blocked_by_word(&mut self, k: usize) -> bool {
        let Some(mut p) = k.checked_sub(1) else {
            return false;
        };
        // An abbreviation's dot stands between: "Abb. 3.10.24", "Tel. 12.03.45".
        if self.punct_is(p, b'.') && p > 0 {
            p -= 1;
        }
        // The pack words are folded, so "VERSION" and "Abb" block as well.
        let tables = self.tables;
        self.word_in(p, &tables.words.numeric_block)
    }
}

#[cfg(test)]
mod tests {
    use super::super::table::check;

    #[test]
    fn finds_numeric_dates() {
        check(
            "
            3.10.2024                 | 3.10.2024 = 2024-10-03
            03.10.2024                | 03.10.2024 = 2024-10-03
            3.10.24                   | 3.10.24 = 2024-10-03
            3.10.89                   | 3.10.89 = 1989-10-03
            Stand: 3.10.2024.         | 3.10.2024 = 2024-10-03
            am 3.10. in Berlin        | 3.10. = XXXX-10-03
            @ Sie waren bis zum 3.10. dort | 3.10. = 2025-10-03
            Montag, den 3.10.         | Montag, den 3.10. = XXXX-10-03
            vom 1.1.2024 bis 3.1.24   | vom 1.1.2024 bis 3.1.24 = 2024-01-01/2024-01-03
            2024-10-03                | 2024-10-03 = 2024-10-03
            2024/10/03                | 2024/10/03 = 2024-10-03
            2024/1/5                  | 2024/1/5 = 2024-01-05
            at 2024-10-03T12:00Z      | 2024-10-03T12 = 2024-10-03
            ",
        );
    }

    #[test]
    fn rejects_number_runs_that_are_not_dates() {
        check(
            "
            Version 2.10.3             |
            Version 2.10.24            |
            Versionen 4.3.0 bis 4.3.16 |
            Abb. 3.10.24               |
            Tabelle 3.1                |
            Tabelle 3.1.               |
            um 12.30 Uhr               | 12.30 Uhr = T12:30
            am 12.30 Uhr               | 12.30 Uhr = T12:30
            2.3.4.5                    |
            192.168.1.10               |
            Tel. 030 12.03.45          |
            0171 12.03.45              |
            10.000                     |
            1.000 Euro                 |
            31.02.2024                 |
            2024-02-30                 |
            2024-1-5                   |
            1.2024-10-03               |
            Build 2024-10-03           |
            2024-10/03                 |
            3.10.5                     |
            am 3.10                    |
            3.10.                      |
            ",
        );
    }
}
