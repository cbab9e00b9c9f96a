"""Fitted confidence weights: written by `python bench/lookup_calibrate.py --write`.

Calibration set: engine (111), out_of_corpus (111), swapped (86).
The bias is shifted so that 0.5 is the operating point:
0.5 on the fitted probability, where 90% of the unanswerable
ones are declined (out of fold).
Never the gold list nor a reported SQuAD file.
"""

WEIGHTS: dict[str, float] = {
    'bias': -7.3515,
    'cover_sent': 1.1428,
    'cover_ctx': 1.3258,
    'names_missing': -2.916,
    'specific_absent': -0.9923,
    'type_fit': 1.003,
    'slot_fit': 2.0446,
    'verb_seen': 1.4523,
    'untyped': -0.5612,
    'typed_misfit': -0.0002,
    'margin': 1.5581,
    'retrieval': 0.8016,
    'sent_margin': 0.1203,
    'overlap': 0.3125,
    'proximity': 0.8369,
    'is_name': 1.4483,
    'rank': -1.1254,
    'no_candidate': 0.0,
    'question_words': 0.0068,
}
