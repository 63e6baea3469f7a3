//! Named dates: a month name with a day and a year or either ("3. Oktober 2024", "October 3,
//! 2024", "3 de octubre de 2024", "Okt. 2024"), years after cue words ("seit 2015", "2024
//! года") and decades ("1990er Jahre", "the 1990s", "années 1990").
//!
//! Every rule here starts at a token with a digit and looks for the month name around it,
//! so a word is only folded and looked up when it stands next to a number. The names and
//! cue words come from the language packs, merged in [`Tables`](super::tables::Tables).

use crate::token::TokenKind;

use super::scanner::{parse_digits, Found, Hit, Scanner};
use super::tables::{ABBR, BEFORE_DAY, CAP, HOLIDAY, LOWER, SEASON, UNIT};
use super::value::{is_year, valid_day, Value};

impl Scanner<'_> {
    /// The month named by word token `k`: `(month, flags, end)`, where `end` includes an
    /// abbreviation's dot ("Okt.").
    fn month_at(&mut self, k: usize) -> Option<(i8, u8, usize)> {
        let t = *self.toks.get(k)?;
        // No month name or abbreviation is shorter than "mai" or longer than 16 bytes (the
        // Russian prepositional forms), so the length alone settles most words.
        if t.kind != TokenKind::Word || !(3..=16).contains(&(t.end - t.start)) {
            return None;
        }
        // Spares the fold for most words next to a number ("12 Menschen"): the token hash
        // first, then the gate.
        let tables = self.tables;
        if !super::tables::hash_set_admits(&tables.month_hashes, t.hash) {
            return None;
        }
        let raw = &self.bytes[t.start..t.end];
        if raw[0] < 128 && !super::tables::gate_admits(&tables.month_gate, raw) {
            return None;
        }
        let (month, flags) = tables.month(self.folded(k)?)?;
        // The table is folded, so case is checked here: "may" the verb and "Mars" the planet
        // fold to month names too.
        let capitalised = t.is_capitalised();
        if (flags & CAP != 0 && !capitalised) || (flags & LOWER != 0 && capitalised) {
            return None;
        }
        // Only an abbreviation owns the dot after it; after a full name it ends a sentence.
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
    pub(super) fn day_at(&self, k: usize) -> Option<(i8, usize, usize)> {
        let t = self.toks.get(k)?;
        let b = &self.bytes[t.start..t.end];
        // The token may be a word with a suffix ("3rd"), so a word's digits are counted; a
        // number is digits only.
        let digits = if t.kind == TokenKind::Number {
            b.len()
        } else {
            b.iter().take_while(|c| c.is_ascii_digit()).count()
        };
        if digits == 0 || digits > 2 {
            return None;
        }
        let day = parse_digits(&b[..digits]);
        // Only the range here; whether the month has the day is checked once the month is
        // known ("31. Februar" is refused there, whole).
        if !(1..=31).contains(&day) {
            return None;
        }
        let day = day as i8;
        if t.kind == TokenKind::Number {
            // The marker is returned apart: "3." starts a German date, but "May 3." ends a
            // sentence, and the month-first rule leaves the dot out.
            let marked = self.touches_next(k)
                && self.toks.get(k + 1).is_some_and(|m| {
                    m.kind == TokenKind::Punct && matches!(m.text(self.text), "." | "°")
                });
            Some((day, k + 1, if marked { k + 2 } else { k + 1 }))
        } else if self.is_ordinal_suffix(&t.text(self.text)[digits..]) {
            Some((day, k + 1, k + 1))
        } else {
            None
        }
    }

    /// Whether `s`, glued to a day number, makes it an ordinal ("rd" in "3rd", "º" in "1º").
    fn is_ordinal_suffix(&self, s: &str) -> bool {
        let suffixes = &self.tables.words.ordinal_suffixes;
        suffixes.iter().any(|x| s.eq_ignore_ascii_case(x))
    }

    /// The year at token `k`: four digits, 1000–2100, not followed by a unit or more number.
    fn year_at(&mut self, k: usize) -> Option<i16> {
        // Strict: the second year of a range ("bis 2020/21") must stand alone.
        let (y, digits) = self.number(k)?;
        (digits == 4 && is_year(y) && self.year_right_ok(k, true)).then_some(y)
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
            // "2024 10 Prozent", "seit 2015 200": a year is not followed by another number.
            TokenKind::Number => false,
            TokenKind::Word => {
                let tables = self.tables;
                !self.word_in(k + 1, &tables.words.units)
            }
            TokenKind::Punct => {
                // Signs belong to no language, so they are here rather than in a pack.
                if matches!(next.text(self.text), "%" | "‰" | "€" | "$" | "£") {
                    return false;
                }
                // "2015/16" and "2024-2025" are seasons and ranges this rule does not read;
                // after a day and month only a decimal ("1778,5") still refuses the year.
                if strict {
                    !(self.touches_next(k) && self.touches_next(k + 1) && self.digit_initial(k + 2))
                } else {
                    !self.decimal_follows(k)
                }
            }
        }
    }

    /// The end of a year word at `k` ("года", "году", "г."), if there is one. These are
    /// matched as written: the fold is not needed for the few forms there are.
    fn year_word_end(&self, k: usize) -> Option<usize> {
        let t = self.toks.get(k)?;
        let tables = self.tables;
        // Asked after every year: the first byte turns away nearly every word of a German or
        // English text before any comparison.
        if !tables.year_word_leads[usize::from(self.bytes[t.start])] {
            return None;
        }
        let s = t.text(self.text);
        if tables.words.year_words.contains(&s) {
            Some(k + 1)
        } else if tables.words.year_abbrs.contains(&s) {
            let dot = self.punct_is(k + 1, b'.') && self.touches_next(k);
            Some(if dot { k + 2 } else { k + 1 })
        } else {
            None
        }
    }

    /// An optional year after a day and month ending at `k`:
    /// `[","] ["de"|"del"|"of"] YYYY ["года"]`.
    fn year_after(&mut self, k: usize, allow_comma: bool) -> Option<(i16, usize)> {
        let mut k = k;
        // English puts a comma before the year ("October 3, 2024"), old German texts too.
        if allow_comma && self.punct_is(k, b',') {
            k += 1;
        }
        // "July 4th of 1995", "3 de octubre de 2024", "1 de mayo del 2024".
        if self.word_among(k, &self.tables.words.date_year_links) {
            k += 1;
        }
        // Only four digits: in "3. Oktober 24" the 24 is a count, not the year.
        let (y, digits) = self.number(k)?;
        if digits != 4 || !is_year(y) || !self.year_right_ok(k, false) {
            return None;
        }
        // "3 октября 2024 года": the year word joins the span.
        Some((y, self.year_word_end(k + 1).unwrap_or(k + 1)))
    }

    /// `year_after(k, true)` as an optional year and the end of the mention: `end` when
    /// there is no year.
    fn optional_year(&mut self, k: usize, end: usize) -> (Option<i16>, usize) {
        match self.year_after(k, true) {
            Some((y, end)) => (Some(y), end),
            None => (None, end),
        }
    }

    /// Month before day, in languages that write it so: "October 3", "Oct. 3, 2024",
    /// "October 3rd, 2024", and the range "October 1-3, 2024".
    /// `day` is [`day_at`](Self::day_at) of `i`, which the caller has for the next rule too.
    pub(super) fn month_first(
        &mut self,
        i: usize,
        (day, day_end, _): (i8, usize, usize),
    ) -> Option<Found> {
        let p = i.checked_sub(1)?;
        // Only languages that write the month first may open a date with it: in German,
        // "im Oktober 3 Spiele" is no date.
        let (month_tok, month) = if self.punct_is(p, b'.') {
            // "Oct. 3": the dot belongs to an abbreviation, never to a full name ("May. 3").
            let m = p.checked_sub(1)?;
            let (month, flags, end) = self.month_at(m)?;
            (flags & BEFORE_DAY != 0 && flags & ABBR != 0 && end == i).then_some((m, month))?
        } else {
            let (month, flags, end) = self.month_at(p)?;
            (flags & BEFORE_DAY != 0 && end == i).then_some((p, month))?
        };
        // "May 3.5", "May 3:1" are no dates; "May 3-4" is a range.
        if month_tok < self.floor || self.decimal_follows(i) {
            return None;
        }
        // A range that does not hold ("October 3-2") falls back to the single day.
        if self.is_range_link(day_end) {
            if let Some(found) = self.month_first_range(month_tok, month, day, day_end) {
                return Some(found);
            }
        }
        // Without a year the day stands alone, unless a unit shows it was a count.
        let (year, end) = match self.year_after(day_end, true) {
            Some((y, end)) => (Some(y), end),
            // "ab September 16 Euro" is a price in a German text, not a date.
            None if !self.year_right_ok(i, true) => return None,
            None => (None, day_end),
        };
        valid_day(year, month, day).then(|| {
            let value = Value::Day { year, month, day };
            (Hit::new(month_tok, end, value), None)
        })
    }

    /// "October 1-3, 2024" seen from the link after "1": two days, the second one larger,
    /// sharing the month and the year. The month stays with the first day's mention.
    fn month_first_range(
        &mut self,
        month_tok: usize,
        month: i8,
        day: i8,
        link: usize,
    ) -> Option<Found> {
        let (day2, day2_end, _) = self.day_at(link + 1)?;
        // A falling second number is a score or a count ("May 3-1"), not the end of a range.
        if day2 <= day || self.decimal_follows(link + 1) {
            return None;
        }
        // Both days must exist in the shared month: "February 28-30" is no range of dates.
        let (year, end) = self.optional_year(day2_end, day2_end);
        if !(valid_day(year, month, day) && valid_day(year, month, day2)) {
            return None;
        }
        let first = Value::Day { year, month, day };
        let second = Value::Day {
            year,
            month,
            day: day2,
        };
        Some((
            Hit::new(month_tok, link, first),
            Some(Hit::new(link + 1, end, second)),
        ))
    }

    /// Day before month: "3. Oktober 2024", "3 de octubre de 2024", "3rd of October", and the
    /// range "1. bis 3. Oktober" when `allow_range`.
    pub(super) fn day_first(&mut self, i: usize, allow_range: bool) -> Option<Found> {
        let day = self.day_at(i)?;
        self.day_first_at(i, day, allow_range)
    }

    /// [`day_first`](Self::day_first) with `day`, the [`day_at`](Self::day_at) of `i`.
    pub(super) fn day_first_at(
        &mut self,
        i: usize,
        (day, _, after): (i8, usize, usize),
        allow_range: bool,
    ) -> Option<Found> {
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
        // "3rd of October", "3 de octubre": a link word may stand between day and month.
        let mut m = after;
        if self.word_among(m, &self.tables.words.day_month_links) {
            m += 1;
        }
        // Any pack's month may follow a day: every language the packs hold writes it so.
        if let Some((month, _, month_end)) = self.month_at(m) {
            // A comma is allowed as in "4. Oktober, 1777"; a unit after the year still refuses it.
            let (year, end) = self.optional_year(month_end, month_end);
            return valid_day(year, month, day)
                .then(|| (Hit::new(i, end, Value::Day { year, month, day }), None));
        }
        // Without a month after it, a day number only counts as the first end of a range;
        // `allow_range` is false for the second end, so ranges do not chain.
        // "13th to the 15th of July": an article may follow the link.
        let mut k = after + 1;
        if allow_range && self.word_in(k, &self.tables.words.range_articles) {
            k += 1;
        }
        if !(allow_range && self.digit_initial(k) && self.is_range_link(after)) {
            return None;
        }
        // "1. bis 3. Oktober", "14. - 15.10.2013": the second day carries the month (and year)
        // of both.
        let (second, _) = self
            .day_first(k, false)
            .or_else(|| self.numeric_dmy(k).map(|hit| (hit, None)))?;
        let Value::Day {
            year,
            month,
            day: day2,
        } = second.value
        else {
            return None;
        };
        // "3. bis 1. Oktober" is no range; the first day must also exist in the shared month.
        (day < day2 && valid_day(year, month, day)).then(|| {
            let first = Value::Day { year, month, day };
            (Hit::new(i, after, first), Some(second))
        })
    }

    /// Forms of a four-digit number: month and year, "1990's", "années 1990", a year after a
    /// cue word or before "года".
    pub(super) fn year_forms(&mut self, i: usize) -> Option<Found> {
        let (y, _) = self.number(i)?;
        if !is_year(y) {
            return None;
        }
        let tables = self.tables;
        // "1990's", "1990’s": before the year forms, which would read "in 1990's" as 1990.
        if y % 10 == 0
            && self.touches_next(i)
            && self.touches_next(i + 1)
            && self.is_apostrophe(i + 1)
            && self.word_among(i + 2, &tables.words.decade_clitics)
        {
            return Some((Hit::new(i, i + 3, Value::Decade(y / 10)), None));
        }
        // "1939–1945", "2014-2018": a glued dash and a later year make a range.
        if self.touches_next(i)
            && self.touches_next(i + 1)
            && self.is_range_link(i + 1)
            && !self.punct_is(i + 1, b'/')
        {
            if let Some(y2) = self.year_at(i + 2).filter(|&y2| y2 > y && y2 - y <= 100) {
                if !self.run_continues_left(i) {
                    return Some((
                        Hit::new(i, i + 1, Value::Year(y)),
                        Some(Hit::new(i + 2, i + 3, Value::Year(y2))),
                    ));
                }
            }
        }
        // What follows is checked once for all the forms below: "Oktober 2024 Euro" is an
        // amount whatever stands before it.
        if !self.year_right_ok(i, true) {
            return None;
        }
        // A Russian year word ("2024 года") makes the number a year by itself.
        let end = self.year_word_end(i + 1);
        if let Some(hit) = self.month_year(i, y, end.unwrap_or(i + 1)) {
            return Some((hit, None));
        }
        if let Some(end) = end {
            return Some((Hit::new(i, end, Value::Year(y)), None));
        }
        // A bare four-digit number is too often a count or an amount to be a year by itself.
        let p = i.checked_sub(1)?;
        if self.word_in(p, &tables.words.year_cues) {
            return Some((Hit::new(i, i + 1, Value::Year(y)), None));
        }
        // "années 1990" takes the cue into the span: the cue is what makes it a decade.
        if y % 10 == 0 && p >= self.floor && self.word_in(p, &tables.words.decade_cues) {
            return Some((Hit::new(p, i + 1, Value::Decade(y / 10)), None));
        }
        // "von 2010 bis 2020", "between 2010 and 2020": both years; "von" alone is too weak
        // ("von 2010 Teilnehmern").
        if self.word_in(p, &tables.words.range_cues) && self.is_range_link(i + 1) {
            let y2 = self.year_at(i + 2)?;
            let end2 = self.year_word_end(i + 3).unwrap_or(i + 3);
            return Some((
                Hit::new(i, i + 1, Value::Year(y)),
                Some(Hit::new(i + 2, end2, Value::Year(y2))),
            ));
        }
        self.bare_year(i, y)
            .then(|| (Hit::new(i, i + 1, Value::Year(y)), None))
    }

    /// Whether four-digit number `i` (a year `y`, with nothing after it that makes it a
    /// quantity) is a year in running text without a cue: "1941 griff Deutschland an", "(1941)".
    /// Not after a number, a sign, an amount word ("rund 2000") or a block word ("Nr. 1941"),
    /// and not before a capitalised word, which in German is the counted noun ("2000
    /// Panzer"). Years before 1500 need a cue.
    fn bare_year(&mut self, i: usize, y: i16) -> bool {
        if !(1500..=2100).contains(&y) {
            return false;
        }
        let tables = self.tables;
        if let Some(p) = i.checked_sub(1) {
            let t = self.toks[p];
            match t.kind {
                TokenKind::Number => return false,
                TokenKind::Punct => {
                    if !matches!(
                        t.text(self.text),
                        "(" | "," | ";" | "." | "–" | "—" | "\"" | "„" | "“" | ":"
                    ) {
                        return false;
                    }
                    // "3.1941", "1,1941": glued to a number before; "Nr. 1941".
                    if self.blocked_by_word(i) {
                        return false;
                    }
                    if self.touches_next(p)
                        && p > 0
                        && self.digit_initial(p - 1)
                        && self.touches_next(p - 1)
                    {
                        return false;
                    }
                }
                // A capitalised word before is a name or a refused month ("Mars 2020",
                // "Fest 2024", "32. Oktober 2024") unless it opens a sentence and is no month
                // ("Schon 1941 griff…"); a digit starts a code.
                TokenKind::Word => {
                    let opens = p == 0
                        || self.toks[p - 1].kind == TokenKind::Punct
                            && matches!(self.tok_text(p - 1), "." | "!" | "?" | "\n");
                    let month = super::tables::hash_set_admits(&tables.month_hashes, t.hash)
                        && self.folded(p).is_some_and(|f| tables.month(f).is_some());
                    if (t.is_capitalised() && (!opens || month))
                        || self.digit_initial(p)
                        || self.word_in(p, &tables.words.amount_cues)
                        || self.blocked_by_word(i)
                    {
                        return false;
                    }
                }
            }
        }
        match self.toks.get(i + 1) {
            Some(t) if t.kind == TokenKind::Word => !t.is_capitalised(),
            _ => true,
        }
    }

    /// "Oktober 2024", "Okt. 2024", "octubre de 2024", "октябре 2024 года" (year token `i`).
    fn month_year(&mut self, i: usize, year: i16, end: usize) -> Option<Hit> {
        let mut p = i.checked_sub(1)?;
        // "octubre de 2024": the link comes between the month and the year.
        if self.word_among(p, &self.tables.words.month_year_links) {
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
        // The month must not reach into the mention before it ("3. Oktober 2024 / November
        // 2024" stays two mentions).
        let (m, month) = month_tok;
        if m < self.floor || self.day_like_before(m) {
            return None;
        }
        Some(Hit::new(
            m,
            end,
            Value::Month {
                year: Some(year),
                month,
            },
        ))
    }

    /// Whether a day-like number stands before month token `m` ("32. Oktober 2024"): then
    /// the day rules refused the whole, and no month is carved out of it.
    fn day_like_before(&self, m: usize) -> bool {
        let Some(q) = m.checked_sub(1) else {
            return false;
        };
        // Any one- or two-digit number or ordinal, valid day or not.
        let day_like = |k: usize| {
            self.toks.get(k).is_some_and(|t| {
                let b = &self.bytes[t.start..t.end];
                let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
                (1..=2).contains(&digits)
                    && (digits == b.len() || self.is_ordinal_suffix(&t.text(self.text)[digits..]))
            })
        };
        day_like(q)
            || (self.punct_is(q, b'.') && q > 0 && self.touches_next(q - 1) && day_like(q - 1))
    }

    /// A month or season name `i` standing alone after a cue word or a modifier: "im
    /// Oktober", "Anfang Mai", "in October", "im Sommer". `code` is its [`Tables::named`]
    /// entry's (a month, or [`SEASON`] + season). A number after it leaves the name to the
    /// rules at the number ("Oktober 2024", "Sommer 1940").
    ///
    /// [`Tables::named`]: super::tables::Tables::named
    pub(super) fn named_alone(&mut self, i: usize, code: i8) -> Option<Hit> {
        if code >= UNIT {
            let unit = (code - UNIT) as u8;
            let relative = self.unit_expr(i, unit);
            if relative.is_some() || !self.durations {
                return relative;
            }
            return self.duration(i, unit);
        }
        if code == HOLIDAY {
            return self.holiday(i);
        }
        let tables = self.tables;
        let p = i.checked_sub(1)?;
        if !(self.word_in(p, &tables.words.month_cues) || self.word_in(p, &tables.words.modifiers))
        {
            return None;
        }
        if self.digit_initial(i + 1) {
            return None;
        }
        // "Herbst des Jahres 1972": the year rules take the whole.
        if self.word_among(i + 1, &tables.words.of_links)
            && self.word_in(i + 2, &tables.words.year_nouns)
        {
            return None;
        }
        if code >= SEASON {
            let season = (code - SEASON) as u8;
            return Some(Hit::new(i, i + 1, Value::Season { year: None, season }));
        }
        // The case rules of the month ("may" is a verb), and no abbreviation alone.
        let (month, flags, end) = self.month_at(i)?;
        (flags & ABBR == 0).then(|| Hit::new(i, end, Value::Month { year: None, month }))
    }

    /// `hit` with the words before it that belong to it: a year noun ("Jahr 1947"), a season
    /// ("Herbst 1940", which makes the year a season), a modifier ("Anfang Mai", "Ende 2024"),
    /// with a link between ("Ende des Jahres 1940", "Ende des 19. Jahrhunderts"). Never
    /// reaches into the mention before it.
    pub(super) fn extend_left(&mut self, hit: Hit) -> Hit {
        // A duration takes no modifier ("Ende zwei Wochen" is no phrase of either).
        if matches!(hit.value, Value::Duration { .. }) {
            return hit;
        }
        let tables = self.tables;
        let floor = self.floor;
        let mut hit = hit;
        let mut s = hit.start;
        let before = |s: usize, n: usize| s.checked_sub(n).filter(|&k| k >= floor);
        if let Value::Year(y) = hit.value {
            if let Some(k) = before(s, 1).filter(|&k| self.word_in(k, &tables.words.year_nouns)) {
                s = k;
                if let Some(l) = before(s, 1).filter(|&l| {
                    self.word_among(l, &tables.words.of_links)
                        && before(l, 1).is_some_and(|m| {
                            self.word_in(m, &tables.words.modifiers) || self.season_at(m).is_some()
                        })
                }) {
                    s = l;
                }
            }
            // "verão de 2024": the month-year link may stand between.
            let link = before(s, 1).is_some_and(|l| {
                s == hit.start && self.word_among(l, &tables.words.month_year_links)
            });
            if let Some(k) = before(s, 1 + usize::from(link)) {
                if let Some(season) = self.season_at(k) {
                    hit.value = Value::Season {
                        year: Some(y),
                        season,
                    };
                    s = k;
                }
            }
        }
        if let Some(k) = before(s, 1).filter(|&k| self.word_in(k, &tables.words.modifiers)) {
            s = k;
        } else if matches!(hit.value, Value::Decade(_) | Value::Century(_)) {
            if let Some(k) = before(s, 2).filter(|&k| {
                self.word_among(k + 1, &tables.words.of_links)
                    && self.word_in(k, &tables.words.modifiers)
            }) {
                s = k;
            }
        }
        hit.start = s;
        hit
    }

    /// A holiday on a fixed day starting at word `i` ("Heiligabend", "New Year's Eve"), with
    /// the year after it if there is one ("Heiligabend 2024").
    fn holiday(&mut self, i: usize) -> Option<Hit> {
        let tables = self.tables;
        for &(phrase, month, day) in &tables.holidays {
            let mut k = i;
            let mut all = true;
            for word in phrase.split(' ') {
                if self.folded(k).is_none_or(|f| f != word.as_bytes()) {
                    all = false;
                    break;
                }
                k += 1;
            }
            if all {
                let (year, end) = self.optional_year(k, k);
                return valid_day(year, month, day)
                    .then(|| Hit::new(i, end, Value::Day { year, month, day }));
            }
        }
        None
    }

    /// The season named by word token `k`, if any.
    fn season_at(&mut self, k: usize) -> Option<u8> {
        let t = self.toks.get(k)?;
        let tables = self.tables;
        // Every season name is in `word_hashes`: most words go without a fold.
        if t.kind != TokenKind::Word || !super::tables::hash_set_admits(&tables.word_hashes, t.hash)
        {
            return None;
        }
        tables.season(self.folded(k)?)
    }

    /// A century: "19. Jahrhundert", "19. Jh.", "19th century" (token `i` is the ordinal).
    pub(super) fn century(&mut self, i: usize) -> Option<Hit> {
        // The noun first: it settles nearly every number, and its set has a gate.
        let dotted = self.punct_is(i + 1, b'.') && self.touches_next(i);
        let after = if dotted { i + 2 } else { i + 1 };
        let tables = self.tables;
        if !self.word_in(after, &tables.words.century_nouns) {
            return None;
        }
        let (n, _, _) = self.day_at(i)?;
        if n > 21 {
            return None;
        }
        // "Jh." owns its dot; after a full noun it ends a sentence.
        let short = self.toks[after].end - self.toks[after].start <= 2;
        let end = if short && self.punct_is(after + 1, b'.') && self.touches_next(after) {
            after + 2
        } else {
            after + 1
        };
        Some(Hit::new(i, end, Value::Century(i16::from(n) - 1)))
    }

    /// "1990er", "1990ern", "1990s", with a following "Jahre"/"Jahren" ("1990er-Jahre").
    pub(super) fn decade_word(&mut self, i: usize) -> Option<Hit> {
        let s = self.tok_text(i);
        let b = s.as_bytes();
        // Exactly four digits and a suffix: "19990er" and "990er" are not decades.
        if b.len() < 5 || !b[..4].iter().all(u8::is_ascii_digit) || b[4].is_ascii_digit() {
            return None;
        }
        let tables = self.tables;
        let suffix = &s[4..];
        if !tables
            .words
            .decade_suffixes
            .iter()
            .any(|x| suffix.eq_ignore_ascii_case(x))
        {
            return None;
        }
        // "1995er" is a vintage, not a decade.
        let y = parse_digits(&b[..4]);
        if y % 10 != 0 || !is_year(y) {
            return None;
        }
        // "1990er Jahre" and "1990er-Jahre" take the noun into the span; it is the same decade.
        let nouns = &tables.words.decade_nouns;
        let end = if self.punct_is(i + 1, b'-')
            && self.touches_next(i)
            && self.word_among(i + 2, nouns)
        {
            i + 3
        } else if self.word_among(i + 1, nouns) {
            i + 2
        } else {
            i + 1
        };
        Some(Hit::new(i, end, Value::Decade(y / 10)))
    }
}

#[cfg(test)]
mod tests {
    use super::super::table::check;

    #[test]
    fn finds_day_month_year_in_german() {
        check(
            "
            3. Oktober 2024                  | 3. Oktober 2024 = 2024-10-03
            am 3. Oktober                    | 3. Oktober = XXXX-10-03
            der 3. Oktober                   | 3. Oktober = XXXX-10-03
            @ Er kam am 3. Oktober zurück.   | 3. Oktober = 2025-10-03
            @ am 3. Januar                   | 3. Januar = 2026-01-03
            Oktober 2024                     | Oktober 2024 = 2024-10
            Okt. 2024                        | Okt. 2024 = 2024-10
            Anfang Oktober 2024              | Anfang Oktober 2024 = 2024-10
            Mitte Oktober 2024               | Mitte Oktober 2024 = 2024-10
            Ende Oktober 2024                | Ende Oktober 2024 = 2024-10
            am 3. Okt. 2024                  | 3. Okt. 2024 = 2024-10-03
            im Jänner 2024                   | Jänner 2024 = 2024-01
            vom 1. bis 3. Oktober 2024       | vom 1. bis 3. Oktober 2024 = 2024-10-01/2024-10-03
            am 3./4. Oktober                 | 3./4. Oktober = XXXX-10-03/XXXX-10-04
            am 29. Februar 2024              | 29. Februar 2024 = 2024-02-29
            am 29. Februar                   | 29. Februar = XXXX-02-29
            am 3. Oktober 24                 | 3. Oktober = XXXX-10-03
            am 4. Oktober, 1777              | 4. Oktober, 1777 = 1777-10-04
            Am 3. Oktober 2000 Menschen      | 3. Oktober = XXXX-10-03
            vom 30. September bis 2. Oktober 2024 | vom 30. September bis 2. Oktober 2024 = 2024-09-30/2024-10-02
            29. Dezember 1778/16. September  | 29. Dezember 1778 = 1778-12-29; 16. September = 1778-09-16
            ",
        );
    }

    #[test]
    fn finds_month_first_dates_in_english() {
        check(
            "
            October 3, 2024          | October 3, 2024 = 2024-10-03
            Oct. 3, 2024             | Oct. 3, 2024 = 2024-10-03
            3 Oct 2024               | 3 Oct 2024 = 2024-10-03
            3rd of October 2024      | 3rd of October 2024 = 2024-10-03
            October 3rd, 2024        | October 3rd, 2024 = 2024-10-03
            July 4th of 1995         | July 4th of 1995 = 1995-07-04
            for $12 December 27      | December 27 = XXXX-12-27
            on October 3             | October 3 = XXXX-10-03
            on October 3.            | October 3 = XXXX-10-03
            October 2024             | October 2024 = 2024-10
            in May 2024              | May 2024 = 2024-05
            on 5 May                 | 5 May = XXXX-05-05
            Sept. 2024               | Sept. 2024 = 2024-09
            October 1-3, 2024        | October 1-3, 2024 = 2024-10-01/2024-10-03
            ",
        );
    }

    #[test]
    fn finds_named_dates_in_french_spanish_italian_russian() {
        check(
            "
            le 3 octobre 2024        | 3 octobre 2024 = 2024-10-03
            le 1er octobre 2024      | 1er octobre 2024 = 2024-10-01
            3 février 2024           | 3 février 2024 = 2024-02-03
            3 mars 2024              | 3 mars 2024 = 2024-03-03
            en octobre 2024          | octobre 2024 = 2024-10
            3 de octubre de 2024     | 3 de octubre de 2024 = 2024-10-03
            octubre de 2024          | octubre de 2024 = 2024-10
            el 1º de mayo            | 1º de mayo = XXXX-05-01
            3 ottobre 2024           | 3 ottobre 2024 = 2024-10-03
            il 1° ottobre            | 1° ottobre = XXXX-10-01
            nel 2024                 | 2024 = 2024
            3 октября 2024 года      | 3 октября 2024 года = 2024-10-03
            3 октября 2024 г.        | 3 октября 2024 г. = 2024-10-03
            3 октября                | 3 октября = XXXX-10-03
            в октябре 2024 года      | октябре 2024 года = 2024-10
            в 2024 году              | 2024 году = 2024
            ",
        );
    }

    /// The names these packs take from CLDR (`gazetteers/date-names.tsv`): wide names, the
    /// Russian genitive, abbreviations CLDR writes with a dot; and the abbreviations left out
    /// as words ("mar", "set", "ago", "out"), which stay words.
    #[test]
    fn finds_dates_with_the_cldr_names() {
        check(
            "
            le 3 octobre 2024        | 3 octobre 2024 = 2024-10-03 (day)
            3 de octubre de 2024     | 3 de octubre de 2024 = 2024-10-03 (day)
            3 октября 2024 г.        | 3 октября 2024 г. = 2024-10-03 (day)
            il 3 ottobre             | 3 ottobre = XXXX-10-03 (day)
            3 oktober 2024           | 3 oktober 2024 = 2024-10-03 (day)
            3 de outubro             | 3 de outubro = XXXX-10-03 (day)
            le 3 févr. 2024          | 3 févr. 2024 = 2024-02-03
            le 3 juil. 2024          | 3 juil. 2024 = 2024-07-03
            3 сент. 2024 г.          | 3 сент. 2024 г. = 2024-09-03
            3 дек. 2024              | 3 дек. 2024 = 2024-12-03
            3 okt. 2024              | 3 okt. 2024 = 2024-10-03
            3 de fev. de 2024        | 3 de fev. de 2024 = 2024-02-03
            il 3 settembre 2024      | 3 settembre 2024 = 2024-09-03
            3 setiembre 2024         | 3 setiembre 2024 = 2024-09-03
            3 fevrier 2024           | 3 fevrier 2024 = 2024-02-03
            en mars 2024             | mars 2024 = 2024-03
            la mission Mars 2024     |
            3 set di fila            |
            3 ago                    |
            3 out of 5               |
            Il était 3 mai           | 3 mai = XXXX-05-03
            ",
        );
    }

    #[test]
    fn finds_dates_in_dutch_and_portuguese() {
        check(
            "
            op 3 oktober 2024              | 3 oktober 2024 = 2024-10-03 (day)
            3 mei                          | 3 mei = XXXX-05-03
            in maart 2024                  | maart 2024 = 2024-03 (month)
            in augustus                    | augustus = XXXX-08 (month)
            om 15 uur                      | 15 uur = T15:00
            @ vandaag                      | vandaag = 2025-12-13
            @ afgelopen zondag             | afgelopen zondag = 2025-12-07
            3 de outubro de 2024           | 3 de outubro de 2024 = 2024-10-03 (day)
            em outubro                     | outubro = XXXX-10 (month)
            março de 2024                  | março de 2024 = 2024-03
            @ ontem                        | ontem = 2025-12-12
            no verão de 2024               | verão de 2024 = 2024-SU
            ",
        );
    }

    #[test]
    fn finds_years_after_cue_words_and_decades() {
        check(
            "
            im Jahr 2024             | Jahr 2024 = 2024
            im Jahre 1990            | Jahre 1990 = 1990
            in 1990                  | 1990 = 1990
            seit 2015                | 2015 = 2015
            since 2015,              | 2015 = 2015
            bis 2030.                | 2030 = 2030
            Ende 2024                | Ende 2024 = 2024 (year)
            d'ici 2030               | 2030 = 2030
            von 2010 bis 2020        | von 2010 bis 2020 = 2010/2020
            der Krieg 1939–1945      | 1939–1945 = 1939/1945 (year)
            from 2014-2018           | from 2014-2018 = 2014/2018
            2018-2014                |
            ISBN 978-3-1999-2000     |
            between 2010 and 2020    | between 2010 and 2020 = 2010/2020
            die 1990er Jahre         | 1990er Jahre = 199X (decade)
            in den 1990er-Jahren     | 1990er-Jahren = 199X
            die 2000er               | 2000er = 200X
            the 1990s                | 1990s = 199X
            the 1990's               | 1990's = 199X
            in 1990's                | 1990's = 199X
            dans les années 1990     | années 1990 = 199X
            ",
        );
    }

    #[test]
    fn finds_months_seasons_and_centuries_with_their_grain() {
        check(
            "
            im Oktober                     | Oktober = XXXX-10 (month)
            @ im Oktober                   | Oktober = 2026-10 (month)
            @ Er war im Oktober dort.      | Oktober = 2025-10 (month)
            @ im Februar                   | Februar = 2026-02 (month)
            @ seit Juni                    | Juni = 2025-06
            Im Mai 1941 griff er an, im Oktober nicht | Mai 1941 = 1941-05 (month); Oktober = 1941-10 (month)
            Anfang Mai                     | Anfang Mai = XXXX-05 (month)
            bis Ende November              | Ende November = XXXX-11
            in October                     | October = XXXX-10
            early May                      | early May = XXXX-05
            en octobre                     | octobre = XXXX-10
            в октябре                      | октябре = XXXX-10
            Herbst 1940                    | Herbst 1940 = 1940-FA (season)
            im Frühjahr 1945               | Frühjahr 1945 = 1945-SP (season)
            Sommer 1940. Im Winter fror es | Sommer 1940 = 1940-SU; Winter = 1940-WI (season)
            im Herbst des Jahres 1972      | Herbst des Jahres 1972 = 1972-FA
            Ende des Jahres 1940           | Ende des Jahres 1940 = 1940 (year)
            des Jahres 1939                | Jahres 1939 = 1939 (year)
            in the summer                  |
            in summer 1940                 | summer 1940 = 1940-SU
            im 19. Jahrhundert             | 19. Jahrhundert = 18XX (century)
            Ende des 19. Jahrhunderts      | Ende des 19. Jahrhunderts = 18XX
            im 4. Jh. v. Chr.              | 4. Jh. = 03XX
            the 19th century               | 19th century = 18XX (century)
            Ende der 1940er Jahre          | Ende der 1940er Jahre = 194X (decade)
            ",
        );
    }

    #[test]
    fn finds_years_in_running_text_but_not_amounts() {
        check(
            "
            Erst 1941 griff er an          | 1941 = 1941 (year)
            Die Schlacht (1916) war        | 1916 = 1916
            Er starb 1778, sein Sohn       | 1778 = 1778
            It ended in May. 1945 saw      | May = XXXX-05; 1945 = 1945
            The war of 1812.               | 1812 = 1812
            rund 2000 Soldaten             |
            etwa 1500 Menschen             |
            es waren 2000 Panzer           |
            about 2000 troops              |
            Nr. 1941                       |
            Version 2024                   |
            3:1 nach 1:1 2000              |
            2,5 1990                       |
            das Oktoberfest 2024           |
            die 1200 Jahre                 |
            um 1450 herum                  |
            ",
        );
    }

    #[test]
    fn rejects_month_and_season_names_without_a_cue() {
        check(
            "
            Oktober                        |
            Der Oktober war kalt           |
            Thomas Mai sagte               |
            in may                         |
            in march                       |
            im Sommerhaus                  |
            im Jahrhundert                 |
            Kapitel 19. Jahrhundert        | 19. Jahrhundert = 18XX
            ",
        );
    }

    #[test]
    fn rejects_numbers_and_names_that_are_not_named_dates() {
        check(
            "
            30. Jahrestag            |
            ab September 16 Euro     |
            October 3 people         |
            3:1                      |
            3,1 Prozent              |
            Seite 12                 |
            1. FC Köln               |
            auf Platz 3.             |
            Artikel 3. Absatz        |
            42                       |
            2024                     |
            2024 war ein gutes Jahr  |
            seit 2024 Euro           |
            bis 2030 Menschen        |
            seit 2015 10 Prozent     |
            bis 2030,5               |
            in 2024 %                |
            seit 999                 |
            seit 2500                |
            in 2014 BC               |
            im Jahr 44 v. Chr.       |
            seit 1000 v. Chr.        |
            von 2010 Teilnehmern     |
            May                      |
            Theresa May              |
            March                    |
            the march 3 people       |
            Mars 2020                |
            Jan 2024                 |
            32. Oktober              |
            32. Oktober 2024         |
            31. Februar 2024         |
            May 3.5 percent          |
            6,107.31 August          |
            Oktoberfest 2024         | 2024 = 2024
            3октября 2024            |
            3 оctober 2024           | 2024 = 2024
            3 Оktober                |
            Mаy 2024                 | 2024 = 2024
            1990x                    |
            1995er                   |
            ",
        );
    }
}
