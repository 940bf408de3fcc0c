package mlp

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// Small local data sets for mlp's internal tests. Package data (TruthTable,
// NoisyLine, …) imports mlp, so these tests cannot import it; tests that use
// the real sets are in datasets_test.go (package mlp_test).

// testGate returns the truth table of a gate in the slides' row order
// (0,0), (0,1), (1,0), (1,1) — or (0), (1) for "not" — with Y (N×1) and
// Labels the gate's 0/1 outputs, written out by hand.
func testGate(gate string) (*Dataset, error) {
	outputs := map[string][]int{
		"and": {0, 0, 0, 1}, "or": {0, 1, 1, 1}, "nand": {1, 1, 1, 0},
		"nor": {1, 0, 0, 0}, "xor": {0, 1, 1, 0}, "not": {1, 0},
	}
	labels, ok := outputs[strings.ToLower(gate)]
	if !ok {
		return nil, fmt.Errorf("testGate: unknown gate %q", gate)
	}
	x := mat.NewDense(4, 2, []float64{0, 0, 0, 1, 1, 0, 1, 1})
	if strings.ToLower(gate) == "not" {
		x = mat.NewDense(2, 1, []float64{0, 1})
	}
	y := mat.NewDense(len(labels), 1, nil)
	for i, l := range labels {
		y.Set(i, 0, float64(l))
	}
	return &Dataset{X: x, Y: y, Labels: labels, ClassNames: []string{"0", "1"}}, nil
}

// testRegression returns n seeded examples y = f(x) + noise·ε, x ~ U[lo, hi],
// drawn as data.Regression1D draws them.
func testRegression(f func(float64) float64, n int, lo, hi, noise float64, seed uint64) *Dataset {
	rng := rand.New(rand.NewPCG(seed, 0x1d))
	x := make([]float64, n)
	y := make([]float64, n)
	for i := range n {
		x[i] = lo + (hi-lo)*rng.Float64()
		y[i] = f(x[i]) + noise*rng.NormFloat64()
	}
	return &Dataset{X: mat.NewDense(n, 1, x), Y: mat.NewDense(n, 1, y)}
}

// panicMessage runs f and returns the message of its panic, "" if it does
// not panic.
func panicMessage(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
		}
	}()
	f()
	return ""
}

// wantPanic fails t unless f panics with a message that starts with "mlp:"
// and contains want (the problem, the shapes): the panic is this package's,
// not gonum's or the runtime's.
func wantPanic(t *testing.T, name string, f func(), want string) {
	t.Helper()
	msg := panicMessage(f)
	switch {
	case msg == "":
		t.Errorf("%s: no panic, want one containing %q", name, want)
	case !strings.HasPrefix(msg, "mlp: "):
		t.Errorf("%s: panic %q does not start with \"mlp: \"", name, msg)
	case !strings.Contains(msg, want):
		t.Errorf("%s: panic %q, want it to contain %q", name, msg, want)
	}
}
