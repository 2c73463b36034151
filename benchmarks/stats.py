"""Percentiles and the machine description every result is recorded with."""

from __future__ import annotations

import math
import os
import platform
import subprocess
from collections.abc import Sequence


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (the value at or below which ``fraction`` of samples lie)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def summary(values: Sequence[float]) -> dict:
    return {
        "n": len(values),
        "p50": round(percentile(values, 0.50), 2),
        "p95": round(percentile(values, 0.95), 2),
        "p99": round(percentile(values, 0.99), 2),
        "max": round(max(values), 2) if values else float("nan"),
    }


def median(values: Sequence[float]) -> float:
    return (
        percentile(values, 0.5)
        if len(values) % 2
        else (sorted(values)[len(values) // 2 - 1] + sorted(values)[len(values) // 2]) / 2
    )


def load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def machine() -> dict:
    model = platform.processor() or ""
    try:
        lscpu = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
        model = next(
            (
                line.split(":", 1)[1].strip()
                for line in lscpu.splitlines()
                if line.startswith("Model name")
            ),
            model,
        )
    except OSError:
        pass
    import sqlite3
    from importlib.metadata import version

    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
        "pyside6": version("PySide6-Essentials"),
        "whoosh": version("whoosh-reloaded"),
        "sqlite": sqlite3.sqlite_version,
    }
