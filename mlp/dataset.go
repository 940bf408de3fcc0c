package mlp

import "gonum.org/v1/gonum/mat"

// Dataset is a set of N examples, one per row.
//
// X holds the inputs (N×d). Y holds the targets (N×K): a one-hot row per
// example for classification, a 0/1 column per label for multi-label data,
// real values for regression. Labels, when the set has classes, holds the
// class index of each example (0 … K−1), and ClassNames their names.
type Dataset struct {
	X, Y       *mat.Dense
	Labels     []int
	ClassNames []string
}

// Predictor is anything that maps a batch of inputs X (N×d, one example per
// row) to outputs (N×K): a threshold unit, a perceptron, a network.
type Predictor interface {
	Predict(X mat.Matrix) (*mat.Dense, error)
}
