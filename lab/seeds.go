package lab

import "fmt"

// SweepSeeds measures a quantity once for each of the seeds 1 … n and
// returns the measurements, in seed order, and their Summary. It stops at
// the first error, naming the seed.
func SweepSeeds(n int, measure func(seed uint64) (float64, error)) ([]float64, Summary, error) {
	if n < 1 {
		return nil, Summary{}, fmt.Errorf("lab: SweepSeeds over %d seeds, want at least 1", n)
	}
	xs := make([]float64, n)
	for i := range xs {
		x, err := measure(uint64(i + 1))
		if err != nil {
			return nil, Summary{}, fmt.Errorf("lab: seed %d: %w", i+1, err)
		}
		xs[i] = x
	}
	s, err := Summarize(xs)
	return xs, s, err
}
