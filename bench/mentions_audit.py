"""Print every resolved pronoun, descriptor and part-name mention with its antecedent and
sentence, for judging resolution precision by eye (a wrong person is worse than none).

    python bench/mentions_audit.py OUT.tsv [FOLDER ...]

Folders default to the development material (named one by one: never a glob, which would
take in the unseen test folders). Columns: article, kind (pron = a person pronoun, pron-x
= it/they/their, desc = a "the ..." phrase, part = a surname or first name), the mention
and the name it was given [type], the sentence.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's questions/, not an installed copy

from questions.article import iter_article_paths, read_article  # noqa: E402
from questions.mentions import (  # noqa: E402
    NEUTER_PRONOUNS,
    PERSON_TYPES,
    PLURAL_PRONOUNS,
    SINGULAR_PRONOUNS,
    resolve_mentions,
)
from questions.nlp import load_nlp, parse_articles  # noqa: E402

DEV_FOLDERS = ["articles", "heldout", "heldout2", "heldout3", "heldout4", "heldout5",
               "heldout6", "heldout7", "heldout8", "heldout9", "pool", "pool2"]


def main(out: str, folders: list[str]) -> int:
    nlp = load_nlp()
    paths = iter_article_paths(folders)
    rows = []
    for item in parse_articles(nlp, [read_article(p) for p in paths]):
        doc = item.doc
        for _, men in sorted(resolve_mentions(doc).by_start.items()):
            span = doc[men.start : men.end]
            text = span.text
            if text.lower() in SINGULAR_PRONOUNS | PLURAL_PRONOUNS | NEUTER_PRONOUNS:
                kind = "pron" if men.type in PERSON_TYPES else "pron-x"
            elif span[0].pos_ == "DET" or (
                span[-1].pos_ == "NOUN" and not span[-1].text[:1].isupper()
            ):
                if text.lower().removeprefix("the ") == men.name.lower().removeprefix("the "):
                    continue  # a name with its article ("the Peacock Theater")
                kind = "desc"
            elif len(span) == 1 and text != men.name and text in men.name:
                kind = "part"
            else:
                continue
            sent = span.sent.text.replace("\n", " ").strip()
            rows.append(f"{item.article.name}\t{kind}\t{text!r} -> {men.name} [{men.type}]\t{sent}")
    Path(out).write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} resolutions written to {out}")
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", metavar="OUT.tsv", help="where the rows are written")
    parser.add_argument("folders", nargs="*", metavar="FOLDER",
                        help="article folders (default: the development material)")
    args = parser.parse_args()
    folders = args.folders or [str(Path("tests/data") / f) for f in DEV_FOLDERS]
    sys.exit(main(args.out, folders))
