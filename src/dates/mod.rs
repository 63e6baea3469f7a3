//! Dates: finds calendar dates, months, years and decades in a document and normalises them to
//! ISO 8601 / TIMEX3 values ("2024-10-03", "2024-10", "2024", "199", "XXXX-10-03").
//!
//! The finder works on the document's tokens ([`crate::token`]), not on its bytes, and is driven
//! by the tokens that start with a digit: nearly every date has one, and news text has few, so
//! the rules (month names, cue words, dots) are only looked at around them. Words without a
//! digit are probed for relative day words and weekday names only when a reference date is
//! given, through a hashed index (`rules::WORD_INDEX`) that turns nearly all words away at once.
//! Nothing is allocated per token, only one `String` per mention.
//!
//! This module does not know the current time: the reference date (the publication date) is
//! passed in, which also keeps the tests fixed in time.
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
//! | decade | "1990er Jahre", "the 1990s", "années 1990" | `199` |
//! | relative day word (reference needed) | "heute", "gestern", "tomorrow", "вчера" | the day |
//! | weekday (reference needed) | "am Montag", "on Monday", "lundi dernier" | the day |
//!
//! # Resolution rules
//!
//! - **No year** ("am 3. Oktober"): without a reference date the value is `XXXX-10-03`. With one,
//!   the year is the one of ref−1, ref, ref+1 that puts the date nearest to the reference; a tie
//!   goes to the earlier date, since news mostly reports the recent past. With reference
//!   2025-12-13, "3. Oktober" is 2025-10-03 and "3. Januar" is 2026-01-03.
//! - **Two-digit years** ("3.10.24"): 00–49 are 2000–2049, 50–99 are 1950–1999, whatever the
//!   reference; they are refused next to another number (phone numbers).
//! - **Years** are 1000–2100. A bare four-digit number is a year only after a cue word
//!   (`rules::YEAR_CUES`) or before Russian "года"/"году"/"г.", and never when a unit, a
//!   currency sign, another number or a number continuation ("2024,5") follows it.
//! - **Ranges** give two mentions: "1. bis 3. Oktober 2024" is "1." = 2024-10-01 and
//!   "3. Oktober 2024" = 2024-10-03; "October 1-3, 2024" is "October 1" and "3, 2024". The first
//!   day must be smaller than the second. "von 2010 bis 2020" gives both years.
//! - **Modifiers** ("Anfang", "Mitte", "Ende", "early", "late") stay outside the span: "Ende
//!   Oktober 2024" yields "Oktober 2024" = 2024-10.
//! - **A weekday before a date** joins its span: "Montag, 3. Oktober 2024", "Monday, Oct. 3".
//! - **Relative words** resolve against the reference ("gestern" = reference − 1 day, "the day
//!   after tomorrow" = + 2); without a reference they are not reported. Capitalised, they count
//!   only at the start of a sentence ("Heute", not "USA Today"); "Morgen" is never "tomorrow".
//! - **Weekdays alone** need a reference and resolve to the most recent such day on or before
//!   it (news reports the past: "am Montag" in a Saturday paper is five days back). "next
//!   Monday", "kommenden Montag", "lundi prochain" are the first Monday after the reference;
//!   "last Monday", "vergangenen Montag", "lundi dernier" the last one before it; "this"/"diesen"
//!   only joins the span. German and English names need a cue ("am", "on", a modifier) or must
//!   not stand next to a capitalised word ("Black Friday", "Sunday Times"); French, Spanish,
//!   Italian and Russian names count only in lower case ("Domingo" is a name).
//! - **Invalid calendar dates** ("31.02.2024", "32. Oktober") are not dates at all; no shorter
//!   date is carved out of them.

mod rules;

use jiff::civil::{Date, Weekday};

use crate::token::{fold_into, Token, TokenKind};

use rules::{ABBR, CAP, EN, LOWER};

/// A date found in a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMention {
    /// Byte offset of the first byte in the document, on a token boundary.
    pub start: usize,
    /// Byte offset one past the last byte (half-open), on a token boundary.
    pub end: usize,
    /// Normalised value, ISO 8601 / TIMEX3 style: "2024-10-03", "2024-10", "2024", "199"
    /// (decade), "XXXX-10-03" (year unknown).
    pub value: String,
}

/// Finds dates. `tokens` are the document's tokens from `crate::token::tokenize(text, ..)`.
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
    out: &mut Vec<DateMention>,
) {
    let mut scanner = Scanner {
        text,
        bytes: text.as_bytes(),
        toks: tokens,
        reference,
        buf: Vec::new(),
        floor: 0,
        soft: None,
        base: out.len(),
        resolved: [None; 26],
    };
    scanner.run(out);
}

/// Smallest and largest year accepted anywhere.
const YEAR_MIN: i16 = 1000;
const YEAR_MAX: i16 = 2100;

/// A normalised value before rendering.
#[derive(Clone, Copy, Debug)]
enum Value {
    /// A calendar day; `year` is `None` when the text has none.
    Day {
        year: Option<i16>,
        month: i8,
        day: i8,
    },
    /// A month of a year.
    Month { year: i16, month: i8 },
    /// A year.
    Year(i16),
    /// A decade, as its first three digits.
    Decade(i16),
    /// A day already resolved against the reference date.
    Resolved(Date),
}

/// A mention in token indices, before it is turned into bytes.
#[derive(Clone, Copy, Debug)]
struct Hit {
    /// First token.
    start: usize,
    /// One past the last token.
    end: usize,
    value: Value,
    /// For a lone weekday, its token: a date right after it may absorb the mention ("am
    /// Montag, 3. Oktober").
    soft: Option<usize>,
}

impl Hit {
    fn new(start: usize, end: usize, value: Value) -> Hit {
        Hit {
            start,
            end,
            value,
            soft: None,
        }
    }
}

/// One or two mentions (two for ranges such as "1. bis 3. Oktober").
type Found = (Hit, Option<Hit>);

/// Which way a lone weekday points from the reference date.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum WeekdayDirection {
    /// The most recent such day, the reference itself included.
    OnOrBefore,
    /// The last such day strictly before the reference.
    Before,
    /// The first such day strictly after the reference.
    After,
}

/// The scanning state of one `find_dates` call.
struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    toks: &'a [Token],
    reference: Option<Date>,
    /// Reused fold buffer for the few tokens that are compared with the tables.
    buf: Vec<u8>,
    /// First token not yet inside a mention: look-behind rules must not reach below it, which
    /// keeps mentions sorted and apart.
    floor: usize,
    /// `(first token, weekday token)` of the last mention pushed, if it is a lone weekday.
    soft: Option<(usize, usize)>,
    /// `out.len()` on entry: mentions below it belong to other calls and are never touched.
    base: usize,
    /// Resolved relative days and weekdays (see [`Scanner::resolve_cached`]).
    resolved: [Option<Option<Date>>; 26],
}

impl<'a> Scanner<'a> {
    fn run(&mut self, out: &mut Vec<DateMention>) {
        let (toks, bytes) = (self.toks, self.bytes);
        let words = self.reference.is_some();
        let mut i = 0;
        // The hot loops live in their own functions, which keeps their few values in registers.
        while let Some(k) = if words {
            next_candidate(bytes, &toks[i..])
        } else {
            next_digit(bytes, &toks[i..])
        } {
            i += k;
            let found = if bytes[toks[i].start].is_ascii_digit() {
                self.at_digit(i)
            } else {
                self.at_word(i)
            };
            match found {
                Some((first, second)) => {
                    self.emit(first, true, out);
                    if let Some(second) = second {
                        self.emit(second, false, out);
                    }
                    // Every hit contains token `i`, so this always moves forward.
                    i = self.floor;
                }
                None => i += 1,
            }
        }
    }

    /// Pushes `hit`; `may_extend` lets a day take a weekday before it into its span.
    fn emit(&mut self, mut hit: Hit, may_extend: bool, out: &mut Vec<DateMention>) {
        if may_extend && matches!(hit.value, Value::Day { .. }) {
            if let Some(w) = self.weekday_before(hit.start) {
                if w >= self.floor {
                    hit.start = w;
                } else if let Some((soft_start, soft_w)) = self.soft {
                    // "am Montag, 3. Oktober": the lone "Montag" was pushed already; replace it.
                    if soft_w == w && out.len() > self.base {
                        out.pop();
                        hit.start = soft_start;
                    }
                }
            }
        }
        let value = self.render(hit.value);
        out.push(DateMention {
            start: self.toks[hit.start].start,
            end: self.toks[hit.end - 1].end,
            value,
        });
        self.floor = hit.end;
        self.soft = hit.soft.map(|w| (hit.start, w));
    }

    fn render(&self, value: Value) -> String {
        // By hand rather than with `format!`: one exact allocation, no formatting machinery.
        let mut s = String::with_capacity(10);
        match value {
            Value::Day {
                year: Some(y),
                month,
                day,
            } => push_ymd(&mut s, y, month, day),
            Value::Day {
                year: None,
                month,
                day,
            } => match self.reference.and_then(|r| nearest_year(r, month, day)) {
                Some(d) => push_ymd(&mut s, d.year(), d.month(), d.day()),
                None => {
                    s.push_str("XXXX-");
                    push_digits(&mut s, month.into(), 2);
                    s.push('-');
                    push_digits(&mut s, day.into(), 2);
                }
            },
            Value::Month { year, month } => {
                push_digits(&mut s, year, 4);
                s.push('-');
                push_digits(&mut s, month.into(), 2);
            }
            Value::Year(y) => push_digits(&mut s, y, 4),
            Value::Decade(d) => push_digits(&mut s, d, 3),
            Value::Resolved(d) => push_ymd(&mut s, d.year(), d.month(), d.day()),
        }
        s
    }

    /// `resolve(reference)`, computed once per document for each `slot`: 0–4 are the day offsets
    /// −2…2, 5 + 7 × direction + weekday the weekdays.
    fn resolve_cached(
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

    // ---- Token helpers -------------------------------------------------------------------

    fn tok_text(&self, k: usize) -> &'a str {
        self.toks[k].text(self.text)
    }

    /// Whether tokens `a` and `a + 1` touch (no white space between).
    fn touches_next(&self, a: usize) -> bool {
        match (self.toks.get(a), self.toks.get(a + 1)) {
            (Some(x), Some(y)) => x.end == y.start,
            _ => false,
        }
    }

    /// Whether token `k` is the one-byte punctuation `c`.
    fn punct_is(&self, k: usize, c: u8) -> bool {
        self.toks.get(k).is_some_and(|t| {
            t.kind == TokenKind::Punct && t.end - t.start == 1 && self.bytes[t.start] == c
        })
    }

    /// Whether token `k` is a word equal to `w` (ASCII, lower case) in any ASCII case.
    fn word_eq(&self, k: usize, w: &str) -> bool {
        self.toks
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Word && t.text(self.text).eq_ignore_ascii_case(w))
    }

    /// Whether token `k` starts with an ASCII digit.
    fn digit_initial(&self, k: usize) -> bool {
        self.toks
            .get(k)
            .is_some_and(|t| self.bytes[t.start].is_ascii_digit())
    }

    /// The value and digit count of number token `k`, for numbers of at most four digits.
    fn number(&self, k: usize) -> Option<(i16, usize)> {
        let t = self.toks.get(k)?;
        if t.kind != TokenKind::Number || t.end - t.start > 4 {
            return None;
        }
        Some((parse_digits(&self.bytes[t.start..t.end]), t.end - t.start))
    }

    /// The folded text of token `k` (any kind), as bytes (the tables are compared bytewise), or
    /// `None` when longer than any table entry.
    fn folded(&mut self, k: usize) -> Option<&[u8]> {
        let t = self.toks.get(k)?;
        if t.end - t.start > 24 {
            return None;
        }
        self.buf.clear();
        fold_into(t.text(self.text), &mut self.buf);
        Some(&self.buf)
    }

    /// Whether token `k`, folded, is in `set`; the gate spares the fold for most tokens.
    fn folded_in(&mut self, k: usize, set: &rules::WordSet) -> bool {
        let Some(t) = self.toks.get(k) else {
            return false;
        };
        set.may_contain(&self.bytes[t.start..t.end])
            && self.folded(k).is_some_and(|f| set.contains(f))
    }

    /// Whether word token `k`, folded, is in `set`.
    fn word_in(&mut self, k: usize, set: &rules::WordSet) -> bool {
        self.toks.get(k).is_some_and(|t| t.kind == TokenKind::Word) && self.folded_in(k, set)
    }

    /// Whether token `k` joins the ends of a range ("bis", "-", "and").
    fn is_range_link(&mut self, k: usize) -> bool {
        self.toks
            .get(k)
            .is_some_and(|t| t.kind != TokenKind::Number)
            && self.folded_in(k, &rules::RANGE_LINKS)
    }

    /// The month named by word token `k`: `(month, flags, end)`, where `end` includes an
    /// abbreviation's dot ("Okt.").
    fn month_at(&mut self, k: usize) -> Option<(i8, u8, usize)> {
        let t = *self.toks.get(k)?;
        if t.kind != TokenKind::Word || !(3..=16).contains(&(t.end - t.start)) {
            return None;
        }
        // Spares the fold for most words next to a number ("12 Menschen").
        let raw = &self.bytes[t.start..t.end];
        if raw[0] < 128 && !rules::gate_admits(&rules::MONTH_GATE, raw) {
            return None;
        }
        let f = self.folded(k)?;
        let (_, month, flags) = rules::MONTHS[rules::MONTHS
            .binary_search_by(|e| e.0.as_bytes().cmp(f))
            .ok()?];
        let capitalised = t.is_capitalised();
        if (flags & CAP != 0 && !capitalised) || (flags & LOWER != 0 && capitalised) {
            return None;
        }
        let end = if flags & ABBR != 0 && self.punct_is(k + 1, b'.') && self.touches_next(k) {
            k + 2
        } else {
            k + 1
        };
        Some((month, flags, end))
    }

    /// The day at token `k`: a number 1–31 of one or two digits, or an ordinal ("3rd", "1er",
    /// "1º"). Returns `(day, end, end with marker)`, where the marker is an adjacent "." or "°"
    /// after a plain number ("3.", "1°").
    fn day_at(&self, k: usize) -> Option<(i8, usize, usize)> {
        let t = self.toks.get(k)?;
        let s = t.text(self.text);
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || digits > 2 {
            return None;
        }
        let day = parse_digits(&s.as_bytes()[..digits]);
        if !(1..=31).contains(&day) {
            return None;
        }
        let day = day as i8;
        if t.kind == TokenKind::Number {
            let marked = self.touches_next(k)
                && self.toks.get(k + 1).is_some_and(|m| {
                    m.kind == TokenKind::Punct && matches!(m.text(self.text), "." | "°")
                });
            Some((day, k + 1, if marked { k + 2 } else { k + 1 }))
        } else if is_ordinal_suffix(&s[digits..]) {
            Some((day, k + 1, k + 1))
        } else {
            None
        }
    }

    /// The year at token `k`: four digits, 1000–2100, not followed by a unit or more number.
    fn year_at(&mut self, k: usize) -> Option<i16> {
        let (y, digits) = self.number(k)?;
        (digits == 4 && (YEAR_MIN..=YEAR_MAX).contains(&y) && self.year_right_ok(k, true))
            .then_some(y)
    }

    /// Whether what follows year candidate `k` leaves it a year: not another number, a unit, a
    /// currency or percent sign, or a continuation such as "2024,5" or (when `strict`)
    /// "2015/16". After a day and month the year is not strict: in "29. Dezember 1778/16.
    /// September" the slash starts the next date.
    fn year_right_ok(&mut self, k: usize, strict: bool) -> bool {
        let Some(next) = self.toks.get(k + 1).copied() else {
            return true;
        };
        match next.kind {
            TokenKind::Number => false,
            TokenKind::Word => !self.word_in(k + 1, &rules::UNITS),
            TokenKind::Punct => {
                if matches!(next.text(self.text), "%" | "‰" | "€" | "$" | "£") {
                    return false;
                }
                if strict {
                    !(self.touches_next(k) && self.touches_next(k + 1) && self.digit_initial(k + 2))
                } else {
                    !self.decimal_follows(k)
                }
            }
        }
    }

    /// The end of a Russian year word at `k` ("года", "году", "год", "г."), if there is one.
    fn ru_year_word_end(&self, k: usize) -> Option<usize> {
        let t = self.toks.get(k)?;
        match t.text(self.text) {
            "года" | "году" | "год" => Some(k + 1),
            "г" if self.punct_is(k + 1, b'.') && self.touches_next(k) => Some(k + 2),
            "г" => Some(k + 1),
            _ => None,
        }
    }

    /// An optional year after a day and month ending at `k`:
    /// `[","] ["de"|"del"|"of"] YYYY ["года"]`.
    fn year_after(&mut self, k: usize, allow_comma: bool) -> Option<(i16, usize)> {
        let mut k = k;
        if allow_comma && self.punct_is(k, b',') {
            k += 1;
        }
        if self.word_eq(k, "de") || self.word_eq(k, "del") || self.word_eq(k, "of") {
            k += 1;
        }
        let (y, digits) = self.number(k)?;
        if digits != 4 || !(YEAR_MIN..=YEAR_MAX).contains(&y) || !self.year_right_ok(k, false) {
            return None;
        }
        Some((y, self.ru_year_word_end(k + 1).unwrap_or(k + 1)))
    }

    /// A number run that goes on to the left of `k` ("2.3.4.5" seen from "3", "v2.10.2024").
    fn run_continues_left(&self, k: usize) -> bool {
        if k < 2 || !self.touches_next(k - 1) || !self.touches_next(k - 2) {
            return false;
        }
        let p = self.toks[k - 1];
        let pp = self.toks[k - 2];
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
        if !self.is_range_link(link) {
            return false;
        }
        // Walk back over "N.N.N" ending right before the link (bounded: versions are short).
        let mut j = link;
        let (mut parts, mut last_digits) = (0, 0);
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
        parts > 3 || (parts == 3 && last_digits == 1)
    }

    /// Whether `k` is the integer part of a decimal, a score or a time ("3.5", "3,5", "3:1").
    fn decimal_follows(&self, k: usize) -> bool {
        self.touches_next(k)
            && self.touches_next(k + 1)
            && self.toks[k + 1].kind == TokenKind::Punct
            && matches!(self.bytes[self.toks[k + 1].start], b'.' | b',' | b':')
            && self.digit_initial(k + 2)
    }

    /// Whether the word before number run `k` says it is not a date ("Version", "Abb.").
    fn blocked_by_word(&mut self, k: usize) -> bool {
        let Some(mut p) = k.checked_sub(1) else {
            return false;
        };
        if self.punct_is(p, b'.') && p > 0 {
            p -= 1;
        }
        self.word_in(p, &rules::NUMERIC_BLOCK)
    }

    /// A weekday name ending right before token `k`, allowing ",", "dem", "den", "der" or "the"
    /// between:
    /// "Montag, 3. Oktober", "Montag, den 3.10.", "Monday, Oct. 3". Returns its token.
    fn weekday_before(&mut self, k: usize) -> Option<usize> {
        let mut w = k.checked_sub(1)?;
        if ["dem", "den", "der", "the"]
            .iter()
            .any(|x| self.word_eq(w, x))
        {
            w = w.checked_sub(1)?;
        }
        if self.punct_is(w, b',') {
            w = w.checked_sub(1)?;
        }
        if self.toks[w].kind != TokenKind::Word {
            return None;
        }
        // Any case here: a weekday glued to a date is one even when capitalised ("Lundi 3 mars").
        let f = self.folded(w)?;
        rules::WEEKDAYS
            .iter()
            .any(|e| e.0.as_bytes() == f)
            .then_some(w)
    }

    // ---- Rules at a token starting with a digit ------------------------------------------

    fn at_digit(&mut self, i: usize) -> Option<Found> {
        let t = self.toks[i];
        if t.kind == TokenKind::Number {
            match t.end - t.start {
                1 | 2 => {
                    if let Some(hit) = self.numeric_dmy(i) {
                        return Some((hit, None));
                    }
                    self.month_first(i).or_else(|| self.day_first(i, true))
                }
                4 => {
                    if let Some(hit) = self.numeric_ymd(i) {
                        return Some((hit, None));
                    }
                    self.year_forms(i)
                }
                _ => None,
            }
        } else {
            // A word such as "3rd", "1er", "1990er", "1990s".
            self.month_first(i)
                .or_else(|| self.day_first(i, true))
                .or_else(|| self.decade_word(i).map(|hit| (hit, None)))
        }
    }

    /// "3.10.2024", "03.10.24", and "am 3.10." (no year: needs a cue word or a weekday before).
    fn numeric_dmy(&mut self, i: usize) -> Option<Hit> {
        if !(self.punct_is(i + 1, b'.') && self.touches_next(i) && self.touches_next(i + 1)) {
            return None;
        }
        let (month, month_digits) = self.number(i + 2)?;
        if month_digits > 2 || !self.punct_is(i + 3, b'.') || !self.touches_next(i + 2) {
            return None;
        }
        if self.run_continues_left(i) || self.blocked_by_word(i) {
            return None;
        }
        let (day, _) = self.number(i)?;
        let (month, day) = (i8::try_from(month).ok()?, i8::try_from(day).ok()?);
        if self.touches_next(i + 3) {
            // "3.10.2024" or "3.10.24"; anything else glued on ("3.10.5", "3.10.a") is no date.
            let (y, digits) = self.number(i + 4)?;
            if self.run_continues_right(i + 4) {
                return None;
            }
            let year = match digits {
                4 if (YEAR_MIN..=YEAR_MAX).contains(&y) => y,
                2 => {
                    // "Versionen 4.3.0 bis 4.3.16": the range's other end is a version.
                    if self.follows_version_run(i) {
                        return None;
                    }
                    // Next to another number a two-digit year is more likely a phone number.
                    let lone = |k: Option<usize>| !matches!(k.and_then(|k| self.toks.get(k)), Some(t) if t.kind == TokenKind::Number);
                    if !lone(i.checked_sub(1)) || !lone(Some(i + 5)) {
                        return None;
                    }
                    if y < 50 {
                        2000 + y
                    } else {
                        1900 + y
                    }
                }
                _ => return None,
            };
            valid_day(Some(year), month, day).then(|| {
                Hit::new(
                    i,
                    i + 5,
                    Value::Day {
                        year: Some(year),
                        month,
                        day,
                    },
                )
            })
        } else {
            let cue = i > 0 && self.word_in(i - 1, &rules::DAY_CUES);
            if !cue && self.weekday_before(i).is_none() {
                return None;
            }
            valid_day(None, month, day).then(|| {
                Hit::new(
                    i,
                    i + 4,
                    Value::Day {
                        year: None,
                        month,
                        day,
                    },
                )
            })
        }
    }

    /// "2024-10-03", "2024/10/03", "2024-10-03T12:00" (the span ends with the "03T12" token).
    fn numeric_ymd(&mut self, i: usize) -> Option<Hit> {
        let sep = *self.bytes.get(self.toks.get(i + 1)?.start)?;
        if !matches!(sep, b'-' | b'/')
            || !self.punct_is(i + 1, sep)
            || !self.punct_is(i + 3, sep)
            || !(i..i + 4).all(|k| self.touches_next(k))
        {
            return None;
        }
        let (year, _) = self.number(i)?;
        let (month, month_digits) = self.number(i + 2)?;
        // ISO wants two digits; "2024/1/5" is common enough with slashes.
        let digits_ok = |d: usize| if sep == b'-' { d == 2 } else { d <= 2 };
        if !(YEAR_MIN..=YEAR_MAX).contains(&year) || !digits_ok(month_digits) {
            return None;
        }
        let last = self.toks[i + 4];
        let day = if last.kind == TokenKind::Number {
            let (day, day_digits) = self.number(i + 4)?;
            if !digits_ok(day_digits) || self.run_continues_right(i + 4) {
                return None;
            }
            day
        } else {
            // "03T12": a date and time glued by the tokenizer.
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
        if self.run_continues_left(i) || self.blocked_by_word(i) {
            return None;
        }
        let (month, day) = (i8::try_from(month).ok()?, i8::try_from(day).ok()?);
        valid_day(Some(year), month, day).then(|| {
            Hit::new(
                i,
                i + 5,
                Value::Day {
                    year: Some(year),
                    month,
                    day,
                },
            )
        })
    }

    /// English order: "October 3", "Oct. 3, 2024", "October 3rd, 2024", "October 1-3, 2024".
    fn month_first(&mut self, i: usize) -> Option<Found> {
        let (day, day_end, _) = self.day_at(i)?;
        let p = i.checked_sub(1)?;
        let (month_tok, month) = if self.punct_is(p, b'.') {
            let m = p.checked_sub(1)?;
            let (month, flags, end) = self.month_at(m)?;
            (flags & EN != 0 && flags & ABBR != 0 && end == i).then_some((m, month))?
        } else {
            let (month, flags, end) = self.month_at(p)?;
            (flags & EN != 0 && end == i).then_some((p, month))?
        };
        // "May 3.5", "May 3:1" are no dates; "May 3-4" is a range.
        if month_tok < self.floor || self.decimal_follows(i) {
            return None;
        }
        if self.is_range_link(day_end) {
            if let Some((day2, day2_end, _)) = self.day_at(day_end + 1) {
                if day2 > day && !self.decimal_follows(day_end + 1) {
                    let (year, end) = match self.year_after(day2_end, true) {
                        Some((y, end)) => (Some(y), end),
                        None => (None, day2_end),
                    };
                    if valid_day(year, month, day) && valid_day(year, month, day2) {
                        return Some((
                            Hit::new(month_tok, day_end, Value::Day { year, month, day }),
                            Some(Hit::new(
                                day_end + 1,
                                end,
                                Value::Day {
                                    year,
                                    month,
                                    day: day2,
                                },
                            )),
                        ));
                    }
                }
            }
        }
        let (year, end) = match self.year_after(day_end, true) {
            Some((y, end)) => (Some(y), end),
            // "ab September 16 Euro" is a price in a German text, not a date.
            None if !self.year_right_ok(i, true) => return None,
            None => (None, day_end),
        };
        valid_day(year, month, day).then(|| {
            (
                Hit::new(month_tok, end, Value::Day { year, month, day }),
                None,
            )
        })
    }

    /// Day before month: "3. Oktober 2024", "3 de octubre de 2024", "3rd of October", and the
    /// range "1. bis 3. Oktober" when `allow_range`.
    fn day_first(&mut self, i: usize, allow_range: bool) -> Option<Found> {
        let (day, _, after) = self.day_at(i)?;
        // "6,107.31 August" is a number; "$12 December" a price.
        let after_currency = i > 0
            && self.toks[i - 1].kind == TokenKind::Punct
            && matches!(self.tok_text(i - 1), "$" | "€" | "£" | "¥");
        let decimal_before = i >= 2
            && self.touches_next(i - 1)
            && self.touches_next(i - 2)
            && matches!(self.tok_text(i - 1), "." | ",")
            && self.digit_initial(i - 2);
        if after_currency || decimal_before {
            return None;
        }
        let mut m = after;
        if self.word_eq(m, "of") || self.word_eq(m, "de") {
            m += 1;
        }
        if let Some((month, _, month_end)) = self.month_at(m) {
            // A comma is allowed as in "4. Oktober, 1777"; a unit after the year still refuses it.
            let (year, end) = match self.year_after(month_end, true) {
                Some((y, end)) => (Some(y), end),
                None => (None, month_end),
            };
            return valid_day(year, month, day)
                .then(|| (Hit::new(i, end, Value::Day { year, month, day }), None));
        }
        if allow_range && self.digit_initial(after + 1) && self.is_range_link(after) {
            let (second, _) = self.day_first(after + 1, false)?;
            if let Value::Day {
                year,
                month,
                day: day2,
            } = second.value
            {
                if day < day2 && valid_day(year, month, day) {
                    return Some((
                        Hit::new(i, after, Value::Day { year, month, day }),
                        Some(second),
                    ));
                }
            }
        }
        None
    }

    /// Forms of a four-digit number: month and year, "1990's", "années 1990", a year after a
    /// cue word or before "года".
    fn year_forms(&mut self, i: usize) -> Option<Found> {
        let (y, _) = self.number(i)?;
        if !(YEAR_MIN..=YEAR_MAX).contains(&y) {
            return None;
        }
        // "1990's", "1990’s".
        if y % 10 == 0
            && self.touches_next(i)
            && self.touches_next(i + 1)
            && self
                .toks
                .get(i + 1)
                .is_some_and(|t| matches!(t.text(self.text), "'" | "’"))
            && self.word_eq(i + 2, "s")
        {
            return Some((Hit::new(i, i + 3, Value::Decade(y / 10)), None));
        }
        if !self.year_right_ok(i, true) {
            return None;
        }
        let end = self.ru_year_word_end(i + 1);
        if let Some(hit) = self.month_year(i, y, end.unwrap_or(i + 1)) {
            return Some((hit, None));
        }
        if let Some(end) = end {
            return Some((Hit::new(i, end, Value::Year(y)), None));
        }
        let p = i.checked_sub(1)?;
        if self.word_in(p, &rules::YEAR_CUES) {
            return Some((Hit::new(i, i + 1, Value::Year(y)), None));
        }
        if y % 10 == 0 && p >= self.floor && self.word_in(p, &rules::DECADE_CUES) {
            return Some((Hit::new(p, i + 1, Value::Decade(y / 10)), None));
        }
        // "von 2010 bis 2020", "between 2010 and 2020": both years; "von" alone is too weak
        // ("von 2010 Teilnehmern").
        if self.word_in(p, &rules::RANGE_CUES) && self.is_range_link(i + 1) {
            let y2 = self.year_at(i + 2)?;
            let end2 = self.ru_year_word_end(i + 3).unwrap_or(i + 3);
            return Some((
                Hit::new(i, i + 1, Value::Year(y)),
                Some(Hit::new(i + 2, end2, Value::Year(y2))),
            ));
        }
        None
    }

    /// "Oktober 2024", "Okt. 2024", "octubre de 2024", "октябре 2024 года" (year token `i`).
    fn month_year(&mut self, i: usize, year: i16, end: usize) -> Option<Hit> {
        let mut p = i.checked_sub(1)?;
        if self.word_eq(p, "de") || self.word_eq(p, "del") {
            p = p.checked_sub(1)?;
        }
        let month_tok = if self.punct_is(p, b'.') {
            let m = p.checked_sub(1)?;
            let (month, flags, month_end) = self.month_at(m)?;
            (flags & ABBR != 0 && month_end == p + 1).then_some((m, month))?
        } else {
            let (month, flags, _) = self.month_at(p)?;
            // A bare abbreviation needs its dot here: "Jan 2024" may be a name and a year.
            (flags & ABBR == 0).then_some((p, month))?
        };
        let (m, month) = month_tok;
        if m < self.floor {
            return None;
        }
        // A day before the month means the day rules refused the whole ("32. Oktober 2024").
        if m > 0 {
            let q = m - 1;
            // Any one- or two-digit number or ordinal, valid day or not.
            let day_like = |k: usize| {
                self.toks.get(k).is_some_and(|t| {
                    let b = &self.bytes[t.start..t.end];
                    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
                    (1..=2).contains(&digits)
                        && (digits == b.len() || is_ordinal_suffix(&t.text(self.text)[digits..]))
                })
            };
            if day_like(q)
                || (self.punct_is(q, b'.') && q > 0 && self.touches_next(q - 1) && day_like(q - 1))
            {
                return None;
            }
        }
        Some(Hit::new(m, end, Value::Month { year, month }))
    }

    /// "1990er", "1990ern", "1990s", with a following "Jahre"/"Jahren" ("1990er-Jahre").
    fn decade_word(&mut self, i: usize) -> Option<Hit> {
        let s = self.tok_text(i);
        let b = s.as_bytes();
        if b.len() < 5 || !b[..4].iter().all(u8::is_ascii_digit) || b[4].is_ascii_digit() {
            return None;
        }
        let suffix = &s[4..];
        if !["er", "ern", "s"]
            .iter()
            .any(|x| suffix.eq_ignore_ascii_case(x))
        {
            return None;
        }
        let y = parse_digits(&b[..4]);
        if y % 10 != 0 || !(YEAR_MIN..=YEAR_MAX).contains(&y) {
            return None;
        }
        let is_jahre = |k: usize| self.word_eq(k, "jahre") || self.word_eq(k, "jahren");
        let end = if self.punct_is(i + 1, b'-') && self.touches_next(i) && is_jahre(i + 2) {
            i + 3
        } else if is_jahre(i + 1) {
            i + 2
        } else {
            i + 1
        };
        Some(Hit::new(i, end, Value::Decade(y / 10)))
    }

    // ---- Rules at a word without a digit (reference date given) --------------------------

    /// A word that passed [`is_candidate`]: a relative day word or a weekday name.
    fn at_word(&mut self, i: usize) -> Option<Found> {
        let t = self.toks[i];
        let s = t.text(self.text);
        let slot = word_slot(self.bytes, &t);
        let n = rules::WEEKDAYS.len();
        let (weekday, relative) = match slot {
            0 => return None,
            rules::SHARED_KEY => (
                rules::WEEKDAYS.iter().find(|e| entry_matches(e, s)),
                rules::RELATIVE.iter().find(|e| entry_matches(e, s)),
            ),
            k if usize::from(k) <= n => (Some(&rules::WEEKDAYS[usize::from(k) - 1]), None),
            k => (None, Some(&rules::RELATIVE[usize::from(k) - 1 - n])),
        };
        if let Some(&(_, offset, _)) = relative.filter(|e| entry_matches(e, s)) {
            // Capitalised, only at the start of a sentence: "USA Today" is a newspaper.
            if t.is_capitalised() && i > 0 && self.toks[i - 1].kind == TokenKind::Word {
                return None;
            }
            let (mut start, mut end, mut offset) = (i, i + 1, offset);
            // "the day after tomorrow", "the day before yesterday".
            let link = match offset {
                1 => "after",
                -1 => "before",
                _ => "",
            };
            if !link.is_empty()
                && i >= 2
                && self.word_eq(i - 1, link)
                && self.word_eq(i - 2, "day")
                && i - 2 >= self.floor
            {
                offset *= 2;
                start = if i >= 3 && i - 3 >= self.floor && self.word_eq(i - 3, "the") {
                    i - 3
                } else {
                    i - 2
                };
            }
            if s.eq_ignore_ascii_case("aujourd") {
                // "aujourd'hui" is three tokens.
                let apostrophe = self
                    .toks
                    .get(i + 1)
                    .is_some_and(|a| matches!(a.text(self.text), "'" | "’"));
                if !apostrophe || !self.word_eq(i + 2, "hui") {
                    return None;
                }
                end = i + 3;
            }
            let slot = (offset + 2) as usize;
            let date =
                self.resolve_cached(slot, |r| r.checked_add(jiff::Span::new().days(offset)).ok())?;
            return Some((Hit::new(start, end, Value::Resolved(date)), None));
        }
        let &(_, weekday, any_case) = weekday.filter(|e| entry_matches(e, s))?;
        self.lone_weekday(i, weekday, any_case)
            .map(|hit| (hit, None))
    }

    /// "am Montag", "on Monday", "last Monday", "lundi dernier", resolved against `reference`.
    fn lone_weekday(&mut self, i: usize, weekday: i8, any_case: bool) -> Option<Hit> {
        let mut start = i;
        let mut end = i + 1;
        let mut direction = WeekdayDirection::OnOrBefore;
        let mut cue = false;
        // One fold per neighbour, looked up in each table.
        let is_word = |k: usize| self.toks.get(k).is_some_and(|t| t.kind == TokenKind::Word);
        if let Some(p) = i.checked_sub(1).filter(|&p| is_word(p)) {
            if let Some(f) = self.folded(p) {
                let has = |set: &rules::WordSet| set.contains(f);
                let mut modifier = true;
                if has(&rules::WEEKDAY_PAST) {
                    direction = WeekdayDirection::Before;
                } else if has(&rules::WEEKDAY_NEXT) {
                    direction = WeekdayDirection::After;
                } else if !has(&rules::WEEKDAY_THIS) {
                    modifier = false;
                    cue = has(&rules::WEEKDAY_CUES);
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
        if is_word(i + 1) {
            if let Some(f) = self.folded(i + 1) {
                let has = |set: &rules::WordSet| set.contains(f);
                if has(&rules::WEEKDAY_POST_PAST) {
                    direction = WeekdayDirection::Before;
                    end = i + 2;
                } else if has(&rules::WEEKDAY_POST_NEXT) {
                    direction = WeekdayDirection::After;
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
            if capitalised_word(i.checked_sub(1)) || capitalised_word(Some(i + 1)) {
                return None;
            }
        }
        // Weekdays are frequent in news and the answer depends only on these two numbers.
        let slot = 5 + direction as usize * 7 + weekday as usize;
        let date = self.resolve_cached(slot, |r| {
            let weekday = Weekday::from_monday_zero_offset(weekday).ok()?;
            match direction {
                WeekdayDirection::OnOrBefore => r.tomorrow().ok()?.nth_weekday(-1, weekday),
                WeekdayDirection::Before => r.nth_weekday(-1, weekday),
                WeekdayDirection::After => r.nth_weekday(1, weekday),
            }
            .ok()
        })?;

        Some(Hit {
            start,
            end,
            value: Value::Resolved(date),
            soft: Some(i),
        })
    }
}

/// The index of the first token in `toks` that starts with a digit.
#[inline(never)]
fn next_digit(bytes: &[u8], toks: &[Token]) -> Option<usize> {
    toks.iter().position(|t| bytes[t.start].is_ascii_digit())
}

/// The index of the first token in `toks` that [`is_candidate`].
#[inline(never)]
fn next_candidate(bytes: &[u8], toks: &[Token]) -> Option<usize> {
    toks.iter().position(|t| is_candidate(bytes, t))
}

/// The [`rules::WORD_INDEX`] slot of token `t`: non-zero when it may be a weekday or relative
/// day word. Any token kind and length is fine (a match is confirmed by [`entry_matches`]).
#[inline]
fn word_slot(bytes: &[u8], t: &Token) -> u8 {
    let len = t.end - t.start;
    // In bounds for any token (len ≥ 1); a one-byte token reads its byte twice.
    let second = bytes[t.start + usize::from(len > 1)];
    rules::WORD_INDEX[rules::gate_key_of(bytes[t.start], second, bytes[t.end - 1], len)]
}

/// Whether token `t` needs a closer look when a reference date is given: it starts with a digit
/// or may be a weekday or relative day word.
#[inline]
fn is_candidate(bytes: &[u8], t: &Token) -> bool {
    let first = bytes[t.start];
    let len = t.end - t.start;
    if first.is_ascii_digit() {
        return true;
    }
    // Two steps: the (first byte, length) table turns most words away with one load; the
    // hashed index settles the rest.
    len < 32
        && rules::FIRST_BYTE_LENGTHS[usize::from(first)] >> len & 1 != 0
        && word_slot(bytes, t) != 0
}

/// Whether weekday or relative-word table entry `e` matches token text `s`.
fn entry_matches(e: &(&str, i8, bool), s: &str) -> bool {
    e.0.len() == s.len()
        && if e.2 {
            e.0.eq_ignore_ascii_case(s)
        } else {
            e.0 == s
        }
}

/// Ordinal endings after a day number: "3rd", "1st", "1er" (French), "1º" (Spanish, Italian).
fn is_ordinal_suffix(s: &str) -> bool {
    ["st", "nd", "rd", "th", "er", "re"]
        .iter()
        .any(|x| s.eq_ignore_ascii_case(x))
        || s == "º"
        || s == "ª"
}

/// The value of at most four ASCII digits.
fn parse_digits(b: &[u8]) -> i16 {
    b.iter().fold(0i16, |n, d| n * 10 + i16::from(d - b'0'))
}

/// Whether day/month exist in `year`, or in some year (a leap year) when there is none.
fn valid_day(year: Option<i16>, month: i8, day: i8) -> bool {
    Date::new(year.unwrap_or(2000), month, day).is_ok()
}

/// The date with `month` and `day` in ref−1, ref or ref+1 that lies nearest to `reference`;
/// on a tie the earlier one. `None` when none exists (29 February far from a leap year).
fn nearest_year(reference: Date, month: i8, day: i8) -> Option<Date> {
    let y = reference.year();
    let mut best: Option<(i64, Date)> = None;
    for year in [y - 1, y, y + 1] {
        let Ok(d) = Date::new(year, month, day) else {
            continue;
        };
        let distance = d.duration_since(reference).as_secs().abs();
        // Strictly less: candidates come in increasing order, so a tie keeps the earlier.
        if !matches!(best, Some((b, _)) if b <= distance) {
            best = Some((distance, d));
        }
    }
    best.map(|(_, d)| d)
}

/// Appends "YYYY-MM-DD".
fn push_ymd(s: &mut String, year: i16, month: i8, day: i8) {
    push_digits(s, year, 4);
    s.push('-');
    push_digits(s, month.into(), 2);
    s.push('-');
    push_digits(s, day.into(), 2);
}

/// Appends `n` with at least `width` digits, zero-padded; a negative year gets a "-" (ISO 8601
/// expanded years; only reachable through an extreme reference date).
fn push_digits(s: &mut String, n: i16, width: usize) {
    if n < 0 {
        s.push('-');
    }
    let mut v = n.unsigned_abs();
    let mut buf = [0u8; 5];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    for _ in buf.len() - i..width {
        s.push('0');
    }
    s.extend(buf[i..].iter().map(|&b| char::from(b)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;
    use jiff::civil::date;
    use proptest::prelude::*;

    /// (document, reference date, expected (matched text, value) in order).
    type Row = (
        &'static str,
        Option<Date>,
        &'static [(&'static str, &'static str)],
    );

    /// A Saturday.
    const REF: Option<Date> = Some(date(2025, 12, 13));

    fn find(text: &str, reference: Option<Date>) -> Vec<DateMention> {
        let mut tokens = Vec::new();
        tokenize(text, &mut tokens);
        let mut out = Vec::new();
        find_dates(text, &tokens, reference, &mut out);
        out
    }

    fn check(table: &[Row]) {
        for &(text, reference, want) in table {
            let found = find(text, reference);
            let got: Vec<(&str, &str)> = found
                .iter()
                .map(|m| (&text[m.start..m.end], m.value.as_str()))
                .collect();
            assert_eq!(got, want, "text: {text:?}, reference: {reference:?}");
        }
    }

    #[test]
    fn finds_german_dates() {
        check(&[
            (
                "3. Oktober 2024",
                None,
                &[("3. Oktober 2024", "2024-10-03")],
            ),
            ("am 3. Oktober", None, &[("3. Oktober", "XXXX-10-03")]),
            ("der 3. Oktober", None, &[("3. Oktober", "XXXX-10-03")]),
            ("am 3. Oktober", REF, &[("3. Oktober", "2025-10-03")]),
            ("am 3. Januar", REF, &[("3. Januar", "2026-01-03")]),
            ("3.10.2024", None, &[("3.10.2024", "2024-10-03")]),
            ("03.10.2024", None, &[("03.10.2024", "2024-10-03")]),
            ("3.10.24", None, &[("3.10.24", "2024-10-03")]),
            ("3.10.89", None, &[("3.10.89", "1989-10-03")]),
            ("Stand: 3.10.2024.", None, &[("3.10.2024", "2024-10-03")]),
            ("am 3.10. in Berlin", None, &[("3.10.", "XXXX-10-03")]),
            ("bis zum 3.10.", REF, &[("3.10.", "2025-10-03")]),
            ("Oktober 2024", None, &[("Oktober 2024", "2024-10")]),
            ("Okt. 2024", None, &[("Okt. 2024", "2024-10")]),
            ("Anfang Oktober 2024", None, &[("Oktober 2024", "2024-10")]),
            ("Mitte Oktober 2024", None, &[("Oktober 2024", "2024-10")]),
            ("Ende Oktober 2024", None, &[("Oktober 2024", "2024-10")]),
            ("am 3. Okt. 2024", None, &[("3. Okt. 2024", "2024-10-03")]),
            ("im Jänner 2024", None, &[("Jänner 2024", "2024-01")]),
            (
                "am Montag, 3. Oktober 2024",
                None,
                &[("Montag, 3. Oktober 2024", "2024-10-03")],
            ),
            (
                "am Montag, 3. Oktober 2024",
                REF,
                &[("Montag, 3. Oktober 2024", "2024-10-03")],
            ),
            (
                "Freitag, der 18. Juli 2014",
                REF,
                &[("Freitag, der 18. Juli 2014", "2014-07-18")],
            ),
            (
                "Montag, den 3.10.",
                None,
                &[("Montag, den 3.10.", "XXXX-10-03")],
            ),
            (
                "vom 1. bis 3. Oktober 2024",
                None,
                &[("1.", "2024-10-01"), ("3. Oktober 2024", "2024-10-03")],
            ),
            (
                "am 3./4. Oktober",
                None,
                &[("3.", "XXXX-10-03"), ("4. Oktober", "XXXX-10-04")],
            ),
            (
                "vom 30. September bis 2. Oktober 2024",
                None,
                &[
                    ("30. September", "XXXX-09-30"),
                    ("2. Oktober 2024", "2024-10-02"),
                ],
            ),
            (
                "am 29. Februar 2024",
                None,
                &[("29. Februar 2024", "2024-02-29")],
            ),
            ("am 29. Februar", None, &[("29. Februar", "XXXX-02-29")]),
            (
                "am 4. Oktober, 1777",
                None,
                &[("4. Oktober, 1777", "1777-10-04")],
            ),
            (
                "29. Dezember 1778/16. September",
                None,
                &[
                    ("29. Dezember 1778", "1778-12-29"),
                    ("16. September", "XXXX-09-16"),
                ],
            ),
            (
                "vom 1.1.2024 bis 3.1.24",
                None,
                &[("1.1.2024", "2024-01-01"), ("3.1.24", "2024-01-03")],
            ),
            ("die 1990er Jahre", None, &[("1990er Jahre", "199")]),
            ("in den 1990er-Jahren", None, &[("1990er-Jahren", "199")]),
            ("die 2000er", None, &[("2000er", "200")]),
            (
                "Am 3. Oktober 2000 Menschen",
                None,
                &[("3. Oktober", "XXXX-10-03")],
            ),
        ]);
    }

    #[test]
    fn finds_english_dates() {
        check(&[
            (
                "October 3, 2024",
                None,
                &[("October 3, 2024", "2024-10-03")],
            ),
            ("Oct. 3, 2024", None, &[("Oct. 3, 2024", "2024-10-03")]),
            ("3 Oct 2024", None, &[("3 Oct 2024", "2024-10-03")]),
            (
                "3rd of October 2024",
                None,
                &[("3rd of October 2024", "2024-10-03")],
            ),
            (
                "October 3rd, 2024",
                None,
                &[("October 3rd, 2024", "2024-10-03")],
            ),
            (
                "July 4th of 1995",
                None,
                &[("July 4th of 1995", "1995-07-04")],
            ),
            (
                "for $12 December 27",
                None,
                &[("December 27", "XXXX-12-27")],
            ),
            ("on October 3", None, &[("October 3", "XXXX-10-03")]),
            ("on October 3.", None, &[("October 3", "XXXX-10-03")]),
            ("October 2024", None, &[("October 2024", "2024-10")]),
            ("in May 2024", None, &[("May 2024", "2024-05")]),
            ("on 5 May", None, &[("5 May", "XXXX-05-05")]),
            ("Sept. 2024", None, &[("Sept. 2024", "2024-09")]),
            ("2024-10-03", None, &[("2024-10-03", "2024-10-03")]),
            ("2024/10/03", None, &[("2024/10/03", "2024-10-03")]),
            (
                "at 2024-10-03T12:00Z",
                None,
                &[("2024-10-03T12", "2024-10-03")],
            ),
            (
                "Monday, October 3, 2024",
                None,
                &[("Monday, October 3, 2024", "2024-10-03")],
            ),
            (
                "October 1-3, 2024",
                None,
                &[("October 1", "2024-10-01"), ("3, 2024", "2024-10-03")],
            ),
            ("the 1990s", None, &[("1990s", "199")]),
            ("the 1990's", None, &[("1990's", "199")]),
        ]);
    }

    #[test]
    fn finds_french_spanish_italian_russian_dates() {
        check(&[
            (
                "le 3 octobre 2024",
                None,
                &[("3 octobre 2024", "2024-10-03")],
            ),
            (
                "le 1er octobre 2024",
                None,
                &[("1er octobre 2024", "2024-10-01")],
            ),
            ("3 février 2024", None, &[("3 février 2024", "2024-02-03")]),
            ("3 mars 2024", None, &[("3 mars 2024", "2024-03-03")]),
            (
                "Lundi 3 mars 2024",
                None,
                &[("Lundi 3 mars 2024", "2024-03-03")],
            ),
            ("en octobre 2024", None, &[("octobre 2024", "2024-10")]),
            ("dans les années 1990", None, &[("années 1990", "199")]),
            (
                "3 de octubre de 2024",
                None,
                &[("3 de octubre de 2024", "2024-10-03")],
            ),
            ("octubre de 2024", None, &[("octubre de 2024", "2024-10")]),
            ("el 1º de mayo", None, &[("1º de mayo", "XXXX-05-01")]),
            ("3 ottobre 2024", None, &[("3 ottobre 2024", "2024-10-03")]),
            ("il 1° ottobre", None, &[("1° ottobre", "XXXX-10-01")]),
            ("nel 2024", None, &[("2024", "2024")]),
            (
                "3 октября 2024 года",
                None,
                &[("3 октября 2024 года", "2024-10-03")],
            ),
            (
                "3 октября 2024 г.",
                None,
                &[("3 октября 2024 г.", "2024-10-03")],
            ),
            ("3 октября", None, &[("3 октября", "XXXX-10-03")]),
            (
                "в октябре 2024 года",
                None,
                &[("октябре 2024 года", "2024-10")],
            ),
            ("в 2024 году", None, &[("2024 году", "2024")]),
        ]);
    }

    #[test]
    fn finds_years_after_cue_words() {
        check(&[
            ("im Jahr 2024", None, &[("2024", "2024")]),
            ("im Jahre 1990", None, &[("1990", "1990")]),
            ("in 1990", None, &[("1990", "1990")]),
            ("seit 2015", None, &[("2015", "2015")]),
            ("since 2015,", None, &[("2015", "2015")]),
            ("bis 2030.", None, &[("2030", "2030")]),
            ("Ende 2024", None, &[("2024", "2024")]),
            ("d'ici 2030", None, &[("2030", "2030")]),
            (
                "von 2010 bis 2020",
                None,
                &[("2010", "2010"), ("2020", "2020")],
            ),
            (
                "between 2010 and 2020",
                None,
                &[("2010", "2010"), ("2020", "2020")],
            ),
        ]);
    }

    #[test]
    fn resolves_relative_words_and_weekdays_with_a_reference() {
        check(&[
            ("heute", REF, &[("heute", "2025-12-13")]),
            ("Heute sagte er", REF, &[("Heute", "2025-12-13")]),
            ("gestern", REF, &[("gestern", "2025-12-12")]),
            ("vorgestern", REF, &[("vorgestern", "2025-12-11")]),
            ("er kommt morgen", REF, &[("morgen", "2025-12-14")]),
            ("übermorgen", REF, &[("übermorgen", "2025-12-15")]),
            ("today", REF, &[("today", "2025-12-13")]),
            ("Yesterday, he said", REF, &[("Yesterday", "2025-12-12")]),
            ("tomorrow", REF, &[("tomorrow", "2025-12-14")]),
            (
                "the day after tomorrow",
                REF,
                &[("the day after tomorrow", "2025-12-15")],
            ),
            (
                "a day before yesterday",
                REF,
                &[("day before yesterday", "2025-12-11")],
            ),
            ("aujourd'hui", REF, &[("aujourd'hui", "2025-12-13")]),
            ("demain", REF, &[("demain", "2025-12-14")]),
            ("ayer", REF, &[("ayer", "2025-12-12")]),
            ("ieri", REF, &[("ieri", "2025-12-12")]),
            ("Вчера", REF, &[("Вчера", "2025-12-12")]),
            ("завтра", REF, &[("завтра", "2025-12-14")]),
            ("heute", Some(date(2024, 2, 29)), &[("heute", "2024-02-29")]),
            (
                "gestern",
                Some(date(2024, 3, 1)),
                &[("gestern", "2024-02-29")],
            ),
            ("am Montag", REF, &[("Montag", "2025-12-08")]),
            ("am Samstag", REF, &[("Samstag", "2025-12-13")]),
            ("on Monday", REF, &[("Monday", "2025-12-08")]),
            ("he said Monday.", REF, &[("Monday", "2025-12-08")]),
            (
                "am vergangenen Samstag",
                REF,
                &[("vergangenen Samstag", "2025-12-06")],
            ),
            ("last Saturday", REF, &[("last Saturday", "2025-12-06")]),
            ("next Monday", REF, &[("next Monday", "2025-12-15")]),
            (
                "on previous Wednesday",
                REF,
                &[("previous Wednesday", "2025-12-10")],
            ),
            ("diesen Dienstag", REF, &[("diesen Dienstag", "2025-12-09")]),
            (
                "am kommenden Montag",
                REF,
                &[("kommenden Montag", "2025-12-15")],
            ),
            ("lundi dernier", REF, &[("lundi dernier", "2025-12-08")]),
            ("lundi prochain", REF, &[("lundi prochain", "2025-12-15")]),
            ("il a dit lundi", REF, &[("lundi", "2025-12-08")]),
            ("в понедельник", REF, &[("понедельник", "2025-12-08")]),
            (
                "next Monday, October 3",
                REF,
                &[("next Monday, October 3", "2025-10-03")],
            ),
            (
                "lundi dernier, 3 octobre 2024",
                REF,
                &[
                    ("lundi dernier", "2025-12-08"),
                    ("3 octobre 2024", "2024-10-03"),
                ],
            ),
            ("morgen", Some(Date::MAX), &[]),
            ("gestern", Some(Date::MIN), &[]),
        ]);
    }

    #[test]
    fn skips_relative_words_and_weekdays_without_a_reference() {
        check(&[
            ("heute", None, &[]),
            ("gestern und morgen", None, &[]),
            ("am Montag", None, &[]),
            ("on Monday", None, &[]),
        ]);
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        check(&[
            ("30. Jahrestag", None, &[]),
            ("Version 2.10.3", None, &[]),
            ("Version 2.10.24", None, &[]),
            ("Versionen 4.3.0 bis 4.3.16", None, &[]),
            ("ab September 16 Euro", None, &[]),
            ("October 3 people", None, &[]),
            ("Tabelle 3.1", None, &[]),
            ("Tabelle 3.1.", None, &[]),
            ("3:1", None, &[]),
            ("3,1 Prozent", None, &[]),
            ("Seite 12", None, &[]),
            ("1.000 Euro", None, &[]),
            ("um 12.30 Uhr", None, &[]),
            ("am 12.30 Uhr", None, &[]),
            ("2.3.4.5", None, &[]),
            ("192.168.1.10", None, &[]),
            ("Tel. 030 12.03.45", None, &[]),
            ("0171 12.03.45", None, &[]),
            ("10.000", None, &[]),
            ("1. FC Köln", None, &[]),
            ("auf Platz 3.", None, &[]),
            ("Artikel 3. Absatz", None, &[]),
            ("42", None, &[]),
            ("2024", None, &[]),
            ("2024 war ein gutes Jahr", None, &[]),
            ("seit 2024 Euro", None, &[]),
            ("bis 2030 Menschen", None, &[]),
            ("seit 2015 10 Prozent", None, &[]),
            ("bis 2030,5", None, &[]),
            ("in 2024 %", None, &[]),
            ("seit 999", None, &[]),
            ("seit 2500", None, &[]),
            ("in 2014 BC", None, &[]),
            ("im Jahr 44 v. Chr.", None, &[]),
            ("seit 1000 v. Chr.", None, &[]),
            ("von 2010 Teilnehmern", None, &[]),
            ("May", None, &[]),
            ("Theresa May", None, &[]),
            ("Theresa May said", REF, &[]),
            ("March", None, &[]),
            ("the march 3 people", None, &[]),
            ("Mars 2020", None, &[]),
            ("Jan 2024", None, &[]),
            ("31.02.2024", None, &[]),
            ("32. Oktober", None, &[]),
            ("32. Oktober 2024", None, &[]),
            ("31. Februar 2024", None, &[]),
            ("2024-02-30", None, &[]),
            ("2024-1-5", None, &[]),
            ("3.10.5", None, &[]),
            ("am 3.10", None, &[]),
            ("3.10.", None, &[]),
            ("May 3.5 percent", None, &[]),
            ("6,107.31 August", None, &[]),
            ("Am Morgen", REF, &[]),
            ("am Morgen", REF, &[]),
            ("USA Today", REF, &[]),
            ("Black Friday", REF, &[]),
            ("the Sunday Times", REF, &[]),
            ("Der Montag", REF, &[]),
            ("Plácido Domingo", REF, &[]),
            ("Oktoberfest 2024", None, &[]),
            ("3октября 2024", None, &[]),
            ("3 оctober 2024", None, &[]),
            ("3 Оktober", None, &[]),
            ("Mаy 2024", None, &[]),
            ("1990x", None, &[]),
            ("1995er", None, &[]),
        ]);
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
                (44, 52, "Mai 2025", "2025-05"),
            ]
        );
        check(&[
            (
                "Am 3. März 2024 in Zürich",
                None,
                &[("3. März 2024", "2024-03-03")],
            ),
            (
                "Москва, 3 октября 2024 года — сегодня",
                REF,
                &[
                    ("3 октября 2024 года", "2024-10-03"),
                    ("сегодня", "2025-12-13"),
                ],
            ),
        ]);
    }

    #[test]
    fn appends_to_out_without_touching_earlier_mentions() {
        let text = "am Montag, 3. Oktober";
        let mut tokens = Vec::new();
        tokenize(text, &mut tokens);
        let earlier = DateMention {
            start: 0,
            end: 1,
            value: "x".into(),
        };
        let mut out = vec![earlier.clone()];
        find_dates(text, &tokens, REF, &mut out);
        assert_eq!(out.len(), 2);
        assert_eq!(out[0], earlier);
        assert_eq!(&text[out[1].start..out[1].end], "Montag, 3. Oktober");
    }

    #[test]
    fn nearest_year_leans_to_the_past_on_a_tie() {
        // From 2024-07-02, 2024-01-01 is 183 days back and 2025-01-01 183 days ahead.
        let r = date(2024, 7, 2);
        assert_eq!(nearest_year(r, 1, 1), Some(date(2024, 1, 1)));
        assert_eq!(nearest_year(date(2026, 6, 1), 2, 29), None);
        assert_eq!(
            nearest_year(date(2025, 6, 1), 2, 29),
            Some(date(2024, 2, 29))
        );
    }

    #[test]
    fn tables_are_sorted_and_gate_admits_every_entry() {
        let sorted = |t: &[&str]| t.windows(2).all(|w| w[0] < w[1]);
        for set in [
            &rules::YEAR_CUES,
            &rules::RANGE_CUES,
            &rules::RANGE_LINKS,
            &rules::DAY_CUES,
            &rules::NUMERIC_BLOCK,
            &rules::UNITS,
            &rules::DECADE_CUES,
            &rules::WEEKDAY_PAST,
            &rules::WEEKDAY_NEXT,
            &rules::WEEKDAY_CUES,
            &rules::WEEKDAY_THIS,
            &rules::WEEKDAY_POST_PAST,
            &rules::WEEKDAY_POST_NEXT,
        ] {
            let table = set.words;
            assert!(sorted(table), "{table:?}");
            for w in table {
                assert_eq!(crate::token::fold(w), *w, "not folded: {w}");
                for form in [w.to_string(), w.to_uppercase(), capitalise(w)] {
                    assert!(set.may_contain(form.as_bytes()), "{form}");
                }
            }
        }
        assert!(rules::MONTHS.windows(2).all(|w| w[0].0 < w[1].0));
        for (m, _, _) in rules::MONTHS {
            assert_eq!(crate::token::fold(m), *m, "not folded: {m}");
        }
        for &(w, _, any_case) in rules::WEEKDAYS.iter().chain(rules::RELATIVE) {
            assert!((3..=22).contains(&w.len()), "{w}");
            let forms = if any_case {
                vec![w.to_string(), w.to_uppercase(), capitalise(w)]
            } else {
                vec![w.to_string()]
            };
            for form in forms {
                let fb = form.as_bytes();
                assert!(
                    rules::FIRST_BYTE_LENGTHS[usize::from(fb[0])] >> fb.len() & 1 == 1,
                    "{form}"
                );
                let slot = rules::WORD_INDEX[rules::gate_key(fb)];
                let entry = match usize::from(slot) {
                    0 => None,
                    255 => Some(w),
                    k if k <= rules::WEEKDAYS.len() => Some(rules::WEEKDAYS[k - 1].0),
                    k => Some(rules::RELATIVE[k - 1 - rules::WEEKDAYS.len()].0),
                };
                assert_eq!(entry, Some(w), "{form}");
            }
        }
        for (m, _, _) in rules::MONTHS {
            for form in [m.to_string(), m.to_uppercase(), capitalise(m)] {
                if form.as_bytes()[0] < 128 {
                    assert!(
                        rules::gate_admits(&rules::MONTH_GATE, form.as_bytes()),
                        "{form}"
                    );
                }
            }
        }
    }

    fn capitalise(s: &str) -> String {
        let mut c = s.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default()
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
