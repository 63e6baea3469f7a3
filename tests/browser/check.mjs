// Renders gazette's review pages in a real browser (Debian's chromium, driven by playwright-core)
// and checks the DOM against the JSON output of the same binary. run.sh makes the pages and the
// JSON; this script only reads them. Every failed check is printed; the exit status is 1 if any.
//
//   node check.mjs OUT_DIR   (run from the repository's root, where the documents' names are
//                             paths; OUT_DIR holds NAME.html, NAME.json and NAME.summary.json for
//                             NAME = fixtures, windows and many)

import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const out = resolve(process.argv[2] ?? "../../target/browser");
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
let passed = 0;
let failed = 0;
function check(ok, what, detail) {
  if (ok) {
    passed++;
  } else {
    failed++;
    console.log(`FAIL ${what}${detail === undefined ? "" : ": " + JSON.stringify(detail).slice(0, 600)}`);
  }
}

const browser = await chromium.launch({
  executablePath,
  headless: true,
  // A fresh profile comes with launch(); these keep chromium from reaching out or prompting.
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});

/** Opens `file` in a new page; counts dialogs (alert) and requests to anywhere. */
async function open(file, viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const seen = { dialogs: [], requests: [], errors: [] };
  page.on("dialog", async (d) => {
    seen.dialogs.push(d.message());
    await d.dismiss();
  });
  page.on("request", (r) => {
    if (!r.url().startsWith("file:")) seen.requests.push(r.url());
  });
  page.on("pageerror", (e) => seen.errors.push(String(e)));
  const started = Date.now();
  await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
  const loadMs = Date.now() - started;
  return { page, seen, loadMs };
}


/** Checks the stories of `page` against the JSON output `docs` and `summaries` of its run. */
async function checkDocuments(name, page, seen, docs, summaries) {
  const dom = await page.evaluate(() => {
    const stories = [...document.querySelectorAll("details.story")].map((s) => ({
      name: s.querySelector("summary .name").textContent,
      counts: s.querySelector("summary .counts").textContent,
      open: s.open,
      text: s.querySelector(".text").textContent,
      // Elements inside the text other than the marks, and elements inside marks.
      strays: [...s.querySelectorAll(".text *")]
        .filter((e) => !(e.tagName === "MARK" && e.parentElement.classList.contains("text")))
        .map((e) => e.outerHTML),
      marks: [...s.querySelectorAll("mark")].map((m) => ({
        type: m.dataset.type,
        classes: m.className,
        start: +m.dataset.start,
        end: +m.dataset.end,
        text: m.textContent,
        canonical: m.dataset.canonical,
        id: m.dataset.id,
        label: getComputedStyle(m, "::after").content,
        tabindex: m.tabIndex,
      })),
      rows: [...s.querySelectorAll("table.tags tbody tr")].map((r) => ({
        type: r.dataset.type,
        canonical: r.querySelector(".canonical").textContent,
        count: +r.querySelector(".count").textContent,
        link: r.querySelector("a") ? r.querySelector("a").href : null,
      })),
    }));
    return {
      stories,
      scripts: document.querySelectorAll("script").length,
      styles: document.querySelectorAll("style").length,
      injected: document.querySelectorAll("img, b, a[href^='javascript'], iframe, object, embed").length,
      status: document.getElementById("status").textContent,
      bodyVisible: getComputedStyle(document.body).display !== "none",
    };
  });

  check(seen.dialogs.length === 0, "no script from a story ran (alert)", seen.dialogs);
  check(seen.requests.length === 0, "the page requests nothing", seen.requests);
  check(seen.errors.length === 0, "the page's script runs without errors", seen.errors);
  check(dom.scripts === 1, "the page's own script is the only script element", dom.scripts);
  check(dom.styles === 1, "the page's own style is the only style element", dom.styles);
  check(dom.injected === 0, "no element from a story's markup exists", dom.injected);
  check(dom.bodyVisible, "a story's <style> did not apply");
  check(dom.stories.length === docs.length, "one story per document", [dom.stories.length, docs.length]);

  for (const doc of docs) {
    const story = dom.stories.find((s) => s.name === doc.document);
    check(story !== undefined, `a story named ${doc.document}`);
    if (!story) continue;
    const raw = readFileSync(doc.document, "utf8");
    // HTML parsing turns CR LF and CR into LF: nothing else may differ.
    check(story.text === raw.replace(/\r\n?/g, "\n"), `${name} ${doc.document}: the text is shown as it is`, [
      story.text.slice(0, 200),
    ]);
    check(story.strays.length === 0, `${name} ${doc.document}: the text holds only marks`, story.strays);
    check(story.marks.length === doc.entities.length, `${name} ${doc.document}: one mark per mention`, [
      story.marks.length,
      doc.entities.length,
    ]);
    doc.entities.forEach((e, i) => {
      const m = story.marks.find((m) => m.start === e.start && m.end === e.end);
      const what = `${name} ${doc.document}: mention ${i} ${JSON.stringify(e.text)} (${e.type} ${e.start}-${e.end})`;
      check(m !== undefined, `${what} is marked`);
      if (!m) return;
      check(m.type === e.type && m.classes.split(" ").includes("t-" + e.type), `${what} has its type`, m);
      check(m.text === e.text, `${what}: the mark holds exactly its text`, m.text);
      check(m.canonical === e.canonical && m.id === (e.id ?? ""), `${what}: canonical and id`, m);
      check(m.label !== "none" && m.label !== "" && m.label !== "normal", `${what}: a visible label`, m.label);
      check(m.tabindex === 0, `${what}: reachable by keyboard`);
    });
    const summary = summaries.find((s) => s.document === doc.document).summary;
    check(story.rows.length === summary.length, `${name} ${doc.document}: one tag row per entity`, [
      story.rows.length,
      summary.length,
    ]);
    summary.forEach((e, i) => {
      const r = story.rows[i] ?? {};
      const what = `${name} ${doc.document}: tag row ${i} (${e.canonical})`;
      check(r.type === e.type && r.canonical === e.canonical && r.count === e.count, `${what} = --summary`, [r, e]);
      if (e.id && /^Q\d+$/.test(e.id)) check(r.link === `https://www.wikidata.org/wiki/${e.id}`, `${what}: Wikidata link`, r.link);
      if (e.id && /^\d+$/.test(e.id)) check(r.link === `https://www.geonames.org/${e.id}`, `${what}: GeoNames link`, r.link);
      if (e.id && /^[A-Z]{2}(-[A-Z0-9]+)?$/.test(e.id)) check(r.link === null, `${what}: an ISO code is no link`, r.link);
    });
    const total = summary.reduce((n, e) => n + e.count, 0);
    check(total === doc.entities.length, `${name} ${doc.document}: tag counts add up to the mentions`, [total, doc.entities.length]);
    check(story.counts.startsWith(`${doc.entities.length} mention`), `${name} ${doc.document}: story line counts`, story.counts);
  }
  return dom;
}

// ---- The fixtures' page: every mention, the tag lists, escaping, filters, search, focus. ----
{
  const docs = JSON.parse(readFileSync(join(out, "fixtures.json"), "utf8"));
  const summaries = JSON.parse(readFileSync(join(out, "fixtures.summary.json"), "utf8"));
  const { page, seen } = await open(join(out, "fixtures.html"));

  const dom = await checkDocuments("fixtures", page, seen, docs, summaries);
  const mentions = docs.reduce((n, d) => n + d.entities.length, 0);
  check(dom.status === `${docs.length} stories, ${mentions} mentions`, "status line", dom.status);

  // Keyboard focus shows the canonical name and id, as hovering does (title).
  const focus = await page.evaluate(() => {
    const m = document.querySelector("mark.m[data-id]:not([data-id=''])");
    m.focus();
    return {
      active: document.activeElement === m,
      tip: getComputedStyle(m, "::before").content,
      title: m.title,
      canonical: m.dataset.canonical,
      id: m.dataset.id,
    };
  });
  check(focus.active, "a mark takes focus");
  check(focus.tip.includes(focus.canonical) && focus.tip.includes(focus.id), "focus shows canonical and id", focus);
  check(focus.title.includes(focus.canonical) && focus.title.includes(focus.id), "hover (title) shows canonical and id", focus);

  // Unchecking a type hides its marks' colour and label, and its tag rows; the others stay.
  await page.evaluate(() => document.activeElement.blur());
  for (const type of ["person", "city"]) {
    await page.uncheck(`#filters input[data-type="${type}"]`);
    const f = await page.evaluate((type) => {
      const look = (m) => ({
        type: m.dataset.type,
        bg: getComputedStyle(m).backgroundColor,
        label: getComputedStyle(m, "::after").display,
      });
      return {
        marks: [...document.querySelectorAll("mark.m")].map(look),
        rows: [...document.querySelectorAll("table.tags tbody tr")].map((r) => ({
          type: r.dataset.type,
          shown: getComputedStyle(r).display !== "none",
        })),
      };
    }, type);
    const hidden = f.marks.filter((m) => m.type === type);
    const others = f.marks.filter((m) => m.type !== type && m.type !== "person");
    check(hidden.length > 0, `the fixtures have ${type} marks`);
    check(hidden.every((m) => m.bg === "rgba(0, 0, 0, 0)" && m.label === "none"), `unchecking ${type} hides its marks`, hidden[0]);
    check(others.length > 0 && others.every((m) => m.bg !== "rgba(0, 0, 0, 0)" && m.label !== "none"), `unchecking ${type} leaves the other types`, others.find((m) => m.label === "none"));
    check(f.rows.filter((r) => r.type === type).every((r) => !r.shown), `unchecking ${type} hides its tag rows`);
  }
  await page.check('#filters input[data-type="person"]');
  await page.check('#filters input[data-type="city"]');
  const back = await page.evaluate(() =>
    [...document.querySelectorAll("mark.t-person")].every((m) => getComputedStyle(m, "::after").display !== "none"),
  );
  check(back, "checking person again shows its marks");

  // Search: only the stories naming the words stay.
  await page.fill("#search", "netanyahu");
  await page.waitForTimeout(400);
  const search = await page.evaluate(() => ({
    shown: [...document.querySelectorAll("details.story")].filter((s) => !s.hidden).map((s) => s.querySelector(".name").textContent),
    hits: document.querySelectorAll("mark.hit").length,
  }));
  const want = docs.filter((d) => d.entities.some((e) => e.canonical.toLowerCase().includes("netanyahu"))).map((d) => d.document);
  check(JSON.stringify(search.shown) === JSON.stringify(want), "search keeps the stories that name it", [search.shown, want]);
  check(search.hits > 0, "search outlines the matching marks");
  await page.fill("#search", "");
  await page.waitForTimeout(400);

  // The first story with a mark focused, as docs/review-page.png shows it.
  await page.evaluate(() => document.querySelectorAll("details.story mark.m")[6].focus());
  await page.screenshot({ path: join(out, "fixture.png"), fullPage: false });
  // The hostile story, opened, with a mark focused (its canonical name and id drawn above it).
  await page.evaluate(() => {
    const s = [...document.querySelectorAll("details.story")].find((s) => s.textContent.includes("alert(1)"));
    s.open = true;
    s.scrollIntoView();
    window.scrollBy(0, -140);
    s.querySelectorAll("mark.m")[3].focus();
  });
  await page.screenshot({ path: join(out, "hostile.png"), fullPage: false });
  await page.close();
}

// ---- A long document read in windows (cuts inside mentions): the same checks. ----
{
  const docs = JSON.parse(readFileSync(join(out, "windows.json"), "utf8"));
  const summaries = JSON.parse(readFileSync(join(out, "windows.summary.json"), "utf8"));
  const { page, seen } = await open(join(out, "windows.html"));
  await checkDocuments("windows", page, seen, docs, summaries);
  await page.close();
}

// ---- Many stories: the page loads, counts and searches in reasonable time. ----
{
  const docs = JSON.parse(readFileSync(join(out, "many.json"), "utf8"));
  const { page, seen, loadMs } = await open(join(out, "many.html"));
  const got = await page.evaluate(() => ({
    stories: document.querySelectorAll("details.story").length,
    open: document.querySelectorAll("details.story[open]").length,
    marks: document.querySelectorAll("mark.m").length,
    nodes: document.getElementsByTagName("*").length,
  }));
  const mentions = docs.reduce((n, d) => n + d.entities.length, 0);
  check(got.stories === docs.length, "many: one story per document", [got.stories, docs.length]);
  check(got.open === 1, "many: stories start closed but the first", got.open);
  check(got.marks === mentions, "many: one mark per mention", [got.marks, mentions]);
  check(seen.errors.length === 0 && seen.dialogs.length === 0, "many: no errors, no alerts", seen);
  const t0 = Date.now();
  await page.fill("#search", "macron");
  await page.waitForFunction(() => document.getElementById("status").textContent.includes(" of "));
  const searchMs = Date.now() - t0;
  const t1 = Date.now();
  await page.click("#open-all");
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const openMs = Date.now() - t1;
  const report = { stories: got.stories, mentions, elements: got.nodes, loadMs, searchMs, openMatchingMs: openMs };
  writeFileSync(join(out, "many.timing.json"), JSON.stringify(report, null, 1) + "\n");
  console.log("many stories:", JSON.stringify(report));
  check(loadMs < 10000, "many: loads in under 10 s", loadMs);
  await page.close();
}

await browser.close();
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
