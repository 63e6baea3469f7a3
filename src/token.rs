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
    /// [`token_hash`] of the folded text.
    pub hash: u64,
    /// For a word of more than [`MIN_STEM`] folded bytes that ends in "s" or "n" (a possible
    /// inflectional ending): [`token_hash`] of the folded text without that last byte; else 0.
    pub stem_hash: u64,
}

/// The shortest stem (in folded bytes) an inflectional ending may follow: "Irans" yes, "Uns" no.
pub const MIN_STEM: usize = 4;

/// One step of FNV-1a. Byte-at-a-time, so that the tokenizer gets the hash of a word without
/// its last byte (a possible inflectional ending) for free while it hashes the word.
#[inline(always)]
pub fn fnv_step(h: u64, b: u8) -> u64 {
    (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01B3)
}

/// The FNV-1a offset basis (the hash of nothing).
pub const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// murmur3's 64-bit finaliser. FNV-1a leaves the high bits of short words poorly mixed ("der"
/// and "die" collided with real keys in the start filter), so every token hash is finished
/// with it.
#[inline(always)]
pub fn mix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// The hash of a folded token (FNV-1a finished by [`mix`]); never 0 in practice.
pub fn token_hash(folded: &[u8]) -> u64 {
    mix(folded.iter().fold(FNV_START, |h, &b| fnv_step(h, b)))
}

impl Token {
    /// The token's text in `text` (the document it was cut from).
    #[inline]
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    /// Whether the token starts with an upper-case letter ("Berlin", "USA", "Ägypten").
    #[inline]
    pub fn is_capitalised(&self, text: &str) -> bool {
        let b = text.as_bytes()[self.start];
        if b.is_ascii() {
            b.is_ascii_uppercase()
        } else {
            text[self.start..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        }
    }
}

/// Byte classes. Word bytes have bit 0 set, so the inner loop of a word is one table read and
/// one test per byte; bytes of non-ASCII characters take the slow path.
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

/// Whether a non-ASCII character continues a word: letters, digits and combining marks.
/// Latin-1, Latin Extended-A and Cyrillic letters are answered without Unicode table look-ups.
#[inline]
fn is_word_char(c: char) -> bool {
    match c {
        '\u{00C0}'..='\u{024F}' => c != '\u{00D7}' && c != '\u{00F7}',
        '\u{0400}'..='\u{0481}' | '\u{048A}'..='\u{04FF}' => true,
        '\u{00AD}' => true,
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

/// A running FNV-1a hash over folded bytes that also remembers the hash before the last byte.
#[derive(Clone, Copy)]
struct Hasher {
    h: u64,
    before_last: u64,
    len: usize,
    last: u8,
}

impl Hasher {
    #[inline(always)]
    fn new() -> Hasher {
        Hasher {
            h: FNV_START,
            before_last: FNV_START,
            len: 0,
            last: 0,
        }
    }

    #[inline(always)]
    fn push(&mut self, b: u8) {
        self.before_last = self.h;
        self.h = fnv_step(self.h, b);
        self.len += 1;
        self.last = b;
    }

    #[inline(always)]
    fn finish(&self, word: bool) -> (u64, u64) {
        let stem = if word && self.len > MIN_STEM && matches!(self.last, b's' | b'n') {
            mix(self.before_last)
        } else {
            0
        };
        (mix(self.h), stem)
    }
}

/// Cuts `text` into tokens, appending them to `out` (which is not cleared).
///
/// Never panics; every token's range lies on `char` boundaries of `text`.
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
        let class = CLASS[bytes[i] as usize];
        if class == SPACE {
            i += 1;
            continue;
        }
        if class == PUNCT {
            let b = bytes[i];
            let folded = if b == b'`' { b'\'' } else { b };
            out.push(Token {
                start: i,
                end: i + 1,
                kind: TokenKind::Punct,
                hash: mix(fnv_step(FNV_START, folded)),
                stem_hash: 0,
            });
            i += 1;
            continue;
        }
        if class == NON_ASCII {
            let c = char_at(text, i);
            if !is_word_char(c) {
                if !c.is_whitespace() {
                    let mut h = Hasher::new();
                    fold_char(c, |b| h.push(b));
                    out.push(Token {
                        start: i,
                        end: i + c.len_utf8(),
                        kind: TokenKind::Punct,
                        hash: h.finish(false).0,
                        stem_hash: 0,
                    });
                }
                i += c.len_utf8();
                continue;
            }
        }
        // A word or number starts at `i`: bytes are folded and hashed as they are classified.
        // The fast loop runs over ASCII letters and digits and keeps only the hash; the folded
        // length and last byte are known from the positions when the word is all ASCII.
        let start = i;
        let (mut h, mut before_last) = (FNV_START, FNV_START);
        while i < n {
            let b = bytes[i];
            if CLASS[b as usize] & 1 == 0 {
                break;
            }
            before_last = h;
            // `| 0x20` lower-cases ASCII letters and leaves digits as they are.
            h = fnv_step(h, b | 0x20);
            i += 1;
        }
        let mut folded_len = i - start;
        let mut last = if i > start { bytes[i - 1] | 0x20 } else { 0 };
        let mut ascii = true;
        while i < n {
            // Slow path: the word goes on with other characters (and maybe more ASCII).
            let b = bytes[i];
            let class = CLASS[b as usize];
            let mut push = |b: u8| {
                before_last = h;
                h = fnv_step(h, b);
                folded_len += 1;
                last = b;
            };
            if class & 1 != 0 {
                push(b | 0x20);
                i += 1;
            } else if class == NON_ASCII {
                let c = char_at(text, i);
                if !is_word_char(c) {
                    break;
                }
                ascii = false;
                fold_char(c, push);
                i += c.len_utf8();
            } else {
                break;
            }
        }
        // Only a word that starts with a digit can be all digits.
        let all_digits = ascii
            && bytes[start].is_ascii_digit()
            && bytes[start..i].iter().all(u8::is_ascii_digit);
        let kind = if all_digits {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        let stem_hash =
            if kind == TokenKind::Word && folded_len > MIN_STEM && matches!(last, b's' | b'n') {
                mix(before_last)
            } else {
                0
            };
        out.push(Token {
            start,
            end: i,
            kind,
            hash: mix(h),
            stem_hash,
        });
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
        let text =
            "Frankreichs ÄGYPTEN Straße d’Ivoire 2024 Irans Uns G20 Ägyptens ФРАНЦИЯ Łódź «x» `a´";
        let mut tokens = Vec::new();
        tokenize(text, &mut tokens);
        for t in &tokens {
            let folded = fold(t.text(text));
            assert_eq!(t.hash, token_hash(folded.as_bytes()), "{folded}");
            let want_stem = if t.kind == TokenKind::Word
                && folded.len() > MIN_STEM
                && (folded.ends_with('s') || folded.ends_with('n'))
            {
                token_hash(&folded.as_bytes()[..folded.len() - 1])
            } else {
                0
            };
            assert_eq!(t.stem_hash, want_stem, "stem of {folded}");
        }
    }

    #[test]
    fn keys_are_symmetric_with_documents() {
        assert_eq!(normalise_key("Côte d’Ivoire"), "côte d ' ivoire");
        assert_eq!(normalise_key("CÔTE D'IVOIRE"), "côte d ' ivoire");
        assert_eq!(normalise_key("Vereinte  Nationen"), "vereinte nationen");
        assert_eq!(normalise_key("U.S."), "u . s .");
    }
}
