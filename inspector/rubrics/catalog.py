"""The rubrics available on this laptop: the bundled ones and those installed later.

A broken file never hides the others: each file loads on its own, and its problems are kept
for display next to the rubrics that did load.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from .. import paths

if TYPE_CHECKING:  # the model is imported when a file is read (the app starts without it)
    from .errors import RubricError
    from .model import Rubric

RUBRIC_SUFFIXES = (".yaml", ".yml")


def rubric_dirs() -> list[Path]:
    """Folders searched for rubrics, in order: bundled, the user's, then $INSPECTOR_RUBRICS."""
    dirs = [paths.bundled_rubrics_dir(), paths.user_rubrics_dir()]
    extra = os.environ.get("INSPECTOR_RUBRICS", "")
    dirs += [Path(p) for p in extra.split(os.pathsep) if p]
    return dirs


def _version_key(version: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"[.\-]", version))


class Catalog:
    """The rubrics that loaded, and the files that did not (with their problems)."""

    def __init__(self, rubrics: list[Rubric] | None = None,
                 errors: list[RubricError] | None = None):
        self.rubrics = [] if rubrics is None else rubrics
        self.errors = [] if errors is None else errors

    def __repr__(self) -> str:
        return f"<Catalog: {len(self.rubrics)} rubrics, {len(self.errors)} files with problems>"

    @classmethod
    def discover(cls, dirs: list[Path] | None = None) -> Catalog:
        catalog = cls()
        for folder in dirs if dirs is not None else rubric_dirs():
            if not folder.is_dir():
                continue
            for path in sorted(folder.iterdir()):
                if path.suffix.lower() in RUBRIC_SUFFIXES and path.is_file():
                    catalog.add_file(path)
        return catalog

    def add_file(self, path: Path) -> None:
        from . import problem_messages as pm
        from .errors import Problem, RubricError
        from .io import load_rubric  # YAML and the validator, when a file is read

        try:
            self.rubrics.append(load_rubric(path))
        except RubricError as exc:
            self.errors.append(exc)
        except Exception as exc:  # noqa: BLE001 - one bad file must never hide the others
            self.errors.append(RubricError(str(path), [
                Problem.of(0, None, pm.INTERNAL_ERROR, error=repr(exc))]))

    def find(self, ref: str, version: str | None = None) -> Rubric | None:
        """A rubric by id (the newest version unless one is given), or by file path."""
        candidates = [r for r in self.rubrics if r.id == ref
                      and (version is None or r.version == version)]
        if candidates:
            return max(candidates, key=lambda r: _version_key(r.version))
        return None

    def by_hash(self, content_hash: str) -> Rubric | None:
        return next((r for r in self.rubrics if r.content_hash == content_hash), None)


def resolve_rubric(ref: str, catalog: Catalog | None = None) -> Rubric:
    """A rubric named by file path or by id. Raises RubricError or LookupError."""
    from .io import load_rubric

    path = Path(ref)
    if path.suffix.lower() in RUBRIC_SUFFIXES or path.is_file():
        return load_rubric(path)
    catalog = catalog or Catalog.discover()
    rubric = catalog.find(ref)
    if rubric is None:
        known = ", ".join(sorted({r.id for r in catalog.rubrics})) or "none"
        raise LookupError(f"no rubric with id '{ref}' (available: {known})")
    return rubric


class LazyCatalog(Catalog):
    """A catalog that reads the rubric files the first time it is asked for them (the app's
    start-up does not need them until an evaluation is created or the rubrics are browsed)."""

    def __init__(self, dirs: list[Path] | None = None):  # noqa: D107 - not Catalog's
        self._dirs = dirs
        self._catalog: Catalog | None = None

    def _loaded(self) -> Catalog:
        if self._catalog is None:
            self._catalog = Catalog.discover(self._dirs)
        return self._catalog

    @property  # type: ignore[override]
    def rubrics(self) -> list[Rubric]:
        return self._loaded().rubrics

    @property  # type: ignore[override]
    def errors(self) -> list[RubricError]:
        return self._loaded().errors
