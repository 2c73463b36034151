"""Open the built library as ready-to-use services: the content reader and the search service.

Shared by the command line and the desktop app (which adds its window on top). No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kb_app.core.paths import AppPaths
from kb_app.pipeline.library import LibraryLocation, find_library
from kb_app.search.service import SearchService
from kb_app.store.content import ContentReader


@dataclass
class Library:
    location: LibraryLocation
    reader: ContentReader
    search: SearchService

    def close(self) -> None:
        self.search.close()
        self.reader.close()


def open_library(paths: AppPaths, on_rebuild: Callable[[str], None] | None = None) -> Library:
    location = find_library(paths, on_rebuild=on_rebuild)
    reader = ContentReader(location.content_db)
    return Library(
        location=location, reader=reader, search=SearchService(location.index_dir, reader)
    )
