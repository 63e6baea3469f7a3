//! The person finders: "Given Surname" people and names after a title.
//!
//! - A known given name (lookup's [`Flags::GIVEN_NAME`]) followed by a capitalised surname
//!   ("Peter Müller", "Frank-Walter Steinmeier", "Ursula von der Leyen") is a person, unless an
//!   article stands before it ("die Maria", "the Sandy Hook") or a further capitalised word
//!   follows the surname, which makes it a longer proper name of something else ("Perry
//!   Stadium"). Such a candidate ranks as a name ([`Strength::GivenName`]): it wins over a
//!   shorter alias at the same token and loses to an alias of the same length.
//! - One or two capitalised words after a title ("Herr Müller", "Kanzlerin Merkel", "Mr.
//!   Smith") are a person when no gazetteer entry starts at them ("Präsident Frankreichs" is no
//!   person; "Präsident Emmanuel Macron" is left to the gazetteer). Such a candidate is a rule's
//!   guess, anchored at the title. A compound that ends in a role noun is a title too
//!   ("Bundestrainer Löw", "Politikwissenschaftler Pelinka", "SPD-Chef Beck").
//!
//! The words these rules ask for (titles, articles, particles, words that are no surname) come
//! from the language packs (`crate::lang`).

use once_cell::sync::Lazy;

use super::lookup::{Flags, Lookup, WalkScratch};
use super::{is_surname_like, Candidate, Priority, RuleRank, Scratch, Strength};
use crate::gazetteer::Label;
use crate::lang::{self, List};
use crate::span::Origin;
use crate::token::{token_hash, Token, TokenKind};

/// Appends a candidate for every given name that lookup marked and that a surname follows, and
/// for every name after a title among the rule words.
pub(crate) fn find(lookup: &Lookup, text: &str, tokens: &[Token], scratch: &mut Scratch) {
    let Scratch {
        flags,
        candidates,
        rule_words,
        given_names,
        surnames,
        surname_slots,
        walk,
        ..
    } = scratch;
    for &k in given_names.iter() {
        // Given names match in any case in lookup; a person's name is written capitalised,
        // and after an article a given name is part of another name ("die Maria Stuart
        // Schule") or a noun phrase.
        if tokens[k].is_capitalised()
            && !(k > 0 && lang::has(List::Articles, tokens[k - 1].text(text)))
        {
            // A head word is no surname: "Mercedes College", "Ford Foundation" are
            // organisations named after people (the organisation rule finds them).
            if let Some(end) = surname_end(lookup, text, tokens, k, walk)
                .filter(|&end| !super::organisation::is_suffix(tokens[end].hash))
            {
                candidates.push(Candidate {
                    anchor: k,
                    start: k,
                    end,
                    label: Label::Person,
                    entry: None,
                    origin: Origin::GivenName,
                    priority: Priority::Name {
                        end,
                        strength: Strength::GivenName,
                    },
                });
            } else if aged(text, tokens, k) {
                // A given name alone with an age: "der fünfjährige Nico", "die 15 Jahre
                // alte Lisa", "seine Tochter Marie ( 7 )".
                candidates.push(Candidate {
                    anchor: k,
                    start: k,
                    end: k,
                    label: Label::Person,
                    entry: None,
                    origin: Origin::GivenName,
                    priority: Priority::Name {
                        end: k,
                        strength: Strength::GivenName,
                    },
                });
            }
        }
    }
    // Lookup ran first and noted where entries start, so the title rule needs no walk.
    // A given name before another capitalised word is left to the given-name rule, which
    // knows how far the name goes ("Regierungssprecher Max Hohenberg", "Patrick J.
    // Fitzgerald"); "Mr. Smith left" is the title's.
    let starts_name = |j: usize| {
        let Some(f) = flags.get(j) else {
            return false;
        };
        f.has(Flags::ENTRY_STARTS)
            || (f.has(Flags::GIVEN_NAME)
                && tokens
                    .get(j + 1)
                    .is_some_and(|n| n.kind == TokenKind::Word && n.is_capitalised()))
    };
    let titles = rule_words
        .iter()
        .copied()
        .filter(|&k| TITLE_HASHES.binary_search(&tokens[k].hash).is_ok());
    // Role compounds: capitalised words before another capitalised word, whose ending the
    // packs list; most are turned away by their last byte.
    let roles = surnames[..*surname_slots].iter().copied().filter(|&k| {
        tokens
            .get(k + 1)
            .is_some_and(|n| n.kind == TokenKind::Word && n.is_capitalised())
            && ROLES.ends_in_role(tokens[k].text(text))
            && TITLE_HASHES.binary_search(&tokens[k].hash).is_err()
    });
    let mut titled: Vec<usize> = titles.chain(roles).collect();
    titled.sort_unstable();
    for k in titled {
        if let Some((start, end)) = titled_name(text, tokens, k, starts_name) {
            candidates.push(Candidate {
                anchor: k,
                start,
                end,
                label: Label::Person,
                entry: None,
                origin: Origin::Title,
                priority: Priority::Rule(RuleRank::Title),
            });
        }
    }
}

/// After a given name at token `i`: the last token of `Given [Given|-Given]* [particles]
/// Surname[-Surname]`, or None when no surname follows.
fn surname_end(
    lookup: &Lookup,
    text: &str,
    tokens: &[Token],
    i: usize,
    ws: &mut WalkScratch,
) -> Option<usize> {
    // Out-of-range indices answer false, so the rules below need no bounds checks.
    let n = tokens.len();
    let word = |j: usize| j < n && tokens[j].kind == TokenKind::Word;
    let capitalised = |j: usize| word(j) && tokens[j].is_capitalised();
    // "Frank-Walter": a hyphen with no space on either side joins two parts of one name.
    let joined = |j: usize| {
        j + 1 < n
            && tokens[j].text(text) == "-"
            && tokens[j].start == tokens[j - 1].end
            && tokens[j + 1].start == tokens[j].end
            && capitalised(j + 1)
    };
    let mut j = i + 1;
    // Up to three more given names ("Hans Christian Andersen", "Frank-Walter Steinmeier").
    for _ in 0..3 {
        if joined(j) && lookup.is_given_name(text, &tokens[j + 1], ws) {
            j += 2;
        } else if capitalised(j)
            && (capitalised(j + 1)
                || (word(j + 1) && lang::has(List::Particles, tokens[j + 1].text(text))))
            && lookup.is_given_name(text, &tokens[j], ws)
        {
            j += 1;
        } else {
            break;
        }
    }
    // Middle initials ("William T. Sherman", "George H. W. Bush"): one capital letter and its
    // dot, up to two.
    for _ in 0..2 {
        let initial = capitalised(j)
            && tokens[j].end - tokens[j].start == 1
            && j + 2 < n
            && tokens[j + 1].text(text) == "."
            && tokens[j + 1].start == tokens[j].end
            && capitalised(j + 2);
        if !initial {
            break;
        }
        j += 2;
    }
    // "von der Leyen", "de la Rúa", "van den Berg": a leading particle, then at most two more
    // ("der" alone is an article, not a particle: "Art der Kahlhechtartigen").
    if word(j) && lang::has(List::Particles, tokens[j].text(text)) {
        j += 1;
        let mut more = 0;
        while word(j) && more < 2 && lang::has(List::InnerParticles, tokens[j].text(text)) {
            j += 1;
            more += 1;
        }
    }
    // A word in capitals is a code or a heading, not the given name's surname ("Mio EUR",
    // "SAM Indexes").
    if !capitalised(j)
        || !is_surname_like(tokens[j].text(text))
        || shouted(tokens[j].text(text))
        || shouted(tokens[i].text(text))
    {
        return None;
    }
    // A double surname joined by a hyphen ("Leutheusser-Schnarrenberger").
    let end = if joined(j + 1) { j + 2 } else { j };
    // A further capitalised word makes it a longer proper name of something else ("Perry
    // Stadium", "West Jersey Railroad"), not a person.
    if capitalised(end + 1) && tokens[end + 1].start > tokens[end].end {
        return None;
    }
    Some(end)
}

/// Whether the word at token `k`, with no capitalised word after it, has an age: after an age
/// adjective ("36-jährige", "fünfjährigen", "23 Jahre alte", "fünf Monate alten"), or before
/// one to three digits in parentheses ("Marie (7)", "Thomas ( 37 )").
fn aged(text: &str, tokens: &[Token], k: usize) -> bool {
    let word = |j: usize| tokens.get(j).map_or("", |t| t.text(text));
    if tokens
        .get(k + 1)
        .is_some_and(|n| n.kind == TokenKind::Word && n.is_capitalised())
    {
        return false;
    }
    let before = k.checked_sub(1).is_some_and(|p| {
        let w = word(p);
        w.ends_with("jährige")
            || w.ends_with("jährigen")
            || (matches!(w, "alte" | "alten")
                && p > 0
                && matches!(word(p - 1), "Jahre" | "Monate" | "Wochen"))
    });
    let after = word(k + 1) == "("
        && tokens
            .get(k + 2)
            .is_some_and(|n| n.kind == TokenKind::Number && n.end - n.start <= 3)
        && word(k + 3) == ")";
    before || after
}

/// Whether a word of two letters or more is written in capitals ("EUR", "SAM"), and is no
/// Roman numeral ("Louis XVI").
fn shouted(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !w.chars().any(char::is_lowercase)
        && !w.chars().all(|c| "IVXLCDM".contains(c))
}

/// The packs' titles as token hashes, sorted for a binary search.
static TITLE_HASHES: Lazy<Vec<u64>> = Lazy::new(|| {
    let mut v: Vec<u64> = lang::all_of(|w| w.titles)
        .map(|w| token_hash(w.as_bytes()))
        .collect();
    v.sort_unstable();
    v.dedup();
    v
});

/// The packs' role nouns that end a compound title ([`lang::EntityWords::role_suffixes`]),
/// folded, indexed by their last three bytes: a word whose last three bytes (ASCII case
/// folded) end no role noun is turned away by one binary search, without folding it. Written
/// here: a suffix automaton crate would cost more than the few comparisons that pass.
struct Roles {
    /// (last three bytes, role noun), sorted.
    by_tail: Vec<([u8; 3], Vec<u8>)>,
}

impl Roles {
    fn new() -> Roles {
        let mut by_tail: Vec<([u8; 3], Vec<u8>)> = lang::all_of(|w| w.role_suffixes)
            .map(|w| {
                let mut f = Vec::new();
                crate::token::fold_into(w, &mut f);
                let n = f.len();
                ([f[n - 3], f[n - 2], f[n - 1]], f)
            })
            .collect();
        by_tail.sort_unstable();
        by_tail.dedup();
        Roles { by_tail }
    }

    /// Whether `word` is a role noun or ends in one after a part of two bytes or more or a
    /// hyphen ("Bundestrainer", "SPD-Chef"; not "Schef").
    fn ends_in_role(&self, word: &str) -> bool {
        let b = word.as_bytes();
        let n = b.len();
        if n < 3 {
            return false;
        }
        let tail = [
            b[n - 3].to_ascii_lowercase(),
            b[n - 2].to_ascii_lowercase(),
            b[n - 1].to_ascii_lowercase(),
        ];
        let first = self.by_tail.partition_point(|(t, _)| *t < tail);
        self.by_tail[first..]
            .iter()
            .take_while(|(t, _)| *t == tail)
            .any(|(_, r)| {
                n >= r.len() && b[n - r.len()..].eq_ignore_ascii_case(r) && {
                    let rest = n - r.len();
                    rest == 0 || rest >= 2 || b[rest - 1] == b'-'
                }
            })
    }
}

static ROLES: Lazy<Roles> = Lazy::new(Roles::new);

/// Whether `word` is a role noun of the packs or a compound that ends in one
/// ("Bundestrainer", "SPD-Chef").
pub(crate) fn is_role(word: &str) -> bool {
    ROLES.ends_in_role(word)
}

/// After a title at token `i` ("Herr", "Kanzlerin", "Mr."): the first and last token of the
/// one or two capitalised, surname-like words that follow, when no gazetteer entry starts at
/// them (`starts_name`) and no further capitalised word follows.
fn titled_name(
    text: &str,
    tokens: &[Token],
    i: usize,
    starts_name: impl Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let mut j = i + 1;
    // "Mr. Smith", "Dr. Müller": an abbreviation's dot (a short title right before it; after
    // "Kanzlerin." a sentence ends).
    if j < tokens.len()
        && tokens[j].text(text) == "."
        && tokens[j].start == tokens[i].end
        && tokens[i].end - tokens[i].start <= 4
    {
        j += 1;
    }
    // Gazetteer names are left to lookup, which knows their canonical form and id.
    let name = |k: usize| {
        k < tokens.len()
            && tokens[k].kind == TokenKind::Word
            && tokens[k].is_capitalised()
            && is_surname_like(tokens[k].text(text))
            && !lang::has(List::Articles, tokens[k].text(text))
    };
    // One name word, or several joined by hyphens ("Franz-Josef", "Graf-Rudolf"): its last
    // token.
    let part = |k: usize| {
        if !name(k) {
            return None;
        }
        let mut e = k;
        while e + 2 < tokens.len()
            && tokens[e + 1].text(text) == "-"
            && tokens[e + 1].start == tokens[e].end
            && tokens[e + 2].start == tokens[e + 1].end
            && name(e + 2)
        {
            e += 2;
        }
        Some(e)
    };
    if starts_name(j) {
        return None;
    }
    let first = part(j)?;
    let end = match part(first + 1) {
        Some(e) if !starts_name(first + 1) => e,
        _ => first,
    };
    Some((j, end))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, lookup, Run, Table};

    #[test]
    fn given_names_with_a_surname_and_names_after_titles() {
        // The built-in given names; one user entry for "a gazetteer name starts here".
        let l = lookup("country,Frankreich,,FR\n", true);
        let table: &Table = &[
            (
                "Gestern sagte Peter Müller etwas.",
                &[("Peter Müller", "person", "given-name")],
            ),
            (
                "Frank-Walter Steinmeier und Ursula von der Leyen",
                // "Walter Steinmeier" too: overlaps are the resolver's to decide.
                &[
                    ("Frank-Walter Steinmeier", "person", "given-name"),
                    ("Walter Steinmeier", "person", "given-name"),
                    ("Ursula von der Leyen", "person", "given-name"),
                ],
            ),
            // Not after an article, not before a further capitalised word, not a month.
            ("die Maria Müller", &[]),
            ("Perry Stadium Park", &[]),
            ("Peter Oktober", &[]),
            // The head of a place's or a trophy's name is no surname.
            ("over Hancock Brook", &[]),
            ("won Stanley Cup", &[]),
            ("John Smith said", &[("John Smith", "person", "given-name")]),
            (
                "William T. Sherman",
                &[("William T. Sherman", "person", "given-name")],
            ),
            (
                "George H. W. Bush",
                &[("George H. W. Bush", "person", "given-name")],
            ),
            ("Peter A.", &[]),
            // Given names that are also rare words ("albert", "matt", "brad"), and a rank that
            // is no given name.
            (
                "Albert Wren und Max Hohenberg",
                &[
                    ("Albert Wren", "person", "given-name"),
                    ("Max Hohenberg", "person", "given-name"),
                ],
            ),
            (
                "produced by Brad Hardie",
                &[("Brad Hardie", "person", "given-name")],
            ),
            (
                "Colonel Jesse Auton",
                &[("Jesse Auton", "person", "given-name")],
            ),
            // Frequent words stay out, and the first word of a company ("Ford Motor").
            ("Young Turks", &[]),
            // Codes and headings in capitals.
            ("von rund 100 Mio EUR.", &[]),
            ("die SAM Indexes", &[]),
            ("Louis XVI", &[("Louis XVI", "person", "given-name")]),
            ("mit ihrem Ford Fiesta", &[]),
            // A given name alone with an age.
            (
                "schmollt der fünfjährige Nico.",
                &[("Nico", "person", "given-name")],
            ),
            (
                "die 15 Jahre alte Lisa und seine Tochter Marie (7)",
                &[
                    ("Lisa", "person", "given-name"),
                    ("Marie", "person", "given-name"),
                    // Kin are roles: the resolver keeps one of the two.
                    ("Marie", "person", "title"),
                ],
            ),
            (
                "the boy Peter (12) said",
                &[("Peter", "person", "given-name")],
            ),
            // No age, a year in parentheses, an age before a noun.
            ("Peter kam", &[]),
            ("Peter (1987) kam", &[]),
            ("der 32-jährige Familienvater", &[]),
            ("Herr Müller kam", &[("Müller", "person", "title")]),
            ("Mr. Smith left", &[("Smith", "person", "title")]),
            (
                // A known person's alias starts at "Angela": left to the gazetteer.
                "Kanzlerin Angela Merkel",
                &[("Angela Merkel", "person", "given-name")],
            ),
            // A given name before a capitalised word is the given-name rule's.
            (
                "Kanzlerin Erika Zorrowski",
                &[("Erika Zorrowski", "person", "given-name")],
            ),
            (
                "der Regierungssprecher Peter Hohenbergi sagte",
                &[("Peter Hohenbergi", "person", "given-name")],
            ),
            // Compounds that end in a role noun are titles.
            ("Bundestrainer Löw lobte", &[("Löw", "person", "title")]),
            (
                "sagte der Politikwissenschaftler Pelinka.",
                &[("Pelinka", "person", "title")],
            ),
            ("SPD-Chef Beck", &[("Beck", "person", "title")]),
            (
                "Oberstaatsanwalt Graf-Rudolf",
                &[("Graf-Rudolf", "person", "title")],
            ),
            // Not a role: too short a first part; not a name: a sentence ends after the title.
            ("Schef Beck", &[]),
            ("warnte die Kanzlerin. Den meisten", &[]),
            // A gazetteer name after the title is the gazetteer's.
            ("Präsident Frankreich", &[]),
            ("Herr Der", &[]),
        ];
        check(&l, Run::Person, table);
    }
}
