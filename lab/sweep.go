package lab

import "fmt"

// SweepSeeds measures a quantity once for each of the seeds 1 … n and
// returns the measurements, in seed order, and their Summary. It stops at
// the first error measure returns, naming the seed; it panics if n < 1,
// measure is nil, or a measurement is NaN (see Summarize).
func SweepSeeds(n int, measure func(seed uint64) (float64, error)) ([]float64, Summary, error) {
	if n < 1 || measure == nil {
		panicf("SweepSeeds over %d seeds of a function (nil: %v): want at least 1 seed and a function", n, measure == nil)
	}
	xs := make([]float64, n)
	for i := range xs {
		x, err := measure(uint64(i + 1))
		if err != nil {
			return nil, Summary{}, fmt.Errorf("lab: seed %d: %w", i+1, err)
		}
		xs[i] = x
	}
	return xs, Summarize(xs), nil
}
