package mlp

// Flat returns ∇L(θ) = [∂L/∂θ₀, …, ∂L/∂θ_d], the slide's gradient of GD,
//
//	θ[t+1] = θ[t] − α∇L(θ[t]),
//
// as one vector in the order of Network.Params: for each layer the rows of
// ∂L/∂W{l} (unit by unit), then ∂L/∂b{l}. A neuron with one input, sizes
// [1, 1], has θ = (w, b) and ∇L = (∂L/∂w, ∂L/∂b).
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
