package lab

import (
	"testing"

	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

// TestFirstLayerUse trains a [3, 2, 1] network on examples whose input 2 is
// always 0: its two weights must not move, all the others must.
func TestFirstLayerUse(t *testing.T) {
	spec := mlp.Spec{Sizes: []int{3, 2, 1}, Seed: 1}
	before := mlp.NewNetwork(spec)
	after := before.Clone()
	X := mat.NewDense(4, 3, []float64{1, 0.5, 0, -1, 2, 0, 0.3, -0.7, 0, 2, 1, 0})
	Y := mat.NewDense(4, 1, []float64{1, -1, 0.5, 2})
	if _, err := after.Train(&mlp.Dataset{X: X, Y: Y}, mlp.Settings{Epochs: 5, BatchSize: 2, LearningRate: 0.1, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	u := FirstLayerUse(before, after, X)
	want := InputUse{Inputs: 3, Dark: 1, DarkWeights: 2, DarkUnchanged: 2, LitWeights: 4, LitUnchanged: 0, LitMost: 0}
	if u != want {
		t.Errorf("FirstLayerUse = %+v, want %+v", u, want)
	}
	if u := FirstLayerUse(before, before, X); u.DarkUnchanged != 2 || u.LitUnchanged != 4 || u.LitMost != 4 {
		t.Errorf("an untrained network against itself: %+v; want every weight unchanged, LitMost 4", u)
	}
	wantPanic(t, "X with 2 columns for 3 inputs", func() { FirstLayerUse(before, after, mat.NewDense(2, 2, nil)) }, "lab: ", "FirstLayerUse: X is 2×2, the network takes 3 inputs")
	other := mlp.NewNetwork(mlp.Spec{Sizes: []int{3, 4, 1}, Seed: 1})
	wantPanic(t, "first layers of different shapes", func() { FirstLayerUse(before, other, X) }, "lab: ", "FirstLayerUse: first layers of")
}
