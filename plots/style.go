package plots

import (
	"image/color"

	"gonum.org/v1/plot/vg"
)

// Palette is the Okabe–Ito colour-blind-safe palette (Okabe & Ito, 2008),
// in the order series are drawn.
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
)
