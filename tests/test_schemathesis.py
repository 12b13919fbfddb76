"""A property-based run over /openapi.json: generated requests (valid and invalid) against the real
app on the real Neo4j with the sample data. No answer may be a 5xx, and every answer must be
declared: its status code, its media type and its schema (integers past their bounds, offsets
past 2^31, answer 422 in the declared shape).

Bounded to run in minutes: MAX_EXAMPLES per operation, reads only (writes need the token and
are off in the tests).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.python.asgi import shutdown_lifespans
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from api.app import create_app
from graph.settings import Settings
from ingest.writer import LoadSummary

MAX_EXAMPLES = 20  # per operation and mode: about 1,000 requests in all
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


@pytest.fixture(scope="module")
def api_schema(reference_graph: LoadSummary, graph_settings: Settings) -> Iterator[Any]:
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "schemathesis.txt").unlink(missing_ok=True)
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(graph_settings))
    yield schema.include(method="GET")
    shutdown_lifespans()  # the app's driver, started once by schemathesis for all the calls


def _run(operation: Any, mode: GenerationMode, calls: list[int]) -> None:
    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
        database=None,
        derandomize=True,  # the same requests on every run: CI fails on a bug, not on a draw
    )
    def check(case: Any) -> None:
        calls.append(1)
        case.call_and_validate(checks=CHECKS)

    check()


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_no_server_error_and_answers_match_their_schema(
    api_schema: Any, mode: GenerationMode
) -> None:
    failures: list[str] = []
    calls: list[int] = []
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) > 15, "the read API's operations"
    for operation in operations:
        try:
            _run(operation, mode, calls)
        except Unsatisfiable:  # nothing to get wrong: an operation without parameters
            continue
        except Exception as exc:  # every operation is run; all failures are reported together
            failures.append(f"{operation.label}: {exc}")
    line = f"schemathesis {mode.value}: {len(calls)} requests over {len(operations)} operations"
    print(line)
    with (ARTIFACTS / "schemathesis.txt").open("a", encoding="utf-8") as record:
        record.write(line + "\n")  # the count the README quotes, from the last run
    assert not failures, "\n\n".join(failures)
    # A run that generated next to nothing proves nothing (19 of 20 on average, measured).
    assert len(calls) >= MAX_EXAMPLES * len(operations) * 3 // 4, line
