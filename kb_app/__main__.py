"""``python -m kb_app`` is the same as the ``kb-app`` command."""

from kb_app.cli import main

raise SystemExit(main())
