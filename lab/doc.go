// Package lab holds the experiments the notebooks run on top of the lecture's
// library: sweeps over seeds and settings, measurements and summaries (a
// median with its range), and the by-products of a figure. Package mlp is
// the lecture itself (units, losses, networks, backpropagation, training);
// what a notebook measures about it lives here: the spread of mini-batch
// gradients (BatchGradients, GradientSpread, ExampleSpread, BatchSpread),
// the Hessian of the ECM and the learning rate where GD diverges
// (ECMHessian, DivergenceThreshold), permuted and interpolated networks
// (PermuteHidden, Interpolate), the perceptron's scale invariance
// (ScaleGap), multi-label columns (Column, LabelColumn, LabelCounts), and
// the sweeps and summaries of the later notebooks.
//
// # Errors and panics
//
// The rule of package mlp. A function returns an error only for what a
// correct program cannot rule out before the call: a training run that
// fails (an error Train returns, ErrDiverged included, or one a run
// function passed to Seeds, Runs or SweepSeeds returns) and reading MNIST.
// Everything else is the caller's to get right and panics with a message
// that starts with "lab:" and names the problem: nil or empty arguments,
// counts out of range (no seeds, no runs, a batch size past N), NaN where
// a measurement must be a number (Summarize, Medians, GradientSpread),
// shapes that do not fit, and sizes past MaxGradientValues or
// MaxHessianInputs. A mistake that mlp catches first panics with mlp's
// message.
//
// Every function here is seeded and deterministic: the same arguments give
// the same numbers.
package lab
