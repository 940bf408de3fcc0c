package mlp

import (
	"math"
	"runtime"
	"sync"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"
)

// parallelCheckSize is the number of elements from which denseNonFinite
// checks the two halves of a matrix at the same time.
const parallelCheckSize = 1 << 20

// denseNonFinite returns the row and column of the first NaN or ±Inf of d
// in row order, and found = false if there is none. It gives the answer of
// dataCheckMatrix's loop over d.At, fast, because Train checks all of its
// data every time (MNIST: 47 million pixels; with At, half a second):
//
//   - it reads the rows of d directly and sums each with floats.Sum (SIMD).
//     A NaN or ±Inf makes the sum NaN or ±Inf, so a row whose sum is finite
//     has none, and only a row whose sum is not finite (a NaN or Inf, or
//     finite numbers whose sum overflows) is read element by element;
//   - a large matrix is checked as two halves of rows by two goroutines at
//     the same time (when two CPUs are available), and the first half's
//     answer, if any, comes first: the result does not depend on timing.
func denseNonFinite(d *mat.Dense) (i, j int, found bool) {
	r, c := d.Dims()
	if r < 2 || r*c < parallelCheckSize || runtime.GOMAXPROCS(0) < 2 {
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

// rowsNonFinite is denseNonFinite for the rows from ≤ i < to, in one goroutine.
func rowsNonFinite(d *mat.Dense, from, to int) (i, j int, found bool) {
	for i := from; i < to; i++ {
		row := d.RawRowView(i)
		if s := floats.Sum(row); !math.IsNaN(s) && !math.IsInf(s, 0) {
			continue
		}
		for j, v := range row {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}
