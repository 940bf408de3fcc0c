package validate

import (
	"math"
	"runtime"
	"sync"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"
)

// Finite reports whether x is a finite number: neither NaN nor ±Inf.
func Finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

// NonFinite returns the index of the first NaN or ±Inf of xs, or −1 if
// every element is finite.
func NonFinite(xs []float64) int {
	for i, x := range xs {
		if !Finite(x) {
			return i
		}
	}
	return -1
}

// MatrixNonFinite returns the row and column of the first NaN or ±Inf of m
// in row order, and found = false if there is none. m must not be nil
// (see Nil). A *mat.Dense is checked fast (see DenseNonFinite); any other
// matrix element by element through At.
func MatrixNonFinite(m mat.Matrix) (i, j int, found bool) {
	if d, ok := m.(*mat.Dense); ok {
		return DenseNonFinite(d)
	}
	r, c := m.Dims()
	for i := range r {
		for j := range c {
			if !Finite(m.At(i, j)) {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

// parallelSize is the number of elements from which DenseNonFinite checks
// the two halves of a matrix at the same time.
const parallelSize = 1 << 20

// DenseNonFinite returns the row and column of the first NaN or ±Inf of d
// in row order, and found = false if there is none. It is fast, because
// training checks all of its data every time (MNIST: 47 million pixels;
// with At, half a second):
//
//   - it reads the rows of d directly and sums each with floats.Sum (SIMD).
//     A NaN or ±Inf makes the sum NaN or ±Inf, so a row whose sum is finite
//     has none, and only a row whose sum is not finite (a NaN or Inf, or
//     finite numbers whose sum overflows) is read element by element;
//   - a large matrix is checked as two halves of rows by two goroutines at
//     the same time (when two CPUs are available), and the first half's
//     answer, if any, comes first: the result does not depend on timing.
func DenseNonFinite(d *mat.Dense) (i, j int, found bool) {
	r, c := d.Dims()
	if r < 2 || r*c < parallelSize || runtime.GOMAXPROCS(0) < 2 {
		return rowsNonFinite(d, 0, r)
	}
	half := r / 2
	var wg sync.WaitGroup
	var i2, j2 int
	var found2 bool
	wg.Add(1)
	go func() {
		defer wg.Done()
		i2, j2, found2 = rowsNonFinite(d, half, r)
	}()
	i, j, found = rowsNonFinite(d, 0, half)
	wg.Wait()
	if found {
		return i, j, true
	}
	return i2, j2, found2
}

// rowsNonFinite is DenseNonFinite for the rows from ≤ i < to, in one goroutine.
func rowsNonFinite(d *mat.Dense, from, to int) (i, j int, found bool) {
	for i := from; i < to; i++ {
		row := d.RawRowView(i)
		if Finite(floats.Sum(row)) {
			continue
		}
		if j := NonFinite(row); j >= 0 {
			return i, j, true
		}
	}
	return 0, 0, false
}
