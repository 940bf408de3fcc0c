// Package sigmoid is the sigmoid neuron of notebook 05: σ, the binary
// cross-entropy ECB (mean form, ERRATA 1) and its gradient with respect to z.
package sigmoid

// Sigmoid returns σ(z) = 1/(1 + e^(−z)), without overflow for any z.
func Sigmoid(z float64) float64 {
	panic("not implemented: Sigmoid")
}

// ECB returns the binary cross-entropy of the probabilities p for the
// labels y ∈ {0, 1}:
//
//	ECB = −(1/N) Σᵢ [ y⁽ⁱ⁾ log p⁽ⁱ⁾ + (1 − y⁽ⁱ⁾) log(1 − p⁽ⁱ⁾) ]
func ECB(p, y []float64) float64 {
	panic("not implemented: ECB")
}

// GradZ returns ∂ECB/∂zᵢ for p = σ(z): (σ(zᵢ) − yᵢ)/N.
func GradZ(z, y []float64) []float64 {
	panic("not implemented: GradZ")
}
