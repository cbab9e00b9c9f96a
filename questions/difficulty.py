"""Difficulty from a score in [0, 1]: answer rarity, specificity and question form."""

from __future__ import annotations

FORM_WEIGHT = {"truefalse": 0.0, "blank": 0.35, "wh": 0.45, "subject": 0.45, "whose": 0.4}
TYPE_WEIGHT = {"year": 0.8, "date": 0.9, "count": 0.8, "money": 0.9}


def score(form: str, answer_type: str, answer_count: int, article_count: int) -> float:
    """Higher is harder. `answer_count`: how often the answer is mentioned in its article
    (a name the article repeats is easy); `article_count`: articles mentioning it."""
    rarity = 1.0 / (1.0 + 0.5 * max(answer_count - 1, 0) + 0.5 * max(article_count - 1, 0))
    specificity = TYPE_WEIGHT.get(answer_type, 0.5)
    form_part = FORM_WEIGHT.get(form, 0.45)
    return round(0.4 * rarity + 0.3 * specificity + 0.3 * form_part, 3)


def level(value: float) -> str:
    if value < 0.45:
        return "easy"
    if value < 0.6:
        return "medium"
    return "hard"
