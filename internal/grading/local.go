package grading

import (
	"crypto/rand"
	"encoding/binary"
	"os"
	"strconv"
	"testing"
	"time"
)

// Environment variables of a local `go test` run. They are read while the
// test runs, so `go test`'s cache keys on them.
const (
	// EnvStrict=1 makes a "not implemented" test fail instead of skip.
	EnvStrict = "GOMLP_STRICT"
	// EnvSeed repeats a run's random calls (the seed a failing run prints).
	EnvSeed = "GOMLP_SEED"
)

// DefaultTimeout is the time limit of one test's answers.
const DefaultTimeout = 10 * time.Second

// Run runs the graded tests of suite as subtests of t, in this process:
// impl is the package's own functions, ref the reference solution's. It
// first checks the package's source (CheckPackage: forbidden imports,
// unsafe, //go:linkname); a refused package fails every test.
func Run[I any](t *testing.T, suite Suite[I], impl, ref I) {
	t.Helper()
	if err := suite.Check(); err != nil {
		t.Fatal(err)
	}
	strict := os.Getenv(EnvStrict) == "1"
	seed, err := localSeed()
	if err != nil {
		t.Fatalf("%s=%q: %v", EnvSeed, os.Getenv(EnvSeed), err)
	}
	refused := CheckPackage(".", suite.Exercise, nil)
	for _, name := range suite.TestNames() {
		t.Run(name, func(t *testing.T) {
			if refused != nil {
				t.Fatal(refused)
			}
			out := Local(suite, name, seed, impl, ref, DefaultTimeout)
			switch {
			case out.Status == StatusPass:
			case out.Status == StatusNotImpl && !strict:
				t.Skipf("%s (write it in exercises/%s)", out.Message, suite.Exercise)
			default:
				t.Error(out.Message)
			}
		})
	}
	if t.Failed() {
		t.Logf("these random calls come back with %s=%d", EnvSeed, seed)
	}
}

// localSeed is GOMLP_SEED, or a new random seed.
func localSeed() (uint64, error) {
	if s := os.Getenv(EnvSeed); s != "" {
		return strconv.ParseUint(s, 10, 64)
	}
	return NewSeed(), nil
}

// NewSeed draws a seed nobody can predict.
func NewSeed() uint64 {
	var b [8]byte
	rand.Read(b[:])
	return binary.LittleEndian.Uint64(b[:])
}
