package plots

import (
	"fmt"
	"image/color"
	"math"

	"gomlp.dev/internal/validate"
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
// p, dashed. It panics for a nil plot, a line without two finite weights,
// with w₁ = w₂ = 0, or with a bias that is not finite.
func AddLine(p *plot.Plot, l Line) {
	const fn = "AddLine"
	checkPlot(fn, p)
	checkLine(fn, "line", l)
	b := &boundary{w1: l.W[0], w2: l.W[1], b: l.B, style: overlayStyle}
	p.Add(b)
	raise(p)
	addLegend(p, l.Name, b)
}

// checkPlot panics, naming fn, if p is nil.
func checkPlot(fn string, p *plot.Plot) {
	if p == nil {
		fail(fn, nil, "nil plot")
	}
}

// AddCircle draws the circle of centre (cx, cy) and radius r > 0, dashed.
// It panics for a nil plot, a value that is not finite or r ≤ 0.
func AddCircle(p *plot.Plot, name string, cx, cy, r float64) {
	const fn = "AddCircle"
	checkPlot(fn, p)
	checkPoint(fn, fmt.Sprintf("the centre of circle %s", quote(name)), cx, cy)
	checkValue(fn, fmt.Sprintf("the radius of circle %s", quote(name)), r)
	if r <= 0 {
		fail(fn, nil, "circle %s has radius %v, want r > 0", quote(name), r)
	}
	const n = 200 // segments: smooth at any figure size
	xys := make(plotter.XYs, n+1)
	for i := range xys {
		a := 2 * math.Pi * float64(i) / n
		xys[i].X, xys[i].Y = cx+r*math.Cos(a), cy+r*math.Sin(a)
	}
	l := newLine(xys)
	l.LineStyle = overlayStyle
	p.Add(l)
	raise(p)
	addLegend(p, name, l)
}

// AddMarker draws the point (x, y) as a large black cross, e.g. the minimum
// of a loss surface. It panics for a nil plot or a point that is not
// finite.
func AddMarker(p *plot.Plot, name string, x, y float64) {
	const fn = "AddMarker"
	checkPlot(fn, p)
	checkPoint(fn, fmt.Sprintf("marker %s", quote(name)), x, y)
	s := newScatter(plotter.XYs{{X: x, Y: y}})
	s.GlyphStyle = draw.GlyphStyle{Color: color.Black, Shape: cross, Radius: 2 * markerRadius}
	onTop(p, s)
	addLegend(p, name, s)
}

// hollow are the open counterparts of Shapes' first three filled markers.
var hollow = []draw.GlyphDrawer{ring, triangle, square}

// AddHollow draws the points X (N×2) in the colour of their class, as open
// markers (ring, triangle, square, …) a little larger than a scatter's
// filled ones: held-out points over a figure of the training points. The
// legend gets one entry, name, drawn with class 0's marker. It panics for
// a nil plot or bad data (as Scatter).
func AddHollow(p *plot.Plot, name string, X mat.Matrix, labels []int) {
	const fn = "AddHollow"
	checkPlot(fn, p)
	pts := newLabelled(fn, X, labels, nil)
	var first plot.Thumbnailer
	for k, c := range pts.classes {
		if len(c[0]) == 0 {
			continue
		}
		xys := make(plotter.XYs, len(c[0]))
		for i := range xys {
			xys[i].X, xys[i].Y = c[0][i], c[1][i]
		}
		s := newScatter(xys)
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
// model is 90 % sure. It panics for a nil plot or predictor, no level, a
// level outside (0, 1), or a predictor with more than one output.
func AddContours(p *plot.Plot, m Predictor, levels ...float64) {
	const fn = "AddContours"
	checkPlot(fn, p)
	if validate.Nil(m) {
		fail(fn, nil, "nil predictor")
	}
	if len(levels) == 0 {
		fail(fn, nil, "no levels")
	}
	for _, l := range levels {
		if !(l > 0 && l < 1) {
			fail(fn, nil, "contour level %v, want 0 < level < 1", l)
		}
	}
	g := &grid{n: RegionGrid, x1min: p.X.Min, x1max: p.X.Max, x2min: p.Y.Min, x2max: p.Y.Max}
	out := m.Predict(g.points())
	g.setOutputs(fn, out)
	if _, k := out.Dims(); k != 1 {
		fail(fn, nil, "the predictor has %d outputs, want one", k)
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
}

// OutputColumn returns a predictor whose single output is output k of m:
// one label of a multi-label network, for DecisionRegions' probability map.
// It panics if m is nil or k < 0, and, when predicting, if m has no
// output k.
func OutputColumn(m Predictor, k int) PredictorFunc {
	const fn = "OutputColumn"
	if validate.Nil(m) {
		fail(fn, nil, "nil predictor")
	}
	if k < 0 {
		fail(fn, nil, "output %d, want k ≥ 0", k)
	}
	return func(X mat.Matrix) *mat.Dense {
		out := m.Predict(X)
		n, K := out.Dims()
		if k >= K {
			fail(fn, nil, "output %d of a predictor with %d outputs", k, K)
		}
		col := mat.NewDense(n, 1, nil)
		col.Copy(out.Slice(0, n, k, k+1))
		return col
	}
}
