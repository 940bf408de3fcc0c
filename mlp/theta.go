package mlp

import "fmt"

// Params returns θ, every weight and bias of the network as one vector, in
// the order of the slide's
//
//	θ = {w, b},   ∇L(θ) = [∂L/∂θ₀, …, ∂L/∂θ_d]:
//
// for l = 1 … L, the rows of W{l} (unit by unit), then b{l}. A neuron with
// one input, sizes [1, 1], has θ = (w, b). The vector is a copy: change the
// network with SetParams. Gradients.Flat gives ∇L(θ) in the same order.
func (n *Network) Params() []float64 {
	theta := make([]float64, 0, n.NumParams())
	for _, layer := range n.Layers {
		in, out := layer.Wt.Dims()
		for j := range out {
			for k := range in {
				theta = append(theta, layer.Wt.At(k, j)) // W{l}[j][k]
			}
		}
		theta = append(theta, layer.B.RawVector().Data...)
	}
	return theta
}

// SetParams copies θ (in the order of Params) into the weights and biases.
// It is an error if len(θ) is not the number of parameters; the network is
// then left as it was.
func (n *Network) SetParams(theta []float64) error {
	if len(theta) != n.NumParams() {
		return fmt.Errorf("mlp: SetParams with %d values for a network %v of %d parameters", len(theta), n.Sizes, n.NumParams())
	}
	i := 0
	for _, layer := range n.Layers {
		in, out := layer.Wt.Dims()
		for j := range out {
			for k := range in {
				layer.Wt.Set(k, j, theta[i])
				i++
			}
		}
		for j := range out {
			layer.B.SetVec(j, theta[i])
			i++
		}
	}
	return nil
}

// Flat returns ∇L(θ) = [∂L/∂θ₀, …, ∂L/∂θ_d] as one vector, in the order of
// Network.Params: for each layer the rows of ∂L/∂W{l}, then ∂L/∂b{l}.
func (g *Gradients) Flat() []float64 {
	var flat []float64
	for l := range g.Wt {
		in, out := g.Wt[l].Dims()
		for j := range out {
			for k := range in {
				flat = append(flat, g.Wt[l].At(k, j))
			}
		}
		flat = append(flat, g.B[l].RawVector().Data...)
	}
	return flat
}
