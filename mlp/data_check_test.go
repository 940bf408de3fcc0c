package mlp

import (
	"math"
	"runtime"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// atNonFinite is the slow reference: the first NaN or ±Inf by m.At in row order.
func atNonFinite(m mat.Matrix) (i, j int, found bool) {
	r, c := m.Dims()
	for i := range r {
		for j := range c {
			if v := m.At(i, j); math.IsNaN(v) || math.IsInf(v, 0) {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

// TestDenseNonFinite: the fast check of a *mat.Dense finds the same first
// NaN or Inf as reading every element with At, on small matrices (one
// goroutine) and large ones (two halves), in either half, in views whose
// stride is not their width, and is not fooled by rows whose sum overflows.
func TestDenseNonFinite(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(2)
	const rows, cols = 2000, 600 // 1.2 million elements: checked in two halves
	type put struct {
		i, j int
		v    float64
	}
	for _, c := range []struct {
		name string
		r, c int
		puts []put
	}{
		{"small, clean", 3, 4, nil},
		{"small, NaN", 3, 4, []put{{2, 1, math.NaN()}}},
		{"small, overflowing sum", 2, 3, []put{{1, 0, math.MaxFloat64}, {1, 1, math.MaxFloat64}}},
		{"large, clean", rows, cols, nil},
		{"large, Inf in the first half", rows, cols, []put{{7, 599, math.Inf(1)}}},
		{"large, NaN in the second half", rows, cols, []put{{1999, 0, math.NaN()}}},
		{"large, in both halves: the first wins", rows, cols, []put{{1500, 3, math.NaN()}, {999, 5, math.Inf(-1)}}},
		{"large, overflowing sum before a NaN", rows, cols, []put{{1000, 0, math.MaxFloat64}, {1000, 1, math.MaxFloat64}, {1000, 2, math.NaN()}}},
		{"large, overflowing sum only", rows, cols, []put{{3, 0, -math.MaxFloat64}, {3, 1, -math.MaxFloat64}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := mat.NewDense(c.r, c.c, nil)
			for _, p := range c.puts {
				m.Set(p.i, p.j, p.v)
			}
			gi, gj, gf := denseNonFinite(m)
			wi, wj, wf := atNonFinite(m)
			if gi != wi || gj != wj || gf != wf {
				t.Errorf("got (%d, %d, %v), want (%d, %d, %v)", gi, gj, gf, wi, wj, wf)
			}
		})
	}
	t.Run("view", func(t *testing.T) {
		m := mat.NewDense(rows, cols+2, nil)
		m.Set(10, cols, math.NaN())  // outside the view: not seen
		m.Set(1200, 4, math.Inf(-1)) // inside
		v := m.Slice(0, rows, 0, cols).(*mat.Dense)
		gi, gj, gf := denseNonFinite(v)
		if gi != 1200 || gj != 4 || !gf {
			t.Errorf("got (%d, %d, %v), want (1200, 4, true)", gi, gj, gf)
		}
		if err := dataCheckMatrix("X", v); err == nil || err.Error() != "mlp: X[1200,4] is -Inf, want a finite number" {
			t.Errorf("got %v, want the error naming X[1200,4]", err)
		}
	})
}
