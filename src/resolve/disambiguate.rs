//! Stage 2 of the resolver: context rules that look at a kept candidate's neighbours and decide
//! whether it stays a mention.
//!
//! A candidate that a rule drops keeps its claim: its tokens are not looked at again (they are
//! no surname for coreference), because the words are a name, just not this one. Homograph
//! policies (Georgia, Jordan, Essen, a club named after its city) belong here.
//!
//! Today's rules:
//! - A country right after a region prefix of a pack ("New", "North", "Nord", "Neu": "New
//!   Jersey", "West Jersey", "New Mexico") is a state's or region's name, not the country.
//!   Countries named so ("New Zealand", "North Korea") are whole aliases, which lookup finds
//!   from the prefix.
//! - In English text, a city or region followed by a capitalised word is the first part of a
//!   longer name ("Boston Globe", "Texas Instruments"), not the place.
//! - A place right after an acronym ("TV Amberg", "JVA Billwerder", "AAA Durham") names an
//!   organisation of the place, not the place.
//! - In German text, a city right after an article ("zum Derby", "der Kitas", "die Toronto
//!   Raptors") is the noun or the team, not the town.
//! - In English text, a country written as a common word that is not its English name
//!   ([`foreign_common_word`]: "Island" is Iceland in German) is the word.
//! - A place in an event's or an army's name with "of" ("Battle of Fredericksburg", "Army of
//!   the Potomac") is no mention.
//! - A town or region right after a known given name is the person's surname ("Robert Downey
//!   Jr", "Max Hohenberg"; [`after_given_name`]).
//! - A city among sports words that no club list explains ([`sports_team`]: "losing to
//!   Tulsa 63-7", "played with Footscray in the VFL") is a team, and no mention.
//! - Clubs named after their city ([`sports_reading`]): a city or region that is a football
//!   club's one-word variant ("Bayern", "Liverpool", "Freiburg") is the club when sports words
//!   of the packs stand near it ("Bayern gewann 3:1", "Liverpool beat Chelsea"), and a club's
//!   variant that is a common word ("Arsenal", "Real") is the club there and nothing elsewhere.

use crate::find::lookup::Lookup;
use crate::find::Candidate;
use crate::gazetteer::Label;
use crate::lang::{self, Lang, List};
use crate::token::{Token, TokenKind};

/// Whether the kept candidate `c` stays a mention in its context; `language` is the text's
/// (guessed) language.
pub(crate) fn keeps(text: &str, tokens: &[Token], c: &Candidate, language: Option<Lang>) -> bool {
    let after_region_prefix = c.label == Label::Country
        && c.start > 0
        && lang::has(List::RegionPrefixes, tokens[c.start - 1].text(text));
    let longer_name = language == Some(Lang::En) && starts_longer_name(text, tokens, c);
    !(after_region_prefix
        || longer_name
        || after_acronym(text, tokens, c)
        || after_article(text, tokens, c, language)
        || event_of(text, tokens, c))
}

/// Whether the one-token city or region `c` stands right after a known given name, one space
/// between them ("Robert Downey Jr", "Max Hohenberg", "Yu Nan"): a surname that is also a
/// town. `given` tells whether a token is a known given name (lookup's flag).
pub(crate) fn after_given_name(
    text: &str,
    tokens: &[Token],
    c: &Candidate,
    given: impl Fn(usize) -> bool,
) -> bool {
    matches!(c.label, Label::City | Label::Region)
        && c.start == c.end
        && c.start > 0
        && given(c.start - 1)
        && tokens[c.start - 1].is_capitalised()
        && text[tokens[c.start - 1].end..tokens[c.start].start] == *" "
}

/// Whether the place `c` names an event or an army with "of" ("Battle of Fredericksburg",
/// "Army of the Potomac", the packs' `events_of`): the place there is no mention.
fn event_of(text: &str, tokens: &[Token], c: &Candidate) -> bool {
    c.label.is_place()
        && super::of_before(text, tokens, c.start)
            .is_some_and(|w| lang::has(List::EventsOf, tokens[w].text(text)))
}

/// Whether the city `c` names a team: sports words stand near it ([`in_sports_context`]) and
/// no preposition of place before it ("Footscray and North Melbourne in the VFL", "losing to
/// Tulsa 63-7", "für Astana"; "in Nürnberg" stays the town). A club that a list knows is
/// [`sports_reading`]'s; this rule knows no club and only drops the town.
pub(crate) fn sports_team(text: &str, tokens: &[Token], c: &Candidate) -> bool {
    c.label == Label::City
        && !(c.start > 0 && lang::has(List::PlacePrepositions, tokens[c.start - 1].text(text)))
        && in_sports_context(tokens, c.start)
}

/// Whether the place `c`, in English text, is written as a common word of the built-in lists
/// that is not the place's English (canonical) name: "Island" is Iceland in German, "Argentine"
/// Argentina in French, and in English both are words ("Shark Island", "the Argentine War").
pub(crate) fn foreign_common_word(
    lookup: &Lookup,
    text: &str,
    tokens: &[Token],
    c: &Candidate,
    language: Option<Lang>,
) -> bool {
    if language != Some(Lang::En) || c.label != Label::Country || c.start != c.end {
        return false;
    }
    let Some(entry) = c.entry else {
        return false;
    };
    let word = tokens[c.start].text(text);
    // Acronyms have their own case rule ("US" is no "us").
    if !word.chars().any(char::is_lowercase) {
        return false;
    }
    let mut folded = Vec::new();
    crate::token::fold_into(word, &mut folded);
    let Ok(key) = std::str::from_utf8(&folded) else {
        return false;
    };
    if !crate::gazetteer::is_common_word(key) {
        return false;
    }
    let mut canonical = Vec::new();
    crate::token::fold_into(lookup.entry(entry).canonical, &mut canonical);
    canonical != folded
}

/// Whether the city `c` stands right after an article or an article fused with a preposition
/// in German text ("zum Derby", "der Kitas", "mit zwei Siegen" is not asked): a town's name
/// there is the noun it also is; German writes a town without an article.
fn after_article(text: &str, tokens: &[Token], c: &Candidate, language: Option<Lang>) -> bool {
    if language != Some(Lang::De) || c.label != Label::City || c.start == 0 {
        return false;
    }
    let w = tokens[c.start - 1].text(text);
    // After a comma the article may be a relative pronoun ("ein Abkommen, das Moskau …").
    let relative = c.start >= 2 && tokens[c.start - 2].text(text) == ",";
    !relative && (lang::has(List::Articles, w) || ARTICLE_PREPOSITIONS.contains(&w))
}

/// German prepositions fused with an article.
const ARTICLE_PREPOSITIONS: &[&str] = &["zum", "zur", "vom", "beim", "im", "am", "ins"];

/// Whether the place `c` stands right after an acronym, one space between them on one line:
/// "TV Amberg", "JVA Billwerder", "AAA Durham" name an organisation of the place (a club, a
/// prison, a team), not the place. Roman numerals are no acronyms ("World War II Hungary").
/// The organisation is not emitted: as one mention it cost organisation precision ("MTV
/// Europe", "LS Bolzano" in classified ads).
fn after_acronym(text: &str, tokens: &[Token], c: &Candidate) -> bool {
    if !c.label.is_place() || c.start == 0 {
        return false;
    }
    let a = &tokens[c.start - 1];
    let w = a.text(text);
    a.kind == TokenKind::Word
        && (2..=4).contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_uppercase())
        && !w.bytes().all(|b| b"IVXLCDM".contains(&b))
        && text[a.end..tokens[c.start].start] == *" "
}

/// How many tokens on either side of a candidate [`sports_reading`] looks at for sports words.
const SPORTS_WINDOW: usize = 10;
/// How many sports cues must stand in that window (a score like "3:1" or "2-0" counts as two).
const SPORTS_CUES: usize = 2;

/// The packs' sports words as token hashes, sorted.
static SPORTS_WORDS: once_cell::sync::Lazy<Vec<u64>> = once_cell::sync::Lazy::new(|| {
    let mut v: Vec<u64> = lang::all_of(|w| w.sports_words)
        .map(|w| crate::token::token_hash(w.as_bytes()))
        .collect();
    v.sort_unstable();
    v.dedup();
    v
});

/// The reading of a kept candidate that a club may take ([`Lookup::sports_club`]): the club,
/// when sports words stand near it; else the candidate itself when it is a place, and None
/// (no mention) when it is a club's word that counts only in sports context. A place right
/// after a preposition of place stays the place. Any other candidate is returned as it is.
pub(crate) fn sports_reading(
    lookup: &Lookup,
    text: &str,
    tokens: &[Token],
    c: &Candidate,
) -> Option<Candidate> {
    if !matches!(c.label, Label::City | Label::Region | Label::Organisation) || c.start != c.end {
        return Some(*c);
    }
    let Some((club, own)) = lookup.sports_club(c, tokens[c.start].hash) else {
        return Some(*c);
    };
    // "das Derby in Nürnberg", "a tournament in Montreal": a place after a preposition of
    // place stays the place.
    let after_preposition =
        !own && c.start > 0 && lang::has(List::PlacePrepositions, tokens[c.start - 1].text(text));
    if !after_preposition && in_sports_context(tokens, c.start) {
        Some(Candidate {
            label: Label::Organisation,
            entry: Some(club),
            ..*c
        })
    } else if own {
        None
    } else {
        Some(*c)
    }
}

/// Whether at least [`SPORTS_CUES`] sports cues stand within [`SPORTS_WINDOW`] tokens of
/// token `k`: words of the packs' sports lists, and scores ("3:1", "2-0": one digit, a colon or
/// hyphen, one digit, no spaces), which count twice.
fn in_sports_context(tokens: &[Token], k: usize) -> bool {
    let lo = k.saturating_sub(SPORTS_WINDOW);
    let hi = (k + SPORTS_WINDOW + 1).min(tokens.len());
    let words = &*SPORTS_WORDS;
    let mut cues = 0;
    for i in lo..hi {
        let t = &tokens[i];
        cues += match t.kind {
            TokenKind::Word if i != k && words.binary_search(&t.hash).is_ok() => 1,
            TokenKind::Number if is_score(tokens, i) => 2,
            _ => 0,
        };
        if cues >= SPORTS_CUES {
            return true;
        }
    }
    false
}

/// Whether token `i` (a number) opens a score: "3:1", "2-0".
fn is_score(tokens: &[Token], i: usize) -> bool {
    let (Some(sep), Some(b)) = (tokens.get(i + 1), tokens.get(i + 2)) else {
        return false;
    };
    let a = &tokens[i];
    a.end - a.start == 1
        && sep.kind == TokenKind::Punct
        && sep.start == a.end
        && sep.end - sep.start == 1
        && b.kind == TokenKind::Number
        && b.start == sep.end
        && b.end - b.start == 1
        && (sep.hash == crate::token::token_hash(b":")
            || sep.hash == crate::token::token_hash(b"-"))
}

/// Whether a city or region is the first part of a longer capitalised name: "Boston Globe",
/// "Texas Instruments", "Chelsea Football Club". Only asked of English text, where a capitalised
/// word after a place is a name; in German every noun is capitalised ("Berlin Anfang Mai" is no
/// name), and there the rule cost recall for nothing (GermEval LOC F1 0.763 → 0.751).
fn starts_longer_name(text: &str, tokens: &[Token], c: &Candidate) -> bool {
    if !matches!(c.label, Label::City | Label::Region) {
        return false;
    }
    let Some(next) = tokens.get(c.end + 1) else {
        return false;
    };
    let end = tokens[c.end].end;
    next.kind == TokenKind::Word
        && next.is_capitalised()
        && next.start > end
        && !text[end..next.start].contains('\n')
        && !lang::is_month_or_weekday(next.text(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::find::{EntryId, Priority, Strength};
    use crate::span::Origin;
    use crate::token::tokenize;
    use std::cmp::Reverse;

    /// Whether a one-token candidate with `label` at token `k` of `text` stays a mention.
    fn kept(text: &str, k: usize, label: Label, language: Option<Lang>) -> bool {
        let mut tokens = Vec::new();
        tokenize(text, &mut tokens);
        let c = Candidate {
            anchor: k,
            start: k,
            end: k,
            label,
            entry: Some(EntryId { layer: 0, index: 0 }),
            origin: Origin::Gazetteer,
            priority: Priority::Name {
                end: k,
                strength: Strength::Exact(Reverse(0)),
            },
        };
        keeps(text, &tokens, &c, language)
    }

    #[test]
    fn countries_after_a_region_prefix_are_dropped() {
        // (text, token of the candidate, label, kept)
        let table = [
            ("New Jersey", 1, Label::Country, false),
            ("West Jersey Railroad", 1, Label::Country, false),
            ("Nord Zypern", 1, Label::Country, false),
            ("in Jersey", 1, Label::Country, true),
            ("new Jersey", 1, Label::Country, true),
            ("New Jersey", 1, Label::Organisation, true),
            ("Jersey", 0, Label::Country, true),
        ];
        for (text, k, label, want) in table {
            assert_eq!(kept(text, k, label, None), want, "{text}");
        }
    }

    #[test]
    fn a_place_right_after_an_acronym_is_dropped() {
        // (text, token of the place, label, kept)
        let table = [
            ("beim TV Amberg", 2, Label::City, false),
            ("in der JVA Billwerder", 3, Label::City, false),
            ("time with AAA Durham", 3, Label::City, false),
            ("the NFL Canada office", 2, Label::Country, false),
            // Roman numerals, punctuation or a line break between, lower case, long words.
            ("World War II Hungary", 3, Label::Country, true),
            ("die CDU: Hessen", 3, Label::Region, true),
            ("die CDU\nHessen", 2, Label::Region, true),
            ("ein tv Amberg", 2, Label::City, true),
            ("die NATO-Staaten Polen", 4, Label::Country, true),
            ("ORGANISATION Amberg", 1, Label::City, true),
            // Only places.
            ("the AAA Durham", 2, Label::Organisation, true),
        ];
        for (text, k, label, want) in table {
            assert_eq!(kept(text, k, label, Some(Lang::De)), want, "{text}");
        }
    }

    #[test]
    fn a_city_among_sports_words_is_a_team_and_no_town() {
        // (text, first and last token of the city, dropped)
        let table = [
            ("the Victorias defeated the champions 4-0 .", 1, 1, true),
            (
                "signed with Coburg and scored goals in the league",
                2,
                2,
                true,
            ),
            (
                "Bayern-Trainer vor dem Derby am Samstag in Nürnberg",
                8,
                8,
                false,
            ),
            ("he was born in Bristol", 4, 4, false),
            ("Footscray and Coburg", 0, 0, false),
        ];
        for (text, start, end, want) in table {
            let mut tokens = Vec::new();
            tokenize(text, &mut tokens);
            let c = Candidate {
                anchor: start,
                start,
                end,
                label: Label::City,
                entry: Some(EntryId { layer: 0, index: 0 }),
                origin: Origin::Gazetteer,
                priority: Priority::Name {
                    end,
                    strength: Strength::Exact(Reverse(0)),
                },
            };
            assert_eq!(sports_team(text, &tokens, &c), want, "{text}");
            let org = Candidate {
                label: Label::Organisation,
                ..c
            };
            assert!(!sports_team(text, &tokens, &org), "{text}");
        }
    }

    #[test]
    fn a_town_after_a_given_name_is_a_surname() {
        // (text, token of the town, label, token that is a given name, dropped)
        let table = [
            ("mit Robert Downey Jr .", 2, Label::City, 1, true),
            ("sagt Yu Nan .", 2, Label::Region, 1, true),
            ("the Downey house", 1, Label::City, 9, false),
            ("Robert , Downey", 2, Label::City, 0, false),
            ("Jordan Israel", 1, Label::Country, 0, false),
        ];
        for (text, k, label, given, want) in table {
            let mut tokens = Vec::new();
            tokenize(text, &mut tokens);
            let c = Candidate {
                anchor: k,
                start: k,
                end: k,
                label,
                entry: Some(EntryId { layer: 0, index: 0 }),
                origin: Origin::Gazetteer,
                priority: Priority::Name {
                    end: k,
                    strength: Strength::Exact(Reverse(0)),
                },
            };
            let got = after_given_name(text, &tokens, &c, |j| j == given);
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn a_place_that_names_an_event_is_dropped() {
        // (text, token of the place, kept)
        let table = [
            ("In the Battle of Fredericksburg , it", 4, false),
            ("the Army of the Potomac where", 4, false),
            ("the battle of Fredericksburg", 3, true),
            ("the Mayor of Fredericksburg", 3, true),
            ("a Battle in Fredericksburg", 3, true),
        ];
        for (text, k, want) in table {
            assert_eq!(kept(text, k, Label::City, Some(Lang::En)), want, "{text}");
        }
    }

    #[test]
    fn in_german_a_city_after_an_article_is_a_noun() {
        // (text, token of the city, language, kept)
        let table = [
            ("kommt es nun zum Derby gegen", 4, Some(Lang::De), false),
            (
                "in den Gruppenräumen der Kitas sein",
                4,
                Some(Lang::De),
                false,
            ),
            ("die Toronto Raptors", 1, Some(Lang::De), false),
            ("Fahrt nach Derby und", 2, Some(Lang::De), true),
            // A relative pronoun after a comma; regions and countries; English.
            (
                "ein Abkommen , das Moskau den Beitritt",
                4,
                Some(Lang::De),
                true,
            ),
            ("the Derby winner", 1, Some(Lang::En), true),
            ("zum Derby", 1, None, true),
        ];
        for (text, k, language, want) in table {
            assert_eq!(kept(text, k, Label::City, language), want, "{text}");
        }
        assert!(kept("im Tessin", 1, Label::Region, Some(Lang::De)));
        assert!(kept("im Libanon", 1, Label::Country, Some(Lang::De)));
    }

    #[test]
    fn in_english_a_country_written_as_a_foreign_common_word_is_the_word() {
        let l = crate::find::testing::lookup(
            "country,Iceland,Island,IS\ncountry,Chad,,TD\ncountry,United States,US,US\n",
            false,
        );
        // (text, token, language, is the word)
        let table = [
            ("the Shark Island Challenge", 2, Some(Lang::En), true),
            // German: "Island" is Iceland; the English name; acronyms.
            ("Urlaub auf Island", 2, Some(Lang::De), false),
            ("Lake Chad", 1, Some(Lang::En), false),
            ("the US Army", 1, Some(Lang::En), false),
        ];
        for (text, k, language, want) in table {
            let mut tokens = Vec::new();
            tokenize(text, &mut tokens);
            let mut scratch = crate::find::Scratch::default();
            l.find(text, &tokens, &mut scratch);
            let c = scratch
                .candidates
                .iter()
                .find(|c| c.start == k && c.end == k)
                .copied()
                .unwrap_or_else(|| panic!("no candidate in {text}"));
            assert_eq!(
                foreign_common_word(&l, text, &tokens, &c, language),
                want,
                "{text}"
            );
        }
    }

    #[test]
    fn in_english_a_place_before_a_capitalised_word_starts_a_longer_name() {
        // (text, token of the city, language, kept)
        let table = [
            ("the Boston Globe reported", 1, Some(Lang::En), false),
            ("in Boston today", 1, Some(Lang::En), true),
            ("in Boston Monday", 1, Some(Lang::En), true),
            ("in Boston. Police said", 1, Some(Lang::En), true),
            ("in Boston\nPolice said", 1, Some(Lang::En), true),
            // German capitalises every noun.
            ("in Berlin Anfang Mai", 1, Some(Lang::De), true),
        ];
        for (text, k, language, want) in table {
            assert_eq!(kept(text, k, Label::City, language), want, "{text}");
        }
    }
}
