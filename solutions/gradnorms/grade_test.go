package gradnorms

import (
	"testing"

	cases "gomlp.dev/internal/cases/gradnorms"
)

// TestGrade runs the graded tests of this exercise (internal/cases/gradnorms).
// The reference is this package itself: here the tests check the hand
// values and the properties they compute on their own.
func TestGrade(t *testing.T) {
	impl := cases.Impl{Norms: Norms, Speeds: Speeds}
	cases.Run(t, impl, impl)
}
