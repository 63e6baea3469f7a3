//! Fuzz target: the compiled-gazetteer reader (`Gazetteer::from_bytes`) never panics on damaged
//! files, and what it accepts writes back to the same bytes with every entry readable.
//!
//! A compiled file is at least 384 KiB (the start filter), too large for libFuzzer to mutate
//! well, so the input describes a file and its damage instead: the bytes before the first NUL
//! are gazetteer rows (after a `type,canonical,aliases,id` header), compiled with
//! `Gazetteer::to_bytes`; every 9 bytes after it are one change to that file (an operation byte
//! and a little-endian u64): truncate, flip a byte, set a header field, or append a byte. The
//! damaged file is read as it is and once more with a correct checksum, which reaches the checks
//! of lengths, labels, offsets and text behind the checksum. (The checksum detects damage, not
//! forgery; a forged transducer is not walked here, see the format notes in
//! `src/gazetteer/file.rs`.) The raw input is also read as a file.
//!
//! Run from `fuzz/`: `RUSTC_BOOTSTRAP=1 cargo fuzz run gazetteer_compiled` (see `extract.rs`).
#![no_main]

use gazette::gazetteer::load::parse_reader;
use gazette::token::token_hash;
use gazette::Gazetteer;
use libfuzzer_sys::fuzz_target;

/// Reads `bytes`; what is accepted must write back to the same bytes.
fn check(bytes: &[u8]) {
    if let Ok(g) = Gazetteer::from_bytes(bytes, "fuzz.gzt".as_ref()) {
        for i in 0..g.len() as u32 {
            let _ = g.entry(i);
        }
        assert_eq!(g.to_bytes(), bytes);
    }
}

fuzz_target!(|data: &[u8]| {
    check(data);
    let (rows, changes) = data
        .iter()
        .position(|&b| b == 0)
        .map_or((data, &[][..]), |at| (&data[..at], &data[at + 1..]));
    let mut csv = b"type,canonical,aliases,id\n".to_vec();
    csv.extend_from_slice(rows);
    let entries = parse_reader(&csv[..], "fuzz.csv".as_ref()).unwrap_or_default();
    let mut file = Gazetteer::from_entries(entries).to_bytes();
    check(&file);
    for change in changes.chunks_exact(9) {
        let v = u64::from_le_bytes(change[1..].try_into().unwrap());
        let len = file.len() as u64;
        match change[0] % 4 {
            0 => file.truncate((v % (len + 1)) as usize),
            1 if len > 0 => file[(v % len) as usize] ^= (v >> 56) as u8 | 1,
            2 if len >= 64 => {
                let at = 8 + 8 * (v % 7) as usize;
                file[at..at + 8].copy_from_slice(&(v >> 8).to_le_bytes());
            }
            _ => file.push(v as u8),
        }
    }
    check(&file);
    if file.len() >= 64 {
        let sum = token_hash(&file[64..]);
        file[48..56].copy_from_slice(&sum.to_le_bytes());
        check(&file);
    }
});
