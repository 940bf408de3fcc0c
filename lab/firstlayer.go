package lab

import (
	"gomlp.dev/internal/validate"
	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

// InputUse describes what training did to the first-layer weights of a
// network, input by input. BP4 says ∂ℓ/∂W{1}_jk = δ_j·x_k: a weight whose
// input x_k is 0 in every training example gets a zero gradient at every
// step and never changes.
type InputUse struct {
	Inputs int // n_0, the inputs of the network
	Dark   int // inputs that are 0 in every row of X
	// Weights out of the dark inputs, and how many of them are unchanged
	// (bit for bit); the same for the other inputs.
	DarkWeights, DarkUnchanged int
	LitWeights, LitUnchanged   int
	// LitMost is the largest number of rows of X in which an input with an
	// unchanged weight is not 0 (0 if every weight of a lit input changed).
	LitMost int
}

// FirstLayerUse compares the first-layer weights W{1} of a network before
// and after training on the examples X (one per row) and returns how many
// weights changed, for the inputs that are 0 in every example and for the
// others. It panics if a network or X is nil, the networks do not have the
// same first layer, or X does not have n_0 columns.
func FirstLayerUse(before, after *mlp.Network, X *mat.Dense) InputUse {
	if before == nil || after == nil || len(before.Layers) == 0 || len(after.Layers) == 0 || X == nil {
		panicf("FirstLayerUse needs two networks and the examples")
	}
	W0, W := before.Layers[0].W(), after.Layers[0].W()
	r0, c0 := W0.Dims()
	if r, c := W.Dims(); r != r0 || c != c0 {
		panicf("FirstLayerUse: first layers of %s and %s weights", validate.Dims(r0, c0), validate.Dims(r, c))
	}
	rows, cols := X.Dims()
	if cols != c0 {
		panicf("FirstLayerUse: X is %s, the network takes %d inputs", validate.Dims(rows, cols), c0)
	}
	lit := make([]int, cols) // rows of X in which each input is not 0
	for i := range rows {
		for k, v := range X.RawRowView(i) {
			if v != 0 {
				lit[k]++
			}
		}
	}
	u := InputUse{Inputs: cols}
	for k := range cols {
		if lit[k] == 0 {
			u.Dark++
		}
		for j := range r0 {
			same := W.At(j, k) == W0.At(j, k)
			switch {
			case lit[k] == 0:
				u.DarkWeights++
				if same {
					u.DarkUnchanged++
				}
			default:
				u.LitWeights++
				if same {
					u.LitUnchanged++
					u.LitMost = max(u.LitMost, lit[k])
				}
			}
		}
	}
	return u
}
