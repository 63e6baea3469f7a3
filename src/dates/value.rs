//! Values: what a date mention means (a day, a month, a year, a decade), its resolution
//! against the reference date, and its rendering as an ISO 8601 / TIMEX3 string.
//!
//! The rule files build a [`Value`]; only this file knows how a value is written, and only
//! this file decides which calendar day a weekday or a date without a year stands for. It
//! does not know the current time: the reference date is passed in.

use jiff::civil::{Date, Weekday};

/// Smallest year accepted anywhere.
pub(super) const YEAR_MIN: i16 = 1000;
/// Largest year accepted anywhere.
pub(super) const YEAR_MAX: i16 = 2100;

/// Whether `y` is a year the rules accept (1000–2100).
pub(super) fn is_year(y: i16) -> bool {
    (YEAR_MIN..=YEAR_MAX).contains(&y)
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
    /// A month of a year.
    Month { year: i16, month: i8 },
    /// A year.
    Year(i16),
    /// A decade, as its first three digits.
    Decade(i16),
    /// A day already resolved against the reference date.
    Resolved(Date),
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
/// News reports the past, so a weekday without a modifier is the most recent one: "am
/// Montag" in a Saturday paper is five days back.
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

/// `value` as a TIMEX3 string; a day without a year takes the nearest year to `reference`,
/// or "XXXX" without one.
pub(super) fn render(value: Value, reference: Option<Date>) -> String {
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
        } => match reference.and_then(|r| nearest_year(r, month, day)) {
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
                    year: 987,
                    month: 1,
                },
                None,
                "0987-01",
            ),
            (Value::Year(2024), None, "2024"),
            (Value::Decade(199), None, "199"),
            (Value::Resolved(date(-5, 1, 2)), None, "-0005-01-02"),
        ];
        for &(value, reference, want) in table {
            assert_eq!(render(value, reference), want, "{value:?}");
        }
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
        ];
        for (weekday, direction, want) in table {
            assert_eq!(weekday_from(r, weekday, direction), Some(want));
        }
        assert_eq!(shift_days(Date::MAX, 1), None);
    }
}
