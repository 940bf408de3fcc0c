package mlp

import "fmt"

// Limits checked before anything is allocated, so that a typo (1e9 for 10)
// is an error naming the limit rather than a fatal "out of memory" that no
// program can recover from.
const (
	// MaxClasses is the most classes K that OneHot, ConfusionMatrix (K×K
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
)

// checkClasses returns an error unless 1 ≤ k ≤ MaxClasses.
func checkClasses(k int) error {
	if err := dataCheckSize("number of classes K", k); err != nil {
		return err
	}
	if k > MaxClasses {
		return fmt.Errorf("mlp: number of classes K = %d, want at most mlp.MaxClasses = %d", k, MaxClasses)
	}
	return nil
}
