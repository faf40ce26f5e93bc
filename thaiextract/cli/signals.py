"""SIGINT, SIGTERM and SIGHUP stop a run the same way: unwind like Ctrl-C (workers stopped,
files closed), one line on stderr, exit 128 + the signal's number (130, 143, 129)."""

from __future__ import annotations

import signal

NAMES = {signal.SIGINT: "interrupted", signal.SIGTERM: "terminated"}
if hasattr(signal, "SIGHUP"):
    NAMES[signal.SIGHUP] = "hung up"

received: list[int] = []


class Stopped(KeyboardInterrupt):
    """Raised by the handler; a KeyboardInterrupt, so that ``except Exception`` never eats it."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _handler(signum: int, frame: object) -> None:
    if not received:  # a second signal while unwinding must not interrupt the clean-up
        received.append(signum)
        raise Stopped(signum)


def install() -> None:
    for signum in NAMES:
        signal.signal(signum, _handler)


def check() -> None:
    """Raise again if a signal came but its exception was swallowed on the way (raised inside
    code that ignores exceptions, e.g. a ``__del__`` or an at-fork hook)."""
    if received:
        raise Stopped(received[0])


def outcome() -> tuple[int, str] | None:
    """The exit code and the line to print, if a signal stopped the run."""
    if not received:
        return None
    return 128 + received[0], f"thaiextract: {NAMES[received[0]]}"
