package plots

import (
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// EqualAxes returns the size at which f's plots draw one unit of x₁ as long
// as one unit of x₂, keeping f's height: then a weight vector w looks
// perpendicular to its line w·x + b = 0. For a Panel, the ranges of its
// first plot set the width of every cell.
func EqualAxes(f Figure) (w, h vg.Length) {
	p, cols, rows, cellH := firstPlot(f)
	if msg, _ := axesError(p); p == nil || msg != "" { // an axis gonum cannot draw: Show says why
		return size(f, 0, 0)
	}
	// The padding around the data area (ticks, labels, legend) does not
	// depend on the width: measure it on a square canvas of the right height.
	inner := cellH - 2*margin
	area := p.DataCanvas(draw.New(vgimg.New(inner, inner))).Size()
	xr, yr := p.X.Max-p.X.Min, p.Y.Max-p.Y.Min
	if xr <= 0 || yr <= 0 {
		return size(f, 0, 0)
	}
	padX := inner - area.X
	cellW := padX + area.Y*vg.Length(xr/yr) + 2*margin
	return vg.Length(cols) * cellW, vg.Length(rows) * cellH
}

// firstPlot returns the plot whose ranges set the scale, the grid of f, and
// the height of one cell.
func firstPlot(f Figure) (p *plot.Plot, cols, rows int, cellH vg.Length) {
	switch f := f.(type) {
	case *plot.Plot:
		return f, 1, 1, Height
	case *Panel:
		rows, cols = f.dims()
		if rows > 0 && len(f.Plots[0]) > 0 {
			return f.Plots[0][0], cols, rows, PanelHeight
		}
	}
	return nil, 0, 0, 0
}

// ShowEqualAxes is Show at the size EqualAxes gives.
func ShowEqualAxes(f Figure) {
	checkFigure("ShowEqualAxes", f)
	w, h := EqualAxes(f)
	show("ShowEqualAxes", f, w, h)
}
