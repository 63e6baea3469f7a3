//! The organisation finder: capitalised names with an organisation's head word or legal form.
//!
//! - A head word or legal form that ends a name ("Siemens AG", "Montreal Hockey Club", "Freie
//!   Universität") with up to three capitalised words (or numbers, "Schalke 04") before it. The
//!   finder proposes one candidate for each capitalised word the name could start at, widest
//!   first ([`RuleRank::OrganisationSuffix`]); the resolver keeps the widest that does not reach
//!   into an earlier mention ("Emmanuel Macron Stiftung" after the person stays "Stiftung"-less).
//! - A head word that starts a name ("University of Toronto", "FC Schalke 04"), with an optional
//!   connector ("of", "für") and up to three capitalised words.
//!
//! The head words and connectors come from the language packs (`crate::lang`).

use once_cell::sync::Lazy;

use super::{Candidate, Priority, RuleRank, Scratch};
use crate::gazetteer::Label;
use crate::lang::{self, List};
use crate::span::Origin;
use crate::token::{token_hash, Token, TokenKind};

/// Appends the organisation candidates anchored at the head words among the rule words.
pub(crate) fn find(text: &str, tokens: &[Token], scratch: &mut Scratch) {
    for &k in &scratch.rule_words {
        organisations_at(text, tokens, k, &mut scratch.candidates);
    }
}

/// Token hashes of the packs' head words: (hash, ends a name, starts a name), sorted by hash.
static HEADS: Lazy<Vec<(u64, bool, bool)>> = Lazy::new(|| {
    let suffixes: Vec<&str> = lang::all_of(|w| w.organisation_suffixes).collect();
    let prefixes: Vec<&str> = lang::all_of(|w| w.organisation_prefixes).collect();
    let mut v: Vec<(u64, bool, bool)> = suffixes
        .iter()
        .chain(&prefixes)
        .map(|w| {
            (
                token_hash(w.as_bytes()),
                suffixes.contains(w),
                prefixes.contains(w),
            )
        })
        .collect();
    v.sort_unstable();
    v.dedup();
    v
});

/// Token hashes of the packs' compound heads ([`lang::EntityWords::compound_heads`]).
static COMPOUND_HEADS: Lazy<Vec<u64>> = Lazy::new(|| {
    lang::all_of(|w| w.compound_heads)
        .map(|w| token_hash(w.as_bytes()))
        .collect()
});

/// The candidates of a head word at token `i`: `Capitalised+ Suffix` ending at `i` (one per
/// possible first word, widest first), and `Prefix [connector] Capitalised+` starting at `i`.
fn organisations_at(text: &str, tokens: &[Token], i: usize, out: &mut Vec<Candidate>) {
    // A word of the name: capitalised, and no article ("Die Zeit AG" is "Zeit AG"; the
    // article belongs to the sentence).
    // Digits inside a word make it a code or a link's tail ("Vb6XBF2ol7"), not a name's word.
    let cap = |j: usize| {
        j < tokens.len()
            && tokens[j].kind == TokenKind::Word
            && tokens[j].is_capitalised()
            && !tokens[j].text(text).bytes().any(|b| b.is_ascii_digit())
            && !lang::has(List::Articles, tokens[j].text(text))
    };
    // The rule-word filter let the token through; most are titles or false positives.
    let Ok(h) = HEADS.binary_search_by_key(&tokens[i].hash, |h| h.0) else {
        return;
    };
    let (_, suffix, prefix) = HEADS[h];
    let candidate = |start, end, rank| Candidate {
        anchor: i,
        start,
        end,
        label: Label::Organisation,
        entry: None,
        origin: Origin::OrganisationRule,
        priority: Priority::Rule(rank),
    };
    if suffix {
        // Up to three capitalised words (or numbers inside, "Schalke 04") before it.
        let mut start = i;
        // "Lehmbruck-Museum", "Kölner Stadt-Anzeiger": a compound head joined by a hyphen to
        // the capitalised word of three letters or more before it (no space on either side;
        // not "S-Bahn", "US-Bank").
        let joined = |j: usize| {
            j == i
                && j >= 2
                && COMPOUND_HEADS.contains(&tokens[i].hash)
                && tokens[j - 2].text(text).chars().count() >= 3
                && !tokens[j - 2].text(text).chars().all(char::is_uppercase)
                && tokens[j - 1].text(text) == "-"
                && tokens[j - 1].start == tokens[j - 2].end
                && tokens[j].start == tokens[j - 1].end
                && cap(j - 2)
        };
        while start > 0
            && i - start < 4
            && same_line(text, tokens, start - 1)
            && (cap(start - 1)
                || joined(start)
                || (start > 1 && tokens[start - 1].kind == TokenKind::Number))
        {
            start -= if joined(start) { 2 } else { 1 };
        }
        // A name starts with a word, not a number ("2016 Socialist Party" is "Socialist
        // Party"). Which of these the resolver keeps depends on the mention before.
        let end = tail_end(text, tokens, i, &cap);
        for s in (start..i).filter(|&s| cap(s)) {
            let width = i - s;
            out.push(candidate(s, end, RuleRank::OrganisationSuffix { width }));
        }
    }
    // "Bank" and "University" are both: "Deutsche Bank", "Bank of England".
    if prefix {
        let mut j = i + 1;
        if j < tokens.len() && lang::has(List::NameConnectors, tokens[j].text(text)) {
            j += 1;
        }
        // Up to three words; numbers only after a word ("FC Schalke 04", not "FC 04").
        let mut end = None;
        while j < tokens.len()
            && j - i <= 3
            && same_line(text, tokens, j - 1)
            && (cap(j) || (end.is_some() && tokens[j].kind == TokenKind::Number))
        {
            end = Some(j);
            j += 1;
        }
        if let Some(e) = end {
            out.push(candidate(i, e, RuleRank::OrganisationPrefix));
        }
    }
}

/// Where a name ending in the head word at token `i` really ends: further head words
/// ("Ffestiniog Railway Company") and a connector with capitalised words after it ("Bulgarian
/// Academy of Sciences", "Gesellschaft für Internationale Zusammenarbeit") belong to it.
fn tail_end(text: &str, tokens: &[Token], i: usize, cap: &impl Fn(usize) -> bool) -> usize {
    let mut end = i;
    loop {
        let next = end + 1;
        if next >= tokens.len() || !same_line(text, tokens, end) {
            return end;
        }
        if cap(next) && is_suffix(tokens[next].hash) {
            end = next;
            continue;
        }
        if next < tokens.len() && lang::has(List::NameConnectors, tokens[next].text(text)) {
            // Up to three capitalised words after the connector; none, and it is no part of
            // the name ("Siemens AG and its rivals").
            let mut j = next + 1;
            while cap(j) && j - next <= 3 {
                j += 1;
            }
            if j > next + 1 {
                end = j - 1;
                continue;
            }
        }
        return end;
    }
}

/// Whether tokens `k` and `k + 1` stand on one line. A rule's name does not go on over a line
/// break: headlines, list items and tweets put unrelated capitalised words on the next line.
fn same_line(text: &str, tokens: &[Token], k: usize) -> bool {
    memchr::memchr(b'\n', &text.as_bytes()[tokens[k].end..tokens[k + 1].start]).is_none()
}

/// Whether a word is a head word of either kind, or a compound that ends in one
/// ("Zentralanstalt", "Landesbank": German joins its head words to what they name).
pub(crate) fn ends_in_head(word: &str) -> bool {
    let mut folded = Vec::new();
    crate::token::fold_into(word, &mut folded);
    // Every ending of four bytes or more that starts a character.
    (0..folded.len().saturating_sub(3))
        .filter(|&i| folded[i] & 0xC0 != 0x80)
        .any(|i| {
            HEADS
                .binary_search_by_key(&token_hash(&folded[i..]), |h| h.0)
                .is_ok()
        })
}

/// Whether `word` is a compound that ends in a head word of `language`'s pack, four letters
/// or more ("Kammerorchester", "Staatsbank"): German joins its head words to what they name, and
/// an English head inside a German word is no head ("Silvesterparty").
pub(crate) fn is_compound_head(word: &str, language: lang::Lang) -> bool {
    let mut folded = Vec::new();
    crate::token::fold_into(word, &mut folded);
    let words = language.entity_words();
    words
        .organisation_suffixes
        .iter()
        .chain(words.organisation_prefixes)
        .any(|h| h.len() >= 4 && folded.len() > h.len() && folded.ends_with(h.as_bytes()))
}

/// Whether a token with this hash is a head word of either kind ("Universität", "Club", "FC").
pub(crate) fn is_head(hash: u64) -> bool {
    HEADS.binary_search_by_key(&hash, |h| h.0).is_ok()
}

/// Whether a token with this hash is a head word that ends a name.
pub(crate) fn is_suffix(hash: u64) -> bool {
    HEADS
        .binary_search_by_key(&hash, |h| h.0)
        .is_ok_and(|k| HEADS[k].1)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, lookup, Run, Table};

    #[test]
    fn head_words_before_and_after_capitalised_words() {
        let l = lookup("country,Frankreich,,FR\n", false);
        let table: &Table = &[
            (
                "die Siemens AG",
                &[("Siemens AG", "organisation", "organisation-rule")],
            ),
            // One candidate per possible first word, widest first.
            (
                "Montreal Hockey Club",
                &[
                    ("Montreal Hockey Club", "organisation", "organisation-rule"),
                    ("Hockey Club", "organisation", "organisation-rule"),
                ],
            ),
            (
                "University of Toronto",
                &[("University of Toronto", "organisation", "organisation-rule")],
            ),
            (
                "FC Schalke 04",
                &[("FC Schalke 04", "organisation", "organisation-rule")],
            ),
            // A number inside the name, not at its start.
            (
                "2016 Socialist Party",
                &[("Socialist Party", "organisation", "organisation-rule")],
            ),
            // What follows the head word: more head words, a connector and capitalised words.
            (
                "the Ffestiniog Railway Company",
                // From "Railway" (with its tail), then from "Company", widest first.
                &[
                    (
                        "Ffestiniog Railway Company",
                        "organisation",
                        "organisation-rule",
                    ),
                    (
                        "Ffestiniog Railway Company",
                        "organisation",
                        "organisation-rule",
                    ),
                    ("Railway Company", "organisation", "organisation-rule"),
                ],
            ),
            (
                "Bulgarian Academy of Sciences",
                &[(
                    "Bulgarian Academy of Sciences",
                    "organisation",
                    "organisation-rule",
                )],
            ),
            (
                "die Deutsche Gesellschaft für Internationale Zusammenarbeit",
                &[(
                    "Deutsche Gesellschaft für Internationale Zusammenarbeit",
                    "organisation",
                    "organisation-rule",
                )],
            ),
            (
                "Siemens AG and its rivals",
                &[("Siemens AG", "organisation", "organisation-rule")],
            ),
            // A head word joined by a hyphen.
            (
                "im Lehmbruck-Museum",
                &[("Lehmbruck-Museum", "organisation", "organisation-rule")],
            ),
            (
                "Kölner Stadt-Anzeiger",
                &[
                    ("Kölner Stadt-Anzeiger", "organisation", "organisation-rule"),
                    ("Stadt-Anzeiger", "organisation", "organisation-rule"),
                ],
            ),
            ("die Ostsee - Zeitung", &[]),
            ("die S-Bahn", &[]),
            ("der Promi-Gesellschaft", &[]),
            // Not over a line break, not with codes.
            ("Pink\nSchool", &[]),
            ("Vb6XBF2ol7 School", &[]),
            // Articles and lower-case words end the name.
            ("die AG", &[]),
            ("bei der Bank", &[]),
            ("eine große Universität", &[]),
        ];
        check(&l, Run::Organisation, table);
    }
}
