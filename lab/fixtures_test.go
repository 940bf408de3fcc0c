package lab

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

// thetaData returns n seeded examples of d inputs drawn from N(0, 1) and k
// targets in [0, 1) (for ECM or ECB).
func thetaData(n, d, k int, seed uint64) *mlp.Dataset {
	rng := rand.New(rand.NewPCG(seed, seed))
	X, Y := mat.NewDense(n, d, nil), mat.NewDense(n, k, nil)
	for i := range n {
		for j := range d {
			X.Set(i, j, rng.NormFloat64())
		}
		for j := range k {
			Y.Set(i, j, rng.Float64())
		}
	}
	return &mlp.Dataset{X: X, Y: Y}
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

// wantPanic fails t unless f panics with a message that starts with prefix
// ("lab: ", or "mlp: " for a mistake mlp catches) and contains want.
func wantPanic(t *testing.T, name string, f func(), prefix, want string) {
	t.Helper()
	msg := panicMessage(f)
	switch {
	case msg == "":
		t.Errorf("%s: no panic, want one containing %q", name, want)
	case !strings.HasPrefix(msg, prefix):
		t.Errorf("%s: panic %q does not start with %q", name, msg, prefix)
	case !strings.Contains(msg, want):
		t.Errorf("%s: panic %q, want it to contain %q", name, msg, want)
	}
}
