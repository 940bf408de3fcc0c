package mlp

import "fmt"

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
// convex: n_l! different parameter vectors share every minimum. It is an
// error if l is not a hidden layer or perm is not a permutation of 0…n_l−1.
func PermuteHidden(n *Network, l int, perm []int) (*Network, error) {
	if err := n.check(); err != nil {
		return nil, err
	}
	L := len(n.Layers)
	if l < 1 || l >= L {
		return nil, fmt.Errorf("mlp: PermuteHidden of layer %d, want a hidden layer 1…%d (sizes %s)", l, L-1, shortSizes(n.Sizes))
	}
	width := n.Sizes[l]
	if len(perm) != width {
		return nil, fmt.Errorf("mlp: permutation of %d units for hidden layer %d of %d units", len(perm), l, width)
	}
	seen := make([]bool, width)
	for j, p := range perm {
		if p < 0 || p >= width {
			return nil, fmt.Errorf("mlp: %s is not a permutation of 0…%d: perm[%d] = %d is out of range", shortList(perm, "entries"), width-1, j, p)
		}
		if seen[p] {
			return nil, fmt.Errorf("mlp: %s is not a permutation of 0…%d: perm[%d] = %d repeats", shortList(perm, "entries"), width-1, j, p)
		}
		seen[p] = true
	}
	c := n.Clone()
	in, out := n.Layers[l-1], n.Layers[l] // W{l}, b{l} and W{l+1}
	for j, p := range perm {
		// Wt{l} = W{l}ᵀ: unit j's incoming weights are column j.
		for k := range n.Sizes[l-1] {
			c.Layers[l-1].Wt.Set(k, j, in.Wt.At(k, p))
		}
		c.Layers[l-1].B.SetVec(j, in.B.AtVec(p))
		// Wt{l+1} = W{l+1}ᵀ: unit j's outgoing weights are row j.
		for k := range n.Sizes[l+1] {
			c.Layers[l].Wt.Set(j, k, out.Wt.At(p, k))
		}
	}
	return c, nil
}
