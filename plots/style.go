package plots

import (
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Palette is the Okabe–Ito colour-blind-safe palette (Okabe & Ito, 2008),
// in the order series and classes are drawn.
var Palette = []color.Color{
	color.RGBA{R: 0, G: 114, B: 178, A: 255},   // blue
	color.RGBA{R: 213, G: 94, B: 0, A: 255},    // vermillion
	color.RGBA{R: 0, G: 158, B: 115, A: 255},   // bluish green
	color.RGBA{R: 204, G: 121, B: 167, A: 255}, // reddish purple
	color.RGBA{R: 230, G: 159, B: 0, A: 255},   // orange
	color.RGBA{R: 86, G: 180, B: 233, A: 255},  // sky blue
	color.RGBA{R: 240, G: 228, B: 66, A: 255},  // yellow
	color.RGBA{R: 0, G: 0, B: 0, A: 255},       // black
}

// Shapes are the marker shapes of the classes, in the same order as
// Palette, so that a class is told apart by its shape as well as its colour:
// filled circle, triangle and square, ×, +, open circle, triangle and
// square. Each is drawn over a white rim, so that it stays visible over
// lines, regions and other points.
var Shapes = []draw.GlyphDrawer{disc, pyramid, box, cross, plus, ring, triangle, square}

// dashes distinguishes series without colour: solid, dashed, dotted, dash-dot.
var dashes = [][]vg.Length{
	nil,
	{vg.Points(6), vg.Points(3)},
	{vg.Points(1.5), vg.Points(2.5)},
	{vg.Points(6), vg.Points(2.5), vg.Points(1.5), vg.Points(2.5)},
}

const (
	// Width and Height are the size of a single figure; about 560×370
	// pixels at the PNG resolution of 96 dpi.
	Width  = 15 * vg.Centimeter
	Height = 10 * vg.Centimeter

	lineWidth = vg.Length(2)
	// functionSamples is how many points a function curve is drawn with:
	// enough for the step's jump to look vertical at Width.
	functionSamples = 501
	// markerRadius is the radius of a data point's marker.
	markerRadius = vg.Length(3.5)
	// rangePad is the fraction of the data's span added on each side of
	// an axis so that curves and markers do not touch the frame.
	rangePad = 0.05
)

// newPlot returns a plot with a title and axis labels, its axes marked by
// NiceTicks.
func newPlot(title, xLabel, yLabel string) *plot.Plot {
	p := plot.New()
	p.Title.Text = title
	p.Title.Padding = vg.Points(8)
	p.X.Label.Text = xLabel
	p.Y.Label.Text = yLabel
	p.X.Tick.Marker, p.Y.Tick.Marker = NiceTicks{}, NiceTicks{}
	return p
}

// pale mixes c with white, keeping the fraction f of c: the colour of a
// region behind data points of colour c.
func pale(c color.Color, f float64) color.RGBA {
	r, g, b, _ := c.RGBA()
	mix := func(v uint32) uint8 {
		return uint8(f*float64(v>>8) + (1-f)*255 + 0.5)
	}
	return color.RGBA{R: mix(r), G: mix(g), B: mix(b), A: 255}
}

// padded returns [lo, hi] widened by rangePad of its span on each side (or
// by 0.5 when the span is zero).
func padded(lo, hi float64) (float64, float64) {
	d := (hi - lo) * rangePad
	if d == 0 {
		d = 0.5
	}
	return lo - d, hi + d
}

// textStyle returns the style of text drawn inside a figure (layer names,
// image captions): the plot's font at the given size, centred on its point.
func textStyle(size vg.Length, c color.Color) draw.TextStyle {
	return draw.TextStyle{
		Color:   c,
		Font:    font.From(plot.DefaultFont, size),
		XAlign:  draw.XCenter,
		YAlign:  draw.YCenter,
		Handler: plot.DefaultTextHandler,
	}
}

// noGlyphs wraps a plotter (a contour or a heat map) so that gonum/plot
// sees no glyph boxes: those plotters return one box per grid point, which
// costs time for every draw and shrinks the data area for nothing.
type noGlyphs struct{ p plot.Plotter }

// Plot draws the wrapped plotter.
func (n noGlyphs) Plot(c draw.Canvas, plt *plot.Plot) { n.p.Plot(c, plt) }
