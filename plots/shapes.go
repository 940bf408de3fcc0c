package plots

import (
	"fmt"
	"image/color"
	"math"

	"gomlp.dev/internal/validate"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// NewCircle returns a thin dashed grey circle of centre (x, y) and radius
// r, drawn with 200 segments: the circle |b|/‖w‖ that lines of a turning w
// are tangent to, for instance.
//
// It panics if a value is not finite (or beyond ±MaxValue) or r ≤ 0.
func NewCircle(x, y, r float64) *plotter.Line {
	const fn = "NewCircle"
	checkPoint(fn, "centre", x, y)
	checkValue(fn, "radius", r)
	if r <= 0 {
		fail(fn, nil, "radius %v, want r > 0", r)
	}
	pts := make(plotter.XYs, 201)
	for i := range pts {
		t := 2 * math.Pi * float64(i) / 200
		pts[i] = plotter.XY{X: x + r*math.Cos(t), Y: y + r*math.Sin(t)}
	}
	l := newLine(pts)
	l.Color, l.Width, l.Dashes = color.Gray{Y: 110}, 1, dashes[1]
	return l
}

// Band is a plotter shading the strip between two parallel lines
// w·x + Lo = 0 and w·x + Hi = 0 (the points with w·x + Lo ≥ 0 and
// w·x + Hi ≤ 0), clipped to the plot's data range: for instance the band
// between the OR line and the AND line, where XOR answers 1.
type Band struct {
	W      [2]float64
	Lo, Hi float64
	Color  color.Color
}

// NewBand returns the band between w·x + lo = 0 and w·x + hi = 0 in a pale
// green. It panics if w does not have two entries, w = 0, a value is not
// finite, or lo ≤ hi (the band would be empty: w·x ≥ −lo and w·x ≤ −hi).
func NewBand(w []float64, lo, hi float64) *Band {
	const fn = "NewBand"
	if len(w) != 2 {
		fail(fn, nil, "%d weights, want 2", len(w))
	}
	if validate.NonFinite([]float64{w[0], w[1], lo, hi}) >= 0 {
		fail(fn, ErrNonFinite, "band of w = %v, %v … %v is not finite", w, lo, hi)
	}
	if w[0] == 0 && w[1] == 0 {
		fail(fn, nil, "band of w = %v: no lines when w = 0", w)
	}
	if lo <= hi {
		fail(fn, nil, "band between w·x + %v = 0 and w·x + %v = 0 is empty (want lo > hi)", lo, hi)
	}
	return &Band{W: [2]float64{w[0], w[1]}, Lo: lo, Hi: hi, Color: pale(Palette[2], 0.3)}
}

// Plot fills the data range's rectangle clipped by the band's two
// half-planes.
func (b *Band) Plot(c draw.Canvas, plt *plot.Plot) {
	poly := [][2]float64{{plt.X.Min, plt.Y.Min}, {plt.X.Max, plt.Y.Min}, {plt.X.Max, plt.Y.Max}, {plt.X.Min, plt.Y.Max}}
	poly = clipHalfPlane(poly, b.W[0], b.W[1], b.Lo)    // w·x + lo ≥ 0
	poly = clipHalfPlane(poly, -b.W[0], -b.W[1], -b.Hi) // w·x + hi ≤ 0
	if len(poly) < 3 {
		return
	}
	trX, trY := plt.Transforms(&c)
	pts := make([]vg.Point, len(poly))
	for i, p := range poly {
		pts[i] = vg.Point{X: trX(p[0]), Y: trY(p[1])}
	}
	c.FillPolygon(b.Color, pts)
}

// Thumbnail fills the legend entry with the band's colour.
func (b *Band) Thumbnail(c *draw.Canvas) {
	pts := []vg.Point{{X: c.Min.X, Y: c.Min.Y}, {X: c.Max.X, Y: c.Min.Y}, {X: c.Max.X, Y: c.Max.Y}, {X: c.Min.X, Y: c.Max.Y}}
	c.FillPolygon(b.Color, pts)
}

// clipHalfPlane keeps the part of a convex polygon where a·x + b·y + c ≥ 0
// (one step of Sutherland–Hodgman clipping).
func clipHalfPlane(poly [][2]float64, a, b, c float64) [][2]float64 {
	side := func(p [2]float64) float64 { return a*p[0] + b*p[1] + c }
	var out [][2]float64
	for i, p := range poly {
		q := poly[(i+1)%len(poly)]
		sp, sq := side(p), side(q)
		if sp >= 0 {
			out = append(out, p)
		}
		if (sp >= 0) != (sq >= 0) {
			t := sp / (sp - sq)
			out = append(out, [2]float64{p[0] + t*(q[0]-p[0]), p[1] + t*(q[1]-p[1])})
		}
	}
	return out
}

// IntegerTicks puts p's tick marks, on both axes, at the integers only:
// for data on a lattice of integers (truth tables, {−2, …, 2}²), so that
// every point sits on a labelled tick.
func IntegerTicks(p *plot.Plot) {
	p.X.Tick.Marker = integerTicks{}
	p.Y.Tick.Marker = integerTicks{}
}

// integerTicks is a plot.Ticker marking every integer of the range (every
// second or fifth one when there would be more than 12).
type integerTicks struct{}

// Ticks returns the integers of [lo, hi] as labelled ticks.
func (integerTicks) Ticks(lo, hi float64) []plot.Tick {
	step := 1.0
	for (hi-lo)/step > 12 {
		switch step {
		case 1:
			step = 2
		case 2:
			step = 5
		default:
			step *= 10
		}
	}
	var ticks []plot.Tick
	for v := math.Ceil(lo/step) * step; v <= hi; v += step {
		ticks = append(ticks, plot.Tick{Value: v, Label: minus(fmt.Sprintf("%g", v+0))}) // +0: no "−0"
	}
	return ticks
}
