"""Which commands may create a database, and database failures told as one line a user can act on:
a mistyped path, a full disk, a lock held by another workstation, a read-only file or folder, a
closed pipe."""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.cli import run
from models import database as database_module

from .test_cli import beacon


def _one_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


@pytest.mark.parametrize(
    "args",
    [
        ["check"],
        ["export", "reports"],
        ["backup"],
        ["report", "monthly", "--month", "2026-10", "--out", "{tmp}/m.pdf"],
        ["user", "add", "sam", "--role", "officer", "--password-stdin"],
        ["import", "reports", "{tmp}/r.csv"],
    ],
)
def test_a_mistyped_database_path_creates_nothing(tmp_path, args):
    (tmp_path / "r.csv").write_text("occurred_at,category,location,narrative\n", encoding="utf-8")
    missing = tmp_path / "no" / "such" / "folder" / "x.db"
    done = beacon(
        *[a.replace("{tmp}", str(tmp_path)) for a in args], stdin="patrol-pass\n", db=missing
    )
    assert done.returncode == 2
    line = _one_line(done.stderr)
    assert line == f"beacon: no Beacon database at {missing}; run `beacon` to create one"
    assert not (tmp_path / "no").exists()


def test_an_empty_file_is_not_taken_for_an_office(tmp_path):
    empty = tmp_path / "empty.db"
    empty.touch()
    done = beacon("check", db=empty)
    assert done.returncode == 2
    assert "no Beacon database at" in _one_line(done.stderr)
    assert empty.stat().st_size == 0


def test_init_creates_an_office_and_refuses_an_existing_one(tmp_path):
    path = tmp_path / "new" / "office.db"
    done = beacon(
        "init",
        "--office-name",
        "Riverside Office",
        "--manager",
        "morgan",
        "--password-stdin",
        stdin="correct-horse\n",
        db=path,
    )
    assert done.returncode == 0, done.stderr
    assert "Created" in done.stdout
    con = sqlite3.connect(str(path))
    assert con.execute("SELECT role FROM user WHERE username = 'morgan'").fetchone() == ("manager",)
    categories = {r[0] for r in con.execute("SELECT name FROM category")}
    con.close()
    assert {"Theft", "Vandalism", "Suspicious activity"} <= categories
    again = beacon("init", db=path)
    assert again.returncode == 2
    assert "already" in _one_line(again.stderr)
    assert beacon("check", db=path).returncode == 0


def test_demo_creates_the_database_it_is_given(tmp_path):
    path = tmp_path / "fresh" / "demo.db"
    done = beacon("demo", "--seed", "2", "--until", "2026-01-31", db=path)
    assert done.returncode == 0, done.stderr
    assert path.is_file()


# ---- a full disk ---------------------------------------------------------------------------------


def _counts(path: Path) -> tuple[int, int, str]:
    con = sqlite3.connect(str(path))
    try:
        reports = con.execute("SELECT COUNT(*) FROM report").fetchone()[0]
        audit = con.execute("SELECT COUNT(*) FROM audit_entry").fetchone()[0]
        ok = con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()
    return reports, audit, ok


def test_a_full_disk_is_one_line_and_the_database_stays_whole(tmp_path, monkeypatch, capsys):
    path = tmp_path / "office.db"
    assert run(["--db", str(path), "init"]) == 0
    capsys.readouterr()
    before = _counts(path)
    con = sqlite3.connect(str(path))
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.close()
    # SQLite's own limit on the file's size stands in for a disk with no room left.
    monkeypatch.setattr(
        database_module,
        "SQLITE_PRAGMAS",
        (*database_module.SQLITE_PRAGMAS, ("max_page_count", pages + 2)),
    )
    code = run(["--db", str(path), "demo", "--seed", "1", "--until", "2026-01-31"])
    err = capsys.readouterr().err
    assert code != 0
    assert "Traceback" not in err
    line = err.strip().splitlines()[-1]  # after the demo's progress lines
    assert "disk" in line and "full" in line and "free" in line, line
    assert "no transaction is active" not in line
    assert _counts(path) == before


def _mount_tmpfs(where: Path, size: str) -> bool:
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    where.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True
    )
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    where = tmp_path / "small-disk"
    if not _mount_tmpfs(where, "1m"):
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


@pytest.mark.slow
def test_a_real_full_disk_during_the_demo(small_disk):
    path = small_disk / "office.db"
    done = beacon("demo", "--seed", "1", "--until", "2026-01-31", db=path)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    line = done.stderr.strip().splitlines()[-1]  # after the demo's progress lines
    assert "full" in line and "free" in line, line
    con = sqlite3.connect(str(path))
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


# ---- another workstation holds the lock ----------------------------------------------------------


@pytest.fixture
def office_file(tmp_path: Path, capsys) -> Path:
    path = tmp_path / "office.db"
    assert run(["--db", str(path), "init"]) == 0
    capsys.readouterr()
    return path


@pytest.fixture
def short_wait(monkeypatch) -> None:
    """Wait 0.3 s for a lock instead of the 15 s a workstation waits."""
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 300)


def _hold_lock(path: Path) -> sqlite3.Connection:
    holder = sqlite3.connect(str(path), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    return holder


def test_a_lock_held_by_another_workstation_says_who_waits_and_what_to_do(
    office_file, short_wait, monkeypatch, capsys
):
    monkeypatch.setattr(sys, "stdin", io.StringIO("patrol-pass\n"))
    holder = _hold_lock(office_file)
    try:
        before = _counts(office_file)
        code = run(["--db", str(office_file), "user", "add", "sam", "--role", "officer",
                    "--password-stdin"])  # fmt: skip
    finally:
        holder.rollback()
        holder.close()
    line = _one_line(capsys.readouterr().err)
    assert code != 0
    assert "another workstation" in line and "0.3 s" in line and "try again" in line, line
    assert "OperationalError" not in line
    assert _counts(office_file) == before


def test_export_under_a_lock_leaves_no_file(office_file, short_wait, tmp_path, capsys):
    out = tmp_path / "reports.csv"
    holder = _hold_lock(office_file)
    try:
        code = run(["--db", str(office_file), "export", "reports", "--out", str(out)])
    finally:
        holder.rollback()
        holder.close()
    assert code != 0
    assert "another workstation" in _one_line(capsys.readouterr().err)
    assert not out.exists()
    assert list(tmp_path.glob("reports.csv*")) == []


def test_export_writes_its_file_when_it_succeeds(office_file, tmp_path, capsys):
    out = tmp_path / "reports.csv"
    assert run(["--db", str(office_file), "export", "reports", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8-sig").startswith("number,")
    assert list(tmp_path.glob("reports.csv.*")) == []


# ---- read-only files and folders -----------------------------------------------------------------


def _as_nobody() -> list[str]:
    """Root ignores file permissions: run the command as 'nobody' to feel them."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if not setpriv:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder outside pytest's private temporary tree, so another account can reach it."""
    where = Path("/tmp") / f"beacon-ro-{uuid.uuid4().hex}"
    where.mkdir(mode=0o755)
    where.chmod(0o755)
    try:
        yield where
    finally:
        shutil.rmtree(where, ignore_errors=True)


def _beacon_as_other_user(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    home.mkdir(mode=0o777)
    home.chmod(0o777)  # the other account keeps its log and settings here
    env = {k: v for k, v in os.environ.items() if k != "BEACON_DB"}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home), XDG_STATE_HOME=str(home))
    env.update(XDG_CONFIG_HOME=str(home), XDG_CACHE_HOME=str(home))
    return subprocess.run(
        [*_as_nobody(), sys.executable, "-m", "desktop_app", *args],
        input="patrol-pass\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=str(home),
    )


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_file_or_folder_says_so(shared_folder, what, capsys):
    path = shared_folder / "office.db"
    assert run(["--db", str(path), "init"]) == 0
    capsys.readouterr()
    con = sqlite3.connect(str(path))
    con.execute("PRAGMA journal_mode=DELETE")  # no -wal/-shm files left for the other account
    con.close()
    home = Path(str(shared_folder) + "-home")
    path.chmod(0o444 if what == "file" else 0o666)
    if what == "folder":
        shared_folder.chmod(0o555)
    before = path.read_bytes()
    try:
        done = _beacon_as_other_user(
            home, "--db", str(path), "user", "add", "sam", "--role", "officer", "--password-stdin"
        )
    finally:
        shared_folder.chmod(0o755)
    assert done.returncode != 0
    line = _one_line(done.stderr)
    assert "read-only" in line and str(path.parent) in line, line
    assert path.read_bytes() == before
    shutil.rmtree(home, ignore_errors=True)


# ---- a closed pipe -------------------------------------------------------------------------------


def test_export_into_a_closed_pipe_ends_quietly(tmp_path):
    path = tmp_path / "demo.db"
    assert beacon("demo", "--seed", "4", "--until", "2026-03-31", db=path).returncode == 0
    env = {k: v for k, v in os.environ.items() if k != "BEACON_DB"}
    done = subprocess.run(
        f"'{sys.executable}' -m desktop_app --db '{path}' export patrols | head -n 3",
        shell=True,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert len(done.stdout.splitlines()) == 3
    assert done.stderr == ""


# ---- output files --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["export", "reports", "--out", "{out}/reports.csv"],
        ["report", "monthly", "--month", "2026-10", "--out", "{out}/monthly.pdf"],
    ],
)
def test_an_output_folder_that_is_missing_is_one_line_and_nothing_is_audited(
    office_file, tmp_path, capsys, args
):
    out = tmp_path / "no-such-folder"
    before = _counts(office_file)
    code = run(["--db", str(office_file), *[a.replace("{out}", str(out)) for a in args]])
    line = _one_line(capsys.readouterr().err)
    assert code != 0
    assert f"no folder {out}" in line and ".partial" not in line, line
    assert _counts(office_file) == before  # no export or print recorded for a file not written
    assert not out.exists()


def test_an_output_folder_that_is_read_only_says_so(shared_folder, capsys):
    path = shared_folder / "office.db"
    assert run(["--db", str(path), "init"]) == 0
    capsys.readouterr()
    outbox = shared_folder / "outbox"
    outbox.mkdir()
    outbox.chmod(0o555)
    home = Path(str(shared_folder) + "-home")
    path.chmod(0o666)
    shared_folder.chmod(0o777)
    try:
        done = _beacon_as_other_user(
            home, "--db", str(path), "export", "reports", "--out", str(outbox / "r.csv")
        )
    finally:
        shared_folder.chmod(0o755)
        shutil.rmtree(home, ignore_errors=True)
    line = _one_line(done.stderr)
    assert done.returncode != 0
    assert f"cannot write to {outbox}" in line and "PermissionError" not in line, line
    assert list(outbox.iterdir()) == []


@pytest.fixture
def full_disk(small_disk: Path) -> Path:
    """A disk with no room left at all: files can be made there, but nothing written in them."""
    with open(small_disk / "filler", "wb", buffering=0) as filler:
        try:
            while True:
                filler.write(b"\0" * 4096)
                filler.flush()
        except OSError:
            pass
    return small_disk


def test_a_full_disk_under_the_export_names_that_disk(office_file, full_disk, capsys):
    out = full_disk / "reports.csv"
    code = run(["--db", str(office_file), "export", "reports", "--out", str(out)])
    line = _one_line(capsys.readouterr().err)
    assert code != 0
    assert f"the disk holding {full_disk} is full" in line, line
    assert [p.name for p in full_disk.iterdir()] == ["filler"]  # nothing half-written
    con = sqlite3.connect(str(office_file))
    exported = con.execute("SELECT COUNT(*) FROM audit_entry WHERE action = 'export'").fetchone()
    con.close()
    assert exported == (0,)  # no record that data left the office


def test_a_backup_onto_a_full_disk_leaves_no_file_behind(office_file, small_disk, capsys):
    with open(small_disk / "filler", "wb", buffering=0) as filler:
        try:
            while True:
                filler.write(b"\0" * 4096)
        except OSError:
            pass
    (small_disk / "filler").unlink()
    (small_disk / "filler").write_bytes(b"\0" * (1024 * 1024 - 64 * 1024))  # 64 KiB left
    code = run(["--db", str(office_file), "backup", "--to", str(small_disk / "backups")])
    line = _one_line(capsys.readouterr().err)
    assert code != 0
    assert "full" in line, line
    assert [p.name for p in (small_disk / "backups").iterdir()] == []


@pytest.mark.parametrize("code", ["55P03", "40P01"])
def test_a_postgresql_lock_does_not_claim_sqlites_wait(code):
    from desktop_app.services.db_errors import explain

    class LockNotAvailable(Exception):
        pgcode = code

    line = explain(LockNotAvailable("could not obtain lock"), "the database server") or ""
    assert "another workstation holds a lock on the same records" in line, line
    assert "try again in a moment" in line and " s " not in line and "waited" not in line


@pytest.mark.parametrize("name", ["foreign.db", "odd #1 ?x %20.db"])
def test_check_on_a_foreign_sqlite_file_leaves_it_byte_identical(tmp_path, name):
    foreign = tmp_path / name
    con = sqlite3.connect(str(foreign))
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    con.execute("INSERT INTO invoices VALUES (1, 9.5)")
    con.commit()
    con.close()
    before = foreign.read_bytes()
    done = beacon("check", db=foreign)
    assert done.returncode != 0
    line = _one_line(done.stderr)
    assert line.startswith("beacon: ") and "not made by Beacon" in line, line
    assert foreign.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no -wal or -shm beside it


# ---- an import cut short -------------------------------------------------------------------------


def test_check_names_an_import_cut_short_and_the_next_command_undoes_it(
    office, db_path, tmp_path, monkeypatch, capsys
):
    from desktop_app.services import import_writer
    from desktop_app.services.importer import import_reports
    from models.connection import close
    from tests.services.test_import_batches import HEADER, rows, write_csv

    def crash(written: int) -> None:
        if written >= 20:
            raise KeyboardInterrupt  # the process dies: nothing gets to clean up

    monkeypatch.setattr(import_writer, "_undo", lambda *args, **kwargs: None)
    path = write_csv(tmp_path / "r.csv", HEADER, rows(30))
    with pytest.raises(KeyboardInterrupt):
        import_reports(office.manager, path, batch_size=10, on_batch=crash)
    monkeypatch.undo()
    close()
    assert _counts(db_path)[0] == 20

    assert run(["--db", str(db_path), "check"]) == 1
    out = capsys.readouterr().out
    assert "import cut short FAILED: reports from r.csv by morgan" in out, out

    assert run(["--db", str(db_path), "export", "reports"]) == 0
    exported = capsys.readouterr().out.strip().splitlines()
    assert len(exported) == 1  # the header only: the cut-short rows were undone first
    assert run(["--db", str(db_path), "check"]) == 0
    assert "imports ok" in capsys.readouterr().out
