"""Content packs: offline library updates (``.wwpack``) — sign, check, install, step back.

``signing`` holds publisher keys and Ed25519 signatures; ``pack`` reads and writes the pack file
and trusts nothing in it (signature first, then names, sizes and hashes); ``screen`` refuses YAML
that would be expensive to build; ``install`` validates the content and rebuilds the library
locally, swaps it in and keeps the history that rollback steps down; ``lock`` lets one install
run at a time; ``changes`` reports what an update changes for the user; ``commands`` is the CLI;
``messages`` holds every message of these modules in Dutch and English.
No Qt: the CLI and the window use the same functions.
"""
