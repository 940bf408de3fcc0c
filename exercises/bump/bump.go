// Package bump builds functions from sigmoids (notebook 15): two steep
// sigmoids make a bump, and a sum of bumps approximates any continuous
// function on an interval (universal approximation, ERRATA 9).
package bump

// Bump returns h·(σ(k(x − left)) − σ(k(x − right))): about h between left
// and right, about 0 outside, the steeper the larger k.
func Bump(x, left, right, height, k float64) float64 {
	panic("not implemented: Bump")
}

// Approx returns the sum of n bumps of steepness k that split [lo, hi] into n
// equal intervals, the bump over each interval as high as f at its middle:
// a network with 2n sigmoid hidden units and a linear output.
func Approx(f func(float64) float64, lo, hi float64, n int, k float64) func(float64) float64 {
	panic("not implemented: Approx")
}
