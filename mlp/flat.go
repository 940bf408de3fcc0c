package mlp

import "gonum.org/v1/gonum/mat"

// Flat returns ∇L(θ) = [∂L/∂θ₀, …, ∂L/∂θ_d], the slide's gradient of GD,
//
//	θ[t+1] = θ[t] − α∇L(θ[t]),
//
// as one vector in the order of Network.Params: for each layer the rows of
// ∂L/∂W{l} (unit by unit), then ∂L/∂b{l}. A neuron with one input, sizes
// [1, 1], has θ = (w, b) and ∇L = (∂L/∂w, ∂L/∂b).
func (g *Gradients) Flat() []float64 {
	var flat []float64
	for l, w := range g.W {
		rows, cols := w.Dims()
		for j := range rows {
			for k := range cols {
				flat = append(flat, w.At(j, k))
			}
		}
		flat = append(flat, g.B[l].RawVector().Data...)
	}
	return flat
}

// Gradient returns ∇L(θ), the gradient of the mean loss over the examples
// (X, Y) at the network's current θ, flat in the order of Params:
//
//	∇L(θ) = (1/B) Σᵢ ∇ℓ⁽ⁱ⁾(θ)   over the B rows of X.
//
// With all N examples it is the gradient of gradient descent (GD); with a
// mini-batch of B < N rows, SGD's estimate of it. It is Forward, then
// Backward, then Gradients.Flat, and panics as they do.
func (n *Network) Gradient(X, Y mat.Matrix) []float64 {
	tr := n.forwardChecked("Gradient", X)
	return n.Backward(tr, Y).Flat()
}
