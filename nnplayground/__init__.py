"""nnplayground: see how a neural network learns."""

import os as _os

# One BLAS thread unless the user chose otherwise. Measured on the 2-core target machine
# (nnplayground bench): with OpenBLAS's default two threads, W3 (2-256-256-1) fell to
# 123 steps/s against 1,450 on one thread, because the training thread, the GUI thread
# and BLAS's helper thread fight over two cores. Must run before NumPy is imported.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    _os.environ.setdefault(_var, "1")

__version__ = "0.1.0"
