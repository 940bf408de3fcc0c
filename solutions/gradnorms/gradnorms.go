// Package gradnorms measures how fast each layer learns (notebook 14): the
// norm of each layer's gradient, as Nielsen's chapter 5 plots it.
package gradnorms

import (
	"math"

	"gonum.org/v1/gonum/mat"
)

// Norms returns the Frobenius norm ‖G{l}‖ = √(Σⱼₖ g²ⱼₖ) of each matrix.
func Norms(gs []*mat.Dense) []float64 {
	// BEGIN SOLUTION
	out := make([]float64, len(gs))
	for l, g := range gs {
		out[l] = mat.Norm(g, 2)
	}
	return out
	// END SOLUTION
}

// Speeds returns, for each layer's δ{l} (N×n_l, one row per example), the
// norm of the bias gradient ‖∂C/∂b{l}‖ = ‖(1/N) Σᵢ δ{l}⁽ⁱ⁾‖, the "speed of
// learning" of the layer.
func Speeds(deltas []*mat.Dense) []float64 {
	// BEGIN SOLUTION
	out := make([]float64, len(deltas))
	for l, d := range deltas {
		n, k := d.Dims()
		s := 0.0
		for j := range k {
			m := 0.0
			for i := range n {
				m += d.At(i, j)
			}
			m /= float64(n)
			s += m * m
		}
		out[l] = math.Sqrt(s)
	}
	return out
	// END SOLUTION
}
