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
