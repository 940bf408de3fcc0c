package lab

import (
	"gomlp.dev/internal/validate"
	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

// PermuteHidden returns a copy of n whose hidden layer l (1 ≤ l < L) has its
// n_l units in the order perm: unit j of the copy is unit perm[j] of n. Each
// unit takes its incoming weights (row of W{l}), its bias and its outgoing
// weights (column of W{l+1}) with it; with P the permutation matrix,
//
//	W{l} → P W{l},   b{l} → P b{l},   W{l+1} → W{l+1} Pᵀ,
//
// so z{l+1} = W{l+1}Pᵀ φ(P(W{l}a{l-1} + b{l})) + b{l+1} is unchanged (φ acts
// element by element) and the copy computes exactly the same function and
// loss as n. This is why the loss of a network with hidden layers is not
// convex: n_l! different parameter vectors share every minimum. It panics
// if n is nil, l is not a hidden layer or perm is not a permutation of
// 0…n_l−1.
func PermuteHidden(n *mlp.Network, l int, perm []int) *mlp.Network {
	if n == nil {
		panicf("PermuteHidden of a nil network")
	}
	L := len(n.Layers)
	if l < 1 || l >= L {
		panicf("PermuteHidden of layer %d, want a hidden layer 1…%d (sizes %s)", l, L-1, validate.Short(n.Sizes, "sizes"))
	}
	width := n.Sizes[l]
	if len(perm) != width {
		panicf("PermuteHidden: a permutation of %d units for hidden layer %d of %d units", len(perm), l, width)
	}
	seen := make([]bool, width)
	for j, p := range perm {
		if p < 0 || p >= width {
			panicf("PermuteHidden: %s is not a permutation of 0…%d: perm[%d] = %d is out of range", validate.Short(perm, "entries"), width-1, j, p)
		}
		if seen[p] {
			panicf("PermuteHidden: %s is not a permutation of 0…%d: perm[%d] = %d repeats", validate.Short(perm, "entries"), width-1, j, p)
		}
		seen[p] = true
	}
	c := n.Clone()
	in, out := n.Layers[l-1], n.Layers[l] // W{l}, b{l} and W{l+1}
	Win, b, Wout := in.W(), in.B(), out.W()
	pWin, pb, pWout := mat.NewDense(width, n.Sizes[l-1], nil), mat.NewVecDense(width, nil), mat.NewDense(n.Sizes[l+1], width, nil)
	for j, p := range perm {
		pWin.SetRow(j, Win.RawRowView(p)) // unit j's incoming weights: row j of W{l}
		pb.SetVec(j, b.AtVec(p))
		for k := range n.Sizes[l+1] { // unit j's outgoing weights: column j of W{l+1}
			pWout.Set(k, j, Wout.At(k, p))
		}
	}
	c.Layers[l-1].SetW(pWin)
	c.Layers[l-1].SetB(pb)
	c.Layers[l].SetW(pWout)
	return c
}
