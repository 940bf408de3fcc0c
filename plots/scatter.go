package plots

import (
	"fmt"
	"image/color"
	"math"
	"slices"

	"gomlp.dev/internal/validate"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Scatter plots 2-D points, one per row of X (N×2), each class in its own
// colour and marker shape; labels[i] is the class of row i (0 … K−1) and
// names[k] the name of class k in the legend. With nil labels all points are
// one class; with nil names classes are called "class 0", "class 1", ….
//
// The axes are labelled x₁ and x₂ (change p.X.Label.Text and
// p.Y.Label.Text for other features).
//
// It panics if X is nil, empty, not N×2 or not finite, or if labels do not
// match X or name no class of names.
func Scatter(title string, X mat.Matrix, labels []int, names []string) *plot.Plot {
	pts := newLabelled("Scatter", X, labels, names)
	p := newPlot(title, "x₁", "x₂")
	p.Add(plotter.NewGrid())
	pts.addTo(p, nil)
	return p
}

// labelled is a checked set of labelled 2-D points.
type labelled struct {
	classes [][2][]float64 // classes[k] holds the x₁ and x₂ of class k
	names   []string
}

// newLabelled checks X, labels and names, panicking naming fn, and groups
// the points by class.
func newLabelled(fn string, X mat.Matrix, labels []int, names []string) *labelled {
	if validate.Nil(X) {
		fail(fn, nil, "no data (X is nil)")
	}
	n, d := X.Dims()
	if n == 0 {
		fail(fn, nil, "no data (X has no rows)")
	}
	if d != 2 {
		fail(fn, nil, "X is %s, want N×2 (two features per row)", validate.Dims(n, d))
	}
	if labels != nil && len(labels) != n {
		fail(fn, nil, "%d labels for %d rows of X", len(labels), n)
	}
	k := 1
	for i, l := range labels {
		if l < 0 {
			fail(fn, nil, "label %d of row %d is negative", l, i)
		}
		if l >= MaxClasses {
			fail(fn, ErrLimit, "label %d of row %d, want at most %d classes (plots.MaxClasses)", l, i, MaxClasses)
		}
		k = max(k, l+1)
	}
	if names != nil && len(names) < k {
		fail(fn, nil, "label %d has no name (%d class names)", k-1, len(names))
	}
	pts := &labelled{classes: make([][2][]float64, k), names: names}
	for i := range n {
		x1, x2 := X.At(i, 0), X.At(i, 1)
		checkPoint(fn, fmt.Sprintf("row %d of X", i), x1, x2)
		c := 0
		if labels != nil {
			c = labels[i]
		}
		pts.classes[c][0] = append(pts.classes[c][0], x1)
		pts.classes[c][1] = append(pts.classes[c][1], x2)
	}
	return pts
}

// bounds returns the smallest and largest x₁ and x₂.
func (pts *labelled) bounds() (x1min, x1max, x2min, x2max float64) {
	x1min, x2min = math.Inf(1), math.Inf(1)
	x1max, x2max = math.Inf(-1), math.Inf(-1)
	for _, c := range pts.classes {
		for i := range c[0] {
			x1min, x1max = math.Min(x1min, c[0][i]), math.Max(x1max, c[0][i])
			x2min, x2max = math.Min(x2min, c[1][i]), math.Max(x2max, c[1][i])
		}
	}
	return x1min, x1max, x2min, x2max
}

// addTo adds one scatter per non-empty class to p, the largest class first
// so that the points of a small class (a single point, say) are drawn last,
// on top; and a legend naming the classes, in their order, right of the
// axes when there are several. With a swatch, each legend entry shows the
// class's marker on the colour of its region.
func (pts *labelled) addTo(p *plot.Plot, swatch func(k int) color.Color) {
	order := make([]int, len(pts.classes))
	for k := range order {
		order[k] = k
	}
	slices.SortStableFunc(order, func(a, b int) int { return len(pts.classes[b][0]) - len(pts.classes[a][0]) })
	scatters := make([]*plotter.Scatter, len(pts.classes))
	var layer []plot.Plotter
	for _, k := range order {
		c := pts.classes[k]
		if len(c[0]) == 0 {
			continue
		}
		xys := make(plotter.XYs, len(c[0]))
		for i := range xys {
			xys[i].X, xys[i].Y = c[0][i], c[1][i]
		}
		s := newScatter(xys)
		s.GlyphStyle = draw.GlyphStyle{
			Color:  Palette[k%len(Palette)],
			Shape:  Shapes[k%len(Shapes)],
			Radius: markerRadius,
		}
		layer = append(layer, s)
		scatters[k] = s
	}
	onTop(p, layer...)
	if len(pts.classes) < 2 {
		return
	}
	for k, s := range scatters {
		switch {
		case s == nil:
		case swatch != nil:
			p.Legend.Add(pts.name(k), fill{swatch(k)}, s)
		default:
			p.Legend.Add(pts.name(k), s)
		}
	}
	legendRight(p)
}

// fill is a legend thumbnail filled with one colour: a region's.
type fill struct{ color color.Color }

// Thumbnail fills the thumbnail's square, centred, as tall as the text.
func (f fill) Thumbnail(c *draw.Canvas) {
	h := c.Max.Y - c.Min.Y
	x := (c.Min.X + c.Max.X) / 2
	c.FillPolygon(f.color, []vg.Point{{X: x - h/2, Y: c.Min.Y}, {X: x + h/2, Y: c.Min.Y}, {X: x + h/2, Y: c.Max.Y}, {X: x - h/2, Y: c.Max.Y}})
}

// name returns the name of class k.
func (pts *labelled) name(k int) string {
	if pts.names != nil {
		return pts.names[k]
	}
	return fmt.Sprintf(words().Class, k)
}

// newLine is plotter.NewLine of points checked finite before.
func newLine(xys plotter.XYs) *plotter.Line {
	l, err := plotter.NewLine(xys)
	bug(err)
	return l
}

// newScatter is plotter.NewScatter of points checked finite before.
func newScatter(xys plotter.XYs) *plotter.Scatter {
	s, err := plotter.NewScatter(xys)
	bug(err)
	return s
}
