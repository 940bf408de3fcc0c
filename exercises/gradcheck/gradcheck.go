// Package gradcheck is the numerical gradient check of notebook 13: central
// differences and the relative error between two gradients.
package gradcheck

// CentralDiff returns the gradient of f at w by central differences,
// ∂f/∂wⱼ ≈ (f(w + h eⱼ) − f(w − h eⱼ)) / 2h. w is unchanged when it returns.
func CentralDiff(f func(w []float64) float64, w []float64, h float64) []float64 {
	panic("not implemented: CentralDiff")
}

// RelError returns ‖a − b‖ / (‖a‖ + ‖b‖), and 0 when both are zero.
func RelError(a, b []float64) float64 {
	panic("not implemented: RelError")
}
