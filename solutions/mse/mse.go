// Package mse is the linear neuron's loss of notebook 04, the mean squared
// error (ECM, error cuadrático medio), in its mean form (ERRATA 1).
package mse

// ECM returns the mean squared error ECM = (1/2N) Σᵢ (ŷ⁽ⁱ⁾ − y⁽ⁱ⁾)².
func ECM(yhat, y []float64) float64 {
	// BEGIN SOLUTION
	s := 0.0
	for i := range y {
		d := yhat[i] - y[i]
		s += d * d
	}
	return s / (2 * float64(len(y)))
	// END SOLUTION
}

// Gradient returns the gradient of ECM for the linear neuron
// ŷ⁽ⁱ⁾ = b + wᵀx⁽ⁱ⁾ over the examples X (rows) and targets y:
//
//	∂ECM/∂wⱼ = (1/N) Σᵢ (ŷ⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾,  ∂ECM/∂b = (1/N) Σᵢ (ŷ⁽ⁱ⁾ − y⁽ⁱ⁾)
func Gradient(w []float64, b float64, X [][]float64, y []float64) ([]float64, float64) {
	// BEGIN SOLUTION
	gw := make([]float64, len(w))
	gb := 0.0
	for i, x := range X {
		yhat := b
		for j := range w {
			yhat += w[j] * x[j]
		}
		d := yhat - y[i]
		for j := range w {
			gw[j] += d * x[j]
		}
		gb += d
	}
	n := float64(len(X))
	for j := range gw {
		gw[j] /= n
	}
	return gw, gb / n
	// END SOLUTION
}
