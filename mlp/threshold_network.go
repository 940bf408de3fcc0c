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
// (N×d): element l−1 is N×n_l, one column per unit of layer l. It is an error
// if the network has no layers or an empty layer, if X is empty or not finite,
// or if a layer's units do not have one weight per output of the layer below.
func (net *ThresholdNetwork) Forward(X mat.Matrix) ([]*mat.Dense, error) {
	if net == nil || len(net.Layers) == 0 {
		return nil, fmt.Errorf("mlp: ThresholdNetwork has no layers")
	}
	if err := dataCheckMatrix("X", X); err != nil {
		return nil, err
	}
	n, _ := X.Dims()
	var in mat.Matrix = X
	outs := make([]*mat.Dense, len(net.Layers))
	for l, layer := range net.Layers {
		if len(layer) == 0 {
			return nil, fmt.Errorf("mlp: layer %d of the ThresholdNetwork has no units", l+1)
		}
		a := mat.NewDense(n, len(layer), nil)
		for j, u := range layer {
			if u == nil {
				return nil, fmt.Errorf("mlp: layer %d, unit %d of the ThresholdNetwork is nil", l+1, j+1)
			}
			col, err := u.Predict(in)
			if err != nil {
				return nil, fmt.Errorf("mlp: layer %d, unit %d: %w", l+1, j+1, err)
			}
			a.SetCol(j, col.RawMatrix().Data)
		}
		outs[l], in = a, a
	}
	return outs, nil
}

// Predict returns the outputs of the last layer for each row of X (N×d), an
// N×n_L matrix (N×1 for XORNetwork). Errors are those of Forward.
func (net *ThresholdNetwork) Predict(X mat.Matrix) (*mat.Dense, error) {
	outs, err := net.Forward(X)
	if err != nil {
		return nil, err
	}
	return outs[len(outs)-1], nil
}
