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
// typed nil *mat.Dense, returns a plots: error naming the missing matrix
// instead of panicking inside gonum (issue 9, item 6).
func TestTypedNilMatrices(t *testing.T) {
	var none *mat.Dense
	var noNet *net
	var noFunc plots.PredictorFunc
	X := mat.NewDense(3, 2, []float64{0, 0, 1, 0, 0, 1})
	Y := mat.NewDense(3, 1, []float64{0, 1, 1})
	labels := []int{0, 1, 1}
	lines := []plots.Line{{W: []float64{1, 1}, B: -0.5}}
	pred := plots.PredictorFunc(func(X mat.Matrix) (*mat.Dense, error) {
		r, _ := X.Dims()
		return mat.NewDense(r, 1, nil), nil
	})
	for _, c := range []struct {
		name string
		call func() error
		want string
	}{
		{"Scatter", func() error { _, err := plots.Scatter("", none, labels, nil); return err }, "X is nil"},
		{"Scatter of a nil transpose", func() error { _, err := plots.Scatter("", none.T(), labels, nil); return err }, "X is nil"},
		{"DecisionLines", func() error { _, err := plots.DecisionLines("", lines, none, labels, nil); return err }, "X is nil"},
		{"DecisionRegions X", func() error { _, err := plots.DecisionRegions("", pred, none, labels, nil); return err }, "X is nil"},
		{"DecisionRegions nil network", func() error { _, err := plots.DecisionRegions("", noNet, X, labels, nil); return err }, "predictor"},
		{"DecisionRegions nil func", func() error { _, err := plots.DecisionRegions("", noFunc, X, labels, nil); return err }, "predictor"},
		{"Regression X", func() error { _, err := plots.Regression("", none, Y); return err }, "X or Y is nil"},
		{"Regression Y", func() error { _, err := plots.Regression("", Y, none); return err }, "X or Y is nil"},
		{"Digits", func() error { _, err := plots.Digits("", none, nil, nil, 1); return err }, "X is nil"},
		{"WeightImages", func() error { _, err := plots.WeightImages("", none, 1); return err }, "W is nil"},
		{"NetworkDiagram", func() error { _, err := plots.NetworkDiagram("", []mat.Matrix{X.T(), none}); return err }, "W{2} is nil"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var err error
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("panicked: %v", r)
					}
				}()
				err = c.call()
			}()
			wantError(t, err, c.want)
		})
	}
}

// TestRenderLimits: what gonum/plot cannot draw is an error naming the
// limit, at construction or before rendering (issue 9, items 7 and 8).
// Before, these panicked inside gonum, hung in tick labelling, wrote a
// broken SVG, rendered blank frames, or ran out of memory.
func TestRenderLimits(t *testing.T) {
	p, err := plots.Training("ok", "epoch", "loss", plots.Series{Y: []float64{3, 2, 1}})
	if err != nil {
		t.Fatal(err)
	}
	huge := []float64{-1e308, 1e308}
	wide := mat.NewDense(2, 2, []float64{0, 0, 1e6, 1})
	for _, c := range []struct {
		name string
		call func() error
		want string
	}{
		{"PNG of negative width", func() error { _, err := plots.PNG(p, -10, 100); return err }, "want both finite and > 0"},
		{"PNG of zero height", func() error { _, err := plots.PNG(p, 100, 0); return err }, "want both finite and > 0"},
		{"PNG of NaN size", func() error { _, err := plots.PNG(p, vg.Length(math.NaN()), vg.Length(math.NaN())); return err }, "want both finite and > 0"},
		{"SVG of NaN size", func() error { _, err := plots.SVG(p, vg.Length(math.NaN()), 100); return err }, "want both finite and > 0"},
		{"PNG of 1e5 cm", func() error { _, err := plots.PNG(p, 1e5*vg.Centimeter, 1e5*vg.Centimeter); return err }, "too large: at most 200 cm a side"},
		{"empty Panel", func() error { _, err := plots.PNG(&plots.Panel{}, 0, 0); return err }, "empty Panel"},
		{"Panel of nil plots", func() error { _, err := plots.SVG(&plots.Panel{Plots: [][]*plot.Plot{{nil}}}, 0, 0); return err }, "empty Panel"},
		{"ShowEqualAxes with aspect 1e6", func() error {
			s, err := plots.Scatter("wide", wide, nil, nil)
			if err != nil {
				return err
			}
			return plots.ShowEqualAxes(s)
		}, "too large"},
		{"ShowEqualAxes of an axis set to ±1e308", func() error {
			q, _ := plots.Training("by hand", "", "", plots.Series{Y: []float64{1, 2}})
			q.X.Min, q.X.Max = -1e308, 1e308
			return plots.ShowEqualAxes(q)
		}, `the x axis of "by hand"`},
		{"TrainingLogY over 1e-300 … 1e300", func() error {
			_, err := plots.TrainingLogY("", "", "", plots.Series{Y: []float64{1e-300, 1, 1e300}})
			return err
		}, "beyond ±1e+100"},
		{"TrainingLogY down to 1e-300", func() error {
			_, err := plots.TrainingLogY("", "", "", plots.Series{Y: []float64{1e-300, 1}})
			return err
		}, "want values in [1e-100, 1e+100]"},
		{"TrainingLogY with a subnormal", func() error {
			_, err := plots.TrainingLogY("", "", "", plots.Series{Y: []float64{1, 5e-324}})
			return err
		}, "on a log scale"},
		{"TrainingLogY over 80 decades", func() error {
			_, err := plots.TrainingLogY("", "", "", plots.Series{Y: []float64{1e-40, 1e40}})
			return err
		}, "80 powers of ten, more than 60"},
		{"LossSurface of ±1e308", func() error {
			_, err := plots.LossSurface("", func(w1, w2 float64) float64 { return math.Copysign(1e308, w1) }, -1, 1, -1, 1)
			return err
		}, "beyond ±1e+100 (plots.MaxValue)"},
		{"LossSurface over ±1e308", func() error {
			_, err := plots.LossSurface("", func(w1, w2 float64) float64 { return 1 }, -1e308, 1e308, -1, 1)
			return err
		}, "beyond ±1e+100"},
		{"Scatter of ±1e308", func() error {
			_, err := plots.Scatter("", mat.NewDense(2, 2, []float64{-1e308, 0, 1e308, 1}), nil, nil)
			return err
		}, "row 0 of X"},
		{"Scatter with a label of 1e9", func() error { _, err := plots.Scatter("", wide, []int{0, 1e9}, nil); return err }, "label 1000000000 of row 1, want at most 1000 classes"},
		{"Training over ±1e308", func() error { _, err := plots.Training("", "", "", plots.Series{Y: huge}); return err }, "beyond ±1e+100"},
		{"Functions over ±1e308", func() error {
			_, err := plots.Functions("", -1e308, 1e308, plots.Curve{Name: "x", F: func(x float64) float64 { return x }})
			return err
		}, "Functions range"},
		{"Functions reaching 1e308", func() error {
			_, err := plots.Functions("", -1, 1, plots.Curve{Name: "big", F: func(x float64) float64 { return 1e308 * x }})
			return err
		}, `curve "big"`},
		{"DecisionRegions over ±1e308", func() error {
			pred := plots.PredictorFunc(func(X mat.Matrix) (*mat.Dense, error) { r, _ := X.Dims(); return mat.NewDense(r, 1, nil), nil })
			_, err := plots.DecisionRegions("", pred, mat.NewDense(2, 2, []float64{-1e308, 0, 1e308, 1}), nil, nil)
			return err
		}, "beyond ±1e+100"},
		{"Regression over ±1e308", func() error {
			_, err := plots.Regression("", mat.NewDense(2, 1, huge), mat.NewDense(2, 1, []float64{0, 1}))
			return err
		}, "beyond ±1e+100"},
		{"a plot whose axis was set beyond the limit", func() error {
			q, _ := plots.Training("set by hand", "", "", plots.Series{Y: []float64{1, 2}})
			q.Y.Max = 1e308
			_, err := plots.PNG(q, 0, 0)
			return err
		}, `the y axis of "set by hand"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			var err error
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("panicked: %v", r)
					}
				}()
				err = c.call()
			}()
			wantError(t, err, c.want)
		})
	}
	// The limits leave ordinary figures alone, a Panel included.
	panel, _ := plots.NewPanel(2, p, p)
	for _, f := range []plots.Figure{p, panel} {
		if _, err := plots.PNG(f, 0, 0); err != nil {
			t.Errorf("PNG: %v", err)
		}
		if _, err := plots.SVG(f, 0, 0); err != nil {
			t.Errorf("SVG: %v", err)
		}
	}
	if _, err := plots.TrainingLogY("", "", "", plots.Series{Y: []float64{1e-30, 1e25}}); err != nil {
		t.Errorf("TrainingLogY over 55 decades: %v", err)
	}
}
