"""Opening any file through the window: it loads, or the document stays exactly as it was.

The preset fuzzer's mutations (tests/presets/test_preset_fuzz.py) go through the real
File ▸ Open path of a MainWindow: on refusal the config, the weights, the path and the
title are unchanged and one error sentence was shown; nothing else is ever raised.
"""

from __future__ import annotations

import json

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nnplayground.presets import load_bundled, preset_to_dict


def _preset_fuzz():
    """The preset fuzzer's strategies (tests are not a package: load its file)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "presets" / "test_preset_fuzz.py"
    spec = importlib.util.spec_from_file_location("_preset_fuzz_strategies", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_FUZZ = _preset_fuzz()
json_values, mutated_presets = _FUZZ.json_values, _FUZZ.mutated_presets

BASE = preset_to_dict(load_bundled("xor"))


def state(window):
    doc = window.document
    weights = [w.copy() for pair in doc.experiment.network.get_weights() for w in pair]
    return doc.config, doc.path, window.windowTitle(), weights


def same(a, b) -> bool:
    return a[:3] == b[:3] and all(np.array_equal(x, y) for x, y in zip(a[3], b[3]))


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.one_of(mutated_presets(BASE), json_values))  # fmt: skip
def test_a_refused_file_leaves_the_document_as_it_was(window, tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "fuzzed.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    before, shown = state(window), len(window.errors)
    if window.file_actions.open_path(path):
        assert window.document.path == str(path) and len(window.errors) == shown
        window.file_actions.new_document()  # back to the default for the next example
    else:
        assert same(state(window), before)
        assert len(window.errors) == shown + 1 and "\n" not in window.errors[-1][1]
