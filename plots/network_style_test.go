package plots_test

import (
	"math"
	"testing"

	"gomlp.dev/plots"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot/cmpimg"
)

func ExampleNetworkDiagram_neuron() {
	// The slide's artificial neuron: x → w → Σ → φ → ŷ, with names only.
	W := mat.NewDense(1, 3, []float64{1, 1, 1})
	p := plots.NetworkDiagram("The artificial neuron ŷ = φ(b + wᵀx)", []mat.Matrix{W},
		plots.DiagramStyle{
			Inputs:      []string{"x₁", "x₂", "x₃"},
			Outputs:     []string{"ŷ"},
			Activations: []string{"φ"},
			Edges:       plots.WeightNames,
		})
	save("network_neuron", p)
	// Output:
}

func ExampleNetworkDiagram_gate() {
	// The AND unit: w = (1, 1), b = −1.5, the step as φ.
	W := mat.NewDense(1, 2, []float64{1, 1})
	p := plots.NetworkDiagram("AND", []mat.Matrix{W}, plots.DiagramStyle{
		Inputs:      []string{"x₁", "x₂"},
		Outputs:     []string{"ŷ = AND(x₁, x₂)"},
		Activations: []string{"step"},
		Biases:      [][]float64{{-1.5}},
		Edges:       plots.WeightValues,
	})
	save("network_gate", p)
	// Output:
}

func ExampleNetworkDiagram_sigmoidLayer() {
	// A layer of K = 3 sigmoids on two inputs (multi-label classification).
	W := mat.NewDense(3, 2, []float64{2, -1, 0.5, 1.5, -2, -0.5})
	p := plots.NetworkDiagram("K = 3 sigmoids, one per label", []mat.Matrix{W},
		plots.DiagramStyle{
			Inputs:      []string{"x₁", "x₂"},
			Outputs:     []string{"ŷ₁", "ŷ₂", "ŷ₃"},
			Activations: []string{"σ"},
			Edges:       plots.WeightNames,
		})
	save("network_sigmoids", p)
	// Output:
}

func ExampleNetworkDiagram_softmax() {
	// A softmax output layer of K = 3 classes on four inputs.
	W := mat.NewDense(3, 4, []float64{1, -1, 0.5, 0, -0.5, 2, 1, -1, 0.2, 0.3, -2, 1})
	p := plots.NetworkDiagram("Softmax layer, K = 3", []mat.Matrix{W},
		plots.DiagramStyle{
			Inputs:      []string{"x₁", "x₂", "x₃", "x₄"},
			Outputs:     []string{"ŷ₁", "ŷ₂", "ŷ₃"},
			Activations: []string{"softmax"},
		})
	save("network_softmax", p)
	// Output:
}

func TestNetworkDiagramStyleGolden(t *testing.T) {
	cmpimg.CheckPlot(ExampleNetworkDiagram_neuron, t, "network_neuron.png")
	cmpimg.CheckPlot(ExampleNetworkDiagram_gate, t, "network_gate.png")
	cmpimg.CheckPlot(ExampleNetworkDiagram_sigmoidLayer, t, "network_sigmoids.png")
	cmpimg.CheckPlot(ExampleNetworkDiagram_softmax, t, "network_softmax.png")
}

func TestNetworkDiagramStyleBadInput(t *testing.T) {
	W := []mat.Matrix{mat.NewDense(1, 2, nil)}
	tests := []struct {
		name   string
		styles []plots.DiagramStyle
		want   string
	}{
		{"two styles", []plots.DiagramStyle{{}, {}}, "NetworkDiagram: 2 DiagramStyles, want at most one"},
		{"inputs", []plots.DiagramStyle{{Inputs: []string{"x"}}}, "1 input names for 2 inputs"},
		{"outputs", []plots.DiagramStyle{{Outputs: []string{"a", "b"}}}, "2 output names for 1 outputs"},
		{"activations", []plots.DiagramStyle{{Activations: []string{"σ", "σ"}}}, "2 activations for 1 layers"},
		{"biases", []plots.DiagramStyle{{Biases: [][]float64{{1, 2}}}}, "b{1} has 2 values, want 1"},
		{"bias count", []plots.DiagramStyle{{Biases: [][]float64{}}}, "0 bias vectors for 1 layers"},
		{"NaN bias", []plots.DiagramStyle{{Biases: [][]float64{{math.NaN()}}}}, "b{1}[0] is NaN"},
		{"edge text", []plots.DiagramStyle{{Edges: 7}}, "unknown EdgeText 7"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantPanic(t, tt.want, func() { plots.NetworkDiagram("bad", W, tt.styles...) })
		})
	}
}

func TestNetworkDiagramStyleSameBytes(t *testing.T) {
	W := mat.NewDense(2, 3, []float64{1, -2, 0.5, 3, 0, -1})
	sameBytes(t, func() plots.Figure {
		return plots.NetworkDiagram("twice", []mat.Matrix{W}, plots.DiagramStyle{
			Inputs: []string{"a", "b", "c"}, Activations: []string{"tanh"},
			Biases: [][]float64{{1, -1}}, Edges: plots.WeightValues,
		})
	})
}
