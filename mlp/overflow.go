package mlp

import (
	"fmt"
	"math"

	"gomlp.dev/internal/validate"
)

// Checks for the numbers that float64 cannot hold. Finite weights and inputs
// can still give ±Inf (and then NaN, as ∞ − ∞) when they are huge: weights
// near 1e308 overflow in the first product. These checks run once per call
// of an exported function (Forward, Cost, Backward), never inside Train's
// loop of mini-batches, which has its own check of the loss.

// traceNonFinite names the first NaN or ±Inf of tr, layer by layer (Z{1},
// A{1}, Z{2}, …; A{0} first if input is true), e.g. "Z{2}[0,1] is +Inf";
// found is false if every number is finite.
func traceNonFinite(tr *Trace, input bool) (what string, found bool) {
	for l := range tr.A {
		if l > 0 {
			if i, j, bad := validate.DenseNonFinite(tr.Z[l-1]); bad {
				return fmt.Sprintf("Z{%d}[%d,%d] is %v", l, i, j, tr.Z[l-1].At(i, j)), true
			}
		} else if !input {
			continue
		}
		if i, j, bad := validate.DenseNonFinite(tr.A[l]); bad {
			return fmt.Sprintf("A{%d}[%d,%d] is %v", l, i, j, tr.A[l].At(i, j)), true
		}
	}
	return "", false
}

// gradientsNonFinite names the first NaN or ±Inf of ∂L/∂W{l} or ∂L/∂b{l}.
func gradientsNonFinite(g *Gradients) (what string, found bool) {
	for l := range g.wt {
		if k, j, bad := validate.DenseNonFinite(g.wt[l]); bad { // wt is the transpose: row k, column j
			return fmt.Sprintf("∂L/∂W{%d}[%d,%d] is %v", l+1, j, k, g.wt[l].At(k, j)), true
		}
		for k, v := range g.B[l].RawVector().Data {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return fmt.Sprintf("∂L/∂b{%d}[%d] is %v", l+1, k, v), true
			}
		}
	}
	return "", false
}

// largestWeight returns the largest |w| or |b| of the network, for messages.
func (n *Network) largestWeight() float64 {
	m := 0.0
	for _, layer := range n.Layers {
		wt := layer.wt.RawMatrix()
		for i := range wt.Rows {
			for _, v := range wt.Data[i*wt.Stride : i*wt.Stride+wt.Cols] {
				m = math.Max(m, math.Abs(v))
			}
		}
		for _, v := range layer.b.RawVector().Data {
			m = math.Max(m, math.Abs(v))
		}
	}
	return m
}

// overflowMessage describes a forward pass that overflowed at what.
func (n *Network) overflowMessage(what string) string {
	return fmt.Sprintf("%s: the forward pass overflows float64 (largest |weight| or |bias| %.3g); the outputs would not be numbers", what, n.largestWeight())
}

// checkBatchValues returns an error unless a pass over rows examples keeps
// at most MaxBatchValues values per Z, A and δ, rows·(n_1 + … + n_L); what
// names the rows ("X", "the training set", …).
func (n *Network) checkBatchValues(what string, rows int) error {
	units := 0
	for _, w := range n.Sizes[1:] {
		units += w
	}
	if !validate.Fits(MaxBatchValues, rows, units) {
		return fmt.Errorf("%s has %d rows: a pass through the network %s keeps %d × %d = %.3g values per Z, A and δ, more than mlp.MaxBatchValues = %d; use at most %d rows at a time",
			what, rows, shortSizes(n.Sizes), rows, units, float64(rows)*float64(units), MaxBatchValues, MaxBatchValues/units)
	}
	return nil
}
