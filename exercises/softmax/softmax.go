// Package softmax is the softmax layer of notebook 07 and its loss, the
// categorical cross-entropy ECC (ERRATA 2, 3).
package softmax

// Softmax returns ŷⱼ = e^(zⱼ) / Σₖ e^(zₖ), computed stably: subtracting
// max(z) first changes nothing mathematically and avoids overflow.
func Softmax(z []float64) []float64 {
	panic("not implemented: Softmax")
}

// ECC returns the categorical cross-entropy of the probabilities P (one row
// per example) for the one-hot targets Y: ECC = −(1/N) Σᵢ Σₖ yₖ⁽ⁱ⁾ log ŷₖ⁽ⁱ⁾.
func ECC(P, Y [][]float64) float64 {
	panic("not implemented: ECC")
}

// GradZ returns ∂ECC/∂z for P = softmax of each row of Z: (ŷ⁽ⁱ⁾ − y⁽ⁱ⁾)/N.
func GradZ(Z, Y [][]float64) [][]float64 {
	panic("not implemented: GradZ")
}
