package sigmoid

import (
	"testing"

	cases "gomlp.dev/internal/cases/sigmoid"
)

// TestGrade runs the graded tests of this exercise (internal/cases/sigmoid).
// The reference is this package itself: here the tests check the hand
// values and the properties they compute on their own.
func TestGrade(t *testing.T) {
	impl := cases.Impl{Sigmoid: Sigmoid, ECB: ECB, GradZ: GradZ}
	cases.Run(t, impl, impl)
}
