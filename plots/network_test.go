package plots_test

import (
	"math"
	"testing"

	"gomlp.dev/plots"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot/cmpimg"
)

func ExampleNetworkDiagram() {
	// The XOR network of gates: hidden units OR and NAND, output AND.
	W1 := mat.NewDense(2, 2, []float64{1, 1, -1, -1})
	W2 := mat.NewDense(1, 2, []float64{1, 1})
	p := plots.NetworkDiagram("XOR from OR, NAND and AND", []mat.Matrix{W1, W2})
	save("network", p)
	// Output:
}

func ExampleNetworkDiagram_elided() {
	// A [784, 30, 10] MNIST network: the input and hidden layers are elided.
	n := newNet(784, 30, 10)
	p := plots.NetworkDiagram("A [784, 30, 10] network", []mat.Matrix{n.W[0], n.W[1]})
	save("network_elided", p)
	// Output:
}

func TestNetworkDiagramGolden(t *testing.T) {
	cmpimg.CheckPlot(ExampleNetworkDiagram, t, "network.png")
	cmpimg.CheckPlot(ExampleNetworkDiagram_elided, t, "network_elided.png")
}

func TestNetworkDiagramSameBytes(t *testing.T) {
	n := newNet(3, 12, 2)
	sameBytes(t, func() plots.Figure {
		return plots.NetworkDiagram("twice", []mat.Matrix{n.W[0], n.W[1]})
	})
}

func TestNetworkDiagramBadInput(t *testing.T) {
	nan := mat.NewDense(2, 2, []float64{1, 2, 3, math.NaN()})
	tests := []struct {
		name    string
		weights []mat.Matrix
		want    string
	}{
		{"none", nil, "NetworkDiagram: no weight matrices"},
		{"nil", []mat.Matrix{mat.NewDense(2, 2, nil), nil}, "W{2} is nil"},
		{"empty", []mat.Matrix{&mat.Dense{}}, "W{1} is empty (0×0)"},
		{"mismatched", []mat.Matrix{mat.NewDense(3, 2, nil), mat.NewDense(1, 2, nil)}, "W{2} is 1×2, want 3 columns (the rows of W{1})"},
		{"NaN", []mat.Matrix{nan}, "W{1}[1][1] is NaN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantPanic(t, tt.want, func() { plots.NetworkDiagram("bad", tt.weights) })
		})
	}
}
