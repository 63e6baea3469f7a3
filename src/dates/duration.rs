//! Durations: a count and a unit of time ("drei Tage", "for two weeks", "48 Stunden",
//! "anderthalb Stunden", "1,5 Stunden"), reported with label
//! [`Label::Duration`](crate::Label::Duration) and an ISO 8601 value (`P3D`, `P2W`, `PT48H`,
//! `PT1.5H`).
//!
//! The rule is asked at a unit word (the packs' `calendar_units`, hours and minutes included)
//! after the relative rule of `relative.rs` has turned it down, so "vor zwei Wochen" and "two
//! days ago" stay relative dates. It wants a count right before the unit: a number of one to
//! three digits, a decimal with one digit after the comma or point, a number word of two or
//! more ("zwei", "ten"; "ein"/"a" is an article far more often than a count), or a fraction
//! word (`duration_fractions`: "anderthalb"). A count after "vor", "in" or before "ago" is a
//! relative expression, also without a reference date, and never a duration.

use crate::token::TokenKind;

use super::scanner::{Hit, Scanner};
use super::value::Value;

impl Scanner<'_> {
    /// The duration that ends at unit word `i` (unit 0 day, 1 week, 2 month, 3 year, 4 hour,
    /// 5 minute), if a count stands before it.
    pub(super) fn duration(&mut self, i: usize, unit: u8) -> Option<Hit> {
        let p = i.checked_sub(1).filter(|&p| p >= self.floor)?;
        let (start, tenths) = self.duration_count(p)?;
        let tables = self.tables;
        let w = &tables.words;
        // "two days ago", "vor zwei Wochen", "in drei Tagen": relative, not durations.
        if self.word_in(i + 1, &w.ago_after) {
            return None;
        }
        if let Some(q) = start.checked_sub(1) {
            if self.word_in(q, &w.ago_before) || self.word_in(q, &w.later_before) {
                return None;
            }
        }
        Some(Hit::new(start, i + 1, Value::Duration { tenths, unit }))
    }

    /// The count ending at token `p`: its first token and its value in tenths.
    fn duration_count(&mut self, p: usize) -> Option<(usize, u16)> {
        if let Some((n, digits)) = self.number(p) {
            if digits > 3 || n == 0 {
                return None;
            }
            // "1,5 Stunden", "2.5 hours": one digit after the comma or point.
            if p >= 2
                && self.touches_next(p - 2)
                && self.touches_next(p - 1)
                && (self.punct_is(p - 1, b',') || self.punct_is(p - 1, b'.'))
            {
                let (whole, whole_digits) = self.number(p - 2)?;
                if digits != 1 || whole_digits > 3 || p - 2 < self.floor {
                    return None;
                }
                return Some((p - 2, whole as u16 * 10 + n as u16));
            }
            // "1 000 Jahre", "3:2 Tage" are no counts of days.
            if p > 0 && (self.number(p - 1).is_some() || self.punct_is(p - 1, b':')) {
                return None;
            }
            return Some((p, n as u16 * 10));
        }
        if self.toks.get(p)?.kind != TokenKind::Word {
            return None;
        }
        let tables = self.tables;
        let f = self.folded(p)?;
        if let Some(&(_, n)) = tables.number_words.iter().find(|e| e.0.as_bytes() == f) {
            return (n >= 2).then_some((p, n as u16 * 10));
        }
        tables
            .duration_fractions
            .iter()
            .find(|e| e.0.as_bytes() == f)
            .map(|&(_, tenths)| (p, u16::from(tenths)))
    }
}

#[cfg(test)]
mod tests {
    use super::super::table::{check, find};
    use crate::Label;

    #[test]
    fn finds_durations() {
        check(
            "
            drei Tage                          | drei Tage = P3D (day)
            Er blieb zwei Wochen               | zwei Wochen = P2W (week)
            nach 48 Stunden                    | 48 Stunden = PT48H (time)
            seit zehn Jahren                   | zehn Jahren = P10Y (year)
            zehn Jahre                         | zehn Jahre = P10Y
            anderthalb Stunden                 | anderthalb Stunden = PT1.5H
            eineinhalb Jahre                   | eineinhalb Jahre = P1.5Y
            1,5 Stunden                        | 1,5 Stunden = PT1.5H
            30 Minuten                         | 30 Minuten = PT30M
            die ersten 100 Tage                | 100 Tage = P100D
            zwölf Monate                       | zwölf Monate = P12M (month)
            3 Tage alt                         | 3 Tage = P3D
            in den letzten drei Jahren         | drei Jahren = P3Y
            for two weeks                      | two weeks = P2W
            after 48 hours                     | 48 hours = PT48H
            ten years                          | ten years = P10Y
            2.5 hours                          | 2.5 hours = PT2.5H
            90 minutes                         | 90 minutes = PT90M
            am 3. Oktober 2024 drei Tage lang  | 3. Oktober 2024 = 2024-10-03; drei Tage = P3D
            ",
        );
    }

    #[test]
    fn rejects_what_is_no_duration() {
        check(
            "
            Tag der Arbeit                     |
            ein Jahr                           |
            einen Tag                          |
            a day                              |
            jeden Tag                          |
            im Jahr                            |
            vor zwei Wochen                    |
            in drei Tagen                      |
            two days ago                       |
            in two weeks                       |
            1 000 Jahre                        |
            two and a half hours               |
            3. Tag                             |
            Stunden                            |
            @ vor zwei Wochen                  | vor zwei Wochen = 2025-11-29
            @ two days ago                     | two days ago = 2025-12-11
            ",
        );
    }

    #[test]
    fn durations_have_their_own_label() {
        let found = find("drei Tage am 3. Oktober 2024", None);
        let labels: Vec<_> = found.iter().map(|d| d.label).collect();
        assert_eq!(labels, [Label::Duration, Label::Date]);
    }
}
