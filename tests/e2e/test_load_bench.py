"""bench/load.py keeps working: a tiny run of both bots prints every key, loses nothing,
and the answers stored by our bot are exactly the clicks it acknowledged."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

KEYS = {
    "quizzes",
    "interactions",
    "interactions_per_s",
    "p50_ms",
    "p99_ms",
    "floor_p50_ms",
    "floor_ratio",
    "lost",
    "peak_rss_mb",
}


def load_bench():
    path = Path(__file__).resolve().parents[2] / "bench" / "load.py"
    spec = importlib.util.spec_from_file_location("bench_load", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


async def test_tiny_load_run_reports_every_key():
    bench = load_bench()
    args = bench.build_parser().parse_args(
        ["--guilds", "3", "--players", "4", "--rate", "40", "--duration", "0.5",
         "--warmup", "0", "--seed", "fixed"]
    )  # fmt: skip
    result = await bench.main_async(args)
    assert KEYS <= set(result)
    floor = result["floor"]
    assert floor["quizzes"] == 3 and floor["interactions"] >= 15 and floor["lost"] == 0
    assert floor["p50_ms"] is not None and floor["p99_ms"] >= floor["p50_ms"] > 0
    assert floor["peak_rss_mb"] > 10
    assert result["floor_p50_ms"] == floor["p50_ms"]
    # Ours: real quizzes whose clicks are answers stored in the database.
    assert result["quizzes"] == 3 and result["lost"] == 0
    assert result["p99_ms"] >= result["p50_ms"] > 0
    assert result["floor_ratio"] == round(result["p50_ms"] / floor["p50_ms"], 2)
    assert result["peak_rss_mb"] > floor["peak_rss_mb"] / 2
    check = result["check"]
    assert check["stored_equals_locked_in"] is True
    assert check["answers_stored"] == check["clicks_locked_in"] == result["replies"]["locked_in"]
    assert check["answers_stored"] == min(result["interactions"], 12)  # first answers
    assert check["quizzes_finished"] == check["podiums_posted"] == 3
    assert check["bot_exit_codes"] == [0]
