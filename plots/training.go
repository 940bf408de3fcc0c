package plots

import (
	"fmt"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
)

// Series is one named sequence of values: a loss or an accuracy per step
// or per epoch.
type Series struct {
	Name string
	Y    []float64
	// X holds the step or epoch of each value; nil means 1, 2, …, len(Y).
	X []float64
}

// Training plots each series as a line (own colour and dash pattern) with
// a legend right of the axes when there are several: losses and accuracies
// per step or epoch, train against validation, several learning rates.
//
// It panics if there is no series, a series is empty, its X does not match
// its Y, or a value is not finite.
func Training(title, xLabel, yLabel string, series ...Series) *plot.Plot {
	return training("Training", title, xLabel, yLabel, false, series)
}

// TrainingLogY is Training with a logarithmic Y axis marked by PowerTicks,
// for losses that fall by orders of magnitude; the Y label gets "(log)" when
// shown. Every value must be > 0.
func TrainingLogY(title, xLabel, yLabel string, series ...Series) *plot.Plot {
	return training("TrainingLogY", title, xLabel, yLabel, true, series)
}

// training is Training, its panics naming fn.
func training(fn, title, xLabel, yLabel string, logY bool, series []Series) *plot.Plot {
	if len(series) == 0 {
		fail(fn, nil, "no series to plot")
	}
	p := newPlot(title, xLabel, yLabel)
	p.Add(plotter.NewGrid())
	ymin, ymax := math.Inf(1), math.Inf(-1)
	for i, s := range series {
		xys := s.points(fn, logY)
		for _, pt := range xys {
			ymin, ymax = math.Min(ymin, pt.Y), math.Max(ymax, pt.Y)
		}
		l := newLine(xys)
		l.Color = Palette[i%len(Palette)]
		l.Width = lineWidth
		l.Dashes = dashes[i%len(dashes)]
		p.Add(l)
		if len(series) > 1 {
			p.Legend.Add(s.Name, l)
		}
	}
	if logY {
		checkLogRange(fn, "the Y values", ymin, ymax)
		p.Y.Scale = plot.LogScale{}
		p.Y.Tick.Marker = PowerTicks{}
		// Pad by the same factor at both ends.
		f := math.Pow(ymax/ymin, rangePad)
		if f == 1 {
			f = 2
		}
		p.Y.Min, p.Y.Max = ymin/f, ymax*f
	} else {
		p.Y.Min, p.Y.Max = padded(ymin, ymax)
	}
	if len(series) > 1 {
		legendRight(p)
	}
	return p
}

// points checks s, panicking naming fn, and returns its points.
func (s Series) points(fn string, logY bool) plotter.XYs {
	if len(s.Y) == 0 {
		fail(fn, nil, "series %s is empty", quote(s.Name))
	}
	if s.X != nil && len(s.X) != len(s.Y) {
		fail(fn, nil, "series %s has %d X values for %d Y values", quote(s.Name), len(s.X), len(s.Y))
	}
	xys := make(plotter.XYs, len(s.Y))
	for i, y := range s.Y {
		x := float64(i + 1)
		if s.X != nil {
			x = s.X[i]
		}
		checkPoint(fn, fmt.Sprintf("series %s at point %d", quote(s.Name), i), x, y)
		if logY && y <= 0 {
			fail(fn, ErrLimit, "series %s is %v at point %d; a log scale needs values > 0", quote(s.Name), y, i)
		}
		xys[i].X, xys[i].Y = x, y
	}
	return xys
}
