"""User data survives being killed mid-write: SIGKILL at random moments, then check everything.

A child process writes favourites, notes and plan edits in a loop and prints a line only after a
write has been committed. After each kill the database must pass ``PRAGMA integrity_check`` and
hold every write the child reported as saved.
"""

import contextlib
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from kb_app.store.user import UserStore
from tests.conftest import ROOT

KILLS = 30
WRITER = """
import sys
from kb_app.store.user import UserStore
store = UserStore(sys.argv[1])
start = int(sys.argv[2])
for n in range(start, start + 100000):
    kind = n % 3
    if kind == 0:
        store.add_favorite(f"item-{n}", f"Interventie {n}")
    elif kind == 1:
        store.set_note(f"item-{n}", f"Notitie {n} " + "x" * (n % 500))
    else:
        store.save_plan("plan", {"title": f"Plan {n}", "items": [{"n": i} for i in range(n % 40)]})
    print(n, flush=True)
"""


@pytest.mark.slow
def test_writes_reported_as_saved_survive_sigkill(tmp_path):
    path = tmp_path / "user.sqlite"
    rng = random.Random(20261123)
    saved: list[int] = []
    next_n = 0
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(next_n)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        time.sleep(rng.uniform(0.15, 0.6))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        reported = [int(line) for line in out.split()]
        saved.extend(reported)
        next_n = (reported[-1] + 1) if reported else next_n
        with contextlib.closing(sqlite3.connect(path)) as check:
            assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        store = UserStore(path)
        try:
            favorites = {f.intervention_id for f in store.favorites()}
            notes = {n.intervention_id for n in store.notes()}
            for n in reported:
                if n % 3 == 0:
                    assert f"item-{n}" in favorites
                elif n % 3 == 1:
                    assert f"item-{n}" in notes
            plan_writes = [n for n in saved if n % 3 == 2]
            if plan_writes:
                # The plan on disk is the last reported write or the one in flight after it.
                title = store.plan("plan").title
                assert int(title.split()[1]) >= plan_writes[-1]
        finally:
            store.close()
    assert len(saved) > KILLS  # the children did real work between kills
