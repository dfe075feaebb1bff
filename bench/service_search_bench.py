"""Finding a service while typing: one ``ServiceIndex.find`` per keystroke of "sperrmüll abholen" over the whole
shipped catalogue, as the counter dialog asks for it.

Ours: the index built once (not timed), then ``find`` for every prefix of the text, letter by letter. Baseline in the
same run: a plain list comprehension over the services' lower-case names (``text in s.name.lower()``), which finds far
less (no search form, no keywords, no word order) but is the least any search costs. Target (issue 11): ≤ 20 ms per
keystroke. Run alone with ``python -m bench.service_search_bench``.
"""

from __future__ import annotations

from bench.timing import median_seconds, report
from models.operations.catalogue import shipped_catalogue
from models.roles import Role
from models.service_search import ServiceChoice, ServiceIndex

TYPED = "sperrmüll abholen"


def _catalogue() -> list[ServiceChoice]:
    return [
        ServiceChoice(
            key=entry["key"],
            name=entry["name"],
            department=entry["department"],
            keywords=tuple(entry.get("keywords", ())),
            fee_cents=entry["fee"].get("cents", 0),
            schema_uri=entry.get("schema_uri"),
            handling_role=Role(entry["handling_role"]),
        )
        for entry in shipped_catalogue()
    ]


def main() -> None:
    services = _catalogue()
    index = ServiceIndex(services)
    keystrokes = [TYPED[: n + 1] for n in range(len(TYPED))]

    def ours() -> None:
        for text in keystrokes:
            index.find(text)

    def baseline() -> None:
        for text in keystrokes:
            [s for s in services if text in s.name.lower()]

    measured = median_seconds(ours, runs=21, warmup=3) / len(keystrokes)
    bare = median_seconds(baseline, runs=21, warmup=3) / len(keystrokes)
    print(f'service search ({len(services)} services, "{TYPED}" typed letter by letter, per keystroke)')
    report("  ServiceIndex.find", measured, bare)
    found = [len(index.find(text)) for text in keystrokes]
    print(f"    matches per keystroke: {found}")


if __name__ == "__main__":
    main()
