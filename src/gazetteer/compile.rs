//! Compiling gazetteer aliases into the keys and values of a finite-state transducer.
//!
//! An alias becomes a *key* (its folded tokens joined by one space, see
//! [`crate::token::normalise_key`]) and a *value* (a `u64` packing the entry's index, how the
//! alias's case must look in the text, and whether the key is also a given name). The matcher walks
//! the transducer token by token over a document.
//!
//! Why an FST (the `fst` crate) and not an `aho-corasick` automaton: the built-in gazetteers hold
//! well over 100,000 aliases. Building an Aho-Corasick automaton of that size takes 0.4–0.8 s at
//! every start, and the crate cannot serialise one. An FST is built once by `build.rs`, embedded
//! in the binary with `include_bytes!` and opened in O(1), so start-up costs nothing. Because
//! every key is a sequence of whole tokens, the walk starts only at token starts and can only end
//! at token ends, which is the word-boundary rule for free (see DESIGN.md for the measurements).
//!
//! This file is shared with `build.rs` through `#[path]`; it must only depend on `std`, `fst` and
//! `crate::token`.

use std::collections::BTreeMap;

pub(crate) use crate::token::{mix, token_hash};

/// How the case of a matched text must look for an alias to count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum CaseMode {
    /// Any case: "Ägypten", "ÄGYPTEN" and "ägypten" all match.
    Any = 0,
    /// The first letter must be upper case: for aliases that are also common lower-case words
    /// ("Chad", "Turkey", "Island") and longer acronyms ("NATO" matches "Nato", not "nato").
    Capitalised = 1,
    /// Exactly the alias's pattern of upper and lower case letters: short acronyms ("US", "UN",
    /// "EU", "AfD") match only as written, so "us" and "Un" do not.
    AsWritten = 2,
}

const ENTRY_MASK: u64 = 0xFFFF_FFFF;
const HAS_ENTRY: u64 = 1 << 32;
const GIVEN_NAME: u64 = 1 << 33;
const MODE_SHIFT: u32 = 34;
const PATTERN_SHIFT: u32 = 40;
const PATTERN_LEN_SHIFT: u32 = 48;
/// Longest alias (in letters) that can be matched [`CaseMode::AsWritten`].
pub(crate) const MAX_PATTERN_LETTERS: usize = 8;

/// The decoded value of one key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct KeyValue {
    /// Index of the entry the key names, if any (a key can be a given name only).
    pub(crate) entry: Option<u32>,
    /// Whether the key is also a given name ("Jordan", "Peter").
    pub(crate) given_name: bool,
    /// How the text's case must look.
    pub(crate) mode: CaseMode,
    /// For [`CaseMode::AsWritten`]: bit i set when letter i is upper case.
    pub(crate) pattern: u8,
    /// For [`CaseMode::AsWritten`]: the number of letters in the alias.
    pub(crate) pattern_len: u8,
}

impl KeyValue {
    /// Packs the value into the transducer's `u64` output.
    pub(crate) fn encode(&self) -> u64 {
        let mut v = 0u64;
        if let Some(e) = self.entry {
            v |= HAS_ENTRY | (e as u64 & ENTRY_MASK);
        }
        if self.given_name {
            v |= GIVEN_NAME;
        }
        v |= (self.mode as u64) << MODE_SHIFT;
        v |= (self.pattern as u64) << PATTERN_SHIFT;
        v |= (self.pattern_len as u64) << PATTERN_LEN_SHIFT;
        v
    }

    /// Unpacks a transducer output.
    #[inline]
    pub(crate) fn decode(v: u64) -> KeyValue {
        KeyValue {
            entry: if v & HAS_ENTRY != 0 {
                Some((v & ENTRY_MASK) as u32)
            } else {
                None
            },
            given_name: v & GIVEN_NAME != 0,
            mode: match (v >> MODE_SHIFT) & 0b11 {
                0 => CaseMode::Any,
                1 => CaseMode::Capitalised,
                _ => CaseMode::AsWritten,
            },
            pattern: (v >> PATTERN_SHIFT) as u8,
            pattern_len: (v >> PATTERN_LEN_SHIFT) as u8 & 0x0F,
        }
    }

    /// Whether `text` (the original text of a candidate mention) satisfies the case rule.
    #[inline]
    pub(crate) fn case_matches(&self, text: &str) -> bool {
        match self.mode {
            CaseMode::Any => true,
            CaseMode::Capitalised => text.chars().next().is_some_and(char::is_uppercase),
            CaseMode::AsWritten => {
                let mut n = 0usize;
                for c in text.chars().filter(|c| c.is_alphabetic()) {
                    if n >= self.pattern_len as usize {
                        return false;
                    }
                    let want_upper = self.pattern & (1 << n) != 0;
                    if c.is_uppercase() != want_upper {
                        return false;
                    }
                    n += 1;
                }
                n == self.pattern_len as usize
            }
        }
    }
}

/// The case rule for an alias as written in a gazetteer.
///
/// Aliases of at most three letters with an upper-case letter ("US", "EU", "AfD") are matched as
/// written; all-upper acronyms of four to six letters ("NATO", "UNHCR") need a capital first
/// letter; aliases listed as common words need a capital first letter; everything else matches in
/// any case.
pub(crate) fn case_rule(alias: &str, common_word: bool) -> (CaseMode, u8, u8) {
    let letters: Vec<char> = alias.chars().filter(|c| c.is_alphabetic()).collect();
    let has_upper = letters.iter().any(|c| c.is_uppercase());
    let all_upper = has_upper && letters.iter().all(|c| c.is_uppercase());
    if has_upper && letters.len() <= 3 && letters.len() <= MAX_PATTERN_LETTERS {
        let mut pattern = 0u8;
        for (i, c) in letters.iter().enumerate() {
            if c.is_uppercase() {
                pattern |= 1 << i;
            }
        }
        return (CaseMode::AsWritten, pattern, letters.len() as u8);
    }
    if common_word || (all_upper && letters.len() <= 6) {
        return (CaseMode::Capitalised, 0, 0);
    }
    (CaseMode::Any, 0, 0)
}

/// The case rule for an alias of a user's gazetteer: that of the built-ins ([`case_rule`]), and
/// also words of one to three letters in lower case ("the", "die", "a") only as written, which
/// the built-in lists never hold (their generator leaves such words out) but a user's may.
pub(crate) fn user_case_rule(alias: &str, common_word: bool) -> (CaseMode, u8, u8) {
    let letters = alias.chars().filter(|c| c.is_alphabetic()).count();
    if (1..=3).contains(&letters) {
        // No upper-case letter (else `case_rule` already says as written): an empty pattern.
        let (mode, pattern, len) = case_rule(alias, common_word);
        if mode != CaseMode::AsWritten {
            return (CaseMode::AsWritten, 0, letters as u8);
        }
        return (mode, pattern, len);
    }
    case_rule(alias, common_word)
}

/// A case rule: [`case_rule`] for the built-in gazetteers, [`user_case_rule`] for a user's.
pub(crate) type CaseRule = fn(&str, bool) -> (CaseMode, u8, u8);

/// The key (folded, as a text's token is) of the surname a person's canonical name gives, when
/// that surname may stand alone: the last word, of three letters or more, starting upper case,
/// not the whole name ("Madonna") and one token ("Al-Assad" and "Jr." are several). Whether it
/// is also a given name, which rules it out too, is the caller's to ask. Shared by build.rs
/// (the built-in people) and the lookup finder (the user's), so both apply one rule.
pub(crate) fn surname_key(canonical: &str) -> Option<String> {
    let last = canonical.rsplit(' ').next()?;
    if last == canonical
        || last.chars().count() < 3
        || !last.chars().next().is_some_and(char::is_uppercase)
    {
        return None;
    }
    let key = crate::token::normalise_key(last);
    (!key.is_empty() && !key.contains(' ')).then_some(key)
}

/// The hash of two consecutive token hashes.
#[inline]
pub(crate) fn pair_hash(first: u64, second: u64) -> u64 {
    mix(first ^ second.rotate_left(29))
}

/// The start filter's layout: 8,192 buckets of four 64-bit words for tokens (256 KiB), then
/// 16,384 words for pairs of tokens (128 KiB).
const TOKEN_BUCKETS: usize = 8192;
const PAIR_WORDS: usize = 16384;
const PAIRS_AT: usize = TOKEN_BUCKETS * 32;

/// Which of a token bucket's words a key's first token goes to.
#[derive(Clone, Copy)]
enum Set {
    /// One-token keys that match in any case.
    Single = 0,
    /// First tokens of longer keys that match in any case.
    Starter = 1,
    /// One-token keys that need a capital (acronyms, common words, given names).
    SingleCap = 2,
    /// First tokens of longer keys that need a capital.
    StarterCap = 3,
}

/// Register-blocked Bloom filters that say where a key may start.
///
/// Most words of a document start no name, and this filter says so for them with a few loads
/// and no branch, where walking the FST from its root decodes a node per byte. Each hash picks
/// one 64-bit word and sets three bits in it ("register-blocked": a test is one load and one
/// mask compare). A token's hash picks a bucket of four words: one-token keys and first tokens
/// of longer keys, each split by whether the key needs a capital letter in the text (acronyms,
/// common words and given names do), so lower-case words are only looked up in the any-case
/// sets and "mit" and "bei" (the acronyms MIT and BEI) or given names ("Sommer") cost nothing
/// in running text. The first two tokens of every longer key are kept as a pair, because words
/// such as "der", "la" or "new" start many multi-word names but are none themselves: "der"
/// passes only when the word after it fits too. With 60,000 keys, 0.1–0.3 % of other tokens
/// pass by mistake (measured by a unit test); in German news 3 % of all tokens pass and are
/// walked in the FST, most of them rightly.
pub(crate) struct StartFilter;

impl StartFilter {
    /// An empty filter's bytes.
    pub(crate) fn empty() -> Vec<u8> {
        vec![0u8; PAIRS_AT + PAIR_WORDS * 8]
    }

    /// The three bits of a hash in its word.
    #[inline(always)]
    fn mask(hash: u64) -> u64 {
        (1u64 << (hash & 63)) | (1u64 << ((hash >> 6) & 63)) | (1u64 << ((hash >> 12) & 63))
    }

    /// Byte offset of `hash`'s word in `set`.
    #[inline(always)]
    fn token_word(set: Set, hash: u64) -> usize {
        ((hash >> 51) as usize & (TOKEN_BUCKETS - 1)) * 32 + 8 * set as usize
    }

    /// Byte offset of a pair hash's word.
    #[inline(always)]
    fn pair_word(hash: u64) -> usize {
        PAIRS_AT + ((hash >> 50) as usize & (PAIR_WORDS - 1)) * 8
    }

    #[inline(always)]
    fn word(bits: &[u8], at: usize) -> u64 {
        bits.get(at..at + 8)
            .map_or(0, |w| u64::from_le_bytes(w.try_into().unwrap_or([0; 8])))
    }

    fn insert(bits: &mut [u8], at: usize, hash: u64) {
        let word = Self::word(bits, at) | Self::mask(hash);
        bits[at..at + 8].copy_from_slice(&word.to_le_bytes());
    }

    #[inline(always)]
    fn contains(bits: &[u8], at: usize, hash: u64) -> bool {
        let mask = Self::mask(hash);
        Self::word(bits, at) & mask == mask
    }

    /// Adds a key given as its tokens' hashes; `needs_capital` when the key matches only
    /// capitalised text (see [`CaseMode`]) or is a given name only.
    pub(crate) fn insert_key(bits: &mut [u8], token_hashes: &[u64], needs_capital: bool) {
        let (single, starter) = if needs_capital {
            (Set::SingleCap, Set::StarterCap)
        } else {
            (Set::Single, Set::Starter)
        };
        match token_hashes {
            [] => {}
            [one] => Self::insert(bits, Self::token_word(single, *one), *one),
            [first, second, ..] => {
                Self::insert(bits, Self::token_word(starter, *first), *first);
                let pair = pair_hash(*first, *second);
                Self::insert(bits, Self::pair_word(pair), pair);
            }
        }
    }

    /// What may start with a token of hash `h` (or stem hash `stem`, 0 for none), before
    /// looking at the next token: `one` for a one-token key, `longer` for the first token of a
    /// longer one.
    ///
    /// Branch-free: a test that passes or fails at random costs a mispredicted branch, more
    /// than the whole test, so every word is read and the answers are combined with `&` and
    /// `|`.
    #[inline(always)]
    pub(crate) fn token_starts(bits: &[u8], h: u64, stem: u64, capitalised: bool) -> Starts {
        let (one, longer) = Self::bucket_test(bits, h, capitalised);
        let (stem_one, stem_longer) = Self::bucket_test(bits, stem, capitalised);
        let has_stem = stem != 0;
        Starts {
            one: one | (has_stem & stem_one),
            longer: longer | (has_stem & stem_longer),
        }
    }

    /// The four words of `hash`'s bucket, read at once (one aligned 32-byte piece of a cache
    /// line), each compared with its mask: (a one-token key, a longer key) may start with it.
    #[inline(always)]
    fn bucket_test(bits: &[u8], hash: u64, capitalised: bool) -> (bool, bool) {
        let at = Self::token_word(Set::Single, hash);
        let Some(Ok(bucket)) = bits.get(at..at + 32).map(<&[u8; 32]>::try_from) else {
            return (false, false);
        };
        let mask = Self::mask(hash);
        // Offsets into a fixed-size bucket: the bounds checks of `word` fold away.
        let has = |set: Set| Self::word(bucket, 8 * set as usize) & mask == mask;
        (
            has(Set::Single) | (capitalised & has(Set::SingleCap)),
            has(Set::Starter) | (capitalised & has(Set::StarterCap)),
        )
    }

    /// Whether the first two tokens of a longer key may be a token with hashes `this` (its
    /// folded text and its stem hash, 0 for none) and one with hashes `next`.
    #[inline(always)]
    pub(crate) fn pair_may_start(bits: &[u8], this: (u64, u64), next: (u64, u64)) -> bool {
        let pair = |a: u64, b: u64| {
            let p = pair_hash(a, b);
            Self::contains(bits, Self::pair_word(p), p)
        };
        let (a, a_stem) = this;
        let (b, b_stem) = next;
        pair(a, b)
            || (b_stem != 0 && pair(a, b_stem))
            || (a_stem != 0 && (pair(a_stem, b) || (b_stem != 0 && pair(a_stem, b_stem))))
    }

    /// Which keys may start at a token with hashes `this` (its folded text and its stem hash,
    /// 0 for none; `capitalised` when it starts with a capital) followed by a token with hashes
    /// `next`.
    #[inline]
    pub(crate) fn may_start(
        bits: &[u8],
        this: (u64, u64),
        next: Option<(u64, u64)>,
        capitalised: bool,
    ) -> Starts {
        let s = Self::token_starts(bits, this.0, this.1, capitalised);
        Starts {
            one: s.one,
            longer: s.longer && next.is_some_and(|next| Self::pair_may_start(bits, this, next)),
        }
    }
}

/// What the start filter says may start at a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Starts {
    /// A one-token key.
    pub(crate) one: bool,
    /// A key of two or more tokens (its first two tokens fit this one and the next).
    pub(crate) longer: bool,
}

impl Starts {
    /// Any key at all.
    pub(crate) fn any(self) -> bool {
        self.one || self.longer
    }
}

/// Collects aliases and given names and produces the sorted `(key, value)` pairs an FST is built
/// from.
///
/// The first alias added for a key wins (add the highest-priority gazetteer first); later aliases
/// of the *same* entry may relax the case rule (an entry listing both "Nato" and "NATO" matches
/// "Nato").
#[derive(Debug, Default)]
pub(crate) struct KeySet {
    keys: BTreeMap<String, KeyValue>,
}

impl KeySet {
    /// An empty set.
    pub(crate) fn new() -> KeySet {
        KeySet::default()
    }

    /// Adds `alias` of entry number `entry`, its case following `rule`. `common_word` says
    /// whether the folded alias is a common lower-case word. Returns false when the alias has
    /// no tokens.
    pub(crate) fn add_alias(
        &mut self,
        alias: &str,
        entry: u32,
        rule: CaseRule,
        common_word: &dyn Fn(&str) -> bool,
    ) -> bool {
        let key = crate::token::normalise_key(alias);
        if key.is_empty() {
            return false;
        }
        let (mode, pattern, pattern_len) = rule(alias, common_word(&key));
        let new = KeyValue {
            entry: Some(entry),
            given_name: false,
            mode,
            pattern,
            pattern_len,
        };
        match self.keys.get_mut(&key) {
            None => {
                self.keys.insert(key, new);
            }
            Some(old) if old.entry.is_none() => {
                // A given name that is also an alias ("Jordan"): keep both facts.
                *old = KeyValue {
                    given_name: true,
                    ..new
                };
            }
            Some(old) if old.entry == Some(entry) && new.mode < old.mode => {
                *old = KeyValue {
                    given_name: old.given_name,
                    ..new
                };
            }
            Some(_) => {}
        }
        true
    }

    /// The entry that holds the folded `key`, if any (for build.rs: which entry a club's
    /// sports-only variant meets).
    #[allow(dead_code)] // called by build.rs, which includes this file
    pub(crate) fn entry_of(&self, key: &str) -> Option<u32> {
        self.keys.get(key).and_then(|v| v.entry)
    }

    /// Whether the folded `key` is a given name (for build.rs: a surname that is one names too
    /// many people to stand alone).
    #[allow(dead_code)] // called by build.rs, which includes this file
    pub(crate) fn is_given_name(&self, key: &str) -> bool {
        self.keys.get(key).is_some_and(|v| v.given_name)
    }

    /// Marks `name` as a given name (one token, matched in any case but only when capitalised in
    /// the text; the matcher checks that). Only the built-in gazetteers have given names.
    #[allow(dead_code)] // called by build.rs, which includes this file
    pub(crate) fn add_given_name(&mut self, name: &str) {
        let key = crate::token::normalise_key(name);
        if key.is_empty() {
            return;
        }
        self.keys
            .entry(key)
            .and_modify(|v| v.given_name = true)
            .or_insert(KeyValue {
                entry: None,
                given_name: true,
                mode: CaseMode::Capitalised,
                pattern: 0,
                pattern_len: 0,
            });
    }

    /// Builds the start filter (as bytes) of the keys.
    pub(crate) fn build_filter(&self) -> Vec<u8> {
        let mut bits = StartFilter::empty();
        for (k, v) in &self.keys {
            let hashes: Vec<u64> = k
                .split(' ')
                .take(2)
                .map(|t| token_hash(t.as_bytes()))
                .collect();
            // An alias matched as written needs a capital only when its first letter is one
            // ("US" does, the user's "dpa" does not).
            let needs_capital = v.entry.is_none()
                || v.mode == CaseMode::Capitalised
                || (v.mode == CaseMode::AsWritten && v.pattern & 1 != 0);
            StartFilter::insert_key(&mut bits, &hashes, needs_capital);
        }
        bits
    }

    /// Builds the FST (as bytes) from the keys, in sorted order.
    pub(crate) fn build_fst(&self) -> Vec<u8> {
        let mut builder = fst::MapBuilder::memory();
        for (k, v) in &self.keys {
            // Keys come out of a BTreeMap, so they are sorted and unique: insert cannot fail.
            builder
                .insert(k.as_bytes(), v.encode())
                .expect("sorted unique keys");
        }
        builder.into_inner().expect("in-memory FST")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The filter never turns a key away and lets few other tokens through, with as many keys
    /// as the built-in gazetteers have.
    #[test]
    fn start_filter_has_no_false_negatives_and_few_false_positives() {
        let mut bits = StartFilter::empty();
        let mut h = 0x1234_5678_9abc_def0u64;
        let mut next = || {
            h = mix(h.wrapping_add(0x9E37_79B9_7F4A_7C15));
            h
        };
        // Built-in proportions: ~45,000 one-token keys, ~15,000 longer ones; half need a capital.
        let keys: Vec<(u64, u64, bool, bool)> = (0..60_000)
            .map(|k| (next(), next(), next() & 1 == 0, k % 4 == 0))
            .collect();
        for &(a, b, cap, longer) in &keys {
            let tokens: &[u64] = if longer { &[a, b] } else { &[a] };
            StartFilter::insert_key(&mut bits, tokens, cap);
        }
        for &(a, b, cap, longer) in &keys {
            let cases: &[bool] = if cap { &[true] } else { &[true, false] };
            for &capitalised in cases {
                let s = StartFilter::may_start(&bits, (a, 0), Some((b, 0)), capitalised);
                assert!(if longer { s.longer } else { s.one });
                // As a stem, of this token or of the next one.
                let s = StartFilter::may_start(&bits, (next(), a), Some((next(), b)), capitalised);
                assert!(if longer { s.longer } else { s.one });
            }
        }
        for capitalised in [false, true] {
            let passed = (0..200_000)
                .filter(|_| {
                    StartFilter::may_start(&bits, (next(), 0), Some((next(), 0)), capitalised).any()
                })
                .count();
            assert!(
                passed < 200_000 / 50,
                "{passed} false positives (capitalised: {capitalised})"
            );
        }
    }

    #[test]
    fn case_rules_of_aliases() {
        let table = [
            ("US", false, CaseMode::AsWritten),
            ("AfD", false, CaseMode::AsWritten),
            ("NATO", false, CaseMode::Capitalised),
            ("Turkey", true, CaseMode::Capitalised),
            ("Ägypten", false, CaseMode::Any),
            ("Vereinte Nationen", false, CaseMode::Any),
        ];
        for (alias, common, want) in table {
            assert_eq!(case_rule(alias, common).0, want, "{alias}");
        }
        let user = [
            ("the", CaseMode::AsWritten),
            ("X", CaseMode::AsWritten),
            ("dpa", CaseMode::AsWritten),
            ("Turkey", CaseMode::Any),
            ("NATO", CaseMode::Capitalised),
        ];
        for (alias, want) in user {
            assert_eq!(user_case_rule(alias, false).0, want, "{alias}");
        }
        let value = |(mode, pattern, pattern_len)| KeyValue {
            entry: Some(1),
            given_name: false,
            mode,
            pattern,
            pattern_len,
        };
        let kv = value(user_case_rule("the", false));
        assert!(kv.case_matches("the") && !kv.case_matches("The") && !kv.case_matches("THE"));
        let kv = value(case_rule("US", false));
        assert!(kv.case_matches("US"));
        assert!(!kv.case_matches("us"));
        assert!(!kv.case_matches("Us"));
        assert_eq!(KeyValue::decode(kv.encode()), kv);
    }
}
