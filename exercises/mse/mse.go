// Package mse is the linear neuron's loss of notebook 04, the mean squared
// error (ECM, error cuadrático medio), in its mean form (ERRATA 1).
package mse

// ECM returns the mean squared error ECM = (1/2N) Σᵢ (ŷ⁽ⁱ⁾ − y⁽ⁱ⁾)².
func ECM(yhat, y []float64) float64 {
	panic("not implemented: ECM")
}

// Gradient returns the gradient of ECM for the linear neuron
// ŷ⁽ⁱ⁾ = b + wᵀx⁽ⁱ⁾ over the examples X (rows) and targets y:
//
//	∂ECM/∂wⱼ = (1/N) Σᵢ (ŷ⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾,  ∂ECM/∂b = (1/N) Σᵢ (ŷ⁽ⁱ⁾ − y⁽ⁱ⁾)
func Gradient(w []float64, b float64, X [][]float64, y []float64) ([]float64, float64) {
	panic("not implemented: Gradient")
}
