package plots

import (
	"errors"
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// The Add functions draw on a figure made by another function of this
// package: a rule that defines labels, a best line, a minimum, held-out
// points. Each named item gets a legend entry right of the axes.

// overlayStyle is the style of lines added to a figure: black, dashed, so
// that they stand apart from a plot's own (solid) boundaries.
var overlayStyle = draw.LineStyle{Color: color.Black, Width: lineWidth, Dashes: dashes[1]}

// AddLine draws the line l.W[0]·x₁ + l.W[1]·x₂ + l.B = 0 across the axes of
// p, dashed. It returns an error for a line without two finite weights, with
// w₁ = w₂ = 0, or with a bias that is not finite.
func AddLine(p *plot.Plot, l Line) error {
	if p == nil {
		return errors.New("plots: AddLine on a nil plot")
	}
	if len(l.W) != 2 || !finite(l.W[0]) || !finite(l.W[1]) || !finite(l.B) {
		return errorf("line %s (w = %s, b = %v): want two finite weights and a finite bias", quote(l.Name), values(l.W), l.B)
	}
	if l.W[0] == 0 && l.W[1] == 0 {
		return errorf("line %s has w₁ = w₂ = 0: no line", quote(l.Name))
	}
	b := &boundary{w1: l.W[0], w2: l.W[1], b: l.B, style: overlayStyle}
	p.Add(b)
	raise(p)
	addLegend(p, l.Name, b)
	return nil
}

// AddCircle draws the circle of centre (cx, cy) and radius r > 0, dashed.
func AddCircle(p *plot.Plot, name string, cx, cy, r float64) error {
	if p == nil {
		return errors.New("plots: AddCircle on a nil plot")
	}
	if !finite(cx) || !finite(cy) || !(r > 0) || math.IsInf(r, 1) {
		return errorf("circle %s at (%v, %v) of radius %v: want a finite centre and radius > 0", quote(name), cx, cy, r)
	}
	for _, v := range []float64{cx, cy, r} {
		if err := checkValue(fmt.Sprintf("circle %s", quote(name)), v); err != nil {
			return err
		}
	}
	const n = 200 // segments: smooth at any figure size
	xys := make(plotter.XYs, n+1)
	for i := range xys {
		a := 2 * math.Pi * float64(i) / n
		xys[i].X, xys[i].Y = cx+r*math.Cos(a), cy+r*math.Sin(a)
	}
	l, err := plotter.NewLine(xys)
	if err != nil {
		return errorf("circle %s: %w", quote(name), err)
	}
	l.LineStyle = overlayStyle
	p.Add(l)
	raise(p)
	addLegend(p, name, l)
	return nil
}

// AddMarker draws the point (x, y) as a large black cross, e.g. the minimum
// of a loss surface.
func AddMarker(p *plot.Plot, name string, x, y float64) error {
	if p == nil {
		return errors.New("plots: AddMarker on a nil plot")
	}
	if !finite(x) || !finite(y) {
		return errorf("marker %s at (%v, %v) is not finite", quote(name), x, y)
	}
	for _, v := range []float64{x, y} {
		if err := checkValue(fmt.Sprintf("marker %s", quote(name)), v); err != nil {
			return err
		}
	}
	s, err := plotter.NewScatter(plotter.XYs{{X: x, Y: y}})
	if err != nil {
		return errorf("marker %s: %w", quote(name), err)
	}
	s.GlyphStyle = draw.GlyphStyle{Color: color.Black, Shape: cross, Radius: 2 * markerRadius}
	onTop(p, s)
	addLegend(p, name, s)
	return nil
}

// hollow are the open counterparts of Shapes' first three filled markers.
var hollow = []draw.GlyphDrawer{ring, triangle, square}

// AddHollow draws the points X (N×2) in the colour of their class, as open
// markers (ring, triangle, square, …) a little larger than a scatter's
// filled ones: held-out points over a figure of the training points. The
// legend gets one entry, name, drawn with class 0's marker.
func AddHollow(p *plot.Plot, name string, X mat.Matrix, labels []int) error {
	if p == nil {
		return errors.New("plots: AddHollow on a nil plot")
	}
	pts, err := newLabelled(X, labels, nil)
	if err != nil {
		return err
	}
	var first plot.Thumbnailer
	for k, c := range pts.classes {
		if len(c[0]) == 0 {
			continue
		}
		xys := make(plotter.XYs, len(c[0]))
		for i := range xys {
			xys[i].X, xys[i].Y = c[0][i], c[1][i]
		}
		s, err := plotter.NewScatter(xys)
		if err != nil {
			return errorf("%s: %w", quote(name), err)
		}
		shape := Shapes[k%len(Shapes)]
		if k < len(hollow) {
			shape = hollow[k]
		}
		s.GlyphStyle = draw.GlyphStyle{Color: Palette[k%len(Palette)], Shape: shape, Radius: markerRadius + 1.5}
		onTop(p, s)
		if first == nil {
			first = s
		}
	}
	addLegend(p, name, first)
	return nil
}

// addLegend adds a legend entry when name is not empty, and keeps the
// legend right of the axes.
func addLegend(p *plot.Plot, name string, t plot.Thumbnailer) {
	if name == "" || t == nil {
		return
	}
	p.Legend.Add(name, t)
	legendRight(p)
}

// AddContours draws, over the axes of p (a probability map from
// DecisionRegions), the contours ŷ = level of m's single output, dashed,
// with one legend entry naming the levels: e.g. 0.1 and 0.9, where the
// model is 90 % sure. It returns an error if there is no level, a level is
// outside (0, 1), the predictor fails or has more than one output.
func AddContours(p *plot.Plot, m Predictor, levels ...float64) error {
	if p == nil || isNil(m) {
		return errors.New("plots: AddContours needs a plot and a predictor")
	}
	if len(levels) == 0 {
		return errors.New("plots: AddContours with no levels")
	}
	for _, l := range levels {
		if !(l > 0 && l < 1) {
			return errorf("contour level %v, want 0 < level < 1", l)
		}
	}
	g := &grid{n: RegionGrid, x1min: p.X.Min, x1max: p.X.Max, x2min: p.Y.Min, x2max: p.Y.Max}
	out, err := m.Predict(g.points())
	if err != nil {
		return errorf("predictor failed on the grid: %w", err)
	}
	if err := g.setOutputs(out); err != nil {
		return err
	}
	if _, k := out.Dims(); k != 1 {
		return errorf("AddContours needs one output, the predictor has %d", k)
	}
	style := draw.LineStyle{Color: color.Black, Width: vg.Length(1), Dashes: dashes[1]}
	if c := newLevelLines(gridZ{g, func(_ int, row []float64) float64 { return row[0] }}, levels, style); c != nil {
		p.Add(c)
		raise(p)
	}
	name := "ŷ ="
	for i, l := range levels {
		if i > 0 {
			name += ","
		}
		name += fmt.Sprintf(" %v", l)
	}
	addLegend(p, name, &boundary{style: style})
	return nil
}

// OutputColumn returns a predictor whose single output is output k of m:
// one label of a multi-label network, for DecisionRegions' probability map.
func OutputColumn(m Predictor, k int) PredictorFunc {
	return func(X mat.Matrix) (*mat.Dense, error) {
		if m == nil {
			return nil, errors.New("plots: OutputColumn of a nil predictor")
		}
		out, err := m.Predict(X)
		if err != nil {
			return nil, err
		}
		n, K := out.Dims()
		if k < 0 || k >= K {
			return nil, errorf("output %d of a predictor with %d outputs", k, K)
		}
		col := mat.NewDense(n, 1, nil)
		for i := range n {
			col.Set(i, 0, out.At(i, k))
		}
		return col, nil
	}
}
