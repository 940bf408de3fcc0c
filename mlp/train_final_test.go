package mlp

import (
	"errors"
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestHistoryFinalLoss checks that History.FinalLoss is the loss of the
// returned weights (= Cost after training), and, for full-batch GD, the loss
// the next epoch would start from (TrainLoss[E] of a run with E+1 epochs).
func TestHistoryFinalLoss(t *testing.T) {
	X := mat.NewDense(4, 2, []float64{1, 2, 2, 0, 0, 1, 1, 1})
	Y := mat.NewDense(4, 1, []float64{1, 1, -1, 2})
	d := &Dataset{X: X, Y: Y}
	for _, batch := range []int{FullBatch, 1, 3} {
		train := func(epochs int) (*Network, *History) {
			net := NewNetwork(Spec{Sizes: []int{2, 1}, Output: Identity, Loss: MeanSquaredError, Seed: 3})
			h, err := net.Train(d, Settings{Epochs: epochs, BatchSize: batch, LearningRate: 0.1, Seed: 5})
			if err != nil {
				t.Fatal(err)
			}
			return net, h
		}
		net, h := train(5)
		cost := net.Cost(X, Y)
		if h.FinalLoss != cost {
			t.Errorf("B = %d: FinalLoss = %v, want Cost after training %v", batch, h.FinalLoss, cost)
		}
		if h.FinalLoss == h.TrainLoss[4] {
			t.Errorf("B = %d: FinalLoss = TrainLoss[4] = %v, want the loss after the last update", batch, h.FinalLoss)
		}
		if batch == FullBatch {
			_, h6 := train(6)
			if h.FinalLoss != h6.TrainLoss[5] {
				t.Errorf("full batch: FinalLoss = %v, want epoch 6's starting loss %v", h.FinalLoss, h6.TrainLoss[5])
			}
		}
	}
}

// TestHistoryFinalLossStopped checks that FinalLoss is NaN when a callback
// stops training early.
func TestHistoryFinalLossStopped(t *testing.T) {
	d := &Dataset{X: mat.NewDense(2, 1, []float64{0, 1}), Y: mat.NewDense(2, 1, []float64{0, 1})}
	net := NewNetwork(Spec{Sizes: []int{1, 1}, Output: Identity, Loss: MeanSquaredError, Seed: 1})
	stop := func(EpochInfo) error { return ErrStop }
	h, err := net.Train(d, Settings{Epochs: 3, BatchSize: FullBatch, LearningRate: 0.1, OnEpoch: stop})
	if err != nil || errors.Is(err, ErrStop) {
		t.Fatalf("Train stopped by ErrStop returned error %v, want nil", err)
	}
	if !math.IsNaN(h.FinalLoss) {
		t.Errorf("FinalLoss after ErrStop = %v, want NaN", h.FinalLoss)
	}
}
