"""The knowledge files shipped in rashomon/data load as written: no word silently lost."""

from __future__ import annotations

from importlib import resources
from typing import ClassVar

import pytest
import yaml

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


class _KeysCounted(yaml.SafeLoader):
    """A safe loader that records every mapping key written twice at one level."""

    repeated: ClassVar[list[str]] = []

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue  # "<<: *aid_objects": the keys of another mapping, counted there
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                self.repeated.append(f"line {key_node.start_mark.line + 1}: {key}")
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


@pytest.mark.parametrize("name", YAML_FILES)
def test_no_key_is_written_twice_in_a_shipped_yaml_file(name: str):
    """YAML keeps the last of two equal keys without a word: an edit to the first copy of
    a list would be silently lost."""
    _KeysCounted.repeated = []
    with resources.files("rashomon.data").joinpath(name).open(encoding="utf-8") as handle:
        yaml.load(handle, Loader=_KeysCounted)  # a SafeLoader subclass
    assert _KeysCounted.repeated == []
