package plots

import (
	"fmt"

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
// p.Y.Label.Text. It returns an error if the range is empty or not finite,
// f is nil or not finite on it, or a chord's ends are equal or outside the
// range.
func Chords(title string, f func(x float64) float64, xmin, xmax float64, chords ...Chord) (*plot.Plot, error) {
	p, err := functions(title, xmin, xmax, []Curve{{Name: "f", F: f}})
	if err != nil {
		return nil, err
	}
	p.X.Label.Text, p.Y.Label.Text = "t", "f(t)"
	p.Legend = plot.NewLegend() // one curve: no legend
	for i, c := range chords {
		if !(c.A != c.B) || c.A < xmin || c.A > xmax || c.B < xmin || c.B > xmax {
			return nil, fmt.Errorf("plots: chord %d from %v to %v: want two different points in [%v, %v]", i, c.A, c.B, xmin, xmax)
		}
		xys := plotter.XYs{{X: c.A, Y: f(c.A)}, {X: c.B, Y: f(c.B)}}
		col := pathColors[i%len(pathColors)]
		l, _ := plotter.NewLine(xys) // finite: f was sampled at the ends' range
		l.Color, l.Width, l.Dashes = col, lineWidth, dashes[1]
		ends, _ := plotter.NewScatter(xys)
		ends.GlyphStyle = draw.GlyphStyle{Color: col, Shape: draw.CircleGlyph{}, Radius: markerRadius}
		p.Add(l, ends)
	}
	return p, nil
}
