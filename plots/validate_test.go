package plots_test

import (
	"math"
	"testing"

	"gomlp.dev/plots"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
)

// TestTypedNilMatrices: every function of plots that takes a matrix, given a
// typed nil *mat.Dense, panics with a plots: message naming the missing matrix
// instead of panicking inside gonum (issue 9, item 6).
func TestTypedNilMatrices(t *testing.T) {
	var none *mat.Dense
	var noNet *net // a typed nil model
	var noFunc plots.PredictorFunc
	X := mat.NewDense(3, 2, []float64{0, 0, 1, 0, 0, 1})
	Y := mat.NewDense(3, 1, []float64{0, 1, 1})
	labels := []int{0, 1, 1}
	lines := []plots.Line{{W: []float64{1, 1}, B: -0.5}}
	pred := plots.PredictorFunc(func(X mat.Matrix) *mat.Dense {
		r, _ := X.Dims()
		return mat.NewDense(r, 1, nil)
	})
	for _, c := range []struct {
		name string
		call func()
		want string
	}{
		{"Scatter", func() { plots.Scatter("", none, labels, nil) }, "X is nil"},
		{"Scatter of a nil transpose", func() { plots.Scatter("", none.T(), labels, nil) }, "X is nil"},
		{"DecisionLines", func() { plots.DecisionLines("", lines, none, labels, nil) }, "X is nil"},
		{"DecisionRegions X", func() { plots.DecisionRegions("", pred, none, labels, nil) }, "X is nil"},
		{"DecisionRegions nil network", func() { plots.DecisionRegions("", noNet, X, labels, nil) }, "predictor"},
		{"DecisionRegions nil func", func() { plots.DecisionRegions("", noFunc, X, labels, nil) }, "predictor"},
		{"Regression X", func() { plots.Regression("", none, Y) }, "X or Y is nil"},
		{"Regression Y", func() { plots.Regression("", Y, none) }, "X or Y is nil"},
		{"Digits", func() { plots.Digits("", none, nil, nil, 1) }, "X is nil"},
		{"WeightImages", func() { plots.WeightImages("", none, 1) }, "W is nil"},
		{"NetworkDiagram", func() { plots.NetworkDiagram("", []mat.Matrix{X.T(), none}) }, "W{2} is nil"},
	} {
		t.Run(c.name, func(t *testing.T) {
			wantPanic(t, c.want, c.call)
		})
	}
}

// TestRenderLimits: what gonum/plot cannot draw panics naming the
// limit, at construction or before rendering (issue 9, items 7 and 8).
// Before, these panicked inside gonum, hung in tick labelling, wrote a
// broken SVG, rendered blank frames, or ran out of memory.
func TestRenderLimits(t *testing.T) {
	p := plots.Training("ok", "epoch", "loss", plots.Series{Y: []float64{3, 2, 1}})
	huge := []float64{-1e308, 1e308}
	wide := mat.NewDense(2, 2, []float64{0, 0, 1e6, 1})
	for _, c := range []struct {
		name string
		call func()
		want string
	}{
		{"PNG of negative width", func() { plots.PNG(p, -10, 100) }, "want both finite and > 0"},
		{"PNG of zero height", func() { plots.PNG(p, 100, 0) }, "want both finite and > 0"},
		{"PNG of NaN size", func() { plots.PNG(p, vg.Length(math.NaN()), vg.Length(math.NaN())) }, "want both finite and > 0"},
		{"SVG of NaN size", func() { plots.SVG(p, vg.Length(math.NaN()), 100) }, "want both finite and > 0"},
		{"PNG of 1e5 cm", func() { plots.PNG(p, 1e5*vg.Centimeter, 1e5*vg.Centimeter) }, "too large: at most 200 cm a side"},
		{"empty Panel", func() { plots.PNG(&plots.Panel{}, 0, 0) }, "empty Panel"},
		{"Panel of nil plots", func() { plots.SVG(&plots.Panel{Plots: [][]*plot.Plot{{nil}}}, 0, 0) }, "empty Panel"},
		{"ShowEqualAxes with aspect 1e6", func() {
			s := plots.Scatter("wide", wide, nil, nil)
			plots.ShowEqualAxes(s)
		}, "too large"},
		{"ShowEqualAxes of an axis set to ±1e308", func() {
			q := plots.Training("by hand", "", "", plots.Series{Y: []float64{1, 2}})
			q.X.Min, q.X.Max = -1e308, 1e308
			plots.ShowEqualAxes(q)
		}, `the x axis of "by hand"`},
		{"TrainingLogY over 1e-300 … 1e300", func() {
			plots.TrainingLogY("", "", "", plots.Series{Y: []float64{1e-300, 1, 1e300}})
		}, "beyond ±1e+100"},
		{"TrainingLogY down to 1e-300", func() {
			plots.TrainingLogY("", "", "", plots.Series{Y: []float64{1e-300, 1}})
		}, "want values in [1e-100, 1e+100]"},
		{"TrainingLogY with a subnormal", func() {
			plots.TrainingLogY("", "", "", plots.Series{Y: []float64{1, 5e-324}})
		}, "on a log scale"},
		{"TrainingLogY over 80 decades", func() {
			plots.TrainingLogY("", "", "", plots.Series{Y: []float64{1e-40, 1e40}})
		}, "80 powers of ten, more than 60"},
		{"LossSurface of ±1e308", func() {
			plots.LossSurface("", func(w1, w2 float64) float64 { return math.Copysign(1e308, w1) }, -1, 1, -1, 1)
		}, "beyond ±1e+100 (plots.MaxValue)"},
		{"LossSurface over ±1e308", func() {
			plots.LossSurface("", func(w1, w2 float64) float64 { return 1 }, -1e308, 1e308, -1, 1)
		}, "beyond ±1e+100"},
		{"Scatter of ±1e308", func() {
			plots.Scatter("", mat.NewDense(2, 2, []float64{-1e308, 0, 1e308, 1}), nil, nil)
		}, "row 0 of X"},
		{"Scatter with a label of 1e9", func() { plots.Scatter("", wide, []int{0, 1e9}, nil) }, "label 1000000000 of row 1, want at most 1000 classes"},
		{"Training over ±1e308", func() { plots.Training("", "", "", plots.Series{Y: huge}) }, "beyond ±1e+100"},
		{"Functions over ±1e308", func() {
			plots.Functions("", -1e308, 1e308, plots.Curve{Name: "x", F: func(x float64) float64 { return x }})
		}, "Functions: range [-1e+308, 1e+308] is 1e+308, beyond ±1e+100"},
		{"Functions reaching 1e308", func() {
			plots.Functions("", -1, 1, plots.Curve{Name: "big", F: func(x float64) float64 { return 1e308 * x }})
		}, `curve "big"`},
		{"DecisionRegions over ±1e308", func() {
			pred := plots.PredictorFunc(func(X mat.Matrix) *mat.Dense { r, _ := X.Dims(); return mat.NewDense(r, 1, nil) })
			plots.DecisionRegions("", pred, mat.NewDense(2, 2, []float64{-1e308, 0, 1e308, 1}), nil, nil)
		}, "beyond ±1e+100"},
		{"Regression over ±1e308", func() {
			plots.Regression("", mat.NewDense(2, 1, huge), mat.NewDense(2, 1, []float64{0, 1}))
		}, "beyond ±1e+100"},
		{"a plot whose axis was set beyond the limit", func() {
			q := plots.Training("set by hand", "", "", plots.Series{Y: []float64{1, 2}})
			q.Y.Max = 1e308
			plots.PNG(q, 0, 0)
		}, `the y axis of "set by hand"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			wantPanic(t, c.want, c.call)
		})
	}
	// The limits leave ordinary figures alone, a Panel included.
	panel := plots.NewPanel(2, p, p)
	for _, f := range []plots.Figure{p, panel} {
		plots.PNG(f, 0, 0)
		plots.SVG(f, 0, 0)
	}
	plots.TrainingLogY("", "", "", plots.Series{Y: []float64{1e-30, 1e25}})
}
