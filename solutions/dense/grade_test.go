package dense

import (
	"testing"

	cases "gomlp.dev/internal/cases/dense"
)

// TestGrade runs the graded tests of this exercise (internal/cases/dense).
// The reference is this package itself: here the tests check the hand
// values and the properties they compute on their own.
func TestGrade(t *testing.T) {
	impl := cases.Impl{Layer: Layer, Forward: Forward}
	cases.Run(t, impl, impl)
}
