package plots_test

import (
	"math"
	"testing"

	"gomlp.dev/plots"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot/cmpimg"
)

// Golden images of the figure conventions of issue 16: a minimum drawn as
// in its legend and paths ending together, hand-made lines dashed beside
// learnt ones, a surface that is not a loss with its colour bar, log axes
// with "(log)", and curves whose Y label names them.

func ExampleLossSurface_minimum() {
	// Two step sizes that both end at the minimum: both end markers stay
	// visible (the first is drawn larger), and the minimum, a path of one
	// point, is drawn as the cross its legend shows.
	p := plots.LossSurface("Two paths to the minimum", bowl, -3, 3, -2.5, 2,
		descend("α = 0.1", -2.5, 1.5, 0.1, 200),
		descend("α = 0.45", 2.5, -2, 0.45, 60),
		plots.Path{Name: "minimum", W1: []float64{1}, W2: []float64{-0.5}})
	save("surface_paths", p)
	// Output:
}

func ExampleDecisionLines_dashed() {
	// XOR's hidden lines: hand-made (dashed, drawn over) and learnt (solid),
	// told apart by dash as well as colour; the learnt unit 2 lies on the
	// hand-made NAND line and both stay visible.
	X := mat.NewDense(4, 2, []float64{0, 0, 0, 1, 1, 0, 1, 1})
	lines := []plots.Line{
		{Name: "hand: OR", W: []float64{1, 1}, B: -0.5, Dashed: true},
		{Name: "hand: NAND", W: []float64{-1, -1}, B: 1.5, Dashed: true},
		{Name: "learnt unit 1", W: []float64{5.1, 5.3}, B: -2.2},
		{Name: "learnt unit 2", W: []float64{-4, -4}, B: 6},
	}
	p := plots.DecisionLines("Hidden lines: hand-made and learnt", lines, X,
		[]int{0, 1, 1, 0}, []string{"XOR = 0", "XOR = 1"}, plots.LinesStyle{Colors: plots.Categorical})
	save("lines_dashed", p)
	// Output:
}

func ExampleSurface() {
	// A tower ŷ ≈ 1 over a box: not a loss, so its colour bar says ŷ.
	sig := func(z float64) float64 { return 1 / (1 + math.Exp(-z)) }
	tower := func(x1, x2 float64) float64 {
		h := sig(30*(x1-0.3)) - sig(30*(x1-0.7)) + sig(30*(x2-0.4)) - sig(30*(x2-0.6))
		return sig(20 * (h - 1.5))
	}
	p := plots.Surface("A tower from four steps", "ŷ", tower, 0, 1, 0, 1)
	save("surface_tower", p)
	// Output:
}

func ExampleLogX() {
	// Cost against the number of parameters on log–log axes: both labels
	// get "(log)" when shown.
	P := []float64{26, 60, 130, 270, 550, 1100}
	evals := make([]float64, len(P))
	for i, p := range P {
		evals[i] = 2 * p
	}
	p := plots.TrainingLogY("Passes for one gradient", "P (weights and biases)", "passes",
		plots.Series{Name: "numerical: 2P", X: P, Y: evals},
		plots.Series{Name: "backprop: 2", X: P, Y: []float64{2, 2, 2, 2, 2, 2}})
	plots.LogX(p)
	save("training_logx", p)
	// Output:
}

func ExampleCurves() {
	// A sigmoid and its derivative: the Y label names both.
	p := plots.Curves("The sigmoid and its derivative", "z", "σ(z), σ′(z)", -6, 6,
		plots.Curve{Name: "σ(z)", F: func(z float64) float64 { return 1 / (1 + math.Exp(-z)) }},
		plots.Curve{Name: "σ′(z)", F: func(z float64) float64 {
			s := 1 / (1 + math.Exp(-z))
			return s * (1 - s)
		}})
	save("curves", p)
	// Output:
}

func TestConventionsGolden(t *testing.T) {
	cmpimg.CheckPlot(ExampleLossSurface_minimum, t, "surface_paths.png")
	cmpimg.CheckPlot(ExampleDecisionLines_dashed, t, "lines_dashed.png")
	cmpimg.CheckPlot(ExampleSurface, t, "surface_tower.png")
	cmpimg.CheckPlot(ExampleLogX, t, "training_logx.png")
	cmpimg.CheckPlot(ExampleCurves, t, "curves.png")
}
