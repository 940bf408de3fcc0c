package lab

import (
	"testing"

	"gomlp.dev/mlp"
)

// TestEpochSeconds: one positive time per batch size and repeat.
func TestEpochSeconds(t *testing.T) {
	net, d := line(t)
	secs, err := EpochSeconds(net, d, mlp.Settings{LearningRate: 0.1}, []int{1, 8}, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(secs) != 2 || len(secs[0]) != 3 || len(secs[1]) != 3 {
		t.Fatalf("got %v, want 2 batch sizes × 3 repeats", secs)
	}
	for _, row := range secs {
		for _, s := range row {
			if !(s > 0) {
				t.Errorf("a time of %v s", s)
			}
		}
	}
	wantPanic(t, "0 repeats", func() { EpochSeconds(net, d, mlp.Settings{LearningRate: 0.1}, []int{1}, 0) }, "lab: ", "EpochSeconds with 1 batch sizes and 0 repeats")
	wantPanic(t, "B = 9 > N = 8", func() { EpochSeconds(net, d, mlp.Settings{LearningRate: 0.1}, []int{9}, 1) }, "mlp: ", "BatchSize = 9 for N = 8 examples")
}
