"""Fit the weights and threshold that pair claims of two accounts, on the shared readout
pairs, and write them to rashomon/data/compare_weights.json.

Run: .venv/bin/python tools/fit_compare_weights.py [../shared/data/readout_pairs]
The held-out figure of the same fit, leave-one-pair-out:
.venv/bin/rashomon eval compare ../shared/data/readout_pairs --leave-one-out
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rashomon.compare.align import SIGNALS
from rashomon.eval.compare import fit, prepare

OUT = Path(__file__).resolve().parents[1] / "rashomon" / "data" / "compare_weights.json"


def main(gold: Path) -> None:
    scorer = fit(prepare(gold))
    OUT.write_text(json.dumps({
        "about": "Networks over the signals that two claims make the same point "
                 "(rashomon/compare/align.py), fitted by tools/fit_compare_weights.py on "
                 f"{gold.name} ({len(list(gold.glob('*/gold.json')))} pairs); held-out "
                 f"figures: rashomon eval compare {gold} --leave-one-out",
        "signals": SIGNALS,
        "networks": [network.as_json() for network in scorer.networks],
        "threshold": scorer.threshold,
        "detail_meaning": scorer.detail_meaning,
        "claim_pairs": scorer.claim_pairs,
        "chance_decay": scorer.chance_decay,
    }, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: threshold {scorer.threshold}, details {scorer.detail_meaning}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/data/readout_pairs"))
