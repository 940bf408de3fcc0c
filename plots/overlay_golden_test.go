package plots_test

import (
	"math"
	"testing"

	"gomlp.dev/plots"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot/cmpimg"
)

func ExampleLossSurfaceBar() {
	f := plots.LossSurfaceBar("Gradient descent on a quadratic loss", "loss", bowl,
		-3, 3, -2.5, 2, descend("α = 0.1", -2.5, 1.5, 0.1, 30))
	plots.AddMarker(f.Plot, "minimum", 1, -0.5)
	save("surface_bar", f)
	// Output:
}

func ExampleAddContours() {
	// A logistic model ŷ = σ(3(x₁ + x₂)) over four points, its 0.1 and 0.9
	// contours, the rule x₁ = 0, the unit circle and two held-out points.
	m := plots.PredictorFunc(func(P mat.Matrix) *mat.Dense {
		n, _ := P.Dims()
		out := mat.NewDense(n, 1, nil)
		for i := range n {
			out.Set(i, 0, 1/(1+math.Exp(-3*(P.At(i, 0)+P.At(i, 1)))))
		}
		return out
	})
	X := mat.NewDense(4, 2, []float64{-1, -1, 1, 1, -1, 0.5, 1, -0.2})
	p := plots.DecisionRegions("Overlays", m, X, []int{0, 1, 0, 1}, []string{"a", "b"})
	held := mat.NewDense(2, 2, []float64{-0.5, -0.8, 0.6, 0.4})
	plots.AddContours(p, m, 0.1, 0.9)
	plots.AddLine(p, plots.Line{Name: "x₁ = 0", W: []float64{1, 0}})
	plots.AddCircle(p, "‖x‖ = 1", 0, 0, 1)
	plots.AddHollow(p, "held out", held, []int{0, 1})
	save("overlays", p)
	// Output:
}

func TestOverlayGolden(t *testing.T) {
	cmpimg.CheckPlot(ExampleLossSurfaceBar, t, "surface_bar.png")
	cmpimg.CheckPlot(ExampleAddContours, t, "overlays.png")
}
