//! Tables of text → expected mentions: every mention found must be listed (type and text, in
//! order), and canonical name, id and value are checked where a row gives them.

use crate::util::{mentions, JsonMention};

/// One expected mention.
#[derive(Clone, Copy, Debug)]
struct Want {
    label: &'static str,
    text: &'static str,
    canonical: Option<&'static str>,
    id: Option<&'static str>,
    value: Option<&'static str>,
}

fn m(label: &'static str, text: &'static str) -> Want {
    Want {
        label,
        text,
        canonical: None,
        id: None,
        value: None,
    }
}

impl Want {
    fn is(mut self, canonical: &'static str, id: &'static str) -> Want {
        self.canonical = Some(canonical);
        self.id = Some(id);
        self
    }
    fn value(mut self, v: &'static str) -> Want {
        self.value = Some(v);
        self
    }
}

/// Runs every case; reports all failures at once.
fn check(cases: &[(&str, &[&str], Vec<Want>)]) {
    let mut failures = Vec::new();
    for (text, args, want) in cases {
        let got = mentions(text, args);
        let got_pairs: Vec<(&str, &str)> = got
            .iter()
            .map(|g| (g.label.as_str(), g.text.as_str()))
            .collect();
        let want_pairs: Vec<(&str, &str)> = want.iter().map(|w| (w.label, w.text)).collect();
        if got_pairs != want_pairs {
            failures.push(format!(
                "{text:?}\n   got: {got_pairs:?}\n  want: {want_pairs:?}"
            ));
            continue;
        }
        for (g, w) in got.iter().zip(want) {
            if let Some(msg) = mismatch(g, w) {
                failures.push(format!("{text:?}: {msg}"));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

fn mismatch(g: &JsonMention, w: &Want) -> Option<String> {
    if let Some(c) = w.canonical {
        if g.canonical != c {
            return Some(format!(
                "{:?}: canonical {:?}, want {c:?}",
                g.text, g.canonical
            ));
        }
    }
    if let Some(id) = w.id {
        if g.id.as_deref().unwrap_or("") != id {
            return Some(format!("{:?}: id {:?}, want {id:?}", g.text, g.id));
        }
    }
    if let Some(v) = w.value {
        if g.value.as_deref() != Some(v) {
            return Some(format!("{:?}: value {:?}, want {v:?}", g.text, g.value));
        }
    }
    None
}

#[test]
fn countries_in_any_case_on_word_boundaries() {
    check(&[
        (
            // A place in lower case is no place (issue 9: "lakeside", "the villages").
            "ÄGYPTEN: In ägypten und Ägypten",
            &[],
            vec![
                m("country", "ÄGYPTEN").is("Egypt", "EG"),
                m("country", "Ägypten").is("Egypt", "EG"),
            ],
        ),
        (
            "Romane über Oman",
            &[],
            vec![m("country", "Oman").is("Oman", "OM")],
        ),
        (
            "Iranian officials met in Iran.",
            &[],
            vec![
                m("nationality", "Iranian").is("Iranian", "IR"),
                m("country", "Iran").is("Iran", "IR"),
            ],
        ),
        (
            "Kasachstan, Kazakhstan und Казахстан",
            &[],
            vec![
                m("country", "Kasachstan").is("Kazakhstan", "KZ"),
                m("country", "Kazakhstan").is("Kazakhstan", "KZ"),
                m("country", "Казахстан").is("Kazakhstan", "KZ"),
            ],
        ),
        (
            "Die Demokratische Republik Kongo grenzt an Uganda.",
            &[],
            vec![
                m("country", "Demokratische Republik Kongo")
                    .is("Democratic Republic of the Congo", "CD"),
                m("country", "Uganda").is("Uganda", "UG"),
            ],
        ),
    ]);
}

#[test]
fn short_all_caps_names_only_as_written() {
    check(&[
        (
            "Die USA und die EU. Let us go, un peu.",
            &[],
            vec![
                m("country", "USA").is("United States", "US"),
                m("organisation", "EU").is("European Union", "Q458"),
            ],
        ),
        (
            "Der US-Präsident",
            &[],
            vec![m("country", "US").is("United States", "US")],
        ),
    ]);
}

#[test]
fn german_inflection_and_compounds() {
    check(&[
        (
            "Frankreichs Präsident und Deutschlands Kanzler",
            &[],
            vec![
                m("country", "Frankreichs").is("France", "FR"),
                m("country", "Deutschlands").is("Germany", "DE"),
            ],
        ),
        (
            "ein Beschluss der Vereinten Nationen",
            &[],
            vec![m("organisation", "Vereinten Nationen").is("United Nations", "Q1065")],
        ),
        (
            "Der Ukraine-Krieg beschäftigt die Vereinigten Staaten.",
            &[],
            vec![
                m("country", "Ukraine").is("Ukraine", "UA"),
                m("country", "Vereinigten Staaten").is("United States", "US"),
            ],
        ),
    ]);
}

#[test]
fn surnames_link_to_the_full_name() {
    check(&[
        (
            "Emmanuel Macron reiste nach Berlin. Macron sagte, Macrons Plan sei gut.",
            &["--types", "person"],
            vec![
                m("person", "Emmanuel Macron").is("Emmanuel Macron", "Q3052772"),
                m("person", "Macron").is("Emmanuel Macron", "Q3052772"),
                m("person", "Macrons").is("Emmanuel Macron", "Q3052772"),
            ],
        ),
        (
            "Peter Müllerhaus sprach lange. Danach lobte Müllerhaus den Plan.",
            &["--types", "person"],
            vec![
                m("person", "Peter Müllerhaus").is("Peter Müllerhaus", ""),
                m("person", "Müllerhaus").is("Peter Müllerhaus", ""),
            ],
        ),
    ]);
}

#[test]
fn a_place_that_is_the_surname_of_a_person_of_the_story_is_that_person() {
    check(&[
        // The city Belgrano (Argentina) is the general's surname here, with a possessive too.
        (
            "Manuel Belgrano led the army. Then Belgrano 's right column broke, and Belgrano left.",
            &["--types", "person,city"],
            vec![
                m("person", "Manuel Belgrano"),
                m("person", "Belgrano").is("Manuel Belgrano", ""),
                m("person", "Belgrano").is("Manuel Belgrano", ""),
            ],
        ),
        // A company named with a possessive ("Carter's") after the person.
        (
            "Jimmy Carter played drums. After that show , Carter 's father bought a drum set.",
            &["--types", "person,organisation"],
            vec![
                m("person", "Jimmy Carter"),
                m("person", "Carter").is("Jimmy Carter", "Q23685"),
            ],
        ),
        // The document uses the name as a place: it stays one.
        (
            "Anna Merano kam an. Sie wohnt in Merano. Merano ist schön.",
            &["--types", "person,city"],
            vec![
                m("person", "Anna Merano"),
                m("city", "Merano"),
                m("city", "Merano"),
            ],
        ),
        // Without a person of that surname, the place is the place.
        (
            "The army marched from Belgrano to Rosario.",
            &["--types", "person,city"],
            vec![m("city", "Belgrano"), m("city", "Rosario")],
        ),
    ]);
}

#[test]
fn given_name_rule_needs_a_person_shaped_name() {
    check(&[
        (
            "Gestern sprach Maria von der Heide. Die einzige Art der Kahlhechtartigen.",
            &["--types", "person"],
            vec![m("person", "Maria von der Heide").is("Maria von der Heide", "")],
        ),
        (
            "The West Jersey Railroad reached the Perry Stadium near New Jersey.",
            &[],
            // "Railroad" is a head word: the railway company is an organisation.
            vec![
                m("organisation", "West Jersey Railroad"),
                m("region", "New Jersey").is("New Jersey", "US-NJ"),
            ],
        ),
    ]);
}

#[test]
fn a_title_names_a_person() {
    check(&[
        (
            "Präsident Emmanuel Macron und Präsident Frankreichs",
            &[],
            vec![
                m("person", "Emmanuel Macron").is("Emmanuel Macron", "Q3052772"),
                m("country", "Frankreichs").is("France", "FR"),
            ],
        ),
        (
            "Herr Müllerhaus widersprach. Später sagte Müllerhaus, Mr. Smithers sei schuld.",
            &["--types", "person"],
            vec![
                m("person", "Müllerhaus").is("Müllerhaus", ""),
                m("person", "Müllerhaus").is("Müllerhaus", ""),
                m("person", "Smithers").is("Smithers", ""),
            ],
        ),
    ]);
}

#[test]
fn organisations_by_head_word_or_legal_form() {
    check(&[
        (
            "Die Aktie der Müllerhaus Maschinenbau AG fiel, sagte die Freie Universität.",
            &["--types", "organisation"],
            vec![
                m("organisation", "Müllerhaus Maschinenbau AG")
                    .is("Müllerhaus Maschinenbau AG", ""),
                m("organisation", "Freie Universität"),
            ],
        ),
        (
            "He played for the Montreal Hockey Club and studied at the University of Toronto.",
            &["--types", "organisation"],
            vec![
                // The city "Montreal" is taken in by the head word's name (the resolver).
                m("organisation", "Montreal Hockey Club"),
                m("organisation", "University of Toronto"),
            ],
        ),
        // Named after a person: the head word's name takes the person in, and a head word is
        // no surname.
        (
            "Stoners v. George Washington University Hospital, et al. It made way for Mercedes College.",
            &["--types", "organisation,person"],
            vec![
                m("organisation", "George Washington University Hospital"),
                m("organisation", "Mercedes College"),
            ],
        ),
        // A known organisation is taken in too ("Generali" and "George Washington University"
        // are gazetteer entries); without a head word after it, it stands alone.
        (
            "Die Generali Versicherung zahlt, die Generali und die Deutsche Bank melden Gewinne.",
            &["--types", "organisation"],
            vec![
                m("organisation", "Generali Versicherung").is("Generali Versicherung", ""),
                m("organisation", "Generali"),
                m("organisation", "Deutsche Bank"),
            ],
        ),
        (
            "She studied at George Washington University and worked at George Washington University Hospital.",
            &["--types", "organisation"],
            vec![
                m("organisation", "George Washington University"),
                m("organisation", "George Washington University Hospital"),
            ],
        ),
    ]);
}

#[test]
fn dates_in_german_and_english() {
    check(&[
        (
            "Am 3. Oktober 2024 und am 3. Oktober.",
            &[],
            vec![
                m("date", "3. Oktober 2024").value("2024-10-03"),
                // The second takes the year of the first (the anchor year).
                m("date", "3. Oktober").value("2024-10-03"),
            ],
        ),
        (
            "Er kam am 3. Oktober.",
            &["--reference-date", "2025-12-13"],
            vec![m("date", "3. Oktober").value("2025-10-03")],
        ),
        (
            // A line without a verb (an agenda) points forward; "wird" too.
            "am 3. Oktober",
            &["--reference-date", "2025-12-13"],
            vec![m("date", "3. Oktober").value("2026-10-03")],
        ),
        (
            "Die Wahl wird am 3. Oktober sein, sagte er.",
            &["--reference-date", "2025-12-13"],
            vec![m("date", "3. Oktober").value("2026-10-03")],
        ),
        (
            "On October 3, 2024 and 3 Oct 2024; 2024-10-03, 03.10.2024, Oktober 2024.",
            &[],
            vec![
                m("date", "October 3, 2024").value("2024-10-03"),
                m("date", "3 Oct 2024").value("2024-10-03"),
                m("date", "2024-10-03").value("2024-10-03"),
                m("date", "03.10.2024").value("2024-10-03"),
                m("date", "Oktober 2024").value("2024-10"),
            ],
        ),
    ]);
}

#[test]
fn no_dates_in_numbers_that_are_not_dates() {
    check(&[
        ("Zum 30. Jahrestag", &[], vec![]),
        ("Version 2.10.3 ist da", &[], vec![]),
        ("siehe Tabelle 3.1", &[], vec![]),
        ("Das Spiel endete 3:1.", &[], vec![]),
    ]);
}

#[test]
fn other_scripts_never_break_matching() {
    check(&[
        // A Cyrillic "і" inside a Latin word: no mention, and nothing around it breaks.
        (
            "Berlіn und Frankreich",
            &[],
            vec![m("country", "Frankreich").is("France", "FR")],
        ),
        (
            "Москва: Россия и Франция",
            &[],
            vec![
                m("city", "Москва").is("Moscow", "524901"),
                m("country", "Россия").is("Russia", "RU"),
                m("country", "Франция").is("France", "FR"),
            ],
        ),
        ("日本と中国", &[], vec![]),
    ]);
}

#[test]
fn french_news() {
    check(&[(
        "Le 3 octobre 2024, la France et l’Allemagne ont saisi l'ONU.",
        &[],
        vec![
            m("date", "3 octobre 2024").value("2024-10-03"),
            m("country", "France").is("France", "FR"),
            m("country", "Allemagne").is("Germany", "DE"),
            m("organisation", "ONU").is("United Nations", "Q1065"),
        ],
    )]);
}

#[test]
fn types_filter_keeps_only_those_types() {
    check(&[(
        "Am 3. Oktober 2024 in Frankreich.",
        &["--types", "date"],
        vec![m("date", "3. Oktober 2024")],
    )]);
}

#[test]
fn offsets_on_non_ascii_text() {
    let text = "Über Ägyptens Präsidenten 🇪🇬 und Kasachstan";
    let got = mentions(text, &[]);
    let spans: Vec<_> = got
        .iter()
        .map(|g| (g.text.as_str(), g.start, g.end, g.char_start, g.char_end))
        .collect();
    assert_eq!(
        spans,
        [("Ägyptens", 6, 15, 5, 13), ("Kasachstan", 42, 52, 33, 43)]
    );
}

#[test]
fn an_acronym_defined_in_the_text_is_the_long_forms_organisation() {
    let orgs = |text| {
        mentions(text, &["--types", "organisation"])
            .iter()
            .map(|m| (m.text.clone(), m.canonical.clone()))
            .collect::<Vec<_>>()
    };
    let pair = |t: &str, c: &str| (t.to_string(), c.to_string());
    // Unknown to the gazetteers: found by the definition, linked by it.
    let long = "Bundesanstalt für Zorrowesen";
    assert_eq!(
        orgs("Die Bundesanstalt für Zorrowesen (BAZ) prüft. Die BAZ warnte."),
        [pair(long, long), pair("BAZ", long), pair("BAZ", long)]
    );
    // Known: the gazetteer's identity for all three.
    let osze = "Organization for Security and Co-operation in Europe";
    assert_eq!(
        orgs("Die Organisation für Sicherheit und Zusammenarbeit in Europa (OSZE) tagt. Die OSZE warnt.")
            .iter()
            .map(|(_, c)| c.as_str())
            .collect::<Vec<_>>(),
        [osze, osze, osze]
    );
}

#[test]
fn a_known_persons_surname_alone_is_that_person_where_a_name_stands() {
    let people = |text| {
        mentions(text, &["--types", "person"])
            .iter()
            .map(|m| (m.text.clone(), m.canonical.clone(), m.source.clone()))
            .collect::<Vec<_>>()
    };
    let row = |t: &str, c: &str, s: &str| (t.to_string(), c.to_string(), s.to_string());
    assert_eq!(
        people("Gestern sagte Merkel, dass Steinmeier komme."),
        [
            row("Merkel", "Angela Merkel", "known-surname"),
            row("Steinmeier", "Frank-Walter Steinmeier", "known-surname"),
        ]
    );
    // A noun, not a name: "in Kraft" (Hannelore Kraft is known too).
    assert!(people("Das Gesetz ist seit Montag in Kraft.").is_empty());
}

#[test]
fn a_city_or_region_carries_the_country_it_lies_in() {
    let got = mentions("Von München nach Paris.", &["--types", "city"]);
    let found: Vec<_> = got
        .iter()
        .map(|m| (m.text.as_str(), m.country.as_deref()))
        .collect();
    assert_eq!(found, [("München", Some("DE")), ("Paris", Some("FR"))]);
    // Not for other types.
    let got = mentions("Frankreich", &[]);
    assert_eq!(got[0].country, None);
}

#[test]
fn a_place_that_is_a_clubs_name_is_the_club_in_sports_context() {
    // (text, the word, its type, canonical name when it must be a given club)
    let table: &[(&str, &str, &str, Option<&str>)] = &[
        // German: sports words near the city or region make it the club.
        (
            "Bayern gewann am Samstag 3:1 gegen Hoffenheim.",
            "Bayern",
            "organisation",
            Some("FC Bayern Munich"),
        ),
        (
            "Der Trainer sah, wie Freiburg in der Bundesliga das Spiel drehte.",
            "Freiburg",
            "organisation",
            None,
        ),
        // … and without them it stays the place.
        // Outside sports context "Bayern" is the region, also after "gewann".
        (
            "Die CSU gewann die Landtagswahl in Bayern deutlich.",
            "Bayern",
            "region",
            Some("Bavaria"),
        ),
        (
            "In Freiburg regnet es seit Tagen.",
            "Freiburg",
            "city",
            None,
        ),
        // English.
        (
            "Liverpool beat Everton 2-0 to go top of the league.",
            "Liverpool",
            "organisation",
            None,
        ),
        (
            "The coach said Arsenal had scored too late in the match.",
            "Arsenal",
            "organisation",
            Some("Arsenal FC"),
        ),
        (
            "The port of Liverpool handled more cargo this year.",
            "Liverpool",
            "city",
            None,
        ),
    ];
    let mut failures = Vec::new();
    for &(text, word, label, canonical) in table {
        let got = mentions(text, &[]);
        let found = got.iter().find(|g| g.text == word);
        let ok = match found {
            None => label == "none",
            Some(g) => g.label == label && canonical.is_none_or(|c| g.canonical == c),
        };
        if !ok {
            failures.push(format!("{text:?}: {word} → {found:?}"));
        }
    }
    // A club's word that is a common word is nothing outside sports context.
    for text in [
        "Ein Arsenal an Waffen wurde gefunden.",
        "The arsenal of the army grew.",
    ] {
        let got = mentions(text, &[]);
        if got.iter().any(|g| g.text.eq_ignore_ascii_case("arsenal")) {
            failures.push(format!("{text:?}: {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn durations_are_their_own_type() {
    let text = "Er blieb drei Tage, bis zum 3. Oktober 2024, und kam vor zwei Wochen an.";
    check(&[
        (
            text,
            &["--reference-date", "2025-12-13"],
            vec![
                m("duration", "drei Tage").value("P3D"),
                m("date", "3. Oktober 2024").value("2024-10-03"),
                m("date", "vor zwei Wochen").value("2025-11-29"),
            ],
        ),
        (
            text,
            &["--types", "duration"],
            vec![m("duration", "drei Tage").value("P3D")],
        ),
        (
            text,
            &["--types", "date"],
            vec![m("date", "3. Oktober 2024").value("2024-10-03")],
        ),
    ]);
}
