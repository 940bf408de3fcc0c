package validate

import (
	"errors"
	"fmt"
	"io"
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"
)

func TestNil(t *testing.T) {
	var d *mat.Dense
	var v *mat.VecDense
	var m map[string]int
	var s []float64
	var f func()
	var c chan int
	for name, x := range map[string]any{
		"nil": nil, "typed nil *mat.Dense": d, "typed nil *mat.VecDense": v, "nil map": m,
		"nil slice": s, "nil func": f, "nil chan": c, "transpose of nil": mat.Transpose{Matrix: d},
		"transpose of a nil interface": mat.Transpose{},
	} {
		if !Nil(x) {
			t.Errorf("Nil(%s) = false, want true", name)
		}
	}
	for name, x := range map[string]any{
		"dense": mat.NewDense(1, 1, nil), "zero dense": &mat.Dense{}, "transpose": mat.NewDense(1, 2, nil).T(),
		"int": 0, "struct": struct{}{}, "empty slice": []float64{},
	} {
		if Nil(x) {
			t.Errorf("Nil(%s) = true, want false", name)
		}
	}
}

func TestEmpty(t *testing.T) {
	if !Empty(&mat.Dense{}) {
		t.Error("Empty(&mat.Dense{}) = false, want true")
	}
	if Empty(mat.NewDense(1, 1, nil)) {
		t.Error("Empty(1×1) = true, want false")
	}
	if !Empty(mat.NewDense(3, 2, nil).Slice(0, 0, 0, 2)) {
		t.Error("Empty(0×2 view) = false, want true")
	}
}

func TestNonFinite(t *testing.T) {
	for _, c := range []struct {
		xs   []float64
		want int
	}{
		{nil, -1}, {[]float64{1, 2, 3}, -1}, {[]float64{1, math.NaN(), math.Inf(1)}, 1},
		{[]float64{math.Inf(-1)}, 0}, {[]float64{math.MaxFloat64, math.MaxFloat64}, -1},
	} {
		if got := NonFinite(c.xs); got != c.want {
			t.Errorf("NonFinite(%v) = %d, want %d", c.xs, got, c.want)
		}
	}
	if !Finite(0) || Finite(math.NaN()) || Finite(math.Inf(-1)) {
		t.Error("Finite is wrong on 0, NaN or −Inf")
	}
}

func TestMatrixNonFinite(t *testing.T) {
	// Rows of huge finite numbers sum to +Inf: the fast path must read them
	// and find nothing.
	d := mat.NewDense(3, 3, []float64{
		math.MaxFloat64, math.MaxFloat64, 1,
		1, 2, 3,
		4, math.NaN(), math.Inf(1),
	})
	for name, m := range map[string]mat.Matrix{"dense": d, "transpose of its transpose": d.T().T()} {
		i, j, found := MatrixNonFinite(m)
		if !found || i != 2 || j != 1 {
			t.Errorf("%s: MatrixNonFinite = (%d, %d, %v), want (2, 1, true)", name, i, j, found)
		}
	}
	d.Set(2, 1, 0)
	d.Set(2, 2, 0)
	if i, j, found := MatrixNonFinite(d); found {
		t.Errorf("MatrixNonFinite of finite numbers = (%d, %d, true), want found = false", i, j)
	}
	// A view: the check reads only the view's columns.
	w := mat.NewDense(2, 3, []float64{1, 2, math.NaN(), 4, 5, 6})
	if _, _, found := MatrixNonFinite(w.Slice(0, 2, 0, 2)); found {
		t.Error("MatrixNonFinite of a view found the NaN outside it")
	}
}

// TestDenseNonFiniteHalves puts the first bad value in each half of a
// matrix large enough to be checked by two goroutines, and bad values in
// both: the first in row order must come back.
func TestDenseNonFiniteHalves(t *testing.T) {
	const r, c = 2048, 1024 // 2 Mi elements ≥ parallelSize
	for _, bad := range [][][2]int{{{1500, 3}}, {{10, 7}}, {{1500, 3}, {10, 7}}, {{1023, 1023}, {1024, 0}}} {
		d := mat.NewDense(r, c, nil)
		for _, p := range bad {
			d.Set(p[0], p[1], math.NaN())
		}
		want := bad[0]
		for _, p := range bad[1:] {
			if p[0] < want[0] || (p[0] == want[0] && p[1] < want[1]) {
				want = p
			}
		}
		if i, j, found := DenseNonFinite(d); !found || i != want[0] || j != want[1] {
			t.Errorf("bad at %v: DenseNonFinite = (%d, %d, %v), want (%d, %d, true)", bad, i, j, found, want[0], want[1])
		}
	}
}

func TestClose(t *testing.T) {
	inf, nan := math.Inf(1), math.NaN()
	for _, c := range []struct {
		got, want, tol float64
		ok             bool
	}{
		{1, 1, 0, true},
		{1.05, 1, 0.1, true},
		{1.2, 1, 0.1, false},
		{1e-12, 0, 1e-9, true},     // absolute near 0
		{1000.5, 1000, 1e-3, true}, // relative for large values
		{1002, 1000, 1e-3, false},
		{nan, 1, 1, false},
		{1, nan, 1, false},
		{nan, nan, inf, false},
		{inf, inf, 0, true},
		{inf, -inf, inf, false},
		{1e308, inf, inf, false},
		{1, 1, nan, false},
		{1e6 + 1, 1e6, 1e-5, true}, // the cases of internal/grading's Near, which this replaces
		{1e6 + 100, 1e6, 1e-5, false},
		{1e-9, 0, 1e-8, true},
		{0, 1e-7, 1e-8, false},
		{nan, 1, 1, false},
		{inf, 1e308, 1, false},
		{-inf, inf, 1, false},
		{1, inf, 1, false},
	} {
		if got := Close(c.got, c.want, c.tol); got != c.ok {
			t.Errorf("Close(%v, %v, %v) = %v, want %v", c.got, c.want, c.tol, got, c.ok)
		}
	}
	for tol, ok := range map[float64]bool{0: true, 1e-9: true, -1: false, nan: false, inf: false} {
		if Tol(tol) != ok {
			t.Errorf("Tol(%v) = %v, want %v", tol, !ok, ok)
		}
	}
}

func TestFits(t *testing.T) {
	const big = math.MaxInt/2 + 1
	for _, c := range []struct {
		limit   int
		factors []int
		ok      bool
	}{
		{10, nil, true},
		{10, []int{2, 5}, true},
		{10, []int{2, 6}, false},
		{1 << 26, []int{60000, 10}, true},
		{1 << 26, []int{1e9, 10}, false},
		{1 << 26, []int{big, big, 0}, true}, // 0 elements whatever the rest
		{1 << 26, []int{big, big}, false},   // overflows int: must not wrap to a small product
		{10, []int{-1, 2}, false},
		{-1, []int{1}, false},
	} {
		if got := Fits(c.limit, c.factors...); got != c.ok {
			t.Errorf("Fits(%d, %v) = %v, want %v", c.limit, c.factors, got, c.ok)
		}
	}
	if got := Dims(4, 3); got != "4×3" {
		t.Errorf("Dims(4, 3) = %q, want 4×3", got)
	}
}

func TestShort(t *testing.T) {
	long := make([]int, 30001)
	for i := range long {
		long[i] = 1
	}
	for _, c := range []struct {
		v    []int
		want string
	}{
		{[]int{784, 30, 10}, "[784 30 10]"},
		{make([]int, MaxListed), fmt.Sprint(make([]int, MaxListed))},
		{long, "[1 1 1 1 1 … 1 1 1] (30001 sizes)"},
		{[]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, "[0 1 2 3 4 … 10 11 12] (13 sizes)"},
	} {
		if got := Short(c.v, "sizes"); got != c.want {
			t.Errorf("Short(len %d) = %q, want %q", len(c.v), got, c.want)
		}
	}
	if got := Short([]string{"a", "b"}, "names"); got != "[a b]" {
		t.Errorf("Short of strings = %q, want [a b]", got)
	}
}

func TestErrorf(t *testing.T) {
	errKind := errors.New("pkg: a kind of problem")
	err := Errorf(errKind, "pkg: X[%d,%d] is %v, want a finite number", 3, 1, math.NaN())
	if got, want := err.Error(), "pkg: X[3,1] is NaN, want a finite number"; got != want {
		t.Errorf("message %q, want %q", got, want)
	}
	if !errors.Is(err, errKind) {
		t.Error("errors.Is(err, sentinel) = false, want true")
	}
	if errors.Is(err, io.EOF) {
		t.Error("errors.Is(err, io.EOF) = true, want false")
	}
	// A %w keeps wrapping its own argument as well.
	err = Errorf(errKind, "pkg: reading: %w", io.ErrUnexpectedEOF)
	if !errors.Is(err, errKind) || !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Errorf("errors.Is: sentinel %v, wrapped %v, want both true", errors.Is(err, errKind), errors.Is(err, io.ErrUnexpectedEOF))
	}
}
