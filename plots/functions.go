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

// Functions plots the curves over [xmin, xmax], each in its own colour and
// dash pattern, with a legend naming them.
//
// It returns an error if there is no curve, the range is empty or not finite,
// or a curve is nil or not finite somewhere on the range.
func Functions(title string, xmin, xmax float64, curves ...Curve) (*plot.Plot, error) {
	if len(curves) == 0 {
		return nil, errors.New("plots: Functions needs at least one curve")
	}
	if !(xmin < xmax) || math.IsInf(xmin, 0) || math.IsInf(xmax, 0) {
		return nil, fmt.Errorf("plots: Functions range [%v, %v] is empty or not finite", xmin, xmax)
	}
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text = "z"
	p.Y.Label.Text = "φ(z)"
	p.X.Min, p.X.Max = xmin, xmax
	p.Add(plotter.NewGrid())
	for i, c := range curves {
		if c.F == nil {
			return nil, fmt.Errorf("plots: curve %d (%q) has no function", i, c.Name)
		}
		if err := checkFinite(c, xmin, xmax); err != nil {
			return nil, err
		}
		f := plotter.NewFunction(c.F)
		f.Samples = functionSamples
		f.Color = Palette[i%len(Palette)]
		f.Width = lineWidth
		f.Dashes = dashes[i%len(dashes)]
		p.Add(f)
		p.Legend.Add(c.Name, f)
	}
	p.Legend.Top = true
	p.Legend.Left = true
	return p, nil
}

// checkFinite samples c at the points the plot will draw and reports the
// first x where it is NaN or infinite.
func checkFinite(c Curve, xmin, xmax float64) error {
	for i := range functionSamples {
		x := xmin + (xmax-xmin)*float64(i)/float64(functionSamples-1)
		if y := c.F(x); math.IsNaN(y) || math.IsInf(y, 0) {
			return fmt.Errorf("plots: curve %q is %v at x = %v", c.Name, y, x)
		}
	}
	return nil
}
