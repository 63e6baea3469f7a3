//! Fuzz target: the extractor never panics on any bytes, every mention's span is valid, and the
//! tokenizer's fast paths agree with the plain definitions of its tokens and hashes
//! (`gazette::token::reference`, shared with the property tests).
//!
//! Run with `cargo install cargo-fuzz`, then from `fuzz/`: `cargo +nightly fuzz run extract`, or
//! on a stable toolchain `RUSTC_BOOTSTRAP=1 cargo fuzz run extract` (libFuzzer's instrumentation
//! needs nightly flags).
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static EXTRACTOR: OnceLock<gazette::Extractor> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let extractor = EXTRACTOR.get_or_init(|| gazette::ExtractorBuilder::new().build());
    let text = gazette::input::decode(data.to_vec());
    let reference = Some(jiff::civil::date(2025, 12, 13));
    let mut last_end = 0;
    for m in extractor.extract(&text, reference) {
        assert!(m.span.start >= last_end && m.span.start < m.span.end);
        assert_eq!(&text[m.span.start..m.span.end], m.text);
        last_end = m.span.end;
    }
    gazette::token::reference::check_tokens(&text);
});
