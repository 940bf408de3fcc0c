// Package sigmoid is the sigmoid neuron of notebook 05: σ, the binary
// cross-entropy ECB (mean form, ERRATA 1) and its gradient with respect to z.
package sigmoid

import "math"

// Sigmoid returns σ(z) = 1/(1 + e^(−z)), without overflow for any z.
func Sigmoid(z float64) float64 {
	// BEGIN SOLUTION
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z)
	return e / (1 + e)
	// END SOLUTION
}

// ECB returns the binary cross-entropy of the probabilities p for the
// labels y ∈ {0, 1}:
//
//	ECB = −(1/N) Σᵢ [ y⁽ⁱ⁾ log p⁽ⁱ⁾ + (1 − y⁽ⁱ⁾) log(1 − p⁽ⁱ⁾) ]
func ECB(p, y []float64) float64 {
	// BEGIN SOLUTION
	s := 0.0
	for i := range y {
		s += y[i]*math.Log(p[i]) + (1-y[i])*math.Log(1-p[i])
	}
	return -s / float64(len(y))
	// END SOLUTION
}

// GradZ returns ∂ECB/∂zᵢ for p = σ(z): (σ(zᵢ) − yᵢ)/N.
func GradZ(z, y []float64) []float64 {
	// BEGIN SOLUTION
	g := make([]float64, len(z))
	for i := range z {
		g[i] = (Sigmoid(z[i]) - y[i]) / float64(len(z))
	}
	return g
	// END SOLUTION
}
