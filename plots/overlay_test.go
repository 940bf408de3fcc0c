package plots_test

import (
	"math"
	"testing"

	"gomlp.dev/plots"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot"
)

// overlayBase is a probability map of a one-output logistic model.
func overlayBase(t *testing.T) (*plot.Plot, plots.Predictor, *mat.Dense, []int) {
	t.Helper()
	X := mat.NewDense(4, 2, []float64{-1, -1, 1, 1, -1, 1, 1, -1})
	labels := []int{0, 1, 1, 0}
	m := plots.PredictorFunc(func(P mat.Matrix) *mat.Dense {
		n, _ := P.Dims()
		out := mat.NewDense(n, 1, nil)
		for i := range n {
			out.Set(i, 0, 1/(1+math.Exp(-3*(P.At(i, 0)+P.At(i, 1)))))
		}
		return out
	})
	p := plots.DecisionRegions("overlay", m, X, labels, []string{"a", "b"})
	return p, m, X, labels
}

func TestOverlays(t *testing.T) {
	sameBytes(t, func() plots.Figure {
		p, m, X, labels := overlayBase(t)
		plots.AddContours(p, m, 0.1, 0.9)
		plots.AddLine(p, plots.Line{Name: "x₁ = 0", W: []float64{1, 0}})
		plots.AddCircle(p, "‖x‖ = 1", 0, 0, 1)
		plots.AddMarker(p, "origin", 0, 0)
		plots.AddHollow(p, "held out", X, labels)
		return p
	})
}

func TestOverlayErrors(t *testing.T) {
	p, m, X, labels := overlayBase(t)
	wantPanic(t, `AddLine: line "" has w₁ = w₂ = 0`, func() { plots.AddLine(p, plots.Line{W: []float64{0, 0}}) })
	wantPanic(t, `AddLine: line "" has 1 weights, want 2`, func() { plots.AddLine(p, plots.Line{W: []float64{1}}) })
	wantPanicIs(t, plots.ErrNonFinite, `AddLine: line "l" (w = [1 NaN], b = 0) is not finite`, func() { plots.AddLine(p, plots.Line{Name: "l", W: []float64{1, math.NaN()}}) })
	wantPanic(t, "AddLine: nil plot", func() { plots.AddLine(nil, plots.Line{W: []float64{1, 0}}) })
	wantPanic(t, `AddCircle: circle "c" has radius 0, want r > 0`, func() { plots.AddCircle(p, "c", 0, 0, 0) })
	wantPanicIs(t, plots.ErrNonFinite, `AddMarker: marker "m" is (NaN, 0), not finite`, func() { plots.AddMarker(p, "m", math.NaN(), 0) })
	wantPanicIs(t, plots.ErrLimit, `AddMarker: marker "m" is (1e+300, 0), beyond ±1e+100`, func() { plots.AddMarker(p, "m", 1e300, 0) })
	wantPanicIs(t, plots.ErrLimit, `AddCircle: the radius of circle "c" is 1e+300, beyond`, func() { plots.AddCircle(p, "c", 0, 0, 1e300) })
	wantPanic(t, "AddHollow: 2 labels for 4 rows of X", func() { plots.AddHollow(p, "h", X, labels[:2]) })
	wantPanic(t, "AddMarker: nil plot", func() { plots.AddMarker(nil, "m", 0, 0) })
	wantPanic(t, "AddContours: no levels", func() { plots.AddContours(p, m) })
	wantPanic(t, "AddContours: contour level 1, want 0 < level < 1", func() { plots.AddContours(p, m, 1) })
	wantPanic(t, "AddContours: nil predictor", func() { plots.AddContours(p, nil, 0.5) })
	two := plots.PredictorFunc(func(P mat.Matrix) *mat.Dense {
		n, _ := P.Dims()
		return mat.NewDense(n, 2, nil)
	})
	wantPanic(t, "AddContours: the predictor has 2 outputs, want one", func() { plots.AddContours(p, two, 0.5) })
	wantPanic(t, "OutputColumn: output 2 of a predictor with 2 outputs", func() { plots.OutputColumn(two, 2).Predict(X) })
	wantPanic(t, "OutputColumn: output -1, want k ≥ 0", func() { plots.OutputColumn(two, -1) })
	wantPanic(t, "OutputColumn: nil predictor", func() { plots.OutputColumn(nil, 0) })
	col := plots.OutputColumn(m, 0).Predict(X)
	if want := m.Predict(X); !mat.Equal(col, want) {
		t.Errorf("OutputColumn(m, 0) = %v, want %v", mat.Formatted(col), mat.Formatted(want))
	}
	// OutputColumn's column is output k, and a copy.
	three := plots.PredictorFunc(func(P mat.Matrix) *mat.Dense {
		n, _ := P.Dims()
		out := mat.NewDense(n, 3, nil)
		for i := range n {
			out.SetRow(i, []float64{1, float64(i), 3})
		}
		return out
	})
	if got := plots.OutputColumn(three, 1).Predict(X); !mat.Equal(got, mat.NewDense(4, 1, []float64{0, 1, 2, 3})) {
		t.Errorf("OutputColumn(three, 1) = %v, want 0, 1, 2, 3", mat.Formatted(got))
	}
}

func TestLossSurfaceBar(t *testing.T) {
	f := plots.LossSurfaceBar("bowl", "L", func(a, b float64) float64 { return a*a + b*b }, -1, 1, -1, 1)
	if f.Bar.Y.Min < 0 || f.Bar.Y.Min > 1e-3 || f.Bar.Y.Max < 1.9 || f.Bar.Y.Max > 2 {
		t.Errorf("colour bar from %v to %v, want the grid's lowest (0) and highest (≈ 2) loss", f.Bar.Y.Min, f.Bar.Y.Max)
	}
	if w, h := f.Size(); w <= plots.Width || h != plots.Height {
		t.Errorf("size %v × %v, want wider than %v and %v tall", w, h, plots.Width, plots.Height)
	}
	sameBytes(t, func() plots.Figure {
		return plots.LossSurfaceBar("bowl", "L", func(a, b float64) float64 { return a*a + b*b }, -1, 1, -1, 1)
	})
	wantPanic(t, "LossSurfaceBar: nil function", func() { plots.LossSurfaceBar("bowl", "L", nil, -1, 1, -1, 1) })
}
