package data

import (
	"math"
	"math/rand/v2"

	"gomlp.dev/internal/validate"
	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

// Regression1D returns N examples of a noisy function of one variable,
//
//	x⁽ⁱ⁾ ~ U[lo, hi],   y⁽ⁱ⁾ = f(x⁽ⁱ⁾) + noise·ε⁽ⁱ⁾,   ε⁽ⁱ⁾ ~ N(0, 1),
//
// as X (N×1) and Y (N×1), without labels. It is deterministic given the seed.
// It panics if N < 1 or N > MaxExamples, f is nil, lo ≥ hi or a bound is
// not finite (or hi − lo overflows), noise < 0, f returns NaN or ±Inf, or y
// overflows float64 (a noise near 1e308).
func Regression1D(f func(x float64) float64, n int, lo, hi, noise float64, seed uint64) *mlp.Dataset {
	return regression1D("Regression1D", f, n, lo, hi, noise, seed)
}

// regression1D is Regression1D, its panics naming fn.
func regression1D(fn string, f func(x float64) float64, n int, lo, hi, noise float64, seed uint64) *mlp.Dataset {
	if f == nil {
		fail(fn, "nil function f")
	}
	checkExamples(fn, n)
	if !(lo < hi) || !validate.Finite(lo) || !validate.Finite(hi) || !validate.Finite(hi-lo) {
		fail(fn, "interval [%v, %v], want finite lo < hi (and a finite width hi − lo)", lo, hi)
	}
	checkNoise(fn, noise)
	rng := rand.New(rand.NewPCG(seed, 0x1d)) // 0x1d: any fixed second word
	x := make([]float64, n)
	y := make([]float64, n)
	for i := range n {
		x[i] = lo + (hi-lo)*rng.Float64()
		fx := f(x[i])
		if !validate.Finite(fx) {
			fail(fn, "f(%v) = %v, want a finite value", x[i], fx)
		}
		y[i] = fx + noise*rng.NormFloat64()
		if !validate.Finite(y[i]) {
			fail(fn, "y = f(%v) + noise·ε = %v overflows float64, want a noise well below 1e308 (noise = %v)", x[i], y[i], noise)
		}
	}
	return &mlp.Dataset{X: mat.NewDense(n, 1, x), Y: mat.NewDense(n, 1, y)}
}

// NoisyLine returns N examples of a straight line with noise on [−1, 1],
//
//	y = slope·x + intercept + noise·ε,
//
// the data of the linear neuron (whose least-squares fit recovers slope and
// intercept as N grows). It panics as Regression1D does.
func NoisyLine(n int, slope, intercept, noise float64, seed uint64) *mlp.Dataset {
	return regression1D("NoisyLine", func(x float64) float64 { return slope*x + intercept }, n, -1, 1, noise, seed)
}

// NoisySine returns N examples of one period of a sine with noise,
//
//	x ~ U[−π, π],   y = sin x + noise·ε,
//
// the target of the universal-approximation notebook. It panics as
// Regression1D does.
func NoisySine(n int, noise float64, seed uint64) *mlp.Dataset {
	return regression1D("NoisySine", math.Sin, n, -math.Pi, math.Pi, noise, seed)
}
