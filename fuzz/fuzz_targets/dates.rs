//! Fuzz target: the date finders on arbitrary text, with and without a reference date taken from
//! the input. They never panic; every date candidate lies on token boundaries inside the text,
//! candidates come in order without overlapping, and every value is well formed (digits, `X`,
//! `-`, and the letters of TIMEX3 seasons and weeks).
//!
//! Run from `fuzz/`: `RUSTC_BOOTSTRAP=1 cargo fuzz run dates` (see `extract.rs`).
#![no_main]

use gazette::dates::find_dates;
use gazette::token::tokenize;
use jiff::civil::Date;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (head, rest) = data.split_at(data.len().min(3));
    let text = String::from_utf8_lossy(rest);
    // Three bytes pick a reference date (or none) between years 1 and 9999.
    let reference = (head.len() == 3 && head[0] & 1 == 1).then(|| {
        let year = 1 + (u16::from_le_bytes([head[1], head[0]]) % 9999) as i16;
        let month = 1 + (head[2] % 12) as i8;
        let day = 1 + (head[2] / 12 % 28) as i8;
        Date::new(year, month, day).expect("a valid date")
    });
    let mut tokens = Vec::new();
    tokenize(&text, &mut tokens);
    let mut dates = Vec::new();
    find_dates(&text, &tokens, reference, &mut dates);
    let starts: Vec<usize> = tokens.iter().map(|t| t.start).collect();
    let ends: Vec<usize> = tokens.iter().map(|t| t.end).collect();
    let mut last_end = 0;
    for d in &dates {
        assert!(d.start >= last_end && d.start < d.end && d.end <= text.len(), "{d:?}");
        assert!(starts.binary_search(&d.start).is_ok(), "{d:?} starts inside a token");
        assert!(ends.binary_search(&d.end).is_ok(), "{d:?} ends inside a token");
        assert!(
            !d.value.is_empty()
                && d.value.chars().all(|c| c.is_ascii_alphanumeric() || "-:/".contains(c)),
            "{d:?}"
        );
        last_end = d.end;
    }
});
