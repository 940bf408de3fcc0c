package plots_test

import (
	"math"
	"testing"

	"gomlp.dev/plots"
	"gonum.org/v1/plot/cmpimg"
)

func ExampleGradientNorms() {
	// Four hidden layers whose error shrinks by about 4× per layer back
	// from the output, as the vanishing gradient predicts for sigmoids.
	var perEpoch [][]float64
	for e := range 30 {
		var norms []float64
		for l := range 4 {
			norms = append(norms, 0.5*math.Pow(4, float64(l-3))*(1+0.5*math.Exp(-0.2*float64(e))))
		}
		perEpoch = append(perEpoch, norms)
	}
	p := plots.GradientNorms("Speed of learning per hidden layer", perEpoch)
	save("gradnorms", p)
	// Output:
}

func TestGradientNormsGolden(t *testing.T) {
	cmpimg.CheckPlot(ExampleGradientNorms, t, "gradnorms.png")
}

func TestGradientNormsBadInput(t *testing.T) {
	tests := []struct {
		name     string
		perEpoch [][]float64
		want     string
	}{
		{"none", nil, "at least one epoch"},
		{"no layer", [][]float64{{}}, "at least one epoch"},
		{"ragged", [][]float64{{1, 2}, {1}}, "epoch 1 has 1 layer norms, epoch 0 has 2"},
		{"zero", [][]float64{{1, 0}}, `"hidden layer 2" is 0 at point 0`},
		{"NaN", [][]float64{{math.NaN()}}, "not finite"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantPanic(t, tt.want, func() { plots.GradientNorms("bad", tt.perEpoch) })
		})
	}
}
