package main

import (
	"strings"
	"testing"
)

func TestStub(t *testing.T) {
	src := `package p

import (
	"errors"
	"math"
	rnd "math/rand/v2"
)

// BEGIN SOLUTION

// helper is the solution's own.
func helper() float64 { return rnd.Float64() }

// END SOLUTION

// F returns something.
func F(x float64) (float64, error) {
	// BEGIN SOLUTION
	if x < 0 {
		return 0, errors.New("negative")
	}
	return math.Sqrt(x) + helper(), nil
	// END SOLUTION
}

type T struct{}

// M keeps code outside its markers.
func (t *T) M() float64 {
	_ = math.Pi
	// BEGIN SOLUTION
	return 1
	// END SOLUTION
}
`
	got, err := Stub("p.go", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	s := string(got)
	for _, want := range []string{`panic("not implemented: F")`, `panic("not implemented: T.M")`, `"math"`, "_ = math.Pi", "// F returns something."} {
		if !strings.Contains(s, want) {
			t.Errorf("stub lacks %q:\n%s", want, s)
		}
	}
	for _, bad := range []string{"helper", "errors", "rand", "SOLUTION", "Sqrt"} {
		if strings.Contains(s, bad) {
			t.Errorf("stub still holds %q:\n%s", bad, s)
		}
	}
}

func TestStubBadMarkers(t *testing.T) {
	for _, src := range []string{
		"package p\n\nfunc F() {\n\t// BEGIN SOLUTION\n}\n",
		"package p\n\nfunc F() {\n\t// END SOLUTION\n}\n",
	} {
		if _, err := Stub("p.go", []byte(src)); err == nil {
			t.Errorf("no error for\n%s", src)
		}
	}
}
