//! The date rules' view of the language packs: every pack's date words ([`crate::lang`])
//! merged, sorted and gated once, on first use, so that a rule asks one table for all
//! languages and a lookup costs a hash, a load and at most a binary search.
//!
//! Word sets hold *folded* words ([`crate::token::fold`]) sorted by bytes: a lookup folds the
//! candidate token once and searches. Weekday and relative-word entries are matched against
//! the raw token instead (no fold): they are probed on every word of a document when a
//! reference date is given, and a fold would cost too much there, so [`Tables::word_index`]
//! turns almost every other word away with one hash and one load.
//!
//! The few entries that belong to no language (dashes, unit symbols, currency codes) live
//! here. What the words mean in context is decided by the rule files.

use once_cell::sync::Lazy;

use crate::lang::{self, DateWords, DayPhrase, Lang, RelativeTail};

use crate::lang::gate::add as gate_add;
pub(super) use crate::lang::gate::Gate;
pub(super) use crate::lang::gate::{admits as gate_admits, key as gate_key, key_of as gate_key_of};
pub(super) use crate::lang::month::{ABBR, CAP, LOWER};

/// Month flag set on the merged table for names of a pack whose language writes the month
/// before the day ("October 3, 2024"); see [`DateWords::month_before_day`].
pub(super) const BEFORE_DAY: u8 = 2;

/// Range links that belong to no language: "3./4. Oktober", "1-3 October", "1–3".
const NEUTRAL_RANGE_LINKS: &[&str] = &["-", "/", "–", "—"];

/// Units that belong to no language: symbols and currency codes ("2030 km", "2024 EUR").
const NEUTRAL_UNITS: &[&str] = &["chf", "eur", "gbp", "kg", "km", "m", "t", "usd"];

/// A sorted list of folded words with the [`Gate`] and the hash set of its entries.
pub(super) struct WordSet {
    /// The folded words, sorted by bytes, without repeats.
    pub(super) words: Vec<&'static str>,
    /// The keys of the words that are at least two bytes long.
    gate: Gate,
    /// The words' token hashes as a [`hash_set_admits`] set: the first test of a token, one
    /// shift and one load on the hash the tokenizer computed anyway (no fold, no text read).
    hashes: Box<[u64; 1024]>,
}

impl WordSet {
    /// The set of every pack's `list`, with `extra` words that belong to no language.
    fn union(list: fn(&DateWords) -> &'static [&'static str], extra: &[&'static str]) -> Self {
        let mut words: Vec<&'static str> = packs().flat_map(list).copied().collect();
        words.extend_from_slice(extra);
        words.sort_unstable();
        words.dedup();
        let mut gate = [0; 64];
        for w in words.iter().filter(|w| w.len() >= 2) {
            gate_add(&mut gate, w);
        }
        let hashes = hash_set(words.iter().copied());
        WordSet {
            words,
            gate,
            hashes,
        }
    }

    /// Whether a token with token hash `h` may be one of the words: `false` only when it
    /// surely is not (the token hash is that of the folded text, see [`crate::token::Token`]).
    #[inline]
    pub(super) fn may_hash(&self, h: u64) -> bool {
        hash_set_admits(&self.hashes, h)
    }

    /// Whether raw token text `raw` may fold to one of the words: `false` only when it surely
    /// does not (a token of two or more bytes starting with ASCII whose key is not in the gate).
    /// The key of a raw token equals the key of its fold when the first byte is ASCII and the
    /// token has no "ß" or soft hyphen; no German entry has an "ss" that could be written "ß".
    #[inline]
    pub(super) fn may_contain(&self, raw: &[u8]) -> bool {
        raw.len() < 2 || raw[0] >= 128 || gate_admits(&self.gate, raw)
    }

    /// Whether folded `f` is one of the words.
    #[inline]
    pub(super) fn contains(&self, f: &[u8]) -> bool {
        self.words.binary_search_by(|e| e.as_bytes().cmp(f)).is_ok()
    }
}

/// [`Tables::word_index`] value of a key shared by several entries: scan every table.
pub(super) const SHARED_KEY: u16 = u16::MAX;

/// [`Tables::named`] value of the first word of a holiday (see [`Tables::holidays`]).
pub(super) const HOLIDAY: i8 = 50;
/// [`Tables::named`] values `SEASON..SEASON + 4` are seasons (`SEASON + season`).
pub(super) const SEASON: i8 = 100;
/// [`Tables::named`] values `UNIT..UNIT + 6` are calendar and clock units (`UNIT + unit`).
pub(super) const UNIT: i8 = 110;

/// Every pack's date words, merged for the rules. Field docs name the pack field each comes
/// from; see [`DateWords`] for what the words are.
pub(super) struct Tables {
    /// [`DateWords::months`] with [`BEFORE_DAY`], sorted by name; a name in several packs
    /// has the union of their flags.
    pub(super) months: Vec<(&'static str, i8, u8)>,
    /// The gate of `months`, probed on words next to numbers. The key of a raw token equals
    /// the key of its fold whenever the first byte is ASCII (no month name has "ß" or a soft
    /// hyphen); words starting with another byte skip the gate.
    pub(super) month_gate: Gate,
    /// The token hashes of `months` (abbreviations included), as a [`hash_set_admits`] set:
    /// the first test of the word next to a number, before the gate and the fold.
    pub(super) month_hashes: Box<[u64; 1024]>,
    /// [`DateWords::weekdays`] of every pack, in [`Lang::ALL`] order.
    pub(super) weekdays: Vec<(&'static str, i8, bool)>,
    /// The gate of `weekdays` in any case, probed on the word before every date found
    /// ("Montag, 3. Oktober"); the same rule as for `month_gate` holds.
    pub(super) weekday_gate: Gate,
    /// [`DateWords::relative_days`] of every pack, in [`Lang::ALL`] order.
    pub(super) relative: Vec<(&'static str, i8, bool)>,
    /// The words that are a date alone after a cue: full month names of every pack (`(name,
    /// month, any_case)`) and seasons (`(name, SEASON + season, any_case)`), each once; names
    /// that start with a non-ASCII letter ("октябре") match only as written.
    pub(super) named: Vec<(&'static str, i8, bool)>,
    /// [`DateWords::seasons`] of every pack.
    pub(super) seasons: Vec<(&'static str, u8)>,
    /// [`DateWords::holidays`] of every pack.
    pub(super) holidays: Vec<(&'static str, i8, i8)>,
    /// [`DateWords::weekday_abbrs`] of every pack.
    pub(super) weekday_abbrs: Vec<(&'static str, i8)>,
    /// [`DateWords::day_parts`] of every pack.
    pub(super) day_parts: Vec<(&'static str, u8)>,
    /// [`DateWords::number_words`] of every pack.
    pub(super) number_words: Vec<(&'static str, i8)>,
    /// [`DateWords::duration_fractions`] of every pack.
    pub(super) duration_fractions: Vec<(&'static str, u8)>,
    /// For each [`gate_key`], which `weekdays`, `relative` or `named` entry has it: 0 for
    /// none, `1 + i` for entry `i` of the three tables taken one after the other,
    /// [`SHARED_KEY`] for several. It is probed on every word, so a word costs one hash, one
    /// load and at most one comparison.
    pub(super) word_index: [u16; 4096],
    /// The top 16 bits of the [`crate::token::token_hash`] of every `weekdays`, `relative` and
    /// `named` entry, folded, as a 65,536-bit set: the first test of every word, one shift and
    /// one load on the hash the tokenizer computed anyway.
    pub(super) word_hashes: Box<[u64; 1024]>,
    /// The same for the clock words (`clock_nouns`, `clock_am`, `clock_pm`), asked of the word
    /// after nearly every number.
    pub(super) clock_hashes: Box<[u64; 1024]>,
    /// [`DateWords::relative_tails`] of every pack.
    pub(super) relative_tails: Vec<RelativeTail>,
    /// [`DateWords::day_phrase`] of the packs that have one.
    pub(super) day_phrases: Vec<&'static DayPhrase>,
    /// The word lists, each merged over every pack.
    pub(super) words: Words,
    /// For each byte, whether a year word or abbreviation starts with it: a year is followed
    /// by many words, and nearly all are turned away by their first byte.
    pub(super) year_word_leads: [bool; 256],
}

/// Declares [`Words`]: for each named list of [`DateWords`], a field of the same name that
/// holds every pack's words, either as a [`WordSet`] (`sets`, with the language-neutral words
/// in brackets) or as a short `Vec` compared one by one (`lists`). `SET_LISTS` gives the
/// pack lists behind the sets, for the tests.
macro_rules! words {
    (@extra) => { &[] };
    (@extra $extra:ident) => { $extra };
    (sets: $($set:ident $([$extra:ident])?)*; lists: $($list:ident)*;) => {
        /// Every pack's word lists, merged; a field's words are those of the [`DateWords`]
        /// field of the same name.
        pub(super) struct Words {
            $(#[doc = concat!("[`DateWords::", stringify!($set), "`], as a set.")]
            pub(super) $set: WordSet,)*
            $(#[doc = concat!("[`DateWords::", stringify!($list), "`], as a list.")]
            pub(super) $list: Vec<&'static str>,)*
        }

        impl Words {
            fn build() -> Words {
                Words {
                    $($set: WordSet::union(|p| p.$set, words!(@extra $($extra)?)),)*
                    $($list: every_pack(|p| p.$list),)*
                }
            }

            /// Every set, in declaration order.
            #[cfg(test)]
            pub(super) fn sets(&self) -> Vec<&WordSet> {
                vec![$(&self.$set),*]
            }
        }

        /// The pack list behind each of [`Words::sets`], in the same order.
        #[cfg(test)]
        const SET_LISTS: &[fn(&DateWords) -> &'static [&'static str]] = &[$(|p| p.$set),*];
    };
}

words! {
    sets: year_cues range_cues range_links[NEUTRAL_RANGE_LINKS] day_cues numeric_block
        units[NEUTRAL_UNITS] decade_cues weekday_past weekday_next weekday_this weekday_cues
        weekday_post_past weekday_post_next month_cues modifiers year_nouns clock_cues clock_nouns century_nouns range_list_links range_articles unit_past unit_next unit_this
        ago_before ago_after later_before amount_cues past_cues future_cues perfect_auxiliaries
        weekday_last_week weekday_next_week day_part_links clock_day_links;
    lists: decade_suffixes decade_clitics decade_nouns ordinal_suffixes day_month_links
        date_year_links month_year_links weekday_date_links year_words year_abbrs of_links
        clock_am clock_pm participle_prefixes past_suffixes;
}

/// The bit of [`Tables::word_hashes`] for token hash `h`.
#[inline]
pub(super) fn hash_bits(h: u64) -> usize {
    (h >> 48) as usize
}

/// Whether `set` (built with [`hash_bits`]) may hold the word with token hash `h`.
#[inline]
pub(super) fn hash_set_admits(set: &[u64; 1024], h: u64) -> bool {
    let h = hash_bits(h);
    set[h >> 6] >> (h & 63) & 1 != 0
}

/// The [`hash_set_admits`] set of `words`, which are folded already (the tests check it),
/// hashed as the tokenizer hashes a token.
fn hash_set<'w>(words: impl Iterator<Item = &'w str>) -> Box<[u64; 1024]> {
    let mut set = Box::new([0u64; 1024]);
    for w in words {
        let h = hash_bits(crate::token::token_hash(w.as_bytes()));
        set[h >> 6] |= 1 << (h & 63);
    }
    set
}

/// The tables, built on first use.
pub(super) static TABLES: Lazy<Tables> = Lazy::new(Tables::build);

/// The packs that have date words, in [`Lang::ALL`] order.
fn packs() -> impl Iterator<Item = &'static DateWords> {
    Lang::ALL.into_iter().filter_map(lang::date_words)
}

/// Every pack's `list`, in pack order, each word once.
fn every_pack(list: fn(&DateWords) -> &'static [&'static str]) -> Vec<&'static str> {
    let mut words: Vec<&'static str> = Vec::new();
    for w in packs().flat_map(list) {
        if !words.contains(w) {
            words.push(w);
        }
    }
    words
}

impl Tables {
    fn build() -> Tables {
        let mut months: Vec<(&'static str, i8, u8)> = packs()
            .flat_map(|p| {
                let order = if p.month_before_day { BEFORE_DAY } else { 0 };
                p.all_months()
                    .map(move |&(name, m, flags)| (name, m, flags | order))
            })
            .collect();
        months.sort_unstable_by(|a, b| a.0.cmp(b.0));
        // "april" is German and English: one row, and English order allowed.
        months.dedup_by(|later, kept| {
            let same = later.0 == kept.0;
            if same {
                kept.2 |= later.2;
            }
            same
        });
        let mut month_gate = [0; 64];
        for m in &months {
            gate_add(&mut month_gate, m.0);
        }
        let month_hashes = hash_set(months.iter().map(|m| m.0));
        let weekdays: Vec<_> = packs().flat_map(|p| p.all_weekdays().copied()).collect();
        let mut weekday_gate = [0; 64];
        for w in &weekdays {
            gate_add(&mut weekday_gate, w.0);
        }
        let relative: Vec<_> = packs()
            .flat_map(|p| p.relative_days.iter().copied())
            .collect();
        let seasons: Vec<(&'static str, u8)> =
            packs().flat_map(|p| p.seasons.iter().copied()).collect();
        let mut named: Vec<(&'static str, i8, bool)> = months
            .iter()
            .filter(|m| m.2 & ABBR == 0)
            .map(|m| (m.0, m.1, m.0.as_bytes()[0] < 128))
            .chain(
                seasons
                    .iter()
                    .map(|&(w, s)| (w, SEASON + s as i8, w.as_bytes()[0] < 128)),
            )
            .chain(packs().flat_map(|p| {
                p.calendar_units
                    .iter()
                    .map(|&(w, u)| (w, UNIT + u as i8, w.as_bytes()[0] < 128))
            }))
            .chain(packs().flat_map(|p| {
                p.holidays.iter().map(|&(phrase, _, _)| {
                    let first = phrase.split(' ').next().unwrap_or(phrase);
                    (first, HOLIDAY, first.as_bytes()[0] < 128)
                })
            }))
            .collect();
        named.sort_unstable();
        named.dedup_by(|a, b| a.0 == b.0);
        // The index stores `1 + i`, with one value kept for shared keys.
        assert!(weekdays.len() + relative.len() + named.len() < usize::from(SHARED_KEY));
        let mut word_index = [0u16; 4096];
        let mut word_hashes = Box::new([0u64; 1024]);
        for (word, _, _) in weekdays.iter().chain(&relative).chain(&named) {
            let h = hash_bits(crate::token::token_hash(
                crate::token::fold(word).as_bytes(),
            ));
            word_hashes[h >> 6] |= 1 << (h & 63);
        }
        let mut clock_hashes = Box::new([0u64; 1024]);
        for word in packs().flat_map(|p| p.clock_nouns.iter().chain(p.clock_am).chain(p.clock_pm)) {
            let h = hash_bits(crate::token::token_hash(word.as_bytes()));
            clock_hashes[h >> 6] |= 1 << (h & 63);
        }
        for (i, (word, _, _)) in weekdays.iter().chain(&relative).chain(&named).enumerate() {
            let b = word.as_bytes();
            let key = gate_key(b);
            word_index[key] = if word_index[key] == 0 {
                (i + 1) as u16
            } else {
                SHARED_KEY
            };
        }
        let words = Words::build();
        let mut year_word_leads = [false; 256];
        for w in words.year_words.iter().chain(&words.year_abbrs) {
            year_word_leads[usize::from(w.as_bytes()[0])] = true;
        }
        Tables {
            months,
            month_gate,
            month_hashes,
            weekdays,
            weekday_gate,
            relative,
            named,
            seasons,
            holidays: packs().flat_map(|p| p.holidays.iter().copied()).collect(),
            duration_fractions: packs()
                .flat_map(|p| p.duration_fractions.iter().copied())
                .collect(),
            number_words: packs()
                .flat_map(|p| p.number_words.iter().copied())
                .collect(),
            day_parts: packs().flat_map(|p| p.day_parts.iter().copied()).collect(),
            weekday_abbrs: packs()
                .flat_map(|p| p.weekday_abbrs.iter().copied())
                .collect(),
            word_index,
            word_hashes,
            clock_hashes,
            relative_tails: packs()
                .flat_map(|p| p.relative_tails.iter().copied())
                .collect(),
            day_phrases: packs().filter_map(|p| p.day_phrase.as_ref()).collect(),
            words,
            year_word_leads,
        }
    }

    /// The month named by folded `f`: `(month, flags)`.
    #[inline]
    pub(super) fn month(&self, f: &[u8]) -> Option<(i8, u8)> {
        let k = self
            .months
            .binary_search_by(|e| e.0.as_bytes().cmp(f))
            .ok()?;
        Some((self.months[k].1, self.months[k].2))
    }

    /// Whether raw token text `raw` may fold to a weekday name: `false` only when it surely
    /// does not (see [`WordSet::may_contain`]).
    #[inline]
    pub(super) fn may_be_weekday(&self, raw: &[u8]) -> bool {
        raw.len() < 2 || raw[0] >= 128 || gate_admits(&self.weekday_gate, raw)
    }

    /// The season named by folded `f` (0 spring … 3 winter).
    pub(super) fn season(&self, f: &[u8]) -> Option<u8> {
        self.seasons
            .iter()
            .find(|e| e.0.as_bytes() == f)
            .map(|e| e.1)
    }

    /// Whether folded `f` is a weekday name of some pack.
    pub(super) fn is_weekday(&self, f: &[u8]) -> bool {
        self.weekday(f).is_some()
    }

    /// The weekday (days from Monday) named by folded `f`, a full name or an abbreviation
    /// ([`DateWords::weekday_abbrs`], which only a date after it accepts).
    pub(super) fn weekday(&self, f: &[u8]) -> Option<i8> {
        self.weekdays
            .iter()
            .find(|e| e.0.as_bytes() == f)
            .map(|e| e.1)
            .or_else(|| {
                self.weekday_abbrs
                    .iter()
                    .find(|e| e.0.as_bytes() == f)
                    .map(|e| e.1)
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::{fold, token_hash};

    fn capitalise(s: &str) -> String {
        let mut c = s.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default()
    }

    /// The written forms a word may take in text: as listed, upper case, capitalised.
    fn forms(w: &str) -> [String; 3] {
        [w.to_string(), w.to_uppercase(), capitalise(w)]
    }

    #[test]
    fn packs_write_words_folded_and_months_agree_across_packs() {
        for p in packs() {
            let lists = SET_LISTS.iter().map(|list| list(p));
            for w in lists.flat_map(|l| l.iter()) {
                assert_eq!(fold(w), *w, "not folded: {w}");
            }
            for (m, _, _) in p.all_months() {
                assert_eq!(fold(m), *m, "not folded: {m}");
            }
        }
        // A name in two packs must name the same month.
        let all: Vec<_> = packs().flat_map(|p| p.all_months()).collect();
        for (name, month, _) in &all {
            let merged = TABLES.month(name.as_bytes()).map(|m| m.0);
            assert_eq!(merged, Some(*month), "{name}");
        }
    }

    #[test]
    fn gates_admit_every_entry_in_every_case() {
        let t = &*TABLES;
        for set in t.words.sets() {
            assert!(set.words.windows(2).all(|w| w[0] < w[1]), "{:?}", set.words);
            for w in &set.words {
                for form in forms(w) {
                    assert!(set.may_contain(form.as_bytes()), "{form}");
                    assert!(set.may_hash(token_hash(fold(&form).as_bytes())), "{form}");
                }
            }
        }
        assert!(t.months.windows(2).all(|w| w[0].0 < w[1].0));
        for (m, _, _) in &t.months {
            for form in forms(m).iter().filter(|f| f.as_bytes()[0] < 128) {
                assert!(gate_admits(&t.month_gate, form.as_bytes()), "{form}");
            }
            for form in forms(m) {
                let h = token_hash(fold(&form).as_bytes());
                assert!(hash_set_admits(&t.month_hashes, h), "{form}");
            }
        }
        for (w, _, _) in &t.weekdays {
            for form in forms(w) {
                assert!(t.may_be_weekday(form.as_bytes()), "{form}");
            }
        }
        let (n, r) = (t.weekdays.len(), t.relative.len());
        for &(w, _, any_case) in t.weekdays.iter().chain(&t.relative).chain(&t.named) {
            assert!((3..=22).contains(&w.len()), "{w}");
            let written = if any_case {
                forms(w).to_vec()
            } else {
                vec![w.to_string()]
            };
            for form in written {
                let fb = form.as_bytes();
                let h = hash_bits(crate::token::token_hash(fold(&form).as_bytes()));
                assert!(t.word_hashes[h >> 6] >> (h & 63) & 1 == 1, "{form}");
                let entry = match usize::from(t.word_index[gate_key(fb)]) {
                    0 => None,
                    0xFFFF => Some(w),
                    k if k <= n => Some(t.weekdays[k - 1].0),
                    k if k <= n + r => Some(t.relative[k - 1 - n].0),
                    k => Some(t.named[k - 1 - n - r].0),
                };
                assert_eq!(entry, Some(w), "{form}");
            }
        }
    }
}
