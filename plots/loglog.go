package plots

import (
	"errors"
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
// It returns an error if there is no measured series, a series is empty,
// has no X or an X that does not match its Y, or a value is not finite and
// > 0, all x are equal, or a law is nil or not finite and > 0 on the range.
func LogLog(title, xLabel, yLabel string, measured []Series, laws ...Curve) (*plot.Plot, error) {
	if len(measured) == 0 {
		return nil, errors.New("plots: LogLog needs at least one measured series")
	}
	p := newPlot(title, xLabel, yLabel)
	p.Add(plotter.NewGrid())
	xmin, xmax := math.Inf(1), math.Inf(-1)
	for i, s := range measured {
		if s.X == nil {
			return nil, errorf("series %s has no X values", quote(s.Name))
		}
		xys, err := s.points(true)
		if err != nil {
			return nil, err
		}
		for _, pt := range xys {
			if pt.X <= 0 {
				return nil, errorf("series %s has x = %v; a log scale needs values > 0", quote(s.Name), pt.X)
			}
			xmin, xmax = math.Min(xmin, pt.X), math.Max(xmax, pt.X)
		}
		l, err := plotter.NewLine(xys)
		if err != nil {
			return nil, errorf("series %s: %w", quote(s.Name), err)
		}
		l.Color, l.Width = Palette[i%len(Palette)], lineWidth/2
		sc, err := plotter.NewScatter(xys)
		if err != nil {
			return nil, errorf("series %s: %w", quote(s.Name), err)
		}
		sc.GlyphStyle = draw.GlyphStyle{Color: Palette[i%len(Palette)], Shape: Shapes[i%len(Shapes)], Radius: markerRadius}
		p.Add(l)
		onTop(p, sc)
		p.Legend.Add(s.Name, l, sc)
	}
	if !(xmin < xmax) {
		return nil, errorf("LogLog needs at least two different x values, got only x = %v", xmin)
	}
	for i, law := range laws {
		if law.F == nil {
			return nil, errorf("law %d %s has no function", i, quote(law.Name))
		}
		xys := make(plotter.XYs, lawSamples)
		for k := range xys {
			x := xmin * math.Pow(xmax/xmin, float64(k)/float64(lawSamples-1))
			y := law.F(x)
			if !finite(y) || y <= 0 {
				return nil, errorf("law %s is %v at x = %v; a log scale needs finite values > 0", quote(law.Name), y, x)
			}
			xys[k] = plotter.XY{X: x, Y: y}
		}
		j := len(measured) + i
		l, err := plotter.NewLine(xys)
		if err != nil {
			return nil, errorf("law %s: %w", quote(law.Name), err)
		}
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
	return p, nil
}
