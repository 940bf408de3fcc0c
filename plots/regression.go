package plots

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
)

// Regression plots 1-D data, one example per row of X and Y (both N×1), as
// points, and the curves (a fitted model ŷ = f(x), the function the data
// came from) over the range of x (padded by 5% on each side), each named in
// the legend.
//
// The axes are labelled x and y. It returns an error if X or Y is empty,
// not N×1 or not finite, if their rows differ, if there is no curve, or if
// a curve is not finite on the range.
func Regression(title string, X, Y mat.Matrix, curves ...Curve) (*plot.Plot, error) {
	if nilMatrix(X) || nilMatrix(Y) {
		return nil, errors.New("plots: no data (X or Y is nil)")
	}
	n, d := X.Dims()
	ny, k := Y.Dims()
	switch {
	case n == 0:
		return nil, errors.New("plots: no data (X has no rows)")
	case d != 1 || k != 1:
		return nil, errorf("X is %d×%d and Y %d×%d, want both N×1", n, d, ny, k)
	case ny != n:
		return nil, errorf("X has %d rows but Y has %d", n, ny)
	}
	pts := make(plotter.XYs, n)
	xmin, xmax := math.Inf(1), math.Inf(-1)
	ymin, ymax := math.Inf(1), math.Inf(-1)
	for i := range pts {
		x, y := X.At(i, 0), Y.At(i, 0)
		if !finite(x) || !finite(y) {
			return nil, errorf("example %d is (%v, %v), not finite", i, x, y)
		}
		if err := checkValue(fmt.Sprintf("example %d (%v, %v)", i, x, y), math.Max(math.Abs(x), math.Abs(y))); err != nil {
			return nil, err
		}
		pts[i] = plotter.XY{X: x, Y: y}
		xmin, xmax = math.Min(xmin, x), math.Max(xmax, x)
		ymin, ymax = math.Min(ymin, y), math.Max(ymax, y)
	}
	if xmin == xmax {
		return nil, errorf("every example has x = %v: no range to draw curves on", xmin)
	}
	// Pad the range so that no marker at the ends is cut by the frame.
	xlo, xhi := padded(xmin, xmax)
	p, err := functions(title, xlo, xhi, curves)
	if err != nil {
		return nil, err
	}
	p.X.Label.Text, p.Y.Label.Text = "x", "y"
	lo, hi := padded(ymin, ymax)
	p.Y.Min, p.Y.Max = math.Min(p.Y.Min, lo), math.Max(p.Y.Max, hi)
	s, err := plotter.NewScatter(pts)
	if err != nil {
		return nil, errorf("%w", err)
	}
	s.GlyphStyle.Color = Palette[len(Palette)-1]
	s.GlyphStyle.Radius = markerRadius - 1
	s.GlyphStyle.Shape = Shapes[0]
	onTop(p, s)
	p.Legend.Add(fmt.Sprintf(words().Data, n), s)
	legendRight(p)
	return p, nil
}
