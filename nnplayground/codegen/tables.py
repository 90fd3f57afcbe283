"""Registry name → Keras / PyTorch expression, for activations, initializers, losses and
optimizers. Templates take the component's parameters as ``{name}`` fields (filled by
:func:`nnplayground.codegen.text.fmt`); PyTorch initializers also take the tensor as ``{t}``.
"""

from __future__ import annotations

# Keras: a string for Dense(activation=...), or ("layer", expr) for a separate layer, or
# ("function", helper name) for a function defined in the script (see snippets.py).
KERAS_ACTIVATIONS: dict[str, str | tuple[str, str]] = {
    **{n: f'"{n}"' for n in ("linear", "sigmoid", "tanh", "relu", "selu", "silu")},
    **{n: f'"{n}"' for n in ("softplus", "softsign", "hard_sigmoid", "mish", "softmax")},
    "leaky_relu": ("layer", "layers.LeakyReLU(negative_slope={negative_slope})"),
    "elu": ("layer", "layers.ELU(alpha={alpha})"),
    "gelu": ("function", "gelu_tanh"),
    "gaussian": ("function", "gaussian"),
    "sine": ("function", "sine"),
}
# PyTorch: a module expression, None for no module (linear). A name defined in
# snippets.TORCH_MODULES (Gaussian, Sine) is added to the script when used.
TORCH_ACTIVATIONS: dict[str, str | None] = {
    "linear": None,
    "sigmoid": "nn.Sigmoid()",
    "tanh": "nn.Tanh()",
    "relu": "nn.ReLU()",
    "leaky_relu": "nn.LeakyReLU(negative_slope={negative_slope})",
    "elu": "nn.ELU(alpha={alpha})",
    "selu": "nn.SELU()",
    "gelu": 'nn.GELU(approximate="tanh")',
    "silu": "nn.SiLU()",
    "softplus": "nn.Softplus()",
    "softsign": "nn.Softsign()",
    "hard_sigmoid": "nn.Hardsigmoid()",
    "mish": "nn.Mish()",
    "gaussian": "Gaussian()",
    "sine": "Sine()",
    "softmax": "nn.Softmax(dim=1)",
}
KERAS_INITIALIZERS = {
    "zeros": "Zeros()",
    "ones": "Ones()",
    "constant": "Constant(value={value})",
    "random_normal": "RandomNormal(mean={mean}, stddev={stddev})",
    "random_uniform": "RandomUniform(minval={minval}, maxval={maxval})",
    "truncated_normal": "TruncatedNormal(mean={mean}, stddev={stddev})",
    "glorot_uniform": "GlorotUniform()",
    "glorot_normal": "GlorotNormal()",
    "he_uniform": "HeUniform()",
    "he_normal": "HeNormal()",
    "lecun_uniform": "LecunUniform()",
    "lecun_normal": "LecunNormal()",
    "orthogonal": "Orthogonal(gain={gain})",
}
# kaiming_uniform_'s gain is √2 for relu and 1 for linear: bound = gain·√(3 / fan_in).
_KAIMING = 'nn.init.kaiming_uniform_({{t}}, mode="fan_in", nonlinearity="{nonlinearity}")'
# Variance-scaling presets: (mode, distribution, torch built-in for a kernel at default scale).
SCALING = {
    "glorot_uniform": ("fan_avg", "uniform", "nn.init.xavier_uniform_({t})"),
    "glorot_normal": ("fan_avg", "normal", None),
    "he_uniform": ("fan_in", "uniform", _KAIMING.format(nonlinearity="relu")),
    "he_normal": ("fan_in", "normal", None),
    "lecun_uniform": ("fan_in", "uniform", _KAIMING.format(nonlinearity="linear")),
    "lecun_normal": ("fan_in", "normal", None),
}
# PyTorch initializers with a direct nn.init equivalent (the rest: truncated_normal,
# orthogonal and SCALING, handled in pytorch.py).
TORCH_SIMPLE_INITS = {
    "zeros": "nn.init.zeros_({t})",
    "ones": "nn.init.ones_({t})",
    "constant": "nn.init.constant_({t}, {value})",
    "random_normal": "nn.init.normal_({t}, mean={mean}, std={stddev})",
    "random_uniform": "nn.init.uniform_({t}, a={minval}, b={maxval})",
}
KERAS_LOSSES = {
    "mean_squared_error": "MeanSquaredError()",
    "mean_absolute_error": "MeanAbsoluteError()",
    "huber": "Huber(delta={delta})",
    "binary_crossentropy": "BinaryCrossentropy()",
    "categorical_crossentropy": "CategoricalCrossentropy()",
}
TORCH_LOSSES = {
    "mean_squared_error": "nn.MSELoss()",
    "mean_absolute_error": "nn.L1Loss()",
    "huber": "nn.HuberLoss(delta={delta})",
    "binary_crossentropy": "nn.BCEWithLogitsLoss()",
    "categorical_crossentropy": "nn.CrossEntropyLoss()",
}
KERAS_OPTIMIZERS = {
    "sgd": "SGD(learning_rate=LEARNING_RATE, momentum={momentum}, nesterov={nesterov})",
    "rmsprop": "RMSprop(learning_rate=LEARNING_RATE, rho={rho}, momentum={momentum}, "
    "epsilon={epsilon})",
    "adam": "Adam(learning_rate=LEARNING_RATE, beta_1={beta_1}, beta_2={beta_2}, "
    "epsilon={epsilon})",
    "adagrad": "Adagrad(learning_rate=LEARNING_RATE, "
    "initial_accumulator_value={initial_accumulator_value}, epsilon={epsilon})",
}
# PyTorch: the optimizer classes the script defines (snippets.TORCH_OPTIMIZER_CLASSES), which
# follow our (Keras') update rules exactly; torch.optim's differ (see there).
TORCH_OPTIMIZERS = {
    "sgd": "KerasSGD(model.parameters(), lr=LEARNING_RATE, momentum={momentum}, "
    "nesterov={nesterov})",
    "rmsprop": "KerasRMSprop(model.parameters(), lr=LEARNING_RATE, rho={rho}, "
    "momentum={momentum}, epsilon={epsilon})",
    "adam": "KerasAdam(model.parameters(), lr=LEARNING_RATE, beta_1={beta_1}, "
    "beta_2={beta_2}, epsilon={epsilon})",
    "adagrad": "KerasAdagrad(model.parameters(), lr=LEARNING_RATE, "
    "initial_accumulator_value={initial_accumulator_value}, epsilon={epsilon})",
}
