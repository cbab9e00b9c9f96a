from pathlib import Path

import pytest

from questions.glossary import GlossaryError, glossary_from_data, load_glossary


def test_seed_glossary_knows_members_by_every_name(glossary):
    assert glossary.lookup("Hoseok").name == "J-Hope"
    assert glossary.lookup("jung hoseok").name == "J-Hope"
    assert glossary.lookup("Kim Taehyung").group == "BTS"
    assert glossary.lookup("BBMAs").type == "award_show"
    assert glossary.lookup("the BBMAs").name == "Billboard Music Awards"
    assert glossary.lookup("BTS’").name == "BTS"  # a possessive still finds the group


def test_short_aliases_match_case_exactly(glossary):
    assert glossary.lookup("V").name == "V"
    assert glossary.lookup("v") is None  # "v" is a letter, not Taehyung


def test_aliases_and_types(glossary):
    assert "Jung Hoseok" in glossary.aliases_of("J-Hope")
    assert "J-Hope" in glossary.aliases_of("Hoseok")
    assert "Hoseok" not in glossary.aliases_of("Hoseok")
    members = {e.name for e in glossary.entries_of_type("member")}
    assert members == {"RM", "Jin", "Suga", "J-Hope", "Jimin", "V", "Jungkook"}
    assert {e.name for e in glossary.members_of("BTS")} == members


def test_bad_glossaries_fail_in_one_line(tmp_path: Path):
    bad = tmp_path / "g.yaml"
    bad.write_text("entries:\n  - {name: X, type: spaceship}\n")
    with pytest.raises(GlossaryError, match="unknown type 'spaceship'"):
        load_glossary(bad)
    bad.write_text("entries: [\n")
    with pytest.raises(GlossaryError, match="not valid YAML"):
        load_glossary(bad)
    with pytest.raises(GlossaryError, match="needs a `name`"):
        glossary_from_data({"entries": [{"type": "song"}]})
    with pytest.raises(GlossaryError, match="cannot read"):
        load_glossary(tmp_path / "missing.yaml")
    assert len(glossary_from_data(None)) == 0


def test_lookup_forms_kept_per_text_find_the_same_entries_each_time():
    # Speed-up guard: the forms `lookup` tries are worked out once per text; asking
    # again, or with another glossary, gives each glossary's own answer.
    from questions.glossary import Entry, Glossary

    one = Glossary(entries=(Entry("Solenne Drake", "artist", ("Drake Sisters",)),
                            Entry("Q", "artist")))
    two = Glossary(entries=(Entry("Drake Sisters", "group"),))
    for _ in range(2):
        assert one.lookup("  the Drake Sisters ").name == "Solenne Drake"
        assert one.lookup("Drake Sisters’s").name == "Solenne Drake"
        assert two.lookup("  the Drake Sisters ").name == "Drake Sisters"
        assert one.lookup("the Drake Sisters’s") is None  # one change at a time
        assert one.lookup("Q's").name == "Q" and one.lookup("q") is None
