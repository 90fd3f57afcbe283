"""`nnplayground compare` trains variants side by side and writes a plot and a CSV."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET

from nnplayground.cli import main


def test_compare_three_activations_writes_plot_history_and_summary(tmp_path, capsys):
    plot, history = tmp_path / "cmp.png", tmp_path / "cmp.csv"
    code = main(
        [
            "compare",
            "circle",
            "--vary",
            "activation=sigmoid,tanh,relu",
            "--epochs",
            "20",
            "--plot",
            str(plot),
            "--history",
            str(history),
            "--threshold",
            "0.5",
        ]
    )
    assert code == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 3 and all(name in " ".join(out) for name in ("sigmoid", "tanh", "relu"))
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with history.open() as f:
        rows = list(csv.DictReader(f))
    assert {r["variant"] for r in rows} == {"sigmoid", "tanh", "relu"}
    assert len(rows) == 3 * 20


def test_compare_learning_rates_as_svg(tmp_path):
    plot = tmp_path / "lr.svg"
    assert (
        main(
            [
                "compare",
                "xor",
                "--vary",
                "learning_rate=0.01,0.3",
                "--epochs",
                "5",
                "--plot",
                str(plot),
            ]
        )
        == 0
    )
    assert ET.parse(plot).getroot().tag.endswith("svg")


def test_bad_vary_is_one_line_and_exit_2(capsys):
    assert main(["compare", "circle", "--vary", "activation=tanh"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("nnplayground: error: --vary")
    assert main(["compare", "circle", "--vary", "colour=red,blue"]) == 2
    assert "colour" in capsys.readouterr().err


def test_bad_plot_path_is_refused_before_training(tmp_path, capsys):
    assert (
        main(
            [
                "compare",
                "circle",
                "--vary",
                "activation=tanh,relu",
                "--plot",
                str(tmp_path / "missing" / "x.png"),
            ]
        )
        == 2
    )
    assert "does not exist" in capsys.readouterr().err


def test_compare_seeds_draws_the_median_with_its_band(tmp_path, capsys):
    plot, history = tmp_path / "seeds.png", tmp_path / "seeds.csv"
    code = main(["compare", "circle", "--seeds", "4", "--epochs", "10", "--plot", str(plot),
                 "--history", str(history)])  # fmt: skip
    assert code == 0
    assert "Final test loss over 4 seeds" in capsys.readouterr().out
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with history.open() as f:
        assert len(list(csv.DictReader(f))) == 4 * 10


def test_compare_seeds_and_vary_together_are_refused(capsys):
    code = main(["compare", "circle", "--seeds", "4", "--vary", "seed=1,2"])
    assert code == 2 and "not allowed with" in capsys.readouterr().err


def test_compare_vary_scale(capsys):
    assert main(["compare", "circle", "--vary", "scale=0.5,2", "--epochs", "3"]) == 0
    assert "scale=0.5" in capsys.readouterr().out
