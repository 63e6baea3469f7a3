//! Fuzz target: extractors built from fuzzed user gazetteers one after another on one thread
//! (issue 13: a per-thread walk memo outlived its gazetteer and replayed its states in the next
//! one's transducer).
//!
//! The input is cut at NUL bytes into pairs of (gazetteer rows, text). For each pair, in order:
//! the rows (after a fixed `type,canonical,aliases,id` header) are loaded as the CLI loads a
//! `--gazetteer` file, compiled with `Gazetteer::from_entries`, and an extractor without the
//! built-in gazetteers is built; it extracts this pair's text and the previous pair's, every
//! mention's span must lie on char boundaries with `text == &doc[start..end]`, and the extractor
//! is dropped before the next is built. Rows that do not parse are skipped, not a failure.
//!
//! Run from `fuzz/`: `RUSTC_BOOTSTRAP=1 cargo fuzz run rebuild` (see `extract.rs`).
#![no_main]

use gazette::gazetteer::load::parse_reader;
use gazette::{ExtractorBuilder, Gazetteer};
use libfuzzer_sys::fuzz_target;

/// Every mention of `doc` has a valid span whose text is the document's slice.
fn check(extractor: &gazette::Extractor, doc: &str) {
    let mut last_end = 0;
    for m in extractor.extract(doc, None) {
        let s = &m.span;
        assert!(s.start >= last_end && s.start < s.end && s.end <= doc.len());
        assert!(doc.is_char_boundary(s.start) && doc.is_char_boundary(s.end));
        assert_eq!(&doc[s.start..s.end], m.text);
        last_end = s.end;
    }
}

fuzz_target!(|data: &[u8]| {
    let mut parts = data.split(|&b| b == 0);
    let mut previous = String::new();
    while let Some(rows) = parts.next() {
        let text = String::from_utf8_lossy(parts.next().unwrap_or_default()).into_owned();
        let mut csv = b"type,canonical,aliases,id\n".to_vec();
        csv.extend_from_slice(rows);
        let Ok(entries) = parse_reader(&csv[..], "fuzz.csv".as_ref()) else {
            continue;
        };
        let extractor = ExtractorBuilder::new()
            .builtin(false)
            .gazetteer(Gazetteer::from_entries(entries))
            .build();
        check(&extractor, &text);
        check(&extractor, &previous);
        previous = text;
    }
});
