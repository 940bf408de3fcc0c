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

// Under Quiet the checks that hold print nothing; Summary prints their count.
// A failing check still panics with its own message.
func ExampleQuiet() {
	check.Quiet()
	check.Equal("1 + 1", 1+1, 2)
	check.Close("π", math.Pi, 3.14159265, 1e-8)
	check.True("e > 2", math.E > 2)
	check.Summary()
	check.True("printed again", true)
	// Output:
	// ✓ 3 checks
	// ✓ printed again
}
