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
use crate::span::Source;
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

/// The candidates of a head word at token `i`: `Capitalised+ Suffix` ending at `i` (one per
/// possible first word, widest first), and `Prefix [connector] Capitalised+` starting at `i`.
fn organisations_at(text: &str, tokens: &[Token], i: usize, out: &mut Vec<Candidate>) {
    // A word of the name: capitalised, and no article ("Die Zeit AG" is "Zeit AG"; the
    // article belongs to the sentence).
    let cap = |j: usize| {
        j < tokens.len()
            && tokens[j].kind == TokenKind::Word
            && tokens[j].is_capitalised()
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
        origin: Source::OrganisationRule,
        priority: Priority::Rule(rank),
    };
    if suffix {
        // Up to three capitalised words (or numbers inside, "Schalke 04") before it.
        let mut start = i;
        while start > 0
            && i - start < 4
            && (cap(start - 1) || (start > 1 && tokens[start - 1].kind == TokenKind::Number))
        {
            start -= 1;
        }
        // A name starts with a word, not a number ("2016 Socialist Party" is "Socialist
        // Party"). Which of these the resolver keeps depends on the mention before.
        for s in (start..i).filter(|&s| cap(s)) {
            let width = i - s;
            out.push(candidate(s, i, RuleRank::OrganisationSuffix { width }));
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
            // Articles and lower-case words end the name.
            ("die AG", &[]),
            ("bei der Bank", &[]),
            ("eine große Universität", &[]),
        ];
        check(&l, Run::Organisation, table);
    }
}
