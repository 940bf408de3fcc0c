package perceptron

import (
	"testing"

	cases "gomlp.dev/internal/cases/perceptron"
)

// TestGrade runs the graded tests of this exercise (internal/cases/perceptron).
// The reference is this package itself: here the tests check the hand
// values and the properties they compute on their own.
func TestGrade(t *testing.T) {
	impl := cases.Impl{Update: Update, Epoch: Epoch}
	cases.Run(t, impl, impl)
}
