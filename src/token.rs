//! Tokens: the word-level view of a document that the matcher and the date rules share.
//!
//! A document is split into *words* (runs of letters, digits and combining marks), *numbers*
//! (runs of ASCII digits only) and single-character *punctuation*; white space separates tokens
//! and is not a token. Gazetteer aliases are split by the very same function and their folded
//! tokens joined by one space (see [`normalise_key`]), so "Guinea-Bissau", "Guinea - Bissau" and
//! "GUINEA-BISSAU" all meet the same key, and a name can only ever match whole words: word
//! boundaries come for free and no "Oman" is found inside "Romane".
//!
//! This module does not decide what a mention is; it only cuts and folds. It is written by hand
//! because Unicode word segmentation (UAX #29, `unicode-segmentation`) keeps "U.S." or "3." in
//! one segment and costs several times more per byte; gazetteer matching wants the simpler,
//! symmetric cut above.
//!
//! The file is also compiled into `build.rs` (with `#[path]`), so the keys of the built-in
//! gazetteers are made by exactly the code that cuts documents at run time.

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters, possibly mixed with digits ("Berlin", "G20", "1990er").
    Word,
    /// ASCII digits only ("2024", "03").
    Number,
    /// One character that is neither a letter, a digit nor white space ("-", ".", "«").
    Punct,
}

/// A token: a byte range of the document, its kind, and the hashes of its folded text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// What the token is made of.
    pub kind: TokenKind,
    /// [`CAPITALISED`](Self::is_capitalised) and [`ASCII`](Self::is_ascii) bits, known
    /// from the tokenizer's pass so that no rule reads or decodes the text again for them.
    flags: u8,
    /// [`token_hash`] of the folded text.
    pub hash: u64,
    /// For a word of more than [`MIN_STEM`] folded bytes that ends in "s" or "n" (a possible
    /// inflectional ending): [`token_hash`] of the folded text without that last byte; else 0.
    pub stem_hash: u64,
}

/// The shortest stem (in folded bytes) an inflectional ending may follow: "Irans" yes, "Uns" no.
pub const MIN_STEM: usize = 4;

const CAPITALISED: u8 = 1;
const ASCII: u8 = 2;

/// The hash's starting state (the hash of nothing, before [`finish`]).
const SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// One round of the token hash: one 8-byte chunk of folded text (little-endian, zero-padded).
///
/// The hash works on 8-byte chunks rather than bytes (FNV-1a, as before) because the tokenizer
/// reads a word 8 bytes at a time to find its end (see [`tokenize`]): the same load then hashes
/// it, one multiplication per chunk instead of one per byte. The final [`mix`] does the real
/// mixing; the rotation carries the product's high bits into the next chunk's low ones.
#[inline(always)]
const fn round(h: u64, chunk: u64) -> u64 {
    (h ^ chunk)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .rotate_left(23)
}

/// The end of the token hash: the state after the last chunk and the folded length.
#[inline(always)]
const fn finish(h: u64, len: usize) -> u64 {
    mix(h ^ (len as u64).wrapping_mul(0x2127_599B_F432_5C37))
}

/// murmur3's 64-bit finaliser, which every token hash ends with: the Bloom filters and hash maps
/// downstream take bits from all over the hash.
#[inline(always)]
pub const fn mix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// The hash of a folded token; never 0 in practice.
///
/// The tokenizer computes the same value for each token while it cuts the text, without folding
/// it into a buffer; a unit test checks the two agree.
pub fn token_hash(folded: &[u8]) -> u64 {
    let mut h = SEED;
    let mut chunks = folded.chunks_exact(8);
    for c in &mut chunks {
        h = round(h, u64::from_le_bytes(c.try_into().unwrap_or([0; 8])));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut b = [0u8; 8];
        b[..rest.len()].copy_from_slice(rest);
        h = round(h, u64::from_le_bytes(b));
    }
    finish(h, folded.len())
}

impl Token {
    /// The token's text in `text` (the document it was cut from).
    #[inline]
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    /// Whether the token starts with an upper-case letter ("Berlin", "USA", "Ägypten").
    #[inline]
    pub fn is_capitalised(&self) -> bool {
        self.flags & CAPITALISED != 0
    }

    /// Whether the token's text is all ASCII (then its folded form is its ASCII lower case).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.flags & ASCII != 0
    }
}

/// Byte classes of ASCII; non-ASCII bytes take the slow path.
const SPACE: u8 = 0;
const LETTER: u8 = 1;
const DIGIT: u8 = 3;
const PUNCT: u8 = 4;
const NON_ASCII: u8 = 8;

static CLASS: [u8; 256] = {
    let mut t = [NON_ASCII; 256];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = if b.is_ascii_digit() {
            DIGIT
        } else if b.is_ascii_alphabetic() {
            LETTER
        } else if b.is_ascii_whitespace() || b < 0x20 || b == 0x7f {
            SPACE
        } else {
            PUNCT
        };
        i += 1;
    }
    t
};

/// The hash of each ASCII punctuation character as a token ("`" folds to "'"): `token_hash` of
/// its one byte, which is one round.
static PUNCT_HASH: [u64; 128] = {
    let mut t = [0u64; 128];
    let mut i = 0;
    while i < 128 {
        let b = if i == b'`' as usize { b'\'' } else { i as u8 };
        t[i] = finish(round(SEED, b as u64), 1);
        i += 1;
    }
    t
};

/// Whether a non-ASCII character continues a word: letters, digits and combining marks.
/// Latin-1, Latin Extended-A and Cyrillic letters are answered without Unicode table look-ups.
#[inline]
fn is_word_char(c: char) -> bool {
    match c {
        '\u{00C0}'..='\u{024F}' => c != '\u{00D7}' && c != '\u{00F7}',
        '\u{0400}'..='\u{0481}' | '\u{048A}'..='\u{04FF}' => true,
        '\u{00AD}' => true,
        // General Punctuation (dashes, quotes, spaces): no letters, two joiners.
        '\u{2000}'..='\u{206F}' => matches!(c, '\u{200C}' | '\u{200D}'),
        _ => c.is_alphanumeric() || is_mark(c),
    }
}

/// Combining marks (the common blocks; a decomposed "Ü" is "U" + U+0308 and must stay one word).
#[inline]
fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{0591}'..='\u{05BD}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0900}'..='\u{0903}'
        | '\u{093A}'..='\u{094F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{200C}'..='\u{200D}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// Decodes the character starting at byte `i` of `text` (which must be a char boundary).
#[inline]
fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or('\u{FFFD}')
}

const HIGH: u64 = 0x8080_8080_8080_8080;
const LANES: u64 = 0x0101_0101_0101_0101;

/// The 8 bytes at `i` as a little-endian word, zero-padded past the end of `bytes`.
#[inline(always)]
fn load8(bytes: &[u8], i: usize) -> u64 {
    match bytes.get(i..i + 8) {
        Some(s) => u64::from_le_bytes(s.try_into().unwrap_or([0; 8])),
        None => {
            let mut b = [0u8; 8];
            let rest = &bytes[i.min(bytes.len())..];
            b[..rest.len()].copy_from_slice(rest);
            u64::from_le_bytes(b)
        }
    }
}

/// For each byte of `x`: 0x80 when it is an ASCII letter or digit, and separately when it is an
/// ASCII digit (SWAR: eight bytes classified at once, no byte can carry into the next).
#[inline(always)]
fn alnum_lanes(x: u64) -> (u64, u64) {
    let ascii = !x & HIGH;
    let v = x & !HIGH;
    let lower = v | (0x20 * LANES);
    // `lower` >= 'a' and not > 'z'; `v` >= '0' and not > '9'.
    let letter = (lower + (0x80 - 0x61) * LANES) & !(lower + (0x80 - 0x7b) * LANES);
    let digit = (v + (0x80 - 0x30) * LANES) & !(v + (0x80 - 0x3a) * LANES);
    ((letter | digit) & ascii, digit & ascii)
}

/// The low `k` bytes (1 to 8) of a word.
#[inline(always)]
fn low_bytes(k: usize) -> u64 {
    u64::MAX >> (64 - 8 * k)
}

/// Cuts `text` into tokens, appending them to `out` (which is not cleared).
///
/// Never panics; every token's range lies on `char` boundaries of `text`.
///
/// Written by hand for speed (it is the one pass over every byte): runs of ASCII letters and
/// digits are found and hashed eight bytes at a time (SWAR); only words with other characters
/// are decoded and folded character by character.
///
/// # Examples
/// ```
/// use gazette::token::{tokenize, TokenKind};
/// let mut tokens = Vec::new();
/// tokenize("Am 3. Oktober", &mut tokens);
/// let kinds: Vec<_> = tokens.iter().map(|t| t.kind).collect();
/// assert_eq!(kinds, [TokenKind::Word, TokenKind::Number, TokenKind::Punct, TokenKind::Word]);
/// ```
pub fn tokenize(text: &str, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    // About one token per six bytes of news text.
    out.reserve(n / 5 + 1);
    let mut i = 0;
    while i < n {
        let b = bytes[i];
        let class = CLASS[b as usize];
        if class == SPACE {
            i += 1;
            continue;
        }
        if class == PUNCT {
            out.push(Token {
                start: i,
                end: i + 1,
                kind: TokenKind::Punct,
                flags: ASCII,
                hash: PUNCT_HASH[b as usize],
                stem_hash: 0,
            });
            i += 1;
            continue;
        }
        if class != NON_ASCII {
            if let Some(t) = ascii_word(text, i) {
                i = t.end;
                out.push(t);
                continue;
            }
        }
        let (t, next) = other_token(text, i);
        out.extend(t);
        i = next;
    }
}

/// The token at `start`, an ASCII letter or digit, when the word is ASCII to its end; None when
/// a non-ASCII letter goes on with it ("München"), for [`other_token`].
#[inline(always)]
fn ascii_word(text: &str, start: usize) -> Option<Token> {
    let bytes = text.as_bytes();
    let mut i = start;
    let mut h = SEED;
    // The state before the last chunk, the last chunk and its length: for the stem hash.
    let (mut before, mut last, mut last_len) = (SEED, 0u64, 0usize);
    let mut digits = true;
    loop {
        let x = load8(bytes, i);
        let (word, digit) = alnum_lanes(x);
        let stop = !word & HIGH;
        // Eight when no byte stops the word (`trailing_zeros` of 0 is 64): no branch.
        let k = stop.trailing_zeros() as usize / 8;
        if k == 0 {
            break;
        }
        let keep = low_bytes(k);
        // `| 0x20` lower-cases ASCII letters and leaves digits as they are.
        let chunk = (x | (0x20 * LANES)) & keep;
        digits &= digit & keep == HIGH & keep;
        (before, last, last_len) = (h, chunk, k);
        h = round(h, chunk);
        i += k;
        if k < 8 {
            break;
        }
    }
    // `i` follows an ASCII byte, so it starts a character.
    if i < bytes.len() && bytes[i] >= 0x80 && is_word_char(char_at(text, i)) {
        return None;
    }
    let len = i - start;
    let kind = if digits {
        TokenKind::Number
    } else {
        TokenKind::Word
    };
    // The stem hash is computed for every word and kept or dropped with a mask: whether a word
    // ends in "s" or "n" is a coin toss that a branch would mispredict (a quarter of the
    // tokenizer's mispredicted branches were this one). Without the last byte, the last chunk
    // keeps `last_len - 1` bytes, maybe none.
    let ending = bytes[i - 1] | 0x20;
    let has_stem = !digits & (len > MIN_STEM) & ((ending == b's') | (ending == b'n'));
    let stem_state = if last_len > 1 {
        round(before, last & low_bytes(last_len - 1))
    } else {
        before
    };
    let stem_hash = finish(stem_state, len.wrapping_sub(1)) & 0u64.wrapping_sub(has_stem as u64);
    Some(Token {
        start,
        end: i,
        kind,
        flags: ASCII
            | if bytes[start].is_ascii_uppercase() {
                CAPITALISED
            } else {
                0
            },
        hash: finish(h, len),
        stem_hash,
    })
}

/// The token at `start` that [`ascii_word`] does not handle (a word with non-ASCII characters,
/// or one non-ASCII punctuation character; None for non-ASCII white space), and where the next
/// one may start.
#[inline(never)]
fn other_token(text: &str, start: usize) -> (Option<Token>, usize) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let c = char_at(text, start);
    if bytes[start] >= 0x80 && !is_word_char(c) {
        let end = start + c.len_utf8();
        if c.is_whitespace() {
            return (None, end);
        }
        let mut folded = FoldBuf::new();
        fold_char(c, |b| folded.push(b as u64, 1));
        let t = Token {
            start,
            end,
            kind: TokenKind::Punct,
            flags: 0,
            hash: token_hash(folded.as_slice()),
            stem_hash: 0,
        };
        return (Some(t), end);
    }
    // The word is folded into `folded` and hashed at the end. ASCII runs go eight bytes at a
    // time and Latin-1 letters (German umlauts, French accents) without decoding; other
    // characters are decoded and folded one by one.
    let mut folded = FoldBuf::new();
    let mut i = start;
    while i < n {
        let b = bytes[i];
        if b < 0x80 {
            let x = load8(bytes, i);
            let stop = !alnum_lanes(x).0 & HIGH;
            let k = stop.trailing_zeros() as usize / 8;
            if k == 0 {
                break;
            }
            folded.push(x | (0x20 * LANES), k);
            i += k;
        } else if b == 0xC3 && i + 1 < n {
            // U+00C0..U+00FF: letters but × and ÷; capitals are their small letters - 0x20.
            match bytes[i + 1] {
                0x97 | 0xB7 => break,
                0x9F => folded.push(u16::from_le_bytes(*b"ss") as u64, 2),
                b2 @ 0x80..=0x9E => folded.push(0xC3 | ((b2 as u64 + 0x20) << 8), 2),
                b2 => folded.push(0xC3 | ((b2 as u64) << 8), 2),
            }
            i += 2;
        } else {
            let c = char_at(text, i);
            if !is_word_char(c) {
                break;
            }
            fold_char(c, |b| folded.push(b as u64, 1));
            i += c.len_utf8();
        }
    }
    let folded = folded.as_slice();
    let stem_hash = match folded.split_last() {
        Some((b's' | b'n', stem)) if stem.len() >= MIN_STEM => token_hash(stem),
        _ => 0,
    };
    let t = Token {
        start,
        end: i,
        kind: TokenKind::Word,
        flags: if c.is_uppercase() { CAPITALISED } else { 0 },
        hash: token_hash(folded),
        stem_hash,
    };
    (Some(t), i)
}

/// A word's folded bytes: on the stack up to 72 bytes (nearly every word), else on the heap.
/// Bytes are written eight at a time (a whole word register, of which only the first `k`
/// count), so that no write is a variable-length copy.
struct FoldBuf {
    small: [u8; 80],
    len: usize,
    large: Vec<u8>,
}

impl FoldBuf {
    #[inline(always)]
    fn new() -> FoldBuf {
        FoldBuf {
            small: [0; 80],
            len: 0,
            large: Vec::new(),
        }
    }

    /// Appends the first `k` (at most 8) bytes of `chunk`, little-endian.
    #[inline(always)]
    fn push(&mut self, chunk: u64, k: usize) {
        let bytes = chunk.to_le_bytes();
        if self.large.is_empty() && self.len + 8 <= self.small.len() {
            self.small[self.len..self.len + 8].copy_from_slice(&bytes);
        } else {
            if self.large.is_empty() {
                self.large.extend_from_slice(&self.small[..self.len]);
            }
            self.large.extend_from_slice(&bytes[..k]);
        }
        self.len += k;
    }

    fn as_slice(&self) -> &[u8] {
        if self.large.is_empty() {
            &self.small[..self.len]
        } else {
            &self.large
        }
    }
}

/// Feeds the folded form of one character to `emit`, byte by byte (see [`fold_into`]).
#[inline]
fn fold_char(c: char, mut emit: impl FnMut(u8)) {
    let mut tmp = [0u8; 4];
    let mut put = |c: char| {
        for &b in c.encode_utf8(&mut tmp).as_bytes() {
            emit(b);
        }
    };
    match c {
        'A'..='Z' => put(c.to_ascii_lowercase()),
        c if c.is_ascii() => put(if c == '`' { '\'' } else { c }),
        'ß' | 'ẞ' => {
            put('s');
            put('s');
        }
        // Latin-1 capitals (but ×) are their small letters minus 0x20.
        '\u{00C0}'..='\u{00DE}' if c != '\u{00D7}' => {
            put(char::from_u32(c as u32 + 0x20).unwrap_or(c))
        }
        '\u{00DF}'..='\u{00FF}' => put(c),
        'ё' | 'Ё' => put('е'),
        'İ' => put('i'),
        '’' | 'ʼ' | '‘' | '´' => put('\''),
        '\u{00AD}' => {}
        // Basic Cyrillic capitals.
        '\u{0410}'..='\u{042F}' => put(char::from_u32(c as u32 + 0x20).unwrap_or(c)),
        '\u{0430}'..='\u{044F}' => put(c),
        c => {
            for l in c.to_lowercase() {
                put(l);
            }
        }
    }
}

/// Appends the folded form of `s` (one token's text) to `buf`.
///
/// Folding is Unicode lower-casing plus a few equivalences news text needs: "ß"/"ẞ" → "ss",
/// "ё" → "е", "İ" → "i", typographic apostrophes → "'", and the soft hyphen is dropped. ASCII is
/// lower-cased in place without decoding.
#[inline]
pub fn fold_into(s: &str, buf: &mut Vec<u8>) {
    if s.is_ascii() {
        buf.extend(s.bytes().map(|b| {
            if b == b'`' {
                b'\''
            } else {
                b.to_ascii_lowercase()
            }
        }));
        return;
    }
    for c in s.chars() {
        fold_char(c, |b| buf.push(b));
    }
}

/// The folded token of a single word, as a `String`.
pub fn fold(s: &str) -> String {
    let mut buf = Vec::with_capacity(s.len());
    fold_into(s, &mut buf);
    // fold_into only ever appends whole UTF-8 sequences.
    String::from_utf8(buf).unwrap_or_default()
}

/// The gazetteer key of an alias: its tokens, folded and joined by one space.
///
/// # Examples
/// ```
/// use gazette::token::normalise_key;
/// assert_eq!(normalise_key("Guinea-Bissau"), "guinea - bissau");
/// assert_eq!(normalise_key("  GROẞBRITANNIEN "), "grossbritannien");
/// ```
pub fn normalise_key(alias: &str) -> String {
    let mut tokens = Vec::new();
    tokenize(alias, &mut tokens);
    let mut buf = Vec::with_capacity(alias.len() + 4);
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 {
            buf.push(b' ');
        }
        fold_into(t.text(alias), &mut buf);
    }
    String::from_utf8(buf).unwrap_or_default()
}

/// The plain definitions of what [`tokenize`] computes on its fast paths, written once for the
/// tests that check the two agree (the unit tests below, `tests/properties.rs` and the fuzz
/// target `extract`). Not part of the library's interface.
#[doc(hidden)]
pub mod reference {
    use super::{fold, token_hash, tokenize, TokenKind, MIN_STEM};

    /// The stem hash of a token of `kind` whose folded text is `folded`: for a word of more than
    /// [`MIN_STEM`] folded bytes that ends in "s" or "n", the [`token_hash`] of the folded text
    /// without that byte; else 0.
    pub fn stem_hash(kind: TokenKind, folded: &[u8]) -> u64 {
        match folded.split_last() {
            Some((b's' | b'n', stem)) if kind == TokenKind::Word && stem.len() >= MIN_STEM => {
                token_hash(stem)
            }
            _ => 0,
        }
    }

    /// Cuts `text` and checks every token against the definitions: its hashes are those of its
    /// folded text, its flags and kind say what its text says, tokens are ordered and what lies
    /// between them is white space.
    ///
    /// # Panics
    /// When a token disagrees, naming it and the text.
    pub fn check_tokens(text: &str) {
        let mut tokens = Vec::new();
        tokenize(text, &mut tokens);
        let mut last_end = 0;
        for t in &tokens {
            assert!(t.start >= last_end && t.start < t.end, "{tokens:?}");
            let gap = &text[last_end..t.start];
            assert!(
                gap.chars()
                    .all(|c| c.is_whitespace() || c.is_ascii_control()),
                "{gap:?} before {t:?} in {text:?}"
            );
            let s = t.text(text);
            let folded = fold(s);
            assert_eq!(t.hash, token_hash(folded.as_bytes()), "hash of {s:?}");
            assert_eq!(
                t.stem_hash,
                stem_hash(t.kind, folded.as_bytes()),
                "stem hash of {s:?}"
            );
            assert_eq!(t.is_ascii(), s.is_ascii(), "{s:?}");
            assert_eq!(
                t.is_capitalised(),
                s.chars().next().is_some_and(char::is_uppercase),
                "{s:?}"
            );
            assert_eq!(
                t.kind == TokenKind::Number,
                s.bytes().all(|b| b.is_ascii_digit()),
                "{s:?}"
            );
            last_end = t.end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str) -> Vec<(&str, TokenKind)> {
        let mut v = Vec::new();
        tokenize(text, &mut v);
        v.iter().map(|t| (t.text(text), t.kind)).collect()
    }

    #[test]
    fn cuts_words_numbers_and_punctuation() {
        use TokenKind::*;
        let table: &[(&str, &[(&str, TokenKind)])] = &[
            ("", &[]),
            ("  \n\t", &[]),
            (
                "Am 3. Oktober",
                &[("Am", Word), ("3", Number), (".", Punct), ("Oktober", Word)],
            ),
            (
                "UN-Sicherheitsrat",
                &[("UN", Word), ("-", Punct), ("Sicherheitsrat", Word)],
            ),
            (
                "Ägypten, München",
                &[("Ägypten", Word), (",", Punct), ("München", Word)],
            ),
            ("G20 1990er", &[("G20", Word), ("1990er", Word)]),
            ("«Москва»", &[("«", Punct), ("Москва", Word), ("»", Punct)]),
            ("U\u{0308}ber", &[("U\u{0308}ber", Word)]),
            ("a\u{00A0}b", &[("a", Word), ("b", Word)]),
        ];
        for (text, want) in table {
            assert_eq!(cut(text), *want, "text: {text:?}");
        }
    }

    #[test]
    fn folds_case_and_news_equivalences() {
        let table = [
            ("ÄGYPTEN", "ägypten"),
            ("Straße", "strasse"),
            ("Соединённые", "соединенные"),
            ("d’Ivoire", "d'ivoire"),
            ("İstanbul", "istanbul"),
            ("Berlin", "berlin"),
            ("МОСКВА", "москва"),
            ("ÀÉÎÕÜÞ", "àéîõüþ"),
            ("ŁÓDŹ", "łódź"),
            ("ΑΘΗΝΑ", "αθηνα"),
            ("Ѕ×", "ѕ×"),
        ];
        for (s, want) in table {
            assert_eq!(fold(s), want, "{s}");
        }
    }

    #[test]
    fn token_hashes_are_hashes_of_the_folded_text() {
        let long = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenherstellungsbetriebs";
        let text = format!(
            "Frankreichs ÄGYPTEN Straße d’Ivoire 2024 Irans Uns G20 Ägyptens ФРАНЦИЯ Łódź «x» `a´ \
             {long} {} Münchens",
            long.to_uppercase().repeat(3)
        );
        reference::check_tokens(&text);
    }

    #[test]
    fn keys_are_symmetric_with_documents() {
        assert_eq!(normalise_key("Côte d’Ivoire"), "côte d ' ivoire");
        assert_eq!(normalise_key("CÔTE D'IVOIRE"), "côte d ' ivoire");
        assert_eq!(normalise_key("Vereinte  Nationen"), "vereinte nationen");
        assert_eq!(normalise_key("U.S."), "u . s .");
    }
}
