package plots

import (
	"fmt"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg/draw"
)

// lawSamples is the number of points a law's curve is drawn with, evenly
// spaced on the logarithmic X axis.
const lawSamples = 200

// LogLog plots measurements against a parameter on logarithmic X and Y
// axes, where a power law y = c·x^p is a straight line of slope p: each
// measured series as markers joined by a thin line, each law (a formula to
// compare with) as a dashed curve over the X range of the measurements. A
// legend right of the axes names them all.
//
// It panics if there is no measured series, a series is empty, has no X
// or an X that does not match its Y, or a value is not finite and > 0, all
// x are equal, or a law is nil or not finite and > 0 on the range.
func LogLog(title, xLabel, yLabel string, measured []Series, laws ...Curve) *plot.Plot {
	const fn = "LogLog"
	if len(measured) == 0 {
		fail(fn, nil, "no measured series")
	}
	p := newPlot(title, xLabel, yLabel)
	p.Add(plotter.NewGrid())
	xmin, xmax := math.Inf(1), math.Inf(-1)
	for i, s := range measured {
		if s.X == nil {
			fail(fn, nil, "series %s has no X values", quote(s.Name))
		}
		xys := s.points(fn, true)
		for _, pt := range xys {
			if pt.X <= 0 {
				fail(fn, ErrLimit, "series %s has x = %v; a log scale needs values > 0", quote(s.Name), pt.X)
			}
			xmin, xmax = math.Min(xmin, pt.X), math.Max(xmax, pt.X)
		}
		l := newLine(xys)
		l.Color, l.Width = Palette[i%len(Palette)], lineWidth/2
		sc := newScatter(xys)
		sc.GlyphStyle = draw.GlyphStyle{Color: Palette[i%len(Palette)], Shape: Shapes[i%len(Shapes)], Radius: markerRadius}
		p.Add(l)
		onTop(p, sc)
		p.Legend.Add(s.Name, l, sc)
	}
	if !(xmin < xmax) {
		fail(fn, nil, "at least two different x values needed, got only x = %v", xmin)
	}
	checkLogRange(fn, "the x values", xmin, xmax)
	for i, law := range laws {
		if law.F == nil {
			fail(fn, nil, "law %d %s has no function", i, quote(law.Name))
		}
		xys := make(plotter.XYs, lawSamples)
		for k := range xys {
			x := xmin * math.Pow(xmax/xmin, float64(k)/float64(lawSamples-1))
			y := law.F(x)
			checkValue(fn, fmt.Sprintf("law %s at x = %v", quote(law.Name), x), y)
			if y <= 0 {
				fail(fn, ErrLimit, "law %s is %v at x = %v; a log scale needs values > 0", quote(law.Name), y, x)
			}
			xys[k] = plotter.XY{X: x, Y: y}
		}
		j := len(measured) + i
		l := newLine(xys)
		l.Color, l.Width, l.Dashes = Palette[j%len(Palette)], lineWidth, dashes[1+i%(len(dashes)-1)]
		p.Add(l)
		p.Legend.Add(law.Name, l)
	}
	raise(p) // the measured points above the laws' lines
	for _, ax := range []*plot.Axis{&p.X, &p.Y} {
		ax.Scale = plot.LogScale{}
		ax.Tick.Marker = PowerTicks{}
	}
	p.X.Min, p.X.Max = xmin/math.Pow(xmax/xmin, rangePad), xmax*math.Pow(xmax/xmin, rangePad)
	legendRight(p)
	return p
}
