//! The bare baseline: an Aho-Corasick automaton (leftmost-longest, contiguous NFA) over the
//! lower-cased aliases of the built-in gazetteers, run over lower-cased lines, keeping matches
//! that start and end at word boundaries. No inflection, no given names, no coreference, no
//! dates. Writes `line,type,text,canonical,start,end` rows (unquoted) to standard output.
//!
//! Usage: ac-baseline ALIASES.tsv INPUT.txt

use std::io::{BufRead, BufReader, BufWriter, Write};
use std::time::Instant;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let (aliases_path, input) = (&args[1], &args[2]);
    let t0 = Instant::now();
    let mut keys = Vec::new();
    let mut values = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for line in std::fs::read_to_string(aliases_path)?.lines() {
        let mut it = line.split('\t');
        let (Some(alias), Some(label), Some(canonical)) = (it.next(), it.next(), it.next()) else {
            continue;
        };
        let key = alias.to_lowercase();
        if seen.insert(key.clone()) {
            keys.push(key);
            values.push((label.to_string(), canonical.to_string()));
        }
    }
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(&keys)
        .expect("automaton");
    eprintln!(
        "ac-baseline: {} patterns built in {:.2?}",
        keys.len(),
        t0.elapsed()
    );

    let out = std::io::stdout().lock();
    let mut out = BufWriter::with_capacity(1 << 16, out);
    let mut reader = BufReader::with_capacity(1 << 20, std::fs::File::open(input)?);
    let mut line = String::new();
    let mut low = String::new();
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mut n = 0u64;
    while reader.read_line(&mut line)? > 0 {
        n += 1;
        low.clear();
        low.extend(
            line.trim_end_matches('\n')
                .chars()
                .flat_map(char::to_lowercase),
        );
        for m in ac.find_iter(&low) {
            if is_word(low[..m.start()].chars().next_back())
                || is_word(low[m.end()..].chars().next())
            {
                continue;
            }
            let (label, canonical) = &values[m.pattern().as_usize()];
            writeln!(
                out,
                "{n},{label},{},{canonical},{},{}",
                &low[m.range()],
                m.start(),
                m.end()
            )?;
        }
        line.clear();
    }
    out.flush()
}
