package plots

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"gonum.org/v1/gonum/mat"
)

// TestRegionMarginsLinearInK: the boundary of class j is the zero contour of
// ŷⱼ − max_{i≠j} ŷᵢ. boundaries computes it from each cell's largest and
// second-largest output (O(K) per cell for all classes, not O(K²)); this
// checks every margin against the definition on random outputs with ties,
// and that a class winning no cell gets no contour (issue 9, item 8).
func TestRegionMarginsLinearInK(t *testing.T) {
	const k = 7
	rng := rand.New(rand.NewPCG(1, 2))
	g := newGrid(0, 1, 0, 1)
	out := mat.NewDense(g.n*g.n, k, nil)
	for i := range g.n * g.n {
		for j := range k - 1 { // class k−1 is never the largest: output −1
			out.Set(i, j, math.Round(4*rng.Float64())/4) // quarters: many ties
		}
		out.Set(i, k-1, -1)
	}
	g.out = out
	cs := g.boundaries()
	if len(cs) != k-1 {
		t.Fatalf("got %d contours, want %d (class %d wins no cell)", len(cs), k-1, k-1)
	}
	for j, c := range cs {
		for r := range g.n {
			for col := range g.n {
				row := out.RawRowView(r*g.n + col)
				other := math.Inf(-1)
				for i, v := range row {
					if i != j {
						other = math.Max(other, v)
					}
				}
				if got, want := c.grid.Z(col, r), row[j]-other; got != want {
					t.Fatalf("class %d, cell (%d, %d): margin %v, want %v", j, col, r, got, want)
				}
			}
		}
	}
}

// TestDecisionRegionsManyClasses draws 300 classes, each winning a strip of
// the grid. With the margin of every class computed in O(K) per cell the
// figure took over a minute; now it is linear in K (the time is logged, not
// asserted: the machine may be shared).
func TestDecisionRegionsManyClasses(t *testing.T) {
	const k = 300
	pred := PredictorFunc(func(X mat.Matrix) *mat.Dense {
		r, _ := X.Dims()
		out := mat.NewDense(r, k, nil)
		for i := range r {
			out.Set(i, min(max(int(X.At(i, 0)*k), 0), k-1), 1)
		}
		return out
	})
	X := mat.NewDense(2, 2, []float64{0.05, 0, 0.95, 1})
	start := time.Now()
	p := DecisionRegions("300 classes", pred, X, nil, nil)
	PNG(p, 0, 0)
	t.Logf("300 classes: %v", time.Since(start))
}
