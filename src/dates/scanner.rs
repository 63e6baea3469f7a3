//! The scanning state of one [`find_dates`](super::find_dates) call and the token predicates
//! that every date family shares (touching tokens, numbers, folded lookups in the
//! [`tables`](super::tables)).
//!
//! The families ([`numeric`](super::numeric), [`named`](super::named),
//! [`relative`](super::relative)) add their rules to [`Scanner`] in their own files; this file
//! holds no rule, only what a rule asks about a token, and [`Scanner::emit`], which turns a
//! [`Hit`] in token indices into a [`DateCandidate`] in bytes.

use jiff::civil::Date;

use crate::gazetteer::Label;
use crate::token::{fold_into, Token, TokenKind};

use super::tables::{Tables, WordSet};
use super::tense::Lean;
use super::value::{self, DateInfo, DateYear, Value, WeekdayDirection, YEAR_MAX};
use super::DateCandidate;

/// A mention in token indices, before it is turned into bytes.
#[derive(Clone, Copy, Debug)]
pub(super) struct Hit {
    /// First token.
    pub(super) start: usize,
    /// One past the last token.
    pub(super) end: usize,
    /// What the mention means, before rendering.
    pub(super) value: Value,
    /// For a lone weekday, its token: a date right after it may absorb the mention ("am
    /// Montag, 3. Oktober").
    pub(super) soft: Option<usize>,
}

impl Hit {
    /// A hit over tokens `start..end` that no later date absorbs.
    pub(super) fn new(start: usize, end: usize, value: Value) -> Hit {
        Hit {
            start,
            end,
            value,
            soft: None,
        }
    }
}

/// One or two mentions (two for ranges such as "1. bis 3. Oktober").
pub(super) type Found = (Hit, Option<Hit>);

/// The scanning state of one `find_dates` call.
pub(super) struct Scanner<'a> {
    pub(super) text: &'a str,
    pub(super) bytes: &'a [u8],
    pub(super) toks: &'a [Token],
    pub(super) reference: Option<Date>,
    /// Every pack's words, merged; one dereference of the lazy static per call.
    pub(super) tables: &'static Tables,
    /// Whether durations are looked for too (see
    /// [`find_dates_and_durations`](super::find_dates_and_durations)).
    pub(super) durations: bool,
    /// Reused fold buffer for the few tokens that are compared with the tables.
    buf: Vec<u8>,
    /// First token not yet inside a mention: look-behind rules must not reach below it, which
    /// keeps mentions sorted and apart.
    pub(super) floor: usize,
    /// `(first token, weekday token)` of the last mention pushed, if it is a lone weekday.
    soft: Option<(usize, usize)>,
    /// `out.len()` on entry: mentions below it belong to other calls and are never touched.
    base: usize,
    /// Resolved relative days and weekdays (see [`Scanner::resolve_cached`]).
    resolved: [Option<Option<Date>>; 5 + 7 * WeekdayDirection::COUNT],
    /// The last year written out in a mention before the scan position ("1941" in "16.
    /// Dezember 1941"): a later date without a year takes it (see [`value::render`]).
    pub(super) anchor: Option<i16>,
    /// The year and month of the last mention with a month, for the rollover of the anchor
    /// year (see [`ROLLOVER_MONTHS`]).
    last_month: Option<(i16, i8)>,
}

/// How many months a date without a year must lie before the last month of the anchor year to
/// be in the next year ("Dezember 1862 … im Januar" is January 1863).
const ROLLOVER_MONTHS: i8 = 8;

impl<'a> Scanner<'a> {
    /// A scanner over `toks` of `text` that appends after the `base` mentions already in `out`.
    pub(super) fn new(
        text: &'a str,
        toks: &'a [Token],
        reference: Option<Date>,
        base: usize,
    ) -> Self {
        Scanner {
            text,
            bytes: text.as_bytes(),
            toks,
            reference,
            tables: &super::tables::TABLES,
            durations: false,
            buf: Vec::new(),
            floor: 0,
            soft: None,
            base,
            resolved: [None; 5 + 7 * WeekdayDirection::COUNT],
            anchor: None,
            last_month: None,
        }
    }

    /// Pushes `hit`; `may_extend` lets a day take a weekday before it into its span.
    pub(super) fn emit(&mut self, mut hit: Hit, may_extend: bool, out: &mut Vec<DateCandidate>) {
        if may_extend
            && matches!(
                hit.value,
                Value::Day { .. }
                    | Value::Time { day: Some(_), .. }
                    | Value::Range {
                        from: value::Point::Time { day: Some(_), .. },
                        ..
                    }
            )
        {
            if let Some(w) = self.weekday_before(hit.start) {
                let joined = if w >= self.floor {
                    hit.start = w;
                    true
                } else if let Some((soft_start, soft_w)) = self.soft {
                    // "am Montag, 3. Oktober": the lone "Montag" was pushed already; replace it.
                    let pushed = soft_w == w && out.len() > self.base;
                    if pushed {
                        out.pop();
                        hit.start = soft_start;
                    }
                    pushed
                } else {
                    false
                };
                if joined && self.anchor.is_none() {
                    hit.value = self.on_weekday(hit.value, w);
                }
            }
        }
        // A narrative moves forward: a date without a year whose month lies far before the
        // last month of the anchor year ("Dezember 1862 … im Januar") is in the next year.
        let month = hit.value.month();
        if let (Some(a), Some((ly, lm)), Some(m)) = (self.anchor, self.last_month, month) {
            if hit.value.wants_year() && ly == a && lm - m >= ROLLOVER_MONTHS && a < YEAR_MAX {
                self.anchor = Some(a + 1);
            }
        }
        // The tense is read only for a date that the reference must give a year.
        let lean = if self.reference.is_some() && self.anchor.is_none() && hit.value.wants_year() {
            self.lean_at(hit.start)
        } else {
            Lean::Past
        };
        out.push(DateCandidate {
            start: self.toks[hit.start].start,
            end: self.toks[hit.end - 1].end,
            value: value::render(hit.value, self.reference, self.anchor, lean),
            label: if matches!(hit.value, Value::Duration { .. }) {
                Label::Duration
            } else {
                Label::Date
            },
            info: DateInfo {
                grain: hit.value.grain(),
                year: match hit.value.explicit_year() {
                    Some(y) => DateYear::Writes(y),
                    None if self.anchor.is_none() && hit.value.wants_year() => DateYear::Wants,
                    None => DateYear::Neither,
                },
            },
        });
        if let Some(y) = hit.value.explicit_year() {
            self.anchor = Some(y);
        }
        if let Some(m) = month {
            self.last_month = hit.value.explicit_year().or(self.anchor).map(|y| (y, m));
        }
        self.floor = hit.end;
        self.soft = hit.soft.map(|w| (hit.start, w));
    }

    /// `value`, a day without a year after weekday token `w` ("Sonntag, 10. Februar"), on the
    /// year near the reference in which the day is that weekday; `value` itself when there is
    /// no reference or no such year.
    pub(super) fn on_weekday(&mut self, value: Value, w: usize) -> Value {
        let Some(reference) = self.reference else {
            return value;
        };
        let tables = self.tables;
        let Some(weekday) = self.folded(w).and_then(|f| tables.weekday(f)) else {
            return value;
        };
        let find = |month, day| value::year_of_weekday(reference, month, day, weekday);
        match value {
            Value::Day {
                year: None,
                month,
                day,
            } => find(month, day).map_or(value, Value::Resolved),
            Value::Time {
                day:
                    Some(value::DayBase::Ymd {
                        year: None,
                        month,
                        day,
                    }),
                clock,
            } => find(month, day).map_or(value, |d| Value::Time {
                day: Some(value::DayBase::Resolved(d)),
                clock,
            }),
            _ => value,
        }
    }

    /// `resolve(reference)`, computed once per document for each `slot`: 0–4 are the day offsets
    /// −2…2, 5 + 7 × direction + weekday the weekdays. Weekdays and relative words are frequent
    /// in news, and their answer depends only on these numbers.
    pub(super) fn resolve_cached(
        &mut self,
        slot: usize,
        resolve: impl FnOnce(Date) -> Option<Date>,
    ) -> Option<Date> {
        if let Some(cached) = self.resolved[slot] {
            return cached;
        }
        let date = self.reference.and_then(resolve);
        self.resolved[slot] = Some(date);
        date
    }

    // ---- What a rule asks about a token ------------------------------------------------

    /// The text of token `k`.
    pub(super) fn tok_text(&self, k: usize) -> &'a str {
        self.toks[k].text(self.text)
    }

    /// Whether tokens `a` and `a + 1` touch (no white space between).
    pub(super) fn touches_next(&self, a: usize) -> bool {
        match (self.toks.get(a), self.toks.get(a + 1)) {
            (Some(x), Some(y)) => x.end == y.start,
            _ => false,
        }
    }

    /// Whether token `k` is the one-byte punctuation `c`.
    pub(super) fn punct_is(&self, k: usize, c: u8) -> bool {
        self.toks.get(k).is_some_and(|t| {
            t.kind == TokenKind::Punct && t.end - t.start == 1 && self.bytes[t.start] == c
        })
    }

    /// Whether token `k` is a word equal to one of `words` (ASCII, lower case) in any ASCII
    /// case. For the short lists of [`Tables`] that are read only next to a number.
    #[inline]
    pub(super) fn word_among(&self, k: usize, words: &[&str]) -> bool {
        self.toks.get(k).is_some_and(|t| {
            let s = t.text(self.text);
            t.kind == TokenKind::Word && words.iter().any(|w| s.eq_ignore_ascii_case(w))
        })
    }

    /// Whether token `k` is an apostrophe, straight or typographic.
    pub(super) fn is_apostrophe(&self, k: usize) -> bool {
        self.toks
            .get(k)
            .is_some_and(|t| matches!(t.text(self.text), "'" | "’"))
    }

    /// Whether token `k` starts with an ASCII digit.
    pub(super) fn digit_initial(&self, k: usize) -> bool {
        self.toks
            .get(k)
            .is_some_and(|t| self.bytes[t.start].is_ascii_digit())
    }

    /// The value and digit count of number token `k`, for numbers of at most four digits.
    pub(super) fn number(&self, k: usize) -> Option<(i16, usize)> {
        let t = self.toks.get(k)?;
        if t.kind != TokenKind::Number || t.end - t.start > 4 {
            return None;
        }
        Some((parse_digits(&self.bytes[t.start..t.end]), t.end - t.start))
    }

    /// The folded text of token `k` (any kind), as bytes (the tables are compared bytewise), or
    /// `None` when longer than any table entry.
    pub(super) fn folded(&mut self, k: usize) -> Option<&[u8]> {
        let t = self.toks.get(k)?;
        if t.end - t.start > 24 {
            return None;
        }
        self.buf.clear();
        fold_into(t.text(self.text), &mut self.buf);
        Some(&self.buf)
    }

    /// Whether token `k`, folded, is in `set`; the token hash and the gate spare the fold for
    /// most tokens.
    pub(super) fn folded_in(&mut self, k: usize, set: &WordSet) -> bool {
        let Some(t) = self.toks.get(k) else {
            return false;
        };
        set.may_hash(t.hash)
            && set.may_contain(&self.bytes[t.start..t.end])
            && self.folded(k).is_some_and(|f| set.contains(f))
    }

    /// Whether word token `k`, folded, is in `set`.
    pub(super) fn word_in(&mut self, k: usize, set: &WordSet) -> bool {
        self.toks.get(k).is_some_and(|t| t.kind == TokenKind::Word) && self.folded_in(k, set)
    }

    /// Whether token `k` joins the ends of a range ("bis", "-", "and").
    pub(super) fn is_range_link(&mut self, k: usize) -> bool {
        let tables = self.tables;
        self.toks
            .get(k)
            .is_some_and(|t| t.kind != TokenKind::Number)
            && self.folded_in(k, &tables.words.range_links)
    }

    /// Whether `k` is the integer part of a decimal, a score or a time ("3.5", "3,5", "3:1").
    pub(super) fn decimal_follows(&self, k: usize) -> bool {
        self.touches_next(k)
            && self.touches_next(k + 1)
            && self.toks[k + 1].kind == TokenKind::Punct
            && matches!(self.bytes[self.toks[k + 1].start], b'.' | b',' | b':')
            && self.digit_initial(k + 2)
    }
}

/// The value of at most four ASCII digits.
pub(super) fn parse_digits(b: &[u8]) -> i16 {
    b.iter().fold(0i16, |n, d| n * 10 + i16::from(d - b'0'))
}
