package check_test

import (
	"math"
	"os"

	"gomlp.dev/check"
	"gonum.org/v1/gonum/mat"
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

// A Spanish notebook's first cell sets GOMLP_LANG to es: the same checks
// print in Spanish, with the same numbers.
func Example_spanish() {
	os.Setenv("GOMLP_LANG", "es") // in a notebook: %env GOMLP_LANG es
	defer os.Unsetenv("GOMLP_LANG")
	check.Close("σ(0)", 1/(1+math.Exp(-0)), 0.5, 1e-12)
	check.Matrices("I·I", mat.NewDense(1, 1, []float64{1}), mat.NewDense(1, 1, []float64{1}), 0)
	check.Quiet()
	check.Equal("épocas", 6, 6)
	check.True("la pérdida bajó", 0.2 < 0.7)
	check.Summary()
	// Output:
	// ✓ σ(0): 0.5 (esperado 0.5, |dif.| = 0)
	// ✓ I·I: 1×1, máx. |dif.| = 0
	// ✓ 2 comprobaciones
}
