// Package dense is the forward pass of a dense network on a batch, with
// gonum/mat (notebook 12). Examples are rows: X is N×d, W{l} is n_l×n_{l−1}.
package dense

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// Layer returns Z = A·Wᵀ + 1·bᵀ (N×n_l): row i is z⁽ⁱ⁾ = W a⁽ⁱ⁾ + b.
func Layer(W *mat.Dense, b *mat.VecDense, A *mat.Dense) *mat.Dense {
	// BEGIN SOLUTION
	var Z mat.Dense
	Z.Mul(A, W.T())
	Z.Apply(func(_, j int, v float64) float64 { return v + b.AtVec(j) }, &Z)
	return &Z
	// END SOLUTION
}

// Forward runs the network on X and returns every layer's activations
// A{0} = X, A{1}, …, A{L}: A{l} = σ(Z{l}) for the hidden layers and
// A{L} = Z{L} (a linear output). Shapes that do not fit give an error.
func Forward(Ws []*mat.Dense, bs []*mat.VecDense, X *mat.Dense) ([]*mat.Dense, error) {
	// BEGIN SOLUTION
	if len(Ws) == 0 || len(Ws) != len(bs) {
		return nil, fmt.Errorf("dense: %d weight matrices and %d bias vectors", len(Ws), len(bs))
	}
	As := []*mat.Dense{X}
	for l, W := range Ws {
		r, c := W.Dims()
		if _, prev := As[l].Dims(); c != prev {
			return nil, fmt.Errorf("dense: W{%d} has %d columns, the layer before has %d units", l+1, c, prev)
		}
		if bs[l].Len() != r {
			return nil, fmt.Errorf("dense: b{%d} has %d entries, W{%d} has %d rows", l+1, bs[l].Len(), l+1, r)
		}
		Z := Layer(W, bs[l], As[l])
		if l < len(Ws)-1 {
			Z.Apply(func(_, _ int, v float64) float64 { return 1 / (1 + math.Exp(-v)) }, Z)
		}
		As = append(As, Z)
	}
	return As, nil
	// END SOLUTION
}
