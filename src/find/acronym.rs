//! The acronym finder: organisations defined with their acronym in parentheses, "Organisation
//! für Sicherheit und Zusammenarbeit in Europa (OSZE)" or "Nationale Anti Doping Agentur
//! (NADA)".
//!
//! For every acronym in parentheses (two to eight capital letters, digits allowed after the
//! first, "G20"), the finder looks back for the shortest run of words before the parenthesis
//! whose letters spell the acronym in order, the first letter at the start of the run's first
//! word and every later letter at a word start or further inside a word ("Zentralanstalt für
//! Meteorologie und Geodynamik (ZAMG)"): the algorithm of Schwartz and Hearst (2003), written
//! here for tokens because no crate does it over this tokenizer's spans. The run is an
//! organisation when one of its words is, or ends in, an organisation head word of a pack
//! ("Agentur", "Zentralanstalt"); otherwise the
//! acronym may name anything ("Bruttoinlandsprodukt (BIP)") and nothing is proposed.
//!
//! It proposes the long form and the acronym as organisation candidates (rule guesses, so a
//! gazetteer's name for either wins) and records the definition, so that coreference can give
//! the acronym, and its later uses alone, the long form's identity.

use super::organisation::ends_in_head;
use super::{Candidate, Priority, RuleRank, Scratch};
use crate::gazetteer::Label;
use crate::span::Source;
use crate::token::{Token, TokenKind};

/// Acronyms longer than this are rare and their long forms too long to search.
const MAX_LETTERS: usize = 8;

/// An acronym defined in the text: the token of the acronym and the tokens of its long form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Definition {
    /// The acronym's token.
    pub acronym: usize,
    /// First token of the long form.
    pub start: usize,
    /// Last token of the long form (the word before the parenthesis).
    pub end: usize,
}

/// Appends the candidates of every acronym definition among `tokens` and records the
/// definitions in `scratch.definitions`.
pub(crate) fn find(text: &str, tokens: &[Token], scratch: &mut Scratch) {
    scratch.definitions.clear();
    // "(" ACRONYM ")": the parenthesis is the rarer token, so the scan looks for it.
    for p in 1..tokens.len().saturating_sub(2) {
        if tokens[p].kind != TokenKind::Punct || tokens[p].text(text) != "(" {
            continue;
        }
        let a = p + 1;
        if tokens[a + 1].text(text) != ")" {
            continue;
        }
        let Some(letters) = acronym_letters(tokens[a].text(text)) else {
            continue;
        };
        let Some(start) = long_form_start(text, tokens, p, &letters) else {
            continue;
        };
        let end = p - 1;
        if !(start..=end).any(|k| ends_in_head(tokens[k].text(text))) {
            continue;
        }
        let candidate = |anchor, start, end| Candidate {
            anchor,
            start,
            end,
            label: Label::Organisation,
            entry: None,
            origin: Source::OrganisationRule,
            priority: Priority::Rule(RuleRank::OrganisationPrefix),
        };
        scratch.candidates.push(candidate(start, start, end));
        scratch.candidates.push(candidate(a, a, a));
        scratch.definitions.push(Definition {
            acronym: a,
            start,
            end,
        });
    }
}

/// The letters of an acronym, folded to lower case: 2 to 8 characters, the first an upper-case
/// letter, the others upper-case letters or digits ("OSZE", "G20"); None for other words.
fn acronym_letters(word: &str) -> Option<Vec<char>> {
    let chars: Vec<char> = word.chars().collect();
    let ok = (2..=MAX_LETTERS).contains(&chars.len())
        && chars[0].is_uppercase()
        && chars[1..]
            .iter()
            .all(|c| c.is_uppercase() || c.is_ascii_digit());
    ok.then(|| chars.iter().flat_map(|c| c.to_lowercase()).collect())
}

/// The first token of the shortest long form that ends just before the parenthesis at token
/// `p` and spells `letters`, within `2 × letters + 3` tokens; None when there is none.
///
/// Schwartz–Hearst, backwards: each letter, from the last, is looked for from the end of the
/// long form towards its start; the first letter must start a word, and that word must be
/// capitalised (a long form does not start with "und").
fn long_form_start(text: &str, tokens: &[Token], p: usize, letters: &[char]) -> Option<usize> {
    let window = 2 * letters.len() + 3;
    let lowest = p.saturating_sub(window);
    // Characters of the words before the parenthesis, last first, with their token and
    // whether they start their word. Punctuation other than a hyphen ends the search.
    let mut chars: Vec<(char, usize, bool)> = Vec::new();
    let mut k = p;
    while k > lowest {
        k -= 1;
        let t = &tokens[k];
        match t.kind {
            TokenKind::Punct if t.text(text) == "-" => continue,
            TokenKind::Punct => break,
            _ => {}
        }
        let word: Vec<char> = t.text(text).chars().collect();
        for (i, c) in word.iter().enumerate().rev() {
            for l in c.to_lowercase() {
                chars.push((l, k, i == 0));
            }
        }
    }
    let mut at = 0; // position in `chars` (from the end of the long form)
    for (n, &letter) in letters.iter().enumerate().rev() {
        let first = n == 0;
        let found = chars[at..]
            .iter()
            .position(|&(c, _, word_start)| c == letter && (!first || word_start))?;
        at += found;
        if first {
            let start = chars[at].1;
            return tokens[start].is_capitalised().then_some(start);
        }
        at += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, lookup, Run, Table};

    #[test]
    fn long_forms_with_their_acronyms() {
        let l = lookup("country,Frankreich,,FR\n", false);
        let table: &Table = &[
            (
                "die Organisation für Sicherheit und Zusammenarbeit in Europa (OSZE) tagte",
                &[
                    (
                        "Organisation für Sicherheit und Zusammenarbeit in Europa",
                        "organisation",
                        "organisation-rule",
                    ),
                    ("OSZE", "organisation", "organisation-rule"),
                ],
            ),
            (
                "die Zentralanstalt für Meteorologie und Geodynamik (ZAMG) meldet",
                &[
                    (
                        "Zentralanstalt für Meteorologie und Geodynamik",
                        "organisation",
                        "organisation-rule",
                    ),
                    ("ZAMG", "organisation", "organisation-rule"),
                ],
            ),
            (
                "the World Health Organization (WHO) said",
                &[
                    (
                        "World Health Organization",
                        "organisation",
                        "organisation-rule",
                    ),
                    ("WHO", "organisation", "organisation-rule"),
                ],
            ),
            // Not an organisation, not spelt, not capitalised, not an acronym.
            ("das Bruttoinlandsprodukt (BIP) stieg", &[]),
            ("die Bank von Frankreich (XYZ)", &[]),
            ("und für Agentur (UA)", &[]),
            ("die Agentur (Bericht)", &[]),
        ];
        check(&l, Run::Acronym, table);
    }
}
