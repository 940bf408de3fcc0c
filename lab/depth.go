package lab

import (
	"gomlp.dev/data"
	"gomlp.dev/mlp"
)

// Nielsen's chapter 5 trains each depth with network2.py as
//
//	net.SGD(training_data, 30, 10, 0.1, lmbda=5.0, evaluation_data=validation_data)
//
// on the first 50 000 MNIST training images, validated on the last 10 000.
const (
	NielsenTrainN      = 50000 // his training images
	NielsenEpochs      = 30
	NielsenBatch       = 10
	NielsenAlpha       = 0.1
	NielsenDecay       = 5.0 // his lmbda, our ρ, for NielsenTrainN images
	nielsenValidationN = 10000
)

// NielsenDepthAccuracy is the validation accuracy Nielsen reports in
// chapter 5 for 1, 2, 3 and 4 hidden layers of 30 sigmoid units.
var NielsenDepthAccuracy = []float64{0.9648, 0.9690, 0.9657, 0.9653}

// NielsenSettings returns the settings of Nielsen's depth runs for a
// training set of n images: B = 10, α = 0.1, and the weight decay scaled to
// keep his ρ/N (the L2 term (ρ/2N)Σw² has the same weight against the mean
// loss),
//
//	ρ = 5 · n / 50 000,
//
// for the given epochs, shuffling with seed, validated on val (may be nil).
func NielsenSettings(n, epochs int, seed uint64, val *mlp.Dataset) mlp.Settings {
	return mlp.Settings{Epochs: epochs, BatchSize: NielsenBatch, LearningRate: NielsenAlpha,
		WeightDecay: NielsenDecay * float64(n) / NielsenTrainN, Seed: seed, Validation: val}
}

// DepthRun trains NielsenNet(hidden, act, init, seed) on train with
// NielsenSettings (shuffling with the same seed), validated on val after
// every epoch, and returns its history; the error is Train's. It panics if
// train or val is nil, or as NielsenNet does.
func DepthRun(train, val *mlp.Dataset, hidden int, act mlp.Activation, init mlp.Initializer,
	epochs int, seed uint64) (*mlp.History, error) {
	if train == nil || val == nil || train.X == nil {
		panicf("DepthRun needs a training and a validation set")
	}
	net := NielsenNet(hidden, act, init, seed)
	n, _ := train.X.Dims()
	return net.Train(train, NielsenSettings(n, epochs, seed, val))
}

// NielsenSplit returns Nielsen's split of the MNIST training images: his
// training set, the first 50 000, and his validation set, the last 10 000
// (NielsenValidation).
func NielsenSplit() (train, val *mlp.Dataset, err error) {
	all, _, err := data.LoadMNIST()
	if err != nil {
		return nil, nil, err
	}
	train = data.Subset(all, NielsenTrainN)
	if val, err = nielsenValidation(all, nielsenValidationN); err != nil {
		return nil, nil, err
	}
	return train, val, nil
}

// NielsenValidation returns the first n of Nielsen's validation images, the
// MNIST training images 50 000, 50 001, … (1 ≤ n ≤ 10 000). The error is
// that of reading MNIST; an n out of range panics.
func NielsenValidation(n int) (*mlp.Dataset, error) {
	if n < 1 || n > nielsenValidationN {
		panicf("NielsenValidation of %d images, want 1 … %d", n, nielsenValidationN)
	}
	all, _, err := data.LoadMNIST()
	if err != nil {
		return nil, err
	}
	return nielsenValidation(all, n)
}

func nielsenValidation(all *mlp.Dataset, n int) (*mlp.Dataset, error) {
	idx := make([]int, n)
	for i := range idx {
		idx[i] = NielsenTrainN + i
	}
	return data.SelectRows(all, idx), nil
}

// DepthResult is what DepthRuns measures for one network over its seeds.
type DepthResult struct {
	// Accuracy holds each seed's validation accuracy after the last epoch.
	Accuracy []float64
	// Loss holds each seed's final training loss: the data loss L on the
	// whole training set of the trained weights (History.FinalLoss).
	Loss []float64
	// Curve is the median over the seeds of the validation accuracy after
	// each epoch.
	Curve []float64
}

// DepthRuns makes DepthRun for seeds 1 … seeds (several at once, see Seeds)
// and gathers their final accuracies and losses and their median curve.
// The error is the first Train's that failed.
func DepthRuns(train, val *mlp.Dataset, hidden int, act mlp.Activation, init mlp.Initializer,
	epochs, seeds int) (DepthResult, error) {
	hs, err := Seeds(seeds, func(seed uint64) (*mlp.History, error) {
		return DepthRun(train, val, hidden, act, init, epochs, seed)
	})
	if err != nil {
		return DepthResult{}, err
	}
	var r DepthResult
	curves := make([][]float64, len(hs))
	for i, h := range hs {
		r.Accuracy = append(r.Accuracy, h.ValAccuracy[len(h.ValAccuracy)-1])
		r.Loss = append(r.Loss, h.FinalLoss)
		curves[i] = h.ValAccuracy
	}
	r.Curve = Medians(curves)
	return r, nil
}
