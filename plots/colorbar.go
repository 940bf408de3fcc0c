package plots

import (
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// barWidth is the width of a colour bar with its tick labels and label.
const barWidth = 3 * vg.Centimeter

// SurfaceFigure is a loss surface (Plot, to draw on as any plot) with its
// colour bar right of it (Bar): the loss each colour stands for.
type SurfaceFigure struct {
	Plot, Bar *plot.Plot
}

// LossSurfaceBar is LossSurface with a colour bar labelled label (e.g.
// "ECM"). Show draws it at Width + 3 cm × Height. It panics as LossSurface
// does.
func LossSurfaceBar(title, label string, loss func(w1, w2 float64) float64, w1min, w1max, w2min, w2max float64, paths ...Path) *SurfaceFigure {
	p, lo, hi := lossSurface("LossSurfaceBar", title, loss, w1min, w1max, w2min, w2max, paths)
	bar := plot.New()
	bar.HideX()
	bar.Y.Label.Text = label
	bar.Y.Padding = 0
	bar.X.Min, bar.X.Max, bar.Y.Min, bar.Y.Max = 0, 1, lo, hi
	bar.Y.Tick.Marker = NiceTicks{}
	if lo == hi {
		// A constant surface: the bar is its one colour, with one tick at
		// its value.
		bar.Y.Min, bar.Y.Max = lo-0.5, hi+0.5
		bar.Y.Tick.Marker = plot.ConstantTicks([]plot.Tick{{Value: lo, Label: strconv.FormatFloat(lo, 'g', 4, 64)}})
	}
	h := surfaceHeatMap(barGrid{bar.Y.Min, bar.Y.Max}, lo, hi)
	h.Rasterized = true // no seams between the cells
	bar.Add(noGlyphs{h})
	return &SurfaceFigure{Plot: p, Bar: bar}
}

// Size returns Width + barWidth × Height.
func (f *SurfaceFigure) Size() (w, h vg.Length) { return Width + barWidth, Height }

// Draw draws the surface left and the bar right, the bar as tall as the
// surface's data area.
func (f *SurfaceFigure) Draw(c draw.Canvas) {
	main := c
	main.Max.X = c.Max.X - barWidth
	v := newView(f.Plot)
	v.draw(main)
	data := v.plot.DataCanvas(main)
	bar := c
	bar.Min.X, bar.Max.X = c.Max.X-barWidth+vg.Millimeter*4, c.Max.X-vg.Millimeter*8
	bar.Min.Y, bar.Max.Y = data.Min.Y, data.Max.Y
	// The bar's own axis takes a little room; widen its canvas by that much
	// so that its data area spans exactly the surface's.
	bd := f.Bar.DataCanvas(bar)
	bar.Min.Y -= bd.Min.Y - data.Min.Y
	bar.Max.Y += data.Max.Y - bd.Max.Y
	f.Bar.Draw(bar)
}

// barGrid is a column of 64 values from lo to hi, as a plotter.GridXYZ.
type barGrid struct{ lo, hi float64 }

func (g barGrid) Dims() (c, r int)   { return 1, 64 }
func (g barGrid) X(int) float64      { return 0.5 }
func (g barGrid) Y(r int) float64    { return g.lo + (g.hi-g.lo)*(float64(r)+0.5)/64 }
func (g barGrid) Z(_, r int) float64 { return g.Y(r) }
