"""Seeds and initial scale as compare variables; the spread of a result over N seeds."""

from __future__ import annotations

import numpy as np
import pytest

from nnplayground.engine.build import Experiment
from nnplayground.engine.compare import parse_vary, variant_configs
from nnplayground.engine.config import Component
from nnplayground.engine.explain_fixes import scaled_initializer, with_initial_scale
from nnplayground.engine.seeds import MAX_SEEDS, seed_spread
from nnplayground.presets import load_bundled

CIRCLE = load_bundled("circle").config


def test_seed_variants_change_the_seed_only():
    (_, a), (_, b) = variant_configs(CIRCLE, "seed", ["3", "4"])
    assert (a.training.seed, b.training.seed) == (3, 4)
    assert a.network == CIRCLE.network and a.data == CIRCLE.data


def test_scale_multiplies_every_initial_kernel():
    base = Experiment.from_config(CIRCLE)
    big = Experiment.from_config(with_initial_scale(CIRCLE, 3.0))
    for small_layer, big_layer in zip(base.network.layers, big.network.layers):
        np.testing.assert_allclose(big_layer.W, 3.0 * small_layer.W, rtol=1e-12)


@pytest.mark.parametrize(
    "comp,expected",
    [
        (Component("random_normal", {"stddev": 10.0}), {"stddev": 5.0}),
        (Component("he_normal"), {"scale": 0.5}),  # variance 2 x 0.25
        (Component("random_uniform"), {"minval": -0.025, "maxval": 0.025}),
        (Component("orthogonal"), {"gain": 0.5}),
    ],
)
def test_scaled_initializer_scales_the_spread(comp, expected):
    assert dict(scaled_initializer(comp, 0.5).params) == pytest.approx(expected)


def test_bad_seed_and_scale_values_are_refused_in_one_sentence():
    for text in ("seed=1,-2", "seed=1,x", "scale=0,1", "scale=1,nan", "scale=1,1.0"):
        with pytest.raises(ValueError) as err:
            parse_vary(text)
        assert "\n" not in str(err.value)


def test_seed_spread_gives_a_median_inside_its_band():
    seen = []
    spread = seed_spread(CIRCLE, 5, 30, progress=lambda e, n: seen.append(e))
    assert spread.rows.shape == (5, 30, 4) and seen[-1] == 30
    assert spread.seeds == [0, 1, 2, 3, 4]
    med, low, high = spread.band()
    assert np.all(low <= med) and np.all(med <= high)
    s = spread.spread()
    assert s["min"] <= s["p10"] <= s["median"] <= s["p90"] <= s["max"]
    assert "over 5 seeds" in spread.message
    # different seeds give different runs
    assert len({round(v, 12) for v in spread.final()}) == 5


def test_seed_spread_stops_between_rounds():
    spread = seed_spread(CIRCLE, 3, 50, should_stop=lambda: True)
    assert spread.stopped and spread.epochs == 0


@pytest.mark.parametrize("n", [1, MAX_SEEDS + 1])
def test_seed_counts_outside_the_range_are_refused(n):
    with pytest.raises(ValueError, match="number of seeds"):
        seed_spread(CIRCLE, n, 5)
