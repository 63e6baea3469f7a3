//! The serde type of a mention in the JSON and JSON Lines output.
//!
//! Field names are the output contract (see the README): a document is
//! `{"document", "id"?, "entities": [...]}` (framed in `json.rs`) and a mention is
//! `{"type", "text", "start", "end", "char_start", "char_end", "canonical", "id", "country",
//! "value", "grain", "source"}`.

use serde::Serialize;

use crate::span::Mention;
use crate::summary::EntitySummary;

/// One mention.
#[derive(Debug, Serialize)]
pub struct MentionRecord<'a> {
    /// `person`, `country`, `organisation`, `date`.
    #[serde(rename = "type")]
    pub label: &'static str,
    /// The document's text at the span.
    pub text: &'a str,
    /// UTF-8 byte offset of the first byte.
    pub start: usize,
    /// UTF-8 byte offset one past the last byte.
    pub end: usize,
    /// Offset of the first character (Unicode scalar value).
    pub char_start: usize,
    /// Offset one past the last character.
    pub char_end: usize,
    /// The preferred name.
    pub canonical: &'a str,
    /// A stable identifier, or null.
    pub id: Option<&'a str>,
    /// For a city or region, the ISO 3166-1 code of its country, or null.
    pub country: Option<&'a str>,
    /// A date's normalised value, or null.
    pub value: Option<&'a str>,
    /// A date's grain (`time`, `day`, `week`, `month`, `season`, `year`, `decade`, `century`),
    /// or null.
    pub grain: Option<&'static str>,
    /// How the mention was found: `gazetteer`, `inflection`, `given-name`, `coreference`,
    /// `date-rule`.
    pub source: &'static str,
}

impl<'a> From<&'a Mention<'a>> for MentionRecord<'a> {
    fn from(m: &'a Mention<'a>) -> Self {
        MentionRecord {
            label: m.label.as_str(),
            text: m.text,
            start: m.span.start,
            end: m.span.end,
            char_start: m.span.char_start,
            char_end: m.span.char_end,
            canonical: m.canonical,
            id: (!m.id.is_empty()).then_some(m.id),
            country: (!m.country.is_empty()).then_some(m.country),
            value: m.value.as_deref(),
            grain: m.date.map(|d| d.grain.as_str()),
            source: m.origin.as_str(),
        }
    }
}

/// A document that could not be read, in its place in the output (`--on-error record`):
/// `{"document", "error", "entities": []}`.
#[derive(Debug, Serialize)]
pub struct ErrorRecord<'a> {
    /// The document's name (`path:line` for JSON Lines input).
    pub document: &'a str,
    /// What was wrong.
    pub error: &'a str,
    /// Always empty, so that a reader of documents needs no special case.
    pub entities: [MentionRecord<'a>; 0],
}

/// One entity of a document's summary (`--summary`).
#[derive(Debug, Serialize)]
pub struct SummaryRecord<'a> {
    /// `person`, `country`, `organisation`, …
    #[serde(rename = "type")]
    pub label: &'static str,
    /// The preferred name (for dates, the value).
    pub canonical: &'a str,
    /// A stable identifier, or null.
    pub id: Option<&'a str>,
    /// How many mentions name it.
    pub count: usize,
    /// UTF-8 byte offset of the first mention.
    pub start: usize,
    /// Character offset of the first mention.
    pub char_start: usize,
    /// The distinct texts of its mentions, in the order first seen.
    pub forms: &'a [String],
}

impl<'a> From<&'a EntitySummary> for SummaryRecord<'a> {
    fn from(e: &'a EntitySummary) -> Self {
        SummaryRecord {
            label: e.label.as_str(),
            canonical: &e.canonical,
            id: (!e.id.is_empty()).then_some(e.id.as_str()),
            count: e.count,
            start: e.first,
            char_start: e.first_char,
            forms: &e.forms,
        }
    }
}
