"""Open the built library as ready-to-use services: the content reader and the search service.

Shared by the command line and the desktop app (which adds its window on top). No Qt here.
The search service is opened on first use (``Library.search``) or ahead of it
(``Library.open_search``, which the window calls off its GUI thread right after the first
paint): opening the index imports Whoosh and reads its segments, and the window can show the
library's contents from ``content.sqlite`` alone while that happens.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from kb_app.core.paths import AppPaths
from kb_app.pipeline.library import LibraryLocation, find_library
from kb_app.store.content import ContentReader

if TYPE_CHECKING:
    from kb_app.search.service import SearchService


class Library:
    """A found library: its location, the open content reader and the search service."""

    def __init__(
        self,
        location: LibraryLocation,
        reader: ContentReader,
        search: SearchService | None = None,
    ) -> None:
        self.location = location
        self.reader = reader
        self._search = search
        # Two threads may ask at once (the search thread opens ahead; a dialog may need it):
        # the index is opened once.
        self._opening = threading.Lock()

    @property
    def search(self) -> SearchService:
        """The search service, opened now if nobody opened it yet."""
        return self._search if self._search is not None else self.open_search()

    @property
    def search_open(self) -> bool:
        return self._search is not None

    def open_search(self) -> SearchService:
        """Open the index (importing Whoosh) unless it is open already; safe from any thread."""
        with self._opening:
            if self._search is None:
                from kb_app.search.service import SearchService

                self._search = SearchService(self.location.index_dir, self.reader)
            return self._search

    def close(self) -> None:
        with self._opening:
            if self._search is not None:
                self._search.close()
        self.reader.close()


def open_library(
    paths: AppPaths, on_rebuild: Callable[[str], None] | None = None, search: bool = True
) -> Library:
    """Find (or rebuild) the library and open it; ``search=False`` leaves the index for later."""
    location = find_library(paths, on_rebuild=on_rebuild)
    library = Library(location, ContentReader(location.content_db))
    if search:
        library.open_search()
    return library
