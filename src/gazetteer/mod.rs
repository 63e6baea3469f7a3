//! Gazetteers: lists of *entries* (a label, a canonical name, aliases and an identifier),
//! compiled into a transducer that the matcher walks.
//!
//! A [`Gazetteer`] is one compiled layer. The built-in layer is compiled by `build.rs` from the
//! CSV files under `gazetteers/` and embedded in the binary ([`Gazetteer::builtin`] costs nothing
//! at start-up); a user's CSV files are compiled at run time with [`Gazetteer::from_entries`].
//! Reading CSV lives in [`load`], the alias → key encoding in [`compile`].

pub mod compile;
pub mod load;

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;
use std::sync::atomic::{AtomicU64, Ordering};

use fst::raw::Fst;
use once_cell::sync::Lazy;

use compile::KeySet;

use crate::token::Token;

/// What kind of thing a mention names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Label {
    /// A person ("Emmanuel Macron").
    Person,
    /// A country or territory with an ISO 3166-1 code ("Kasachstan").
    Country,
    /// An organisation ("Vereinte Nationen", "dpa").
    Organisation,
    /// A calendar date ("3. Oktober 2024").
    Date,
    /// A city or town, with its GeoNames id ("Frankfurt am Main", "Мюнхен").
    City,
    /// A world region (UN M.49) or a country's first-level subdivision (ISO 3166-2):
    /// "Südostasien", "Bayern", "Kalifornien".
    Region,
    /// A nationality adjective or demonym, linked to its country's ISO code ("französische").
    Nationality,
}

impl Label {
    /// Every label, in a fixed order.
    pub const ALL: [Label; 7] = [
        Label::Person,
        Label::Country,
        Label::Organisation,
        Label::Date,
        Label::City,
        Label::Region,
        Label::Nationality,
    ];

    /// The label's name as written in gazetteers and output: `person`, `country`,
    /// `organisation`, `date`, `city`, `region`, `nationality`.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "person",
            Label::Country => "country",
            Label::Organisation => "organisation",
            Label::Date => "date",
            Label::City => "city",
            Label::Region => "region",
            Label::Nationality => "nationality",
        }
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Label {
    type Err = String;

    /// Parses a label name; "organization" (US spelling) and "org" are accepted too.
    fn from_str(s: &str) -> Result<Label, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "person" | "per" => Ok(Label::Person),
            "country" => Ok(Label::Country),
            "organisation" | "organization" | "org" => Ok(Label::Organisation),
            "date" => Ok(Label::Date),
            "city" => Ok(Label::City),
            "region" => Ok(Label::Region),
            "nationality" => Ok(Label::Nationality),
            other => Err(format!(
                "unknown type {other:?} (expected person, country, organisation, date, city, \
                 region or nationality)"
            )),
        }
    }
}

/// A set of labels (a bit set), for `--types`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LabelSet(u8);

impl LabelSet {
    /// Every label.
    pub fn all() -> LabelSet {
        LabelSet(0xFF)
    }

    /// No label.
    pub fn empty() -> LabelSet {
        LabelSet(0)
    }

    /// Adds a label.
    pub fn insert(&mut self, label: Label) {
        self.0 |= 1 << label as u8;
    }

    /// Whether the set holds `label`.
    #[inline]
    pub fn contains(self, label: Label) -> bool {
        self.0 & (1 << label as u8) != 0
    }
}

impl FromIterator<Label> for LabelSet {
    fn from_iter<I: IntoIterator<Item = Label>>(iter: I) -> LabelSet {
        let mut set = LabelSet::empty();
        for l in iter {
            set.insert(l);
        }
        set
    }
}

/// One gazetteer entry: a thing with a canonical name, aliases and an identifier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// What the entry is.
    pub label: Label,
    /// The preferred name, also matched as an alias.
    pub canonical: String,
    /// Other names (spellings, languages, acronyms, inflected forms).
    pub aliases: Vec<String>,
    /// A stable identifier (ISO 3166-1 alpha-2, Wikidata QID, GeoNames ID) or empty.
    pub id: String,
}

/// An entry as a compiled gazetteer stores it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EntryRef<'g> {
    /// What the entry is.
    pub label: Label,
    /// The preferred name.
    pub canonical: &'g str,
    /// The identifier, or "".
    pub id: &'g str,
}

/// The entries of a compiled gazetteer: static for the built-in one, owned for user files.
#[derive(Debug)]
enum Entries {
    Static(&'static [(Label, &'static str, &'static str)]),
    Owned(Vec<Entry>),
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
    entries: Entries::Static(builtin::ENTRIES),
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

    /// Compiles entries (for example from [`load::load`]) into a gazetteer. Earlier entries win
    /// when two entries share an alias.
    pub fn from_entries(entries: Vec<Entry>) -> Gazetteer {
        let mut keys = KeySet::new();
        let no_common_words = |_: &str| false;
        for (i, e) in entries.iter().enumerate() {
            keys.add_alias(&e.canonical, i as u32, &no_common_words);
            for a in &e.aliases {
                keys.add_alias(a, i as u32, &no_common_words);
            }
        }
        let bytes = keys.build_fst();
        Gazetteer {
            uid: next_uid(),
            fst: Fst::new(Cow::Owned(bytes)).expect("freshly built FST is valid"),
            filter: Cow::Owned(keys.build_filter()),
            entries: Entries::Owned(entries),
        }
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        match &self.entries {
            Entries::Static(s) => s.len(),
            Entries::Owned(v) => v.len(),
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
            Entries::Static(s) => {
                let (label, canonical, id) = s[i as usize];
                EntryRef {
                    label,
                    canonical,
                    id,
                }
            }
            Entries::Owned(v) => {
                let e = &v[i as usize];
                EntryRef {
                    label: e.label,
                    canonical: &e.canonical,
                    id: &e.id,
                }
            }
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
