"""Wat Werkt: an offline knowledge base of Dutch social interventions that work.

The package is layered (see DESIGN.md §4): ``core`` (standard library only), ``pipeline``,
``store``, ``search``, ``plans`` and ``export`` never import Qt; ``gui`` is the only Qt importer and
``app`` is the composition root. Nothing is opened or created at import time.
"""

__version__ = "0.1.0"
