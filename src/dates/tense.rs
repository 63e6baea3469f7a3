//! The tense around a date: which way a weekday alone ("am Montag") or a date without a year
//! and without an anchor ("am 3. Oktober") points from the reference date, as HeidelTime's news
//! rules choose it.
//!
//! The sentence of the date is read for cue words of the packs: past forms (`past_cues`,
//! "sagte", "said"; the perfect, an auxiliary of `perfect_auxiliaries` with a participle
//! (`participle_prefixes`) at the end of a clause, "hat … gesagt"; a verb ending of
//! `past_suffixes`, "announced") and future forms (`future_cues`, "wird", "will"). The cue
//! nearest to the date decides. Without a cue, a few words without a full stop (an agenda line, a
//! headline without a verb, "Montag: Sitzung") point forward, and prose points back, since news
//! reports what happened. This file does not resolve anything: [`value`](super::value) does,
//! with the [`Lean`] found here.

use crate::token::TokenKind;

use super::scanner::Scanner;

/// Which way a date that needs a direction points from the reference date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Lean {
    /// Back: the most recent such day, or the nearest year (ties to the past).
    Past,
    /// Forward: the next such day, or the first such date on or after the reference.
    Future,
}

/// How far the sentence is read on each side of the date, in tokens: a cue further away
/// is about something else, and the cost stays bounded on text without punctuation.
const REACH: usize = 40;

/// A sentence with at most this many words, no cue and no full stop is a fragment (an agenda
/// line).
const FRAGMENT_WORDS: usize = 6;

impl Scanner<'_> {
    /// The [`Lean`] of the sentence around token `i` (see the [module docs](self)).
    pub(super) fn lean_at(&mut self, i: usize) -> Lean {
        let (start, end) = self.sentence_around(i);
        let tables = self.tables;
        let w = &tables.words;
        // (distance to `i`, lean) of the nearest cue so far.
        let mut best: Option<(usize, Lean)> = None;
        let mut auxiliary: Option<usize> = None;
        let mut participle = false;
        let mut words = 0;
        for k in start..end {
            let t = self.toks[k];
            if t.kind != TokenKind::Word {
                continue;
            }
            words += 1;
            let lean = if self.folded_in(k, &w.past_cues) {
                Some(Lean::Past)
            } else if self.folded_in(k, &w.future_cues) {
                Some(Lean::Future)
            } else if self.past_form(k) {
                Some(Lean::Past)
            } else {
                if auxiliary.is_none() && self.folded_in(k, &w.perfect_auxiliaries) {
                    auxiliary = Some(k);
                }
                participle |= self.participle_at_clause_end(k, end);
                None
            };
            if let Some(lean) = lean {
                let d = k.abs_diff(i);
                if best.is_none_or(|(b, _)| d < b) {
                    best = Some((d, lean));
                }
            }
        }
        if let (Some(k), true) = (auxiliary, participle) {
            let d = k.abs_diff(i);
            if best.is_none_or(|(b, _)| d < b) {
                best = Some((d, Lean::Past));
            }
        }
        // A fragment has no full stop: "Am 3. Oktober traf er sie." is a sentence, whose verb
        // the cue lists may not know.
        // The stop follows a word: in "am 10.12." the dot is the date's.
        let last = self.toks[end - 1];
        let full_stop = last.kind == TokenKind::Punct
            && self.bytes[last.start] == b'.'
            && end >= 2
            && self.toks[end - 2].kind == TokenKind::Word;
        match best {
            Some((_, lean)) => lean,
            None if words <= FRAGMENT_WORDS && !full_stop => Lean::Future,
            None => Lean::Past,
        }
    }

    /// The tokens `start..end` of the sentence around token `i`, at most [`REACH`] on each
    /// side: a sentence ends at "!", "?", a "." after a word of three letters or more, or a
    /// line break.
    fn sentence_around(&self, i: usize) -> (usize, usize) {
        let ends_before = |k: usize| -> bool {
            // Whether a sentence ends between tokens k - 1 and k.
            let (a, b) = (self.toks[k - 1], self.toks[k]);
            if self.bytes[a.end..b.start].contains(&b'\n') {
                return true;
            }
            a.kind == TokenKind::Punct
                && match self.bytes[a.start] {
                    b'!' | b'?' => true,
                    b'.' => {
                        k >= 2 && {
                            let w = self.toks[k - 2];
                            w.kind == TokenKind::Word && w.end - w.start >= 3
                        }
                    }
                    _ => false,
                }
        };
        let mut start = i;
        while start > 0 && i - start < REACH && !ends_before(start) {
            start -= 1;
        }
        let mut end = i + 1;
        while end < self.toks.len() && end - i < REACH && !ends_before(end) {
            end += 1;
        }
        (start, end)
    }

    /// Whether word `k` is a past form by its ending ("announced"): lower case, five letters
    /// or more, ending in one of the packs' `past_suffixes`.
    fn past_form(&self, k: usize) -> bool {
        let t = self.toks[k];
        if t.is_capitalised() || t.end - t.start < 5 {
            return false;
        }
        let s = t.text(self.text);
        self.tables
            .words
            .past_suffixes
            .iter()
            .any(|x| s.ends_with(x))
    }

    /// Whether word `k` is a participle closing a clause ("gesagt." in "hat am Montag
    /// gesagt."): lower case, five letters or more, with one of the packs'
    /// `participle_prefixes`, and punctuation or the sentence's `end` after it.
    fn participle_at_clause_end(&self, k: usize, end: usize) -> bool {
        let t = self.toks[k];
        if t.is_capitalised() || t.end - t.start < 5 {
            return false;
        }
        let closes = k + 1 >= end || self.toks[k + 1].kind == TokenKind::Punct;
        let s = t.text(self.text);
        closes
            && self
                .tables
                .words
                .participle_prefixes
                .iter()
                .any(|p| s.starts_with(p))
    }
}

#[cfg(test)]
mod tests {
    use super::super::table::check;

    #[test]
    fn the_tense_of_the_sentence_points_weekdays_back_or_forward() {
        // 2025-12-13 is a Saturday.
        check(
            "
            @ Er sagte am Montag, es sei vorbei.           | Montag = 2025-12-08
            @ Die Regierung hat am Montag das Gesetz beschlossen. | Montag = 2025-12-08
            @ Die Regierung wird am Montag über das Gesetz beraten. | Montag = 2025-12-15
            @ Der Rat soll am Dienstag zusammenkommen, hieß es. | Dienstag = 2025-12-16
            @ Montag: Sitzung des Rates                     | Montag = 2025-12-15
            @ The minister said on Monday that talks would resume. | Monday = 2025-12-08
            @ Police arrested two men on Tuesday after a long chase through town. | Tuesday = 2025-12-09
            @ The council will meet on Tuesday to discuss the budget for next year. | Tuesday = 2025-12-16; next year = 2026
            @ on Thursday                                   | Thursday = 2025-12-18
            @ Am Montag hat er Zeit, aber nicht viel, und er liest gern Bücher dort. | Montag = 2025-12-08
            ",
        );
    }

    #[test]
    fn the_tense_of_the_sentence_picks_the_year_of_a_date_without_one() {
        check(
            "
            @ Die Wahl wird am 3. Oktober stattfinden.     | 3. Oktober = 2026-10-03
            @ Die Wahl fand am 3. Oktober statt, sagte er. | 3. Oktober = 2025-10-03
            @ Sep 20                                       | Sep 20 = 2026-09-20
            @ am 10.12.                                    | 10.12. = 2026-12-10
            @ Er kam am 10.12. zurück, als es schneite und die Straßen leer waren. | 10.12. = 2025-12-10
            @ Am 3. Oktober traf er sie.                   | 3. Oktober = 2025-10-03
            @ On Sep 20 they met.                          | Sep 20 = 2025-09-20
            ",
        );
    }
}
