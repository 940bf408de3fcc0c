// Package xor builds XOR from threshold units (notebook 11):
// XOR = (x₁ ∨ x₂) ∧ ¬(x₁ ∧ x₂), a network with two hidden units and one output.
package xor

// Weights returns hand-set weights of the network: W1 is 2×2 (row j holds
// hidden unit j's weights), b1 the hidden biases, w2 and b2 the output
// unit's. Every unit is a threshold unit φ(b + wᵀx), φ(z) = 1 if z ≥ 0.
func Weights() (W1 [][]float64, b1 []float64, w2 []float64, b2 float64) {
	// BEGIN SOLUTION
	W1 = [][]float64{{1, 1}, {-1, -1}} // OR, NAND
	b1 = []float64{-0.5, 1.5}
	return W1, b1, []float64{1, 1}, -1.5 // AND of the two
	// END SOLUTION
}

// XOR runs the network of Weights on (x₁, x₂) and returns its answer.
func XOR(x1, x2 float64) float64 {
	// BEGIN SOLUTION
	W1, b1, w2, b2 := Weights()
	step := func(z float64) float64 {
		if z >= 0 {
			return 1
		}
		return 0
	}
	z := b2
	for j := range W1 {
		z += w2[j] * step(b1[j]+W1[j][0]*x1+W1[j][1]*x2)
	}
	return step(z)
	// END SOLUTION
}
