package data

import (
	"fmt"
	"math"
	"math/rand/v2"

	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

// Regression1D returns N examples of a noisy function of one variable,
//
//	x⁽ⁱ⁾ ~ U[lo, hi],   y⁽ⁱ⁾ = f(x⁽ⁱ⁾) + noise·ε⁽ⁱ⁾,   ε⁽ⁱ⁾ ~ N(0, 1),
//
// as X (N×1) and Y (N×1), without labels. It is deterministic given the seed.
// It is an error if N < 1 or N > MaxExamples, f is nil, lo ≥ hi or a bound
// is not finite (or hi − lo overflows), noise < 0, f returns NaN or ±Inf, or
// y overflows float64 (a noise near 1e308).
func Regression1D(f func(x float64) float64, n int, lo, hi, noise float64, seed uint64) (*mlp.Dataset, error) {
	if f == nil {
		return nil, fmt.Errorf("data: Regression1D of a nil function")
	}
	if err := checkSize("number of examples N", n); err != nil {
		return nil, err
	}
	if err := checkExamples(n); err != nil {
		return nil, err
	}
	if !(lo < hi) || math.IsInf(lo, 0) || math.IsInf(hi, 0) || math.IsInf(hi-lo, 0) {
		return nil, fmt.Errorf("data: Regression1D interval [%v, %v], want finite lo < hi (and a finite width hi − lo)", lo, hi)
	}
	if err := checkNoise(noise); err != nil {
		return nil, err
	}
	rng := rand.New(rand.NewPCG(seed, 0x1d)) // 0x1d: any fixed second word
	x := make([]float64, n)
	y := make([]float64, n)
	for i := range n {
		x[i] = lo + (hi-lo)*rng.Float64()
		fx := f(x[i])
		if math.IsNaN(fx) || math.IsInf(fx, 0) {
			return nil, fmt.Errorf("data: Regression1D: f(%v) = %v, want a finite value", x[i], fx)
		}
		y[i] = fx + noise*rng.NormFloat64()
		if math.IsNaN(y[i]) || math.IsInf(y[i], 0) {
			return nil, fmt.Errorf("data: Regression1D: y = f(%v) + noise·ε = %v overflows float64, want a noise well below 1e308 (noise = %v)", x[i], y[i], noise)
		}
	}
	return &mlp.Dataset{X: mat.NewDense(n, 1, x), Y: mat.NewDense(n, 1, y)}, nil
}

// NoisyLine returns N examples of a straight line with noise on [−1, 1],
//
//	y = slope·x + intercept + noise·ε,
//
// the data of the linear neuron (whose least-squares fit recovers slope and
// intercept as N grows). Errors are those of Regression1D.
func NoisyLine(n int, slope, intercept, noise float64, seed uint64) (*mlp.Dataset, error) {
	return Regression1D(func(x float64) float64 { return slope*x + intercept }, n, -1, 1, noise, seed)
}

// NoisySine returns N examples of one period of a sine with noise,
//
//	x ~ U[−π, π],   y = sin x + noise·ε,
//
// the target of the universal-approximation notebook. Errors are those of
// Regression1D.
func NoisySine(n int, noise float64, seed uint64) (*mlp.Dataset, error) {
	return Regression1D(math.Sin, n, -math.Pi, math.Pi, noise, seed)
}
