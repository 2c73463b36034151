"""Is a stored plan document one the window can show? Field by field against the model's types.

``Plan.from_dict`` trusts its input (it is also fed by ``planfile``, which validates against the
schema first). A row in user.sqlite has had no such check — a sync tool or a SQLite browser can
leave a title that is a number or an item that is a string — so before a stored plan reaches the
window its shape is checked here, without the cost of loading jsonschema at every start.
"""

from __future__ import annotations

import dataclasses
import math
import types
from functools import cache
from typing import Any, Union, get_args, get_origin, get_type_hints

from kb_app.core.start_messages import both
from kb_app.plans.model import Plan


def plan_problem(document: dict[str, Any]) -> str | None:
    """None when ``document`` makes a well-typed ``Plan``; else a short reason (a ``Text``: the
    Dutch is the string, the English window reads ``.en``)."""
    try:
        plan = Plan.from_dict(document)
    except KeyError as error:
        return both("plan-field-missing", field=error)
    except (TypeError, ValueError, AttributeError, OverflowError):
        return both("plan-bad-value")
    where = _bad_field(plan, "")
    return both("plan-wrong-type", field=where) if where else None


@cache
def _hints(kind: type) -> dict[str, Any]:
    return get_type_hints(kind)


def _bad_field(value: Any, where: str) -> str | None:
    kind: type = type(value)
    for field in dataclasses.fields(value):
        name = f"{where}.{field.name}" if where else field.name
        found = _check(getattr(value, field.name), _hints(kind)[field.name], name)
        if found:
            return found
    return None


def _check(value: Any, hint: Any, where: str) -> str | None:
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        results = [_check(value, option, where) for option in get_args(hint)]
        return None if None in results else where
    if origin is tuple:
        if not isinstance(value, tuple):
            return where
        return next(
            (
                bad
                for n, item in enumerate(value)
                if (bad := _check(item, get_args(hint)[0], f"{where}[{n}]"))
            ),
            None,
        )
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _bad_field(value, where) if isinstance(value, hint) else where
    return None if _scalar_ok(value, hint) else where


def _scalar_ok(value: Any, hint: Any) -> bool:
    if hint is type(None):
        return value is None
    if hint is float:
        return (
            isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
        )
    if hint in (int, str):
        return isinstance(value, hint) and not isinstance(value, bool)
    return True
