package mlp

import (
	"fmt"
	"strings"
)

// Params returns all the parameters of n as one vector
//
//	θ = (W{1}, b{1}, W{2}, b{2}, …, W{L}, b{L}),
//
// each W{l} row by row (row j: the weights of unit j), so len(θ) =
// NumParams() = Σₗ n_l (n_{l-1} + 1). Changing θ does not change n. A nil
// network has no parameters (nil); Params panics with an mlp: message on a
// malformed network (a layer without weights, shapes that disagree with
// Sizes).
func (n *Network) Params() []float64 {
	if n == nil {
		return nil
	}
	if err := n.check(); err != nil {
		panic(fmt.Sprintf("mlp: Params of a malformed network: %v", strings.TrimPrefix(err.Error(), "mlp: ")))
	}
	theta := make([]float64, 0, n.NumParams())
	for _, layer := range n.Layers {
		r, c := layer.Wt.Dims() // n_{l-1} × n_l
		for j := range c {
			for k := range r {
				theta = append(theta, layer.Wt.At(k, j))
			}
		}
		theta = append(theta, layer.B.RawVector().Data...)
	}
	return theta
}

// SetParams sets all the parameters of n from θ, in the order of Params.
// It is an error if n is nil or malformed, or len(θ) is not NumParams().
// θ may hold NaN or ±Inf (to study them); Predict, Forward, Train and Save
// then return an error naming the weight.
func (n *Network) SetParams(theta []float64) error {
	if n == nil {
		return fmt.Errorf("mlp: SetParams on a nil network")
	}
	if err := n.check(); err != nil {
		return err
	}
	if len(theta) != n.NumParams() {
		return fmt.Errorf("mlp: SetParams with %d values for a network %s of %d parameters", len(theta), shortSizes(n.Sizes), n.NumParams())
	}
	i := 0
	for _, layer := range n.Layers {
		r, c := layer.Wt.Dims()
		for j := range c {
			for k := range r {
				layer.Wt.Set(k, j, theta[i])
				i++
			}
		}
		b := layer.B.RawVector().Data
		i += copy(b, theta[i:i+len(b)])
	}
	return nil
}
