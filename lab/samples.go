package lab

import (
	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

// EvenSamples returns n examples (x, g(x)) of g at evenly spaced points of
// [0, 1], the middles of n equal intervals: x_i = (i + ½)/n. It panics if
// n < 1 or g is nil.
func EvenSamples(g func(float64) float64, n int) *mlp.Dataset {
	if g == nil || n < 1 {
		panicf("EvenSamples of %d points (want ≥ 1) of a function (nil: %v)", n, g == nil)
	}
	X, Y := mat.NewDense(n, 1, nil), mat.NewDense(n, 1, nil)
	for i := range n {
		x := (float64(i) + 0.5) / float64(n)
		X.Set(i, 0, x)
		Y.Set(i, 0, g(x))
	}
	return &mlp.Dataset{X: X, Y: Y}
}
