// Package mlp is the small multilayer-perceptron library of the course: the
// lecture "Perceptrón multicapa", and nothing else. (The notebooks'
// experiments on top of it — sweeps, spreads, Hessians, permutations — are
// in package gomlp.dev/lab; the data sets in gomlp.dev/data.)
//
// # Contents, in the order of the lecture
//
//   - Threshold unit and logic gates: ThresholdUnit (Z, Output, Predict),
//     ŷ = φ(b + wᵀx); the hand-set gates AND, OR, NAND, NOR, NOT; layers of
//     units, ThresholdNetwork, and XORNetwork = (x₁ ∨ x₂) ∧ ¬(x₁ ∧ x₂).
//   - Perceptron rule: ThresholdUnit.PerceptronUpdate (one example),
//     TrainPerceptron with PerceptronOptions, giving a Perceptron and its
//     History of PerceptronEpoch.
//   - Activations: Activation; Step, Identity, Sigmoid, Tanh, ReLU, Softmax;
//     LogSumExp; ActivationByName.
//   - Losses: Loss; MeanSquaredError (ECM), BinaryCrossEntropy (ECB),
//     CategoricalCrossEntropy (ECC); BinaryCrossEntropyByLabel (multi-label);
//     LossByName.
//   - Dense networks: Spec, NewNetwork, Network, Layer (W, SetW, B, SetB),
//     the initialisers Initializer, InitNormal, InitNielsen, InitGlorot,
//     InitHe; Network's Params, SetParams, NumParams, Clone, String.
//   - Forward pass: Network.Forward giving a Trace (Z{l}, A{l}, Output),
//     Network.Predict, Network.Cost.
//   - Backpropagation: Network.Backward giving Gradients (∂L/∂W{l},
//     ∂L/∂b{l}, δ{l}; Flat, BiasNorms), Network.Gradient (∇L(θ), flat).
//   - Training (GD and SGD): Dataset, Settings, FullBatch, Network.Train,
//     StepInfo, EpochInfo, History, Shuffler (Train's order of examples);
//     the errors ErrDiverged, ErrStop, ErrShape, ErrNonFinite, ErrTargets.
//   - Gradient check: NumericalGradients, GradCheck, GradCheckLayer.
//   - Metrics: Accuracy, Classes, Labels, OneHot, LabelAccuracy, Confusion
//     (NewConfusion).
//   - Saving: Network.Save, Network.SaveFile, Load, LoadFile,
//     ErrCorruptModel.
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
// In a Network, Layers[l-1] is layer l (Go counts from 0); Layer.W returns
// W{l} as the slides write it (row j: the weights of unit j) and Layer.SetW
// sets it; Layer.B and Layer.SetB do the same for b{l}. Losses are means
// over the N examples (ERRATA 1), so every gradient is one of the mean loss;
// Gradients.Delta holds each example's own δ{l}.
//
// # Errors and panics
//
// The rule of gonum. A function returns an error only for what a correct
// program cannot rule out before the call: what comes from outside (a model
// file, for Load and LoadFile; a writer or a file that fails, for Save and
// SaveFile), the outcomes of training (ErrDiverged, a callback's error), and
// the data sets Train is given, which it checks once at its start (shapes,
// NaN or ±Inf, targets the loss cannot take: errors wrapping ErrShape,
// ErrNonFinite and ErrTargets). Test them with errors.Is.
//
// Everything else is the caller's to get right, and a mistake panics with a
// message that starts with "mlp:", names the function and the problem and,
// for shapes, both shapes ("mlp: Predict: X is 4×3, the network [2 3 1]
// takes n_0 = 2 inputs per row"): shapes that do not fit, nil values, empty
// matrices, settings out of range (a learning rate < 0, BatchSize 0 or out
// of range, an unknown activation name), sizes past the limits below,
// labels out of range, NaN or ±Inf passed where a doc comment says finite,
// and a result that overflows float64 (see below). The panic comes from
// this package, before gonum could panic on its behalf.
//
// # Language
//
// Network.String and Confusion.String write a few words of their own; under
// the environment variable GOMLP_LANG=es (the Spanish notebooks' first cell
// sets it) they are Spanish. Error and panic messages, and the names of
// activations and losses, are English in both editions.
//
// # Zero values
//
// The zero value of a settings field means its documented default: in Spec
// (sigmoid hidden layers, the loss's own output, ECM, InitNielsen), in
// Settings (1 epoch, α = 0.1, no decay), in PerceptronOptions (α = 1, 100
// epochs, a zero start), for ThresholdUnit.Phi (the step) and for the step h
// of NumericalGradients (1e-5). The one exception is Settings.BatchSize,
// which must be set: forgetting it must not silently choose between
// full-batch GD and SGD.
//
// # Concurrency
//
// A network may be read from many goroutines at once: Predict, Cost,
// Forward, Backward, Gradient, Save, Clone, NumParams, Params, String and
// the layers' W and B only read it (each call has its own buffers), and the
// functions over data (Accuracy, NewConfusion, OneHot, the losses) share
// nothing. Anything that writes the weights must have the network to
// itself: Train, SetW, SetB, SetParams, NumericalGradients and GradCheck
// (which move each weight by ±h and put it back) must not run concurrently
// with any other use of the same network — Train beside Predict, Train or
// Save on one network is a data race. To train while serving predictions,
// train a Clone. Training different networks in parallel is safe.
// TestConcurrentReaders checks the safe patterns under
// `go test -race -tags noasm` (noasm: gonum's assembly hides memory accesses
// from the race detector).
//
// # Limits
//
// Sizes are checked before anything is allocated, so a typo (1e9 for 10)
// is a message naming the limit, never a fatal "out of memory": a layer has
// at most 2^20 units, a network at most 2^16 layers and 2^26 parameters
// (NewNetwork, Load); K ≤ MaxClasses classes (OneHot, NewConfusion); a
// one-hot matrix at most MaxOneHot entries; TrainPerceptron keeps at most
// MaxPerceptronHistory numbers of History; a pass over a batch of B rows at
// most MaxBatchValues values per Z, A and δ (Forward, Predict, Cost, Train);
// Load reads at most 256 MiB, from a regular file (LoadFile refuses a named
// pipe or a device). Messages list at most 12 sizes: a longer list is
// shortened to its first and last entries and its length.
//
// # Numbers that float64 cannot hold
//
// Finite but huge weights or inputs (near 1e308) overflow to ±Inf and then
// NaN. Forward, Predict, Cost, Backward, Gradient and ThresholdUnit.Predict
// panic with a message naming the first such value (Z{l}[i,j], the loss, a
// gradient) rather than return it; TrainPerceptron does the same for its
// weights. Train reports it as ErrDiverged.
//
// Where the slides are wrong (see the course's ERRATA), this package uses the
// corrected form and its doc comment says so.
package mlp
