from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import SHARED_DIR

FIXTURES = SHARED_DIR / "fixtures"
NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)

NEW_HEADER = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl"
OLD_HEADER = "From,To,Sent At,Message,Direction"


def make_zip(members: dict[str, str | bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content.encode() if isinstance(content, str) else content)
    return buffer.getvalue()


@pytest.fixture
def fixtures_dir() -> Path:
    if not FIXTURES.exists():
        pytest.fail(f"the shared fixtures are missing at {FIXTURES}")
    return FIXTURES
