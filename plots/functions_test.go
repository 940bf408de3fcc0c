package plots_test

import (
	"fmt"
	"math"
	"testing"

	"gomlp.dev/plots"
	"gonum.org/v1/plot/cmpimg"
)

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

func ExampleFunctions() {
	p := plots.Functions("Sigmoid and its derivative", -6, 6,
		plots.Curve{Name: "step", F: func(z float64) float64 {
			if z >= 0 {
				return 1
			}
			return 0
		}},
		plots.Curve{Name: "σ(z)", F: sigmoid},
		plots.Curve{Name: "σ′(z)", F: func(z float64) float64 { return sigmoid(z) * (1 - sigmoid(z)) }},
	)
	save("functions", p)
	fmt.Printf("y from %.2f to %.2f\n", p.Y.Min, p.Y.Max)
	// Output:
	// y from -0.05 to 1.05
}

func TestFunctionsGolden(t *testing.T) {
	cmpimg.CheckPlot(ExampleFunctions, t, "functions.png")
}

func TestFunctionsSameBytes(t *testing.T) {
	sameBytes(t, func() plots.Figure {
		return plots.Functions("tanh", -3, 3, plots.Curve{Name: "tanh", F: math.Tanh})
	})
}

func TestFunctionsBadInput(t *testing.T) {
	tests := []struct {
		name       string
		xmin, xmax float64
		curves     []plots.Curve
		want       string
	}{
		{"no curve", -1, 1, nil, "Functions: no curve to draw"},
		{"empty range", 1, 1, []plots.Curve{{Name: "id", F: math.Abs}}, "Functions: range [1, 1] is empty"},
		{"NaN range", math.NaN(), 1, []plots.Curve{{Name: "id", F: math.Abs}}, "Functions: range [NaN, 1] is not finite"},
		{"infinite range", -1, math.Inf(1), []plots.Curve{{Name: "id", F: math.Abs}}, "Functions: range [-1, +Inf] is not finite"},
		{"nil function", -1, 1, []plots.Curve{{Name: "f"}}, `"f" has no function`},
		{"NaN value", -1, 1, []plots.Curve{{Name: "sqrt", F: math.Sqrt}}, `Functions: curve "sqrt" at x = -1 is NaN, not finite`},
		{"infinite value", -1, 1, []plots.Curve{{Name: "log", F: func(x float64) float64 { return math.Log(x * x) }}}, `Functions: curve "log" at x = 0 is -Inf, not finite`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantPanic(t, tt.want, func() { plots.Functions("bad", tt.xmin, tt.xmax, tt.curves...) })
		})
	}
}
