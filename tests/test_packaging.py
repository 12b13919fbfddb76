"""A plain `pip install .` ships the sample data where graph.settings looks for it."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_carries_the_data_and_the_model(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path), "."],
        cwd=ROOT,
        check=True,
    )
    wheel = next(tmp_path.glob("coalition_graph-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    share = "data/share/coalition-graph/data/"
    shipped = {name.split(share, 1)[1] for name in names if share in name}
    on_disk = {
        str(path.relative_to(ROOT / "data"))
        for path in (ROOT / "data").rglob("*")
        if path.is_file() and path.suffix in {".csv", ".yaml", ".md", ".txt"}
    }
    assert on_disk and on_disk <= shipped
    assert "graph/model.yaml" in names
    assert "api/cli/main.py" in names
