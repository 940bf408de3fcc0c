package plots_test

import (
	"testing"

	"gomlp.dev/mlp"
	"gomlp.dev/plots"
	"gonum.org/v1/gonum/mat"
)

// TestTypedNilMatrices: every function of plots that takes a matrix, given a
// typed nil *mat.Dense, returns a plots: error naming the missing matrix
// instead of panicking inside gonum (issue 9, item 6).
func TestTypedNilMatrices(t *testing.T) {
	var none *mat.Dense
	var noNet *mlp.Network
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
