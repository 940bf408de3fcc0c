// Package perceptron is the perceptron learning rule of notebook 03.
package perceptron

// Update applies the perceptron rule to one example (x, y) and returns the
// new weights and bias, leaving w unchanged:
//
//	ŷ = φ(b + wᵀx),  w ← w + α(y − ŷ)x,  b ← b + α(y − ŷ)
//
// with the step φ(z) = 1 if z ≥ 0, else 0.
func Update(w []float64, b float64, x []float64, y, alpha float64) ([]float64, float64) {
	// BEGIN SOLUTION
	z := b
	for i := range w {
		z += w[i] * x[i]
	}
	yhat := 0.0
	if z >= 0 {
		yhat = 1
	}
	out := make([]float64, len(w))
	for i := range w {
		out[i] = w[i] + alpha*(y-yhat)*x[i]
	}
	return out, b + alpha*(y-yhat)
	// END SOLUTION
}

// Epoch applies Update to every example of X (rows) and Y in order and
// returns the final weights and bias and the number of examples the unit got
// wrong (ŷ ≠ y before their update).
func Epoch(w []float64, b float64, X [][]float64, Y []float64, alpha float64) ([]float64, float64, int) {
	// BEGIN SOLUTION
	errors := 0
	for i, x := range X {
		nw, nb := Update(w, b, x, Y[i], alpha)
		if nb != b {
			errors++
		}
		w, b = nw, nb
	}
	return w, b, errors
	// END SOLUTION
}
