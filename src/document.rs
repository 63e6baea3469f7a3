//! The document: one text to find mentions in, with what is known about it (its name, an id,
//! a reference date, a language).
//!
//! Readers in [`crate::input`] produce documents; the extractor is called with a document's
//! text and reference date; printers in [`crate::output`] receive the document and its
//! mentions. A document too large to hold whole is read in [windows](crate::input::window):
//! its `Document` then carries the name, id and dates, and its text arrives window by window.

use jiff::civil::Date;

use crate::lang::Lang;

/// A document and what is known about it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Document {
    /// The name used in output: the path as given, `-` for standard input, `path:line` for a
    /// line of JSON Lines input.
    pub name: String,
    /// The document's id from JSON Lines input, if any (copied to the output as it was).
    pub id: Option<serde_json::Value>,
    /// The date the document was written, for dates without a year and relative dates.
    pub reference: Option<Date>,
    /// The document's language, when known (nothing sets it yet).
    pub language: Option<Lang>,
    /// The text; empty for a document read in windows, whose text comes window by window.
    pub text: String,
}

impl Document {
    /// A document named `name` with `text` and nothing else known.
    ///
    /// # Examples
    /// ```
    /// let doc = gazette::document::Document::new("story.txt", "Frankreich");
    /// assert_eq!((doc.name.as_str(), doc.id), ("story.txt", None));
    /// ```
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Document {
        Document {
            name: name.into(),
            text: text.into(),
            ..Document::default()
        }
    }
}
