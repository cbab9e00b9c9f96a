"""Fitted confidence weights: written by `python bench/lookup_calibrate.py --write`.

Calibration set: engine (130), out_of_corpus (130), swapped (105).
The bias is shifted so that 0.5 is the operating point:
0.55 on the fitted probability, where 90% of the unanswerable
ones are declined (out of fold).
Never the gold list nor a reported SQuAD file.
"""

WEIGHTS: dict[str, float] = {
    'bias': -6.3143,
    'cover_sent': 1.5245,
    'cover_ctx': 2.1431,
    'names_missing': -1.6147,
    'specific_absent': -0.544,
    'type_fit': 0.6335,
    'slot_fit': 0.4901,
    'verb_seen': 0.8684,
    'untyped': -1.294,
    'typed_misfit': -0.0031,
    'margin': 1.2975,
    'retrieval': 1.0645,
    'sent_margin': -0.074,
    'overlap': 0.3047,
    'proximity': 0.3308,
    'is_name': 0.9887,
    'rank': -1.1634,
    'no_candidate': 0.0,
    'question_words': -0.0581,
    'relation_missing': -0.7559,
}
