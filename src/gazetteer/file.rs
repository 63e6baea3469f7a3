//! The compiled gazetteer file (`.gzt`): a user gazetteer saved after compiling, so that a large
//! list loads in milliseconds instead of being read and compiled from CSV at every start.
//!
//! This file owns the format and nothing else: [`Gazetteer::to_bytes`] writes it and
//! [`Gazetteer::from_bytes`] reads it back, checking every length, the checksum and every offset,
//! so that a truncated or corrupt file is an [`Error::Compiled`] naming the path, never a panic.
//!
//! # Format, version 1
//!
//! All integers are little-endian. A 64-byte header:
//!
//! | offset | size | field |
//! |---|---|---|
//! | 0 | 8 | magic `\x89GZT\r\n\x1a\n` (PNG-style: a text-mode copy or a truncation to 7 bits shows) |
//! | 8 | 4 | format version, 1 |
//! | 12 | 4 | key version: a fingerprint of the token folding and hashing that made the keys |
//! | 16 | 8 | `n`, the number of entries |
//! | 24 | 8 | length of the text of names and ids, in bytes |
//! | 32 | 8 | length of the start filter, in bytes |
//! | 40 | 8 | length of the transducer, in bytes |
//! | 48 | 8 | checksum of everything after the header (the 8-byte-chunk token hash) |
//! | 56 | 8 | reserved, 0 |
//!
//! then, with no padding: `n` label bytes (0 person, 1 country, 2 organisation, 3 date, 4 city);
//! `2n` u64 ends of the canonical names and ids in the text (entry i's canonical name ends at
//! `ends[2i]`, its id at `ends[2i + 1]`; each starts where the previous one ends); the text
//! (UTF-8); the start filter; the transducer (an `fst` map from keys to packed key values).
//!
//! A file from a gazette whose folding or hashing differs (the key version) is refused with a
//! message to compile it again: its keys would silently no longer meet the document's tokens.
//! The checksum detects corruption, not forgery: a compiled file is trusted as the program is.

use std::borrow::Cow;
use std::path::Path;

use fst::raw::Fst;

use super::compile::StartFilter;
use super::{next_uid, Entries, Gazetteer, Label, Packed};
use crate::error::{Error, Result};
use crate::token::{normalise_key, token_hash};

/// The first eight bytes of every compiled gazetteer.
pub(crate) const MAGIC: [u8; 8] = *b"\x89GZT\r\n\x1a\n";
/// The format this gazette writes and reads.
const VERSION: u32 = 1;
const HEADER: usize = 64;

/// A fingerprint of how keys are made: folding, cutting into tokens and the token hash (which
/// the start filter is made of). Any change there changes it.
fn key_version() -> u32 {
    let probe = normalise_key("Straße ÄGYPTEN d’Ivoire İstanbul Соединённые U.S. Guinea-Bissau");
    token_hash(probe.as_bytes()) as u32
}

impl Gazetteer {
    /// The gazetteer as a compiled file's bytes (see the format in `gazetteer/file.rs`), for
    /// [`Gazetteer::from_bytes`].
    ///
    /// # Examples
    /// ```
    /// use gazette::{Entry, Gazetteer, Label};
    /// let g = Gazetteer::from_entries(vec![Entry {
    ///     label: Label::Person,
    ///     canonical: "Jane Roe".into(),
    ///     aliases: vec!["J. Roe".into()],
    ///     id: "Q1".into(),
    /// }]);
    /// let again = Gazetteer::from_bytes(&g.to_bytes(), "newsroom.gzt".as_ref()).unwrap();
    /// assert_eq!(again.entry(0).canonical, "Jane Roe");
    /// ```
    pub fn to_bytes(&self) -> Vec<u8> {
        let n = self.len();
        let mut labels = Vec::with_capacity(n);
        let mut ends = Vec::with_capacity(16 * n);
        let mut text = String::new();
        for i in 0..n {
            let e = self.entry(i as u32);
            labels.push(e.label as u8);
            for s in [e.canonical, e.id] {
                text.push_str(s);
                ends.extend_from_slice(&(text.len() as u64).to_le_bytes());
            }
        }
        let fst = self.fst.as_bytes();
        let mut payload = labels;
        payload.extend_from_slice(&ends);
        payload.extend_from_slice(text.as_bytes());
        payload.extend_from_slice(&self.filter);
        payload.extend_from_slice(fst);

        let mut out = Vec::with_capacity(HEADER + payload.len());
        out.extend_from_slice(&MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&key_version().to_le_bytes());
        for len in [n, text.len(), self.filter.len(), fst.len()] {
            out.extend_from_slice(&(len as u64).to_le_bytes());
        }
        out.extend_from_slice(&token_hash(&payload).to_le_bytes());
        out.extend_from_slice(&[0; 8]);
        out.extend_from_slice(&payload);
        out
    }

    /// Reads a compiled gazetteer from `bytes` (written by [`Gazetteer::to_bytes`]); `path` is
    /// used in error messages only.
    ///
    /// # Errors
    /// [`Error::Compiled`] naming `path` when the bytes are not a compiled gazetteer, come from
    /// another format or key version, are truncated or longer than their header says, or fail
    /// the checksum or a check of their offsets.
    pub fn from_bytes(bytes: &[u8], path: &Path) -> Result<Gazetteer> {
        let err = |message: String| Error::Compiled {
            path: path.to_path_buf(),
            message,
        };
        if bytes.len() < 8 || bytes[..8] != MAGIC {
            return Err(err("not a compiled gazetteer (no magic header)".into()));
        }
        if bytes.len() < HEADER {
            return Err(err(format!(
                "truncated: {} bytes, shorter than the {HEADER}-byte header",
                bytes.len()
            )));
        }
        let u32_at = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap_or([0; 4]));
        let u64_at = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap_or([0; 8]));
        let version = u32_at(8);
        if version != VERSION {
            return Err(err(format!(
                "format version {version}, but this gazette reads version {VERSION}: compile it again from its CSV"
            )));
        }
        if u32_at(12) != key_version() {
            return Err(err(
                "made by a gazette that folds or hashes words differently: compile it again from its CSV"
                    .into(),
            ));
        }
        if u64_at(56) != 0 {
            return Err(err("the reserved header field is not 0".into()));
        }
        let (n, text_len, filter_len, fst_len) = (u64_at(16), u64_at(24), u64_at(32), u64_at(40));
        // Checked arithmetic: lengths from the file may be anything.
        let want = [n, n.saturating_mul(16), text_len, filter_len, fst_len]
            .iter()
            .try_fold(HEADER as u64, |sum, &len| sum.checked_add(len));
        if want != Some(bytes.len() as u64) {
            return Err(err(match want {
                Some(want) if want > bytes.len() as u64 => {
                    format!("truncated: {} bytes, the header says {want}", bytes.len())
                }
                Some(want) => format!("{} bytes, the header says {want}", bytes.len()),
                None => "the header's lengths overflow".into(),
            }));
        }
        let payload = &bytes[HEADER..];
        if token_hash(payload) != u64_at(48) {
            return Err(err("checksum mismatch: the file is corrupt".into()));
        }
        // Every length is now known to fit in `bytes`, so in a usize.
        let (n, text_len, filter_len) = (n as usize, text_len as usize, filter_len as usize);
        let (labels, rest) = payload.split_at(n);
        let (ends, rest) = rest.split_at(16 * n);
        let (text, rest) = rest.split_at(text_len);
        let (filter, fst) = rest.split_at(filter_len);

        if filter.len() != StartFilter::empty().len() {
            return Err(err(format!(
                "a start filter of {} bytes, expected {}",
                filter.len(),
                StartFilter::empty().len()
            )));
        }
        let text = std::str::from_utf8(text)
            .map_err(|e| err(format!("names and ids are not UTF-8: {e}")))?;
        let mut packed = Packed::with_capacity(n);
        packed.text = text.to_string();
        for &b in labels {
            let label = Label::ALL
                .get(b as usize)
                .ok_or_else(|| err(format!("unknown label number {b}")))?;
            packed.labels.push(*label);
        }
        let mut last = 0;
        for end in ends.chunks_exact(8) {
            let end = u64::from_le_bytes(end.try_into().unwrap_or([0; 8]));
            let end = usize::try_from(end).unwrap_or(usize::MAX);
            if end < last || end > text.len() || !text.is_char_boundary(end) {
                return Err(err(format!("a name ends at {end}, not a valid offset")));
            }
            packed.ends.push(end);
            last = end;
        }
        if last != text.len() {
            return Err(err("the names and ids do not fill their text".into()));
        }
        let fst = Fst::new(Cow::Owned(fst.to_vec()))
            .map_err(|e| err(format!("the transducer is invalid: {e}")))?;
        Ok(Gazetteer {
            uid: next_uid(),
            fst,
            filter: Cow::Owned(filter.to_vec()),
            entries: Entries::Packed(packed),
        })
    }

    /// Reads the compiled gazetteer at `path`.
    ///
    /// # Errors
    /// [`Error::Io`] when the file cannot be read, else as [`Gazetteer::from_bytes`].
    pub fn open(path: &Path) -> Result<Gazetteer> {
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        Gazetteer::from_bytes(&bytes, path)
    }

    /// Writes the gazetteer as a compiled file at `path`, through a temporary file beside it
    /// that is renamed when complete, so that `path` never holds half a gazetteer.
    ///
    /// # Errors
    /// [`Error::Io`] naming the file that could not be written or renamed.
    pub fn save(&self, path: &Path) -> Result<()> {
        let mut tmp = path.as_os_str().to_owned();
        tmp.push(format!(".tmp{}", std::process::id()));
        let tmp = std::path::PathBuf::from(tmp);
        std::fs::write(&tmp, self.to_bytes()).map_err(|e| Error::io(&tmp, e))?;
        std::fs::rename(&tmp, path).map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            Error::io(path, e)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Entry;

    fn sample() -> Gazetteer {
        let entry = |label, canonical: &str, aliases: &[&str], id: &str| Entry {
            label,
            canonical: canonical.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            id: id.into(),
        };
        Gazetteer::from_entries(vec![
            entry(Label::Person, "Jane Roe", &["J. Roe", "Roe-Smith"], "Q42"),
            entry(Label::Organisation, "Acme Zeitung", &["AZ"], ""),
            entry(Label::Country, "Freedonien", &["Фридония"], "XF"),
        ])
    }

    fn read(bytes: &[u8]) -> std::result::Result<Gazetteer, String> {
        Gazetteer::from_bytes(bytes, Path::new("t.gzt")).map_err(|e| e.to_string())
    }

    #[test]
    fn round_trips_entries_keys_and_filter() {
        let g = sample();
        let bytes = g.to_bytes();
        let again = read(&bytes).unwrap();
        assert_eq!(again.len(), g.len());
        for i in 0..g.len() as u32 {
            assert_eq!(again.entry(i), g.entry(i));
        }
        assert_eq!(again.fst.as_bytes(), g.fst.as_bytes());
        assert_eq!(again.filter, g.filter);
        assert_ne!(again.uid(), g.uid());
        assert_eq!(again.to_bytes(), bytes);
    }

    #[test]
    fn damaged_files_are_errors_naming_the_path() {
        let good = sample().to_bytes();
        let mut flipped = good.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        let mut version = good.clone();
        version[8] = 9;
        let mut keys = good.clone();
        keys[12] ^= 1;
        let mut longer = good.clone();
        longer.push(0);
        let mut huge = good.clone();
        huge[16..24].copy_from_slice(&u64::MAX.to_le_bytes());
        let table: [(&[u8], &str); 9] = [
            (b"", "t.gzt: not a compiled gazetteer"),
            (b"type,canonical\n", "t.gzt: not a compiled gazetteer"),
            (&good[..20], "t.gzt: truncated: 20 bytes, shorter"),
            (&good[..good.len() - 1], "t.gzt: truncated"),
            (&longer, "t.gzt: "),
            (&flipped, "t.gzt: checksum mismatch"),
            (&version, "t.gzt: format version 9"),
            (&keys, "t.gzt: made by a gazette that folds"),
            (&huge, "t.gzt: the header's lengths overflow"),
        ];
        for (bytes, want) in table {
            let got = read(bytes).map(|_| ()).unwrap_err();
            assert!(got.starts_with(want), "got {got:?}, want {want:?}");
        }
        // Every truncation is an error, none a panic.
        for len in 0..good.len() {
            assert!(read(&good[..len]).is_err(), "{len}");
        }
    }
}
