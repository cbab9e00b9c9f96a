"""Does a fitted score add precision over the gates? `python bench/questions_fit.py`.

Runs the question engine like bench/questions_eval.py (with the held-out and pool folders
as extra articles), keeps the passing questions that carry a hand rating
(tests/data/ratings/), and fits a logistic regression (numpy, L2) predicting "bad" from
named, article-independent features of the question: form, wh-word, answer-type group,
a context frame, a year or date, quotes, length, names, answer length. Checked out of
fold (5 folds grouped by article). Prints JSON: rated questions, bad ones, out-of-fold
AUC, and for a few cuts how many good and bad questions the cut would drop.

The engine does not use such a score (at the last measurement its out-of-fold AUC was
0.62 on what the gates keep: no cut drops more bad than good questions).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from questions_eval import evaluate, load_ratings  # noqa: E402

from questions.gates import CALENDAR_WORDS, CONTEXT_FRAME, DATE_OR_YEAR, _body, normalise  # noqa: E402

EXTRA = [ROOT / "tests/data/heldout", ROOT / "tests/data/heldout2", ROOT / "tests/data/pool"]
GROUPS = {
    "person": {"person", "player", "member", "singer", "actor", "coach", "character"},
    "work": {"song", "album", "title", "tour", "film", "show", "game", "book", "thing",
             "product"},
    "event": {"event", "award", "award_show", "festival", "tournament"},
    "org": {"organization", "group", "team", "label", "company"},
    "place": {"place", "city", "country", "venue"},
    "time": {"date", "year", "minute", "position"},
}
STATEMENT = re.compile(r'^(True or false: |[^"]* fills the blank: ")')


def features(question: str, answer: str, form: str, answer_type: str) -> dict[str, float]:
    body = _body(STATEMENT.sub("", question))
    words = [w.strip("\"'(),.:;?!") for w in body.split()[1:]]
    marked = " ".join(
        w if (w[:1].isupper() or w[:1].isdigit()) and w.casefold() not in CALENDAR_WORDS
        else "|" for w in words
    )
    names = [n for n in re.findall(r"(?:[A-Z0-9][\w'’.&-]*\s?)+", marked) if n.strip()]
    wh = re.sub(r"^(In|At|On) [^,?]{1,80}, ", "", question).split()[0].lower()
    row = {
        "form_subject": form == "subject", "form_blank": form == "blank",
        "form_truefalse": form == "truefalse",
        "wh_who": wh in {"who", "whom"}, "wh_which": wh == "which", "wh_what": wh == "what",
        **{f"answer_{name}": answer_type in types for name, types in GROUPS.items()},
        "frame": bool(CONTEXT_FRAME.match(question)),
        "year_or_date": bool(DATE_OR_YEAR.search(question)),
        "quote": '"' in question,
        "body_words": min(len(body.split()), 30) / 10,
        "names": min(len(names), 4) / 2,
        "answer_words": min(len(answer.split()), 6) / 3,
        "answer_the": answer.lower().startswith("the "),
    }
    return {k: float(v) for k, v in row.items()}


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 3000) -> np.ndarray:
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-xb @ w))
        grad = xb.T @ (p - y) / len(y)
        grad[:-1] += l2 * w[:-1] / len(y)
        w -= 0.1 * grad
    return w


def predict(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-np.hstack([x, np.ones((len(x), 1))]) @ w))


def auc(score: np.ndarray, bad: np.ndarray) -> float:
    pos, neg = score[bad == 1], score[bad == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    return float(np.mean([(a > b) + 0.5 * (a == b) for a in pos for b in neg]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ratings", type=Path, default=ROOT / "tests/data/ratings")
    args = parser.parse_args(argv)
    _, questions = evaluate(squad=True, roundtrip=False, extra=EXTRA)
    rated = load_ratings(args.ratings)
    rows = []
    for q in questions:
        row = rated.get((normalise(q.question), normalise(q.answer)))
        if row is not None:
            rows.append((features(q.question, q.answer, q.form, q.answer_type),
                         0.0 if row["good"] else 1.0, q.source.article))
    if not rows:
        print(json.dumps({"rated": 0}))
        return 1
    names = list(rows[0][0])
    x = np.array([[r[0][k] for k in names] for r in rows])
    y = np.array([r[1] for r in rows])
    articles = sorted({r[2] for r in rows})
    order = np.random.default_rng(0).permutation(len(articles))
    fold_of = {articles[i]: n % 5 for n, i in enumerate(order)}
    folds = np.array([fold_of[r[2]] for r in rows])
    oof = np.zeros(len(y))
    for k in range(5):
        w = fit(x[folds != k], y[folds != k])
        oof[folds == k] = predict(w, x[folds == k])
    cuts = []
    for cut in (0.5, 0.4, 0.3, 0.2):
        keep = oof < cut
        cuts.append({
            "cut": cut, "kept": int(keep.sum()),
            "precision_kept": round(float(1 - y[keep].mean()), 3) if keep.any() else None,
            "good_dropped": int(((~keep) & (y == 0)).sum()),
            "bad_dropped": int(((~keep) & (y == 1)).sum()),
        })
    w = fit(x, y)
    print(json.dumps({
        "rated": len(y), "bad": int(y.sum()),
        "precision_now": round(float(1 - y.mean()), 3),
        "oof_auc": round(auc(oof, y), 3),
        "cuts": cuts,
        "weights": dict(sorted(zip(names, np.round(w[:-1], 2).tolist(), strict=True),
                               key=lambda kv: -abs(kv[1]))),
    }, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
