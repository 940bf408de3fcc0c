package plots

import (
	"errors"
	"fmt"
	"image/color"
	"math"
	"slices"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// maxNodes is the most nodes a layer shows: a larger layer shows its first
// maxNodes/2 and last maxNodes/2−1 nodes, with "⋮" between them.
const maxNodes = 10

// NetworkDiagram draws a dense network as layers of nodes joined by edges,
// from the weights W{1} … W{L} (W{l} is n_l × n_{l-1}, so the input layer
// has the columns of W{1}). An edge's width grows with |w| (relative to the
// largest |w| of the network) and its colour gives the sign: blue w > 0,
// vermillion w < 0. Layers of more than ten nodes are elided in the middle.
//
// It returns an error if there are no weights, a matrix is nil or empty,
// W{l} does not have n_{l-1} columns, or a weight is not finite.
func NetworkDiagram(title string, weights []mat.Matrix) (*plot.Plot, error) {
	if len(weights) == 0 {
		return nil, errors.New("plots: NetworkDiagram needs at least one weight matrix")
	}
	d := &diagram{weights: weights}
	for l, w := range weights {
		if nilMatrix(w) {
			return nil, fmt.Errorf("plots: W{%d} is nil", l+1)
		}
		r, c := w.Dims()
		if r == 0 || c == 0 {
			return nil, fmt.Errorf("plots: W{%d} is empty (%d×%d)", l+1, r, c)
		}
		if l == 0 {
			d.sizes = append(d.sizes, c)
		} else if c != d.sizes[l] {
			return nil, fmt.Errorf("plots: W{%d} is %d×%d, want %d columns (the rows of W{%d})", l+1, r, c, d.sizes[l], l)
		}
		d.sizes = append(d.sizes, r)
		for i := range r {
			for j := range c {
				v := w.At(i, j)
				if !finite(v) {
					return nil, fmt.Errorf("plots: W{%d}[%d][%d] is %v", l+1, i, j, v)
				}
				d.maxAbs = math.Max(d.maxAbs, math.Abs(v))
			}
		}
	}
	p := newPlot(title, "", "")
	p.HideAxes()
	half := float64(min(slices.Max(d.sizes), maxNodes)-1) / 2
	d.bottom = -half
	p.X.Min, p.X.Max = 0, float64(len(d.sizes)-1)
	p.Y.Min, p.Y.Max = -max(half, 0.5), max(half, 0.5)
	p.Add(d)
	for _, e := range []struct {
		name string
		c    color.Color
	}{{"w > 0", Palette[0]}, {"w < 0", Palette[1]}} {
		l, _ := plotter.NewLine(plotter.XYs{})
		l.Color, l.Width = e.c, lineWidth
		p.Legend.Add(e.name, l)
	}
	legendRightOf(p, 40) // room for the output layer's name
	return p, nil
}

// diagram is a plotter drawing a network's layers and weights. Layer l is
// drawn at x = l; its nodes are centred on y = 0, one unit apart.
type diagram struct {
	weights []mat.Matrix
	sizes   []int // n_0 … n_L
	maxAbs  float64
	bottom  float64 // y of the lowest node
}

const (
	nodeRadius = vg.Length(7)
	labelSize  = vg.Length(10)
	// labelGap is the distance from the lowest node's centre down to the
	// middle of the layer names.
	labelGap = vg.Length(20)
)

// GlyphBoxes asks for room around the layers for the nodes and, below
// them, the layer names.
func (d *diagram) GlyphBoxes(plt *plot.Plot) []plot.GlyphBox {
	var boxes []plot.GlyphBox
	sty := textStyle(labelSize, color.Black)
	for l, n := range d.sizes {
		x := plt.X.Norm(float64(l))
		w := sty.Width(layerName(l, len(d.sizes)-1, n))/2 + 2
		boxes = append(boxes,
			plot.GlyphBox{X: x, Y: plt.Y.Norm(d.bottom), Rectangle: vg.Rectangle{
				Min: vg.Point{X: -max(w, nodeRadius), Y: -labelGap - labelSize},
				Max: vg.Point{X: max(w, nodeRadius), Y: nodeRadius},
			}},
			plot.GlyphBox{X: x, Y: plt.Y.Norm(-d.bottom), Rectangle: vg.Rectangle{
				Min: vg.Point{X: -nodeRadius, Y: -nodeRadius},
				Max: vg.Point{X: nodeRadius, Y: nodeRadius},
			}})
	}
	return boxes
}

// shown returns the indices of the nodes shown of a layer of n nodes, and
// whether the layer is elided.
func shown(n int) ([]int, bool) {
	if n <= maxNodes {
		idx := make([]int, n)
		for i := range idx {
			idx[i] = i
		}
		return idx, false
	}
	var idx []int
	for i := range maxNodes / 2 {
		idx = append(idx, i)
	}
	for i := n - (maxNodes/2 - 1); i < n; i++ {
		idx = append(idx, i)
	}
	return idx, true
}

// nodeY returns the y of the k-th shown node of a layer (the slot after
// the first half is the "⋮" of an elided layer).
func nodeY(k, shownCount int, elided bool) float64 {
	slots := shownCount
	if elided {
		slots++
		if k >= maxNodes/2 {
			k++
		}
	}
	return float64(slots-1)/2 - float64(k)
}

// Plot draws the edges (weakest first) and then the nodes and labels.
func (d *diagram) Plot(c draw.Canvas, plt *plot.Plot) {
	trX, trY := plt.Transforms(&c)
	type edge struct {
		x0, y0, x1, y1, w float64
	}
	var edges []edge
	for l, W := range d.weights {
		from, fromElided := shown(d.sizes[l])
		to, toElided := shown(d.sizes[l+1])
		for a, i := range to {
			for b, j := range from {
				edges = append(edges, edge{
					x0: float64(l), y0: nodeY(b, len(from), fromElided),
					x1: float64(l + 1), y1: nodeY(a, len(to), toElided),
					w: W.At(i, j),
				})
			}
		}
	}
	slices.SortStableFunc(edges, func(a, b edge) int {
		switch {
		case math.Abs(a.w) < math.Abs(b.w):
			return -1
		case math.Abs(a.w) > math.Abs(b.w):
			return 1
		}
		return 0
	})
	for _, e := range edges {
		rel := 0.0
		if d.maxAbs > 0 {
			rel = math.Abs(e.w) / d.maxAbs
		}
		col := Palette[0]
		if e.w < 0 {
			col = Palette[1]
		}
		sty := draw.LineStyle{Color: pale(col, 0.25+0.75*rel), Width: vg.Length(0.3 + 3.2*rel)}
		c.StrokeLine2(sty, trX(e.x0), trY(e.y0), trX(e.x1), trY(e.y1))
	}
	node := draw.GlyphStyle{Color: color.White, Shape: draw.CircleGlyph{}, Radius: nodeRadius}
	ring := draw.GlyphStyle{Color: color.Black, Shape: draw.RingGlyph{}, Radius: nodeRadius}
	dot := draw.GlyphStyle{Color: color.Black, Shape: draw.CircleGlyph{}, Radius: 1.5}
	label := textStyle(labelSize, color.Black)
	for l, n := range d.sizes {
		idx, elided := shown(n)
		x := trX(float64(l))
		for k := range idx {
			pt := vg.Point{X: x, Y: trY(nodeY(k, len(idx), elided))}
			c.DrawGlyph(node, pt)
			c.DrawGlyph(ring, pt)
		}
		if elided {
			// Three dots in the free slot of nodeY.
			gap := trY(float64(len(idx))/2 - maxNodes/2)
			for _, dy := range []vg.Length{-6, 0, 6} {
				c.DrawGlyph(dot, vg.Point{X: x, Y: gap + dy})
			}
		}
		c.FillText(label, vg.Point{X: x, Y: trY(d.bottom) - labelGap}, layerName(l, len(d.sizes)-1, n))
	}
}

// layerName names layer l of a network with L layers of weights.
func layerName(l, L, n int) string {
	switch l {
	case 0:
		return fmt.Sprintf("input (%d)", n)
	case L:
		return fmt.Sprintf("output (%d)", n)
	}
	return fmt.Sprintf("hidden %d (%d)", l, n)
}
