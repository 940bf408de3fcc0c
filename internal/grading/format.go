package grading

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// F formats a number for a message: shortest form, with a true minus sign
// ("−0.5", "1e+300", "NaN").
func F(x float64) string {
	s := strconv.FormatFloat(x, 'g', -1, 64)
	return strings.Replace(s, "-", "−", 1)
}

// V formats a vector as "(0.5, −1, 2)", eliding the middle of long ones.
func V(x []float64) string {
	parts := make([]string, 0, min(len(x), 7))
	for i, v := range x {
		if len(x) > 7 && i == 3 {
			parts = append(parts, "…")
		}
		if len(x) > 7 && i >= 3 && i < len(x)-3 {
			continue
		}
		parts = append(parts, F(v))
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// Uniform draws from [lo, hi).
func Uniform(r *rand.Rand, lo, hi float64) float64 {
	return lo + (hi-lo)*r.Float64()
}

// Uniforms draws n numbers from [lo, hi).
func Uniforms(r *rand.Rand, n int, lo, hi float64) []float64 {
	x := make([]float64, n)
	for i := range x {
		x[i] = Uniform(r, lo, hi)
	}
	return x
}

// Clone copies a slice (nil stays nil).
func Clone(x []float64) []float64 {
	if x == nil {
		return nil
	}
	return append([]float64{}, x...)
}
