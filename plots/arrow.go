package plots

import (
	"math"

	"gomlp.dev/internal/validate"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Arrow is a plotter that draws an arrow from From to To in data
// coordinates: the weight vector w of a unit, drawn from its boundary line
// w·x + b = 0, shows which side the unit answers 1 on.
type Arrow struct {
	From, To plotter.XY
	// LineStyle is the style of the shaft and the head.
	draw.LineStyle
	// Head is the length of the two strokes of the head.
	Head vg.Length
	// Label is written beside the shaft ("w"); "" writes nothing.
	Label string
}

// NewArrow returns a black arrow from (x0, y0) to (x1, y1). The arrow does
// not widen the plot's axes: what falls outside the data area is clipped.
//
// It panics if a coordinate is NaN or infinite, or the two ends are the
// same point.
func NewArrow(x0, y0, x1, y1 float64) *Arrow {
	return newArrow("NewArrow", x0, y0, x1, y1)
}

// newArrow is NewArrow, its panics naming fn.
func newArrow(fn string, x0, y0, x1, y1 float64) *Arrow {
	if validate.NonFinite([]float64{x0, y0, x1, y1}) >= 0 {
		fail(fn, ErrNonFinite, "arrow from (%v, %v) to (%v, %v) is not finite", x0, y0, x1, y1)
	}
	if x0 == x1 && y0 == y1 {
		fail(fn, nil, "arrow from (%v, %v) to itself", x0, y0)
	}
	return &Arrow{
		From:      plotter.XY{X: x0, Y: y0},
		To:        plotter.XY{X: x1, Y: y1},
		LineStyle: draw.LineStyle{Color: Palette[len(Palette)-1], Width: lineWidth},
		Head:      vg.Points(9),
	}
}

// Plot draws the arrow; the head is drawn in canvas space, so it keeps its
// shape whatever the scales of the axes.
func (a *Arrow) Plot(c draw.Canvas, p *plot.Plot) {
	tx, ty := p.Transforms(&c)
	from := vg.Point{X: tx(a.From.X), Y: ty(a.From.Y)}
	to := vg.Point{X: tx(a.To.X), Y: ty(a.To.Y)}
	c.StrokeLines(a.LineStyle, c.ClipLinesXY([]vg.Point{from, to})...)
	// Two strokes, 25° either side of the way back along the shaft.
	back := math.Atan2(float64(from.Y-to.Y), float64(from.X-to.X))
	for _, turn := range []float64{-25, 25} {
		ang := back + turn*math.Pi/180
		end := vg.Point{X: to.X + a.Head*vg.Length(math.Cos(ang)), Y: to.Y + a.Head*vg.Length(math.Sin(ang))}
		c.StrokeLines(a.LineStyle, c.ClipLinesXY([]vg.Point{to, end})...)
	}
	if a.Label != "" {
		// Beside the middle of the shaft, on its left (seen from the tail).
		dx, dy := float64(to.X-from.X), float64(to.Y-from.Y)
		n := math.Hypot(dx, dy)
		at := vg.Point{
			X: (from.X+to.X)/2 - vg.Length(11*dy/n),
			Y: (from.Y+to.Y)/2 + vg.Length(11*dx/n),
		}
		if c.Contains(at) {
			c.FillText(textStyle(labelSize+2, a.Color), at, a.Label)
		}
	}
}

// Thumbnail draws the arrow's line in a legend entry.
func (a *Arrow) Thumbnail(c *draw.Canvas) {
	y := c.Center().Y
	c.StrokeLine2(a.LineStyle, c.Min.X, y, c.Max.X, y)
}
