package plots_test

import (
	"fmt"
	"math"
	"testing"

	"gomlp.dev/plots"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot/cmpimg"
)

func ExampleDecisionLines() {
	// The boundary of a perceptron learning AND, epoch after epoch
	// (weights as the perceptron rule with η = 1 moves them), ending at
	// x₁ + x₂ − 1.5 = 0.
	X := mat.NewDense(4, 2, []float64{0, 0, 0, 1, 1, 0, 1, 1})
	history := []struct{ w1, w2, b float64 }{
		{0.2, -0.4, 0.1}, {1.2, 0.6, -0.9}, {1.2, 0.6, -1.4}, {1.4, 0.9, -2.1}, {1, 1, -1.5},
	}
	var lines []plots.Line
	for e, h := range history {
		lines = append(lines, plots.Line{Name: fmt.Sprintf("epoch %d", e), W: []float64{h.w1, h.w2}, B: h.b})
	}
	p := plots.DecisionLines("Perceptron learning AND", lines, X, []int{0, 0, 0, 1}, []string{"y = 0", "y = 1"})
	save("lines", p)
	// Output:
}

func TestDecisionLinesGolden(t *testing.T) {
	cmpimg.CheckPlot(ExampleDecisionLines, t, "lines.png")
}

func TestDecisionLinesSameBytes(t *testing.T) {
	X := mat.NewDense(4, 2, []float64{0, 0, 0, 1, 1, 0, 1, 1})
	sameBytes(t, func() plots.Figure {
		// The two hidden units of an XOR network: OR and NAND; one is vertical-ish.
		return plots.DecisionLines("XOR hidden units", []plots.Line{
			{Name: "OR", W: []float64{1, 1}, B: -0.5},
			{Name: "vertical", W: []float64{1, 0}, B: -0.5},
		}, X, []int{0, 1, 1, 0}, nil)
	})
}

func TestDecisionLinesBadInput(t *testing.T) {
	X := mat.NewDense(2, 2, []float64{0, 0, 1, 1})
	tests := []struct {
		name  string
		lines []plots.Line
		want  string
	}{
		{"no line", nil, "DecisionLines: no lines to draw"},
		{"three weights", []plots.Line{{W: []float64{1, 2, 3}}}, `DecisionLines: line 0 "" has 3 weights, want 2`},
		{"zero weights", []plots.Line{{W: []float64{1, 1}}, {W: []float64{0, 0}, B: 1}}, `DecisionLines: line 1 "" has w₁ = w₂ = 0`},
		{"NaN bias", []plots.Line{{W: []float64{1, 1}, B: math.NaN()}}, "not finite"},
		{"Inf weight", []plots.Line{{W: []float64{math.Inf(1), 1}}}, "not finite"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantPanic(t, tt.want, func() { plots.DecisionLines("bad", tt.lines, X, nil, nil) })
		})
	}
}
