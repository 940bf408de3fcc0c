package plots

import (
	"fmt"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg/draw"
)

// Chord is a segment between two points of a curve, at x = A and x = B.
type Chord struct{ A, B float64 }

// Chords draws f over [xmin, xmax] and, for each chord, the straight
// segment from (A, f(A)) to (B, f(B)), its ends marked. It shows what
// convex means: f is convex when every chord lies on or above the curve,
//
//	f(λa + (1 − λ)b) ≤ λ f(a) + (1 − λ) f(b)   for all a, b and λ ∈ [0, 1].
//
// The axes are labelled t and f(t); change p.X.Label.Text and
// p.Y.Label.Text. It panics if the range is empty or not finite, f is nil
// or not finite on it, or a chord's ends are equal, NaN or outside the
// range, or f is not finite at one of them.
func Chords(title string, f func(x float64) float64, xmin, xmax float64, chords ...Chord) *plot.Plot {
	const fn = "Chords"
	p := functions(fn, title, xmin, xmax, []Curve{{Name: "f", F: f}})
	p.X.Label.Text, p.Y.Label.Text = "t", "f(t)"
	p.Legend = plot.NewLegend() // one curve: no legend
	var ends []plot.Plotter     // drawn after every chord: no chord hides an end
	ymin, ymax := p.Y.Min, p.Y.Max
	for i, c := range chords {
		inRange := func(x float64) bool { return x >= xmin && x <= xmax } // false for NaN
		if c.A == c.B || !inRange(c.A) || !inRange(c.B) {
			fail(fn, nil, "chord %d from %v to %v: want two different points in [%v, %v]", i, c.A, c.B, xmin, xmax)
		}
		xys := plotter.XYs{{X: c.A, Y: f(c.A)}, {X: c.B, Y: f(c.B)}}
		for _, pt := range xys {
			checkValue(fn, fmt.Sprintf("chord %d: f(%v)", i, pt.X), pt.Y)
			ymin, ymax = math.Min(ymin, pt.Y), math.Max(ymax, pt.Y)
		}
		col := pathColors[i%len(pathColors)]
		l := newLine(xys)
		l.Color, l.Width, l.Dashes = col, lineWidth, dashes[1]
		s := newScatter(xys)
		s.GlyphStyle = draw.GlyphStyle{Color: col, Shape: disc, Radius: markerRadius}
		p.Add(l)
		ends = append(ends, s)
	}
	onTop(p, ends...)
	// An end between the curve's samples may lie outside their range.
	if ymin < p.Y.Min || ymax > p.Y.Max {
		lo, hi := padded(ymin, ymax)
		p.Y.Min, p.Y.Max = math.Min(p.Y.Min, lo), math.Max(p.Y.Max, hi)
	}
	return p
}
