"""Fitted confidence weights: written by `python bench/lookup_calibrate.py --write`.

Calibration set: engine (124), out_of_corpus (124), swapped (101).
The bias is shifted so that 0.5 is the operating point:
0.56 on the fitted probability, where 90% of the unanswerable
ones are declined (out of fold).
Never the gold list nor a reported SQuAD file.
"""

WEIGHTS: dict[str, float] = {
    'bias': -6.7189,
    'cover_sent': 1.4936,
    'cover_ctx': 2.6295,
    'names_missing': -1.5796,
    'specific_absent': -0.3807,
    'type_fit': 0.7681,
    'slot_fit': 0.5147,
    'verb_seen': 1.1481,
    'untyped': -0.9816,
    'typed_misfit': -0.0035,
    'margin': 1.2752,
    'retrieval': 0.9003,
    'sent_margin': -0.4494,
    'overlap': 0.2122,
    'proximity': 0.3811,
    'is_name': 0.9724,
    'rank': -1.2308,
    'no_candidate': 0.0,
    'question_words': -0.6781,
    'relation_missing': -0.4797,
}
