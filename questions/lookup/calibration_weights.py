"""Fitted confidence weights: written by `python bench/lookup_calibrate.py --write`.

Calibration set: engine (130), out_of_corpus (130), swapped (105).
The bias is shifted so that 0.5 is the operating point:
0.51 on the fitted probability, where 90% of the unanswerable
ones are declined (out of fold).
Never the gold list nor a reported SQuAD file.
"""

WEIGHTS: dict[str, float] = {
    'bias': -6.1048,
    'cover_sent': 0.8853,
    'cover_ctx': 2.4784,
    'names_missing': -1.4819,
    'specific_absent': -0.5457,
    'type_fit': 1.2205,
    'slot_fit': 0.8189,
    'verb_seen': 1.0972,
    'untyped': -0.8845,
    'typed_misfit': -0.4458,
    'margin': 1.1759,
    'retrieval': 0.0603,
    'sent_margin': -0.3646,
    'overlap': 0.4565,
    'proximity': 0.6837,
    'is_name': 0.7945,
    'rank': 0.0463,
    'no_candidate': 0.0,
    'question_words': -0.2595,
    'relation_missing': -1.1218,
    'names_found': 0.3332,
}
