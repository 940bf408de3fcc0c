// Package xor builds XOR from threshold units (notebook 11):
// XOR = (x₁ ∨ x₂) ∧ ¬(x₁ ∧ x₂), a network with two hidden units and one output.
package xor

// Weights returns hand-set weights of the network: W1 is 2×2 (row j holds
// hidden unit j's weights), b1 the hidden biases, w2 and b2 the output
// unit's. Every unit is a threshold unit φ(b + wᵀx), φ(z) = 1 if z ≥ 0.
func Weights() (W1 [][]float64, b1 []float64, w2 []float64, b2 float64) {
	panic("not implemented: Weights")
}

// XOR runs the network of Weights on (x₁, x₂) and returns its answer.
func XOR(x1, x2 float64) float64 {
	panic("not implemented: XOR")
}
