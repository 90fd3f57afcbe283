"""Per-sample contributions to one parameter's gradient sum to the full-batch gradient."""

from __future__ import annotations

import numpy as np
import pytest

from nnplayground import presets
from nnplayground.engine import build
from nnplayground.engine.contributions import per_sample_contributions
from nnplayground.engine.landscape import gradient


@pytest.mark.parametrize("preset", ["circle", "blobs", "gaussian_bumps", "spiral"])
def test_contributions_sum_to_the_full_batch_gradient(preset):
    exp = build.Experiment.from_config(presets.load_bundled(preset).config)
    net, tr = exp.network, exp.trainer
    full = gradient(net, net.flat_params, tr.X_train, tr.y_train, tr.loss)
    for index in range(net.n_params):
        c = per_sample_contributions(net, index, tr.X_train, tr.y_train, tr.loss)
        assert c.shape == (len(tr.X_train),)
        assert abs(c.sum() - full[index]) <= 1e-10


def test_contributions_leave_the_live_network_alone():
    exp = build.Experiment.from_config(presets.load_bundled("circle").config)
    net, tr = exp.network, exp.trainer
    before = net.flat_params.copy(), net.flat_grads.copy()
    per_sample_contributions(net, 3, tr.X_train, tr.y_train, tr.loss)
    assert np.array_equal(net.flat_params, before[0])
    assert np.array_equal(net.flat_grads, before[1])
