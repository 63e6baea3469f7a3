"""The Python package against the command line's JSON output, its errors, and threads."""

import concurrent.futures
import datetime
import pathlib

import pytest

import gazette
from conftest import FIXTURES, read

# The README's gazetteer example ("Gazetteer format"), with a person who appears in the texts.
NEWSROOM_CSV = """\
# lines starting with # are comments
type,canonical,aliases,id
person,Jane Roe,J. Roe|Roe-Smith,Q42
organisation,Acme Zeitung,AZ|Acme-Verlag,
country,Freedonia,Freedonien,XF
"""

NEWSROOM_TEXT = (
    "Jane Roe von der Acme Zeitung reiste am 3. Oktober nach Freedonien. "
    "Roe-Smith traf dort Olaf Scholz; AZ berichtete gestern."
)


def test_fixtures_are_there():
    assert len(FIXTURES) >= 3, FIXTURES


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_extract_equals_the_cli_json_output(cli, path):
    (want,) = cli.documents([path])
    got = gazette.extract(read(path))
    assert want, "the fixture has mentions"
    # Field by field, in the JSON output's order.
    assert [list(m) for m in got] == [list(m) for m in want]
    assert got == want


def test_extract_many_equals_the_cli_on_every_fixture(cli):
    want = cli.documents(FIXTURES)
    assert gazette.Extractor().extract_many([read(p) for p in FIXTURES]) == want


@pytest.mark.parametrize(
    "reference",
    ["2024-11-02", "2024-11-02T08:30:00Z", datetime.date(2024, 11, 2), datetime.datetime(2024, 11, 2, 8, 30)],
    ids=["str", "timestamp", "date", "datetime"],
)
def test_reference_date_resolves_as_the_cli_does(cli, reference):
    want = cli.documents(FIXTURES, "--reference-date", "2024-11-02")
    texts = [read(p) for p in FIXTURES]
    assert [gazette.extract(t, reference_date=reference) for t in texts] == want
    assert gazette.Extractor().extract_many(texts, reference_date=reference) == want
    # The reference changes something: a date without a year, and none before it in the text,
    # gets the reference's.
    (date,) = gazette.extract("Am 3. Oktober traf er sie.", reference_date=reference, types="date")
    assert date["value"] == "2024-10-03"
    (date,) = gazette.extract("Am 3. Oktober traf er sie.", types="date")
    assert date["value"] == "XXXX-10-03"


def test_extract_many_takes_one_reference_date_per_text(cli):
    texts = [read(p) for p in FIXTURES]
    dates = ["2024-11-02", None] + ["2023-01-15"] * (len(texts) - 2)
    want = [gazette.extract(t, reference_date=d) for t, d in zip(texts, dates)]
    assert gazette.Extractor().extract_many(texts, reference_date=dates) == want
    with pytest.raises(ValueError, match="2 dates for"):
        gazette.Extractor().extract_many(texts, reference_date=dates[:2])


@pytest.mark.parametrize("types", [["person", "date"], "person,date", ("date", "person")])
def test_types_select_as_the_cli_does(cli, types):
    want = cli.documents(FIXTURES, "--types", "person,date")
    texts = [read(p) for p in FIXTURES]
    assert [gazette.extract(t, types=types) for t in texts] == want
    assert gazette.Extractor().extract_many(texts, types=types) == want
    assert {m["type"] for doc in want for m in doc} == {"person", "date"}


def test_user_gazetteer_from_a_csv_file(cli, tmp_path):
    csv = tmp_path / "newsroom.csv"
    csv.write_text(NEWSROOM_CSV, encoding="utf-8")
    extractor = gazette.Extractor(gazetteers=[csv])
    got = extractor.extract(NEWSROOM_TEXT, reference_date="2024-11-02")
    want = cli.entities(NEWSROOM_TEXT, "--gazetteer", str(csv), "--reference-date", "2024-11-02", tmp_path=tmp_path)
    assert got == want
    found = {(m["text"], m["canonical"], m["id"]) for m in got}
    assert ("Jane Roe", "Jane Roe", "Q42") in found
    assert ("Freedonien", "Freedonia", "XF") in found
    assert ("Olaf Scholz", "Olaf Scholz", "Q61053") in found  # the built-in gazetteers too
    # A str path works as well as a Path, and builtin=False is --no-builtin.
    only = gazette.Extractor(gazetteers=[str(csv)], builtin=False)
    want = cli.entities(NEWSROOM_TEXT, "--gazetteer", str(csv), "--no-builtin", tmp_path=tmp_path)
    assert only.extract(NEWSROOM_TEXT) == want
    assert "Olaf Scholz" not in {m["canonical"] for m in want}
    assert repr(only) == f"Extractor(gazetteers=[{str(csv)!r}], builtin=False)".replace("'", '"')


def test_a_malformed_gazetteer_names_its_file_and_line(tmp_path):
    csv = tmp_path / "newsroom.csv"
    csv.write_text("type,canonical,aliases,id\nperson,Jane Roe,,\npersn,John Doe,,\n", encoding="utf-8")
    with pytest.raises(gazette.GazetteerError) as e:
        gazette.Extractor(gazetteers=[csv])
    assert str(e.value).startswith(f"{csv}:3: unknown type \"persn\"")
    assert (e.value.path, e.value.line) == (str(csv), 3)
    assert isinstance(e.value, ValueError)


def test_a_missing_gazetteer_is_file_not_found(tmp_path):
    missing = tmp_path / "nope.csv"
    with pytest.raises(FileNotFoundError, match=str(missing)):
        gazette.Extractor(gazetteers=[missing])


def test_gazetteer_warnings_are_python_warnings(tmp_path):
    csv = tmp_path / "clash.csv"
    csv.write_text("type,canonical,aliases,id\nperson,Jane Roe,JR,Q1\nperson,John Roe,JR,Q2\n", encoding="utf-8")
    with pytest.warns(gazette.GazetteerWarning, match=r"alias \"JR\" is also on line 2"):
        gazette.Extractor(gazetteers=[csv])


@pytest.mark.parametrize("bad", ["2024-13-01", "03.10.2024", ""])
def test_a_bad_reference_date_is_a_value_error(bad):
    with pytest.raises(ValueError, match="invalid reference date"):
        gazette.extract("Berlin", reference_date=bad)
    with pytest.raises(ValueError, match="invalid reference date"):
        gazette.Extractor().extract_many(["Berlin"], reference_date=bad)


def test_a_reference_date_of_another_type_is_a_type_error():
    with pytest.raises(TypeError, match="reference_date must be"):
        gazette.extract("Berlin", reference_date=20241003)


@pytest.mark.parametrize("bad", [["persn"], "person,plaice", []])
def test_a_bad_type_name_is_a_value_error(bad):
    with pytest.raises(ValueError, match="unknown type|types is empty"):
        gazette.extract("Berlin", types=bad)


def test_texts_must_be_str():
    with pytest.raises(TypeError):
        gazette.extract(b"Berlin")
    with pytest.raises(TypeError):
        gazette.Extractor().extract_many(["Berlin", None])


def test_offsets_are_python_string_offsets():
    text = "Грузия und Kasachstan: Emmanuel Macron in München 🇫🇷 am 3. Oktober."
    mentions = gazette.extract(text)
    assert mentions
    encoded = text.encode("utf-8")
    for m in mentions:
        assert text[m["char_start"] : m["char_end"]] == m["text"]
        assert encoded[m["start"] : m["end"]].decode("utf-8") == m["text"]


def test_threads_share_one_extractor():
    extractor = gazette.Extractor()
    texts = [read(p) for p in FIXTURES] * 50
    want = [extractor.extract(t) for t in texts]
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(extractor.extract, texts)) == want
        assert list(pool.map(gazette.extract, texts)) == want
        halves = [texts[: len(texts) // 2], texts[len(texts) // 2 :]]
        assert sum(pool.map(extractor.extract_many, halves), []) == want


def test_the_package_carries_its_type_stubs():
    package = pathlib.Path(gazette.__file__).parent
    assert (package / "py.typed").is_file(), list(package.iterdir())
    stubs = (package / "__init__.pyi").read_text(encoding="utf-8")
    for name in ("def extract(", "class Extractor", "def extract_many(", "class GazetteerError(ValueError)"):
        assert name in stubs
    assert gazette.__version__
    assert gazette.Extractor.__doc__ and gazette.extract.__doc__ and gazette.Extractor.extract_many.__doc__


def test_missing_dates_of_a_pandas_column_are_none():
    import pandas as pd
    texts = ["Am 3. Oktober sprach Olaf Scholz."] * 3
    published = pd.Series(pd.to_datetime(["2024-10-04", None, "2023-01-02"]))
    values = [[m["value"] for m in ms if m["type"] == "date"] for ms in
              gazette.Extractor().extract_many(texts, reference_date=published)]
    assert values == [["2024-10-03"], ["XXXX-10-03"], ["2022-10-03"]]  # the last 3 October before
    assert gazette.extract(texts[0], reference_date=float("nan")) == gazette.extract(texts[0])
