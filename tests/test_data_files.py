"""The knowledge files shipped in rashomon/data load as written: no word silently lost."""

from __future__ import annotations

from importlib import resources

import pytest

from rashomon import data
from rashomon.data import load_yaml

YAML_FILES = sorted(p.name for p in resources.files("rashomon.data").iterdir()
                    if p.name.endswith(".yaml"))


@pytest.mark.parametrize("name", YAML_FILES)
def test_every_shipped_yaml_file_loads_with_its_words(name: str):
    assert load_yaml(name) is not None


def test_an_unquoted_no_or_on_among_words_is_an_error(tmp_path, monkeypatch):
    """YAML 1.1 reads an unquoted no, on, yes or off as a boolean: "no" in a list of
    quantifiers would be lost without a word."""
    (tmp_path / "words.yaml").write_text("quantifiers: [every, no, some]\n"
                                         'kept: [every, "no", some]\n', encoding="utf-8")
    (tmp_path / "empty.yaml").write_text("words:\n  - every\n  -\n  - some\n",
                                         encoding="utf-8")
    monkeypatch.setattr(data, "_open", lambda name: (tmp_path / name).open(encoding="utf-8"))
    load_yaml.cache_clear()
    try:
        with pytest.raises(ValueError, match="quantifiers"):
            load_yaml("words.yaml")
        with pytest.raises(ValueError, match="empty item"):
            load_yaml("empty.yaml")
    finally:
        load_yaml.cache_clear()
