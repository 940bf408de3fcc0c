// Package cases lists the graded tests of every exercise, in the points
// table's order: the grader judges with them.
package cases

import (
	"gomlp.dev/internal/cases/backprop"
	"gomlp.dev/internal/cases/bump"
	"gomlp.dev/internal/cases/dense"
	"gomlp.dev/internal/cases/gates"
	"gomlp.dev/internal/cases/gd"
	"gomlp.dev/internal/cases/gradcheck"
	"gomlp.dev/internal/cases/gradnorms"
	"gomlp.dev/internal/cases/minibatch"
	"gomlp.dev/internal/cases/mse"
	"gomlp.dev/internal/cases/perceptron"
	"gomlp.dev/internal/cases/sigmoid"
	"gomlp.dev/internal/cases/softmax"
	"gomlp.dev/internal/cases/threshold"
	"gomlp.dev/internal/cases/xor"
	"gomlp.dev/internal/grading"
)

// All is every exercise's suite.
var All = []grading.Graded{
	threshold.Suite, gates.Suite, perceptron.Suite, mse.Suite, sigmoid.Suite,
	softmax.Suite, gd.Suite, minibatch.Suite, xor.Suite, dense.Suite,
	backprop.Suite, gradcheck.Suite, gradnorms.Suite, bump.Suite,
}

// Lookup finds an exercise's suite.
func Lookup(name string) (grading.Graded, bool) {
	for _, s := range All {
		if s.Name() == name {
			return s, true
		}
	}
	return nil, false
}
