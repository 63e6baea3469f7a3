//! The extractor: the library's front door, and the order of the stages, nothing else.
//!
//! It cuts a document into tokens once, runs the finders over them (gazetteer lookup, person
//! rules, organisation rules, dates), hands their candidates to the resolver, filters by label
//! and fills in character offsets. DESIGN.md draws the pipeline.
//!
//! It does no I/O: reading documents and printing mentions belong to the binary's `input` and
//! `output` modules.

use std::cell::RefCell;
use std::sync::Arc;

use jiff::civil::Date;

use crate::dates::{self, DateCandidate};
use crate::find::lookup::Lookup;
use crate::find::{self, acronym, organisation, person, Candidate};
use crate::gazetteer::{Gazetteer, Label, LabelSet};
use crate::lang;
use crate::resolve::{self, coref, disambiguate};
use crate::span::{fill_char_offsets, Mention};
use crate::token::{tokenize, Token};

/// Builds an [`Extractor`].
///
/// # Examples
/// ```
/// use gazette::{ExtractorBuilder, Label};
/// let extractor = ExtractorBuilder::new().build();
/// let mentions = extractor.extract("Frankreichs Präsident Emmanuel Macron besuchte am 3. Oktober 2024 die Vereinten Nationen.", None);
/// let found: Vec<_> = mentions.iter().map(|m| (m.label, m.text)).collect();
/// assert!(found.contains(&(Label::Country, "Frankreichs")));
/// assert!(found.contains(&(Label::Date, "3. Oktober 2024")));
/// ```
#[derive(Debug, Clone)]
pub struct ExtractorBuilder {
    gazetteers: Vec<Arc<Gazetteer>>,
    builtin: bool,
    labels: LabelSet,
}

impl Default for ExtractorBuilder {
    fn default() -> Self {
        ExtractorBuilder::new()
    }
}

impl ExtractorBuilder {
    /// A builder with the built-in gazetteers and every label.
    pub fn new() -> ExtractorBuilder {
        ExtractorBuilder {
            gazetteers: Vec::new(),
            builtin: true,
            labels: LabelSet::all(),
        }
    }

    /// Adds a user gazetteer. Gazetteers added earlier win ties against later ones, and all of
    /// them win ties against the built-in gazetteers. It is shared (not copied) by every
    /// extractor this builder builds.
    pub fn gazetteer(&mut self, gazetteer: impl Into<Arc<Gazetteer>>) -> &mut ExtractorBuilder {
        self.gazetteers.push(gazetteer.into());
        self
    }

    /// Whether to use the built-in gazetteers (default: yes).
    pub fn builtin(&mut self, yes: bool) -> &mut ExtractorBuilder {
        self.builtin = yes;
        self
    }

    /// Only report mentions with these labels (default: all).
    pub fn labels(&mut self, labels: LabelSet) -> &mut ExtractorBuilder {
        self.labels = labels;
        self
    }

    /// Builds an extractor. The builder is left as it was, so it can build again.
    pub fn build(&self) -> Extractor {
        Extractor {
            lookup: Lookup::new(self.gazetteers.clone(), self.builtin),
            labels: self.labels,
        }
    }
}

/// Finds mentions of people, countries, organisations and dates in documents.
///
/// An `Extractor` is immutable and `Send + Sync`: build it once and share it (by reference or in
/// an `Arc`) between threads.
#[derive(Debug, Clone)]
pub struct Extractor {
    lookup: Lookup,
    labels: LabelSet,
}

/// Per-thread buffers, so that extracting allocates only the returned mentions. Nothing in
/// them outlives one call of [`Extractor::extract_into`] but capacity and the walk memo, which
/// is keyed by gazetteer uid (see `find::lookup`), so extractors built one after another on a
/// thread cannot see each other's state.
#[derive(Default)]
struct Buffers {
    tokens: Vec<Token>,
    find: find::Scratch,
    kept: Vec<Candidate>,
    dates: Vec<DateCandidate>,
    kept_dates: Vec<(usize, usize)>,
    coref: coref::CorefScratch,
}

thread_local! {
    static BUFFERS: RefCell<Buffers> = RefCell::new(Buffers::default());
}

impl Extractor {
    /// The same extractor, reporting only mentions with these labels: what a builder with
    /// [`ExtractorBuilder::labels`] would build. The gazetteers and the surname table are shared,
    /// not rebuilt, so this is cheap enough to call per request (the Python package does, for
    /// its `types` argument).
    ///
    /// # Examples
    /// ```
    /// use gazette::{ExtractorBuilder, Label, LabelSet};
    /// let all = ExtractorBuilder::new().build();
    /// let dates = all.with_labels([Label::Date].into_iter().collect::<LabelSet>());
    /// let found = dates.extract("Olaf Scholz sprach am 3. Oktober 2024.", None);
    /// assert!(found.iter().all(|m| m.label == Label::Date) && found.len() == 1);
    /// ```
    pub fn with_labels(&self, labels: LabelSet) -> Extractor {
        Extractor {
            lookup: self.lookup.clone(),
            labels,
        }
    }

    /// The mentions in `text`, sorted by start, never overlapping.
    ///
    /// `reference` is the document's date (for example its publication date); it resolves dates
    /// without a year ("am 3. Oktober") and relative ones ("gestern"). Without it such dates get
    /// values like `XXXX-10-03`.
    pub fn extract<'a>(&'a self, text: &'a str, reference: Option<Date>) -> Vec<Mention<'a>> {
        let mut out = Vec::new();
        self.extract_into(text, reference, &mut out);
        out
    }

    /// Like [`Extractor::extract`], appending to `out` (which is cleared first).
    pub fn extract_into<'a>(
        &'a self,
        text: &'a str,
        reference: Option<Date>,
        out: &mut Vec<Mention<'a>>,
    ) {
        out.clear();
        BUFFERS.with(|b| {
            let mut b = b.borrow_mut();
            let Buffers {
                tokens,
                find,
                kept,
                dates,
                kept_dates,
                coref,
            } = &mut *b;
            tokens.clear();
            tokenize(text, tokens);
            kept.clear();
            kept_dates.clear();
            let wants_entities = Label::ALL
                .iter()
                .any(|&l| !matches!(l, Label::Date | Label::Duration) && self.labels.contains(l));
            if wants_entities {
                // The finders propose; stage 1 and 2 of the resolver decide.
                find.candidates.clear();
                self.lookup.find(text, tokens, find);
                person::find(&self.lookup, text, tokens, find);
                organisation::find(text, tokens, find);
                acronym::find(text, tokens, find);
                resolve::select(text, tokens, &mut find.candidates, kept);
                let language = lang::guess(tokens);
                resolve::organisations_take_places(text, tokens, language, kept);
                resolve::places_take_place_words(text, tokens, kept);
                for c in kept.iter() {
                    if !disambiguate::keeps(text, tokens, c, language)
                        || disambiguate::foreign_common_word(
                            &self.lookup,
                            text,
                            tokens,
                            c,
                            language,
                        )
                        || disambiguate::after_given_name(text, tokens, c, |k| {
                            find.flags[k].has(find::lookup::Flags::GIVEN_NAME)
                        })
                    {
                        continue;
                    }
                    let Some(c) = disambiguate::sports_reading(&self.lookup, text, tokens, c)
                    else {
                        continue;
                    };
                    if !disambiguate::sports_team(text, tokens, &c) {
                        out.push(resolve::mention(&self.lookup, text, tokens, &c));
                    }
                }
            }
            if self.labels.contains(Label::Date) || self.labels.contains(Label::Duration) {
                dates.clear();
                if self.labels.contains(Label::Duration) {
                    dates::find_dates_and_durations(text, tokens, reference, dates);
                    // `--types duration` alone drops the dates.
                    dates.retain(|d| self.labels.contains(d.label));
                } else {
                    dates::find_dates(text, tokens, reference, dates);
                }
                resolve::merge_dates(text, dates, out, kept_dates);
            }
            if wants_entities {
                let words = find.possible_surnames();
                coref::link_acronyms(
                    text,
                    tokens,
                    words,
                    &find.definitions,
                    kept,
                    kept_dates,
                    out,
                );
                coref::link_surnames(
                    &self.lookup,
                    text,
                    tokens,
                    words,
                    &find.speech,
                    kept,
                    kept_dates,
                    coref,
                    out,
                );
                coref::given_names_of_people(
                    text,
                    tokens,
                    &find.given_names,
                    |k| find.flags[k].has(find::lookup::Flags::ENTRY_STARTS),
                    kept,
                    kept_dates,
                    out,
                );
            }
        });
        let labels = self.labels;
        if labels != LabelSet::all() {
            out.retain(|m| labels.contains(m.label));
        }
        fill_char_offsets(text, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extractor_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Extractor>();
    }
}
