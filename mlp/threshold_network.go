package mlp

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

// ThresholdNetwork is a layered network of threshold units ("múltiples
// capas"): each unit of layer l reads every output of layer l−1 (the input x
// for the first layer),
//
//	a{0} = x,   a{l}ⱼ = φ(bⱼ + wⱼᵀa{l−1}),
//
// and the outputs of the last layer are the network's.
type ThresholdNetwork struct {
	Layers [][]*ThresholdUnit
}

// XORNetwork returns the two-layer network of gates of the slides,
//
//	x₁ ⊕ x₂ = (x₁ ∨ x₂) ∧ ¬(x₁ ∧ x₂),
//
// whose hidden layer is OR and NAND (= ¬∧) and whose output is AND of the two.
func XORNetwork() *ThresholdNetwork {
	return &ThresholdNetwork{Layers: [][]*ThresholdUnit{{OR(), NAND()}, {AND()}}}
}

// Forward returns the outputs a{1} … a{L} of every layer for each row of X
// (N×d): element l−1 is N×n_l, one column per unit of layer l. It panics
// if the network has no layers, an empty layer or a nil unit, if X is nil,
// empty or not finite, or if a unit does not fit the layer below (see
// ThresholdUnit.Predict).
func (net *ThresholdNetwork) Forward(X mat.Matrix) []*mat.Dense {
	return net.forward("ThresholdNetwork.Forward", X)
}

// forward is Forward; fn names the exported function called.
func (net *ThresholdNetwork) forward(fn string, X mat.Matrix) []*mat.Dense {
	if net == nil || len(net.Layers) == 0 {
		panicf("%s: the network has no layers", fn)
	}
	n, _ := mustMatrix(fn, "X", X)
	var in mat.Matrix = X
	outs := make([]*mat.Dense, len(net.Layers))
	for l, layer := range net.Layers {
		if len(layer) == 0 {
			panicf("%s: layer %d has no units", fn, l+1)
		}
		a := mat.NewDense(n, len(layer), nil)
		for j, u := range layer {
			if u == nil {
				panicf("%s: layer %d, unit %d is nil", fn, l+1, j+1)
			}
			col := u.predict(fmt.Sprintf("%s: layer %d, unit %d", fn, l+1, j+1), in)
			a.SetCol(j, col.RawMatrix().Data)
		}
		outs[l], in = a, a
	}
	return outs
}

// Predict returns the outputs of the last layer for each row of X (N×d), an
// N×n_L matrix (N×1 for XORNetwork). It panics as Forward does.
func (net *ThresholdNetwork) Predict(X mat.Matrix) *mat.Dense {
	outs := net.forward("ThresholdNetwork.Predict", X)
	return outs[len(outs)-1]
}
