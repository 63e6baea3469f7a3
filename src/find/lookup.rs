//! The gazetteer lookup finder: every alias of every gazetteer layer that starts at a token.
//!
//! Lookup walks each layer's transducer from every token that may start a key, one folded token
//! at a time with a single space between tokens, and proposes every key that ends at a token end
//! and whose case rule (see [`CaseMode`](crate::gazetteer::compile::CaseMode)) the text meets. A
//! word may end in a German inflectional ending that the alias lacks: "Frankreichs" reaches the
//! key "frankreich" with "s" left over, "Vereinten Nationen" reaches "vereinte nationen" with an
//! "n" left over inside the first word; such candidates are [`Origin::Inflection`] and rank below
//! exact ones. Which of the overlapping candidates becomes a mention is the resolver's decision.
//!
//! Lookup also notes, per token, what the other finders ask of the gazetteers: whether a start
//! filter lets a key start there, whether an entry's key starts there (in any case), and whether
//! the token alone is a known given name ([`Flags`]).
//!
//! What it does not do: people from given names and titles ([`super::person`]), organisations
//! from head words ([`super::organisation`]), choosing between candidates (`crate::resolve`).

use std::cmp::Reverse;
use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

use fst::raw::CompiledAddr;

use super::{may_be_rule_word, Candidate, EntryId, HashFilter, Priority, Scratch, Strength};
use crate::gazetteer::compile::{surname_key, KeyValue, Starts};
use crate::gazetteer::{EntryRef, Gazetteer, Label};
use crate::span::Origin;
use crate::token::{fold_into, token_hash, Token, TokenKind, MIN_STEM};

/// The longest name, in tokens, that lookup looks for ("Demokratische Republik Kongo" is 3,
/// "St. Vincent und die Grenadinen" is 6).
const MAX_NAME_TOKENS: usize = 16;

/// The known surnames' filter: 65,536 bits, so that a thousand or two surnames let about 2 % of
/// other words through to the map (4,096 bits let a quarter through, and the map was asked for
/// every capitalised word of a German text).
type SurnameFilter = HashFilter<1024>;

/// How many first steps a thread remembers before it starts afresh.
const FIRST_STEP_MEMO: usize = 32768;

/// What lookup notes about each token, for itself and the other finders.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Flags(u8);

impl Flags {
    /// A start filter lets a key start at the token (the filter has false positives, never
    /// false negatives).
    pub(crate) const MAY_START: u8 = 1;
    /// An entry's key starts at the token, whatever the case of the text.
    pub(crate) const ENTRY_STARTS: u8 = 2;
    /// The token alone is a known given name (exactly, in any case).
    pub(crate) const GIVEN_NAME: u8 = 4;

    /// Whether every bit of `bits` is set.
    #[inline]
    pub(crate) fn has(self, bits: u8) -> bool {
        self.0 & bits == bits
    }
}

/// The gazetteer layers, highest priority first: the user's gazetteers in the order given, then
/// the built-in one. Build it once and share it between threads.
#[derive(Debug, Clone)]
pub(crate) struct Lookup {
    user: Vec<Arc<Gazetteer>>,
    builtin: Option<&'static Gazetteer>,
    /// The surnames of the layers' people (see [`Lookup::known_surname`]).
    surnames: Arc<KnownSurnames>,
}

/// The surnames of the layers' people: folded-surname hash → the one person who bears it, or
/// `None` when two or more do (then the surname alone names nobody for sure), behind a
/// 65,536-bit filter that turns most words away with one load.
#[derive(Debug)]
struct KnownSurnames {
    filter: SurnameFilter,
    /// The user layers' surnames.
    people: HashMap<u64, Option<EntryId>, BuildHasherDefault<PrehashedKey>>,
    /// The built-in layer's, when it is used (see [`Gazetteer::builtin_surnames`]).
    builtin: &'static [(u64, u32)],
}

/// One thread's buffers for walking, so that lookup allocates nothing per token.
#[derive(Debug, Default)]
pub(crate) struct WalkScratch {
    fold: Vec<u8>,
    stack: Vec<(CompiledAddr, u64, usize)>,
    keys: Vec<Key>,
    /// What one step of a walk found, before it goes on the stack or into `keys`.
    found: Vec<Step>,
    /// Memoised first steps of walks, by (gazetteer uid, token hash); see [`walk`]. The uid
    /// ([`Gazetteer::uid`]) is never reused in a process, so an entry of a dropped gazetteer
    /// can never be replayed in another one's transducer (it only waits to be cleared).
    first_steps: HashMap<(u64, u64), FirstStep, BuildHasherDefault<PrehashedKey>>,
}

/// A `Hasher` for keys that are already 64-bit hashes: no second hashing.
#[derive(Debug, Default)]
pub(crate) struct PrehashedKey(u64);

impl Hasher for PrehashedKey {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = token_hash(bytes);
    }
    fn write_u64(&mut self, n: u64) {
        // The last `u64` written wins: for (uid, token hash) keys that is the token hash,
        // which spreads well; equal hashes of two gazetteers are told apart by `Eq`.
        self.0 = n;
    }
}

/// A key found by a walk.
#[derive(Clone, Copy, Debug)]
struct Key {
    /// Index of the last token of the key.
    end: usize,
    value: u64,
    inflected: bool,
}

impl Lookup {
    /// Lookup over `user` gazetteers (highest priority first) and, when `builtin` is true, the
    /// built-in one after them.
    pub(crate) fn new(user: Vec<Arc<Gazetteer>>, builtin: bool) -> Lookup {
        let mut lookup = Lookup {
            user,
            builtin: builtin.then(Gazetteer::builtin),
            surnames: Arc::new(KnownSurnames {
                filter: SurnameFilter::of([]),
                people: HashMap::default(),
                builtin: &[],
            }),
        };
        lookup.surnames = Arc::new(lookup.collect_surnames());
        lookup
    }

    /// The surname (last word of the canonical name) of every person entry of the user layers;
    /// the built-in layer's are precomputed by build.rs with the same rules
    /// ([`Gazetteer::builtin_surnames`]). An earlier layer's person wins over a later layer's
    /// with the same canonical name (a newsroom's own entry for a known person); different
    /// people make the surname ambiguous.
    fn collect_surnames(&self) -> KnownSurnames {
        let mut map: HashMap<u64, Option<EntryId>, BuildHasherDefault<PrehashedKey>> =
            HashMap::default();
        let mut canonical_of: HashMap<u64, &str> = HashMap::new();
        for (layer, g) in self.user.iter().enumerate() {
            for index in g.people() {
                let e = g.entry(index);
                let Some(key) = surname_key(e.canonical) else {
                    continue;
                };
                // A given name as the last word ("Prince Harry", "Hans Martin") names too
                // many people to stand alone.
                if self.is_given_key(key.as_bytes()) {
                    continue;
                }
                let h = token_hash(key.as_bytes());
                let id = EntryId {
                    layer: layer as u16,
                    index,
                };
                match map.get_mut(&h) {
                    None => {
                        map.insert(h, Some(id));
                        canonical_of.insert(h, e.canonical);
                    }
                    Some(slot) => {
                        if canonical_of.get(&h) != Some(&e.canonical) {
                            *slot = None;
                        }
                    }
                }
            }
        }
        let builtin = match self.builtin {
            Some(_) => Gazetteer::builtin_surnames(),
            None => &[],
        };
        let filter = SurnameFilter::of(map.keys().chain(builtin.iter().map(|(h, _)| h)).copied());
        KnownSurnames {
            filter,
            people: map,
            builtin,
        }
    }

    /// The one known person whose surname is the token with hash `h` (folded), if exactly one
    /// person of the layers bears it.
    #[inline]
    pub(crate) fn known_surname(&self, h: u64) -> Option<EntryId> {
        let s = &*self.surnames;
        if !s.filter.may_contain(h) {
            return None;
        }
        let user = s.people.get(&h).copied();
        let builtin = s
            .builtin
            .binary_search_by_key(&h, |b| b.0)
            .ok()
            .map(|k| s.builtin[k].1);
        let builtin_id = |index: u32| {
            (index != u32::MAX).then_some(EntryId {
                layer: self.user.len() as u16,
                index,
            })
        };
        match (user, builtin) {
            (None, None) => None,
            (Some(u), None) => u,
            (None, Some(b)) => builtin_id(b),
            // Both: one person only if the user's entry is the built-in one's person.
            (Some(u), Some(b)) => {
                let (u, b) = (u?, builtin_id(b)?);
                (self.entry(u).canonical == self.entry(b).canonical).then_some(u)
            }
        }
    }

    /// Whether two or more different known people bear the surname with hash `h` (folded):
    /// the word is a person's name, but no one person's ("Bush", "Clinton", "Schmidt").
    pub(crate) fn shared_surname(&self, h: u64) -> bool {
        let s = &*self.surnames;
        if !s.filter.may_contain(h) || self.known_surname(h).is_some() {
            return false;
        }
        s.people.get(&h).is_some_and(Option::is_none)
            || s.builtin
                .binary_search_by_key(&h, |b| b.0)
                .is_ok_and(|k| s.builtin[k].1 == u32::MAX)
            || (s.people.contains_key(&h) && s.builtin.binary_search_by_key(&h, |b| b.0).is_ok())
    }

    /// The club that the one-token built-in candidate `c` (its token's hash `hash`) names in
    /// sports context, and whether the word is the club's own (else a city's or region's);
    /// None when the word is no club's sports-only variant ([`Gazetteer::builtin_sports`]).
    pub(crate) fn sports_club(&self, c: &Candidate, hash: u64) -> Option<(EntryId, bool)> {
        self.builtin?;
        let layer = self.user.len() as u16;
        let e = c.entry?;
        if e.layer != layer || c.start != c.end {
            return None;
        }
        let table = Gazetteer::builtin_sports();
        let k = table.binary_search_by_key(&hash, |s| s.0).ok()?;
        let (_, index, own) = table[k];
        let fits = if own {
            e.index == index
        } else {
            matches!(c.label, Label::City | Label::Region)
        };
        fits.then_some((EntryId { layer, index }, own))
    }

    /// The layers in priority order.
    pub(crate) fn layers(&self) -> impl Iterator<Item = &Gazetteer> {
        self.user.iter().map(|g| &**g).chain(self.builtin)
    }

    /// The entry a candidate names.
    pub(crate) fn entry(&self, id: EntryId) -> EntryRef<'_> {
        let layer = id.layer as usize;
        let g = match self.user.get(layer) {
            Some(g) => &**g,
            None => self.builtin.expect("an entry id names an existing layer"),
        };
        g.entry(id.index)
    }

    /// What any layer's start filter says may start at token `t` (one token alone, branch-free).
    #[inline(always)]
    fn token_starts(&self, t: &Token) -> Starts {
        // Not `layers().any(..)`: that closure is not inlined, and this runs at every token.
        let mut s = Starts {
            one: false,
            longer: false,
        };
        for g in self.layers() {
            let g = g.token_starts(t);
            s.one |= g.one;
            s.longer |= g.longer;
        }
        let word = t.kind != TokenKind::Punct;
        Starts {
            one: s.one & word,
            longer: s.longer & word,
        }
    }

    /// Fills `scratch.flags` and `scratch.visit` for `tokens`, and appends a candidate for
    /// every key that starts at a token, ends at a token end and meets its case rule.
    ///
    /// `visit` lists the tokens that any finder looks at: those where a key may start, and
    /// capitalised words of two or more bytes (titles, head words, surnames). Everything else
    /// (lower-case words, numbers, punctuation: most of a text) is skipped by every finder.
    pub(crate) fn find(&self, text: &str, tokens: &[Token], scratch: &mut Scratch) {
        self.mark_starts(tokens, scratch);
        let Scratch {
            flags,
            visit,
            visits,
            candidates,
            given_names,
            walk: ws,
            ..
        } = scratch;
        given_names.clear();
        for &k in &visit[..*visits] {
            // Visited for the rules only (a capitalised word no key starts with).
            if !flags[k].has(Flags::MAY_START) {
                continue;
            }
            for (layer, g) in self.layers().enumerate() {
                // The OR of the layers' filters let the token through; this layer's own filter
                // spares a walk of a transducer that cannot have the key.
                let starts = g.may_start(&tokens[k], tokens.get(k + 1));
                if !starts.any() {
                    continue;
                }
                ws.keys.clear();
                walk(g, text, tokens, k, starts.longer, ws);
                for key in &ws.keys {
                    let kv = KeyValue::decode(key.value);
                    // A given name is a fact for the person finder, not a candidate: "Peter"
                    // alone names nobody. Only the bare word counts ("Peters" is no name).
                    if key.end == k
                        && !key.inflected
                        && kv.given_name
                        && !flags[k].has(Flags::GIVEN_NAME)
                    {
                        flags[k].0 |= Flags::GIVEN_NAME;
                        given_names.push(k);
                    }
                    let Some(index) = kv.entry else { continue };
                    // Before the case test: the title rule asks whether a name starts here in
                    // any case ("Präsident FRANKREICHS" is no person either).
                    flags[k].0 |= Flags::ENTRY_STARTS;
                    // The case rule is the alias's: "US" only as written, "Turkey" only
                    // capitalised (see `compile::CaseMode`).
                    if !kv.case_matches(&text[tokens[k].start..tokens[key.end].end]) {
                        continue;
                    }
                    let label = g.entry(index).label;
                    // A place is written with a capital, whatever its alias's case rule:
                    // in lower case its name is a word ("lakeside", "the villages", "the
                    // Netherlands" is "Netherlands"). Scripts without case are not asked.
                    if label.is_place() && starts_lower_case(&text[tokens[k].start..]) {
                        continue;
                    }
                    // Layers are few (the user's files and the built-in one).
                    let layer = layer as u16;
                    candidates.push(Candidate {
                        anchor: k,
                        start: k,
                        end: key.end,
                        label,
                        entry: Some(EntryId { layer, index }),
                        origin: if key.inflected {
                            Origin::Inflection
                        } else {
                            Origin::Gazetteer
                        },
                        priority: Priority::Name {
                            end: key.end,
                            strength: if key.inflected {
                                Strength::Inflected(Reverse(layer))
                            } else {
                                Strength::Exact(Reverse(layer))
                            },
                        },
                    });
                }
            }
        }
    }

    /// The pre-pass: which tokens may start a key ([`Flags::MAY_START`]), and which ones any
    /// finder must look at (`visit`). The filter reads are independent here, so the CPU
    /// overlaps their cache misses, and `visit` is written at every token and only advanced
    /// when it should be, which saves a branch per token.
    fn mark_starts(&self, tokens: &[Token], scratch: &mut Scratch) {
        let n = tokens.len();
        let Scratch {
            flags,
            visit,
            visits,
            rule_words,
            surnames,
            surname_slots,
            speech,
            ..
        } = scratch;
        flags.clear();
        flags.resize(n, Flags::default());
        if visit.len() < n + 1 {
            visit.resize(n + 1, 0);
            surnames.resize(n + 1, 0);
        }
        // First every token alone; the tokens that only start longer keys ("der", "New": one
        // in eight) are collected, without a branch, for the pair test with the next token.
        let mut pairs = 0;
        for (k, t) in tokens.iter().enumerate() {
            let s = self.token_starts(t);
            flags[k] = Flags(s.one as u8);
            visit[pairs] = k;
            pairs += (s.longer & !s.one) as usize;
        }
        for &k in &visit[..pairs] {
            if let Some(next) = tokens.get(k + 1) {
                let mut any = false;
                for g in self.layers() {
                    any |= g.pair_may_start(&tokens[k], next);
                }
                flags[k] = Flags(any as u8);
            }
        }
        let (mut count, mut slots) = (0, 0);
        rule_words.clear();
        speech.clear();
        // The filters' words (title, head word, verb of saying) are read once, here.
        let speech_bits = &*super::SPEECH;
        for (k, t) in tokens.iter().enumerate() {
            let capitalised =
                (t.kind == TokenKind::Word) & t.is_capitalised() & (t.end - t.start >= 2);
            visit[count] = k;
            count += (flags[k].has(Flags::MAY_START) | capitalised) as usize;
            surnames[slots] = k;
            slots += (capitalised & (t.end - t.start >= 3)) as usize;
            // Most capitalised words are turned away by the filter's one load.
            if capitalised && may_be_rule_word(t.hash) {
                rule_words.push(k);
            }
            if speech_bits.may_contain(t.hash) {
                speech.push(k);
            }
        }
        *visits = count;
        *surname_slots = slots;
    }

    /// Whether the folded `key` is a given name in some layer.
    fn is_given_key(&self, key: &[u8]) -> bool {
        self.layers().any(|g| {
            g.fst()
                .get(key)
                .is_some_and(|o| KeyValue::decode(o.value()).given_name)
        })
    }

    /// Whether token `t` is a known given name (exactly, up to case).
    pub(crate) fn is_given_name(&self, text: &str, t: &Token, ws: &mut WalkScratch) -> bool {
        if t.kind != TokenKind::Word || !t.is_capitalised() {
            return false;
        }
        ws.fold.clear();
        fold_into(t.text(text), &mut ws.fold);
        self.is_given_key(&ws.fold)
    }
}

/// Whether `text` starts with a lower-case letter ("lakeside", not "Lakeside" or "北京").
#[inline]
fn starts_lower_case(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_lowercase)
}

/// Whether `suffix` (the one byte left of a word after the key's part) is an inflectional
/// ending that may follow a stem of `stem_len` bytes ending in `stem_last` (folded).
///
/// German genitive "-s" ("Frankreichs", "Macrons"; not after s, x, z) and the weak adjective
/// "-n" after "-e" ("Vereinte" → "Vereinten", "Europäische" → "Europäischen"). English
/// demonyms such as "Indian" or "Russian" are not reached: "-n" only follows "-e".
#[inline]
fn inflection_allowed(stem_len: usize, stem_last: u8, suffix: u8) -> bool {
    stem_len >= MIN_STEM
        && match suffix {
            b's' => stem_last.is_ascii_lowercase() && !matches!(stem_last, b's' | b'x' | b'z'),
            b'n' => stem_last == b'e',
            _ => false,
        }
}

/// Walks `gazetteer`'s transducer from token `i`, pushing every key that ends at a token end
/// (or before an inflectional ending) onto `ws.keys`; keys of more than one token only when
/// `longer` (the start filter says whether one may start here: most walks end with their first
/// token, and going on to the next one decodes its nodes for nothing).
///
/// The first token's step from the root is memoised per thread (`ws.first_steps`): most walks
/// start at the same few hundred words ("EU", "Österreich", given names), and replaying their
/// recorded outcome skips the node decoding of every byte.
fn walk(
    gazetteer: &Gazetteer,
    text: &str,
    tokens: &[Token],
    i: usize,
    longer: bool,
    ws: &mut WalkScratch,
) {
    let WalkScratch {
        fold,
        stack,
        keys,
        found,
        first_steps,
    } = ws;
    // Depth-first over the (state, output, next token) triples a key may go on from.
    stack.clear();
    let fst = gazetteer.fst();
    // The first token, from the root: replayed from the memo, or stepped and recorded.
    let tok = tokens[i];
    let (bytes, ascii) = token_bytes(text, &tok, fold);
    let memo_key = (gazetteer.uid(), tok.hash);
    let lower_eq = |stored: &[u8]| {
        stored.len() == bytes.len()
            && if ascii {
                stored
                    .iter()
                    .zip(bytes)
                    .all(|(s, b)| *s == b.to_ascii_lowercase())
            } else {
                stored == bytes
            }
    };
    let record = || {
        let mut finals = Vec::new();
        let mut continuations = Vec::new();
        step_token(
            fst,
            fst.root().addr(),
            0,
            bytes,
            ascii,
            tok.kind == TokenKind::Word,
            &mut |e| match e {
                Step::Final(value, inflected) => finals.push((value, inflected)),
                Step::Continue(addr, out) => continuations.push((addr, out)),
            },
        );
        let folded = if ascii {
            bytes.iter().map(u8::to_ascii_lowercase).collect()
        } else {
            bytes.to_vec()
        };
        FirstStep {
            folded,
            finals,
            continuations,
        }
    };
    // Bounded: a document of unique words must not grow the memo without limit. Starting
    // afresh is cheaper than an eviction policy and loses little (the hot words come back).
    if first_steps.len() >= FIRST_STEP_MEMO {
        first_steps.clear();
    }
    let step = match first_steps.entry(memo_key) {
        Entry::Occupied(e) if lower_eq(&e.get().folded) => e.into_mut(),
        // Another token with the same hash: it takes the place.
        Entry::Occupied(mut e) => {
            e.insert(record());
            e.into_mut()
        }
        Entry::Vacant(e) => e.insert(record()),
    };
    for &(value, inflected) in &step.finals {
        keys.push(Key {
            end: i,
            value,
            inflected,
        });
    }
    if longer {
        for &(addr, out) in &step.continuations {
            stack.push((addr, out, i + 1));
        }
    }
    // Further tokens, each after the one space between tokens of a key.
    while let Some((addr, out, t)) = stack.pop() {
        // The end of the document, or a key longer than any name: no key goes on.
        if t >= tokens.len() || t - i >= MAX_NAME_TOKENS {
            continue;
        }
        let node = fst.node(addr);
        // Keys join their tokens with one space, whatever the text has between them (spaces,
        // a line break), so "Olaf\nScholz" reaches the key "olaf scholz".
        let Some(k) = node.find_input(b' ') else {
            continue;
        };
        let tr = node.transition(k);
        let tok = tokens[t];
        let (bytes, ascii) = token_bytes(text, &tok, fold);
        // Collected first: `step_token` borrows the transducer while the stack grows. The
        // buffer is the thread's: a fresh one per step was a third of the walks' allocations.
        found.clear();
        step_token(
            fst,
            tr.addr,
            out + tr.out.value(),
            bytes,
            ascii,
            tok.kind == TokenKind::Word,
            &mut |e| found.push(e),
        );
        for e in found.drain(..) {
            match e {
                Step::Final(value, inflected) => keys.push(Key {
                    end: t,
                    value,
                    inflected,
                }),
                Step::Continue(addr, out) => stack.push((addr, out, t + 1)),
            }
        }
    }
}

/// The recorded outcome of walking one token from the root.
#[derive(Debug)]
struct FirstStep {
    /// The token's folded bytes (to rule out hash collisions).
    folded: Vec<u8>,
    /// Keys that end with the token: value and whether an inflectional ending was skipped.
    finals: Vec<(u64, bool)>,
    /// States from which a longer key may go on with the next token.
    continuations: Vec<(CompiledAddr, u64)>,
}

/// What walking one token can find.
#[derive(Clone, Copy, Debug)]
enum Step {
    /// A key ends here: its value, and whether an inflectional ending was skipped.
    Final(u64, bool),
    /// A longer key may go on with the next token from this state.
    Continue(CompiledAddr, u64),
}

/// A token's bytes for walking: the text itself when it is ASCII (lower-cased on the fly), else
/// its folded form in `fold`.
fn token_bytes<'b>(text: &'b str, tok: &Token, fold: &'b mut Vec<u8>) -> (&'b [u8], bool) {
    let raw = tok.text(text);
    if tok.is_ascii() {
        (raw.as_bytes(), true)
    } else {
        fold.clear();
        fold_into(raw, fold);
        (&fold[..], false)
    }
}

/// Walks one token's bytes from state `addr` (with accumulated output `out`), reporting keys
/// that end with it (or before an inflectional ending) and states that may go on.
fn step_token<D: AsRef<[u8]>>(
    fst: &fst::raw::Fst<D>,
    addr: CompiledAddr,
    mut out: u64,
    bytes: &[u8],
    ascii: bool,
    word: bool,
    emit: &mut dyn FnMut(Step),
) {
    let mut node = fst.node(addr);
    // ASCII tokens are walked from the text itself, lower-cased byte by byte, which spares
    // folding them into a buffer first (most tokens of European news are ASCII).
    let lower = |b: u8| if ascii { b.to_ascii_lowercase() } else { b };
    for k in 0..bytes.len() {
        if word && k >= MIN_STEM && k + 1 == bytes.len() {
            // The last byte of the word may be an inflectional ending.
            if inflection_allowed(k, lower(bytes[k - 1]), lower(bytes[k])) {
                if node.is_final() {
                    emit(Step::Final(out + node.final_output().value(), true));
                }
                if node.find_input(b' ').is_some() {
                    emit(Step::Continue(node.addr(), out));
                }
            }
        }
        // No transition: no key has this prefix, so the walk ends here.
        match node.find_input(lower(bytes[k])) {
            Some(x) => {
                let tr = node.transition(x);
                out += tr.out.value();
                node = fst.node(tr.addr);
            }
            None => return,
        }
    }
    // The whole token: a key may end here, and a longer one may go on after a space.
    if node.is_final() {
        emit(Step::Final(out + node.final_output().value(), false));
    }
    if node.find_input(b' ').is_some() {
        emit(Step::Continue(node.addr(), out));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, lookup, proposed, Run, Table};

    const GAZETTEER: &str = "\
country,Frankreich,France,FR
organisation,Vereinte Nationen,UN,Q1065
organisation,Vereinte Nationen Umweltprogramm,UNEP,Q1
person,Zorro Alpha,,Q2
";

    #[test]
    fn proposes_every_alias_that_starts_at_a_token() {
        let l = lookup(GAZETTEER, false);
        let table: &Table = &[
            ("nichts hier", &[]),
            ("in Frankreich", &[("Frankreich", "country", "gazetteer")]),
            // Inflection: German genitive and weak adjective endings.
            (
                "Frankreichs Präsident",
                &[("Frankreichs", "country", "inflection")],
            ),
            (
                // Declined forms of multi-word aliases are keys of their own (`compile`).
                "der Vereinten Nationen",
                &[("Vereinten Nationen", "organisation", "gazetteer")],
            ),
            // Overlapping keys from one token are all proposed; the resolver chooses.
            (
                "Vereinte Nationen Umweltprogramm",
                &[
                    ("Vereinte Nationen", "organisation", "gazetteer"),
                    (
                        "Vereinte Nationen Umweltprogramm",
                        "organisation",
                        "gazetteer",
                    ),
                ],
            ),
            // Short acronyms only as written; word boundaries are token boundaries.
            ("UN und un und Un", &[("UN", "organisation", "gazetteer")]),
            ("Frankreichreise", &[]),
            ("Zorro  Alpha", &[("Zorro  Alpha", "person", "gazetteer")]),
        ];
        check(&l, Run::Lookup, table);
    }

    #[test]
    fn places_are_found_only_with_a_capital() {
        let l = lookup(
            "city,Lakeside,,1\ncity,The Villages,,2\nregion,Bayern,,DE-BY\n\
             city,北京,,3\ncountry,Netherlands,The Netherlands,NL\n\
             organisation,zoviet france,,Q3\n",
            false,
        );
        let table: &Table = &[
            ("a Lakeside cottage", &[("Lakeside", "city", "gazetteer")]),
            ("her lakeside cottage", &[]),
            ("in The Villages", &[("The Villages", "city", "gazetteer")]),
            ("towards the villages of", &[]),
            ("in bayern", &[]),
            ("Bayern gewann", &[("Bayern", "region", "gazetteer")]),
            // Scripts without case.
            ("到 北京 去", &[("北京", "city", "gazetteer")]),
            // "the Netherlands" is the country's name without the article.
            (
                "in the Netherlands",
                &[("Netherlands", "country", "gazetteer")],
            ),
            (
                "The Netherlands",
                &[
                    ("The Netherlands", "country", "gazetteer"),
                    ("Netherlands", "country", "gazetteer"),
                ],
            ),
            // Not a place: the alias's own case rule.
            (
                "zoviet france",
                &[("zoviet france", "organisation", "gazetteer")],
            ),
        ];
        check(&l, Run::Lookup, table);
    }

    #[test]
    fn user_layers_come_before_the_builtin_one() {
        // Both layers know "Frankreich"; the user's candidate is proposed first (layer 0).
        let l = lookup("country,Frankreich (user),Frankreich,XF\n", true);
        let got = proposed(&l, "Frankreich", Run::Lookup);
        assert_eq!(got.len(), 2);
    }
}
