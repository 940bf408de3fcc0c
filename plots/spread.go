package plots

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Group is one named set of repeated measurements: the same quantity over
// several seeds of one setting.
type Group struct {
	Name   string
	Values []float64
}

// Spread draws each group's values as points in its own column (spread a
// little sideways so that equal values stay visible), with a black bar for
// the group's mean ± one sample standard deviation (named in the legend),
//
//	m = (1/n) Σᵢ vᵢ,   s = √( Σᵢ (vᵢ − m)² / (n − 1) ),
//
// so that a difference between settings can be judged against the spread
// over seeds. It panics if there is no group, a group is empty, or a
// value, or a group's mean ± sd, is not finite or beyond ±MaxValue.
func Spread(title, yLabel string, groups ...Group) *plot.Plot {
	const fn = "Spread"
	if len(groups) == 0 {
		fail(fn, nil, "no groups")
	}
	p := newPlot(title, "", yLabel)
	p.Add(plotter.NewGrid())
	var names []string
	ymin, ymax := math.Inf(1), math.Inf(-1)
	for g, grp := range groups {
		if len(grp.Values) == 0 {
			fail(fn, nil, "group %s is empty", quote(grp.Name))
		}
		pts := make(plotter.XYs, len(grp.Values))
		for i, v := range grp.Values {
			checkValue(fn, fmt.Sprintf("group %s value %d", quote(grp.Name), i), v)
			// Spread the points over ±0.15 of the column, in order.
			off := 0.0
			if n := len(grp.Values); n > 1 {
				off = 0.3*float64(i)/float64(n-1) - 0.15
			}
			pts[i] = plotter.XY{X: float64(g) + off, Y: v}
			ymin, ymax = math.Min(ymin, v), math.Max(ymax, v)
		}
		m, sd := meanStd(grp.Values)
		for _, v := range []float64{m - sd, m + sd} {
			checkValue(fn, fmt.Sprintf("group %s mean ± sd (%.3g ± %.3g)", quote(grp.Name), m, sd), v)
		}
		s := newScatter(pts)
		s.GlyphStyle = draw.GlyphStyle{Color: Palette[g%len(Palette)], Radius: markerRadius, Shape: Shapes[g%len(Shapes)]}
		onTop(p, s)
		bar := plotter.XYs{{X: float64(g) + 0.3, Y: m - sd}, {X: float64(g) + 0.3, Y: m + sd}}
		tick := plotter.XYs{{X: float64(g) + 0.25, Y: m}, {X: float64(g) + 0.35, Y: m}}
		for _, xys := range []plotter.XYs{bar, tick} {
			l := newLine(xys)
			l.Width = lineWidth
			p.Add(l)
		}
		ymin, ymax = math.Min(ymin, m-sd), math.Max(ymax, m+sd)
		names = append(names, grp.Name)
	}
	p.NominalX(names...)
	p.X.Min, p.X.Max = -0.5, float64(len(groups))-0.5
	p.Y.Min, p.Y.Max = padded(ymin, ymax)
	p.X.Tick.Label.Font.Size = vg.Points(11)
	p.Legend.Add(words().MeanSD, meanBar{})
	legendRight(p)
	return p
}

// meanBar is the legend thumbnail of Spread's bars: a vertical bar with a
// tick at its middle, as drawn.
type meanBar struct{}

// Thumbnail draws the bar in the thumbnail's box.
func (meanBar) Thumbnail(c *draw.Canvas) {
	sty := draw.LineStyle{Color: color.Black, Width: lineWidth}
	x, y := c.Center().X, c.Center().Y
	c.StrokeLine2(sty, x, c.Min.Y, x, c.Max.Y)
	c.StrokeLine2(sty, x-4, y, x+4, y)
}

// meanStd returns the mean and the sample standard deviation (0 for one value).
func meanStd(v []float64) (m, s float64) {
	for _, x := range v {
		m += x
	}
	m /= float64(len(v))
	if len(v) < 2 {
		return m, 0
	}
	for _, x := range v {
		s += (x - m) * (x - m)
	}
	return m, math.Sqrt(s / float64(len(v)-1))
}
