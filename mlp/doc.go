// Package mlp is the small multilayer-perceptron library of the course.
//
// It follows the lecture "Perceptrón multicapa" section by section: the
// threshold unit ŷ = φ(b + wᵀx), logic gates, the perceptron rule,
// activations and losses (ECM = MSE, ECB = BCE, ECC = CCE), dense networks,
// backpropagation, gradient descent and its stochastic variant.
//
// # Notation
//
// The names follow the notebooks: N examples, B the mini-batch size, layer l
// has weights W{l} (n_l × n_{l-1}), biases b{l} (n_l), pre-activations z{l},
// activations a{l} = φ(z{l}) and errors δ{l} = ∂L/∂z{l}.
//
// # Data layout
//
// A batch of examples is a matrix with one example per row: X is N×d
// (d input features) and Y is N×K (K outputs: one-hot rows for classes, 0/1
// per label for multi-label data, real values for regression). A layer
// therefore computes Z{l} = A{l-1}·W{l}ᵀ + 1·b{l}ᵀ, the row form of the
// slides' z{l} = W{l}a{l-1} + b{l}.
//
// The data sets themselves (truth tables, synthetic sets, Iris, MNIST,
// splits, standardisation) are in package gomlp.dev/data, which imports mlp;
// mlp keeps the Dataset type and what belongs to a network's outputs: OneHot,
// Labels, Classes, Accuracy, LabelAccuracy and ConfusionMatrix.
//
// In a Network, Layers[l-1] is layer l (Go counts from 0); Layer.W() reads
// W{l} and Layer.SetW sets it (the layer stores W{l}ᵀ, which multiplies the
// batch). Losses are means over the N examples (ERRATA 1), so every gradient
// is one of the mean loss; Gradients.Delta holds each example's own δ{l}.
//
// # Errors and panics
//
// One policy, as in gonum: a function that returns an error reports every
// problem through it, shapes included (data with NaN or Inf, empty data,
// labels out of range, a learning rate ≤ 0, a corrupt model file, a network
// that diverges). A function without an error result (an activation, a loss
// over two matrices) panics on programmer misuse, with a message that starts
// with "mlp:" and names the shapes; it never lets gonum panic instead.
//
// # Concurrency
//
// A network may be read from many goroutines at once: Predict, Cost,
// Forward, Backward, Save, Clone, NumParams, Params and String only read it
// (each call has its own buffers), and the functions over data (Accuracy,
// ConfusionMatrix, OneHot, the losses) share nothing. Anything that writes the
// weights must have the network to itself: Train, SetW, SetParams, Wt.Set,
// NumericalGradients and GradCheck (which move each weight by ±h and put it
// back) must not run concurrently with any other use of the same network —
// Train beside Predict, Train or Save on one network is a data race. To train
// while serving predictions, train a Clone. Training different networks in
// parallel is safe. TestConcurrentReaders checks the safe patterns under
// `go test -race -tags noasm` (noasm: gonum's assembly hides memory accesses
// from the race detector).
//
// # Limits
//
// Sizes are checked before anything is allocated, so a typo (1e9 for 10) is
// an error naming the limit, never a fatal "out of memory": a layer has at
// most 2^20 units, a network at most 2^16 layers and 2^26 parameters
// (NewNetwork, Load); K ≤ MaxClasses classes (OneHot, ConfusionMatrix); a
// one-hot matrix at most MaxOneHot entries; TrainPerceptron keeps at most
// MaxPerceptronHistory numbers of History; a pass over a batch of B rows at
// most MaxBatchValues values per Z, A and δ (Forward, Predict, Cost, Train);
// BatchGradients and ExampleSpread at most MaxGradientValues numbers;
// ECMHessian and DivergenceThreshold at most MaxHessianInputs inputs; Load
// reads at most 256 MiB, from a regular file (LoadFile refuses a named pipe
// or a device). Error messages list at most 12 sizes: a longer list is
// shortened to its first and last entries and its length.
//
// # Numbers that float64 cannot hold
//
// Finite but huge weights or inputs (near 1e308) overflow to ±Inf and then
// NaN. Forward, Predict, Cost and Backward return an error naming the first
// such value (Z{l}[i,j], the loss, a gradient) rather than returning it;
// Interpolate, GradientSpread, ECMHessian and ThresholdUnit.Predict do the
// same for theirs. Train reports it as ErrDiverged.
//
// Where the slides are wrong (see the course's ERRATA), this package uses the
// corrected form and its doc comment says so.
package mlp
