package softmax

import (
	"testing"

	cases "gomlp.dev/internal/cases/softmax"
)

// TestGrade runs the graded tests of this exercise (internal/cases/softmax).
// The reference is this package itself: here the tests check the hand
// values and the properties they compute on their own.
func TestGrade(t *testing.T) {
	impl := cases.Impl{Softmax: Softmax, ECC: ECC, GradZ: GradZ}
	cases.Run(t, impl, impl)
}
