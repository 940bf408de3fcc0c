package plots_test

import (
	"math"
	"testing"

	"gomlp.dev/plots"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot/cmpimg"
)

func TestNewWeightArrow(t *testing.T) {
	for _, u := range []struct{ w1, w2, b float64 }{{1, 2, -2}, {-3, 0.5, 1}, {0, 2, 0}} {
		a := plots.NewWeightArrow([]float64{u.w1, u.w2}, u.b)
		// It starts on the line w·x + b = 0, at the point nearest the origin
		// (a multiple of w), and is the unit vector along w.
		if z := u.w1*a.From.X + u.w2*a.From.Y + u.b; math.Abs(z) > 1e-12 {
			t.Errorf("w = (%v, %v), b = %v: z at the start = %v, want 0", u.w1, u.w2, u.b, z)
		}
		if c := u.w1*a.From.Y - u.w2*a.From.X; math.Abs(c) > 1e-12 {
			t.Errorf("w = (%v, %v): start %v is not along w", u.w1, u.w2, a.From)
		}
		n := math.Hypot(u.w1, u.w2)
		dx, dy := a.To.X-a.From.X, a.To.Y-a.From.Y
		if math.Abs(dx-u.w1/n) > 1e-12 || math.Abs(dy-u.w2/n) > 1e-12 {
			t.Errorf("w = (%v, %v): arrow (%v, %v), want w/‖w‖", u.w1, u.w2, dx, dy)
		}
		if a.Label != "w" {
			t.Errorf("label %q, want w", a.Label)
		}
	}
	wantPanic(t, "no line when w = 0", func() { plots.NewWeightArrow([]float64{0, 0}, 1) })
	wantPanic(t, "NewWeightArrow: 1 weights, want 2", func() { plots.NewWeightArrow([]float64{1}, 1) })
	wantPanic(t, "not finite", func() { plots.NewWeightArrow([]float64{1, 1}, math.Inf(1)) })
}

func ExampleNewWeightArrow() {
	// The unit w = (1, 2), b = −2 of notebook 01 on the lattice {−2 … 2}²,
	// its weight arrow labelled w, integer ticks, and the unit circle.
	X := mat.NewDense(25, 2, nil)
	labels := make([]int, 25)
	for i := range 25 {
		x1, x2 := float64(i%5-2), float64(i/5-2)
		X.Set(i, 0, x1)
		X.Set(i, 1, x2)
		if x1+2*x2-2 >= 0 {
			labels[i] = 1
		}
	}
	p := plots.Scatter("w = (1, 2), b = −2", X, labels, []string{"ŷ = 0", "ŷ = 1"})
	a := plots.NewWeightArrow([]float64{1, 2}, -2)
	c := plots.NewCircle(0, 0, 1)
	p.Add(a, c)
	plots.IntegerTicks(p)
	save("arrow_weight", p)
	// Output:
}

func TestWeightArrowGolden(t *testing.T) {
	cmpimg.CheckPlot(ExampleNewWeightArrow, t, "arrow_weight.png")
}
