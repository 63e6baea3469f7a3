//! Spans and mentions: where in a document something was found, and what it is.
//!
//! A [`Span`] holds both UTF-8 byte offsets (for slicing the document) and Unicode scalar value
//! offsets (for tools that count characters, such as Python's `str`). A [`Mention`] borrows its
//! text from the document and its canonical name and identifier from the gazetteer, so finding
//! mentions allocates nothing per mention except a date's normalised value.

use crate::gazetteer::Label;

/// A half-open range of a document, in bytes and in characters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// First character (Unicode scalar value).
    pub char_start: usize,
    /// One past the last character.
    pub char_end: usize,
}

/// How a mention was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Origin {
    /// An alias of a gazetteer entry, as written (up to case).
    Gazetteer,
    /// An alias with an inflectional ending ("Frankreichs", "der Vereinten Nationen").
    Inflection,
    /// A known given name followed by a capitalised surname ("Peter Müller").
    GivenName,
    /// A capitalised name after a title ("Herr Müller", "Kanzlerin Merkel", "Mr. Smith").
    Title,
    /// Capitalised words with an organisation's head word or legal form ("Siemens AG",
    /// "Montreal Hockey Club", "University of Toronto").
    OrganisationRule,
    /// A surname alone, linked to a full name earlier or later in the document ("Macron").
    Coreference,
    /// A surname alone that no full name in the document explains but that exactly one known
    /// person bears ("Merkel"), where it stands as a name would (not first in a sentence).
    KnownSurname,
    /// A capitalised word that a verb of saying marks as a speaker's name ("sagte Parzinger",
    /// "Parzinger sagte", "…, so Parzinger.").
    Cue,
    /// A place's name with a generic place word ("Lake Chad", "Kreis Flensburg", "East
    /// Perth"), or two places joined by a hyphen ("Hamburg-Blankenese").
    PlaceRule,
    /// A date rule.
    DateRule,
}

impl Origin {
    /// The name used in output: `gazetteer`, `inflection`, `given-name`, `title`,
    /// `organisation-rule`, `coreference`, `known-surname`, `cue`, `place-rule`, `date-rule`.
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Gazetteer => "gazetteer",
            Origin::Inflection => "inflection",
            Origin::GivenName => "given-name",
            Origin::OrganisationRule => "organisation-rule",
            Origin::Title => "title",
            Origin::Coreference => "coreference",
            Origin::KnownSurname => "known-surname",
            Origin::Cue => "cue",
            Origin::PlaceRule => "place-rule",
            Origin::DateRule => "date-rule",
        }
    }
}

/// Something found in a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention<'a> {
    /// What it is.
    pub label: Label,
    /// Where it is.
    pub span: Span,
    /// The document's text at the span.
    pub text: &'a str,
    /// The preferred name (for dates and unknown people: the text).
    pub canonical: &'a str,
    /// A stable identifier, or "" when none is known.
    pub id: &'a str,
    /// For a city or region, the ISO 3166-1 code of the country it lies in ("DE" for München);
    /// else "".
    pub country: &'a str,
    /// For dates, the normalised value ("2024-10-03", "XXXX-10-03").
    pub value: Option<String>,
    /// For dates, the grain and the part in the anchor year (see [`crate::dates`]).
    pub date: Option<crate::dates::DateInfo>,
    /// How it was found (written as `source` in the output formats).
    pub origin: Origin,
}

/// Fills in the character offsets of `mentions` (sorted by byte start) from their byte offsets
/// in `text`, in one pass over the text up to the last mention.
pub(crate) fn fill_char_offsets(text: &str, mentions: &mut [Mention<'_>]) {
    let bytes = text.as_bytes();
    let (mut pos, mut chars) = (0usize, 0usize);
    for m in mentions.iter_mut() {
        if m.span.start < pos {
            // Not sorted (a caller's own list): count again from the start.
            (pos, chars) = (0, 0);
        }
        chars += count_chars(&bytes[pos..m.span.start]);
        pos = m.span.start;
        m.span.char_start = chars;
        m.span.char_end = chars + count_chars(&bytes[m.span.start..m.span.end]);
    }
}

/// Counts UTF-8 scalar values: every byte that is not a continuation byte (`10xxxxxx`) starts
/// one. Eight bytes at a time: a byte is a continuation byte when its bit 7 is set and bit 6 is
/// not, which `w & !(w << 1)` leaves in bit 7 of each byte.
#[inline]
fn count_chars(bytes: &[u8]) -> usize {
    let mut chunks = bytes.chunks_exact(8);
    let mut continuation = 0usize;
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        let w = u64::from_le_bytes(w);
        continuation += (w & !(w << 1) & 0x8080_8080_8080_8080).count_ones() as usize;
    }
    let rest = chunks.remainder();
    continuation += rest.iter().filter(|&&b| b & 0xC0 == 0x80).count();
    bytes.len() - continuation
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_chars_like_std() {
        for text in [
            "",
            "abc",
            "Ägypten und München",
            "🇩🇪 Москва, 北京 — Zürich! ß",
            "ÄÄÄÄÄÄÄÄÄÄ",
        ] {
            for cut in 0..=text.len() {
                if text.is_char_boundary(cut) {
                    let s = &text[..cut];
                    assert_eq!(count_chars(s.as_bytes()), s.chars().count(), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn char_offsets_count_scalar_values() {
        let text = "Ägypten und München, 🇩🇪 Berlin";
        let mut ms: Vec<Mention> = ["Ägypten", "München", "Berlin"]
            .iter()
            .map(|w| {
                let start = text.find(w).unwrap();
                Mention {
                    label: Label::Country,
                    span: Span {
                        start,
                        end: start + w.len(),
                        ..Span::default()
                    },
                    text: w,
                    canonical: w,
                    id: "",
                    country: "",
                    value: None,
                    date: None,
                    origin: Origin::Gazetteer,
                }
            })
            .collect();
        fill_char_offsets(text, &mut ms);
        for m in &ms {
            let by_chars: String = text
                .chars()
                .skip(m.span.char_start)
                .take(m.span.char_end - m.span.char_start)
                .collect();
            assert_eq!(by_chars, m.text);
        }
        assert_eq!((ms[0].span.char_start, ms[0].span.char_end), (0, 7));
    }
}
