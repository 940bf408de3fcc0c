package plots

import (
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg/draw"
)

// levelLines is a plotter drawing the contour lines z = level of a function
// sampled on an evenly spaced grid.
//
// gonum's Contour joins the segments it finds by exact equality of their
// ends, and it panics ("contour: not a linear path") when a level passes
// through grid values or within rounding of them: a plane spanning 1e13 has
// a whole column at a level, give or take 1e-16. levelLines traces the lines
// in grid units instead: x = column, y = row, z scaled to [0, 1] between the
// grid's lowest and highest value and rounded to a multiple of 2⁻³⁰, and each
// level moved (by at most 2⁻³³ of the span) to an odd multiple of 2⁻³³. Then
// no corner and no cell centre (a mean of four corners) lies on a level, and
// every difference the contour computes is exact. The lines are mapped back
// to the data only when drawing.
type levelLines struct {
	grid    plotter.GridXYZ  // in data units
	contour *plotter.Contour // over unitGrid
	x0, dx  float64          // data x of column c: x0 + c·dx
	y0, dy  float64          // data y of row r: y0 + r·dy
}

// newLevelLines returns the lines z = level of g (its X and Y evenly
// spaced) in the given style, or nil when no level lies strictly between
// the grid's lowest and highest value.
func newLevelLines(g plotter.GridXYZ, levels []float64, style draw.LineStyle) *levelLines {
	cols, rows := g.Dims()
	if cols < 2 || rows < 2 {
		return nil
	}
	// z in grid units, computed once: the contour reads each value several
	// times.
	z := make([]float64, cols*rows)
	lo, hi := math.Inf(1), math.Inf(-1)
	for r := range rows {
		for c := range cols {
			v := g.Z(c, r)
			z[r*cols+c] = v
			lo, hi = min(lo, v), max(hi, v)
		}
	}
	var unit []float64
	for _, l := range levels {
		if l > lo && l < hi {
			u := math.Floor((l-lo)/(hi-lo)/zStep) * zStep // the multiple of zStep at or below
			unit = append(unit, u+zStep/8)                // an odd multiple of zStep/8
		}
	}
	if len(unit) == 0 {
		return nil
	}
	for i, v := range z {
		z[i] = math.Round((v-lo)/(hi-lo)/zStep) * zStep
	}
	c := plotter.NewContour(unitGrid{cols: cols, rows: rows, z: z}, unit, nil)
	c.LineStyles = []draw.LineStyle{style}
	return &levelLines{
		grid:    g,
		contour: c,
		x0:      g.X(0), dx: (g.X(cols-1) - g.X(0)) / float64(cols-1),
		y0: g.Y(0), dy: (g.Y(rows-1) - g.Y(0)) / float64(rows-1),
	}
}

// Plot draws the lines: the contour is drawn on a copy of the plot's axes
// whose scales read grid units as the data they stand for.
func (l *levelLines) Plot(c draw.Canvas, plt *plot.Plot) {
	grid := &plot.Plot{X: plt.X, Y: plt.Y}
	grid.X.Scale = gridScale{data: plt.X.Scale, min: plt.X.Min, max: plt.X.Max, x0: l.x0, dx: l.dx}
	grid.Y.Scale = gridScale{data: plt.Y.Scale, min: plt.Y.Min, max: plt.Y.Max, x0: l.y0, dx: l.dy}
	l.contour.Plot(c, grid)
}

// gridScale normalises a grid coordinate i as the axis normalises the
// data coordinate x0 + i·dx.
type gridScale struct {
	data     plot.Normalizer
	min, max float64 // the data axis's range
	x0, dx   float64
}

// Normalize returns the position of grid coordinate i on the axis, in [0, 1]
// inside the axis's range.
func (s gridScale) Normalize(_, _, i float64) float64 {
	return s.data.Normalize(s.min, s.max, s.x0+i*s.dx)
}

// unitGrid is a grid in grid units: X(c) = c, Y(r) = r, and z (row by
// row) scaled to [0, 1] and rounded to a multiple of zStep.
type unitGrid struct {
	cols, rows int
	z          []float64
}

func (u unitGrid) Dims() (c, r int)   { return u.cols, u.rows }
func (u unitGrid) X(c int) float64    { return float64(c) }
func (u unitGrid) Y(r int) float64    { return float64(r) }
func (u unitGrid) Z(c, r int) float64 { return u.z[r*u.cols+c] }

// zStep is the resolution of z in grid units: 2⁻³⁰ of the grid's span.
const zStep = 1.0 / (1 << 30)
