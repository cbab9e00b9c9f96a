"""Fitted confidence weights: written by `python bench/lookup_calibrate.py --write`.

Calibration set: engine (104), out_of_corpus (104), swapped (79).
Never the gold list nor a reported SQuAD file.
"""

WEIGHTS: dict[str, float] = {
    'bias': -6.9497,
    'cover_sent': 0.8628,
    'cover_ctx': 1.4876,
    'names_missing': -2.9166,
    'specific_absent': -0.8958,
    'type_fit': 0.8612,
    'slot_fit': 2.0311,
    'verb_seen': 1.5835,
    'untyped': -0.6079,
    'typed_misfit': -0.01,
    'margin': 1.458,
    'retrieval': 0.5026,
    'sent_margin': 0.0069,
    'overlap': 0.2994,
    'proximity': 1.0585,
    'is_name': 1.389,
    'rank': -0.5446,
    'no_candidate': 0.0,
    'question_words': 0.0211,
}
