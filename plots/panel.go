package plots

import (
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Panel is several plots drawn as one figure, in a grid whose cells are
// PanelWidth × PanelHeight, with their axes aligned. Show, PNG and SVG draw
// it at that size.
type Panel struct {
	// Plots holds the rows of the grid; a nil plot leaves its cell empty.
	Plots [][]*plot.Plot
}

// PanelWidth and PanelHeight are the size of one cell of a Panel.
const (
	PanelWidth  = 12 * vg.Centimeter
	PanelHeight = 8 * vg.Centimeter
)

// NewPanel arranges the plots row by row, cols to a row (the last row may
// be short).
//
// It panics if there is no plot, a plot is nil, or cols < 1.
func NewPanel(cols int, plots ...*plot.Plot) *Panel {
	const fn = "NewPanel"
	if len(plots) == 0 {
		fail(fn, nil, "no plots")
	}
	if cols < 1 {
		fail(fn, nil, "%d columns, want at least 1", cols)
	}
	cols = min(cols, len(plots))
	p := &Panel{}
	for i, pl := range plots {
		if pl == nil {
			fail(fn, nil, "plot %d is nil", i)
		}
		if i%cols == 0 {
			p.Plots = append(p.Plots, make([]*plot.Plot, cols))
		}
		p.Plots[i/cols][i%cols] = pl
	}
	return p
}

// Size returns the panel's size: PanelWidth × PanelHeight per cell.
func (p *Panel) Size() (w, h vg.Length) {
	rows, cols := p.dims()
	return vg.Length(cols) * PanelWidth, vg.Length(rows) * PanelHeight
}

// dims returns the number of rows and of columns (the longest row).
func (p *Panel) dims() (rows, cols int) {
	for _, r := range p.Plots {
		cols = max(cols, len(r))
	}
	return len(p.Plots), cols
}

// Draw draws the plots in their cells, aligned with plot.Align.
func (p *Panel) Draw(c draw.Canvas) {
	rows, cols := p.dims()
	if rows == 0 || cols == 0 {
		return
	}
	grid := make([][]*plot.Plot, rows)
	views := make([][]*view, rows)
	for i, r := range p.Plots {
		grid[i], views[i] = make([]*plot.Plot, cols), make([]*view, cols)
		for j, pl := range r {
			if pl != nil {
				views[i][j] = newView(pl)
				grid[i][j] = views[i][j].plot
			}
		}
	}
	tiles := draw.Tiles{Rows: rows, Cols: cols, PadX: vg.Millimeter * 6, PadY: vg.Millimeter * 6}
	canvases := plot.Align(grid, tiles, c)
	for i := range views {
		for j, v := range views[i] {
			if v != nil {
				v.draw(canvases[i][j])
			}
		}
	}
}
