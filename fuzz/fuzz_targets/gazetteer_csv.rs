//! Fuzz target: the gazetteer loader on any bytes. Loading never panics; a file that loads
//! compiles, its warnings name lines of the file, its compiled form reads back to the same
//! bytes, and an extractor of it finds, in a text made of its own names, only mentions with
//! valid spans.
//!
//! Run from `fuzz/`: `RUSTC_BOOTSTRAP=1 cargo fuzz run gazetteer_csv` (see `extract.rs`).
#![no_main]

use gazette::gazetteer::load::parse_reader_with_warnings;
use gazette::{ExtractorBuilder, Gazetteer};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let path = "fuzz.csv".as_ref();
    let Ok(loaded) = parse_reader_with_warnings(data, path) else {
        return;
    };
    let lines = data.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
    for w in &loaded.warnings {
        assert!(w.line >= 1 && w.line <= lines, "{w}");
    }
    let text: String = loaded
        .entries
        .iter()
        .flat_map(|e| std::iter::once(&e.canonical).chain(&e.aliases))
        .map(|a| format!("{a} und {a}s. "))
        .collect();
    let gazetteer = Gazetteer::from_entries(loaded.entries);
    let bytes = gazetteer.to_bytes();
    let again = Gazetteer::from_bytes(&bytes, "fuzz.gzt".as_ref()).expect("own bytes read back");
    assert_eq!(again.to_bytes(), bytes);
    let extractor = ExtractorBuilder::new()
        .builtin(false)
        .gazetteer(again)
        .build();
    let mut last_end = 0;
    for m in extractor.extract(&text, None) {
        let s = &m.span;
        assert!(s.start >= last_end && s.start < s.end && s.end <= text.len());
        assert_eq!(&text[s.start..s.end], m.text);
        last_end = s.end;
    }
});
