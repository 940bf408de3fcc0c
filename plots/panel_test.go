package plots_test

import (
	"fmt"
	"math"
	"testing"

	"gomlp.dev/plots"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/cmpimg"
)

func ExampleNewPanel() {
	X, labels := blobs(20, 0.6, [2]float64{0, 0}, [2]float64{3, 1}, [2]float64{1, 3})
	scatter := plots.Scatter("Data", X, labels, nil)
	curves := plots.Functions("tanh and its derivative", -4, 4,
		plots.Curve{Name: "tanh", F: math.Tanh},
		plots.Curve{Name: "tanh′", F: func(z float64) float64 { return 1 - math.Tanh(z)*math.Tanh(z) }},
	)
	loss := plots.Training("Loss", "epoch", "loss", plots.Series{Name: "train", Y: decay(30, 1, 0.15, 0.1, 0)})
	panel := plots.NewPanel(2, scatter, curves, loss)
	save("panel", panel)
	w, h := panel.Size()
	fmt.Printf("%d rows, %.0f×%.0f cm\n", len(panel.Plots), w.Points()/28.3465, h.Points()/28.3465)
	// Output:
	// 2 rows, 24×16 cm
}

func TestPanelGolden(t *testing.T) {
	cmpimg.CheckPlot(ExampleNewPanel, t, "panel.png")
}

func TestPanelBadInput(t *testing.T) {
	p := plot.New()
	tests := []struct {
		name  string
		cols  int
		plots []*plot.Plot
		want  string
	}{
		{"none", 2, nil, "NewPanel: no plots"},
		{"no columns", 0, []*plot.Plot{p}, "0 columns"},
		{"nil plot", 2, []*plot.Plot{p, nil}, "NewPanel: plot 1 is nil"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantPanic(t, tt.want, func() { plots.NewPanel(tt.cols, tt.plots...) })
		})
	}
}
