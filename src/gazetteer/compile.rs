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

pub use crate::token::{mix, token_hash};

/// How the case of a matched text must look for an alias to count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum CaseMode {
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
pub const MAX_PATTERN_LETTERS: usize = 8;

/// The decoded value of one key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeyValue {
    /// Index of the entry the key names, if any (a key can be a given name only).
    pub entry: Option<u32>,
    /// Whether the key is also a given name ("Jordan", "Peter").
    pub given_name: bool,
    /// How the text's case must look.
    pub mode: CaseMode,
    /// For [`CaseMode::AsWritten`]: bit i set when letter i is upper case.
    pub pattern: u8,
    /// For [`CaseMode::AsWritten`]: the number of letters in the alias.
    pub pattern_len: u8,
}

impl KeyValue {
    /// Packs the value into the transducer's `u64` output.
    pub fn encode(&self) -> u64 {
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
    pub fn decode(v: u64) -> KeyValue {
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
    pub fn case_matches(&self, text: &str) -> bool {
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
pub fn case_rule(alias: &str, common_word: bool) -> (CaseMode, u8, u8) {
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

/// The hash of two consecutive token hashes.
#[inline]
pub fn pair_hash(first: u64, second: u64) -> u64 {
    mix(first ^ second.rotate_left(29))
}

/// The start filter's layout: blocks of one cache line (512 bits); 4,096 blocks for tokens
/// (256 KiB) and 2,048 for pairs (128 KiB); then 16,384 buckets of two 64-bit words for the
/// first test (256 KiB).
const BLOCK_BYTES: usize = 64;
const TOKEN_BLOCKS: usize = 4096;
const PAIR_BLOCKS: usize = 2048;
const BUCKETS: usize = 16384;
const BUCKETS_AT: usize = (TOKEN_BLOCKS + PAIR_BLOCKS) * BLOCK_BYTES;

/// Which of the filter's sets a probe is for.
#[derive(Clone, Copy)]
enum Set {
    /// One-token keys that match in any case.
    Single,
    /// First tokens of longer keys that match in any case.
    Starter,
    /// One-token keys that need a capital (acronyms, common words, given names).
    SingleCap,
    /// First tokens of longer keys that need a capital.
    StarterCap,
    /// First two tokens of longer keys, as a pair.
    Pair,
}

/// Blocked Bloom filters that say where a key may start.
///
/// Five sets: one-token keys, and the first tokens of longer keys, each split by whether the key
/// needs a capital letter in the text (acronyms, common words and given names do); and the
/// first two tokens of every longer key, hashed as a pair. Most words of a document start no
/// name, and the filter answers "no" for them by reading one cache line: a token's four
/// token-level sets (two bits each) all fall in one 64-byte block chosen by its hash, as do a
/// pair's. That is far cheaper than walking the FST from its root, which decodes a node per
/// byte. Lower-case words are only looked up in the any-case sets, so "mit" and "bei" (the
/// acronyms MIT and BEI) and given names ("Sommer") cost nothing in running text. Pairs matter
/// because words such as "der", "la" or "new" start many multi-word names but are not names
/// themselves: "der" passes only when the word after it fits too. With ~60,000 one-token keys
/// about 1 % of other words pass by mistake.
///
/// Every token of a document is first tested against a register-blocked Bloom filter (one
/// 64-bit word per hash, three bits in it) of all first tokens, one word for keys in any case
/// and one beside it for keys that need a capital: two loads from one bucket and a few
/// instructions, without a branch, where the four sets above take sixteen bit reads. Only the
/// few tokens that pass it are tested against the sets above.
pub struct StartFilter;

impl StartFilter {
    /// An empty filter's bytes.
    pub fn empty() -> Vec<u8> {
        vec![0u8; BUCKETS_AT + BUCKETS * 16]
    }

    /// The bucket of `hash` in the first-test filter (its byte offset) and its three bits.
    #[inline(always)]
    fn bucket(hash: u64) -> (usize, u64) {
        let at = BUCKETS_AT + ((hash >> 50) as usize & (BUCKETS - 1)) * 16;
        let mask =
            (1u64 << (hash & 63)) | (1u64 << ((hash >> 6) & 63)) | (1u64 << ((hash >> 12) & 63));
        (at, mask)
    }

    fn insert_first(bits: &mut [u8], hash: u64, needs_capital: bool) {
        let (at, mask) = Self::bucket(hash);
        let at = at + 8 * needs_capital as usize;
        let word = u64::from_le_bytes(bits[at..at + 8].try_into().unwrap_or([0; 8])) | mask;
        bits[at..at + 8].copy_from_slice(&word.to_le_bytes());
    }

    /// The two bit positions (in the whole filter) of `hash` in `set`.
    #[inline(always)]
    fn probes(set: Set, hash: u64) -> [usize; 2] {
        let (first_block, blocks, k) = match set {
            Set::Single => (0, TOKEN_BLOCKS, 0),
            Set::Starter => (0, TOKEN_BLOCKS, 1),
            Set::SingleCap => (0, TOKEN_BLOCKS, 2),
            Set::StarterCap => (0, TOKEN_BLOCKS, 3),
            Set::Pair => (TOKEN_BLOCKS, PAIR_BLOCKS, 0),
        };
        // All token-level sets of a hash share its block (bits 40 and up); the bits inside it
        // come from the low 36 bits, rotated for the last two sets.
        let block = first_block + ((hash >> 40) as usize & (blocks - 1));
        let bits = if k >= 2 { hash.rotate_right(20) } else { hash };
        let shift = 18 * (k & 1);
        let base = block * BLOCK_BYTES * 8;
        [
            base + ((bits >> shift) as usize & 511),
            base + ((bits >> (shift + 9)) as usize & 511),
        ]
    }

    fn insert(bits: &mut [u8], set: Set, hash: u64) {
        for p in Self::probes(set, hash) {
            bits[p >> 3] |= 1 << (p & 7);
        }
    }

    #[inline(always)]
    fn contains(bits: &[u8], set: Set, hash: u64) -> bool {
        let [p, q] = Self::probes(set, hash);
        let bit = |p: usize| bits.get(p >> 3).is_some_and(|b| b & (1 << (p & 7)) != 0);
        bit(p) && bit(q)
    }

    /// Adds a key given as its tokens' hashes; `needs_capital` when the key matches only
    /// capitalised text (see [`CaseMode`]) or is a given name only.
    pub fn insert_key(bits: &mut [u8], token_hashes: &[u64], needs_capital: bool) {
        if let Some(&first) = token_hashes.first() {
            Self::insert_first(bits, first, needs_capital);
        }
        let (single, starter) = if needs_capital {
            (Set::SingleCap, Set::StarterCap)
        } else {
            (Set::Single, Set::Starter)
        };
        match token_hashes {
            [] => {}
            [one] => Self::insert(bits, single, *one),
            [first, second, ..] => {
                Self::insert(bits, starter, *first);
                Self::insert(bits, Set::Pair, pair_hash(*first, *second));
            }
        }
    }

    /// Whether a key may start with a token of hash `h` (or stem hash `stem`, 0 for none),
    /// whatever follows it: the cheap first test, one cache line per hash.
    ///
    /// Branch-free: a test that passes or fails at random would cost a mispredicted branch per
    /// token, more than the whole test, so every bit is read and the answers are combined with
    /// `&` and `|`.
    #[inline(always)]
    pub fn token_may_start(bits: &[u8], h: u64, stem: u64, capitalised: bool) -> bool {
        Self::token_test(bits, h, capitalised)
            | ((stem != 0) & Self::token_test(bits, stem, capitalised))
    }

    /// The first test of one hash: its bucket's any-case word, and when `capitalised` its
    /// needs-a-capital word, hold all three of its bits.
    #[inline(always)]
    fn token_test(bits: &[u8], hash: u64, capitalised: bool) -> bool {
        let (at, mask) = Self::bucket(hash);
        let Some(bucket) = bits.get(at..at + 16) else {
            return false;
        };
        let word = |k: usize| u64::from_le_bytes(bucket[k..k + 8].try_into().unwrap_or([0; 8]));
        (word(0) & mask == mask) | (capitalised & (word(8) & mask == mask))
    }

    /// Whether a key may start at a token with hashes `this` (its folded text, and without an
    /// inflectional ending; `capitalised` when it starts with a capital) followed by a token
    /// with hashes `next`.
    #[inline]
    pub fn may_start(
        bits: &[u8],
        this: (u64, Option<u64>),
        next: Option<(u64, Option<u64>)>,
        capitalised: bool,
    ) -> bool {
        let (h, stem) = this;
        let single = |h: u64| {
            Self::contains(bits, Set::Single, h)
                || (capitalised && Self::contains(bits, Set::SingleCap, h))
        };
        let starter = |h: u64| {
            Self::contains(bits, Set::Starter, h)
                || (capitalised && Self::contains(bits, Set::StarterCap, h))
        };
        if single(h) || stem.is_some_and(single) {
            return true;
        }
        let starts_pair = starter(h) || stem.is_some_and(starter);
        let Some((h2, stem2)) = next.filter(|_| starts_pair) else {
            return false;
        };
        let pair = |a: u64| {
            Self::contains(bits, Set::Pair, pair_hash(a, h2))
                || stem2.is_some_and(|b| Self::contains(bits, Set::Pair, pair_hash(a, b)))
        };
        pair(h) || stem.is_some_and(pair)
    }
}

/// Collects aliases and given names and produces the sorted `(key, value)` pairs an FST is built
/// from.
///
/// The first alias added for a key wins (add the highest-priority gazetteer first); later aliases
/// of the *same* entry may relax the case rule (an entry listing both "Nato" and "NATO" matches
/// "Nato").
#[derive(Debug, Default)]
pub struct KeySet {
    keys: BTreeMap<String, KeyValue>,
}

impl KeySet {
    /// An empty set.
    pub fn new() -> KeySet {
        KeySet::default()
    }

    /// Adds `alias` of entry number `entry`. `common_word` says whether the folded alias is a
    /// common lower-case word. Returns false when the alias has no tokens.
    pub fn add_alias(
        &mut self,
        alias: &str,
        entry: u32,
        common_word: &dyn Fn(&str) -> bool,
    ) -> bool {
        let key = crate::token::normalise_key(alias);
        if key.is_empty() {
            return false;
        }
        let (mode, pattern, pattern_len) = case_rule(alias, common_word(&key));
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

    /// Marks `name` as a given name (one token, matched in any case but only when capitalised in
    /// the text; the matcher checks that).
    pub fn add_given_name(&mut self, name: &str) {
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

    /// The number of keys.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// Whether there are no keys.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Builds the start filter (as bytes) of the keys.
    pub fn build_filter(&self) -> Vec<u8> {
        let mut bits = StartFilter::empty();
        for (k, v) in &self.keys {
            let hashes: Vec<u64> = k
                .split(' ')
                .take(2)
                .map(|t| token_hash(t.as_bytes()))
                .collect();
            let needs_capital = v.entry.is_none() || v.mode != CaseMode::Any;
            StartFilter::insert_key(&mut bits, &hashes, needs_capital);
        }
        bits
    }

    /// Builds the FST (as bytes) from the keys, in sorted order.
    pub fn build_fst(&self) -> Vec<u8> {
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

    /// The first test never turns a key away and lets few other tokens through, with as many
    /// keys as the built-in gazetteers have.
    #[test]
    fn first_test_has_no_false_negatives_and_few_false_positives() {
        let mut bits = StartFilter::empty();
        let mut h = 0x1234_5678_9abc_def0u64;
        let mut next = || {
            h = mix(h.wrapping_add(0x9E37_79B9_7F4A_7C15));
            h
        };
        let keys: Vec<(u64, u64, bool)> = (0..60_000)
            .map(|_| (next(), next(), next() & 1 == 0))
            .collect();
        for &(a, b, cap) in &keys {
            let one = [a];
            let two = [a, b];
            let tokens: &[u64] = if b & 2 == 0 { &one } else { &two };
            StartFilter::insert_key(&mut bits, tokens, cap);
        }
        for &(a, _, cap) in &keys {
            assert!(StartFilter::token_may_start(&bits, a, 0, true));
            if !cap {
                assert!(StartFilter::token_may_start(&bits, a, 0, false));
            }
            // A stem that is a key lets the token through too.
            assert!(StartFilter::token_may_start(&bits, next(), a, true));
        }
        for cap in [false, true] {
            let passed = (0..200_000)
                .filter(|_| StartFilter::token_may_start(&bits, next(), 0, cap))
                .count();
            assert!(
                passed < 200_000 / 50,
                "{passed} false positives (capitalised: {cap})"
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
        let us = case_rule("US", false);
        let kv = KeyValue {
            entry: Some(1),
            given_name: false,
            mode: us.0,
            pattern: us.1,
            pattern_len: us.2,
        };
        assert!(kv.case_matches("US"));
        assert!(!kv.case_matches("us"));
        assert!(!kv.case_matches("Us"));
        assert_eq!(KeyValue::decode(kv.encode()), kv);
    }
}
