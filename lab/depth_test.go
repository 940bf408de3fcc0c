package lab

import (
	"math"
	"testing"

	"gomlp.dev/data"
	"gomlp.dev/mlp"
)

// TestDepthRun checks that DepthRun trains with Nielsen's settings: the
// same run written out by hand (B = 10, α = 0.1, ρ = 5·N/50 000) gives the
// same history bit for bit.
func TestDepthRun(t *testing.T) {
	all := mnistOrSkip(t, 300)
	train, _ := subsetRows(all, 0, 200)
	val, _ := subsetRows(all, 200, 300)
	h, err := DepthRun(train, val, 2, mlp.Sigmoid, mlp.InitNielsen, 3, 7)
	if err != nil {
		t.Fatal(err)
	}
	net := NielsenNet(2, mlp.Sigmoid, mlp.InitNielsen, 7)
	want, err := net.Train(train, mlp.Settings{Epochs: 3, BatchSize: 10, LearningRate: 0.1,
		WeightDecay: 5 * 200.0 / 50000, Seed: 7, Validation: val})
	if err != nil {
		t.Fatal(err)
	}
	if len(h.ValAccuracy) != 3 {
		t.Fatalf("%d validation accuracies for 3 epochs", len(h.ValAccuracy))
	}
	for e := range 3 {
		if h.ValAccuracy[e] != want.ValAccuracy[e] || h.TrainLoss[e] != want.TrainLoss[e] {
			t.Errorf("epoch %d: accuracy %v loss %v, want %v %v", e+1,
				h.ValAccuracy[e], h.TrainLoss[e], want.ValAccuracy[e], want.TrainLoss[e])
		}
	}
	if math.IsNaN(h.FinalLoss) {
		t.Error("FinalLoss is NaN")
	}
	wantPanic(t, "DepthRun without a training set", func() { DepthRun(nil, val, 1, mlp.Sigmoid, mlp.InitNielsen, 1, 1) }, "lab: ", "DepthRun needs a training and a validation set")
}

func TestNielsenSettings(t *testing.T) {
	// The decay per step, 1 − αρ/N, is Nielsen's 1 − 0.1·5/50 000 whatever N.
	for _, n := range []int{1000, 2000, 50000} {
		s := NielsenSettings(n, 30, 1, nil)
		if got, want := 1-s.LearningRate*s.WeightDecay/float64(n), 1-0.1*5.0/50000; math.Abs(got-want) > 1e-15 {
			t.Errorf("N = %d: decay per step %v, want %v", n, got, want)
		}
		if s.BatchSize != 10 || s.Epochs != 30 {
			t.Errorf("N = %d: B = %d, epochs %d", n, s.BatchSize, s.Epochs)
		}
	}
}

// subsetRows returns rows [from, to) of d.
func subsetRows(d *mlp.Dataset, from, to int) (*mlp.Dataset, error) {
	idx := make([]int, 0, to-from)
	for i := from; i < to; i++ {
		idx = append(idx, i)
	}
	return data.SelectRows(d, idx), nil
}

// TestDepthRuns checks that DepthRuns gathers the runs of DepthRun for
// seeds 1 … n: the same final accuracies and losses, and the median curve.
func TestDepthRuns(t *testing.T) {
	all := mnistOrSkip(t, 300)
	train, _ := subsetRows(all, 0, 200)
	val, _ := subsetRows(all, 200, 300)
	r, err := DepthRuns(train, val, 1, mlp.Sigmoid, mlp.InitNielsen, 2, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Accuracy) != 3 || len(r.Loss) != 3 || len(r.Curve) != 2 {
		t.Fatalf("got %d accuracies, %d losses, a curve of %d; want 3, 3, 2", len(r.Accuracy), len(r.Loss), len(r.Curve))
	}
	var epoch1 []float64
	for seed := uint64(1); seed <= 3; seed++ {
		h, err := DepthRun(train, val, 1, mlp.Sigmoid, mlp.InitNielsen, 2, seed)
		if err != nil {
			t.Fatal(err)
		}
		if r.Accuracy[seed-1] != h.ValAccuracy[1] || r.Loss[seed-1] != h.FinalLoss {
			t.Errorf("seed %d: %v %v, want %v %v", seed, r.Accuracy[seed-1], r.Loss[seed-1], h.ValAccuracy[1], h.FinalLoss)
		}
		epoch1 = append(epoch1, h.ValAccuracy[0])
	}
	s := Summarize(epoch1)
	if r.Curve[0] != s.Median {
		t.Errorf("curve at epoch 1: %v, want the median %v of %v", r.Curve[0], s.Median, epoch1)
	}
}

func TestNielsenValidation(t *testing.T) {
	mnistOrSkip(t, 1)
	v, err := NielsenValidation(5)
	if err != nil {
		t.Fatal(err)
	}
	train := mnist.d
	for i := range 5 {
		if v.Labels[i] != train.Labels[50000+i] || v.X.At(i, 400) != train.X.At(50000+i, 400) {
			t.Errorf("validation image %d is not MNIST training image %d", i, 50000+i)
		}
	}
	wantPanic(t, "NielsenValidation(10001)", func() { NielsenValidation(10001) }, "lab: ", "NielsenValidation of 10001 images, want 1 … 10000")
}
