// Package gradnorms measures how fast each layer learns (notebook 14): the
// norm of each layer's gradient, as Nielsen's chapter 5 plots it.
package gradnorms

import (
	"gonum.org/v1/gonum/mat"
)

// Norms returns the Frobenius norm ‖G{l}‖ = √(Σⱼₖ g²ⱼₖ) of each matrix.
func Norms(gs []*mat.Dense) []float64 {
	panic("not implemented: Norms")
}

// Speeds returns, for each layer's δ{l} (N×n_l, one row per example), the
// norm of the bias gradient ‖∂C/∂b{l}‖ = ‖(1/N) Σᵢ δ{l}⁽ⁱ⁾‖, the "speed of
// learning" of the layer.
func Speeds(deltas []*mat.Dense) []float64 {
	panic("not implemented: Speeds")
}
