"""Per-epoch metrics of a training run, in growable float64 columns (no Qt)."""

from __future__ import annotations

import math

import numpy as np

Array = np.ndarray

COLUMNS = ("train_loss", "test_loss", "train_accuracy", "test_accuracy")


class History:
    """Per-epoch metrics in growable float64 columns (NaN where a metric does not apply).

    Four float64 columns cost 32 bytes an epoch: a million epochs fit in 32 MB (the
    capacity doubles, so at most 64 MB are reserved).
    """

    def __init__(self, capacity: int = 1024) -> None:
        self._data = np.full((len(COLUMNS), capacity), np.nan)
        self._n = 0

    @classmethod
    def from_rows(cls, rows: Array) -> History:
        """A history holding ``rows`` (k, 4), e.g. :meth:`slice` of another one."""
        rows = np.asarray(rows, dtype=np.float64).reshape(-1, len(COLUMNS))
        out = cls(max(1024, len(rows)))
        out._data[:, : len(rows)] = rows.T
        out._n = len(rows)
        return out

    def __len__(self) -> int:
        return self._n

    def append(
        self, train_loss: float, test_loss: float, train_acc: float, test_acc: float
    ) -> None:
        if self._n == self._data.shape[1]:
            grown = np.full((len(COLUMNS), 2 * self._n), np.nan)
            grown[:, : self._n] = self._data
            self._data = grown
        self._data[:, self._n] = (train_loss, test_loss, train_acc, test_acc)
        self._n += 1

    def column(self, name: str) -> Array:
        """A read-only view of the first ``len(self)`` values of ``name``."""
        view = self._data[COLUMNS.index(name), : self._n]
        view.flags.writeable = False
        return view

    @property
    def train_loss(self) -> Array:
        return self.column("train_loss")

    @property
    def test_loss(self) -> Array:
        return self.column("test_loss")

    @property
    def train_accuracy(self) -> Array:
        return self.column("train_accuracy")

    @property
    def test_accuracy(self) -> Array:
        return self.column("test_accuracy")

    def last(self) -> dict[str, float]:
        if not self._n:
            return {c: math.nan for c in COLUMNS}
        return {c: float(self._data[i, self._n - 1]) for i, c in enumerate(COLUMNS)}

    def slice(self, start: int, stop: int | None = None) -> Array:
        """Copy of rows [start, stop) as (k, 4): what a progress snapshot carries."""
        stop = self._n if stop is None else min(stop, self._n)
        return self._data[:, start:stop].T.copy()

    def truncate(self, n: int) -> None:
        self._n = min(self._n, n)

    @property
    def nbytes(self) -> int:
        return self._data.nbytes

    def has_accuracy(self) -> bool:
        return self._n > 0 and not math.isnan(self._data[2, 0])

    def to_csv(self, path: str) -> None:
        """epoch, train_loss, test_loss[, train_accuracy, test_accuracy] with a header."""
        cols = 4 if self.has_accuracy() else 2
        header = "epoch," + ",".join(COLUMNS[:cols])
        table = np.column_stack([np.arange(1, self._n + 1), self._data[:cols, : self._n].T])
        fmt = ["%d"] + ["%.10g"] * cols
        np.savetxt(path, table, delimiter=",", header=header, comments="", fmt=fmt)
