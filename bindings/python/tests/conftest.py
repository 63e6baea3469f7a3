"""Shared fixtures: the repository's paths and the gazette command line to compare against."""

import json
import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]
FIXTURES = sorted((ROOT / "tests" / "fixtures").glob("*.txt"))


def find_cli():
    """The gazette binary: $GAZETTE_BIN, else the newest of target/{release,debug}/gazette."""
    given = os.environ.get("GAZETTE_BIN")
    if given:
        return pathlib.Path(given)
    built = [p for p in (ROOT / "target" / d / "gazette" for d in ("release", "debug")) if p.exists()]
    if not built:
        pytest.fail("no gazette binary: run `cargo build` at the repository root or set GAZETTE_BIN")
    return max(built, key=lambda p: p.stat().st_mtime)


class Cli:
    """Runs `gazette --format json` and returns each document's entities."""

    def __init__(self, path):
        self.path = path

    def documents(self, paths, *args):
        out = subprocess.run(
            [str(self.path), "--format", "json", "--jobs", "1", *args, *map(str, paths)],
            check=True,
            capture_output=True,
            # Hermetic: only what the command needs from the environment.
            env={"PATH": os.environ.get("PATH", "")},
        ).stdout
        return [doc["entities"] for doc in json.loads(out)]

    def entities(self, text, *args, tmp_path):
        path = tmp_path / "story.txt"
        path.write_text(text, encoding="utf-8", newline="")
        (entities,) = self.documents([path], *args)
        return entities


@pytest.fixture(scope="session")
def cli():
    return Cli(find_cli())


def read(path):
    """A fixture's text exactly as the command line reads it (no newline translation)."""
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()
