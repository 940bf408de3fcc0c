package data

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

// panicMessage runs f and returns the message of its panic, and whether it
// panicked with an error value (as every panic of this package does).
func panicMessage(f func()) (msg string, panicked bool) {
	defer func() {
		if r := recover(); r != nil {
			panicked = true
			if err, ok := r.(error); ok {
				msg = err.Error()
			} else {
				msg = fmt.Sprintf("not an error: %v", r)
			}
		}
	}()
	f()
	return "", false
}

// TestDataBadInput is the data sets' bad-input table: every malformed call
// is the caller's mistake and panics, before allocating anything, with a
// message "data: Fn: …" that names the problem.
func TestDataBadInput(t *testing.T) {
	iris := Iris()
	and := TruthTable("and")
	nanX := mat.NewDense(2, 2, []float64{0, math.NaN(), 1, 1})
	std := FitStandardizer(iris.X)
	var none *mat.Dense // typed nil: a matrix never assigned
	badLabels := &mlp.Dataset{X: and.X, Y: and.Y, Labels: []int{0, 1}}

	for _, c := range []struct {
		name string
		call func()
		want string // the message after "data: "
	}{
		{"blobs with N = 1e10", func() { Blobs(1e10, 3, 1, 1) }, "Blobs: number of examples N = 10000000000, want at most data.MaxExamples = 10000000"},
		{"noisy line with N = 1e10", func() { NoisyLine(1e10, 1, 0, 0, 1) }, "NoisyLine: number of examples N = 10000000000, want at most data.MaxExamples"},
		{"spirals with K = 1e9", func() { Spirals(100, 1e9, 0, 1) }, "Spirals: number of classes K = 1000000000, want at most mlp.MaxClasses = 1000"},
		{"blobs with N·K over the one-hot limit", func() { Blobs(1e7, 1000, 1, 1) }, "Blobs: N = 10000000 examples of K = 1000 classes need a one-hot Y of 10000000000 entries, more than mlp.MaxOneHot"},
		{"unknown gate", func() { TruthTable("xand") }, `TruthTable: unknown gate "xand", want and, or, nand, nor, xor or not`},
		{"blobs with no examples", func() { Blobs(0, 3, 1, 1) }, "Blobs: N = 0 examples for K = 3 classes, want N ≥ K"},
		{"blobs with zero classes", func() { Blobs(10, 0, 1, 1) }, "Blobs: number of classes K = 0, want > 0"},
		{"moons with negative noise", func() { Moons(10, -0.1, 1) }, "Moons: noise = -0.1, want a finite standard deviation ≥ 0"},
		{"moons with NaN noise", func() { Moons(10, math.NaN(), 1) }, "Moons: noise = NaN"},
		{"circles with factor 1", func() { Circles(10, 0, 1, 1) }, "Circles: factor = 1, want the inner radius in (0, 1)"},
		{"spirals with fewer examples than arms", func() { Spirals(2, 3, 0, 1) }, "Spirals: N = 2 examples for K = 3"},
		{"regression on an empty interval", func() { Regression1D(math.Sin, 10, 1, 1, 0, 1) }, "Regression1D: interval [1, 1]"},
		{"regression of a nil function", func() { Regression1D(nil, 10, 0, 1, 0, 1) }, "Regression1D: nil function f"},
		{"regression with no examples", func() { NoisyLine(0, 1, 0, 0, 1) }, "NoisyLine: number of examples N = 0, want > 0"},
		{"regression of a function giving Inf", func() { Regression1D(func(x float64) float64 { return 1 / (x - x) }, 3, 0, 1, 0, 1) }, "Regression1D: f("},
		{"standardize NaN data", func() { Standardize(nanX) }, "Standardize: X[0,1] is NaN, want a finite number"},
		{"standardize empty data", func() { Standardize(&mat.Dense{}) }, "Standardize: X is empty (0×0)"},
		{"standardize nil data", func() { FitStandardizer(nil) }, "FitStandardizer: X is nil"},
		{"fit a typed-nil X", func() { FitStandardizer(none) }, "FitStandardizer: X is nil"},
		{"standardize a typed-nil X", func() { Standardize(none) }, "Standardize: X is nil"},
		{"transform a typed-nil X", func() { std.Transform(none) }, "Transform: X is nil"},
		{"transform with a nil Standardizer", func() { (*Standardizer)(nil).Transform(iris.X) }, "Transform: nil *Standardizer (fit one with FitStandardizer)"},
		{"split an empty Dataset", func() { Split(&mlp.Dataset{}, 0.2, 1) }, "Split: X is nil"},
		{"split with Y forgotten", func() { Split(&mlp.Dataset{X: iris.X}, 0.2, 1) }, "Split: Y is nil"},
		{"subset with Y forgotten", func() { Subset(&mlp.Dataset{X: iris.X}, 2) }, "Subset: Y is nil"},
		{"select rows of an empty Dataset", func() { SelectRows(&mlp.Dataset{}, []int{0}) }, "SelectRows: X is nil"},
		{"transform with other width", func() { std.Transform(and.X) }, "Transform: X is 4×2 but the Standardizer was fitted on 4 features"},
		{"split fraction 0", func() { Split(iris, 0, 1) }, "Split: validation fraction = 0, want a value in (0, 1)"},
		{"split fraction 1.5", func() { Split(iris, 1.5, 1) }, "Split: validation fraction = 1.5"},
		{"split leaving a set empty", func() { Split(and, 0.1, 1) }, "Split: validation fraction 0.1 of 4 examples leaves a set empty"},
		{"split a nil dataset", func() { Split(nil, 0.2, 1) }, "Split: nil *mlp.Dataset"},
		{"split mismatched X and Y rows", func() { Split(&mlp.Dataset{X: iris.X, Y: and.Y}, 0.2, 1) }, "Split: X is 150×4 but Y is 4×1: want one row of each per example"},
		{"split with too few labels", func() { Split(badLabels, 0.5, 1) }, "Split: 2 labels for 4 examples"},
		{"subset larger than N", func() { Subset(iris, 151) }, "Subset: subset of 151 examples from a set of 150, want 1 … 150"},
		{"subset of 0", func() { Subset(iris, 0) }, "Subset: subset of 0 examples"},
		{"select a row out of range", func() { SelectRows(iris, []int{0, 150}) }, "SelectRows: row index 150 out of range 0…149"},
		{"select no rows", func() { SelectRows(iris, nil) }, "SelectRows: no indices"},
		// Issue 18: OverlapLabels skipped the MaxExamples check (1e9 points:
		// fatal out of memory), a spread near 1e308 gave ±Inf or NaN points
		// silently, and SelectColumns could build an X far larger than d.X.
		{"overlap labels with N = 1e9", func() { OverlapLabels(1e9, 1) }, "OverlapLabels: number of examples N = 1000000000, want at most data.MaxExamples = 10000000"},
		{"blobs with std = MaxFloat64", func() { Blobs(100, 3, math.MaxFloat64, 1) }, "Blobs: the noise overflows float64 at point "},
		{"moons with noise = MaxFloat64", func() { Moons(100, math.MaxFloat64, 1) }, "Moons: the noise overflows float64 at point "},
		{"circles with noise = MaxFloat64", func() { Circles(100, math.MaxFloat64, 0.5, 1) }, "Circles: the noise overflows float64 at point "},
		{"spirals with noise = MaxFloat64", func() { Spirals(100, 3, math.MaxFloat64, 1) }, "Spirals: the noise overflows float64 at point "},
		{"noisy line with noise = MaxFloat64", func() { NoisyLine(100, 1, 0, math.MaxFloat64, 1) }, "NoisyLine: y = f("},
		{"regression on an interval wider than float64", func() { Regression1D(math.Sin, 10, -1e308, 1e308, 0, 1) }, "Regression1D: interval [-1e+308, 1e+308], want finite lo < hi (and a finite width hi − lo)"},
		{"select a column twice", func() { SelectColumns(iris, 2, 3, 2) }, "SelectColumns: column 2 listed twice"},
		{"select no columns", func() { SelectColumns(iris) }, "SelectColumns: no columns"},
		{"select a column out of range", func() { SelectColumns(iris, 4) }, "SelectColumns: column 4 out of range 0…3"},
		{"overlap labels with N = 0", func() { OverlapLabels(0, 1) }, "OverlapLabels: number of examples N = 0, want > 0"},
		{"noisy sine with NaN noise", func() { NoisySine(10, math.NaN(), 1) }, "NoisySine: noise = NaN"},
		{"transform Inf data", func() { std.Transform(mat.NewDense(1, 4, []float64{1, 2, math.Inf(1), 4})) }, "Transform: X[0,2] is +Inf"},
		{"select a million columns", func() { SelectColumns(iris, make([]int, 1e6)...) }, "SelectColumns: column 0 listed twice"},
	} {
		t.Run(c.name, func(t *testing.T) {
			msg, panicked := panicMessage(c.call)
			if !panicked {
				t.Fatalf("did not panic, want a panic containing %q", c.want)
			}
			if !strings.HasPrefix(msg, "data: ") || !strings.Contains(msg, c.want) {
				t.Errorf("panicked with %q, want a data: message containing %q", msg, c.want)
			}
		})
	}
}
