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

// Line is the decision boundary w₁x₁ + w₂x₂ + b = 0 of a unit with two
// inputs: the perceptron after an epoch, or a hidden unit of a network
// (a row of W{1} and the matching entry of b{1}).
type Line struct {
	Name string    // legend entry; lines without a name are not in the legend
	W    []float64 // w₁, w₂
	B    float64   // b
	// Dashed draws the line dashed, over the solid lines: a hand-made or
	// reference line, told apart from learnt (solid) ones by its dash as well
	// as its colour.
	Dashed bool
}

// maxLegendLines is how many named lines the legend lists before it keeps
// only the first and the last.
const maxLegendLines = 6

// DecisionLines draws the lines w₁x₁ + w₂x₂ + b = 0 over the data X (N×2,
// labels and names as in Scatter), faded from early (pale) to late (dark):
// the first line is lines[0], the last, solid line is the final boundary.
// The legend lists the named lines (only the first and the last when there
// are more than six).
//
// Lines marked Dashed (hand-made lines beside learnt ones, say) are drawn
// dashed, after the solid ones. An optional LinesStyle colours the lines
// otherwise (an ordered ramp, or
// categorical colours for lines in no order), writes each line's name at
// its end, and can drop a line identical to the one before it.
//
// It panics for bad data (as Scatter), no lines, a line without exactly
// two weights, with w₁ = w₂ = 0, or with a weight or bias that is not
// finite, or more than one style.
func DecisionLines(title string, lines []Line, X mat.Matrix, labels []int, names []string, style ...LinesStyle) *plot.Plot {
	const fn = "DecisionLines"
	pts := newLabelled(fn, X, labels, names)
	if len(style) > 1 {
		fail(fn, nil, "%d LinesStyles, want at most one", len(style))
	}
	if len(lines) == 0 {
		fail(fn, nil, "no lines to draw")
	}
	for i, l := range lines {
		checkLine(fn, fmt.Sprintf("line %d", i), l)
	}
	p := newPlot(title, "x₁", "x₂")
	p.Add(plotter.NewGrid())
	g := newGrid(pts.bounds())
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = g.x1min, g.x1max, g.x2min, g.x2max
	if len(style) == 1 {
		p.Add(style[0].Under...)
	}
	if len(style) == 1 && style[0].Colors != Shaded {
		styledLines(p, lines, style[0])
		pts.addTo(p, nil)
		legendRight(p)
		return p
	}
	var solid, dashed []plot.Plotter
	for i, l := range lines {
		// Shade from 25% to 100% of the palette's first colour.
		t := 1.0
		if len(lines) > 1 {
			t = 0.25 + 0.75*float64(i)/float64(len(lines)-1)
		}
		b := &boundary{w1: l.W[0], w2: l.W[1], b: l.B, style: draw.LineStyle{
			Color: pale(color.Black, t),
			Width: lineWidth,
		}}
		if l.Dashed {
			b.style.Dashes = dashes[1]
			dashed = append(dashed, b)
		} else {
			solid = append(solid, b)
		}
		inLegend := len(lines) <= maxLegendLines || i == 0 || i == len(lines)-1
		if l.Name != "" && inLegend {
			p.Legend.Add(l.Name, b)
		}
	}
	p.Add(solid...)
	p.Add(dashed...) // over the solid lines: the gaps of the dashes show a line under it
	pts.addTo(p, nil)
	legendRight(p)
	return p
}

// checkLine panics, naming fn and the line (what), unless l has two finite
// weights, not both 0, and a finite bias.
func checkLine(fn, what string, l Line) {
	if len(l.W) != 2 {
		fail(fn, nil, "%s %s has %d weights, want 2 (w₁, w₂)", what, quote(l.Name), len(l.W))
	}
	if !validate.Finite(l.W[0]) || !validate.Finite(l.W[1]) || !validate.Finite(l.B) {
		fail(fn, ErrNonFinite, "%s %s (w = %v, b = %v) is not finite", what, quote(l.Name), l.W, l.B)
	}
	if l.W[0] == 0 && l.W[1] == 0 {
		fail(fn, nil, "%s %s has w₁ = w₂ = 0: no boundary", what, quote(l.Name))
	}
}

// boundary is a plotter drawing the line w1·x₁ + w2·x₂ + b = 0 across the
// plot's data range.
type boundary struct {
	w1, w2, b float64
	style     draw.LineStyle
}

// Plot draws the line between the two points where it meets the edges of
// the data range.
func (l *boundary) Plot(c draw.Canvas, plt *plot.Plot) {
	trX, trY := plt.Transforms(&c)
	var x1, y1, x2, y2 float64
	if math.Abs(l.w2) >= math.Abs(l.w1) { // x₂ as a function of x₁
		x1, x2 = plt.X.Min, plt.X.Max
		y1, y2 = -(l.b+l.w1*x1)/l.w2, -(l.b+l.w1*x2)/l.w2
	} else { // x₁ as a function of x₂
		y1, y2 = plt.Y.Min, plt.Y.Max
		x1, x2 = -(l.b+l.w2*y1)/l.w1, -(l.b+l.w2*y2)/l.w1
	}
	line := []vg.Point{{X: trX(x1), Y: trY(y1)}, {X: trX(x2), Y: trY(y2)}}
	c.StrokeLines(l.style, c.ClipLinesXY(line)...)
}

// Thumbnail draws the line's style in the legend.
func (l *boundary) Thumbnail(c *draw.Canvas) {
	y := c.Center().Y
	c.StrokeLine2(l.style, c.Min.X, y, c.Max.X, y)
}
