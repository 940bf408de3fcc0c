package data

import (
	"math"

	"gomlp.dev/internal/validate"
	"gonum.org/v1/gonum/mat"
)

// Standardizer holds, per input feature j, the mean μⱼ and standard deviation
// σⱼ measured on the training data, so that the same transformation can be
// applied to validation and test data.
type Standardizer struct {
	Mean, Std []float64
}

// FitStandardizer measures the mean and standard deviation of each column of
// X (N×d), the training inputs:
//
//	μⱼ = (1/N) Σᵢ xⱼ⁽ⁱ⁾,   σⱼ = √((1/N) Σᵢ (xⱼ⁽ⁱ⁾ − μⱼ)²).
//
// A constant column has σⱼ = 0; Transform then only centres it. It panics
// if X is nil, empty or holds NaN or ±Inf.
func FitStandardizer(X mat.Matrix) *Standardizer {
	return fitStandardizer("FitStandardizer", X)
}

// fitStandardizer is FitStandardizer, its panics naming fn.
func fitStandardizer(fn string, X mat.Matrix) *Standardizer {
	checkMatrix(fn, "X", X)
	checkFinite(fn, "X", X)
	n, d := X.Dims()
	s := &Standardizer{Mean: make([]float64, d), Std: make([]float64, d)}
	for j := range d {
		mean := 0.0
		for i := range n {
			mean += X.At(i, j)
		}
		mean /= float64(n)
		v := 0.0
		for i := range n {
			dx := X.At(i, j) - mean
			v += dx * dx
		}
		s.Mean[j], s.Std[j] = mean, math.Sqrt(v/float64(n))
	}
	return s
}

// Transform returns the standardised copy of X (N×d), with the mean and
// standard deviation of the training data:
//
//	x̃ⱼ⁽ⁱ⁾ = (xⱼ⁽ⁱ⁾ − μⱼ) / σⱼ   (x̃ⱼ⁽ⁱ⁾ = xⱼ⁽ⁱ⁾ − μⱼ when σⱼ = 0).
//
// It panics if s is nil, X is nil, empty or not finite, or has a number of
// columns other than the training data's.
func (s *Standardizer) Transform(X mat.Matrix) *mat.Dense {
	const fn = "Transform"
	if s == nil {
		fail(fn, "nil *Standardizer (fit one with FitStandardizer)")
	}
	checkMatrix(fn, "X", X)
	n, d := X.Dims()
	if d != len(s.Mean) {
		fail(fn, "X is %s but the Standardizer was fitted on %d features", validate.Dims(n, d), len(s.Mean))
	}
	checkFinite(fn, "X", X)
	out := mat.NewDense(n, d, nil)
	for i := range n {
		for j := range d {
			v := X.At(i, j) - s.Mean[j]
			if s.Std[j] > 0 {
				v /= s.Std[j]
			}
			out.Set(i, j, v)
		}
	}
	return out
}

// Standardize fits a Standardizer on the training inputs X and returns the
// standardised X (each column of mean 0 and standard deviation 1) with it;
// apply the same Standardizer to the other sets with Transform. It panics
// as FitStandardizer does.
func Standardize(X mat.Matrix) (*mat.Dense, *Standardizer) {
	s := fitStandardizer("Standardize", X)
	return s.Transform(X), s
}
