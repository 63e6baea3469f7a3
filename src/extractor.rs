//! The extractor: the library's front door. It cuts a document into tokens once, runs the
//! [`EntityMatcher`] and the date rules over them, resolves overlaps, filters by label and fills
//! in character offsets.
//!
//! It does no I/O: reading documents and printing mentions belong to the binary's `input` and
//! `output` modules.

use std::cell::RefCell;

use jiff::civil::Date;

use crate::dates::{self, DateMention};
use crate::gazetteer::{Gazetteer, Label, LabelSet};
use crate::matcher::{EntityMatcher, Scratch};
use crate::span::{fill_char_offsets, Mention, Source, Span};
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
#[derive(Debug)]
pub struct ExtractorBuilder {
    gazetteers: Vec<Gazetteer>,
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
    /// them win ties against the built-in gazetteers.
    pub fn gazetteer(&mut self, gazetteer: Gazetteer) -> &mut ExtractorBuilder {
        self.gazetteers.push(gazetteer);
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

    /// Builds the extractor (consuming the builder's gazetteers).
    pub fn build(&mut self) -> Extractor {
        Extractor {
            matcher: EntityMatcher::new(std::mem::take(&mut self.gazetteers), self.builtin),
            labels: self.labels,
        }
    }
}

/// Finds mentions of people, countries, organisations and dates in documents.
///
/// An `Extractor` is immutable and `Send + Sync`: build it once and share it (by reference or in
/// an `Arc`) between threads.
#[derive(Debug)]
pub struct Extractor {
    matcher: EntityMatcher,
    labels: LabelSet,
}

/// Per-thread buffers, so that extracting allocates only the returned mentions.
#[derive(Default)]
struct Buffers {
    tokens: Vec<Token>,
    scratch: Scratch,
    dates: Vec<DateMention>,
}

thread_local! {
    static BUFFERS: RefCell<Buffers> = RefCell::new(Buffers::default());
}

impl Extractor {
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
                scratch,
                dates,
            } = &mut *b;
            tokens.clear();
            tokenize(text, tokens);
            let wants_entities = Label::ALL
                .iter()
                .any(|&l| l != Label::Date && self.labels.contains(l));
            if wants_entities {
                self.matcher.find(text, tokens, scratch, out);
            }
            if self.labels.contains(Label::Date) {
                dates.clear();
                dates::find_dates(text, tokens, reference, dates);
                merge_dates(text, dates, out);
            }
        });
        let labels = self.labels;
        if labels != LabelSet::all() {
            out.retain(|m| labels.contains(m.label));
        }
        fill_char_offsets(text, out);
    }
}

/// Merges date mentions into `out` (both sorted, each without overlaps). Where a date overlaps
/// entity mentions the longer side stays; on equal length the entity stays.
fn merge_dates<'a>(text: &'a str, dates: &mut Vec<DateMention>, out: &mut Vec<Mention<'a>>) {
    if dates.is_empty() {
        return;
    }
    let mut dropped = vec![false; out.len()];
    let mut any_dropped = false;
    let mut kept = Vec::with_capacity(dates.len());
    for d in dates.drain(..) {
        // Entity mentions are sorted and disjoint, so their ends are sorted too.
        let lo = out.partition_point(|e| e.span.end <= d.start);
        let hi = lo + out[lo..].partition_point(|e| e.span.start < d.end);
        let longest = out[lo..hi]
            .iter()
            .map(|e| e.span.end - e.span.start)
            .max()
            .unwrap_or(0);
        if longest >= d.end - d.start {
            continue;
        }
        for flag in &mut dropped[lo..hi] {
            *flag = true;
            any_dropped = true;
        }
        kept.push(Mention {
            label: Label::Date,
            span: Span {
                start: d.start,
                end: d.end,
                ..Span::default()
            },
            text: &text[d.start..d.end],
            canonical: &text[d.start..d.end],
            id: "",
            value: Some(d.value),
            source: Source::DateRule,
        });
    }
    if any_dropped {
        let mut k = 0;
        out.retain(|_| {
            k += 1;
            !dropped[k - 1]
        });
    }
    if !kept.is_empty() {
        out.extend(kept);
        out.sort_by_key(|m| m.span.start);
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
