// Package dense is the forward pass of a dense network on a batch, with
// gonum/mat (notebook 12). Examples are rows: X is N×d, W{l} is n_l×n_{l−1}.
package dense

import (
	"gonum.org/v1/gonum/mat"
)

// Layer returns Z = A·Wᵀ + 1·bᵀ (N×n_l): row i is z⁽ⁱ⁾ = W a⁽ⁱ⁾ + b.
func Layer(W *mat.Dense, b *mat.VecDense, A *mat.Dense) *mat.Dense {
	panic("not implemented: Layer")
}

// Forward runs the network on X and returns every layer's activations
// A{0} = X, A{1}, …, A{L}: A{l} = σ(Z{l}) for the hidden layers and
// A{L} = Z{L} (a linear output). Shapes that do not fit give an error.
func Forward(Ws []*mat.Dense, bs []*mat.VecDense, X *mat.Dense) ([]*mat.Dense, error) {
	panic("not implemented: Forward")
}
