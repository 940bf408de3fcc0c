// Package bump builds functions from sigmoids (notebook 15): two steep
// sigmoids make a bump, and a sum of bumps approximates any continuous
// function on an interval (universal approximation, ERRATA 9).
package bump

import "math"

// Bump returns h·(σ(k(x − left)) − σ(k(x − right))): about h between left
// and right, about 0 outside, the steeper the larger k.
func Bump(x, left, right, height, k float64) float64 {
	// BEGIN SOLUTION
	return height * (sigma(k*(x-left)) - sigma(k*(x-right)))
	// END SOLUTION
}

// BEGIN SOLUTION

func sigma(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z)
	return e / (1 + e)
}

// END SOLUTION

// Approx returns the sum of n bumps of steepness k that split [lo, hi] into n
// equal intervals, the bump over each interval as high as f at its middle:
// a network with 2n sigmoid hidden units and a linear output.
func Approx(f func(float64) float64, lo, hi float64, n int, k float64) func(float64) float64 {
	// BEGIN SOLUTION
	w := (hi - lo) / float64(n)
	heights := make([]float64, n)
	for i := range heights {
		heights[i] = f(lo + (float64(i)+0.5)*w)
	}
	return func(x float64) float64 {
		s := 0.0
		for i, h := range heights {
			s += Bump(x, lo+float64(i)*w, lo+float64(i+1)*w, h, k)
		}
		return s
	}
	// END SOLUTION
}
