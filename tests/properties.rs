//! Properties over arbitrary text: the extractor never panics and every span is valid, and the
//! tokenizer's fast paths agree with the plain definitions of its tokens and hashes.

use gazette::token::reference::check_tokens;
use gazette::ExtractorBuilder;
use proptest::prelude::*;

fn check_spans(text: &str) {
    static EXTRACTOR: std::sync::OnceLock<gazette::Extractor> = std::sync::OnceLock::new();
    let extractor = EXTRACTOR.get_or_init(|| ExtractorBuilder::new().build());
    let ms = extractor.extract(text, Some(jiff::civil::date(2025, 12, 13)));
    let mut last_end = 0;
    for m in &ms {
        assert!(m.span.start >= last_end, "sorted and disjoint: {ms:?}");
        assert!(m.span.start < m.span.end && m.span.end <= text.len());
        assert_eq!(&text[m.span.start..m.span.end], m.text);
        assert_eq!(text[..m.span.start].chars().count(), m.span.char_start);
        assert_eq!(m.span.char_end - m.span.char_start, m.text.chars().count());
        last_end = m.span.end;
    }
}

/// Bytes of every kind the issue names: letters of several scripts, combining marks, emoji with
/// zero-width joiners, right-to-left text and marks, NUL, and bytes that are not UTF-8.
fn hostile_bytes() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        Just(b"Frankreich ".to_vec()),
        Just("Москва ".as_bytes().to_vec()),
        Just("北京 ".as_bytes().to_vec()),
        Just("القاهرة ".as_bytes().to_vec()),
        Just("\u{200F}\u{202E}".as_bytes().to_vec()),
        Just("👩\u{200D}👩\u{200D}👧 ".as_bytes().to_vec()),
        Just("e\u{0301}\u{0308}".as_bytes().to_vec()),
        Just(b"\0".to_vec()),
        Just(b"\xff\xfe\xc3".to_vec()),
        Just(b"3. Oktober 2024 ".to_vec()),
        Just(b"Emmanuel Macron. Macron ".to_vec()),
        any::<u8>().prop_map(|b| vec![b]),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn hostile_bytes_give_valid_spans_and_the_same_output_twice(bytes in hostile_bytes()) {
        let text = String::from_utf8_lossy(&bytes);
        check_spans(&text);
        let extractor = ExtractorBuilder::new().build();
        let once = format!("{:?}", extractor.extract(&text, None));
        prop_assert_eq!(once, format!("{:?}", extractor.extract(&text, None)));
    }

    #[test]
    fn never_panics_on_arbitrary_text(text in "\\PC{0,200}") {
        check_spans(&text);
    }

    #[test]
    fn tokens_agree_with_their_definition(text in "\\PC{0,200}") {
        check_tokens(&text);
    }

    #[test]
    fn tokens_agree_with_their_definition_in_latin_text(
        text in "([A-Za-z0-9]{0,20}(ä|Ü|ß|É|’|д)?[A-Za-z]{0,12}[sSnN]?[ ,.\\n–-]{1,2}){0,30}"
    ) {
        check_tokens(&text);
    }

    #[test]
    fn never_panics_on_newsy_text(
        words in prop::collection::vec(prop_oneof![
            Just("Frankreich"), Just("Frankreichs"), Just("der"), Just("Vereinten"), Just("Nationen"),
            Just("3."), Just("Oktober"), Just("2024"), Just("-"), Just("US"), Just("Macron"),
            Just("Emmanuel"), Just("Peter"), Just("Müller"), Just("ÄGYPTEN"), Just("Казахстан"),
            Just("12.10.2024"), Just("3:1"), Just(","), Just("am"), Just("Mai"), Just("\u{0308}"),
        ], 0..40)
    ) {
        check_spans(&words.join(" "));
        check_spans(&words.concat());
    }
}

/// The input with which the `extract` fuzz target found two organisations sharing a word (an
/// organisation's head word taking in the cities before it reached into the organisation
/// before them): mentions must stay disjoint.
#[test]
fn r8_fuzz_input_of_overlapping_organisations() {
    let data = include_bytes!("fixtures/regression/issue_8_overlapping_organisations.bin");
    let text = gazette::input::decode(data.to_vec());
    check_spans(&text);
}
