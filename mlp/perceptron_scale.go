package mlp

import (
	"fmt"
	"math"
)

// ScaleGap measures how far the run p is from c times the run ref, epoch by
// epoch: the largest |w(p) − c·w(ref)| or |b(p) − c·b(ref)| over every
// entry of every epoch of their histories.
//
// From a zero start the perceptron rule with learning rate α gives exactly
// α times the weights of α = 1 at every epoch (same mistakes, same line),
// so ScaleGap(pα, p1, α) is 0 when α·w is exact in floating point.
//
// It returns an error if a run is nil, the runs did not make the same
// number of epochs, their weights differ in length, or c is not finite.
func ScaleGap(p, ref *Perceptron, c float64) (float64, error) {
	if p == nil || ref == nil {
		return 0, fmt.Errorf("mlp: ScaleGap needs two trained perceptrons (got nil)")
	}
	if math.IsNaN(c) || math.IsInf(c, 0) {
		return 0, fmt.Errorf("mlp: ScaleGap with factor %v", c)
	}
	if p.Epochs() != ref.Epochs() {
		return 0, fmt.Errorf("mlp: runs of %d and %d epochs cannot be compared epoch by epoch", p.Epochs(), ref.Epochs())
	}
	gap := 0.0
	for e, h := range p.History {
		r := ref.History[e]
		if len(h.W) != len(r.W) {
			return 0, fmt.Errorf("mlp: epoch %d has %d and %d weights", e, len(h.W), len(r.W))
		}
		gap = max(gap, math.Abs(h.B-c*r.B))
		for j := range h.W {
			gap = max(gap, math.Abs(h.W[j]-c*r.W[j]))
		}
	}
	return gap, nil
}
