//! Values: what a date mention means (a day, a month, a year, a decade), its resolution
//! against the reference date, and its rendering as an ISO 8601 / TIMEX3 string.
//!
//! The rule files build a [`Value`]; only this file knows how a value is written, and only
//! this file decides which calendar day a weekday or a date without a year stands for. It
//! does not know the current time: the reference date is passed in.

use jiff::civil::{Date, Weekday};

use super::tense::Lean;

/// Smallest year accepted anywhere.
pub(super) const YEAR_MIN: i16 = 1000;
/// Largest year accepted anywhere.
pub(super) const YEAR_MAX: i16 = 2100;

/// Whether `y` is a year the rules accept (1000–2100).
pub(super) fn is_year(y: i16) -> bool {
    (YEAR_MIN..=YEAR_MAX).contains(&y)
}

/// How fine a date mention is: the unit of its value (`day` for "3. Oktober 2024", `month`
/// for "Oktober 2024"). An interval has the grain of its ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Grain {
    /// A clock time ("um 8:30", "3. Oktober um 15 Uhr").
    Time,
    /// A calendar day.
    Day,
    /// A calendar week ("letzte Woche").
    Week,
    /// A month.
    Month,
    /// A season ("Herbst 1940").
    Season,
    /// A year.
    Year,
    /// A decade ("die 1990er Jahre").
    Decade,
    /// A century ("im 19. Jahrhundert").
    Century,
}

impl Grain {
    /// The name used in output: `time`, `day`, `week`, `month`, `season`, `year`, `decade`,
    /// `century`.
    pub fn as_str(self) -> &'static str {
        match self {
            Grain::Time => "time",
            Grain::Day => "day",
            Grain::Week => "week",
            Grain::Month => "month",
            Grain::Season => "season",
            Grain::Year => "year",
            Grain::Decade => "decade",
            Grain::Century => "century",
        }
    }
}

/// What a date mention says about the *anchor year*, the year a later date without one takes
/// (see the [module docs](super)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateYear {
    /// The mention writes out this year ("3. Oktober 2024"): it is the anchor of the dates
    /// after it.
    Writes(i16),
    /// The mention has no year and found no anchor before it in the text it was found in, so
    /// its year came from the reference date or is `XXXX`. A caller that knows an earlier year
    /// of the same document (the windows of a long document) may give it that year with
    /// [`reanchor`].
    Wants,
    /// Neither: a relative date, a decade, or a day that took the anchor year.
    Neither,
}

/// What the date rules know about a date mention beside its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DateInfo {
    /// How fine the date is.
    pub grain: Grain,
    /// Its part in the anchor year of later dates.
    pub year: DateYear,
}

/// A time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Clock {
    hour: i8,
    minute: i8,
    second: Option<i8>,
}

impl Clock {
    /// Whether the clock is later than `other` on the same day.
    pub(super) fn after(self, other: Clock) -> bool {
        (self.hour, self.minute, self.second) > (other.hour, other.minute, other.second)
    }

    /// The hour (0–24).
    pub(super) fn hour(self) -> i8 {
        self.hour
    }

    /// The same clock `hours` later.
    pub(super) fn later(self, hours: i8) -> Clock {
        Clock {
            hour: self.hour + hours,
            ..self
        }
    }

    /// A clock at `hour` (0–24), `minute` and maybe `second`.
    pub(super) fn new(hour: i8, minute: i8, second: Option<i8>) -> Clock {
        Clock {
            hour,
            minute,
            second,
        }
    }

    /// The clock read in part of the day `part` (0 morning, 1 midday, 2 afternoon, 3 evening,
    /// 4 night): "5" in the afternoon or evening is 17:00, "11" at night 23:00, "1" at midday
    /// 13:00; an hour past 12 stays.
    pub(super) fn in_part(self, part: u8) -> Clock {
        let later = match part {
            1 => (1..=5).contains(&self.hour),
            2 | 3 => (1..=11).contains(&self.hour),
            4 => (6..=11).contains(&self.hour),
            _ => false,
        };
        let hour = match (part, self.hour) {
            // "12 Uhr nachts" is midnight.
            (4, 12) => 0,
            (_, h) if later => h + 12,
            (_, h) => h,
        };
        Clock { hour, ..self }
    }
}

/// The day a clock time is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum DayBase {
    /// As [`Value::Day`].
    Ymd {
        year: Option<i16>,
        month: i8,
        day: i8,
    },
    /// As [`Value::Resolved`].
    Resolved(Date),
}

impl From<Value> for DayBase {
    /// The day of a [`Value::Day`] or [`Value::Resolved`] (others are not called with).
    fn from(v: Value) -> DayBase {
        match v {
            Value::Day { year, month, day } => DayBase::Ymd { year, month, day },
            Value::Resolved(d) => DayBase::Resolved(d),
            _ => DayBase::Resolved(Date::MIN),
        }
    }
}

impl From<DayBase> for Value {
    fn from(b: DayBase) -> Value {
        match b {
            DayBase::Ymd { year, month, day } => Value::Day { year, month, day },
            DayBase::Resolved(d) => Value::Resolved(d),
        }
    }
}

/// A normalised value before rendering.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Value {
    /// A calendar day; `year` is `None` when the text has none.
    Day {
        year: Option<i16>,
        month: i8,
        day: i8,
    },
    /// A month, of a year when the text has one.
    Month { year: Option<i16>, month: i8 },
    /// A season (0 spring … 3 winter), of a year when the text has one.
    Season { year: Option<i16>, season: u8 },
    /// A year.
    Year(i16),
    /// A decade, as its first three digits.
    Decade(i16),
    /// A century, as its first two digits ("19. Jahrhundert" is 18).
    Century(i16),
    /// A day already resolved against the reference date.
    Resolved(Date),
    /// A clock time, on a day when the text gives one.
    Time { day: Option<DayBase>, clock: Clock },
    /// An interval between two points of the same grain, both included.
    Range { from: Point, to: Point },
    /// An ISO week, from the reference date ("letzte Woche").
    Week { year: i16, week: i8 },
    /// A month or year from the reference date ("nächstes Jahr"): written like a point, but
    /// no anchor for later dates.
    Near(Point),
    /// A duration of `tenths` tenths of `unit` (0 day, 1 week, 2 month, 3 year, 4 hour,
    /// 5 minute): "drei Tage" is 30 tenths of a day, `P3D`; "anderthalb Stunden" `PT1.5H`.
    Duration { tenths: u16, unit: u8 },
}

/// An end of a [`Value::Range`]: a day, a month or a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Point {
    /// As [`Value::Day`] or [`Value::Resolved`].
    Day(DayBase),
    /// As [`Value::Month`].
    Month { year: Option<i16>, month: i8 },
    /// As [`Value::Year`].
    Year(i16),
    /// As [`Value::Time`]: the ends of a span of clock times on one day ("9:30 - 11:00").
    Time { day: Option<DayBase>, clock: Clock },
}

impl Point {
    /// The point `v` is, if it can end a range.
    pub(super) fn of(v: Value) -> Option<Point> {
        match v {
            Value::Day { .. } | Value::Resolved(_) => Some(Point::Day(v.into())),
            Value::Month { year, month } => Some(Point::Month { year, month }),
            Value::Year(y) => Some(Point::Year(y)),
            _ => None,
        }
    }

    /// Whether `self` and `to` have the same grain and `to` is not before `self` as far as the
    /// text says (a missing year is the other end's).
    pub(super) fn precedes(self, to: Point) -> bool {
        let ymd = |b: DayBase| match b {
            DayBase::Ymd { year, month, day } => (year, month, day),
            DayBase::Resolved(d) => (Some(d.year()), d.month(), d.day()),
        };
        match (self, to) {
            (Point::Day(a), Point::Day(b)) => {
                let ((ya, ma, da), (yb, mb, db)) = (ymd(a), ymd(b));
                match (ya, yb) {
                    (Some(ya), Some(yb)) => (ya, ma, da) <= (yb, mb, db),
                    _ => (ma, da) <= (mb, db),
                }
            }
            (Point::Month { year: ya, month: a }, Point::Month { year: yb, month: b }) => {
                match (ya, yb) {
                    (Some(ya), Some(yb)) => (ya, a) <= (yb, b),
                    _ => a <= b,
                }
            }
            (Point::Year(a), Point::Year(b)) => a <= b,
            _ => false,
        }
    }
}

impl From<Point> for Value {
    fn from(p: Point) -> Value {
        match p {
            Point::Day(b) => b.into(),
            Point::Month { year, month } => Value::Month { year, month },
            Point::Year(y) => Value::Year(y),
            Point::Time { day, clock } => Value::Time { day, clock },
        }
    }
}

impl Value {
    /// The year the text writes out, if any: it becomes the anchor of the dates after it.
    pub(super) fn explicit_year(self) -> Option<i16> {
        match self {
            Value::Day { year, .. } | Value::Month { year, .. } | Value::Season { year, .. } => {
                year
            }
            Value::Year(year) => Some(year),
            Value::Time { day: Some(d), .. } => Value::from(d).explicit_year(),
            Value::Range { from, to } => Value::from(to)
                .explicit_year()
                .or(Value::from(from).explicit_year()),
            Value::Decade(_)
            | Value::Century(_)
            | Value::Resolved(_)
            | Value::Time { .. }
            | Value::Week { .. }
            | Value::Near(_)
            | Value::Duration { .. } => None,
        }
    }

    /// The month the value names, if it names one (of its end, for an interval).
    pub(super) fn month(self) -> Option<i8> {
        match self {
            Value::Day { month, .. } | Value::Month { month, .. } => Some(month),
            Value::Time {
                day: Some(DayBase::Ymd { month, .. }),
                ..
            } => Some(month),
            Value::Range { to, .. } => Value::from(to).month(),
            _ => None,
        }
    }

    /// Whether the value lacks a year that an anchor would give it.
    pub(super) fn wants_year(self) -> bool {
        if let Value::Range { to, .. } = self {
            return Value::from(to).wants_year();
        }
        matches!(
            self,
            Value::Day { year: None, .. }
                | Value::Month { year: None, .. }
                | Value::Season { year: None, .. }
                | Value::Time {
                    day: Some(DayBase::Ymd { year: None, .. }),
                    ..
                }
        )
    }

    /// How fine the value is.
    pub(super) fn grain(self) -> Grain {
        match self {
            Value::Day { .. } | Value::Resolved(_) => Grain::Day,
            Value::Month { .. } => Grain::Month,
            Value::Season { .. } => Grain::Season,
            Value::Year(_) => Grain::Year,
            Value::Decade(_) => Grain::Decade,
            Value::Century(_) => Grain::Century,
            Value::Time { .. } => Grain::Time,
            Value::Range { to, .. } | Value::Near(to) => Value::from(to).grain(),
            Value::Week { .. } => Grain::Week,
            // A duration's grain is its unit's.
            Value::Duration { unit, .. } => match unit {
                0 => Grain::Day,
                1 => Grain::Week,
                2 => Grain::Month,
                3 => Grain::Year,
                _ => Grain::Time,
            },
        }
    }
}

/// Gives a date without a year, rendered as `value` ("XXXX-10-03", "2025-10-03"), the year
/// `year` when the date exists in it; returns whether it did. For values whose
/// [`DateInfo::year`] is [`DateYear::Wants`].
pub fn reanchor(value: &mut String, year: i16) -> bool {
    if let Some((a, b)) = value.split_once('/') {
        let (mut a, mut b) = (a.to_string(), b.to_string());
        if reanchor(&mut a, year) && reanchor(&mut b, year) {
            *value = format!("{a}/{b}");
            return true;
        }
        return false;
    }
    let b = value.as_bytes();
    if b.len() < 7 || b[4] != b'-' || !(0..=9999).contains(&year) {
        return false;
    }
    let two = |i: usize| -> Option<i8> {
        let d = b.get(i..i + 2)?;
        d.iter()
            .all(u8::is_ascii_digit)
            .then(|| ((d[0] - b'0') * 10 + (d[1] - b'0')) as i8)
    };
    if SEASON_CODES.contains(&&value[5..]) {
        let mut y = String::with_capacity(4);
        push_digits(&mut y, year, 4);
        value.replace_range(..4, &y);
        return true;
    }
    let Some(month) = two(5) else {
        return false;
    };
    let day = if b.get(7) == Some(&b'-') {
        two(8)
    } else {
        Some(1)
    };
    if day.is_none_or(|d| Date::new(year, month, d).is_err()) {
        return false;
    }
    let mut y = String::with_capacity(4);
    push_digits(&mut y, year, 4);
    value.replace_range(..4, &y);
    true
}

/// Which way a lone weekday points from the reference date.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(super) enum WeekdayDirection {
    /// The most recent such day, the reference itself included.
    OnOrBefore,
    /// The last such day strictly before the reference.
    Before,
    /// The first such day strictly after the reference.
    After,
    /// The first such day on or after the reference ("this Friday", "diesen Freitag").
    OnOrAfter,
    /// That day of the calendar week after the reference's ("next Friday" in English).
    NextWeek,
    /// That day of the calendar week before the reference's ("last Friday" in English).
    LastWeek,
}

impl WeekdayDirection {
    /// How many directions there are (the slots of a cache by direction).
    pub(super) const COUNT: usize = 6;
}

/// Whether day/month exist in `year`, or in some year (a leap year) when there is none.
pub(super) fn valid_day(year: Option<i16>, month: i8, day: i8) -> bool {
    Date::new(year.unwrap_or(2000), month, day).is_ok()
}

/// The day `offset` days from `reference` ("gestern" is −1); `None` off the calendar.
pub(super) fn shift_days(reference: Date, offset: i8) -> Option<Date> {
    reference.checked_add(jiff::Span::new().days(offset)).ok()
}

/// The weekday `weekday` (days from Monday) that `direction` points to from `reference`.
/// Weeks are ISO weeks, Monday to Sunday.
pub(super) fn weekday_from(
    reference: Date,
    weekday: i8,
    direction: WeekdayDirection,
) -> Option<Date> {
    let weekday = Weekday::from_monday_zero_offset(weekday).ok()?;
    match direction {
        WeekdayDirection::OnOrBefore => reference.tomorrow().ok()?.nth_weekday(-1, weekday),
        WeekdayDirection::Before => reference.nth_weekday(-1, weekday),
        WeekdayDirection::After => reference.nth_weekday(1, weekday),
        WeekdayDirection::OnOrAfter => reference.yesterday().ok()?.nth_weekday(1, weekday),
        WeekdayDirection::NextWeek | WeekdayDirection::LastWeek => {
            let weeks = if direction == WeekdayDirection::NextWeek {
                7
            } else {
                -7
            };
            let offset = i64::from(weekday.to_monday_zero_offset())
                - i64::from(reference.weekday().to_monday_zero_offset())
                + weeks;
            reference.checked_add(jiff::Span::new().days(offset))
        }
    }
    .ok()
}

/// The date with `month` and `day` in ref−1, ref or ref+1 that lies nearest to `reference`;
/// on a tie the earlier one, since news mostly reports the recent past. `None` when none
/// exists (29 February far from a leap year).
pub(super) fn nearest_year(reference: Date, month: i8, day: i8) -> Option<Date> {
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

/// `value` as a TIMEX3 string. A day without a year takes the `anchor` year (the last year
/// the text wrote out before it, as HeidelTime does for narratives: "16. Dezember" in a
/// paragraph on 1941 is 1941-12-16) when there is one and the day exists in it, else the
/// nearest year to `reference`, else "XXXX".
pub(super) fn render(
    value: Value,
    reference: Option<Date>,
    anchor: Option<i16>,
    lean: Lean,
) -> String {
    // By hand rather than with `format!`: one exact allocation, no formatting machinery.
    let mut s = String::with_capacity(10);
    push_value(
        &mut s,
        value,
        &Context {
            reference,
            anchor,
            lean,
        },
    );
    s
}

/// What a value without a year is resolved with (see [`render`]).
struct Context {
    reference: Option<Date>,
    anchor: Option<i16>,
    lean: Lean,
}

/// Appends the rendering of `value` (see [`render`]).
fn push_value(s: &mut String, value: Value, cx: &Context) {
    let (reference, anchor) = (cx.reference, cx.anchor);
    match value {
        Value::Day {
            year: Some(y),
            month,
            day,
        } => push_ymd(s, y, month, day),
        Value::Day {
            year: None,
            month,
            day,
        } => match anchor
            .and_then(|y| Date::new(y, month, day).ok())
            .or_else(|| reference.and_then(|r| year_for(r, month, day, cx.lean)))
        {
            Some(d) => push_ymd(s, d.year(), d.month(), d.day()),
            None => {
                s.push_str("XXXX-");
                push_digits(s, month.into(), 2);
                s.push('-');
                push_digits(s, day.into(), 2);
            }
        },
        Value::Month { year, month } => {
            let fallback = reference.map(|r| match cx.lean {
                Lean::Past => nearest_month_year(r, month),
                // The month itself or the next one of its name.
                Lean::Future if month < r.month() => r.year() + 1,
                Lean::Future => r.year(),
            });
            push_year(s, year, anchor, fallback);
            s.push('-');
            push_digits(s, month.into(), 2);
        }
        Value::Season { year, season } => {
            push_year(s, year, anchor, reference.map(|r| r.year()));
            s.push('-');
            s.push_str(SEASON_CODES[usize::from(season & 3)]);
        }
        Value::Year(y) => push_digits(s, y, 4),
        Value::Decade(d) => {
            push_digits(s, d, 3);
            s.push('X');
        }
        Value::Century(c) => {
            push_digits(s, c, 2);
            s.push_str("XX");
        }
        Value::Resolved(d) => push_ymd(s, d.year(), d.month(), d.day()),
        Value::Range { from, to } => {
            // A day without a year takes the year of the other end ("3.–5. Mai 2024").
            let year = Value::from(to)
                .explicit_year()
                .or(Value::from(from).explicit_year());
            let fill = |p: Point| match p {
                Point::Day(DayBase::Ymd {
                    year: None,
                    month,
                    day,
                }) if year.is_some() => Point::Day(DayBase::Ymd { year, month, day }),
                Point::Month { year: None, month } if year.is_some() => {
                    Point::Month { year, month }
                }
                p => p,
            };
            push_value(s, fill(from).into(), cx);
            s.push('/');
            push_value(s, fill(to).into(), cx);
        }
        Value::Week { year, week } => {
            push_digits(s, year, 4);
            s.push_str("-W");
            push_digits(s, week.into(), 2);
        }
        Value::Near(p) => push_value(s, p.into(), cx),
        Value::Duration { tenths, unit } => {
            s.push('P');
            if unit >= 4 {
                s.push('T');
            }
            let mut digits = itoa::Buffer::new();
            s.push_str(digits.format(tenths / 10));
            if tenths % 10 != 0 {
                s.push('.');
                s.push(char::from(b'0' + (tenths % 10) as u8));
            }
            s.push(char::from(b"DWMYHM"[usize::from(unit.min(5))]));
        }
        Value::Time { day, clock } => {
            if let Some(day) = day {
                push_value(s, day.into(), cx);
            }
            s.push('T');
            push_digits(s, clock.hour.into(), 2);
            s.push(':');
            push_digits(s, clock.minute.into(), 2);
            if let Some(sec) = clock.second {
                s.push(':');
                push_digits(s, sec.into(), 2);
            }
        }
    }
}

/// The date with `month` and `day` that `lean` points to from `reference`: the nearest
/// ([`nearest_year`]) for the past, the first on or after the reference for the future.
fn year_for(reference: Date, month: i8, day: i8, lean: Lean) -> Option<Date> {
    match lean {
        Lean::Past => nearest_year(reference, month, day),
        Lean::Future => (reference.year()..=reference.year() + 4)
            .filter_map(|y| Date::new(y, month, day).ok())
            .find(|&d| d >= reference),
    }
}

/// The date with `month` and `day` that falls on `weekday` (days from Monday) in the year
/// nearest to `reference`, up to three years away ("Sonntag, 10. Februar" with reference
/// 2013-02-12 is 2013-02-10).
pub(super) fn year_of_weekday(reference: Date, month: i8, day: i8, weekday: i8) -> Option<Date> {
    let weekday = Weekday::from_monday_zero_offset(weekday).ok()?;
    let y = reference.year();
    (y.saturating_sub(3)..=y.saturating_add(3))
        .filter_map(|year| Date::new(year, month, day).ok())
        .filter(|d| d.weekday() == weekday)
        .min_by_key(|d| d.duration_since(reference).as_secs().abs())
}

/// TIMEX3 season codes, spring to winter.
const SEASON_CODES: [&str; 4] = ["SP", "SU", "FA", "WI"];

/// The year of month `month` in ref−1, ref or ref+1 nearest to `reference` (by months; a tie
/// goes to the earlier).
fn nearest_month_year(reference: Date, month: i8) -> i16 {
    let here = i32::from(reference.month());
    let m = i32::from(month);
    let y = reference.year();
    if m - here >= 6 {
        y - 1
    } else if here - m > 6 {
        y + 1
    } else {
        y
    }
}

/// Appends a year: `year`, else `anchor`, else `fallback()` (from the reference), else "XXXX".
fn push_year(s: &mut String, year: Option<i16>, anchor: Option<i16>, fallback: Option<i16>) {
    match year.or(anchor).or(fallback) {
        Some(y) => push_digits(s, y, 4),
        None => s.push_str("XXXX"),
    }
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
    use jiff::civil::date;

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
    fn renders_each_kind_of_value() {
        let day = |year| Value::Day {
            year,
            month: 10,
            day: 3,
        };
        let r = Some(date(2025, 12, 13));
        let table: &[(Value, Option<Date>, &str)] = &[
            (day(Some(2024)), None, "2024-10-03"),
            (day(None), None, "XXXX-10-03"),
            (day(None), r, "2025-10-03"),
            (
                Value::Month {
                    year: Some(987),
                    month: 1,
                },
                None,
                "0987-01",
            ),
            (
                Value::Month {
                    year: None,
                    month: 1,
                },
                r,
                "2026-01",
            ),
            (
                Value::Month {
                    year: None,
                    month: 6,
                },
                r,
                "2025-06",
            ),
            (
                Value::Season {
                    year: Some(1940),
                    season: 2,
                },
                None,
                "1940-FA",
            ),
            (
                Value::Season {
                    year: None,
                    season: 1,
                },
                None,
                "XXXX-SU",
            ),
            (Value::Year(2024), None, "2024"),
            (Value::Decade(199), None, "199X"),
            (Value::Century(18), None, "18XX"),
            (Value::Resolved(date(-5, 1, 2)), None, "-0005-01-02"),
        ];
        for &(value, reference, want) in table {
            assert_eq!(
                render(value, reference, None, Lean::Past),
                want,
                "{value:?}"
            );
        }
        for (before, year, after) in [
            ("XXXX-10-03", 1941, "1941-10-03"),
            ("2025-10-03", 1941, "1941-10-03"),
            ("XXXX-02-29", 1941, "XXXX-02-29"),
            ("XXXX-10", 987, "0987-10"),
            ("XXXX-SU", 1940, "1940-SU"),
            ("XXXX-05-03/XXXX-05-05", 1940, "1940-05-03/1940-05-05"),
            ("2025", 1941, "2025"),
        ] {
            let mut v = before.to_string();
            reanchor(&mut v, year);
            assert_eq!(v, after);
        }
        // The anchor year wins over the reference, unless the day is not in it.
        assert_eq!(render(day(None), r, Some(1941), Lean::Past), "1941-10-03");
        let leap = Value::Day {
            year: None,
            month: 2,
            day: 29,
        };
        assert_eq!(render(leap, None, Some(1941), Lean::Past), "XXXX-02-29");
    }

    #[test]
    fn weekdays_point_back_by_default() {
        // 2025-12-13 is a Saturday; weekday 5 is Saturday, 0 Monday.
        let r = date(2025, 12, 13);
        let table = [
            (5, WeekdayDirection::OnOrBefore, date(2025, 12, 13)),
            (5, WeekdayDirection::Before, date(2025, 12, 6)),
            (0, WeekdayDirection::OnOrBefore, date(2025, 12, 8)),
            (0, WeekdayDirection::After, date(2025, 12, 15)),
            (5, WeekdayDirection::OnOrAfter, date(2025, 12, 13)),
            (0, WeekdayDirection::NextWeek, date(2025, 12, 15)),
            (6, WeekdayDirection::NextWeek, date(2025, 12, 21)),
            (6, WeekdayDirection::LastWeek, date(2025, 12, 7)),
            (2, WeekdayDirection::LastWeek, date(2025, 12, 3)),
        ];
        for (weekday, direction, want) in table {
            assert_eq!(weekday_from(r, weekday, direction), Some(want));
        }
        assert_eq!(shift_days(Date::MAX, 1), None);
    }
}
