//! Reading a large document in windows, so that memory stays bounded whatever its size.
//!
//! A window is about [`WINDOW_BYTES`] of text cut after a line break (or, in a text without line
//! breaks, after white space, or at worst between two characters), so no word and no UTF-8
//! sequence is ever split. Each window carries the byte and character offsets of its start in
//! the whole document, for turning window offsets into document offsets.
//!
//! A mention can still cross a cut ("3. Oktober | 2024" on one long line, "Olaf | Scholz"
//! hard-wrapped). So a window's text goes on past its cut with a *lookahead* of up to
//! [`LOOKAHEAD_BYTES`] (ending at white space), which is also the start of the next window: the
//! extractor sees the whole mention, the window keeps the mentions that start before its cut
//! ([`Window::len`]), and the next window drops what starts inside a mention already kept (see
//! the driver's windowing path in `src/run/windows.rs`).

use std::io::{self, Read};

/// The target size of a window. 64 KiB keeps a window's tokens (about 40 bytes each for every
/// six bytes of text) within the L2 cache through the several passes over them; with 1 MiB
/// windows the same text took 7 % more instructions and ten times the last-level cache write
/// misses (callgrind, 2.7 MB of German news).
pub const WINDOW_BYTES: usize = 1 << 16;

/// How far a window's text goes on past its cut, so that a mention that crosses the cut is
/// seen whole: three times the longest name in the built-in gazetteers (175 bytes); a user's
/// alias longer than this can still be cut. With 1 KiB, 10kGNAD took 2.0 % more instructions
/// than without a lookahead (callgrind); with 512 bytes, about half that.
pub const LOOKAHEAD_BYTES: usize = 512;

/// A part of a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Window {
    /// The window's text (invalid UTF-8 replaced by U+FFFD), followed by its lookahead: the
    /// start of the next window.
    pub text: String,
    /// The length in bytes of the window itself, `text` without the lookahead.
    pub len: usize,
    /// Byte offset of the window's start in the (decoded) document.
    pub byte_offset: usize,
    /// Character offset of the window's start in the document.
    pub char_offset: usize,
}

/// Bytes read past a window's size, so that a character longer than a (tiny) window can be
/// taken whole: a UTF-8 sequence has at most three bytes after its first.
const CHAR_TAIL: usize = 3;

/// Splits a reader into [`Window`]s.
#[derive(Debug)]
pub struct WindowReader<R> {
    reader: R,
    /// The bytes read and not yet cut off as a window; the next window's text is built in it.
    buf: Vec<u8>,
    size: usize,
    eof: bool,
    byte_offset: usize,
    char_offset: usize,
    /// The most to reserve for the buffer at a time (see [`WindowReader::with_capacity`]).
    capacity: usize,
    /// Raw bytes read so far (for progress).
    pub bytes_read: u64,
    /// Bytes that were not valid UTF-8 and were replaced by U+FFFD, so far.
    pub replaced: u64,
}

impl<R: Read> WindowReader<R> {
    /// Windows of about `size` bytes from `reader`.
    pub fn new(reader: R, size: usize) -> WindowReader<R> {
        WindowReader::with_capacity(reader, size, size + LOOKAHEAD_BYTES + CHAR_TAIL)
    }

    /// Like [`WindowReader::new`], with room for `capacity` bytes at first (for a file known to
    /// be small, whose first window is all of it).
    pub fn with_capacity(reader: R, size: usize, capacity: usize) -> WindowReader<R> {
        let size = size.max(1);
        let capacity = capacity.min(size + LOOKAHEAD_BYTES + CHAR_TAIL);
        WindowReader {
            reader,
            buf: Vec::with_capacity(capacity),
            capacity,
            size,
            eof: false,
            byte_offset: 0,
            char_offset: 0,
            bytes_read: 0,
            replaced: 0,
        }
    }

    /// The first bytes of the input, read without consuming them (for binary detection).
    ///
    /// # Errors
    /// The reader's error.
    pub fn peek(&mut self, n: usize) -> io::Result<&[u8]> {
        // The whole first window is read at once, in as few reads as the window takes.
        self.fill(n.max(self.want()))?;
        Ok(&self.buf[..self.buf.len().min(n)])
    }

    /// Whether the rest of the input is at most one window (after [`WindowReader::peek`]):
    /// then [`WindowReader::into_text`] gives it as one text.
    pub fn is_last(&self) -> bool {
        self.eof && self.buf.len() <= self.size
    }

    /// The text not yet cut into windows (all of a small input, after a peek).
    pub fn into_text(&mut self) -> String {
        let (text, replaced) = super::decode_counting(std::mem::take(&mut self.buf));
        self.replaced += replaced as u64;
        text
    }

    /// What a window is cut from: the window, its lookahead, and room to finish a character.
    fn want(&self) -> usize {
        self.size + LOOKAHEAD_BYTES + CHAR_TAIL
    }

    /// Reads until `buf` holds `want` bytes or the input ends, and not further: a window is cut
    /// from a buffer of at most [`WindowReader::want`] bytes, so what follows the cut (and must
    /// move to the next buffer) is at most a line and the lookahead.
    fn fill(&mut self, want: usize) -> io::Result<()> {
        let start = self.buf.len();
        if self.eof || start >= want {
            return Ok(());
        }
        // A file known to be small gets a buffer of its size, not of a window; should it have
        // grown, `read_to_end` makes room.
        self.buf
            .reserve(want.min(self.capacity).saturating_sub(start));
        // `read_to_end` reads into the spare capacity without zeroing it first (through
        // `read_buf`, for files, standard input and byte slices), and `take` stops it at `want`.
        let limit = (want - start) as u64;
        let result = (&mut self.reader).take(limit).read_to_end(&mut self.buf);
        self.bytes_read += (self.buf.len() - start) as u64;
        result?;
        // `read_to_end` returns once the limit is reached or the input has ended.
        self.eof = self.buf.len() < want;
        Ok(())
    }

    /// The next window, or None at the end.
    ///
    /// # Errors
    /// The reader's error.
    pub fn next_window(&mut self) -> io::Result<Option<Window>> {
        self.fill(self.want())?;
        if self.buf.is_empty() {
            return Ok(None);
        }
        // The rest is one window when the input ends less than `size` bytes on. A rest of
        // exactly `size` bytes is cut at its last line break like any full window, so that where
        // windows end (and so what coreference links) does not depend on how far ahead was read.
        let cut = if self.eof && self.buf.len() < self.size {
            self.buf.len()
        } else {
            cut_point(&self.buf, self.size)
        };
        // The window's bytes stay where they were read and become its text; only what follows
        // the cut is copied, into the buffer the next window is read into.
        let mut next = Vec::with_capacity(self.want());
        self.capacity = self.want();
        next.extend_from_slice(&self.buf[cut..]);
        let lookahead = lookahead_end(&next, LOOKAHEAD_BYTES);
        self.buf.truncate(cut);
        // Decoded apart: the cut is never inside a UTF-8 sequence (see `cut_point`), so the
        // window's text is what it would be without the lookahead.
        let (mut text, replaced) = super::decode_counting(std::mem::replace(&mut self.buf, next));
        self.replaced += replaced as u64;
        let len = text.len();
        text.push_str(&String::from_utf8_lossy(&self.buf[..lookahead]));
        let window = Window {
            byte_offset: self.byte_offset,
            char_offset: self.char_offset,
            len,
            text,
        };
        self.byte_offset += len;
        self.char_offset += window.text[..len].chars().count();
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

/// Where the lookahead of at most `n` bytes at the start of `rest` ends: all of a shorter rest
/// (the input's end), else after the last ASCII white space, else before the last character
/// that starts within `n` bytes.
fn lookahead_end(rest: &[u8], n: usize) -> usize {
    if rest.len() <= n {
        return rest.len();
    }
    let head = &rest[..n];
    if let Some(i) = head.iter().rposition(|b| b.is_ascii_whitespace()) {
        return i + 1;
    }
    head.iter().rposition(|b| (b & 0xC0) != 0x80).unwrap_or(0)
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
                let joined: String = ws.iter().map(|w| &w.text[..w.len]).collect();
                assert_eq!(joined, whole, "size {size}");
                for w in &ws {
                    // The lookahead is the start of what follows.
                    assert!(whole[w.byte_offset..].starts_with(&w.text), "size {size}");
                    assert_eq!(whole[..w.byte_offset].chars().count(), w.char_offset);
                }
            }
        }
    }

    /// A reader that gives at most `chunk` bytes a read, as a pipe may.
    struct Trickle<'a> {
        rest: &'a [u8],
        chunk: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.chunk.min(buf.len()).min(self.rest.len());
            buf[..n].copy_from_slice(&self.rest[..n]);
            self.rest = &self.rest[n..];
            Ok(n)
        }
    }

    #[test]
    fn windows_do_not_depend_on_how_much_a_read_gives() {
        let text = "Zeile eins\nZeile zwei über Ägypten\nund drei ÄÖÜ\n".repeat(5);
        for size in [1, 3, 8, 40, 64] {
            let want = windows(text.as_bytes(), size);
            for chunk in [1, 2, 7, 1000] {
                let mut r = WindowReader::new(
                    Trickle {
                        rest: text.as_bytes(),
                        chunk,
                    },
                    size,
                );
                assert_eq!(r.peek(5).unwrap(), &text.as_bytes()[..5]);
                let mut got = Vec::new();
                while let Some(w) = r.next_window().unwrap() {
                    got.push(w);
                }
                assert_eq!(got, want, "size {size}, chunk {chunk}");
                assert_eq!(r.bytes_read, text.len() as u64);
            }
        }
    }

    #[test]
    fn the_lookahead_ends_at_white_space_within_its_size() {
        let text = format!("{}\n{}", "a".repeat(10), "wort ".repeat(400));
        let ws = windows(text.as_bytes(), 12);
        let w = &ws[0];
        assert_eq!(w.len, 11);
        let lookahead = &w.text[w.len..];
        assert!(lookahead.len() <= LOOKAHEAD_BYTES && lookahead.len() > LOOKAHEAD_BYTES - 5);
        assert!(lookahead.ends_with(' '));
        assert_eq!(lookahead_end("ääää".as_bytes(), 3), 2);
    }

    #[test]
    fn a_rest_of_exactly_one_window_is_cut_like_a_full_one() {
        let ws = windows(b"abc def", 7);
        let texts: Vec<&str> = ws.iter().map(|w| &w.text[..w.len]).collect();
        assert_eq!(texts, ["abc ", "def"]);
        assert_eq!(ws[0].text, "abc def", "with the rest as its lookahead");
        assert_eq!(windows(b"abc de", 7).len(), 1);
    }

    #[test]
    fn words_are_not_split_when_there_is_white_space() {
        let ws = windows(b"alpha beta gamma delta", 8);
        let texts: Vec<&str> = ws.iter().map(|w| &w.text[..w.len]).collect();
        assert!(texts.iter().all(|t| !t.trim().contains(' ') || t.len() > 8));
        assert!(texts
            .iter()
            .all(|t| t.ends_with(' ') || t.ends_with("delta")));
    }
}
