from __future__ import annotations

import os
import re
from pathlib import Path

import numpy as np
import pytest

from nnplayground.engine import csvdata
from nnplayground.engine.csvdata import CsvError, load_csv, save_csv


def write(tmp_path: Path, text: str, name: str = "points.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def rows(n: int, sep: str = ",") -> str:
    return "".join(f"{i}{sep}{-i}{sep}{i % 2}\n" for i in range(n))


def test_round_trip_preserves_every_value(tmp_path: Path) -> None:
    rng = np.random.default_rng(1)
    points, labels = rng.normal(size=(50, 2)) * 3, rng.normal(size=50)
    path = tmp_path / "data.csv"
    save_csv(path, points, labels)
    got_points, got_labels = load_csv(path)
    np.testing.assert_array_equal(got_points, points)
    np.testing.assert_array_equal(got_labels, labels)
    assert got_points.dtype == np.float64 and got_points.shape == (50, 2)
    assert got_labels.shape == (50,)


def test_file_without_header_is_read(tmp_path: Path) -> None:
    points, labels = load_csv(write(tmp_path, rows(12)))
    assert points.shape == (12, 2)
    np.testing.assert_array_equal(points[3], [3.0, -3.0])
    assert labels[3] == 1.0


@pytest.mark.parametrize("label_name", ["label", "target", "y", "Target"])
def test_header_may_name_the_label_column_label_target_or_y(
    tmp_path: Path, label_name: str
) -> None:
    points, labels = load_csv(write(tmp_path, f"x1,x2,{label_name}\n" + rows(10)))
    assert points.shape == (10, 2) and labels.shape == (10,)


def test_header_decides_the_column_order(tmp_path: Path) -> None:
    text = "target,x2,x1\n" + "".join(f"{i % 2},{-i},{i}\n" for i in range(10))
    points, labels = load_csv(write(tmp_path, text))
    np.testing.assert_array_equal(points[4], [4.0, -4.0])
    assert labels[4] == 0.0


def test_semicolon_file_with_decimal_commas_is_read(tmp_path: Path) -> None:
    text = "x1;x2;label\n" + "".join(f"{i},5;-{i},25;{i % 2}\n" for i in range(10))
    points, labels = load_csv(write(tmp_path, text))
    np.testing.assert_array_equal(points[2], [2.5, -2.25])
    assert labels[2] == 0.0


def test_blank_lines_comments_bom_and_crlf_are_tolerated(tmp_path: Path) -> None:
    text = "\ufeff# my data\r\nx1,x2,label\r\n\r\n" + rows(10).replace("\n", "\r\n")
    points, _ = load_csv(write(tmp_path, text))
    assert points.shape == (10, 2)


def test_trailing_separator_is_ignored(tmp_path: Path) -> None:
    points, _ = load_csv(write(tmp_path, rows(10).replace("\n", ",\n")))
    assert points.shape == (10, 2)


def error_for(tmp_path: Path, text: str) -> str:
    with pytest.raises(CsvError) as info:
        load_csv(write(tmp_path, text))
    return str(info.value)


def test_text_in_a_number_column_names_file_line_and_column(tmp_path: Path) -> None:
    text = "x1,x2,label\n" + rows(5) + "1,2,abc\n" + rows(5)
    assert error_for(tmp_path, text) == "points.csv, line 7: 'abc' in column label is not a number."


def test_error_uses_the_label_name_from_the_header(tmp_path: Path) -> None:
    text = "x1,x2,target\n" + rows(3) + "1,2,?\n"
    assert "line 5: '?' in column target is not a number" in error_for(tmp_path, text)


def test_line_numbers_count_blank_and_comment_lines(tmp_path: Path) -> None:
    text = "# comment\n\n" + rows(3) + "oops,1,0\n"
    assert error_for(tmp_path, text).startswith("points.csv, line 6: 'oops' in column x1")


@pytest.mark.parametrize("value", ["nan", "inf", "-Infinity"])
def test_non_finite_values_are_rejected(tmp_path: Path, value: str) -> None:
    text = rows(4) + f"1,{value},0\n" + rows(6)
    message = error_for(tmp_path, text)
    assert message == f"points.csv, line 5: '{value}' in column x2 is not a finite number."


def test_empty_cell_is_rejected(tmp_path: Path) -> None:
    assert error_for(tmp_path, rows(2) + "1,,0\n" + rows(8)) == (
        "points.csv, line 3: column x2 is empty."
    )


@pytest.mark.parametrize(("line", "found"), [("1,2", 2), ("1,2,3,4", 4)])
def test_wrong_column_count_is_rejected(tmp_path: Path, line: str, found: int) -> None:
    message = error_for(tmp_path, rows(3) + line + "\n" + rows(8))
    assert message == f"points.csv, line 4: expected 3 columns (x1, x2, label), found {found}."


def test_unrecognised_header_is_rejected(tmp_path: Path) -> None:
    message = error_for(tmp_path, "a,b,c\n" + rows(10))
    assert message.startswith("points.csv, line 1: the header must name the columns x1, x2")


def test_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(CsvError, match=r"^nope\.csv: the file does not exist\.$"):
        load_csv(tmp_path / "nope.csv")


def test_directory_is_reported_as_unreadable(tmp_path: Path) -> None:
    (tmp_path / "dir.csv").mkdir()
    with pytest.raises(CsvError, match=r"^dir\.csv: the file cannot be read"):
        load_csv(tmp_path / "dir.csv")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX non-root")
def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path, rows(10))
    path.chmod(0)
    try:
        with pytest.raises(CsvError, match=r"cannot be read \(Permission denied\)"):
            load_csv(path)
    finally:
        path.chmod(0o600)


def test_binary_file_is_reported_as_not_text(tmp_path: Path) -> None:
    path = tmp_path / "image.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00")
    with pytest.raises(CsvError, match=r"^image\.csv: the file is not UTF-8 text\.$"):
        load_csv(path)


def test_empty_file_is_reported(tmp_path: Path) -> None:
    assert error_for(tmp_path, "\n\n").startswith("points.csv: the file is empty")


def test_header_only_file_reports_too_few_rows(tmp_path: Path) -> None:
    assert error_for(tmp_path, "x1,x2,label\n") == (
        "points.csv: found 0 data rows; at least 10 are needed."
    )


def test_fewer_than_ten_rows_are_rejected(tmp_path: Path) -> None:
    assert error_for(tmp_path, rows(9)) == "points.csv: found 9 data rows; at least 10 are needed."


def test_more_rows_than_the_limit_are_rejected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The limit is a module constant; a small one keeps the test fast.
    monkeypatch.setattr(csvdata, "MAX_ROWS", 20)
    assert error_for(tmp_path, rows(21)) == ("points.csv: more than 20 data rows; the limit is 20.")
    assert load_csv(write(tmp_path, rows(20)))[0].shape == (20, 2)


def test_csv_error_is_a_value_error() -> None:
    assert issubclass(CsvError, ValueError)


def test_save_rejects_mismatched_shapes(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=re.escape("(n, 2)")):
        save_csv(tmp_path / "x.csv", np.zeros((3, 2)), np.zeros(4))


def test_csv_that_is_not_a_regular_file_is_refused_before_opening(tmp_path):
    import os

    from nnplayground.engine.csvdata import CsvError, load_csv

    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    with pytest.raises(CsvError, match=r"pipe.csv: the file cannot be read \(it is not a regular"):
        load_csv(fifo)
    with pytest.raises(CsvError, match="it is not a regular file"):
        load_csv("/dev/zero")
    with pytest.raises(CsvError, match="it is a folder"):
        load_csv(tmp_path)


def test_csv_over_the_byte_limit_is_refused(tmp_path, monkeypatch):
    from nnplayground.engine import csvdata

    monkeypatch.setattr(csvdata, "MAX_CSV_BYTES", 50)
    path = tmp_path / "big.csv"
    path.write_text("x1,x2,label\n" + "1,2,0\n" * 20)
    with pytest.raises(csvdata.CsvError, match="big.csv: the file cannot be read .*larger than 50"):
        csvdata.load_csv(path)
