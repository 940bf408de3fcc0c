package plots_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gomlp.dev/plots"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot/cmpimg"
)

// blobs returns n points per class around the given centres, with
// Gaussian noise of standard deviation sd, seeded.
func blobs(n int, sd float64, centres ...[2]float64) (*mat.Dense, []int) {
	rng := rand.New(rand.NewPCG(1, 1))
	X := mat.NewDense(n*len(centres), 2, nil)
	labels := make([]int, n*len(centres))
	for k, c := range centres {
		for i := range n {
			r := k*n + i
			X.Set(r, 0, c[0]+sd*rng.NormFloat64())
			X.Set(r, 1, c[1]+sd*rng.NormFloat64())
			labels[r] = k
		}
	}
	return X, labels
}

func ExampleScatter() {
	X, labels := blobs(30, 0.6, [2]float64{0, 0}, [2]float64{3, 1}, [2]float64{1, 3})
	p := plots.Scatter("Three blobs", X, labels, []string{"setosa", "versicolor", "virginica"})
	save("scatter", p)
	fmt.Println(p.Legend.Top, p.Legend.Left)
	// Output:
	// true false
}

func TestScatterGolden(t *testing.T) {
	cmpimg.CheckPlot(ExampleScatter, t, "scatter.png")
}

func TestScatterSameBytes(t *testing.T) {
	X, labels := blobs(20, 1, [2]float64{0, 0}, [2]float64{2, 2})
	sameBytes(t, func() plots.Figure { return plots.Scatter("twice", X, labels, nil) })
}

func TestScatterBadInput(t *testing.T) {
	good := mat.NewDense(2, 2, []float64{0, 0, 1, 1})
	tests := []struct {
		name   string
		X      mat.Matrix
		labels []int
		names  []string
		want   string
	}{
		{"nil X", nil, nil, nil, "X is nil"},
		{"empty X", &mat.Dense{}, nil, nil, "X has no rows"},
		{"three columns", mat.NewDense(2, 3, nil), nil, nil, "X is 2×3, want N×2"},
		{"NaN", mat.NewDense(2, 2, []float64{0, 0, math.NaN(), 1}), nil, nil, "row 1 of X is (NaN, 1), not finite"},
		{"Inf", mat.NewDense(1, 2, []float64{math.Inf(-1), 0}), nil, nil, "row 0 of X is (-Inf, 0), not finite"},
		{"labels too short", good, []int{0}, nil, "1 labels for 2 rows"},
		{"negative label", good, []int{0, -1}, nil, "label -1 of row 1 is negative"},
		{"unnamed class", good, []int{0, 2}, []string{"a", "b"}, "label 2 has no name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantPanic(t, tt.want, func() { plots.Scatter("bad", tt.X, tt.labels, tt.names) })
		})
	}
}
