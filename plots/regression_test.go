package plots_test

import (
	"math"
	"testing"

	"gomlp.dev/data"
	"gomlp.dev/plots"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot/cmpimg"
)

func ExampleRegression() {
	d := data.NoisyLine(40, 2, -1, 0.3, 1)
	p := plots.Regression("A noisy line and a fit", d.X, d.Y,
		plots.Curve{Name: "fit ŷ = 1.9x − 0.95", F: func(x float64) float64 { return 1.9*x - 0.95 }},
		plots.Curve{Name: "true y = 2x − 1", F: func(x float64) float64 { return 2*x - 1 }},
	)
	save("regression", p)
	// Output:
}

func TestRegressionGolden(t *testing.T) {
	cmpimg.CheckPlot(ExampleRegression, t, "regression.png")
}

func TestRegressionBadData(t *testing.T) {
	line := plots.Curve{Name: "line", F: func(x float64) float64 { return x }}
	col := func(v ...float64) *mat.Dense { return mat.NewDense(len(v), 1, v) }
	cases := []struct {
		name   string
		X, Y   mat.Matrix
		curves []plots.Curve
		want   string
	}{
		{"nil", nil, col(1), []plots.Curve{line}, "Regression: no data (X or Y is nil)"},
		{"no rows", &mat.Dense{}, col(1), []plots.Curve{line}, "Regression: no data (X has no rows)"},
		{"two columns", mat.NewDense(2, 2, nil), col(1, 2), []plots.Curve{line}, "want both N×1"},
		{"rows differ", col(1, 2), col(1, 2, 3), []plots.Curve{line}, "X has 2 rows but Y has 3"},
		{"NaN", col(1, math.NaN()), col(1, 2), []plots.Curve{line}, "example 1 is (NaN, 2), not finite"},
		{"Inf", col(1, 2), col(math.Inf(1), 2), []plots.Curve{line}, "example 0 is (1, +Inf), not finite"},
		{"one x", col(1, 1), col(1, 2), []plots.Curve{line}, "every example has x = 1"},
		{"no curve", col(1, 2), col(1, 2), nil, "Regression: no curve to draw"},
		{"curve NaN", col(1, 2), col(1, 2), []plots.Curve{{Name: "log", F: func(x float64) float64 { return math.Log(x - 1.5) }}}, `Regression: curve "log" at x = 0.95 is NaN, not finite`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantPanic(t, c.want, func() { plots.Regression("t", c.X, c.Y, c.curves...) })
		})
	}
}
