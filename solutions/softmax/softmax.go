// Package softmax is the softmax layer of notebook 07 and its loss, the
// categorical cross-entropy ECC (ERRATA 2, 3).
package softmax

import "math"

// Softmax returns ŷⱼ = e^(zⱼ) / Σₖ e^(zₖ), computed stably: subtracting
// max(z) first changes nothing mathematically and avoids overflow.
func Softmax(z []float64) []float64 {
	// BEGIN SOLUTION
	m := math.Inf(-1)
	for _, v := range z {
		m = math.Max(m, v)
	}
	out := make([]float64, len(z))
	s := 0.0
	for j, v := range z {
		out[j] = math.Exp(v - m)
		s += out[j]
	}
	for j := range out {
		out[j] /= s
	}
	return out
	// END SOLUTION
}

// ECC returns the categorical cross-entropy of the probabilities P (one row
// per example) for the one-hot targets Y: ECC = −(1/N) Σᵢ Σₖ yₖ⁽ⁱ⁾ log ŷₖ⁽ⁱ⁾.
func ECC(P, Y [][]float64) float64 {
	// BEGIN SOLUTION
	s := 0.0
	for i := range Y {
		for k := range Y[i] {
			if Y[i][k] != 0 {
				s += Y[i][k] * math.Log(P[i][k])
			}
		}
	}
	return -s / float64(len(Y))
	// END SOLUTION
}

// GradZ returns ∂ECC/∂z for P = softmax of each row of Z: (ŷ⁽ⁱ⁾ − y⁽ⁱ⁾)/N.
func GradZ(Z, Y [][]float64) [][]float64 {
	// BEGIN SOLUTION
	g := make([][]float64, len(Z))
	for i := range Z {
		g[i] = Softmax(Z[i])
		for k := range g[i] {
			g[i][k] = (g[i][k] - Y[i][k]) / float64(len(Z))
		}
	}
	return g
	// END SOLUTION
}
