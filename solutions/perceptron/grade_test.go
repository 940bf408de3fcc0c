package perceptron

import (
	"testing"

	cases "gomlp.dev/internal/cases/perceptron"
)

// TestGrade runs the graded tests of this exercise (internal/cases/perceptron).
func TestGrade(t *testing.T) {
	cases.Run(t, cases.Impl{Update: Update, Epoch: Epoch})
}
