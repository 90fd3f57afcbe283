"""The limits of every count a user can set, in one place (no Qt, no NumPy).

The preset schema, the engine's checks, the GUI's widgets and the CLI all read these, so
a preset that validates is always representable in the editor and is never silently
altered (a 1024-unit layer used to become 256 units when its activation was changed).
"""

from __future__ import annotations

#: Hidden layers in a network (the editor shows one row each).
MAX_HIDDEN_LAYERS = 16
#: Units in one hidden layer.
MAX_UNITS = 256
#: Seeds fit a signed 32-bit integer, the range of Qt's spin boxes.
MAX_SEED = 2**31 - 1
#: The epoch limit (0 means "no limit") and the patience stop rule.
MAX_EPOCHS = 1_000_000
#: Examples per weight update.
MAX_BATCH_SIZE = 100_000
#: Points of a generated dataset (train + test).
MIN_POINTS, MAX_POINTS = 10, 10_000
#: Points placed by hand: one to train on and one to test at least; at most MAX_POINTS.
MIN_EDITED_POINTS, MAX_EDITED_POINTS = 2, MAX_POINTS
#: Rows of an imported CSV file.
MAX_CSV_ROWS = 100_000
#: Bytes of a preset file (the largest network the editor builds, 16 x 256 units with its
#: weights written by us, takes about 25 MB; anything much larger is not a preset).
MAX_PRESET_BYTES = 64 * 1024 * 1024
#: Bytes of an imported CSV file (100,000 rows of three numbers fit in a few MB).
MAX_CSV_BYTES = 32 * 1024 * 1024
#: The learning rate is above 0 and at most this.
MAX_LEARNING_RATE = 100.0
#: Epochs of loss history a preset keeps (a longer run saves its weights without the
#: curve, and says so): 200,000 epochs of four numbers are about 15 MB of JSON.
MAX_SAVED_EPOCHS = 200_000
