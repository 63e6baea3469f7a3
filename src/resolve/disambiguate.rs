//! Stage 2 of the resolver: context rules that look at a kept candidate's neighbours and decide
//! whether it stays a mention.
//!
//! A candidate that a rule drops keeps its claim: its tokens are not looked at again (they are
//! no surname for coreference), because the words are a name, just not this one. Homograph
//! policies (Georgia, Jordan, Essen, a club named after its city) belong here.
//!
//! Today's rule:
//! - A country right after a region prefix of a pack ("New", "North", "Nord", "Neu": "New
//!   Jersey", "West Jersey", "New Mexico") is a state's or region's name, not the country.
//!   Countries named so ("New Zealand", "North Korea") are whole aliases, which lookup finds
//!   from the prefix.

use crate::find::Candidate;
use crate::gazetteer::Label;
use crate::lang::{self, List};
use crate::token::Token;

/// Whether the kept candidate `c` stays a mention in its context.
pub(crate) fn keeps(text: &str, tokens: &[Token], c: &Candidate) -> bool {
    !(c.label == Label::Country
        && c.start > 0
        && lang::has(List::RegionPrefixes, tokens[c.start - 1].text(text)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::find::{EntryId, Priority, Strength};
    use crate::span::Source;
    use crate::token::tokenize;
    use std::cmp::Reverse;

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
            let mut tokens = Vec::new();
            tokenize(text, &mut tokens);
            let c = Candidate {
                anchor: k,
                start: k,
                end: k,
                label,
                entry: Some(EntryId { layer: 0, index: 0 }),
                origin: Source::Gazetteer,
                priority: Priority::Name {
                    end: k,
                    strength: Strength::Exact(Reverse(0)),
                },
            };
            assert_eq!(keeps(text, &tokens, &c), want, "{text}");
        }
    }
}
