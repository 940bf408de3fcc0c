package check_test

import (
	"math"

	"gomlp.dev/check"
)

func Example() {
	sigmoid0 := 1 / (1 + math.Exp(-0)) // by hand: 1/(1+e⁰) = 1/2
	check.Close("σ(0)", sigmoid0, 0.5, 1e-12)
	check.Equal("epochs", 6, 6)
	check.True("loss decreased", 0.2 < 0.7)
	// Output:
	// ✓ σ(0): 0.5 (want 0.5, |diff| = 0)
	// ✓ epochs: 6
	// ✓ loss decreased
}
