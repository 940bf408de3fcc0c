package mlp

// Limits checked before anything is allocated, so that a typo (1e9 for 10)
// is a message naming the limit rather than a fatal "out of memory" that no
// program can recover from.
const (
	// MaxClasses is the most classes K that OneHot, NewConfusion (K×K
	// counts) and the data sets accept: far more than any set of the course
	// (MNIST has 10).
	MaxClasses = 1000
	// MaxOneHot is the most entries N·K of a one-hot matrix OneHot builds
	// (64 Mi float64s = 512 MiB; MNIST's 60 000 × 10 is 600 000).
	MaxOneHot = 1 << 26
	// MaxPerceptronHistory is the most numbers TrainPerceptron keeps in its
	// History, MaxEpochs·(d + 1) (16 Mi float64s = 128 MiB): XOR may run
	// 5 million epochs of 2 inputs.
	MaxPerceptronHistory = 1 << 24
	// MaxBatchValues is the most values B·(n_1 + … + n_L) that a pass over
	// a batch of B examples keeps for each of Z, A and δ (64 Mi float64s =
	// 512 MiB each): Forward, Predict, Cost, Gradient, NumericalGradients and
	// GradCheck check it for the rows of X, Train for the training and the
	// validation set. MNIST's full batch through [784 100 10] is 6.6 million.
	MaxBatchValues = 1 << 26
)

// checkClasses panics unless 1 ≤ k ≤ MaxClasses; fn names the function.
func checkClasses(fn string, k int) {
	if k < 1 || k > MaxClasses {
		panicf("%s: number of classes K = %d, want 1 … mlp.MaxClasses = %d", fn, k, MaxClasses)
	}
}
