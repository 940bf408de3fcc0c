package plots_test

import (
	"math"
	"testing"

	"gomlp.dev/plots"
	"gonum.org/v1/plot/cmpimg"
)

// bowl is an elongated quadratic loss with its minimum at (1, −0.5).
func bowl(w1, w2 float64) float64 {
	return 0.5*(w1-1)*(w1-1) + 2*(w2+0.5)*(w2+0.5)
}

// descend runs gradient descent on bowl from (w1, w2) with step alpha.
func descend(name string, w1, w2, alpha float64, steps int) plots.Path {
	p := plots.Path{Name: name, W1: []float64{w1}, W2: []float64{w2}}
	for range steps {
		w1, w2 = w1-alpha*(w1-1), w2-alpha*4*(w2+0.5)
		p.W1, p.W2 = append(p.W1, w1), append(p.W2, w2)
	}
	return p
}

func ExampleLossSurface() {
	p := plots.LossSurface("Gradient descent on a quadratic loss", bowl, -3, 3, -2.5, 2,
		descend("α = 0.1", -2.5, 1.5, 0.1, 30),
		descend("α = 0.45", 2.5, -2, 0.45, 15),
	)
	save("surface", p)
	// Output:
}

func TestLossSurfaceGolden(t *testing.T) {
	cmpimg.CheckPlot(ExampleLossSurface, t, "surface.png")
}

func TestLossSurfaceSameBytes(t *testing.T) {
	sameBytes(t, func() plots.Figure {
		return plots.LossSurface("twice", bowl, -1, 1, -1, 1, descend("", 0.5, 0.5, 0.1, 5))
	})
}

func TestLossSurfaceBadInput(t *testing.T) {
	nanLoss := func(w1, w2 float64) float64 { return math.Log(w1) }
	tests := []struct {
		name  string
		loss  func(w1, w2 float64) float64
		r     [4]float64
		paths []plots.Path
		want  string
	}{
		{"nil loss", nil, [4]float64{-1, 1, -1, 1}, nil, "LossSurface: nil function"},
		{"empty range", bowl, [4]float64{1, 1, -1, 1}, nil, "range [1, 1] is empty"},
		{"infinite range", bowl, [4]float64{-1, 1, -1, math.Inf(1)}, nil, "not finite"},
		{"NaN loss", nanLoss, [4]float64{-1, 1, -1, 1}, nil, "LossSurface: the loss at (w₁, w₂) = (-1, -1) is NaN, not finite"},
		{"empty path", bowl, [4]float64{-1, 1, -1, 1}, []plots.Path{{Name: "gd"}}, `path 0 "gd" has 0 w₁ and 0 w₂ values`},
		{"mismatched path", bowl, [4]float64{-1, 1, -1, 1}, []plots.Path{{W1: []float64{1, 2}, W2: []float64{1}}}, "2 w₁ and 1 w₂"},
		{"NaN path", bowl, [4]float64{-1, 1, -1, 1}, []plots.Path{{W1: []float64{1, math.NaN()}, W2: []float64{1, 1}}}, `LossSurface: path 0 "" at step 1 is (NaN, 1), not finite`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantPanic(t, tt.want, func() { plots.LossSurface("bad", tt.loss, tt.r[0], tt.r[1], tt.r[2], tt.r[3], tt.paths...) })
		})
	}
}
