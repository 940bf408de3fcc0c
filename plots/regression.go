package plots

import (
	"fmt"
	"math"

	"gomlp.dev/internal/validate"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
)

// Regression plots 1-D data, one example per row of X and Y (both N×1), as
// points, and the curves (a fitted model ŷ = f(x), the function the data
// came from) over the range of x (padded by 5% on each side), each named in
// the legend.
//
// The axes are labelled x and y. It panics if X or Y is nil or empty, not
// N×1 or not finite, if their rows differ, if there is no curve, or if
// a curve is not finite on the range.
func Regression(title string, X, Y mat.Matrix, curves ...Curve) *plot.Plot {
	const fn = "Regression"
	if validate.Nil(X) || validate.Nil(Y) {
		fail(fn, nil, "no data (X or Y is nil)")
	}
	n, d := X.Dims()
	ny, k := Y.Dims()
	switch {
	case n == 0:
		fail(fn, nil, "no data (X has no rows)")
	case d != 1 || k != 1:
		fail(fn, nil, "X is %s and Y %s, want both N×1", validate.Dims(n, d), validate.Dims(ny, k))
	case ny != n:
		fail(fn, nil, "X has %d rows but Y has %d", n, ny)
	}
	pts := make(plotter.XYs, n)
	xmin, xmax := math.Inf(1), math.Inf(-1)
	ymin, ymax := math.Inf(1), math.Inf(-1)
	for i := range pts {
		x, y := X.At(i, 0), Y.At(i, 0)
		checkPoint(fn, fmt.Sprintf("example %d", i), x, y)
		pts[i] = plotter.XY{X: x, Y: y}
		xmin, xmax = math.Min(xmin, x), math.Max(xmax, x)
		ymin, ymax = math.Min(ymin, y), math.Max(ymax, y)
	}
	if xmin == xmax {
		fail(fn, nil, "every example has x = %v: no range to draw curves on", xmin)
	}
	xlo, xhi := padded(xmin, xmax)
	p := functions(fn, title, xlo, xhi, curves)
	p.X.Label.Text, p.Y.Label.Text = "x", "y"
	lo, hi := padded(ymin, ymax)
	p.Y.Min, p.Y.Max = math.Min(p.Y.Min, lo), math.Max(p.Y.Max, hi)
	s := newScatter(pts)
	s.GlyphStyle.Color = Palette[len(Palette)-1]
	s.GlyphStyle.Radius = markerRadius - 1
	s.GlyphStyle.Shape = Shapes[0]
	onTop(p, s)
	p.Legend.Add(fmt.Sprintf(words().Data, n), s)
	legendRight(p)
	return p
}
