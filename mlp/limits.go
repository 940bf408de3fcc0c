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
	// MaxBatchValues is the most values B·(n_1 + … + n_L) that a pass over
	// a batch of B examples keeps for each of Z, A and δ (64 Mi float64s =
	// 512 MiB each): Forward, Predict, Cost, Gradient, NumericalGradients and
	// GradCheck check it for the rows of X, Train for B and for the
	// validation set. MNIST's full batch through [784 100 10] is 6.6 million.
	MaxBatchValues = 1 << 26
	// MaxGradientValues is the most numbers BatchGradients (count·P, for a
	// network of P parameters) and ExampleSpread (N·P) keep (64 Mi float64s =
	// 512 MiB): 4000 batches of a network of 10 000 parameters are 40 million.
	MaxGradientValues = 1 << 26
	// MaxHessianInputs is the most inputs d that ECMHessian and
	// DivergenceThreshold accept: the Hessian is (d+1)×(d+1), 128 MiB at the
	// limit, and its eigenvalues take O(d³) steps. MNIST's X has d = 784;
	// its transpose (d = 60 000) would need 29 GB.
	MaxHessianInputs = 4095
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

// maxListed is how many numbers an error message lists in full; a longer
// list is shortened by shortList.
const maxListed = 12

// shortSizes formats sizes as fmt does, [784 30 10], but a list longer than
// maxListed as its first and last few entries and its length,
// "[1 1 1 1 1 … 1 1 1] (30001 sizes)": an error message stays one line.
func shortSizes(sizes []int) string { return shortList(sizes, "sizes") }

// shortList is shortSizes for any list of ints; noun names its entries.
func shortList(v []int, noun string) string {
	if len(v) <= maxListed {
		return fmt.Sprint(v)
	}
	head, tail := fmt.Sprint(v[:5]), fmt.Sprint(v[len(v)-3:])
	return fmt.Sprintf("%s … %s (%d %s)", head[:len(head)-1], tail[1:], len(v), noun)
}
