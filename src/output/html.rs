//! The HTML printer (`--format html`): one self-contained page for reviewing the documents of a
//! run. It owns the page's markup, style and script; which mentions there are is the
//! extractor's business, and the tag lists are [`crate::summary`]'s.
//!
//! Each document is a story: a `<details>` element whose `<summary>` line is the story list
//! (its name, how many mentions of which type), holding the text with every mention marked and,
//! beside it, the tag list (one row per entity with its count, as `--summary` orders them).
//! A mention is one `<mark class="m t-TYPE">` around exactly the mention's text, with its type,
//! canonical name, id and byte offsets in `data-` attributes; the type's label ("PER", "ORG",
//! ...) is drawn after it by CSS, so that colour is not the only cue and the mark's text stays the
//! mention's. Hovering shows the canonical name and id (the `title`), and so does keyboard focus
//! (each mark has `tabindex="0"`; CSS draws the same line above it). Ids in the tag list are
//! links: Wikidata QIDs to wikidata.org, numeric GeoNames ids (cities) to geonames.org; ISO codes
//! stay plain text.
//!
//! Nothing is loaded from anywhere: the CSS and the script are inline, there are no fonts, images
//! or requests. The script adds the type filters (checkboxes), the search box, the totals, and
//! opens the first story (all of them when there are at most [`OPEN_UP_TO`]); without it the
//! page still reads.
//!
//! Everything from the input (texts, names, canonical names, ids, messages) is escaped, in text
//! and in attribute values alike (`&`, `<`, `>`, `"`, `'`), so that a story holding `<script>`
//! shows it as text. The page embeds no JSON, so there is no `</script>` to guard against.
//!
//! The page is written as a stream, like the other formats: a head, then each story as soon as
//! it is done (on worker threads, in input order), then the script. Memory is one document at a
//! time; a document read in windows is written window by window ([`HtmlPrinter::part`]) and its
//! tag list at its end. Its story line gets its counts from the script, as they are known only
//! once its tag list is written. For many stories (1,000 and more) the page stays usable
//! because stories are closed `<details>`: the browser parses them but lays out only the ones
//! opened (README, "Reviewing stories", has the measurement).

use std::io::{self, Write};
use std::ops::Range;

use super::Document;
use crate::gazetteer::Label;
use crate::span::Mention;
use crate::summary::EntitySummary;

/// All stories are opened when the page holds at most this many (by the script); else only the
/// first.
pub const OPEN_UP_TO: usize = 5;

/// Writes documents as stories of one review page.
#[derive(Debug, Default)]
pub struct HtmlPrinter {}

/// A type's short visible label and its colour (background of its marks).
fn look(label: Label) -> (&'static str, &'static str) {
    match label {
        Label::Person => ("PER", "#ffd7a8"),
        Label::Organisation => ("ORG", "#b9e3ff"),
        Label::Country => ("CTRY", "#c8f0c0"),
        Label::City => ("CITY", "#e0f5a0"),
        Label::Region => ("REG", "#a8eee0"),
        Label::Nationality => ("NAT", "#e6d0ff"),
        Label::Date => ("DATE", "#ffc8d8"),
        Label::Duration => ("DUR", "#ffe0b0"),
    }
}

/// Writes `s` with `&`, `<`, `>`, `"` and `'` escaped: safe in text and in a quoted attribute.
pub fn escape<W: Write>(w: &mut W, s: &str) -> io::Result<()> {
    let bytes = s.as_bytes();
    let mut done = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let entity: &[u8] = match b {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            b'\'' => b"&#39;",
            _ => continue,
        };
        w.write_all(&bytes[done..i])?;
        w.write_all(entity)?;
        done = i + 1;
    }
    w.write_all(&bytes[done..])
}

/// Where an id links to: Wikidata for a QID, GeoNames for a number (the cities' ids); `None`
/// for anything else (ISO codes).
pub fn id_link(id: &str) -> Option<String> {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if let Some(n) = id.strip_prefix('Q').filter(|n| digits(n)) {
        return Some(format!("https://www.wikidata.org/wiki/Q{n}"));
    }
    digits(id).then(|| format!("https://www.geonames.org/{id}"))
}

impl HtmlPrinter {
    /// A printer of review pages.
    pub fn new() -> HtmlPrinter {
        HtmlPrinter {}
    }

    /// Writes the page's head, style and toolbar, up to the list of stories.
    pub fn begin<W: Write>(&self, w: &mut W) -> io::Result<()> {
        w.write_all(HEAD.as_bytes())?;
        w.write_all(b"<style>")?;
        w.write_all(STYLE.as_bytes())?;
        for label in Label::ALL {
            let (short, colour) = look(label);
            let t = label.as_str();
            write!(
                w,
                ".t-{t}{{background:{colour}}}.m.t-{t}::after{{content:\"{short}\"}}\
                 .hide-{t} .m.t-{t}{{background:none;border-color:transparent}}\
                 .hide-{t} .m.t-{t}::after{{display:none}}.hide-{t} tr.t-{t}{{display:none}}"
            )?;
        }
        w.write_all(b"</style></head><body><header><h1>gazette review</h1>")?;
        w.write_all(b"<fieldset id=\"filters\"><legend>Types</legend>")?;
        for label in Label::ALL {
            let (short, _) = look(label);
            let t = label.as_str();
            write!(
                w,
                "<label class=\"filter\"><input type=\"checkbox\" data-type=\"{t}\" checked> \
                 <span class=\"lbl t-{t}\">{short}</span> {t} <span class=\"total\" \
                 data-type=\"{t}\"></span></label>"
            )?;
        }
        w.write_all(TOOLBAR.as_bytes())
    }

    /// Writes one whole document: its story line, its marked text and its tag list.
    pub fn document<W: Write>(
        &self,
        w: &mut W,
        doc: &Document,
        mentions: &[Mention<'_>],
        records: &[EntitySummary],
    ) -> io::Result<()> {
        self.open_story(w, doc, Some((mentions.len(), records)))?;
        write_marked(w, &doc.text, 0, 0..doc.text.len(), mentions)?;
        self.end_document(w, records)
    }

    /// Opens the story of a document whose text comes in parts ([`HtmlPrinter::part`]).
    pub fn begin_document<W: Write>(&self, w: &mut W, doc: &Document) -> io::Result<()> {
        self.open_story(w, doc, None)
    }

    /// Writes part of a document's text: the bytes `range` (offsets into the document) of
    /// `text`, which starts at byte `offset` of the document, with `mentions` (document offsets,
    /// sorted, inside `range`) marked.
    pub fn part<W: Write>(
        &self,
        w: &mut W,
        text: &str,
        offset: usize,
        range: Range<usize>,
        mentions: &[Mention<'_>],
    ) -> io::Result<()> {
        write_marked(w, text, offset, range, mentions)
    }

    /// Closes a story's text and writes its tag list.
    pub fn end_document<W: Write>(&self, w: &mut W, records: &[EntitySummary]) -> io::Result<()> {
        w.write_all(b"</div><aside><table class=\"tags\"><thead><tr><th>type</th><th>entity</th>")?;
        w.write_all(b"<th>id</th><th>count</th></tr></thead><tbody>")?;
        for r in records {
            let t = r.label.as_str();
            write!(
                w,
                "<tr class=\"t-{t}\" data-type=\"{t}\" data-count=\"{}\"><td><span class=\"lbl t-{t}\">{}</span></td><td dir=\"auto\"><span class=\"canonical\">",
                r.count,
                look(r.label).0
            )?;
            escape(w, &r.canonical)?;
            w.write_all(b"</span>")?;
            if r.forms.len() > 1 || r.forms.first().is_some_and(|f| *f != r.canonical) {
                w.write_all(b"<br><small>")?;
                escape(w, &r.forms.join(" | "))?;
                w.write_all(b"</small>")?;
            }
            w.write_all(b"</td><td>")?;
            match id_link(&r.id) {
                Some(url) => {
                    w.write_all(b"<a href=\"")?;
                    escape(w, &url)?;
                    w.write_all(b"\">")?;
                    escape(w, &r.id)?;
                    w.write_all(b"</a>")?;
                }
                None => escape(w, &r.id)?,
            }
            write!(w, "</td><td class=\"count\">{}</td></tr>", r.count)?;
        }
        w.write_all(b"</tbody></table></aside></div></details>\n")
    }

    /// Writes the story of a document that could not be read (`--on-error record`).
    pub fn error_record<W: Write>(
        &self,
        w: &mut W,
        doc: &Document,
        message: &str,
    ) -> io::Result<()> {
        w.write_all(b"<details class=\"story failed\"><summary><bdi class=\"name\">")?;
        escape(w, &doc.name)?;
        w.write_all(b"</bdi> <span class=\"counts\">not read</span></summary><p class=\"error\">")?;
        escape(w, message)?;
        w.write_all(b"</p></details>\n")
    }

    /// Closes the list of stories and writes the script.
    pub fn finish<W: Write>(&self, w: &mut W) -> io::Result<()> {
        writeln!(
            w,
            "</main><script>const OPEN_UP_TO={OPEN_UP_TO};{SCRIPT}</script></body></html>"
        )
    }

    /// Opens a story up to its text, with its story line: the name and, when known, the number
    /// of mentions and of each type's.
    fn open_story<W: Write>(
        &self,
        w: &mut W,
        doc: &Document,
        counts: Option<(usize, &[EntitySummary])>,
    ) -> io::Result<()> {
        w.write_all(b"<details class=\"story\"><summary><bdi class=\"name\">")?;
        escape(w, &doc.name)?;
        w.write_all(b"</bdi> ")?;
        // A JSON line's id, as it was (a string without its quotes).
        if let Some(id) = &doc.id {
            w.write_all(b"<bdi class=\"docid\">")?;
            match id {
                serde_json::Value::String(s) => escape(w, s)?,
                other => escape(w, &other.to_string())?,
            }
            w.write_all(b"</bdi> ")?;
        }
        match counts {
            Some((n, records)) => {
                write!(w, "<span class=\"counts\">{n} mention{}", plural(n))?;
                for label in Label::ALL {
                    let k: usize = records
                        .iter()
                        .filter(|r| r.label == label)
                        .map(|r| r.count)
                        .sum();
                    if k > 0 {
                        write!(w, " · {k} {}", label.as_str())?;
                    }
                }
                w.write_all(b"</span>")?;
            }
            // Counted by the script from the tag list, which comes at the end.
            None => w.write_all(b"<span class=\"counts\" data-pending=\"\"></span>")?,
        }
        w.write_all(b"</summary><div class=\"story-body\"><div class=\"text\" dir=\"auto\">")
    }
}

/// "s" unless one.
fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Writes the bytes `range` of the document (whose bytes from `offset` on are `text`), escaped,
/// with each of `mentions` (document offsets, sorted by start) marked. Mentions do not overlap
/// in the extractor's output; if one did, its part after the previous one's end would be marked
/// (flagged `data-clipped`), so the markup stays well formed whatever the spans.
fn write_marked<W: Write>(
    w: &mut W,
    text: &str,
    offset: usize,
    range: Range<usize>,
    mentions: &[Mention<'_>],
) -> io::Result<()> {
    // Into `text`, clamped to it and to character boundaries.
    let local = |at: usize| {
        let mut i = at.saturating_sub(offset).min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let end = local(range.end);
    let mut at = local(range.start);
    for m in mentions {
        let start = local(m.span.start).max(at);
        let stop = local(m.span.end).min(end);
        if stop <= start {
            continue;
        }
        escape(w, &text[at..start])?;
        let t = m.label.as_str();
        write!(
            w,
            "<mark class=\"m t-{t}\" tabindex=\"0\" data-type=\"{t}\" data-start=\"{}\" data-end=\"{}\"",
            m.span.start, m.span.end
        )?;
        if start != local(m.span.start) || stop != local(m.span.end) {
            w.write_all(b" data-clipped=\"\"")?;
        }
        w.write_all(b" data-canonical=\"")?;
        escape(w, m.canonical)?;
        w.write_all(b"\" data-id=\"")?;
        escape(w, m.id)?;
        w.write_all(b"\"")?;
        if let Some(v) = &m.value {
            w.write_all(b" data-value=\"")?;
            escape(w, v)?;
            w.write_all(b"\"")?;
        }
        // The line shown on hover (title) and on focus (CSS draws the title).
        let mut tip = format!("{} · {}", m.canonical, m.label.as_str());
        for extra in [m.id, m.country, m.value.as_deref().unwrap_or("")] {
            if !extra.is_empty() {
                tip.push_str(" · ");
                tip.push_str(extra);
            }
        }
        w.write_all(b" title=\"")?;
        escape(w, &tip)?;
        w.write_all(b"\"")?;
        w.write_all(b">")?;
        escape(w, &text[start..stop])?;
        w.write_all(b"</mark>")?;
        at = stop;
    }
    escape(w, &text[at..end.max(at)])
}

/// The page up to its style.
const HEAD: &str = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<meta name=\"generator\" content=\"gazette\">\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\
<title>gazette review</title>";

/// The style shared by every type (each type's colour and label are written from [`look`]).
const STYLE: &str = "\
:root{font-family:system-ui,sans-serif;color:#1d1d1f;background:#fafafa}\
body{margin:0}header{position:sticky;top:0;z-index:3;background:#fff;border-bottom:1px solid #ccc;padding:.4em 1em}\
h1{font-size:1.1em;margin:.2em 0}#filters{display:inline;border:0;padding:0;margin:0}\
#filters legend{display:inline;font-weight:600;padding:0 .5em 0 0;float:left}\
.filter{margin-right:.8em;white-space:nowrap}.total{color:#555}\
.tools{margin-top:.4em}#search{width:18em;padding:.2em}#status{margin-left:1em;color:#333}\
main{padding:.5em 1em}.story{background:#fff;border:1px solid #ddd;border-radius:4px;margin:.4em 0}\
.story>summary{cursor:pointer;padding:.4em .6em}.story>summary .name{font-weight:600}\
.counts{color:#444;margin-left:.6em;font-size:.9em}.docid{color:#444;font-family:monospace}.story[open]>summary{border-bottom:1px solid #eee}\
.story-body{display:grid;grid-template-columns:minmax(0,3fr) minmax(18em,1fr);gap:1em;padding:.6em}\
@media (max-width:50em){.story-body{grid-template-columns:1fr}}\
.story-body{content-visibility:auto;contain-intrinsic-size:auto 20em}\
.text{white-space:pre-wrap;line-height:1.9;overflow-wrap:anywhere;unicode-bidi:plaintext}\
.m{position:relative;border-radius:3px;padding:0 .1em;border:1px solid rgba(0,0,0,.25);color:inherit}\
.m::after{font-size:.62em;font-weight:700;letter-spacing:.03em;margin-left:.25em;vertical-align:.15em;\
color:#333}\
.m:focus{outline:2px solid #1a55c0;outline-offset:1px}\
.m:focus::before{content:attr(title);position:absolute;left:0;bottom:100%;margin-bottom:3px;\
background:#222;color:#fff;padding:.15em .5em;border-radius:3px;font-size:.8em;white-space:nowrap;\
z-index:2;direction:ltr;unicode-bidi:isolate;line-height:1.4}\
.m.hit{outline:2px dashed #c00}\
.tags{border-collapse:collapse;width:100%;font-size:.9em}\
.tags th{text-align:left;border-bottom:1px solid #ccc;font-weight:600}\
.tags td{padding:.15em .3em;vertical-align:top;border-bottom:1px solid #eee}\
.tags td.count{text-align:right;font-variant-numeric:tabular-nums}.tags small{color:#555}\
.lbl{font-size:.7em;font-weight:700;padding:0 .25em;border-radius:2px;border:1px solid rgba(0,0,0,.25)}\
.tags tr{background:none}\
.error{color:#a00}.failed>summary .counts{color:#a00}\
";

/// The toolbar after the type filters, and the start of the list of stories.
const TOOLBAR: &str = "</fieldset><div class=\"tools\">\
<input id=\"search\" type=\"search\" placeholder=\"Search stories and names\" aria-label=\"Search stories and names\"> \
<button type=\"button\" id=\"open-all\">Open all</button> \
<button type=\"button\" id=\"close-all\">Close all</button>\
<span id=\"status\" role=\"status\"></span></div>\
<p class=\"hint\" style=\"margin:.3em 0 0;font-size:.85em;color:#555\">Hover a mark, or reach it with Tab, for its canonical name and id.</p>\
</header><main id=\"stories\">\n";

/// The page's script: totals, filters, search. Plain JavaScript, no library.
const SCRIPT: &str = r##"
(function () {
  "use strict";
  var stories = Array.prototype.slice.call(document.querySelectorAll("details.story"));
  var totals = {};
  var mentions = 0;
  stories.forEach(function (s) {
    var rows = s.querySelectorAll("tr[data-type]");
    var per = {}, n = 0;
    for (var i = 0; i < rows.length; i++) {
      var t = rows[i].getAttribute("data-type"), k = +rows[i].getAttribute("data-count");
      per[t] = (per[t] || 0) + k; n += k;
      totals[t] = (totals[t] || 0) + k;
    }
    mentions += n;
    var pending = s.querySelector(".counts[data-pending]");
    if (pending) {
      var line = n + (n === 1 ? " mention" : " mentions");
      Object.keys(per).forEach(function (t) { line += " \u00b7 " + per[t] + " " + t; });
      pending.textContent = line;
      pending.removeAttribute("data-pending");
    }
  });
  document.querySelectorAll(".total[data-type]").forEach(function (el) {
    el.textContent = "(" + (totals[el.getAttribute("data-type")] || 0) + ")";
  });
  stories.forEach(function (s, i) { if (i === 0 || stories.length <= OPEN_UP_TO) s.open = true; });
  var status = document.getElementById("status");
  function say(shown) {
    status.textContent = (shown === stories.length ? "" : shown + " of ") + stories.length +
      (stories.length === 1 ? " story, " : " stories, ") + mentions +
      (mentions === 1 ? " mention" : " mentions");
  }
  say(stories.length);
  document.title = "gazette review: " + stories.length + (stories.length === 1 ? " story" : " stories");

  document.querySelectorAll("#filters input[data-type]").forEach(function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.getAttribute("data-type"), !box.checked);
    });
  });

  // Search: a story is shown when its name, text or an entity's canonical name contains the
  // words (ignoring case); matching marks in it are outlined. Each story's text is read once.
  var haystacks = new Map();
  function haystack(s) {
    var h = haystacks.get(s);
    if (h === undefined) {
      h = s.textContent.toLowerCase();
      s.querySelectorAll(".m").forEach(function (m) {
        h += "\n" + (m.getAttribute("data-canonical") || "").toLowerCase();
      });
      haystacks.set(s, h);
    }
    return h;
  }
  var search = document.getElementById("search"), timer = 0;
  function run() {
    var q = search.value.trim().toLowerCase(), shown = 0;
    document.querySelectorAll(".m.hit").forEach(function (m) { m.classList.remove("hit"); });
    stories.forEach(function (s) {
      var ok = q === "" || haystack(s).indexOf(q) >= 0;
      s.hidden = !ok;
      if (ok) shown++;
      if (ok && q !== "") {
        s.querySelectorAll(".m").forEach(function (m) {
          var c = (m.getAttribute("data-canonical") || "").toLowerCase();
          if (m.textContent.toLowerCase().indexOf(q) >= 0 || c.indexOf(q) >= 0) m.classList.add("hit");
        });
      }
    });
    say(shown);
  }
  search.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 120); });
  document.getElementById("open-all").addEventListener("click", function () {
    stories.forEach(function (s) { if (!s.hidden) s.open = true; });
  });
  document.getElementById("close-all").addEventListener("click", function () {
    stories.forEach(function (s) { s.open = false; });
  });
})();
"##;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::{Origin, Span};
    use crate::summary::summarise;

    fn mention<'a>(label: Label, text: &'a str, start: usize, canonical: &'a str) -> Mention<'a> {
        Mention {
            label,
            span: Span {
                start,
                end: start + text.len(),
                char_start: start,
                char_end: start + text.len(),
            },
            text,
            canonical,
            id: "",
            country: "",
            value: None,
            date: None,
            origin: Origin::Gazetteer,
        }
    }

    fn page(docs: &[(Document, Vec<Mention<'_>>)]) -> String {
        let p = HtmlPrinter::new();
        let mut out = Vec::new();
        p.begin(&mut out).unwrap();
        for (doc, mentions) in docs {
            p.document(&mut out, doc, mentions, &summarise(mentions))
                .unwrap();
        }
        p.finish(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn escape_covers_text_and_attribute_values() {
        let mut out = Vec::new();
        escape(&mut out, "<script>alert(\"x\" & 'y')</script>").unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;"
        );
    }

    #[test]
    fn markup_in_a_story_its_name_and_its_entities_is_text() {
        let text = "<script>alert(1)</script> Tom & \"Jerry\" <b>Paris</b>";
        let paris = text.find("Paris").unwrap();
        let mut m = mention(
            Label::City,
            "Paris",
            paris,
            "Paris\"><img src=x onerror=alert(2)>",
        );
        m.id = "2988507\" onmouseover=\"alert(3)";
        let doc = Document::new("<img src=x onerror=alert(4)>.txt", text);
        let html = page(&[(doc, vec![m])]);
        let body = &html[html.find("<main").unwrap()..html.find("<script>const").unwrap()];
        for bad in ["<script", "<img", "<b>", "onmouseover=\""] {
            assert!(!body.contains(bad), "{bad} in {body}");
        }
        assert!(body.contains("&lt;script&gt;alert(1)&lt;/script&gt; Tom &amp; &quot;Jerry&quot;"));
        // The page's own script is the only one.
        assert_eq!(html.matches("<script").count(), 1);
        assert!(html.ends_with("</script></body></html>\n"));
    }

    #[test]
    fn every_mention_is_one_mark_around_its_text_also_adjacent_and_rtl() {
        // Adjacent mentions (no space between) and right-to-left text.
        let text = "ParisBerlin und \u{5d9}\u{5e8}\u{5d5}\u{5e9}\u{5dc}\u{5d9}\u{5dd} \u{627}\u{644}\u{642}\u{627}\u{647}\u{631}\u{629}";
        let berlin = "Paris".len();
        let jeru = text.find('\u{5d9}').unwrap();
        let cairo = text.find('\u{627}').unwrap();
        let mentions = vec![
            mention(Label::City, "Paris", 0, "Paris"),
            mention(Label::City, "Berlin", berlin, "Berlin"),
            mention(Label::City, &text[jeru..cairo - 1], jeru, "Jerusalem"),
            mention(Label::City, &text[cairo..], cairo, "Cairo"),
        ];
        let html = page(&[(Document::new("d", text), mentions.clone())]);
        assert_eq!(html.matches("<mark ").count(), 4);
        assert_eq!(html.matches("</mark>").count(), 4);
        for m in &mentions {
            let want = format!(
                "data-start=\"{}\" data-end=\"{}\"",
                m.span.start, m.span.end
            );
            let at = html.find(&want).unwrap_or_else(|| panic!("{want}"));
            let inner = &html[at..];
            let inner = &inner[inner.find('>').unwrap() + 1..inner.find("</mark>").unwrap()];
            assert_eq!(inner, m.text);
        }
        assert!(
            html.contains("</mark><mark "),
            "adjacent marks stay two elements"
        );
        assert!(html.contains("class=\"text\" dir=\"auto\""));
    }

    #[test]
    fn overlapping_spans_still_give_well_formed_marks() {
        let text = "New York City";
        let mentions = vec![
            mention(Label::City, "New York", 0, "New York"),
            mention(Label::City, "York City", 4, "York"),
        ];
        let html = page(&[(Document::new("d", text), mentions)]);
        assert_eq!(html.matches("<mark ").count(), 2);
        assert_eq!(html.matches("</mark>").count(), 2);
        assert!(html.contains("data-clipped=\"\""));
        assert!(html.contains(">New York</mark><mark "));
        assert!(html.contains("> City</mark>"));
    }

    #[test]
    fn the_tag_list_is_the_summary_with_linked_ids() {
        let text = "Scholz, Paris, FR, Scholz";
        let mut a = mention(Label::Person, "Scholz", 0, "Olaf Scholz");
        a.id = "Q61053";
        let mut b = mention(Label::City, "Paris", 8, "Paris");
        b.id = "2988507";
        let mut c = mention(Label::Country, "FR", 15, "France");
        c.id = "FR";
        let mut d = mention(Label::Person, "Scholz", 19, "Olaf Scholz");
        d.id = "Q61053";
        let html = page(&[(Document::new("d", text), vec![a, b, c, d])]);
        let rows: Vec<&str> = html.split("<tr class=").skip(1).collect();
        assert_eq!(rows.len(), 3);
        assert!(rows[0].contains("data-count=\"2\"") && rows[0].contains("Olaf Scholz"));
        assert!(rows[0].contains("<a href=\"https://www.wikidata.org/wiki/Q61053\">Q61053</a>"));
        assert!(rows[1].contains("<a href=\"https://www.geonames.org/2988507\">2988507</a>"));
        assert!(
            rows[2].contains("<td>FR</td>"),
            "ISO codes are not links: {}",
            rows[2]
        );
        assert!(html
            .contains("<span class=\"counts\">4 mentions · 2 person · 1 country · 1 city</span>"));
    }

    #[test]
    fn a_json_lines_id_is_shown_escaped() {
        let doc = Document {
            id: Some(serde_json::json!("<i>7</i>")),
            ..Document::new("news.jsonl:3", "x")
        };
        let html = page(&[(doc, vec![])]);
        assert!(html.contains("<bdi class=\"docid\">&lt;i&gt;7&lt;/i&gt;</bdi>"));
    }

    #[test]
    fn ids_link_to_wikidata_and_geonames_only() {
        assert_eq!(
            id_link("Q567").as_deref(),
            Some("https://www.wikidata.org/wiki/Q567")
        );
        assert_eq!(
            id_link("2950159").as_deref(),
            Some("https://www.geonames.org/2950159")
        );
        for plain in ["DE", "DE-BY", "Q", "Qx1", "", "12a"] {
            assert_eq!(id_link(plain), None, "{plain}");
        }
    }

    #[test]
    fn parts_of_a_document_join_into_its_text() {
        let text = "Olaf Scholz traf Macron in Paris.";
        let p = HtmlPrinter::new();
        let mut out = Vec::new();
        let paris = text.find("Paris").unwrap();
        let m = [mention(Label::City, "Paris", paris, "Paris")];
        // Two windows: [0, 20) and [20, end), the second given as its own text.
        p.part(&mut out, text, 0, 0..20, &[]).unwrap();
        p.part(&mut out, &text[20..], 20, 20..text.len(), &m)
            .unwrap();
        let got = String::from_utf8(out).unwrap();
        assert!(
            got.starts_with("Olaf Scholz traf Macron in <mark "),
            "{got}"
        );
        assert!(got.ends_with(">Paris</mark>."), "{got}");
    }

    #[test]
    fn the_page_loads_nothing_from_outside() {
        let html = page(&[(Document::new("d", "x"), vec![])]);
        for outside in ["http://", "src=", "<link", "@import", "url("] {
            assert!(!html.contains(outside), "{outside}");
        }
    }
}
