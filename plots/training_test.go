package plots_test

import (
	"fmt"
	"math"
	"testing"

	"gomlp.dev/plots"
	"gonum.org/v1/plot/cmpimg"
)

// decay returns n values a·exp(−k·e) + c for epochs e = 1 … n, with a
// deterministic wiggle of amplitude w.
func decay(n int, a, k, c, w float64) []float64 {
	y := make([]float64, n)
	for e := range y {
		y[e] = a*math.Exp(-k*float64(e+1)) + c + w*math.Sin(3*float64(e))
	}
	return y
}

func ExampleTraining() {
	p := plots.Training("Cross-entropy per epoch", "epoch", "loss",
		plots.Series{Name: "train", Y: decay(40, 1.5, 0.12, 0.05, 0.005)},
		plots.Series{Name: "validation", Y: decay(40, 1.5, 0.1, 0.15, 0.01)},
	)
	save("training", p)
	// Output:
}

func ExampleTrainingLogY() {
	var series []plots.Series
	for _, eta := range []float64{0.01, 0.1, 1} {
		series = append(series, plots.Series{
			Name: fmt.Sprint("α = ", eta),
			Y:    decay(100, 2, 3*eta, 1e-3, 0),
		})
	}
	p := plots.TrainingLogY("Loss for three learning rates", "step", "loss", series...)
	save("training_log", p)
	// Output:
}

func TestTrainingGolden(t *testing.T) {
	cmpimg.CheckPlot(ExampleTraining, t, "training.png")
	cmpimg.CheckPlot(ExampleTrainingLogY, t, "training_log.png")
}

func TestTrainingSameBytes(t *testing.T) {
	sameBytes(t, func() plots.Figure {
		return plots.TrainingLogY("twice", "epoch", "loss", plots.Series{Name: "a", Y: decay(10, 1, 1, 0.1, 0)})
	})
}

func TestTrainingBadInput(t *testing.T) {
	tests := []struct {
		name   string
		logY   bool
		series []plots.Series
		want   string
	}{
		{"no series", false, nil, "Training: no series to plot"},
		{"empty", false, []plots.Series{{Name: "loss"}}, `Training: series "loss" is empty`},
		{"mismatched X", false, []plots.Series{{Name: "loss", Y: []float64{1, 2}, X: []float64{1}}}, `Training: series "loss" has 1 X values for 2 Y values`},
		{"NaN", false, []plots.Series{{Name: "loss", Y: []float64{1, math.NaN()}}}, `Training: series "loss" at point 1 is (2, NaN), not finite`},
		{"Inf", false, []plots.Series{{Name: "α = 2.1", Y: []float64{1, math.Inf(1)}}}, `Training: series "α = 2.1" at point 1 is (2, +Inf), not finite`},
		{"zero on log", true, []plots.Series{{Name: "loss", Y: []float64{1, 0}}}, `TrainingLogY: series "loss" is 0 at point 1; a log scale needs values > 0`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := plots.Training
			if tt.logY {
				f = plots.TrainingLogY
			}
			wantPanic(t, tt.want, func() { f("bad", "epoch", "loss", tt.series...) })
		})
	}
}
