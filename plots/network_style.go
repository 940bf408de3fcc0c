package plots

import (
	"strconv"
	"strings"

	"gomlp.dev/internal/validate"
	"gonum.org/v1/plot/vg"
)

// DiagramStyle says what a NetworkDiagram writes besides its nodes and
// edges. The zero value draws plain nodes, as without a style.
//
// With Activations, a unit of layer l is drawn as the slide's artificial
// neuron: a node Σ for z = b + wᵀx, then a node φ for ŷ = φ(z), so that one
// unit reads x → w → Σ → φ → ŷ. A layer whose activation is "softmax" has one
// Σ node per unit and one softmax box for the whole layer, since each output
// depends on every z of the layer.
type DiagramStyle struct {
	// Inputs names the input nodes, written inside them ("x₁", "x₂").
	Inputs []string
	// Outputs names the outputs, written right of the output layer ("ŷ").
	Outputs []string
	// Activations gives, per layer of weights (W{1} … W{L}), the φ its units
	// apply ("step", "σ", "φ", "softmax"); "" draws that layer's units as
	// plain nodes.
	Activations []string
	// Biases gives, per layer of weights, the bias of each unit, written
	// above its Σ node as "b = …" when Edges is WeightValues.
	Biases [][]float64
	// Edges says what is written on the edges; with text on the edges the
	// legend of the colours is left out.
	Edges EdgeText
}

// EdgeText is what a NetworkDiagram writes on its edges.
type EdgeText int

const (
	// NoEdgeText writes nothing: the edges' width and colour show the weights.
	NoEdgeText EdgeText = iota
	// WeightValues writes each weight's value, and the biases given in
	// DiagramStyle.Biases.
	WeightValues
	// WeightNames writes each weight's name: w₁, w₂, … for a single unit,
	// wᵢⱼ (row i of W, column j) otherwise; units with an activation get
	// their bias's name, b or bᵢ.
	WeightNames
)

// checkStyle panics, naming fn, unless the style fits the layer sizes
// n_0 … n_L.
func checkStyle(fn string, s DiagramStyle, sizes []int) {
	L := len(sizes) - 1
	if s.Inputs != nil && len(s.Inputs) != sizes[0] {
		fail(fn, nil, "%d input names for %d inputs", len(s.Inputs), sizes[0])
	}
	if s.Outputs != nil && len(s.Outputs) != sizes[L] {
		fail(fn, nil, "%d output names for %d outputs", len(s.Outputs), sizes[L])
	}
	if s.Activations != nil && len(s.Activations) != L {
		fail(fn, nil, "%d activations for %d layers of weights", len(s.Activations), L)
	}
	if s.Biases != nil {
		if len(s.Biases) != L {
			fail(fn, nil, "%d bias vectors for %d layers of weights", len(s.Biases), L)
		}
		for l, b := range s.Biases {
			if len(b) != sizes[l+1] {
				fail(fn, nil, "b{%d} has %d values, want %d", l+1, len(b), sizes[l+1])
			}
			if i := validate.NonFinite(b); i >= 0 {
				fail(fn, ErrNonFinite, "b{%d}[%d] is %v, not finite", l+1, i, b[i])
			}
		}
	}
	if s.Edges < NoEdgeText || s.Edges > WeightNames {
		fail(fn, nil, "unknown EdgeText %d", s.Edges)
	}
}

// activation returns the φ of layer l (1 … L), "" for none.
func (s DiagramStyle) activation(l int) string {
	if l == 0 || l > len(s.Activations) {
		return ""
	}
	return s.Activations[l-1]
}

// weightText is the text on the edge of W{l}[i][j] (l from 1).
func (d *diagram) weightText(l, i, j int, w float64) string {
	switch d.style.Edges {
	case WeightValues:
		return number(w)
	case WeightNames:
		if len(d.sizes) == 2 && d.sizes[1] == 1 {
			return "w" + subscript(j+1)
		}
		return "w" + subscript(i+1) + subscript(j+1)
	}
	return ""
}

// biasText is the text above unit i of layer l, "" for none (always for
// the input layer).
func (d *diagram) biasText(l, i int) string {
	if l == 0 {
		return ""
	}
	switch d.style.Edges {
	case WeightValues:
		if d.style.Biases != nil {
			return "b = " + number(d.style.Biases[l-1][i])
		}
	case WeightNames:
		if d.style.activation(l) == "" {
			return ""
		}
		if d.sizes[l] == 1 {
			return "b"
		}
		return "b" + subscript(i+1)
	}
	return ""
}

// number formats a weight with at most three significant digits and a
// true minus sign.
func number(v float64) string {
	return strings.Replace(strconv.FormatFloat(v, 'g', 3, 64), "-", "−", 1)
}

// subscript writes n ≥ 0 with subscript digits.
func subscript(n int) string {
	var b strings.Builder
	for _, r := range strconv.Itoa(n) {
		b.WriteRune('₀' + (r - '0'))
	}
	return b.String()
}

const (
	// unitRadius is the radius of a node with text in it.
	unitRadius = vg.Length(11)
	// phiGap is the distance from a unit's Σ node to its φ node (centres).
	phiGap = 3 * unitRadius
	// outArrow is the length of the arrow from the output layer to its names.
	outArrow = vg.Length(22)
	// edgeTextAt is where along an edge its text sits, from source to target:
	// near the target, where the edges into one unit are apart.
	edgeTextAt = 0.7
	// softmaxWidth is the width of a softmax box.
	softmaxWidth = vg.Length(18)
)
