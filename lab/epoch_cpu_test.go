package lab

import (
	"testing"

	"gomlp.dev/mlp"
)

// TestEpochCPUSeconds: one CPU time ≥ 0 per batch size and repeat (an epoch
// of 8 examples may take less than the clock's resolution), and the panics.
func TestEpochCPUSeconds(t *testing.T) {
	net, d := line(t)
	secs, err := EpochCPUSeconds(net, d, mlp.Settings{LearningRate: 0.1}, []int{1, 8}, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(secs) != 2 || len(secs[0]) != 3 || len(secs[1]) != 3 {
		t.Fatalf("got %v, want 2 batch sizes × 3 repeats", secs)
	}
	for _, row := range secs {
		for _, s := range row {
			if !(s >= 0) {
				t.Errorf("a CPU time of %v s", s)
			}
		}
	}
	wantPanic(t, "0 repeats", func() { EpochCPUSeconds(net, d, mlp.Settings{LearningRate: 0.1}, []int{1}, 0) }, "lab: ", "EpochCPUSeconds with 1 batch sizes and 0 repeats")
	wantPanic(t, "nil network", func() { EpochCPUSeconds(nil, d, mlp.Settings{LearningRate: 0.1}, []int{1}, 1) }, "lab: ", "EpochCPUSeconds of a nil network")
	wantPanic(t, "B = 9 > N = 8", func() { EpochCPUSeconds(net, d, mlp.Settings{LearningRate: 0.1}, []int{9}, 1) }, "mlp: ", "BatchSize = 9 for N = 8 examples")
}

// TestCPUSecondsAdvances: the CPU clock never goes back, and work moves it
// forward (a busy loop until it has moved, with a cap on the work so that a
// clock that never moves fails instead of hanging).
func TestCPUSecondsAdvances(t *testing.T) {
	start := cpuSeconds()
	x := 0.0
	for i := 0; cpuSeconds() == start; i++ {
		for j := range 100000 {
			x += float64(j) * 1e-9
		}
		if i == 100000 {
			t.Fatalf("the CPU clock stayed at %v s through 1e10 additions", start)
		}
	}
	if now := cpuSeconds(); now < start {
		t.Errorf("the CPU clock went back from %v to %v s", start, now)
	}
	_ = x
}
