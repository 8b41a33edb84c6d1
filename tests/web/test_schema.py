"""Property-based tests of the JSON API from its OpenAPI schema: no input, valid or not, gives a 5xx."""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.schemas import OpenApiSchema

from armstrack.settings import load_options
from armstrack.web import create_app
from tests.web.conftest import store_copy

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def api_schema(demo_store: Path, tmp_path_factory: pytest.TempPathFactory) -> OpenApiSchema:
    """The app's schema, read from /openapi.json in process, generating both valid and invalid requests."""
    app = create_app(str(store_copy(demo_store, tmp_path_factory.mktemp("schema"))), load_options())
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    schema.config.generation.update(modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE], deterministic=True)
    return schema


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_never_answers_with_a_server_error(case: schemathesis.Case) -> None:
    case.call_and_validate(checks=[not_a_server_error])
