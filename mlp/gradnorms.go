package mlp

import "gonum.org/v1/gonum/floats"

// BiasNorms returns, for every layer l = 1 … L, the length of the bias
// gradient of the batch,
//
//	‖∂L/∂b{l}‖ = ‖(1/B) Σᵢ δ{l}⁽ⁱ⁾‖ = sqrt(Σⱼ (∂L/∂b{l}ⱼ)²),
//
// the "speed of learning" of layer l that Nielsen plots in chapter 5 (the
// vanishing gradient): a small norm means the layer's biases, and with
// them its weights, barely move at a step.
func (g *Gradients) BiasNorms() []float64 {
	norms := make([]float64, len(g.B))
	for l, b := range g.B {
		norms[l] = floats.Norm(b.RawVector().Data, 2)
	}
	return norms
}
