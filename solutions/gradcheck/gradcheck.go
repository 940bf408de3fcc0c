// Package gradcheck is the numerical gradient check of notebook 13: central
// differences and the relative error between two gradients.
package gradcheck

import "math"

// CentralDiff returns the gradient of f at w by central differences,
// ∂f/∂wⱼ ≈ (f(w + h eⱼ) − f(w − h eⱼ)) / 2h. w is unchanged when it returns.
func CentralDiff(f func(w []float64) float64, w []float64, h float64) []float64 {
	// BEGIN SOLUTION
	g := make([]float64, len(w))
	for j := range w {
		old := w[j]
		w[j] = old + h
		fp := f(w)
		w[j] = old - h
		fm := f(w)
		w[j] = old
		g[j] = (fp - fm) / (2 * h)
	}
	return g
	// END SOLUTION
}

// RelError returns ‖a − b‖ / (‖a‖ + ‖b‖), and 0 when both are zero.
func RelError(a, b []float64) float64 {
	// BEGIN SOLUTION
	var d, na, nb float64
	for i := range a {
		d += (a[i] - b[i]) * (a[i] - b[i])
		na += a[i] * a[i]
		nb += b[i] * b[i]
	}
	den := math.Sqrt(na) + math.Sqrt(nb)
	if den == 0 {
		return 0
	}
	return math.Sqrt(d) / den
	// END SOLUTION
}
