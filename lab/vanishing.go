package lab

import (
	"gomlp.dev/mlp"
)

// NielsenNet returns the network of Nielsen's chapter 5 (the vanishing
// gradient): [784, 30, …, 30, 10] with `hidden` hidden layers of 30 units of
// activation act, 10 sigmoid outputs and his cross-entropy loss, which is
// the ECB summed over the outputs (mlp.BinaryCrossEntropy), initialised by
// init (his is mlp.InitNielsen) with the given seed. It panics if hidden < 1,
// or as mlp.NewNetwork does.
func NielsenNet(hidden int, act mlp.Activation, init mlp.Initializer, seed uint64) *mlp.Network {
	if hidden < 1 {
		panicf("NielsenNet with %d hidden layers, want at least 1", hidden)
	}
	sizes := []int{784}
	for range hidden {
		sizes = append(sizes, 30)
	}
	return mlp.NewNetwork(mlp.Spec{Sizes: append(sizes, 10), Hidden: act,
		Output: mlp.Sigmoid, Loss: mlp.BinaryCrossEntropy, Init: init, Seed: seed})
}

// HiddenSpeeds returns Nielsen's "speed of learning" of each hidden layer,
// the length of the gradient of the mean loss over d with respect to the
// layer's biases,
//
//	‖∂L/∂b{l}‖,  l = 1 … L−1 (the output layer L left out).
//
// It panics if net or d is nil, or as Forward and Backward do.
func HiddenSpeeds(net *mlp.Network, d *mlp.Dataset) []float64 {
	if net == nil || d == nil {
		panicf("HiddenSpeeds needs a network and a data set (got nil)")
	}
	norms := net.Backward(net.Forward(d.X), d.Y).BiasNorms()
	return norms[:len(norms)-1]
}

// TrainingSpeeds trains net on d as Nielsen's chapter 5 does, by full-batch
// gradient descent with α = 0.1 and L2 weight decay ρ = 5, for the given
// number of epochs, and returns the hidden layers' speeds ‖∂L/∂b{l}‖ at each
// epoch, measured on the gradient of that epoch's step (before the update):
// speeds[e][l-1] is hidden layer l's at epoch e+1. The error is Train's; it
// panics if net is nil.
func TrainingSpeeds(net *mlp.Network, d *mlp.Dataset, epochs int) ([][]float64, error) {
	if net == nil {
		panicf("TrainingSpeeds of a nil network")
	}
	var speeds [][]float64
	record := func(s mlp.StepInfo) error {
		norms := s.Grads.BiasNorms()
		speeds = append(speeds, norms[:len(norms)-1])
		return nil
	}
	_, err := net.Train(d, mlp.Settings{Epochs: epochs, BatchSize: mlp.FullBatch,
		LearningRate: 0.1, WeightDecay: 5, OnStep: record})
	if err != nil {
		return nil, err
	}
	return speeds, nil
}
