"""`beacon check`: the database's own integrity check and the audit chain, in one verdict."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.services.audit import ChainReport, verify_chain
from models.database import db, is_sqlite


@dataclass(frozen=True)
class CheckResult:
    integrity_ok: bool
    integrity_messages: tuple[str, ...]
    chain: ChainReport

    @property
    def ok(self) -> bool:
        return self.integrity_ok and self.chain.ok

    def lines(self) -> list[str]:
        out = ["database integrity ok" if self.integrity_ok else "database integrity FAILED:"]
        if not self.integrity_ok:
            out += [f"  {m}" for m in self.integrity_messages[:20]]
        out.append(self.chain.describe())
        return out


def integrity_check() -> tuple[bool, tuple[str, ...]]:
    if not is_sqlite():
        db.execute_sql("SELECT 1")  # PostgreSQL checks its own pages; a live query is the test
        return True, ()
    messages = tuple(str(r[0]) for r in db.execute_sql("PRAGMA integrity_check").fetchall())
    fk = db.execute_sql("PRAGMA foreign_key_check").fetchall()
    problems = messages if messages != ("ok",) else ()
    problems += tuple(f"foreign key broken: {r[0]} row {r[1]} -> {r[2]}" for r in fk[:20])
    return not problems, problems


def run_check() -> CheckResult:
    ok, messages = integrity_check()
    return CheckResult(ok, messages, verify_chain())
