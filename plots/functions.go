package plots

import (
	"fmt"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
)

// Curve is one named function y = F(x) to draw.
type Curve struct {
	Name string
	F    func(x float64) float64
}

// Functions plots activations φ(z) over [xmin, xmax], each curve in its own
// colour and dash pattern, with a legend naming them right of the axes.
//
// The X axis is labelled "z" and the Y axis "φ(z)": for other functions (a
// derivative σ′(z), a loss ℓ, a network's ŷ) use Curves, whose labels name
// what is drawn. The Y range is the range of the sampled values, padded by
// 5% on each side.
//
// It panics if there is no curve, the range is empty or not finite, or a
// curve is nil or not finite somewhere on the range.
func Functions(title string, xmin, xmax float64, curves ...Curve) *plot.Plot {
	p := functions("Functions", title, xmin, xmax, curves)
	legendRight(p)
	return p
}

// Curves is Functions with the axes labelled xLabel and yLabel: the Y
// label names what is drawn, e.g. "σ(z), σ′(z)" for a sigmoid and its
// derivative, "ℓ" for a loss.
func Curves(title, xLabel, yLabel string, xmin, xmax float64, curves ...Curve) *plot.Plot {
	p := functions("Curves", title, xmin, xmax, curves)
	legendRight(p)
	p.X.Label.Text, p.Y.Label.Text = xLabel, yLabel
	return p
}

// functions is Functions without the room for the legend, for figures that
// add more to the plot; its panics name fn.
func functions(fn, title string, xmin, xmax float64, curves []Curve) *plot.Plot {
	if len(curves) == 0 {
		fail(fn, nil, "no curve to draw")
	}
	checkRange(fn, "range", xmin, xmax)
	p := newPlot(title, "z", "φ(z)")
	p.X.Min, p.X.Max = xmin, xmax
	p.Add(plotter.NewGrid())
	ymin, ymax := math.Inf(1), math.Inf(-1)
	for i, c := range curves {
		if c.F == nil {
			fail(fn, nil, "curve %d %s has no function", i, quote(c.Name))
		}
		lo, hi := sampleRange(fn, c, xmin, xmax)
		ymin, ymax = math.Min(ymin, lo), math.Max(ymax, hi)
		f := plotter.NewFunction(c.F)
		f.Samples = functionSamples
		f.Color = Palette[i%len(Palette)]
		f.Width = lineWidth
		f.Dashes = dashes[i%len(dashes)]
		p.Add(f)
		p.Legend.Add(c.Name, f)
	}
	p.Y.Min, p.Y.Max = padded(ymin, ymax)
	return p
}

// sampleRange samples c at the points the plot will draw and returns the
// smallest and largest value; it panics, naming fn and the first x, where
// c is NaN, infinite or beyond ±MaxValue.
func sampleRange(fn string, c Curve, xmin, xmax float64) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for i := range functionSamples {
		x := xmin + (xmax-xmin)*float64(i)/float64(functionSamples-1)
		y := c.F(x)
		checkValue(fn, fmt.Sprintf("curve %s at x = %v", quote(c.Name), x), y)
		lo, hi = math.Min(lo, y), math.Max(hi, y)
	}
	return lo, hi
}
