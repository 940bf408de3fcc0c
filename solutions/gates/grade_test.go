package gates

import (
	"testing"

	cases "gomlp.dev/internal/cases/gates"
)

// TestGrade runs the graded tests of this exercise (internal/cases/gates).
// The reference is this package itself: here the tests check the hand
// values and the properties they compute on their own.
func TestGrade(t *testing.T) {
	impl := cases.Impl{AND: AND, OR: OR, NAND: NAND, NOR: NOR, NOT: NOT}
	cases.Run(t, impl, impl)
}
