package mlp

import "gomlp.dev/internal/validate"

// Params returns all the parameters of n as one vector
//
//	θ = (W{1}, b{1}, W{2}, b{2}, …, W{L}, b{L}),
//
// each W{l} row by row (row j: the weights of unit j), so len(θ) =
// NumParams() = Σₗ n_l (n_{l-1} + 1). Changing θ does not change n. A nil
// network has no parameters (nil); Params panics on a malformed network.
func (n *Network) Params() []float64 {
	if n == nil {
		return nil
	}
	n.mustBeValid("Params")
	theta := make([]float64, 0, n.NumParams())
	for _, layer := range n.Layers {
		r, c := layer.wt.Dims() // n_{l-1} × n_l
		for j := range c {
			for k := range r {
				theta = append(theta, layer.wt.At(k, j))
			}
		}
		theta = append(theta, layer.b.RawVector().Data...)
	}
	return theta
}

// SetParams sets all the parameters of n from θ (finite numbers), in the
// order of Params. It panics if n is nil or malformed, len(θ) is not
// NumParams(), or θ holds NaN or ±Inf.
func (n *Network) SetParams(theta []float64) {
	n.mustBeValid("SetParams")
	if len(theta) != n.NumParams() {
		panicf("SetParams: θ has %d values, the network %s has %d parameters", len(theta), shortSizes(n.Sizes), n.NumParams())
	}
	if i := validate.NonFinite(theta); i >= 0 {
		panicf("SetParams: θ[%d] is %v, want a finite number", i, theta[i])
	}
	i := 0
	for _, layer := range n.Layers {
		r, c := layer.wt.Dims()
		for j := range c {
			for k := range r {
				layer.wt.Set(k, j, theta[i])
				i++
			}
		}
		b := layer.b.RawVector().Data
		i += copy(b, theta[i:i+len(b)])
	}
}
