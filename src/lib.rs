//! gazette finds people, countries, organisations and dates in text, driven by gazetteers.
//!
//! The library is what the `gazette` command runs: build an [`Extractor`] once (built-in
//! gazetteers are compiled into the binary, so this is instant), then call
//! [`Extractor::extract`] on each document. Every [`Mention`] has a [`Label`], a byte and
//! character [`Span`], the matched text, a canonical name, an identifier (ISO 3166-1 code,
//! Wikidata QID) where one is known, and for dates a normalised value.
//!
//! ```
//! use gazette::{ExtractorBuilder, Label};
//!
//! let extractor = ExtractorBuilder::new().build();
//! let text = "Emmanuel Macron traf am 3. Oktober 2024 Vertreter der Vereinten Nationen. Macron sagte...";
//! for m in extractor.extract(text, None) {
//!     println!("{} {:?} -> {} {} {:?}", m.label, m.text, m.canonical, m.id, m.value);
//! }
//! let macrons: Vec<_> = extractor
//!     .extract(text, None)
//!     .into_iter()
//!     .filter(|m| m.label == Label::Person)
//!     .map(|m| m.canonical)
//!     .collect();
//! assert_eq!(macrons, ["Emmanuel Macron", "Emmanuel Macron"]);
//! ```
//!
//! The vocabulary, used throughout: a *document* is a text; a *gazetteer* is a list of
//! *entries* (a label, a canonical name, aliases and an id); the *matcher* finds *mentions* of
//! entries in documents; a mention has a *span*; *printers* (in the binary) write mentions as
//! CSV, JSON or JSON Lines.
#![deny(missing_docs)]

pub mod dates;
pub mod document;
pub mod error;
pub mod extractor;
mod find;
pub mod gazetteer;
pub mod input;
pub mod lang;
pub mod output;
mod resolve;
pub mod span;
pub mod summary;
pub mod token;

pub use error::{Error, Result};

// The README's Rust examples are compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
pub use extractor::{Extractor, ExtractorBuilder};
pub use gazetteer::{Entry, Gazetteer, Label, LabelSet};
pub use span::{Mention, Origin, Span};
pub use summary::{summarise, EntitySummary, Summary};
