package plots_test

import (
	"fmt"
	"testing"

	"gomlp.dev/plots"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/cmpimg"
)

func ExampleDecisionLines_ramp() {
	// The perceptron rule on AND from zeros, epochs 1 … 6 (epochs 5 and 6
	// end on the same line, drawn once and labelled "5, 6").
	X := mat.NewDense(4, 2, []float64{0, 0, 0, 1, 1, 0, 1, 1})
	history := [][3]float64{{1, 1, 0}, {2, 1, -1}, {2, 1, -2}, {2, 2, -2}, {2, 1, -3}, {2, 1, -3}}
	var lines []plots.Line
	for e, h := range history {
		lines = append(lines, plots.Line{Name: fmt.Sprint(e + 1), W: h[:2], B: h[2]})
	}
	p := plots.DecisionLines("Boundary after each epoch", lines, X, []int{0, 0, 0, 1},
		[]string{"y = 0", "y = 1"},
		plots.LinesStyle{Colors: plots.Ramp, EndLabels: true, DropRepeats: true})
	save("lines_ramp", p)
	// Output:
}

func ExampleDecisionLines_categorical() {
	// Three lines in no order, told apart by colour and dash, in the legend;
	// the band between the OR and AND lines shaded; integer ticks.
	X := mat.NewDense(4, 2, []float64{0, 0, 0, 1, 1, 0, 1, 1})
	lines := []plots.Line{
		{Name: "OR", W: []float64{1, 1}, B: -0.5},
		{Name: "AND", W: []float64{1, 1}, B: -1.5},
		{Name: "x₁ = 0.5", W: []float64{1, 0}, B: -0.5},
	}
	band := plots.NewBand([]float64{1, 1}, -0.5, -1.5)
	p := plots.DecisionLines("Three lines", lines, X, []int{0, 1, 1, 0}, nil,
		plots.LinesStyle{Colors: plots.Categorical, Under: []plot.Plotter{band}})
	p.Legend.Add("OR and NAND", band)
	plots.IntegerTicks(p)
	save("lines_categorical", p)
	// Output:
}

func TestDecisionLinesStyleGolden(t *testing.T) {
	cmpimg.CheckPlot(ExampleDecisionLines_ramp, t, "lines_ramp.png")
	cmpimg.CheckPlot(ExampleDecisionLines_categorical, t, "lines_categorical.png")
}

func TestDecisionLinesTwoStyles(t *testing.T) {
	X := mat.NewDense(2, 2, []float64{0, 0, 1, 1})
	wantPanic(t, "DecisionLines: 2 LinesStyles, want at most one", func() {
		plots.DecisionLines("bad", []plots.Line{{W: []float64{1, 1}}}, X, nil, nil,
			plots.LinesStyle{}, plots.LinesStyle{})
	})
}
