// Package threshold is the linear threshold unit of notebook 01:
// ŷ = φ(b + wᵀx) with the step φ(z) = 1 if z ≥ 0, else 0.
package threshold

// Z returns the cumulative stimulus (estímulo cumulativo) z = b + Σᵢ wᵢxᵢ.
func Z(w []float64, b float64, x []float64) float64 {
	panic("not implemented: Z")
}

// Unit returns the unit's answer ŷ = φ(z): 1 when z = b + wᵀx ≥ 0, else 0.
func Unit(w []float64, b float64, x []float64) float64 {
	panic("not implemented: Unit")
}

// BoundaryX2 returns, for a unit with two inputs, the x₂ of the point of the
// decision boundary b + w₁x₁ + w₂x₂ = 0 above x₁: x₂ = −(b + w₁x₁)/w₂. It
// returns an error when w₂ = 0 (the boundary is then a vertical line).
func BoundaryX2(w []float64, b, x1 float64) (float64, error) {
	panic("not implemented: BoundaryX2")
}
