"""`beacon check`: the database's own integrity check, its schema against Beacon's, the audit chain
and the anchor of its end, in one verdict."""

from __future__ import annotations

from dataclasses import dataclass, field

from peewee import Database
from peewee import PeeweeException as PeeweeError

from desktop_app.reporting.plural import plural
from desktop_app.services.attachment_check import AttachmentsReport, verify_attachments
from desktop_app.services.audit import ChainReport, verify_chain
from desktop_app.services.import_journal import journals
from desktop_app.services.import_writer import is_abandoned
from desktop_app.services.session import Session
from models.audit import AuditAnchor
from models.database import db, is_sqlite
from models.schema_check import schema_drift


@dataclass(frozen=True)
class AnchorReport:
    ok: bool
    problem: str
    entries: int = 0
    last_hash: str = ""

    def describe(self) -> str:
        if self.ok:
            entries = plural(self.entries, "entry", "entries")
            return f"audit anchor ok ({entries}, ends {self.last_hash[:12]})"
        return f"audit anchor FAILED: {self.problem}"


@dataclass(frozen=True)
class CheckResult:
    integrity_ok: bool
    integrity_messages: tuple[str, ...]
    chain: ChainReport
    schema_problems: tuple[str, ...] = ()
    anchor: AnchorReport = AnchorReport(True, "")
    unfinished_imports: tuple[str, ...] = ()  # cut short: rows of them are in the database
    running_imports: tuple[str, ...] = ()
    attachments: AttachmentsReport = field(default_factory=lambda: AttachmentsReport(0))

    @property
    def ok(self) -> bool:
        whole = self.integrity_ok and not self.schema_problems and self.attachments.ok
        return whole and self.chain.ok and self.anchor.ok and not self.unfinished_imports

    def lines(self) -> list[str]:
        out = ["database integrity ok" if self.integrity_ok else "database integrity FAILED:"]
        if not self.integrity_ok:
            out += [f"  {m}" for m in self.integrity_messages[:20]]
        out.append(describe_schema(self.schema_problems))
        out.append(self.chain.describe())
        out.append(self.anchor.describe())
        out += self.attachments.lines()
        out += [f"import still running: {what}" for what in self.running_imports]
        out += [
            f"import cut short FAILED: {what}; the next command that opens the office undoes it"
            for what in self.unfinished_imports
        ]
        if not self.running_imports and not self.unfinished_imports:
            out.append("imports ok")
        return out


def describe_schema(problems: tuple[str, ...] | list[str], most: int = 8) -> str:
    if not problems:
        return "schema ok"
    more = f"; and {len(problems) - most} more" if len(problems) > most else ""
    return "schema drift: " + "; ".join(problems[:most]) + more


def integrity_check() -> tuple[bool, tuple[str, ...]]:
    if not is_sqlite():
        db.execute_sql("SELECT 1")  # PostgreSQL checks its own pages; a live query is the test
        return True, ()
    messages = tuple(str(r[0]) for r in db.execute_sql("PRAGMA integrity_check").fetchall())
    fk = db.execute_sql("PRAGMA foreign_key_check").fetchall()
    problems = messages if messages != ("ok",) else ()
    problems += tuple(f"foreign key broken: {r[0]} row {r[1]} -> {r[2]}" for r in fk[:20])
    return not problems, problems


def check_anchor(chain: ChainReport, database: Database | None = None) -> AnchorReport:
    """Compare the chain's end with the anchor written alongside every entry: a trail whose last
    entries were removed, or rewritten with fresh hashes, ends elsewhere than the anchor says."""
    if not chain.ok:
        return AnchorReport(False, "not compared, the chain itself is broken")
    query = AuditAnchor.select().where(AuditAnchor.id == 1)
    try:
        rows = list(query.bind(database) if database is not None else query)
    except PeeweeError:
        return AnchorReport(False, "the anchor table is missing")
    if len(rows) != 1:
        return AnchorReport(
            False, "the anchor row is missing; the trail's end cannot be vouched for"
        )
    anchor, found = rows[0], chain.entries_checked
    if found < anchor.entries:
        problem = (
            f"the trail holds {found} entries but the anchor recorded {anchor.entries}: "
            f"{_entries(anchor.entries - found)} removed from its end"
        )
    elif found > anchor.entries:
        problem = (
            f"the trail holds {found} entries but the anchor recorded {anchor.entries}: "
            "entries were added outside Beacon"
        )
    elif chain.last_hash != anchor.last_hash:
        problem = "the trail's last entry is not the one the anchor recorded: its end was rewritten"
    else:
        return AnchorReport(True, "", found, chain.last_hash)
    return AnchorReport(False, problem, found, chain.last_hash)


def _entries(count: int) -> str:
    return "1 entry was" if count == 1 else f"{count} entries were"


def run_check() -> CheckResult:
    """Everything read in one snapshot (a deferred read transaction on SQLite, REPEATABLE READ on
    PostgreSQL): a save during the check is either wholly seen, trail and anchor, or not at all."""
    with db.atomic("DEFERRED" if is_sqlite() else "REPEATABLE READ"):
        ok, messages = integrity_check()
        chain = verify_chain()
        anchor = check_anchor(chain)
        unfinished, running = pending_imports()
        drift = tuple(schema_drift(db.obj))
        files = verify_attachments()
        return CheckResult(ok, messages, chain, drift, anchor, unfinished, running, files)


def pending_imports() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Imports whose rows are in the database without their end: (cut short, still running)."""
    unfinished: list[str] = []
    running: list[str] = []
    observer = Session.system("check", "beacon check")
    for key, data in journals():
        rows = sum(
            high - low + 1 for spans in data.get("ranges", {}).values() for low, high in spans
        )
        what = (
            f"{data.get('kind', '?')} from {data.get('file', '?')} by {data.get('user', '?')} "
            f"on {data.get('workstation', '?')}, {rows:,} records written, "
            f"the last at {str(data.get('at', '?'))[:16].replace('T', ' ')} UTC"
        )
        (unfinished if is_abandoned(data, key, observer) else running).append(what)
    return tuple(unfinished), tuple(running)
