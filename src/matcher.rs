//! The entity matcher: finds gazetteer mentions, "Given Surname" people and surname
//! coreference in a tokenized document. Dates are found by [`crate::dates`]; putting the two
//! together is [`crate::Extractor`]'s job.
//!
//! Matching walks each gazetteer's transducer from every token that can start a name, one folded
//! token at a time with a single space between tokens, and keeps the longest match
//! (leftmost-longest, like `MatchKind::LeftmostLongest` in aho-corasick). Inside a walk, a word
//! may end in a German inflectional ending that the alias lacks: "Frankreichs" reaches the key
//! "frankreich" with "s" left over, "Vereinten Nationen" reaches "vereinte nationen" with an "n"
//! left over inside the first word. Such matches are marked [`Source::Inflection`] and lose ties
//! against exact ones. Each alias's case rule (see `CaseMode` in `gazetteer/compile.rs`)
//! is checked against the original text, so "US" is never found in "us".

use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use fst::raw::{CompiledAddr, Fst};

use crate::gazetteer::compile::{KeyValue, Starts};
use crate::gazetteer::{Gazetteer, Label};
use crate::span::{Mention, Source, Span};
use crate::token::{fold_into, token_hash, Token, TokenKind, MIN_STEM};

/// The longest name, in tokens, that the matcher looks for ("Demokratische Republik Kongo" is 3,
/// "St. Vincent und die Grenadinen" is 6).
const MAX_NAME_TOKENS: usize = 16;

/// Finds gazetteer mentions in tokenized documents. Build it once and share it between threads.
#[derive(Debug)]
pub struct EntityMatcher {
    /// User gazetteers first (they win ties), then the built-in one.
    user: Vec<Gazetteer>,
    builtin: Option<&'static Gazetteer>,
}

/// Reusable buffers for one thread's matching, so that matching allocates nothing per token.
#[derive(Debug, Default)]
pub struct Scratch {
    fold: Vec<u8>,
    stack: Vec<(CompiledAddr, u64, usize)>,
    candidates: Vec<Candidate>,
    /// Per token: whether any gazetteer's start filter lets a key start with it. Computed in a
    /// pass of its own before matching: the filter reads are independent there, so the CPU
    /// overlaps their cache misses instead of waiting for each in turn.
    may_start: Vec<bool>,
    /// Indices of the tokens the main pass looks at (see [`EntityMatcher::find`]); only the
    /// first entries are valid for a document, the rest is left from earlier ones.
    visit: Vec<usize>,
    /// Tokens that the main pass left outside mentions and that could be a surname
    /// (capitalised words of three or more bytes): the only ones coreference looks at.
    uncovered: Vec<usize>,
    /// Memoised first steps of walks, by (gazetteer uid, token hash); see [`walk`]. The uid
    /// ([`Gazetteer::uid`]) is never reused in a process, so an entry of a dropped gazetteer
    /// can never be replayed in another one's transducer (it only waits to be cleared).
    first_steps: HashMap<(u64, u64), FirstStep, BuildHasherDefault<PrehashedKey>>,
    /// Hash of a folded surname → indices (into the output) of the people who bear it, in order.
    surnames: HashMap<u64, Vec<usize>, BuildHasherDefault<PrehashedKey>>,
}

/// A `Hasher` for keys that are already 64-bit hashes (FNV of folded text): no second hashing.
#[derive(Debug, Default)]
struct PrehashedKey(u64);

impl Hasher for PrehashedKey {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = token_hash(bytes);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

#[derive(Clone, Copy, Debug)]
struct Candidate {
    /// Index of the last token of the match.
    end: usize,
    value: u64,
    inflected: bool,
}

/// The best match found at one token.
#[derive(Clone, Copy, Debug)]
struct Best<'g> {
    end: usize,
    inflected: bool,
    gazetteer: &'g Gazetteer,
    entry: u32,
}

impl EntityMatcher {
    /// A matcher over `user` gazetteers (highest priority first) and, when `builtin` is true,
    /// the built-in one after them.
    pub fn new(user: Vec<Gazetteer>, builtin: bool) -> EntityMatcher {
        EntityMatcher {
            user,
            builtin: builtin.then(Gazetteer::builtin),
        }
    }

    fn layers(&self) -> impl Iterator<Item = &Gazetteer> {
        self.user.iter().chain(self.builtin)
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

    /// Appends the mentions found in `text` (cut into `tokens`) to `out`, sorted by start and
    /// never overlapping.
    pub fn find<'a>(
        &'a self,
        text: &'a str,
        tokens: &[Token],
        scratch: &mut Scratch,
        out: &mut Vec<Mention<'a>>,
    ) {
        let first = out.len();
        scratch.uncovered.clear();
        // The pre-pass: which tokens may start a gazetteer name (`may_start`), and which ones
        // the main loop must look at (`visit`): those, and capitalised words, which the title,
        // organisation and coreference rules look at. Everything else (lower-case words,
        // numbers, punctuation: most of a text) is skipped. The filter reads are independent
        // here, so the CPU overlaps their cache misses, and `visit` is written at every token
        // and only advanced when it should be, which saves a branch per token.
        let n = tokens.len();
        scratch.may_start.clear();
        scratch.may_start.resize(n, false);
        if scratch.visit.len() < n + 1 {
            scratch.visit.resize(n + 1, 0);
        }
        // First every token alone; the tokens that only start longer keys ("der", "New": one
        // in eight) are collected, without a branch, for the pair test with the next token.
        let mut pairs = 0;
        for (k, t) in tokens.iter().enumerate() {
            let s = self.token_starts(t);
            scratch.may_start[k] = s.one;
            scratch.visit[pairs] = k;
            pairs += (s.longer & !s.one) as usize;
        }
        for p in 0..pairs {
            let k = scratch.visit[p];
            if let Some(next) = tokens.get(k + 1) {
                let mut any = false;
                for g in self.layers() {
                    any |= g.pair_may_start(&tokens[k], next);
                }
                scratch.may_start[k] = any;
            }
        }
        let mut visits = 0;
        for (k, t) in tokens.iter().enumerate() {
            let rule_word =
                (t.kind == TokenKind::Word) & t.is_capitalised() & (t.end - t.start >= 2);
            scratch.visit[visits] = k;
            visits += (scratch.may_start[k] | rule_word) as usize;
        }
        let mut next_visit = 0;
        let mut i = 0;
        while next_visit < visits {
            let k = scratch.visit[next_visit];
            next_visit += 1;
            if k < i {
                // Inside a mention found from an earlier token.
                continue;
            }
            i = k;
            // An organisation found from its head word must not reach back into a mention.
            let floor = if out.len() > first {
                out[out.len() - 1].span.end
            } else {
                0
            };
            if !scratch.may_start[i] {
                i = self.no_name_at(text, tokens, i, floor, scratch, out);
                continue;
            }
            let mut best: Option<Best<'a>> = None;
            let mut given_name = false;
            for g in self.layers() {
                let starts = g.may_start(&tokens[i], tokens.get(i + 1));
                if !starts.any() {
                    continue;
                }
                scratch.candidates.clear();
                walk(g, text, tokens, i, starts.longer, scratch);
                for c in &scratch.candidates {
                    let kv = KeyValue::decode(c.value);
                    if c.end == i && !c.inflected && kv.given_name {
                        given_name = true;
                    }
                    let Some(entry) = kv.entry else { continue };
                    let better = match best {
                        None => true,
                        Some(b) => (c.end, !c.inflected) > (b.end, !b.inflected),
                    };
                    if better && kv.case_matches(&text[tokens[i].start..tokens[c.end].end]) {
                        best = Some(Best {
                            end: c.end,
                            inflected: c.inflected,
                            gazetteer: g,
                            entry,
                        });
                    }
                }
            }
            let person_end = if given_name
                && tokens[i].is_capitalised()
                && !(i > 0 && is_article(tokens[i - 1].text(text)))
            {
                self.surname_end(text, tokens, i, scratch)
            } else {
                None
            };
            match (best, person_end) {
                (b, Some(end)) if b.is_none_or(|b| end > b.end) => {
                    let span_text = &text[tokens[i].start..tokens[end].end];
                    out.push(Mention {
                        label: Label::Person,
                        span: span(tokens, i, end),
                        text: span_text,
                        canonical: span_text,
                        id: "",
                        value: None,
                        source: Source::GivenName,
                    });
                    i = end + 1;
                }
                (Some(b), _)
                    if b.gazetteer.entry(b.entry).label == Label::Country
                        && i > 0
                        && is_region_prefix(tokens[i - 1].text(text)) =>
                {
                    // "New Jersey", "West Jersey", "New Mexico": a state or a region, not the
                    // country. Countries named so ("New Zealand", "North Korea") are whole
                    // aliases, matched from the token before.
                    i = b.end + 1;
                }
                (Some(b), _) => {
                    let e = b.gazetteer.entry(b.entry);
                    out.push(Mention {
                        label: e.label,
                        span: span(tokens, i, b.end),
                        text: &text[tokens[i].start..tokens[b.end].end],
                        canonical: e.canonical,
                        id: e.id,
                        value: None,
                        source: if b.inflected {
                            Source::Inflection
                        } else {
                            Source::Gazetteer
                        },
                    });
                    i = b.end + 1;
                }
                (None, _) => i = self.no_name_at(text, tokens, i, floor, scratch, out),
            }
        }
        self.link_surnames(text, tokens, first, scratch, out);
    }

    /// At token `i`, where no gazetteer name starts: a person after a title, an organisation
    /// by its head word, or else a note that the token may be a surname for coreference.
    /// Returns the index of the next token to look at.
    ///
    /// The common case (a third of all tokens in German, where every noun is capitalised) is
    /// inlined: a capitalised word that is no title and no head word is only noted.
    #[inline(always)]
    fn no_name_at<'a>(
        &self,
        text: &'a str,
        tokens: &[Token],
        i: usize,
        floor: usize,
        scratch: &mut Scratch,
        out: &mut Vec<Mention<'a>>,
    ) -> usize {
        let t = &tokens[i];
        if t.kind != TokenKind::Word || t.end - t.start < 2 || !t.is_capitalised() {
            return i + 1;
        }
        if may_be_rule_word(t.hash) {
            if let Some(next) = self.rule_word_at(text, tokens, i, floor, scratch, out) {
                return next;
            }
        }
        if t.end - t.start >= 3 {
            scratch.uncovered.push(i);
        }
        i + 1
    }

    /// For a capitalised word at `i` that may be a title or an organisation's head word: the
    /// person or organisation it gives, pushed to `out`, and the next token to look at.
    #[inline(never)]
    fn rule_word_at<'a>(
        &self,
        text: &'a str,
        tokens: &[Token],
        i: usize,
        floor: usize,
        scratch: &mut Scratch,
        out: &mut Vec<Mention<'a>>,
    ) -> Option<usize> {
        let mut push = |label, start: usize, end: usize, source| {
            let span_text = &text[tokens[start].start..tokens[end].end];
            out.push(Mention {
                label,
                span: span(tokens, start, end),
                text: span_text,
                canonical: span_text,
                id: "",
                value: None,
                source,
            });
            end + 1
        };
        let starts_name = |k: usize| self.starts_name(text, tokens, k, scratch);
        if let Some((start, end)) = titled_name(text, tokens, i, starts_name) {
            return Some(push(Label::Person, start, end, Source::Title));
        }
        let (start, end) = organisation_at(text, tokens, i, floor)?;
        // The capitalised words before the head word were noted as possible surnames.
        scratch.uncovered.retain(|&k| k < start);
        Some(push(
            Label::Organisation,
            start,
            end,
            Source::OrganisationRule,
        ))
    }

    /// Whether a gazetteer name (an entry's alias, not only a given name) starts at token `k`.
    fn starts_name(&self, text: &str, tokens: &[Token], k: usize, scratch: &mut Scratch) -> bool {
        if !scratch.may_start[k] {
            return false;
        }
        self.layers().any(|g| {
            scratch.candidates.clear();
            walk(g, text, tokens, k, true, scratch);
            scratch
                .candidates
                .iter()
                .any(|c| KeyValue::decode(c.value).entry.is_some())
        })
    }

    /// Whether token `t` is a known given name (exactly, up to case).
    fn is_given_name(&self, text: &str, t: &Token, scratch: &mut Scratch) -> bool {
        if t.kind != TokenKind::Word || !t.is_capitalised() {
            return false;
        }
        scratch.fold.clear();
        fold_into(t.text(text), &mut scratch.fold);
        self.layers().any(|g| {
            g.fst()
                .get(&scratch.fold)
                .is_some_and(|o| KeyValue::decode(o.value()).given_name)
        })
    }

    /// After a given name at token `i`: the last token of `Given [Given|-Given]* [particles]
    /// Surname[-Surname]`, or None when no surname follows.
    fn surname_end(
        &self,
        text: &str,
        tokens: &[Token],
        i: usize,
        scratch: &mut Scratch,
    ) -> Option<usize> {
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
        for _ in 0..3 {
            if joined(j) && self.is_given_name(text, &tokens[j + 1], scratch) {
                j += 2;
            } else if capitalised(j)
                && (capitalised(j + 1) || (word(j + 1) && is_particle(tokens[j + 1].text(text))))
                && self.is_given_name(text, &tokens[j], scratch)
            {
                j += 1;
            } else {
                break;
            }
        }
        // "von der Leyen", "de la Rúa", "van den Berg": a leading particle, then at most two
        // more ("der" alone is an article, not a particle: "Art der Kahlhechtartigen").
        if word(j) && is_particle(tokens[j].text(text)) {
            j += 1;
            let mut more = 0;
            while word(j) && more < 2 && is_inner_particle(tokens[j].text(text)) {
                j += 1;
                more += 1;
            }
        }
        if !capitalised(j) || !is_surname_like(tokens[j].text(text)) {
            return None;
        }
        let end = if joined(j + 1) { j + 2 } else { j };
        // A further capitalised word makes it a longer proper name of something else
        // ("Perry Stadium", "West Jersey Railroad"), not a person.
        if capitalised(end + 1) && tokens[end + 1].start > tokens[end].end {
            return None;
        }
        Some(end)
    }

    /// Finds surnames of people already found elsewhere in the document ("Macron", "Macrons"
    /// after "Emmanuel Macron") and appends them as [`Source::Coreference`] mentions, then
    /// re-sorts `out[first..]`. A surname shared by two people links to the nearest one before
    /// it (or the first one after it).
    fn link_surnames<'a>(
        &self,
        text: &'a str,
        tokens: &[Token],
        first: usize,
        scratch: &mut Scratch,
        out: &mut Vec<Mention<'a>>,
    ) {
        scratch.surnames.clear();
        for (k, m) in out[first..].iter().enumerate() {
            if m.label != Label::Person {
                continue;
            }
            // The last word of the mention is its surname.
            let Some(last) = m
                .text
                .rsplit(|c: char| !(c.is_alphanumeric() || c == '\u{0308}'))
                .find(|w| !w.is_empty())
            else {
                continue;
            };
            if last.chars().count() < 3 || !last.chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            scratch.fold.clear();
            fold_into(last, &mut scratch.fold);
            let key = token_hash(&scratch.fold);
            scratch.surnames.entry(key).or_default().push(first + k);
        }
        if scratch.surnames.is_empty() {
            return;
        }
        let end_found = out.len();
        for &k in &scratch.uncovered {
            let t = &tokens[k];
            // The surname itself, or its genitive ("Macrons").
            let genitive = || {
                let last = text.as_bytes()[t.end - 1];
                (t.stem_hash != 0 && last == b's').then_some(t.stem_hash)
            };
            let people = scratch
                .surnames
                .get(&t.hash)
                .or_else(|| genitive().and_then(|h| scratch.surnames.get(&h)));
            let Some(people) = people else { continue };
            // The nearest bearer before this token, else the first one after it.
            let before = people.partition_point(|&m| out[m].span.start < t.start);
            let link = Some(people[before.saturating_sub(1)]);
            if let Some(m) = link {
                let (canonical, id) = (out[m].canonical, out[m].id);
                out.push(Mention {
                    label: Label::Person,
                    span: Span {
                        start: t.start,
                        end: t.end,
                        ..Span::default()
                    },
                    text: t.text(text),
                    canonical,
                    id,
                    value: None,
                    source: Source::Coreference,
                });
            }
        }
        if out.len() > end_found {
            out[first..].sort_by_key(|m| m.span.start);
        }
    }
}

/// The byte span of tokens `i..=j` (character offsets are filled in later).
fn span(tokens: &[Token], i: usize, j: usize) -> Span {
    Span {
        start: tokens[i].start,
        end: tokens[j].end,
        ..Span::default()
    }
}

/// Name particles that may follow a given name ("Ursula von der Leyen", "Luiz Inácio da Silva").
fn is_particle(w: &str) -> bool {
    matches!(
        w,
        "von"
            | "van"
            | "de"
            | "da"
            | "di"
            | "del"
            | "della"
            | "dos"
            | "das"
            | "du"
            | "zu"
            | "ten"
            | "ter"
            | "bin"
            | "al"
            | "el"
            | "ibn"
    )
}

/// Particles that may follow another particle ("von der", "van den", "de la", "de los").
fn is_inner_particle(w: &str) -> bool {
    matches!(
        w,
        "der" | "den" | "dem" | "la" | "las" | "los" | "le" | "zu"
    )
}

/// Head words and legal forms that end an organisation's name ("Siemens AG", "Montreal Hockey
/// Club", "Freie Universität"), folded.
const ORGANISATION_SUFFIXES: &[&str] = &[
    "ag",
    "gmbh",
    "kgaa",
    "se",
    "inc",
    "ltd",
    "llc",
    "plc",
    "corp",
    "corporation",
    "company",
    "spa",
    "nv",
    "university",
    "college",
    "club",
    "party",
    "association",
    "institute",
    "foundation",
    "society",
    "airlines",
    "airways",
    "records",
    "league",
    "federation",
    "committee",
    "council",
    "commission",
    "ministry",
    "agency",
    "bank",
    "group",
    "holdings",
    "motors",
    "orchestra",
    "universität",
    "hochschule",
    "partei",
    "verein",
    "verband",
    "stiftung",
    "institut",
    "gruppe",
    "konzern",
    "ministerium",
    "klinikum",
    "verlag",
];

/// Head words that start an organisation's name ("University of Toronto", "FC Schalke 04"),
/// folded.
const ORGANISATION_PREFIXES: &[&str] = &[
    "university",
    "universität",
    "universidad",
    "université",
    "bank",
    "fc",
    "sc",
    "sv",
    "vfb",
    "vfl",
    "tsv",
    "tsg",
];

/// Token hashes of the organisation head words: (hash, is suffix, is prefix), sorted by hash.
static ORGANISATION_HEADS: once_cell::sync::Lazy<Vec<(u64, bool, bool)>> =
    once_cell::sync::Lazy::new(|| {
        let mut v: Vec<(u64, bool, bool)> = ORGANISATION_SUFFIXES
            .iter()
            .chain(ORGANISATION_PREFIXES)
            .map(|w| {
                (
                    token_hash(w.as_bytes()),
                    ORGANISATION_SUFFIXES.contains(w),
                    ORGANISATION_PREFIXES.contains(w),
                )
            })
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    });

/// A 4,096-bit Bloom filter (in L1 cache) over the hashes of organisation head words and
/// titles: most capitalised words are rejected by it before any table search.
static RULE_WORDS: once_cell::sync::Lazy<[u64; 64]> = once_cell::sync::Lazy::new(|| {
    let mut bits = [0u64; 64];
    for w in ORGANISATION_SUFFIXES
        .iter()
        .chain(ORGANISATION_PREFIXES)
        .chain(TITLES)
    {
        let h = token_hash(w.as_bytes());
        for p in [h & 4095, (h >> 12) & 4095] {
            bits[(p >> 6) as usize] |= 1 << (p & 63);
        }
    }
    bits
});

/// Whether a token with this hash may be an organisation head word or a title.
#[inline]
fn may_be_rule_word(h: u64) -> bool {
    let bits = &*RULE_WORDS;
    [h & 4095, (h >> 12) & 4095]
        .iter()
        .all(|&p| bits[(p >> 6) as usize] & (1 << (p & 63)) != 0)
}

/// Titles before a surname ("Herr Müller", "Kanzlerin Merkel", "Mr. Smith"), folded.
const TITLES: &[&str] = &[
    "herr",
    "frau",
    "dr",
    "prof",
    "mr",
    "mrs",
    "ms",
    "sir",
    "dame",
    "lord",
    "präsident",
    "präsidentin",
    "kanzler",
    "kanzlerin",
    "ministerpräsident",
    "ministerpräsidentin",
    "bundeskanzler",
    "bundeskanzlerin",
    "bundespräsident",
    "bundespräsidentin",
    "minister",
    "ministerin",
    "president",
    "chancellor",
    "senator",
    "governor",
    "gouverneur",
    "bürgermeister",
    "bürgermeisterin",
    "monsieur",
    "madame",
    "señor",
    "señora",
    "papst",
    "pope",
];

static TITLE_HASHES: once_cell::sync::Lazy<Vec<u64>> = once_cell::sync::Lazy::new(|| {
    let mut v: Vec<u64> = TITLES.iter().map(|w| token_hash(w.as_bytes())).collect();
    v.sort_unstable();
    v
});

/// After a title at token `i` ("Herr", "Kanzlerin", "Mr."): the first and last token of the
/// one or two capitalised, surname-like words that follow, when no gazetteer name starts at
/// them (`starts_name`: "Präsident Frankreichs" is no person, and "Präsident Emmanuel Macron"
/// is left to the gazetteer) and no further capitalised word follows.
fn titled_name(
    text: &str,
    tokens: &[Token],
    i: usize,
    mut starts_name: impl FnMut(usize) -> bool,
) -> Option<(usize, usize)> {
    if TITLE_HASHES.binary_search(&tokens[i].hash).is_err() {
        return None;
    }
    let mut j = i + 1;
    if j < tokens.len() && tokens[j].text(text) == "." {
        j += 1;
    }
    let mut name = |k: usize| {
        k < tokens.len()
            && tokens[k].kind == TokenKind::Word
            && tokens[k].is_capitalised()
            && is_surname_like(tokens[k].text(text))
            && !is_article(tokens[k].text(text))
            && !starts_name(k)
    };
    if !name(j) {
        return None;
    }
    let end = if name(j + 1) { j + 1 } else { j };
    let next = end + 1;
    if next < tokens.len()
        && tokens[next].kind == TokenKind::Word
        && tokens[next].is_capitalised()
        && tokens[next].start > tokens[end].end
    {
        return None;
    }
    Some((j, end))
}

/// Words that may join the capitalised words of an organisation's name.
fn is_name_connector(w: &str) -> bool {
    matches!(
        w,
        "of" | "for" | "and" | "&" | "für" | "der" | "des" | "de" | "di" | "del"
    )
}

/// An organisation named by a head word at token `i` (starting at or after byte `floor`): the
/// first and last token of `Capitalised+ Suffix` ending at `i`, or of `Prefix [connector]
/// Capitalised+` starting at `i`.
fn organisation_at(text: &str, tokens: &[Token], i: usize, floor: usize) -> Option<(usize, usize)> {
    let cap = |j: usize| {
        j < tokens.len()
            && tokens[j].kind == TokenKind::Word
            && tokens[j].is_capitalised()
            && !is_article(tokens[j].text(text))
    };
    let heads = &*ORGANISATION_HEADS;
    let (_, suffix, prefix) = heads
        .binary_search_by_key(&tokens[i].hash, |h| h.0)
        .ok()
        .map(|k| heads[k])?;
    if suffix {
        // Up to three capitalised words (or numbers, "Schalke 04") before it.
        let mut start = i;
        while start > 0
            && tokens[start - 1].start >= floor
            && i - start < 4
            && (cap(start - 1) || (start > 1 && tokens[start - 1].kind == TokenKind::Number))
        {
            start -= 1;
        }
        if start < i && cap(start) {
            return Some((start, i));
        }
    }
    if prefix {
        let mut j = i + 1;
        if j < tokens.len() && is_name_connector(tokens[j].text(text)) {
            j += 1;
        }
        let mut end = None;
        while j < tokens.len()
            && j - i <= 3
            && (cap(j) || (end.is_some() && tokens[j].kind == TokenKind::Number))
        {
            end = Some(j);
            j += 1;
        }
        return end.map(|e| (i, e));
    }
    None
}

/// Capitalised words that make a following country name part of a region's name.
fn is_region_prefix(w: &str) -> bool {
    matches!(
        w,
        "New"
            | "North"
            | "South"
            | "East"
            | "West"
            | "Upper"
            | "Lower"
            | "Nord"
            | "Süd"
            | "Ost"
            | "Neu"
    )
}

/// Articles: a given name right after one is not a person's ("the Sandy Hook", "die Maria").
fn is_article(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "The"
            | "der"
            | "die"
            | "das"
            | "des"
            | "dem"
            | "den"
            | "Der"
            | "Die"
            | "Das"
            | "le"
            | "la"
            | "les"
            | "Le"
            | "La"
            | "Les"
            | "el"
            | "El"
            | "los"
            | "Los"
    )
}

/// Whether a capitalised word can be a surname: not a month or weekday name, and not a word that
/// commonly follows a first name in German news without being a name.
fn is_surname_like(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !matches!(
            w,
            "Januar"
                | "Februar"
                | "März"
                | "April"
                | "Mai"
                | "Juni"
                | "Juli"
                | "August"
                | "September"
                | "Oktober"
                | "November"
                | "Dezember"
                | "January"
                | "February"
                | "March"
                | "May"
                | "June"
                | "July"
                | "October"
                | "December"
                | "Montag"
                | "Dienstag"
                | "Mittwoch"
                | "Donnerstag"
                | "Freitag"
                | "Samstag"
                | "Sonntag"
                | "Monday"
                | "Tuesday"
                | "Wednesday"
                | "Thursday"
                | "Friday"
                | "Saturday"
                | "Sunday"
                | "The"
                | "Der"
                | "Die"
                | "Das"
                | "Und"
                | "And"
                | "In"
                | "Im"
        )
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

/// Walks `fst` from token `i`, pushing every key that ends at a token end (or before an
/// inflectional ending) onto `scratch.candidates`; keys of more than one token only when
/// `longer` (the start filter says whether one may start here: most walks end with their first
/// token, and going on to the next one decodes its nodes for nothing).
///
/// The first token's step from the root is memoised per thread (`scratch.first_steps`): most
/// walks start at the same few hundred words ("EU", "Österreich", given names), and replaying
/// their recorded outcome skips the node decoding of every byte.
fn walk(
    gazetteer: &Gazetteer,
    text: &str,
    tokens: &[Token],
    i: usize,
    longer: bool,
    scratch: &mut Scratch,
) {
    let Scratch {
        fold,
        stack,
        candidates,
        first_steps,
        ..
    } = scratch;
    stack.clear();
    let fst = gazetteer.fst();
    // The first token, from the root: replayed from the memo, or stepped and recorded.
    let tok = tokens[i];
    let (bytes, ascii) = token_bytes(text, &tok, fold);
    let key = (gazetteer.uid(), tok.hash);
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
    if first_steps.len() >= FIRST_STEP_MEMO {
        first_steps.clear();
    }
    let step = match first_steps.entry(key) {
        Entry::Occupied(e) if lower_eq(&e.get().folded) => e.into_mut(),
        // Another token with the same hash: it takes the place.
        Entry::Occupied(mut e) => {
            e.insert(record());
            e.into_mut()
        }
        Entry::Vacant(e) => e.insert(record()),
    };
    for &(value, inflected) in &step.finals {
        candidates.push(Candidate {
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
        if t >= tokens.len() || t - i >= MAX_NAME_TOKENS {
            continue;
        }
        let node = fst.node(addr);
        let Some(k) = node.find_input(b' ') else {
            continue;
        };
        let tr = node.transition(k);
        let tok = tokens[t];
        let (bytes, ascii) = token_bytes(text, &tok, fold);
        let mut found = Vec::new();
        step_token(
            fst,
            tr.addr,
            out + tr.out.value(),
            bytes,
            ascii,
            tok.kind == TokenKind::Word,
            &mut |e| found.push(e),
        );
        for e in found {
            match e {
                Step::Final(value, inflected) => candidates.push(Candidate {
                    end: t,
                    value,
                    inflected,
                }),
                Step::Continue(addr, out) => stack.push((addr, out, t + 1)),
            }
        }
    }
}

/// How many first steps a thread remembers before it starts afresh.
const FIRST_STEP_MEMO: usize = 8192;

/// The recorded outcome of walking one token from the root.
#[derive(Debug)]
pub(crate) struct FirstStep {
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
    fst: &Fst<D>,
    addr: CompiledAddr,
    mut out: u64,
    bytes: &[u8],
    ascii: bool,
    word: bool,
    emit: &mut dyn FnMut(Step),
) {
    let mut node = fst.node(addr);
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
        match node.find_input(lower(bytes[k])) {
            Some(x) => {
                let tr = node.transition(x);
                out += tr.out.value();
                node = fst.node(tr.addr);
            }
            None => return,
        }
    }
    if node.is_final() {
        emit(Step::Final(out + node.final_output().value(), false));
    }
    if node.find_input(b' ').is_some() {
        emit(Step::Continue(node.addr(), out));
    }
}
