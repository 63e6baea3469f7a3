"""Type stubs of the gazette module (built from bindings/python/src/lib.rs).

maturin puts this file into the wheel as the module's stubs, with a py.typed marker.
Mention, DateLike and Types exist for type checkers only (import them under
typing.TYPE_CHECKING); at run time a mention is a plain dict.
"""

import datetime
import os
from typing import Iterable, List, Optional, Sequence, TypedDict, Union

__version__: str

class Mention(TypedDict):
    """One mention: the fields of an entity object of `gazette --format json`."""

    type: str
    """person, country, city, region, nationality, organisation, date or duration."""
    text: str
    """The text of the mention, exactly text[char_start:char_end]."""
    start: int
    """UTF-8 byte offset of the first byte."""
    end: int
    """UTF-8 byte offset one past the last byte."""
    char_start: int
    """Offset of the first character (as Python's str counts)."""
    char_end: int
    """Offset one past the last character."""
    canonical: str
    """The preferred name ("United Nations"); for dates and people found by rule, the text."""
    id: Optional[str]
    """ISO 3166-1 code, GeoNames id, M.49 or ISO 3166-2 code, or Wikidata QID; or None."""
    country: Optional[str]
    """For cities and subdivisions, the ISO 3166-1 code of their country; else None."""
    value: Optional[str]
    """For dates, the TIMEX3 value (2024-10-03, 2024-10, XXXX-10-03, 2017-11-20T08:30,
    2025-12-12/2025-12-14); for durations the ISO 8601 duration (P3D, PT1.5H); else None."""
    grain: Optional[str]
    """For dates and durations, time, day, week, month, season, year, decade or century; else
    None."""
    source: str
    """How it was found: gazetteer, inflection, given-name, coreference, date-rule, ..."""

DateLike = Union[str, datetime.date]
"""A YYYY-MM-DD string (or an ISO 8601 timestamp), or a date or datetime."""

Types = Union[str, Iterable[str]]
"""Type names (person, country, organisation, date, city, region, nationality, duration), as a
list or one comma-separated str."""

class GazetteerError(ValueError):
    """A gazetteer file is malformed; the message names the file and the line."""

    path: str
    line: Optional[int]
    """The 1-based line, or None for a damaged compiled gazetteer."""

class GazetteerWarning(UserWarning):
    """A gazetteer row that was skipped or lost a tie."""

class Extractor:
    """Finds people, places, organisations and dates in documents.

    Build it once (reading the gazetteers) and reuse it, also from several threads: extraction
    releases the GIL.

    Raises GazetteerError for a malformed gazetteer, OSError (FileNotFoundError, ...) for one
    that cannot be read.
    """

    def __init__(
        self,
        gazetteers: Optional[Sequence[Union[str, os.PathLike[str]]]] = None,
        builtin: bool = True,
    ) -> None: ...
    def extract(
        self,
        text: str,
        reference_date: Optional[DateLike] = None,
        types: Optional[Types] = None,
    ) -> List[Mention]:
        """The mentions in text, ordered by start, never overlapping."""
    def extract_many(
        self,
        texts: Iterable[str],
        reference_date: Union[None, DateLike, Iterable[Optional[DateLike]]] = None,
        types: Optional[Types] = None,
    ) -> List[List[Mention]]:
        """The mentions in each text, in order, found on several threads.

        reference_date is one date for every text or one per text.
        """

def extract(
    text: str,
    reference_date: Optional[DateLike] = None,
    types: Optional[Types] = None,
) -> List[Mention]:
    """The mentions in text found with the built-in gazetteers."""
