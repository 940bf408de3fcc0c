package data

import (
	"math"
	"strings"
	"testing"

	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

// TestDataBadInput is the data sets' bad-input table: every malformed call
// returns an error that starts with "data:" and names the problem, and
// none panics.
func TestDataBadInput(t *testing.T) {
	iris, err := Iris()
	if err != nil {
		t.Fatal(err)
	}
	and, _ := TruthTable("and")
	nanX := mat.NewDense(2, 2, []float64{0, math.NaN(), 1, 1})
	std, _ := FitStandardizer(iris.X)
	var none *mat.Dense // typed nil: a matrix never assigned
	badLabels := &mlp.Dataset{X: and.X, Y: and.Y, Labels: []int{0, 1}}

	for _, c := range []struct {
		name string
		call func() error
		want string
	}{
		{"blobs with N = 1e10", func() error { _, err := Blobs(1e10, 3, 1, 1); return err }, "N = 10000000000, want at most data.MaxExamples = 10000000"},
		{"noisy line with N = 1e10", func() error { _, err := NoisyLine(1e10, 1, 0, 0, 1); return err }, "N = 10000000000, want at most data.MaxExamples"},
		{"spirals with K = 1e9", func() error { _, err := Spirals(100, 1e9, 0, 1); return err }, "K = 1000000000, want at most mlp.MaxClasses = 1000"},
		{"blobs with N·K over the one-hot limit", func() error { _, err := Blobs(1e7, 1000, 1, 1); return err }, "more than mlp.MaxOneHot"},
		{"unknown gate", func() error { _, err := TruthTable("xand"); return err }, `unknown gate "xand"`},
		{"blobs with no examples", func() error { _, err := Blobs(0, 3, 1, 1); return err }, "N = 0 examples for K = 3 classes"},
		{"blobs with zero classes", func() error { _, err := Blobs(10, 0, 1, 1); return err }, "number of classes K = 0"},
		{"moons with negative noise", func() error { _, err := Moons(10, -0.1, 1); return err }, "noise = -0.1"},
		{"moons with NaN noise", func() error { _, err := Moons(10, math.NaN(), 1); return err }, "noise = NaN"},
		{"circles with factor 1", func() error { _, err := Circles(10, 0, 1, 1); return err }, "factor = 1"},
		{"spirals with fewer examples than arms", func() error { _, err := Spirals(2, 3, 0, 1); return err }, "N = 2 examples for K = 3"},
		{"regression on an empty interval", func() error { _, err := Regression1D(math.Sin, 10, 1, 1, 0, 1); return err }, "interval [1, 1]"},
		{"regression of a nil function", func() error { _, err := Regression1D(nil, 10, 0, 1, 0, 1); return err }, "nil function"},
		{"regression with no examples", func() error { _, err := NoisyLine(0, 1, 0, 0, 1); return err }, "number of examples N = 0"},
		{"regression of a function giving Inf", func() error {
			_, err := Regression1D(func(x float64) float64 { return 1 / (x - x) }, 3, 0, 1, 0, 1)
			return err
		}, "want a finite value"},
		{"standardize NaN data", func() error { _, _, err := Standardize(nanX); return err }, "X[0,1] is NaN"},
		{"standardize empty data", func() error { _, _, err := Standardize(&mat.Dense{}); return err }, "X is empty"},
		{"standardize nil data", func() error { _, err := FitStandardizer(nil); return err }, "X is nil"},
		{"fit a typed-nil X", func() error { _, err := FitStandardizer(none); return err }, "X is a nil *mat.Dense"},
		{"standardize a typed-nil X", func() error { _, _, err := Standardize(none); return err }, "X is a nil *mat.Dense"},
		{"transform a typed-nil X", func() error { _, err := std.Transform(none); return err }, "X is a nil *mat.Dense"},
		{"transform with a nil Standardizer", func() error { _, err := (*Standardizer)(nil).Transform(iris.X); return err }, "nil Standardizer"},
		{"split an empty Dataset", func() error { _, _, err := Split(&mlp.Dataset{}, 0.2, 1); return err }, "X is a nil *mat.Dense"},
		{"split with Y forgotten", func() error { _, _, err := Split(&mlp.Dataset{X: iris.X}, 0.2, 1); return err }, "Y is a nil *mat.Dense"},
		{"subset with Y forgotten", func() error { _, err := Subset(&mlp.Dataset{X: iris.X}, 2); return err }, "Y is a nil *mat.Dense"},
		{"select rows of an empty Dataset", func() error { _, err := SelectRows(&mlp.Dataset{}, []int{0}); return err }, "X is a nil *mat.Dense"},
		{"transform with other width", func() error { _, err := std.Transform(and.X); return err }, "X is 4×2 but the Standardizer was fitted on 4 features"},
		{"split fraction 0", func() error { _, _, err := Split(iris, 0, 1); return err }, "validation fraction = 0"},
		{"split fraction 1.5", func() error { _, _, err := Split(iris, 1.5, 1); return err }, "validation fraction = 1.5"},
		{"split leaving a set empty", func() error { _, _, err := Split(and, 0.1, 1); return err }, "fraction 0.1 of 4 examples leaves a set empty"},
		{"split a nil dataset", func() error { _, _, err := Split(nil, 0.2, 1); return err }, "nil Dataset"},
		{"split mismatched X and Y rows", func() error {
			_, _, err := Split(&mlp.Dataset{X: iris.X, Y: and.Y}, 0.2, 1)
			return err
		}, "X is 150×4 but Y is 4×1"},
		{"split with too few labels", func() error { _, _, err := Split(badLabels, 0.5, 1); return err }, "2 labels for 4 examples"},
		{"subset larger than N", func() error { _, err := Subset(iris, 151); return err }, "subset of 151 examples from a set of 150"},
		{"subset of 0", func() error { _, err := Subset(iris, 0); return err }, "subset of 0 examples"},
		{"select a row out of range", func() error { _, err := SelectRows(iris, []int{0, 150}); return err }, "row index 150 out of range 0…149"},
		{"select no rows", func() error { _, err := SelectRows(iris, nil); return err }, "no indices"},
		// Issue 18: OverlapLabels skipped the MaxExamples check (1e9 points:
		// fatal out of memory), a spread near 1e308 gave ±Inf or NaN points
		// silently, and SelectColumns could build an X far larger than d.X.
		{"overlap labels with N = 1e9", func() error { _, err := OverlapLabels(1e9, 1); return err }, "N = 1000000000, want at most data.MaxExamples = 10000000"},
		{"blobs with std = MaxFloat64", func() error { _, err := Blobs(100, 3, math.MaxFloat64, 1); return err }, "the noise overflows float64"},
		{"moons with noise = MaxFloat64", func() error { _, err := Moons(100, math.MaxFloat64, 1); return err }, "the noise overflows float64"},
		{"circles with noise = MaxFloat64", func() error { _, err := Circles(100, math.MaxFloat64, 0.5, 1); return err }, "the noise overflows float64"},
		{"spirals with noise = MaxFloat64", func() error { _, err := Spirals(100, 3, math.MaxFloat64, 1); return err }, "the noise overflows float64"},
		{"noisy line with noise = MaxFloat64", func() error { _, err := NoisyLine(100, 1, 0, math.MaxFloat64, 1); return err }, "overflows float64"},
		{"regression on an interval wider than float64", func() error {
			_, err := Regression1D(math.Sin, 10, -1e308, 1e308, 0, 1)
			return err
		}, "want finite lo < hi (and a finite width hi − lo)"},
		{"select a column twice", func() error { _, err := SelectColumns(iris, 2, 3, 2); return err }, "column 2 listed twice"},
		{"select a million columns", func() error { _, err := SelectColumns(iris, make([]int, 1e6)...); return err }, "column 0 listed twice"},
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
			if err == nil {
				t.Fatalf("got no error, want one containing %q", c.want)
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "data: ") || !strings.Contains(msg, c.want) {
				t.Errorf("got %q, want a data: error containing %q", msg, c.want)
			}
		})
	}
}
