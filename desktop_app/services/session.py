"""Who is acting: every service call carries a Session."""

from __future__ import annotations

import getpass
import socket
from dataclasses import dataclass

# The role of headless commands: whoever can run them can read the database file anyway.
SYSTEM_ROLE = "system"


def workstation_name() -> str:
    try:
        return socket.gethostname()
    except OSError:  # pragma: no cover
        return "unknown"


@dataclass(frozen=True)
class Session:
    user_id: int | None
    username: str
    display_name: str
    role: str
    workstation: str

    @classmethod
    def system(cls, task: str, display_name: str) -> Session:
        """Beacon acting on its own (an automatic backup, recovery at start), audited as
        system:<task>."""
        return cls(None, f"system:{task}", display_name, SYSTEM_ROLE, workstation_name())

    @classmethod
    def cli(cls) -> Session:
        """The session of a headless command, recorded in the audit as cli:<os user>."""
        try:
            who = getpass.getuser()
        except (KeyError, OSError):  # pragma: no cover - no passwd entry in some containers
            who = "unknown"
        return cls(None, f"cli:{who}", f"Command line ({who})", SYSTEM_ROLE, workstation_name())
