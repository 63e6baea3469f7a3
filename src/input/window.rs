//! Reading a large document in windows, so that memory stays bounded whatever its size.
//!
//! A window is about [`WINDOW_BYTES`] of text cut after a line break (or, in a text without line
//! breaks, after white space, or at worst between two characters), so no word and no UTF-8
//! sequence is ever split. Each window carries the byte and character offsets of its start in
//! the whole document, for turning window offsets into document offsets.

use std::io::{self, Read};

/// The target size of a window. 64 KiB keeps a window's tokens (about 40 bytes each for every
/// six bytes of text) within the L2 cache through the several passes over them; with 1 MiB
/// windows the same text took 7 % more instructions and ten times the last-level cache write
/// misses (callgrind, 2.7 MB of German news).
pub const WINDOW_BYTES: usize = 1 << 16;

/// Documents larger than this are read in windows; smaller ones are read whole, as one
/// document (so that coreference spans all of it).
pub const STREAM_ABOVE_BYTES: u64 = 1 << 20;

/// A part of a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Window {
    /// The window's text (invalid UTF-8 replaced by U+FFFD).
    pub text: String,
    /// Byte offset of the window's start in the (decoded) document.
    pub byte_offset: usize,
    /// Character offset of the window's start in the document.
    pub char_offset: usize,
}

/// Splits a reader into [`Window`]s.
#[derive(Debug)]
pub struct WindowReader<R> {
    reader: R,
    buf: Vec<u8>,
    size: usize,
    eof: bool,
    byte_offset: usize,
    char_offset: usize,
    /// Raw bytes read so far (for progress).
    pub bytes_read: u64,
}

impl<R: Read> WindowReader<R> {
    /// Windows of about `size` bytes from `reader`.
    pub fn new(reader: R, size: usize) -> WindowReader<R> {
        WindowReader {
            reader,
            buf: Vec::with_capacity(size + (size >> 2)),
            size: size.max(1),
            eof: false,
            byte_offset: 0,
            char_offset: 0,
            bytes_read: 0,
        }
    }

    /// The first bytes of the input, read without consuming them (for binary detection).
    ///
    /// # Errors
    /// The reader's error.
    pub fn peek(&mut self, n: usize) -> io::Result<&[u8]> {
        self.fill(n)?;
        Ok(&self.buf[..self.buf.len().min(n)])
    }

    fn fill(&mut self, want: usize) -> io::Result<()> {
        let mut chunk = [0u8; 1 << 16];
        while !self.eof && self.buf.len() < want {
            match self.reader.read(&mut chunk) {
                Ok(0) => self.eof = true,
                Ok(n) => {
                    self.buf.extend_from_slice(&chunk[..n]);
                    self.bytes_read += n as u64;
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// The next window, or None at the end.
    ///
    /// # Errors
    /// The reader's error.
    pub fn next_window(&mut self) -> io::Result<Option<Window>> {
        self.fill(self.size)?;
        if self.buf.is_empty() {
            return Ok(None);
        }
        let cut = if self.eof && self.buf.len() <= self.size {
            self.buf.len()
        } else {
            cut_point(&self.buf, self.size)
        };
        let text = match std::str::from_utf8(&self.buf[..cut]) {
            Ok(s) => s.to_owned(),
            Err(_) => String::from_utf8_lossy(&self.buf[..cut]).into_owned(),
        };
        self.buf.drain(..cut);
        let window = Window {
            byte_offset: self.byte_offset,
            char_offset: self.char_offset,
            text,
        };
        self.byte_offset += window.text.len();
        self.char_offset += window.text.chars().count();
        Ok(Some(window))
    }
}

/// Where to end a window of about `size` bytes of `buf`: after the last line break in the
/// first `size` bytes, else after the last ASCII white space there, else before the last
/// character that starts there (or after the first character when it is longer than `size`).
fn cut_point(buf: &[u8], size: usize) -> usize {
    let head = &buf[..size.min(buf.len())];
    if let Some(i) = memchr::memrchr(b'\n', head) {
        return i + 1;
    }
    if let Some(i) = head.iter().rposition(|b| b.is_ascii_whitespace()) {
        return i + 1;
    }
    let is_start = |b: &u8| (b & 0xC0) != 0x80;
    match head.iter().rposition(is_start) {
        Some(p) if p > 0 => p,
        // One character longer than the window: take it whole.
        _ => 1 + buf[1..].iter().take_while(|b| !is_start(b)).count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn windows(text: &[u8], size: usize) -> Vec<Window> {
        let mut r = WindowReader::new(text, size);
        let mut v = Vec::new();
        while let Some(w) = r.next_window().unwrap() {
            v.push(w);
        }
        v
    }

    #[test]
    fn windows_join_to_the_document_with_correct_offsets() {
        let table: &[&[u8]] = &[
            b"",
            b"one line",
            "Zeile eins\nZeile zwei über Ägypten\nund drei\n".as_bytes(),
            "ÄÖÜäöüßÄÖÜäöüß".as_bytes(),
            "no breaks but spaces everywhere in this text".as_bytes(),
            b"bad \xff utf8\n\xc3\nend",
        ];
        for text in table {
            let whole = String::from_utf8_lossy(text).into_owned();
            for size in [1, 2, 3, 5, 8, 1000] {
                let ws = windows(text, size);
                let joined: String = ws.iter().map(|w| w.text.as_str()).collect();
                assert_eq!(joined, whole, "size {size}");
                for w in &ws {
                    assert_eq!(&whole[w.byte_offset..w.byte_offset + w.text.len()], w.text);
                    assert_eq!(whole[..w.byte_offset].chars().count(), w.char_offset);
                }
            }
        }
    }

    #[test]
    fn words_are_not_split_when_there_is_white_space() {
        let ws = windows(b"alpha beta gamma delta", 8);
        assert!(ws
            .iter()
            .all(|w| !w.text.trim().contains(' ') || w.text.len() > 8));
        assert!(ws
            .iter()
            .all(|w| w.text.ends_with(' ') || w.text.ends_with("delta")));
    }
}
