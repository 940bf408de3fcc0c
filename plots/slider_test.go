package plots_test

import (
	"math"
	"testing"

	"gomlp.dev/plots"
	"gonum.org/v1/plot"
)

func TestSlidersOutsideNotebook(t *testing.T) {
	// Outside a notebook Sliders draws once, with the starting values
	// rounded to the slider's steps.
	var calls [][]float64
	plots.Sliders([]plots.Slider{
		{Name: "w", Min: -3, Max: 3, Step: 0.5, Value: 1.2},
		{Name: "b", Min: 0, Max: 1, Step: 0.1, Value: 1},
	}, true, func(v []float64) plots.Figure {
		calls = append(calls, append([]float64(nil), v...))
		return plots.Functions("σ(wz + b)", -1, 1, plots.Curve{Name: "f", F: func(z float64) float64 { return v[0]*z + v[1] }})
	})
	if len(calls) != 1 || calls[0][0] != 1 || math.Abs(calls[0][1]-1) > 1e-12 {
		t.Errorf("draw called with %v, want once with [1 1]", calls)
	}
}

func TestSlidersBadInput(t *testing.T) {
	ok := func([]float64) plots.Figure {
		return plots.Functions("f", 0, 1, plots.Curve{Name: "f", F: math.Sin})
	}
	tests := []struct {
		name string
		s    plots.Slider
		draw func([]float64) plots.Figure
		want string
	}{
		{"nil draw", plots.Slider{Name: "w", Max: 1, Step: 0.1}, nil, "Sliders: nil draw function"},
		{"empty range", plots.Slider{Name: "w", Min: 1, Max: 1, Step: 0.1, Value: 1}, ok, `Sliders: slider "w": Min 1 is not below Max 1`},
		{"step", plots.Slider{Name: "w", Max: 1, Step: 0}, ok, `slider "w": Step 0 is not positive`},
		{"too fine", plots.Slider{Name: "w", Max: 1, Step: 1e-6}, ok, `slider "w" has more than 10000 positions`},
		{"outside", plots.Slider{Name: "w", Max: 1, Step: 0.1, Value: 2}, ok, `slider "w": Value 2 is outside [0, 1]`},
		{"NaN", plots.Slider{Name: "w", Max: math.NaN(), Step: 0.1}, ok, `slider "w" has a value that is not finite`},
		{"draw panics", plots.Slider{Name: "w", Max: 1, Step: 0.1}, func([]float64) plots.Figure {
			return plots.Functions("f", 0, 1)
		}, "Functions: no curve to draw"},
		{"nil figure", plots.Slider{Name: "w", Max: 1, Step: 0.1}, func([]float64) plots.Figure {
			return nil
		}, "Sliders: nil figure"},
		{"nil plot", plots.Slider{Name: "w", Max: 1, Step: 0.1}, func([]float64) plots.Figure {
			return (*plot.Plot)(nil)
		}, "Sliders: nil figure"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantPanic(t, tt.want, func() { plots.Sliders([]plots.Slider{tt.s}, false, tt.draw) })
		})
	}
}
