package lab

import (
	"math"

	"gomlp.dev/internal/validate"
	"gomlp.dev/mlp"
)

// ScaleGap measures how far the run p is from c times the run ref, epoch by
// epoch: the largest |w(p) − c·w(ref)| or |b(p) − c·b(ref)| over every
// entry of every epoch of their histories.
//
// From a zero start the perceptron rule with learning rate α gives exactly
// α times the weights of α = 1 at every epoch (same mistakes, same line),
// so ScaleGap(pα, p1, α) is 0 when α·w is exact in floating point.
//
// It panics if a run is nil, the runs did not make the same number of
// epochs, their weights differ in length, or c is not finite.
func ScaleGap(p, ref *mlp.Perceptron, c float64) float64 {
	if p == nil || ref == nil {
		panicf("ScaleGap needs two trained perceptrons (got nil)")
	}
	if !validate.Finite(c) {
		panicf("ScaleGap with factor %v, want a finite number", c)
	}
	if p.Epochs() != ref.Epochs() {
		panicf("ScaleGap: runs of %d and %d epochs cannot be compared epoch by epoch", p.Epochs(), ref.Epochs())
	}
	gap := 0.0
	for e, h := range p.History {
		r := ref.History[e]
		if len(h.W) != len(r.W) {
			panicf("ScaleGap: epoch %d has %d and %d weights", e, len(h.W), len(r.W))
		}
		gap = max(gap, math.Abs(h.B-c*r.B))
		for j := range h.W {
			gap = max(gap, math.Abs(h.W[j]-c*r.W[j]))
		}
	}
	return gap
}
