#!/usr/bin/env bash
# The review page (--format html) in a real browser: makes pages with the gazette binary from
# the fixtures (tests/fixtures/*.txt, hostile_markup_rtl.txt among them), from one long document
# read in small windows, and from 1,000 stories, and checks them in Debian's chromium with
# check.mjs (playwright-core, pinned in package-lock.json). Leaves the pages, the JSON outputs,
# a screenshot (fixture.png) and the 1,000-story timing (many.timing.json) in target/browser/.
#
#   tests/browser/run.sh            uses target/debug/gazette (built if missing)
#   GAZETTE=target/release/gazette tests/browser/run.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
bin="${GAZETTE:-target/debug/gazette}"
[ -x "$bin" ] || cargo build --locked
chromium="${CHROMIUM:-/usr/bin/chromium}"
[ -x "$chromium" ] || { echo "browser test: $chromium is missing (apt-get install chromium)" >&2; exit 1; }
[ -d tests/browser/node_modules/playwright-core ] || (cd tests/browser && npm ci --no-audit --no-fund)

out=target/browser
rm -rf "$out"
mkdir -p "$out/many"

# page NAME ARGS...: NAME.html, NAME.json and NAME.summary.json from the same inputs.
page() {
  local name="$1"
  shift
  "$bin" --quiet -f html -o "$out/$name.html" "$@"
  "$bin" --quiet -f json -o "$out/$name.json" "$@"
  "$bin" --quiet -f json --summary -o "$out/$name.summary.json" "$@"
}

page fixtures tests/fixtures/*.txt
# About 40 KB in 1,000-byte windows: many cuts, some inside mentions.
for _ in $(seq 10); do cat tests/fixtures/*.txt; done > "$out/long_story.txt"
page windows --window-bytes 1000 "$out/long_story.txt"
# 1,000 stories: the fixtures over and over.
fixtures=(tests/fixtures/*.txt)
for i in $(seq -w 1 1000); do
  cp "${fixtures[$((10#$i % ${#fixtures[@]}))]}" "$out/many/story-$i.txt"
done
"$bin" --quiet -f html -o "$out/many.html" "$out/many"
"$bin" --quiet -f json -o "$out/many.json" "$out/many"
echo "browser test: 1,000 stories make a page of $(wc -c < "$out/many.html") bytes"

CHROMIUM="$chromium" node tests/browser/check.mjs "$out"
