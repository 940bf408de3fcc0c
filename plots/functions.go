package plots

import (
	"errors"
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
// It returns an error if there is no curve, the range is empty or not finite,
// or a curve is nil or not finite somewhere on the range.
func Functions(title string, xmin, xmax float64, curves ...Curve) (*plot.Plot, error) {
	p, err := functions(title, xmin, xmax, curves)
	if err != nil {
		return nil, err
	}
	legendRight(p)
	return p, nil
}

// Curves is Functions with the axes labelled xLabel and yLabel: the Y
// label names what is drawn, e.g. "σ(z), σ′(z)" for a sigmoid and its
// derivative, "ℓ" for a loss.
func Curves(title, xLabel, yLabel string, xmin, xmax float64, curves ...Curve) (*plot.Plot, error) {
	p, err := Functions(title, xmin, xmax, curves...)
	if err != nil {
		return nil, err
	}
	p.X.Label.Text, p.Y.Label.Text = xLabel, yLabel
	return p, nil
}

// functions is Functions without the room for the legend, for figures that
// add more to the plot.
func functions(title string, xmin, xmax float64, curves []Curve) (*plot.Plot, error) {
	if len(curves) == 0 {
		return nil, errors.New("plots: Functions needs at least one curve")
	}
	if !(xmin < xmax) || math.IsInf(xmin, 0) || math.IsInf(xmax, 0) {
		return nil, errorf("Functions range [%v, %v] is empty or not finite", xmin, xmax)
	}
	if err := checkValue(fmt.Sprintf("Functions range [%v, %v]", xmin, xmax), math.Max(math.Abs(xmin), math.Abs(xmax))); err != nil {
		return nil, err
	}
	p := newPlot(title, "z", "φ(z)")
	p.X.Min, p.X.Max = xmin, xmax
	p.Add(plotter.NewGrid())
	ymin, ymax := math.Inf(1), math.Inf(-1)
	for i, c := range curves {
		if c.F == nil {
			return nil, errorf("curve %d %s has no function", i, quote(c.Name))
		}
		lo, hi, err := sampleRange(c, xmin, xmax)
		if err != nil {
			return nil, err
		}
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
	return p, nil
}

// sampleRange samples c at the points the plot will draw and returns the
// smallest and largest value, or an error naming the first x where c is
// NaN or infinite.
func sampleRange(c Curve, xmin, xmax float64) (lo, hi float64, err error) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for i := range functionSamples {
		x := xmin + (xmax-xmin)*float64(i)/float64(functionSamples-1)
		y := c.F(x)
		if math.IsNaN(y) || math.IsInf(y, 0) {
			return 0, 0, errorf("curve %s is %v at x = %v", quote(c.Name), y, x)
		}
		if err := checkValue(fmt.Sprintf("curve %s at x = %v", quote(c.Name), x), y); err != nil {
			return 0, 0, err
		}
		lo, hi = math.Min(lo, y), math.Max(hi, y)
	}
	return lo, hi, nil
}
