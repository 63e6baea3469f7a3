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
    !(after_region_prefix || longer_name)
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
