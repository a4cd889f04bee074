"""Reading an import file as a stream: header checks, line numbers, the export's guard undone."""

from __future__ import annotations

import csv
import hashlib
import io
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any, Protocol

from desktop_app.reporting.plural import plural
from desktop_app.services.errors import ServiceError
from desktop_app.services.exporter import DANGEROUS_START

# Problems kept for the caller; every problem is still counted (ImportFailed.total).
KEEP_PROBLEMS = 1000
NOT_UTF8 = "not UTF-8 text; save the spreadsheet as 'CSV UTF-8'"


@dataclass(frozen=True)
class ImportProblem:
    line: int
    column: str
    problem: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.column}: {self.problem}"


class ImportFailed(ServiceError):
    """The file was not imported; problems lists the lines to fix (the first KEEP_PROBLEMS of
    total)."""

    def __init__(self, problems: list[ImportProblem], total: int | None = None) -> None:
        self.total = len(problems) if total is None else total
        super().__init__(f"nothing was imported: {plural(self.total, 'problem')}")
        self.problems = problems


@dataclass(frozen=True)
class ImportResult:
    kind: str
    rows: int
    created: tuple[str, ...]  # pick-list entries made by --create-missing


@dataclass(frozen=True)
class Columns:
    required: tuple[str, ...]
    optional: tuple[str, ...]
    # Written by Beacon's own export but not imported (ids, timestamps it sets itself).
    ignored: tuple[str, ...] = ()


class Problems:
    """Collects problems while a file is checked: keeps the first ones, counts them all."""

    def __init__(self) -> None:
        self.kept: list[ImportProblem] = []
        self.total = 0

    def add(self, line: int, column: str, problem: str) -> None:
        self.total += 1
        if len(self.kept) < KEEP_PROBLEMS:
            self.kept.append(ImportProblem(line, column, problem))

    def raise_any(self) -> None:
        if self.total:
            raise ImportFailed(self.kept, self.total)


def unguard(cell: str) -> str:
    """Undo the export's formula guard: a ' the exporter put before = + - @ tab or CR."""
    if cell.startswith("'") and cell[1:].startswith(DANGEROUS_START):
        return cell[1:]
    return cell


def digest(path: Path) -> str:
    sha = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            sha.update(chunk)
    return sha.hexdigest()


class Hasher(Protocol):
    def update(self, data: bytes | memoryview, /) -> None: ...


class _Hashing(io.RawIOBase):
    """A binary file that feeds every byte read into sha: the digest of exactly what was read."""

    def __init__(self, raw: io.BufferedReader, sha: Hasher) -> None:
        self.raw, self.sha = raw, sha

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        count = self.raw.readinto(buffer)
        if count:
            self.sha.update(memoryview(buffer)[:count])
        return count

    def close(self) -> None:
        self.raw.close()
        super().close()


def _open(path: Path, sha: Hasher | None) -> io.TextIOBase:
    if sha is None:
        return open(path, encoding="utf-8-sig", newline="")
    raw = io.BufferedReader(_Hashing(open(path, "rb"), sha))  # noqa: SIM115 - as above
    return io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")


def _not_utf8(path: Path) -> ImportFailed:
    """The physical line of the first byte that is not UTF-8 (a second, binary read)."""
    with open(path, "rb") as fh:
        for number, raw in enumerate(fh, start=1):
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                return ImportFailed([ImportProblem(number, "file", NOT_UTF8)])
    return ImportFailed([ImportProblem(1, "file", NOT_UTF8)])  # pragma: no cover - split char


def _check_header(names: list[str], columns: Columns) -> None:
    allowed = set(columns.required) | set(columns.optional) | set(columns.ignored)
    expected = ", ".join(columns.required + columns.optional)
    problems = [
        ImportProblem(1, n or "(blank)", f"unknown column; expected some of: {expected}")
        for n in names
        if n not in allowed
    ]
    problems += [
        ImportProblem(1, c, "required column is missing")
        for c in columns.required
        if c not in names
    ]
    dupes = [n for n, k in Counter(names).items() if k > 1]
    problems += [ImportProblem(1, d, "column appears twice") for d in dupes]
    if problems:
        raise ImportFailed(problems)


def _delimited(fh: io.TextIOBase, delimiters: str) -> tuple[Iterable[str], str]:
    """The file's lines and its delimiter: the only one allowed, or the one csv.Sniffer finds in
    the header line (',' when it cannot tell, e.g. a header of one column)."""
    if len(delimiters) == 1:
        return fh, delimiters
    first = fh.readline()
    try:
        found = csv.Sniffer().sniff(first, delimiters=delimiters).delimiter
    except csv.Error:
        found = delimiters[0]
    return chain([first], fh), found


def read_rows(
    path: Path, columns: Columns, sha: Hasher | None = None, delimiters: str = ","
) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows as (line number, {column: text}), read one at a time; raises ImportFailed for
    header, encoding and CSV faults. csv's own reader over a file opened with newline=''
    keeps U+2028 and other Unicode line breaks inside a field. sha: fed the bytes as they are
    read (all of them once the rows are exhausted). delimiters: those the file may use (e.g.
    ",;": Excel saves ';' where the decimal mark is ','), told apart by the header line."""
    try:
        fh = _open(path, sha)
    except OSError as exc:
        raise ImportFailed(
            [ImportProblem(0, "file", f"cannot read {path}: {exc.strerror}")]
        ) from exc
    with fh:
        try:
            lines, delimiter = _delimited(fh, delimiters)
            reader = csv.reader(lines, strict=True, delimiter=delimiter)
            header = next(reader)
        except StopIteration:
            raise ImportFailed([ImportProblem(1, "file", "the file is empty")]) from None
        except csv.Error as exc:
            raise ImportFailed([ImportProblem(1, "file", f"not valid CSV: {exc}")]) from exc
        except UnicodeDecodeError:
            raise _not_utf8(path) from None
        names = [h.strip().lower() for h in header]
        _check_header(names, columns)
        keep = [(i, n) for i, n in enumerate(names) if n not in columns.ignored]
        line = reader.line_num
        try:
            for values in reader:
                start, line = line + 1, reader.line_num
                if not any(v.strip() for v in values):
                    continue
                if len(values) != len(names):
                    problem = f"has {len(values)} cells; the header has {len(names)}"
                    raise ImportFailed([ImportProblem(start, "row", problem)])
                yield start, {n: unguard(values[i]).strip() for i, n in keep}
        except csv.Error as exc:
            bad = ImportProblem(reader.line_num, "row", f"not valid CSV: {exc}")
            raise ImportFailed([bad]) from exc
        except UnicodeDecodeError:
            raise _not_utf8(path) from None
