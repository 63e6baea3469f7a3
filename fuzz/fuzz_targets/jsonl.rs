//! Fuzz target: the JSON Lines reader on any bytes, line by line, with and without a date field.
//! Reading never panics; a line that reads gives a document whose text the extractor matches
//! with valid spans, and whose name is `path:line`.
//!
//! Run from `fuzz/`: `RUSTC_BOOTSTRAP=1 cargo fuzz run jsonl` (see `extract.rs`).
#![no_main]

use gazette::input::jsonl::{parse_line, JsonlFields};
use gazette::ExtractorBuilder;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let extractor = ExtractorBuilder::new().build();
    let with_date = JsonlFields {
        date: Some("date".into()),
        ..JsonlFields::default()
    };
    for (k, line) in data.split(|&b| b == b'\n').enumerate() {
        let n = k as u64 + 1;
        for fields in [&JsonlFields::default(), &with_date] {
            let Ok(read) = parse_line(line, fields, "fuzz.jsonl".as_ref(), n) else {
                continue;
            };
            let doc = read.document;
            assert_eq!(doc.name, format!("fuzz.jsonl:{n}"));
            let mut last_end = 0;
            for m in extractor.extract(&doc.text, doc.reference) {
                let s = &m.span;
                assert!(s.start >= last_end && s.start < s.end && s.end <= doc.text.len());
                assert_eq!(&doc.text[s.start..s.end], m.text);
                last_end = s.end;
            }
        }
    }
});
