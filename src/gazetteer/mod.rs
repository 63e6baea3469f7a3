//! Gazetteers: lists of *entries* (a label, a canonical name, aliases and an identifier),
//! compiled into a transducer that the matcher walks.
//!
//! A [`Gazetteer`] is one compiled layer. The built-in layer is compiled by `build.rs` from the
//! CSV files under `gazetteers/` and embedded in the binary ([`Gazetteer::builtin`] costs nothing
//! at start-up); a user's CSV files are compiled at run time with [`Gazetteer::from_entries`],
//! or once ([`load::compile`]) into a compiled file that [`Gazetteer::open`] reads in
//! milliseconds. What an entry is lives in `entry.rs`, the one CSV reader in `csv.rs`, loading
//! the user's files and their warnings in [`load`], the alias → key encoding and the start filter
//! in `compile.rs`, the compiled file's format in `file.rs`, importing a Wikidata dump in [`wikidata`].

pub(crate) mod compile;
mod csv;
mod entry;
mod file;
pub mod load;
pub mod wikidata;

pub use entry::{Entry, Label, LabelSet};

use std::borrow::Cow;
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};

use fst::raw::Fst;
use once_cell::sync::Lazy;

use compile::KeySet;

use crate::token::Token;

/// An entry as a compiled gazetteer stores it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EntryRef<'g> {
    /// What the entry is.
    pub label: Label,
    /// The preferred name.
    pub canonical: &'g str,
    /// The identifier, or "".
    pub id: &'g str,
    /// For a city or region of the built-in gazetteers, the ISO 3166-1 code of the country it
    /// lies in; else "" (user gazetteers do not keep it yet).
    pub country: &'g str,
}

/// The entries of a compiled gazetteer: static for the built-in one, packed for user files.
#[derive(Debug)]
enum Entries {
    /// The built-in entries: (label, canonical start, id start, country start, country end)
    /// into `names`, and the indices of the people.
    Static {
        rows: &'static [(Label, u32, u32, u32, u32)],
        names: &'static str,
        people: &'static [u32],
    },
    Packed(Packed),
}

/// A user gazetteer's entries in three allocations however many there are (a `Vec<Entry>` of
/// 200,000 entries is 600,000 strings): the labels, and every canonical name and id one after
/// another in one string. Aliases are not kept: once compiled, only the transducer needs them.
#[derive(Debug, Default, PartialEq, Eq)]
struct Packed {
    labels: Vec<Label>,
    /// Entry i's canonical name is `text[ends[2i]..ends[2i + 1]]` and its id
    /// `text[ends[2i + 1]..ends[2i + 2]]`; `ends[0]` is 0. Every end is a char boundary.
    ends: Vec<usize>,
    text: String,
}

impl Packed {
    fn with_capacity(n: usize) -> Packed {
        let mut ends = Vec::with_capacity(2 * n + 1);
        ends.push(0);
        Packed {
            labels: Vec::with_capacity(n),
            ends,
            text: String::new(),
        }
    }

    fn push(&mut self, label: Label, canonical: &str, id: &str) {
        self.labels.push(label);
        for s in [canonical, id] {
            self.text.push_str(s);
            self.ends.push(self.text.len());
        }
    }

    #[inline]
    fn get(&self, i: usize) -> EntryRef<'_> {
        EntryRef {
            label: self.labels[i],
            canonical: &self.text[self.ends[2 * i]..self.ends[2 * i + 1]],
            id: &self.text[self.ends[2 * i + 1]..self.ends[2 * i + 2]],
            country: "",
        }
    }
}

/// A compiled gazetteer: a transducer from folded alias keys to entries, and the entries.
pub struct Gazetteer {
    /// Unique for the life of the process (see [`Gazetteer::uid`]).
    uid: u64,
    fst: Fst<Cow<'static, [u8]>>,
    filter: Cow<'static, [u8]>,
    entries: Entries,
}

impl fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Gazetteer")
            .field("keys", &self.fst.len())
            .field("entries", &self.len())
            .finish()
    }
}

mod builtin {
    //! The built-in gazetteers, compiled by `build.rs` (generated code, do not edit).
    use super::Label;
    include!(concat!(env!("OUT_DIR"), "/builtin_entries.rs"));
    /// The built-in transducer.
    pub static FST: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin.fst"));
    /// The built-in first-token filter.
    pub static FILTER: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin.filter"));
}

/// The keys of the built-in common words (`gazetteers/common-words.txt`, folded by build.rs),
/// sorted: aliases of the user's gazetteers that are one of them need a capital in the text.
static COMMON_WORDS: &str = include_str!(concat!(env!("OUT_DIR"), "/common_words.txt"));

/// Whether a folded key is one of [`COMMON_WORDS`].
pub(crate) fn is_common_word(key: &str) -> bool {
    static SET: Lazy<std::collections::HashSet<&'static str>> =
        Lazy::new(|| COMMON_WORDS.lines().collect());
    SET.contains(key)
}

/// The next [`Gazetteer::uid`]. Never reset, so a uid is never given twice in a process.
static NEXT_UID: AtomicU64 = AtomicU64::new(0);

fn next_uid() -> u64 {
    // Relaxed is enough: only uniqueness matters, not an order with other memory.
    NEXT_UID.fetch_add(1, Ordering::Relaxed)
}

static BUILTIN: Lazy<Gazetteer> = Lazy::new(|| Gazetteer {
    uid: next_uid(),
    // The bytes were written by `fst::MapBuilder` in build.rs; opening them only reads a header.
    fst: Fst::new(Cow::Borrowed(builtin::FST)).expect("built-in FST is valid"),
    filter: Cow::Borrowed(builtin::FILTER),
    entries: Entries::Static {
        rows: builtin::ENTRIES,
        names: builtin::NAMES,
        people: builtin::PEOPLE,
    },
});

impl Gazetteer {
    /// The built-in gazetteers (countries, organisations, people, companies, given names),
    /// embedded in the binary.
    ///
    /// # Examples
    /// ```
    /// let g = gazette::Gazetteer::builtin();
    /// assert!(g.len() > 0);
    /// ```
    pub fn builtin() -> &'static Gazetteer {
        &BUILTIN
    }

    /// The built-in one-word club variants that count only in sports context: (hash of the
    /// folded word, the club's entry, whether the key is the club's own rather than a city's or
    /// region's), sorted by hash (build.rs, from `gazetteers/clubs.csv`).
    pub(crate) fn builtin_sports() -> &'static [(u64, u32, bool)] {
        builtin::SPORTS
    }

    /// Compiles entries (for example from [`load::load`]) into a gazetteer. Earlier entries win
    /// when two entries share an alias.
    ///
    /// Aliases follow the case rules of the built-in gazetteers, and words of one to three
    /// letters ("the", "die", "X") and common words ("turkey") are matched only as written or
    /// only when capitalised, so that a short alias does not flood the output;
    /// [`load::load_with_warnings`] names every alias this restricts.
    pub fn from_entries(entries: Vec<Entry>) -> Gazetteer {
        let mut keys = KeySet::new();
        let mut packed = Packed::with_capacity(entries.len());
        for (i, e) in entries.iter().enumerate() {
            for alias in std::iter::once(&e.canonical).chain(&e.aliases) {
                keys.add_alias(alias, i as u32, compile::user_case_rule, &is_common_word);
            }
            packed.push(e.label, &e.canonical, &e.id);
        }
        let bytes = keys.build_fst();
        Gazetteer {
            uid: next_uid(),
            fst: Fst::new(Cow::Owned(bytes)).expect("freshly built FST is valid"),
            filter: Cow::Owned(keys.build_filter()),
            entries: Entries::Packed(packed),
        }
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        match &self.entries {
            Entries::Static { rows, .. } => rows.len(),
            Entries::Packed(p) => p.labels.len(),
        }
    }

    /// Whether the gazetteer has no entries.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The number of distinct keys (folded aliases and given names).
    pub fn key_count(&self) -> usize {
        self.fst.len()
    }

    /// The entry with index `i`.
    ///
    /// # Panics
    /// When `i` is not less than [`Gazetteer::len`].
    #[inline]
    pub fn entry(&self, i: u32) -> EntryRef<'_> {
        match &self.entries {
            Entries::Static { rows, names, .. } => {
                let (label, start, mid, id_end, end) = rows[i as usize];
                EntryRef {
                    label,
                    canonical: &names[start as usize..mid as usize],
                    id: &names[mid as usize..id_end as usize],
                    country: &names[id_end as usize..end as usize],
                }
            }
            Entries::Packed(p) => p.get(i as usize),
        }
    }

    /// The built-in people's surnames, precomputed by build.rs: (token hash of the folded last
    /// word, entry index or `u32::MAX` when several people bear it), sorted by hash.
    pub(crate) fn builtin_surnames() -> &'static [(u64, u32)] {
        builtin::SURNAMES
    }

    /// The indices of the person entries, in order.
    pub(crate) fn people(&self) -> Box<dyn Iterator<Item = u32> + '_> {
        match &self.entries {
            Entries::Static { people, .. } => Box::new(people.iter().copied()),
            Entries::Packed(p) => Box::new(
                (0..p.labels.len() as u32).filter(|&i| p.labels[i as usize] == Label::Person),
            ),
        }
    }

    /// What may start at token `t` before looking at the next token (see
    /// [`compile::StartFilter::token_starts`]).
    #[inline(always)]
    pub(crate) fn token_starts(&self, t: &Token) -> compile::Starts {
        compile::StartFilter::token_starts(&self.filter, t.hash, t.stem_hash, t.is_capitalised())
    }

    /// Whether a key of two or more tokens may start with tokens `t` and `next` (see
    /// [`compile::StartFilter::pair_may_start`]).
    #[inline]
    pub(crate) fn pair_may_start(&self, t: &Token, next: &Token) -> bool {
        compile::StartFilter::pair_may_start(
            &self.filter,
            (t.hash, t.stem_hash),
            (next.hash, next.stem_hash),
        )
    }

    /// Which keys may start at token `t`, followed by `next` (see
    /// [`compile::StartFilter::may_start`]).
    #[inline]
    pub(crate) fn may_start(&self, t: &Token, next: Option<&Token>) -> compile::Starts {
        compile::StartFilter::may_start(
            &self.filter,
            (t.hash, t.stem_hash),
            next.map(|n| (n.hash, n.stem_hash)),
            t.is_capitalised(),
        )
    }

    /// A number that no other gazetteer of this process has had or will have, for keying
    /// per-thread caches of walks over this gazetteer's transducer. An address would not do:
    /// a gazetteer built after this one is dropped may be allocated at the same place, and a
    /// cache keyed by the address would replay this one's states in the other's transducer.
    #[inline]
    pub(crate) fn uid(&self) -> u64 {
        self.uid
    }

    /// The transducer, for the matcher.
    pub(crate) fn fst(&self) -> &Fst<Cow<'static, [u8]>> {
        &self.fst
    }
}
