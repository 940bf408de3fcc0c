// Package backprop is backpropagation for one batch (notebook 13): a dense
// network with sigmoid hidden layers, a linear output and the loss
// ECM = (1/2N) Σᵢ ‖ŷ⁽ⁱ⁾ − y⁽ⁱ⁾‖² (ERRATA 1, 5, 6). Examples are rows.
package backprop

import (
	"gonum.org/v1/gonum/mat"
)

// Backward runs the network on X, then backwards, and returns for each
// layer l = 1 … L (index l−1):
//
//	δ{L} = A{L} − Y                      (N×n_L, one row per example)
//	δ{l} = (δ{l+1} W{l+1}) ⊙ σ′(Z{l})    σ′(Z{l}) = A{l} ⊙ (1 − A{l})
//	∂ECM/∂W{l} = (1/N) δ{l}ᵀ A{l−1}      ∂ECM/∂b{l} = (1/N) Σᵢ δ{l}⁽ⁱ⁾
//
// Shapes that do not fit give an error.
func Backward(Ws []*mat.Dense, bs []*mat.VecDense, X, Y *mat.Dense) (deltas, gW []*mat.Dense, gb []*mat.VecDense, err error) {
	panic("not implemented: Backward")
}
