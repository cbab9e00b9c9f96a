import json
from pathlib import Path

from bot.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "bts-bbma-2018.txt"
KEYS = {"id", "question", "answer", "aliases", "choices", "answer_type", "difficulty", "form",
        "source"}


def test_json_output_shape(capsys):
    assert main(["questions", str(SEED), "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert len(items) >= 12
    for item in items:
        assert set(item) == KEYS
        assert set(item["source"]) == {"article", "sentence", "date"}
        assert item["source"]["article"] == "bts-bbma-2018"
        assert item["source"]["date"] == "2021-05-02"
        if item["choices"]:
            assert item["answer"] in item["choices"]
            assert len(set(item["choices"])) == len(item["choices"])
    fake = [i for i in items if i["answer"] == "Fake Love" and i["form"] == "wh"]
    assert fake


def test_limit_and_filters(capsys):
    assert main(["questions", str(SEED), "--json", "--limit", "2"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2
    assert main(["questions", str(SEED), "--json", "--type", "song"]) == 0
    assert {i["answer_type"] for i in json.loads(capsys.readouterr().out)} == {"song"}


def test_a_bad_file_is_one_line_and_the_rest_still_runs(tmp_path, capsys):
    binary = tmp_path / "broken.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n")
    code = main(["questions", str(binary), str(tmp_path / "missing.txt"), str(SEED), "--json"])
    out = capsys.readouterr()
    assert code == 1
    assert len(json.loads(out.out)) >= 12
    errors = out.err.strip().splitlines()
    assert len(errors) == 2 and "PNG" in errors[0] and "missing.txt" in errors[1]


def test_unknown_model(capsys):
    assert main(["questions", str(SEED), "--model", "xx_no_such_model"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not installed" in err[0]
