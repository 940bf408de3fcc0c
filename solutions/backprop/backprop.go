// Package backprop is backpropagation for one batch (notebook 13): a dense
// network with sigmoid hidden layers, a linear output and the loss
// ECM = (1/2N) Σᵢ ‖ŷ⁽ⁱ⁾ − y⁽ⁱ⁾‖² (ERRATA 1, 5, 6). Examples are rows.
package backprop

import (
	"fmt"
	"math"

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
	// BEGIN SOLUTION
	L := len(Ws)
	if L == 0 || len(bs) != L {
		return nil, nil, nil, fmt.Errorf("backprop: %d weight matrices and %d bias vectors", L, len(bs))
	}
	n, _ := X.Dims()
	As := []*mat.Dense{X}
	for l, W := range Ws {
		r, c := W.Dims()
		if _, prev := As[l].Dims(); c != prev || bs[l].Len() != r {
			return nil, nil, nil, fmt.Errorf("backprop: W{%d} is %d×%d, b{%d} has %d entries, the layer before has %d units", l+1, r, c, l+1, bs[l].Len(), prev)
		}
		Z := mat.NewDense(n, r, nil)
		Z.Mul(As[l], W.T())
		Z.Apply(func(_, j int, v float64) float64 { return v + bs[l].AtVec(j) }, Z)
		if l < L-1 {
			Z.Apply(func(_, _ int, v float64) float64 { return 1 / (1 + math.Exp(-v)) }, Z)
		}
		As = append(As, Z)
	}
	if yr, yc := Y.Dims(); yr != n || yc != Ws[L-1].RawMatrix().Rows {
		return nil, nil, nil, fmt.Errorf("backprop: Y is %d×%d, the output is %d×%d", yr, yc, n, Ws[L-1].RawMatrix().Rows)
	}
	deltas = make([]*mat.Dense, L)
	gW = make([]*mat.Dense, L)
	gb = make([]*mat.VecDense, L)
	d := mat.NewDense(n, Ws[L-1].RawMatrix().Rows, nil)
	d.Sub(As[L], Y)
	for l := L - 1; l >= 0; l-- {
		deltas[l] = d
		r, c := Ws[l].Dims()
		gW[l] = mat.NewDense(r, c, nil)
		gW[l].Mul(d.T(), As[l])
		gW[l].Scale(1/float64(n), gW[l])
		gb[l] = mat.NewVecDense(r, nil)
		for i := range n {
			gb[l].AddScaledVec(gb[l], 1/float64(n), d.RowView(i))
		}
		if l > 0 {
			prev := mat.NewDense(n, c, nil)
			prev.Mul(d, Ws[l])
			A := As[l]
			prev.Apply(func(i, j int, v float64) float64 { a := A.At(i, j); return v * a * (1 - a) }, prev)
			d = prev
		}
	}
	return deltas, gW, gb, nil
	// END SOLUTION
}
