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

// maxNodes is the most nodes a layer shows: a larger layer shows its first
// maxNodes/2 and last maxNodes/2−1 nodes, with "⋮" between them.
const maxNodes = 10

// NetworkDiagram draws a dense network as layers of nodes joined by edges,
// from the weights W{1} … W{L} (W{l} is n_l × n_{l-1}, so the input layer
// has the columns of W{1}). An edge's width grows with |w| (relative to the
// largest |w| of the network) and its colour gives the sign: blue w > 0,
// vermillion w < 0. Layers of more than ten nodes are elided in the middle.
//
// An optional DiagramStyle names the inputs and outputs, draws each unit as
// Σ then φ, and writes the weights (values or names) on the edges: the
// slide's artificial neuron x → w → Σ → φ → ŷ is a one-layer diagram with
// Activations {"φ"} and Edges WeightNames.
//
// It panics if there are no weights, a matrix is nil or empty, W{l} does
// not have n_{l-1} columns, a weight is not finite, or the style does not
// fit the layers (a name, activation or bias too many or too few).
func NetworkDiagram(title string, weights []mat.Matrix, style ...DiagramStyle) *plot.Plot {
	const fn = "NetworkDiagram"
	if len(weights) == 0 {
		fail(fn, nil, "no weight matrices")
	}
	if len(style) > 1 {
		fail(fn, nil, "%d DiagramStyles, want at most one", len(style))
	}
	var sty DiagramStyle
	if len(style) == 1 {
		sty = style[0]
	}
	d := &diagram{weights: weights, style: sty}
	for l, w := range weights {
		if validate.Nil(w) {
			fail(fn, nil, "W{%d} is nil", l+1)
		}
		r, c := w.Dims()
		if r == 0 || c == 0 {
			fail(fn, nil, "W{%d} is empty (%s)", l+1, validate.Dims(r, c))
		}
		if l == 0 {
			d.sizes = append(d.sizes, c)
		} else if c != d.sizes[l] {
			fail(fn, nil, "W{%d} is %s, want %d columns (the rows of W{%d})", l+1, validate.Dims(r, c), d.sizes[l], l)
		}
		d.sizes = append(d.sizes, r)
		if i, j, found := validate.MatrixNonFinite(w); found {
			fail(fn, ErrNonFinite, "W{%d}[%d][%d] is %v, not finite", l+1, i, j, w.At(i, j))
		}
		for i := range r {
			for j := range c {
				d.maxAbs = math.Max(d.maxAbs, math.Abs(w.At(i, j)))
			}
		}
	}
	checkStyle(fn, sty, d.sizes)
	p := newPlot(title, "", "")
	p.HideAxes()
	half := float64(min(slices.Max(d.sizes), maxNodes)-1) / 2
	d.bottom = -half
	p.X.Min, p.X.Max = 0, float64(len(d.sizes)-1)
	p.Y.Min, p.Y.Max = -max(half, 0.5), max(half, 0.5)
	p.Add(d)
	if sty.Edges != NoEdgeText {
		// The weights are written on the edges: no colour to explain.
		legendRightOf(p, max(40, d.rightExtent()))
		return p
	}
	for _, e := range []struct {
		name string
		c    color.Color
	}{{"w > 0", Palette[0]}, {"w < 0", Palette[1]}} {
		l := newLine(plotter.XYs{})
		l.Color, l.Width = e.c, lineWidth
		p.Legend.Add(e.name, l)
	}
	legendRightOf(p, max(40, d.rightExtent())) // room for the output layer's name
	return p
}

// diagram is a plotter drawing a network's layers and weights. Layer l is
// drawn at x = l; its nodes are centred on y = 0, one unit apart.
type diagram struct {
	weights []mat.Matrix
	sizes   []int // n_0 … n_L
	maxAbs  float64
	bottom  float64 // y of the lowest node
	style   DiagramStyle
}

const (
	nodeRadius = vg.Length(7)
	labelSize  = vg.Length(10)
	// labelGap is the distance from the lowest node's centre down to the
	// middle of the layer names.
	labelGap = vg.Length(20)
)

// radius returns the radius of the nodes of layer l: larger when text is
// written in them.
func (d *diagram) radius(l int) vg.Length {
	if (l == 0 && d.style.Inputs != nil) || d.style.activation(l) != "" {
		return unitRadius
	}
	return nodeRadius
}

// exit returns how far right of layer l's nodes its outgoing edges start:
// at the φ node or softmax box when the layer has an activation.
func (d *diagram) exit(l int) vg.Length {
	if d.style.activation(l) != "" {
		return phiGap
	}
	return 0
}

// rightExtent is how far the output layer's drawing reaches right of its
// Σ nodes' centres.
func (d *diagram) rightExtent() vg.Length {
	L := len(d.sizes) - 1
	ext := d.exit(L) + d.radius(L)
	if d.style.Outputs != nil {
		sty := textStyle(labelSize, color.Black)
		w := vg.Length(0)
		for _, name := range d.style.Outputs {
			w = max(w, sty.Width(name))
		}
		ext += outArrow + 4 + w
	}
	return ext
}

// GlyphBoxes asks for room around the layers for the nodes, the bias
// names above them, the layer names below them and, right of the output
// layer, its φ nodes and output names.
func (d *diagram) GlyphBoxes(plt *plot.Plot) []plot.GlyphBox {
	var boxes []plot.GlyphBox
	sty := textStyle(labelSize, color.Black)
	L := len(d.sizes) - 1
	for l, n := range d.sizes {
		x := plt.X.Norm(float64(l))
		r := d.radius(l)
		w := sty.Width(layerName(l, L, n))/2 + 2
		right := max(w, r)
		if l == L {
			right = max(right, d.rightExtent())
		}
		top := r
		if d.biasText(l, 0) != "" {
			top += labelSize + 4
		}
		boxes = append(boxes,
			plot.GlyphBox{X: x, Y: plt.Y.Norm(d.bottom), Rectangle: vg.Rectangle{
				Min: vg.Point{X: -max(w, r), Y: -r - labelGap + nodeRadius - labelSize},
				Max: vg.Point{X: right, Y: r},
			}},
			plot.GlyphBox{X: x, Y: plt.Y.Norm(-d.bottom), Rectangle: vg.Rectangle{
				Min: vg.Point{X: -r, Y: -r},
				Max: vg.Point{X: right, Y: top},
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

// Plot draws the edges (weakest first), their texts, and then the nodes,
// units and labels.
func (d *diagram) Plot(c draw.Canvas, plt *plot.Plot) {
	trX, trY := plt.Transforms(&c)
	type edge struct {
		l, i, j        int
		x0, y0, x1, y1 vg.Length
		w              float64
	}
	var edges []edge
	for l, W := range d.weights {
		from, fromElided := shown(d.sizes[l])
		to, toElided := shown(d.sizes[l+1])
		for a, i := range to {
			for b, j := range from {
				edges = append(edges, edge{
					l: l + 1, i: i, j: j,
					x0: trX(float64(l)) + d.exit(l), y0: trY(nodeY(b, len(from), fromElided)),
					x1: trX(float64(l + 1)), y1: trY(nodeY(a, len(to), toElided)),
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
		if d.style.Edges == WeightNames {
			sty = draw.LineStyle{Color: color.Black, Width: 1}
		}
		c.StrokeLine2(sty, e.x0, e.y0, e.x1, e.y1)
	}
	small := textStyle(labelSize-1, color.Black)
	for _, e := range edges {
		if txt := d.weightText(e.l, e.i, e.j, e.w); txt != "" {
			pt := vg.Point{X: e.x0 + edgeTextAt*(e.x1-e.x0), Y: e.y0 + edgeTextAt*(e.y1-e.y0)}
			boxedText(&c, small, pt, txt)
		}
	}
	for l := range d.sizes {
		d.drawLayer(&c, l, trX(float64(l)), trY)
	}
}

// drawLayer draws the nodes of layer l centred at x, with their texts.
func (d *diagram) drawLayer(c *draw.Canvas, l int, x vg.Length, trY func(float64) vg.Length) {
	n, L := d.sizes[l], len(d.sizes)-1
	r := d.radius(l)
	idx, elided := shown(n)
	label := textStyle(labelSize, color.Black)
	act := d.style.activation(l)
	var ys []vg.Length
	for k, i := range idx {
		y := trY(nodeY(k, len(idx), elided))
		ys = append(ys, y)
		pt := vg.Point{X: x, Y: y}
		if act != "" && act != "softmax" {
			c.StrokeLine2(draw.LineStyle{Color: color.Black, Width: 1}, x, y, x+phiGap, y)
			circle(c, vg.Point{X: x + phiGap, Y: y}, r)
			fitText(c, vg.Point{X: x + phiGap, Y: y}, act, 2*r-4)
		}
		circle(c, pt, r)
		switch {
		case act != "":
			c.FillText(label, pt, "Σ")
		case l == 0 && d.style.Inputs != nil:
			fitText(c, pt, d.style.Inputs[i], 2*r-3)
		}
		if txt := d.biasText(l, i); txt != "" {
			c.FillText(textStyle(labelSize-1, color.Black), vg.Point{X: x, Y: y + r + labelSize/2 + 2}, txt)
		}
		if l == L && d.style.Outputs != nil {
			out := x + d.exit(l) + r
			if act == "softmax" {
				out = x + phiGap + softmaxWidth/2
			}
			arrowRight(c, out+2, y, outArrow)
			left := label
			left.XAlign = draw.XLeft
			c.FillText(left, vg.Point{X: out + outArrow + 5, Y: y}, d.style.Outputs[i])
		}
	}
	if act == "softmax" {
		softmaxBox(c, x, ys, r)
	}
	if elided {
		// Three dots in the free slot of nodeY.
		dot := draw.GlyphStyle{Color: color.Black, Shape: draw.CircleGlyph{}, Radius: 1.5}
		gap := trY(float64(len(idx))/2 - maxNodes/2)
		for _, dy := range []vg.Length{-6, 0, 6} {
			c.DrawGlyph(dot, vg.Point{X: x, Y: gap + dy})
		}
	}
	c.FillText(label, vg.Point{X: x, Y: trY(d.bottom) - r - labelGap + nodeRadius}, layerName(l, L, n))
}

// layerName names layer l of a network with L layers of weights.
func layerName(l, L, n int) string {
	switch l {
	case 0:
		return fmt.Sprintf(words().Input, n)
	case L:
		return fmt.Sprintf(words().Output, n)
	}
	return fmt.Sprintf(words().Hidden, l, n)
}
