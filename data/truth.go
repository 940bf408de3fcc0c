package data

import (
	"strings"

	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

// TruthTable returns the truth table of a logic gate as a data set, rows in
// the slides' order: for the two-input gates "and", "or", "nand", "nor" and
// "xor", X (4×2) is
//
//	(0,0), (0,1), (1,0), (1,1)
//
// and for "not", X (2×1) is (0), (1). Y (N×1) holds the gate's output 0/1
// per row (x₁ ∧ x₂, x₁ ∨ x₂, ¬(x₁ ∧ x₂), ¬(x₁ ∨ x₂), x₁ ⊕ x₂, ¬x₁), Labels
// the same as integers and ClassNames "0", "1". The name is not
// case-sensitive; an unknown name panics.
func TruthTable(gate string) *mlp.Dataset {
	var f func(a, b bool) bool
	switch strings.ToLower(gate) {
	case "and":
		f = func(a, b bool) bool { return a && b }
	case "or":
		f = func(a, b bool) bool { return a || b }
	case "nand":
		f = func(a, b bool) bool { return !(a && b) }
	case "nor":
		f = func(a, b bool) bool { return !(a || b) }
	case "xor":
		f = func(a, b bool) bool { return a != b }
	case "not":
		return truthDataset(mat.NewDense(2, 1, []float64{0, 1}), []int{1, 0})
	default:
		fail("TruthTable", "unknown gate %q, want and, or, nand, nor, xor or not", gate)
	}
	x := mat.NewDense(4, 2, []float64{0, 0, 0, 1, 1, 0, 1, 1})
	labels := make([]int, 4)
	for i := range labels {
		if f(x.At(i, 0) == 1, x.At(i, 1) == 1) {
			labels[i] = 1
		}
	}
	return truthDataset(x, labels)
}

// truthDataset wraps the inputs and 0/1 outputs of a gate.
func truthDataset(x *mat.Dense, labels []int) *mlp.Dataset {
	y := mat.NewDense(len(labels), 1, nil)
	for i, l := range labels {
		y.Set(i, 0, float64(l))
	}
	return &mlp.Dataset{X: x, Y: y, Labels: labels, ClassNames: []string{"0", "1"}}
}
