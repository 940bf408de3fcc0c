package mlp

// finalLoss returns the data loss L of n's current weights on the whole
// training set d (already checked by Train), for History.FinalLoss:
//
//	L = (1/N) Σᵢ₌₁ᴺ ℓ(ŷ⁽ⁱ⁾, y⁽ⁱ⁾),
//
// one forward pass over the N examples, without the L2 term.
func (n *Network) finalLoss(d *Dataset) float64 {
	N, _ := d.X.Dims()
	tr := newTrace(n.Sizes, N, false)
	tr.A[0] = d.X
	n.forward(tr)
	return n.batchLoss(tr, d.Y)
}
