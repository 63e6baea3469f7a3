//! What a gazetteer holds: [`Entry`] (a label, a canonical name, aliases, an identifier) and
//! [`Label`], the kind of thing an entry or a mention is, with [`LabelSet`] for choosing labels.
//!
//! Plain data with no dependency outside `std`: `build.rs` includes this file with `#[path]`, so
//! the built-in gazetteers and the user's files share one definition of a label's names.

use std::fmt;
use std::str::FromStr;

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
    /// A duration: a count and a unit of time ("drei Tage", "for two weeks"), valued in ISO
    /// 8601 ("P3D", "P2W").
    Duration,
}

impl Label {
    /// Every label, in a fixed order.
    pub const ALL: [Label; 8] = [
        Label::Person,
        Label::Country,
        Label::Organisation,
        Label::Date,
        Label::City,
        Label::Region,
        Label::Nationality,
        Label::Duration,
    ];

    /// Whether the label is a place: a country, a city or a region (what the corpora call LOC).
    pub(crate) fn is_place(self) -> bool {
        matches!(self, Label::Country | Label::City | Label::Region)
    }

    /// The label's name as written in gazetteers and output: `person`, `country`,
    /// `organisation`, `date`, `city`, `region`, `nationality`, `duration`.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "person",
            Label::Country => "country",
            Label::Organisation => "organisation",
            Label::Date => "date",
            Label::City => "city",
            Label::Region => "region",
            Label::Nationality => "nationality",
            Label::Duration => "duration",
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
            "duration" => Ok(Label::Duration),
            other => Err(format!(
                "unknown type {other:?} (expected person, country, organisation, date, city, \
                 region, nationality or duration)"
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
