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
	m := plots.PredictorFunc(func(P mat.Matrix) (*mat.Dense, error) {
		n, _ := P.Dims()
		out := mat.NewDense(n, 1, nil)
		for i := range n {
			out.Set(i, 0, 1/(1+math.Exp(-3*(P.At(i, 0)+P.At(i, 1)))))
		}
		return out, nil
	})
	p, err := plots.DecisionRegions("overlay", m, X, labels, []string{"a", "b"})
	if err != nil {
		t.Fatal(err)
	}
	return p, m, X, labels
}

func TestOverlays(t *testing.T) {
	sameBytes(t, func() (plots.Figure, error) {
		p, m, X, labels := overlayBase(t)
		for _, err := range []error{
			plots.AddContours(p, m, 0.1, 0.9),
			plots.AddLine(p, plots.Line{Name: "x₁ = 0", W: []float64{1, 0}}),
			plots.AddCircle(p, "‖x‖ = 1", 0, 0, 1),
			plots.AddMarker(p, "origin", 0, 0),
			plots.AddHollow(p, "held out", X, labels),
		} {
			if err != nil {
				return nil, err
			}
		}
		return p, nil
	})
}

func TestOverlayErrors(t *testing.T) {
	p, m, X, labels := overlayBase(t)
	wantError(t, plots.AddLine(p, plots.Line{W: []float64{0, 0}}), "w₁ = w₂ = 0")
	wantError(t, plots.AddLine(p, plots.Line{W: []float64{1}}), "two finite weights")
	wantError(t, plots.AddLine(nil, plots.Line{W: []float64{1, 0}}), "nil plot")
	wantError(t, plots.AddCircle(p, "c", 0, 0, 0), "radius > 0")
	wantError(t, plots.AddMarker(p, "m", math.NaN(), 0), "not finite")
	wantError(t, plots.AddMarker(p, "m", 1e300, 0), "marker")
	wantError(t, plots.AddCircle(p, "c", 0, 0, 1e300), "circle")
	wantError(t, plots.AddHollow(p, "h", X, labels[:2]), "")
	wantError(t, plots.AddContours(p, m), "no levels")
	wantError(t, plots.AddContours(p, m, 1), "0 < level < 1")
	two := plots.PredictorFunc(func(P mat.Matrix) (*mat.Dense, error) {
		n, _ := P.Dims()
		return mat.NewDense(n, 2, nil), nil
	})
	wantError(t, plots.AddContours(p, two, 0.5), "one output")
	_, err := plots.OutputColumn(two, 2).Predict(X)
	wantError(t, err, "output 2 of a predictor with 2 outputs")
	col, err := plots.OutputColumn(m, 0).Predict(X)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := m.Predict(X)
	if !mat.Equal(col, want) {
		t.Errorf("OutputColumn(m, 0) = %v, want %v", mat.Formatted(col), mat.Formatted(want))
	}
}

func TestLossSurfaceBar(t *testing.T) {
	f, err := plots.LossSurfaceBar("bowl", "L", func(a, b float64) float64 { return a*a + b*b }, -1, 1, -1, 1)
	if err != nil {
		t.Fatal(err)
	}
	if f.Bar.Y.Min < 0 || f.Bar.Y.Min > 1e-3 || f.Bar.Y.Max < 1.9 || f.Bar.Y.Max > 2 {
		t.Errorf("colour bar from %v to %v, want the grid's lowest (0) and highest (≈ 2) loss", f.Bar.Y.Min, f.Bar.Y.Max)
	}
	if w, h := f.Size(); w <= plots.Width || h != plots.Height {
		t.Errorf("size %v × %v, want wider than %v and %v tall", w, h, plots.Width, plots.Height)
	}
	sameBytes(t, func() (plots.Figure, error) {
		return plots.LossSurfaceBar("bowl", "L", func(a, b float64) float64 { return a*a + b*b }, -1, 1, -1, 1)
	})
	_, err = plots.LossSurfaceBar("bowl", "L", nil, -1, 1, -1, 1)
	wantError(t, err, "needs a loss function")
}
