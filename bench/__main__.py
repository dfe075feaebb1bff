"""Run every benchmark and print its figures."""

from bench import (
    audit_bench,
    backlog_bench,
    certificate_bench,
    civil_register_search_bench,
    counter_dialog_bench,
    intake_bench,
    letter_bench,
    live_updates_bench,
    person_search_bench,
    queue_bench,
    resident_search_bench,
    rights_bench,
    service_search_bench,
    startup_bench,
)

if __name__ == "__main__":
    queue_bench.main()
    backlog_bench.main()
    service_search_bench.main()
    person_search_bench.main()
    resident_search_bench.main()
    civil_register_search_bench.main()
    counter_dialog_bench.main()
    intake_bench.main()
    letter_bench.main()
    certificate_bench.main()
    audit_bench.main()
    rights_bench.main()
    startup_bench.main()
    live_updates_bench.main()
