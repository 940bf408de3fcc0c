// Package gates sets by hand the weights of threshold units that compute the
// logic gates of notebook 02: ŷ = φ(b + wᵀx), φ(z) = 1 if z ≥ 0, else 0.
package gates

// AND returns weights and bias of a unit with two inputs that answers 1 only
// for x = (1, 1).
func AND() (w []float64, b float64) {
	return []float64{1, 1}, -1.5
}

// OR returns weights and bias of a unit with two inputs that answers 0 only
// for x = (0, 0).
func OR() (w []float64, b float64) {
	return []float64{1, 1}, -0.5
}

// NAND returns weights and bias of a unit with two inputs: NOT (x₁ AND x₂).
func NAND() (w []float64, b float64) {
	return []float64{-1, -1}, 1.5
}

// NOR returns weights and bias of a unit with two inputs: NOT (x₁ OR x₂).
func NOR() (w []float64, b float64) {
	return []float64{-1, -1}, 0.5
}

// NOT returns the weight and bias of a unit with one input: 1 − x.
func NOT() (w []float64, b float64) {
	return []float64{-1}, 0.5
}
